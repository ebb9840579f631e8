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
public sealed record StatusReport(DateOnly Date, ActivityStatus Status, string? Note, Located<string>? Role, SourceSpan Location);

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

public sealed record Milestone(string Title, YearMonth Month, SourceSpan Location);

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
}

public sealed record BudgetRow(string Scheme, long? Owner, long? University, SourceSpan Location)
{
    public long Total => (Owner ?? 0) + (University ?? 0);
}

public sealed record BudgetPeriod(string Name, string Description);
