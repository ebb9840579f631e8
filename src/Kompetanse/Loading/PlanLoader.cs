using Kompetanse.Diagnostics;
using Kompetanse.Model;
using Kompetanse.Text;

namespace Kompetanse.Loading;

/// <summary>
/// input/plan/fremdriftsplan.yml → <see cref="Plan"/>. Months are single ("2024-03") or inclusive ranges
/// ("2024-04..2024-12", skipping the plan's skipped months); each is checked against the period.
/// </summary>
public static class PlanLoader
{
    public const string Folder = "plan";
    public const string PlanFile = "plan/fremdriftsplan.yml";
    public const string BudgetFile = "plan/budsjett.yml";

    public static Plan? Load(InputFile file, DiagnosticBag diagnostics)
    {
        string? text = InputText.Read(file, diagnostics);
        return text is null ? null : Parse(text, file.DisplayPath, diagnostics);
    }

    /// <summary>A plan from its text: the file as it is, or an earlier version of it from git.</summary>
    public static Plan? Parse(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var f = YamlFields.ParseDocument(text, displayPath, 0, "plan", diagnostics);
        if (f is null) return null;

        string title = f.String("title", required: true) ?? "Fremdriftsplan";
        var period = f.Mapping("period");
        if (period is null) diagnostics.Report(Codes.MissingKey, f.Location, "period");
        var start = period is null ? null : Month(period, "start");
        var end = period is null ? null : Month(period, "end");
        period?.ReportUnknownKeys();
        var skipped = new HashSet<int>();
        foreach (var item in f.StringList("skip_months"))
        {
            if (int.TryParse(item.Value, out int month) && month is >= 1 and <= 12) skipped.Add(month);
            else diagnostics.Report(Codes.WrongType, item.Location, "skip_months", "a list of month numbers 1–12");
        }
        if (start is null || end is null)
        {
            f.ReportUnknownKeys();
            return null;
        }
        if (end < start) diagnostics.Report(Codes.RangeBackwards, period!.LocationOf("end"), $"{start}..{end}");

        var context = new MonthContext(start.Value, end.Value, skipped, diagnostics);
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var phases = new List<Phase>();
        foreach (var p in f.MappingList("phases"))
        {
            string? id = p.String("id", required: true);
            string? phaseTitle = p.String("title", required: true);
            var phaseStart = Month(p, "start") ?? start.Value;
            var phaseEnd = Month(p, "end") ?? end.Value;
            var activities = new List<Activity>();
            foreach (var a in p.MappingList("activities"))
                if (LoadActivity(a, context, seen) is { } activity) activities.Add(activity);
            p.ReportUnknownKeys();
            if (id is not null && phaseTitle is not null)
                phases.Add(new Phase(id, phaseTitle, phaseStart, phaseEnd, activities, p.Location));
        }
        var milestones = new List<Milestone>();
        var milestoneIds = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var m in f.MappingList("milestones"))
        {
            string? milestoneId = m.String("id", required: true);
            string? milestoneTitle = m.String("title", required: true);
            var month = context.Check(Month(m, "month"), m.LocationOf("month"));
            m.ReportUnknownKeys();
            if (milestoneId is not null && !milestoneIds.TryAdd(milestoneId, m.LocationOf("id")))
            {
                diagnostics.Report(Codes.DuplicateMilestone, m.LocationOf("id"), milestoneId, milestoneIds[milestoneId].Line);
                continue;
            }
            if (milestoneId is not null && milestoneTitle is not null && month is not null) milestones.Add(new Milestone(milestoneId, milestoneTitle, month.Value, m.Location));
        }
        var meetings = new SortedSet<DateOnly>();
        foreach (var item in f.StringList("meetings"))
        {
            if (DateOnly.TryParseExact(item.Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var meeting)) meetings.Add(meeting);
            else diagnostics.Report(Codes.InvalidDate, item.Location, item.Value);
        }
        var decisions = LoadDecisions(f, meetings);
        f.ReportUnknownKeys();
        return new Plan(title, start.Value, end.Value, skipped, phases, milestones, SourceSpan.File(displayPath)) { Meetings = meetings.ToList(), Decisions = decisions };
    }

    /// <summary>
    /// The decisions log. A decision is made at a meeting: one dated on no meeting in 'meetings' is a warning at
    /// its date; a 'due' or 'done' before the decision's own date is an error at that date. Owners are roles
    /// (checked at binding) or names.
    /// </summary>
    private static IReadOnlyList<Decision> LoadDecisions(YamlFields f, IReadOnlySet<DateOnly> meetings)
    {
        var decisions = new List<Decision>();
        foreach (var d in f.MappingList("decisions"))
        {
            var date = d.Date("date");
            if (!d.Has("date")) f.Diagnostics.Report(Codes.MissingKey, d.Location, "date");
            string? text = d.String("text", required: true);
            string? owner = d.String("owner", required: true);
            var due = d.Date("due");
            var done = d.Date("done");
            d.ReportUnknownKeys();
            if (date is null || text is null || owner is null) continue;
            foreach (var (key, value) in new[] { ("due", due), ("done", done) })
                if (value is { } later && later < date.Value)
                    f.Diagnostics.Report(Codes.DecisionDateBefore, d.LocationOf(key), key, NorwegianDates.IsoDate(later), NorwegianDates.IsoDate(date.Value));
            if (!meetings.Contains(date.Value))
            {
                string nearest = meetings.Count == 0 ? " (the plan names no meetings)"
                    : $" (the nearest is {NorwegianDates.IsoDate(meetings.MinBy(m => Math.Abs(m.DayNumber - date.Value.DayNumber)))})";
                f.Diagnostics.Report(Codes.DecisionNotOnMeeting, d.LocationOf("date"), NorwegianDates.IsoDate(date.Value), nearest);
            }
            decisions.Add(new Decision(date.Value, text, new Located<string>(owner, d.LocationOf("owner")), due, done, d.LocationOf("date"))
            {
                DoneLocation = d.LocationOf("done"),
            });
        }
        return decisions.OrderBy(x => x.Date).ToList();
    }

    private static Activity? LoadActivity(YamlFields a, MonthContext context, Dictionary<string, SourceSpan> seen)
    {
        string? id = a.String("id", required: true);
        string? title = a.String("title", required: true);
        var months = new SortedSet<YearMonth>();
        var written = a.StringList("months");
        foreach (var item in written)
            foreach (var month in context.Expand(item)) months.Add(month);
        if (!a.Has("months")) a.Diagnostics.Report(Codes.MissingKey, a.Location, "months");
        else if (written.Count == 0) a.Diagnostics.Report(Codes.NoMonths, a.LocationOf("months"));
        var responsible = a.StringList("responsible");
        if (a.String("status") is { } statusName)
            a.Diagnostics.Report(Codes.StatusOutsideLog, a.KeyLocation("status"), statusName);
        var updates = LoadUpdates(a);
        string? note = a.String("note");
        a.ReportUnknownKeys();

        if (id is not null)
        {
            if (seen.TryGetValue(id, out var first))
                a.Diagnostics.Report(Codes.DuplicateActivity, a.LocationOf("id"), id, first.Line);
            else
                seen[id] = a.LocationOf("id");
        }
        if (id is null || title is null || months.Count == 0) return null;
        return new Activity(id, title, months.ToList(), responsible, updates, note, a.Location);
    }

    /// <summary>
    /// The activity's log of status reports, oldest first. A report out of date order is an error at its date;
    /// a report dated after the build date is checked at binding, where the build date is known.
    /// </summary>
    private static IReadOnlyList<StatusReport> LoadUpdates(YamlFields a)
    {
        var reports = new List<StatusReport>();
        foreach (var u in a.MappingList("updates"))
        {
            var date = u.Date("date");
            if (!u.Has("date")) a.Diagnostics.Report(Codes.MissingKey, u.Location, "date");
            ActivityStatus? status = null;
            if (u.String("status", required: true) is { } name)
            {
                if (ActivityStatuses.ByName.TryGetValue(name, out var known)) status = known;
                else a.Diagnostics.Report(Codes.UnknownStatus, u.LocationOf("status"), name, NearestName.Hint(name, ActivityStatuses.ByName.Keys));
            }
            string? note = u.String("note");
            string? next = u.String("next");
            Located<string>? role = u.String("role") is { } slug ? new Located<string>(slug, u.LocationOf("role")) : null;
            u.ReportUnknownKeys();
            if (date is null || status is null) continue;
            if (reports.Count > 0 && date.Value < reports[^1].Date)
            {
                var previous = reports[^1];
                a.Diagnostics.Report(Codes.ReportOutOfOrder, u.LocationOf("date"), NorwegianDates.IsoDate(date.Value), NorwegianDates.IsoDate(previous.Date), previous.Location.Line);
                continue;
            }
            reports.Add(new StatusReport(date.Value, status.Value, note, role, u.LocationOf("date")) { Next = next });
        }
        return reports;
    }

    private static YearMonth? Month(YamlFields f, string key)
    {
        string? text = f.String(key);
        if (text is null) return null;
        if (YearMonth.TryParse(text, out var month)) return month;
        f.Diagnostics.Report(Codes.MalformedMonth, f.LocationOf(key), text);
        return null;
    }

    /// <summary>The plan's period and skipped months, against which every month is checked.</summary>
    private sealed record MonthContext(YearMonth Start, YearMonth End, IReadOnlySet<int> Skipped, DiagnosticBag Diagnostics)
    {
        public IEnumerable<YearMonth> Expand(Located<string> item)
        {
            string text = item.Value;
            int dots = text.IndexOf("..", StringComparison.Ordinal);
            if (dots < 0)
            {
                if (!YearMonth.TryParse(text, out var single))
                {
                    Diagnostics.Report(Codes.MalformedMonth, item.Location, text);
                    return [];
                }
                return Check(single, item.Location) is { } ok ? [ok] : [];
            }
            if (!YearMonth.TryParse(text[..dots].Trim(), out var from) || !YearMonth.TryParse(text[(dots + 2)..].Trim(), out var to))
            {
                Diagnostics.Report(Codes.MalformedMonth, item.Location, text);
                return [];
            }
            if (to < from)
            {
                Diagnostics.Report(Codes.RangeBackwards, item.Location, text);
                return [];
            }
            if (Check(from, item.Location) is null || Check(to, item.Location) is null) return [];
            var months = new List<YearMonth>();
            for (var m = from; m <= to; m = m.Next())
                if (!Skipped.Contains(m.Month)) months.Add(m);
            return months;
        }

        public YearMonth? Check(YearMonth? month, SourceSpan at)
        {
            if (month is not { } m) return null;
            if (m < Start || m > End)
            {
                Diagnostics.Report(Codes.MonthOutsidePeriod, at, m, Start, End);
                return null;
            }
            if (Skipped.Contains(m.Month))
            {
                Diagnostics.Report(Codes.MonthSkipped, at, m);
                return null;
            }
            return m;
        }
    }
}
