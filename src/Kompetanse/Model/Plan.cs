using System.Globalization;
using Kompetanse.Diagnostics;

namespace Kompetanse.Model;

/// <summary>A calendar month, the plan's unit of time.</summary>
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    public static bool TryParse(string text, out YearMonth value)
    {
        value = default;
        if (text.Length != 7 || text[4] != '-') return false;
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year)) return false;
        if (!int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int month)) return false;
        if (month is < 1 or > 12 || year < 1900) return false;
        value = new YearMonth(year, month);
        return true;
    }

    public static YearMonth Of(DateOnly date) => new(date.Year, date.Month);

    public YearMonth Next() => Month == 12 ? new(Year + 1, 1) : new(Year, Month + 1);
    public DateOnly FirstDay => new(Year, Month, 1);
    public int CompareTo(YearMonth other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);
    public static bool operator <(YearMonth a, YearMonth b) => a.CompareTo(b) < 0;
    public static bool operator >(YearMonth a, YearMonth b) => a.CompareTo(b) > 0;
    public static bool operator <=(YearMonth a, YearMonth b) => a.CompareTo(b) <= 0;
    public static bool operator >=(YearMonth a, YearMonth b) => a.CompareTo(b) >= 0;

    /// <summary>"2024-03", as in the data and in datetime attributes.</summary>
    public override string ToString() => $"{Year:D4}-{Month:D2}";
}

/// <summary>Where an activity stands, as reported in its log of updates.</summary>
public enum ActivityStatus { Planlagt, Pagar, Fullfort, Forsinket, Avlyst }

public static class ActivityStatuses
{
    /// <summary>The words used in the data and shown on the site.</summary>
    public static readonly IReadOnlyDictionary<string, ActivityStatus> ByName = new Dictionary<string, ActivityStatus>(StringComparer.OrdinalIgnoreCase)
    {
        ["planlagt"] = ActivityStatus.Planlagt,
        ["pågår"] = ActivityStatus.Pagar,
        ["fullført"] = ActivityStatus.Fullfort,
        ["forsinket"] = ActivityStatus.Forsinket,
        ["avlyst"] = ActivityStatus.Avlyst,
    };

    public static string Name(this ActivityStatus status) => status switch
    {
        ActivityStatus.Planlagt => "planlagt",
        ActivityStatus.Pagar => "pågår",
        ActivityStatus.Fullfort => "fullført",
        ActivityStatus.Forsinket => "forsinket",
        _ => "avlyst",
    };

    /// <summary>Finished one way or the other: never overdue.</summary>
    public static bool IsClosed(this ActivityStatus status) => status is ActivityStatus.Fullfort or ActivityStatus.Avlyst;
}

/// <summary>
/// One entry in an activity's log: on <paramref name="Date"/> the activity stood at <paramref name="Status"/>.
/// <paramref name="Role"/> is the slug of the role that reported it, if given.
/// </summary>
public sealed record StatusReport(DateOnly Date, ActivityStatus Status, string? Note, Located<string>? Role, SourceSpan Location)
{
    /// <summary>The next step, as reported ('next:'); null when the report names none.</summary>
    public string? Next { get; init; }
}

public sealed record Activity(
    string Id,
    string Title,
    IReadOnlyList<YearMonth> Months,
    IReadOnlyList<Located<string>> Responsible,
    IReadOnlyList<StatusReport> Updates,
    string? Note,
    SourceSpan Location)
{
    public YearMonth FirstMonth => Months[0];
    public YearMonth LastMonth => Months[^1];

    /// <summary>The latest report (the log is in date order; of two on one day, the later written), or null.</summary>
    public StatusReport? Latest => Updates.Count > 0 ? Updates[^1] : null;
}

public sealed record Phase(string Id, string Title, YearMonth Start, YearMonth End, IReadOnlyList<Activity> Activities, SourceSpan Location);

/// <summary>A milestone; <paramref name="Id"/> is unique in the plan and names its calendar event, whatever its place in the list.</summary>
public sealed record Milestone(string Id, string Title, YearMonth Month, SourceSpan Location);

/// <summary>
/// One entry in the steering group's decisions log: on <paramref name="Date"/> (a meeting) it decided
/// <paramref name="Text"/>; <paramref name="Owner"/> follows it up (a role slug, or a name as written), by
/// <paramref name="Due"/> if given; <paramref name="Done"/> is the day it was carried out.
/// </summary>
public sealed record Decision(DateOnly Date, string Text, Located<string> Owner, DateOnly? Due, DateOnly? Done, SourceSpan Location)
{
    /// <summary>Where its 'done' date stands, for diagnostics about it.</summary>
    public SourceSpan DoneLocation { get; init; } = Location;

