using Kompetanse.Diagnostics;
using Kompetanse.Loading;
using Kompetanse.Model;

namespace Kompetanse.Binding;

/// <summary>
/// "Siden sist": what changed in the plan after the steering group's last meeting before the build date,
/// up to the build date. Status reports come from the activities' logs; where the plan file has git history,
/// activities added, removed and moved to other months come from comparing its versions, each change dated
/// by the commit that made it (a change not yet committed is dated the build date).
/// </summary>
public static class PlanChanges
{
    public static SinceLastMeeting? Since(PlanModel model, DateOnly buildDate, IReadOnlyList<PlanVersion> history)
    {
        var earlier = model.Plan.Meetings.Where(m => m < buildDate).ToList();
        if (earlier.Count == 0) return null;
        var from = earlier[^1];
        var changes = new List<PlanChange>();
        foreach (var planned in model.Activities)
            foreach (var report in planned.Reports.Where(r => r.Report.Date > from && r.Report.Date <= buildDate))
                changes.Add(new PlanChange(report.Report.Date, PlanChangeKind.Reported, planned.Activity.Id, planned.Activity.Title, planned, report));

        bool fromHistory = history.Count > 0;
        if (fromHistory) changes.AddRange(FromHistory(model, from, buildDate, history));
        var ordered = changes
            .OrderByDescending(c => c.Date)
            .ThenBy(c => c.Kind)
            .ThenBy(c => Order(model, c.ActivityId))
            .ToList();
        return new SinceLastMeeting(from, buildDate, model.NextMeeting, fromHistory, ordered);
    }

    // Activities in plan order; removed ones last.
    private static int Order(PlanModel model, string id)
    {
        for (int i = 0; i < model.Activities.Count; i++)
            if (model.Activities[i].Activity.Id == id) return i;
        return int.MaxValue;
    }

    private static IEnumerable<PlanChange> FromHistory(PlanModel model, DateOnly from, DateOnly until, IReadOnlyList<PlanVersion> history)
    {
        // The plan as it stood at the meeting, then each version committed after it, then the file as it is.
        var before = history.LastOrDefault(v => v.Date <= from);
        var steps = history.Where(v => v.Date > from && v.Date <= until).ToList();
        var current = Snapshot(model.Plan);
        var previous = before is null ? null : Parse(before);
        foreach (var version in steps)
        {
            var next = Parse(version);
            if (next is null) continue; // a version that did not load is skipped; the next one is compared
            if (previous is not null)
                foreach (var change in Compare(previous, next, version.Date, model)) yield return change;
            previous = next;
        }
        if (previous is not null)
            foreach (var change in Compare(previous, current, until, model)) yield return change;
    }

    private sealed record Entry(string Title, IReadOnlyList<YearMonth> Months, int Order);

    private static Dictionary<string, Entry> Snapshot(Plan plan)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        int order = 0;
        foreach (var activity in plan.Phases.SelectMany(p => p.Activities))
            entries.TryAdd(activity.Id, new Entry(activity.Title, activity.Months, order++));
        return entries;
    }

    // An earlier version is read like the file itself; what it reports is not the editor's concern now.
    private static Dictionary<string, Entry>? Parse(PlanVersion version) =>
        PlanLoader.Parse(version.Text, PlanLoader.PlanFile, new DiagnosticBag()) is { } plan ? Snapshot(plan) : null;

    private static IEnumerable<PlanChange> Compare(Dictionary<string, Entry> old, Dictionary<string, Entry> now, DateOnly date, PlanModel model)
    {
        PlannedActivity? Current(string id) => model.Activities.FirstOrDefault(a => a.Activity.Id == id);
        foreach (var (id, entry) in now.OrderBy(e => e.Value.Order))
        {
            if (!old.TryGetValue(id, out var was))
                yield return new PlanChange(date, PlanChangeKind.Added, id, entry.Title, Current(id), NewMonths: entry.Months);
            else if (!was.Months.SequenceEqual(entry.Months))
                yield return new PlanChange(date, PlanChangeKind.Moved, id, entry.Title, Current(id), OldMonths: was.Months, NewMonths: entry.Months);
        }
        foreach (var (id, entry) in old.OrderBy(e => e.Value.Order))
            if (!now.ContainsKey(id))
                yield return new PlanChange(date, PlanChangeKind.Removed, id, entry.Title, null, OldMonths: entry.Months);
    }
}