    /// <summary>
    /// An owner written like a role slug (lowercase a–z, 0–9 and hyphens) must be a role; anything else, with a
    /// capital letter or a space ("Rektor ved skolen"), is a name shown as written.
    /// </summary>
    public bool OwnerIsRole => Owner.Value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}

/// <summary>The progress plan (input/plan/fremdriftsplan.yml): phases of activities, month by month.</summary>
public sealed record Plan(
    string Title,
    YearMonth Start,
    YearMonth End,
    IReadOnlySet<int> SkippedMonths,
    IReadOnlyList<Phase> Phases,
    IReadOnlyList<Milestone> Milestones,
    SourceSpan Location)
{
    /// <summary>The steering group's meetings, in date order ('meetings:'); empty when the plan names none.</summary>
    public IReadOnlyList<DateOnly> Meetings { get; init; } = [];

    /// <summary>The steering group's decisions log ('decisions:'), in date order.</summary>
    public IReadOnlyList<Decision> Decisions { get; init; } = [];

    /// <summary>The plan's columns: every month from start to end except the skipped ones.</summary>
    public IEnumerable<YearMonth> Columns(YearMonth from, YearMonth to)
    {
        for (var m = from; m <= to; m = m.Next())
            if (!SkippedMonths.Contains(m.Month)) yield return m;
    }
}

/// <summary>The budget (input/plan/budsjett.yml). Sums are computed, never typed in.</summary>
public sealed record Budget(string Title, IReadOnlyList<BudgetRow> Rows, IReadOnlyList<BudgetPeriod> Periods, SourceSpan Location)
{
    public long OwnerSum => Rows.Sum(r => r.Owner ?? 0);
    public long UniversitySum => Rows.Sum(r => r.University ?? 0);
    public long Total => OwnerSum + UniversitySum;

    /// <summary>Whether any row says what has been used: until one does, nothing is said to be used.</summary>
    public bool TracksUse => Rows.Any(r => r.Used is not null);
    public long UsedSum => Rows.Sum(r => r.Used?.Total ?? 0);
    public long Remaining => Total - UsedSum;

    /// <summary>Whether the budget gives amounts per period: a period's need, or a row's use split by period.</summary>
    public bool HasPeriodAmounts => Periods.Any(p => p.Need is not null) || Rows.Any(r => r.Used?.ByPeriod.Count > 0);

    /// <summary>Kroner used in a period by the rows that split their use by period; null when none does.</summary>
    public long? UsedIn(BudgetPeriod period) =>
        Rows.Any(r => r.Used?.InPeriod(period.Name) is not null) ? Rows.Sum(r => r.Used?.InPeriod(period.Name) ?? 0) : null;

    /// <summary>A period's need less what it has used; null when the period gives no need.</summary>
    public long? RemainingIn(BudgetPeriod period) => period.Need - (UsedIn(period) ?? 0);

    public long? PeriodNeedSum => Periods.Any(p => p.Need is not null) ? Periods.Sum(p => p.Need ?? 0) : null;
    public long? PeriodUsedSum => Periods.Any(p => UsedIn(p) is not null) ? Periods.Sum(p => UsedIn(p) ?? 0) : null;
    public long? PeriodRemainingSum => PeriodNeedSum is null ? null : Periods.Sum(p => RemainingIn(p) ?? 0);
}

public sealed record BudgetRow(string Scheme, long? Owner, long? University, SourceSpan Location)
{
    public long Total => (Owner ?? 0) + (University ?? 0);

    /// <summary>Kroner used so far ('used:'), null when the row does not say.</summary>
    public BudgetUse? Used { get; init; }

    /// <summary>The need less what is recorded as used (all of it while nothing is).</summary>
    public long Remaining => Total - (Used?.Total ?? 0);
}

/// <summary>
/// What a row has used: one sum ('used: 120000'), or a sum per budget period ('used: { Høsten 2025: 80000 }'),
/// whose total is the row's use.
/// </summary>
public sealed record BudgetUse(long Total, IReadOnlyDictionary<string, long> ByPeriod)
{
    public long? InPeriod(string period) => ByPeriod.TryGetValue(period, out long value) ? value : null;
}

/// <summary>A period the budget names; <paramref name="Need"/> is its need in kroner when the file gives one ('need:').</summary>
public sealed record BudgetPeriod(string Name, string Description)
{
    public long? Need { get; init; }
}
