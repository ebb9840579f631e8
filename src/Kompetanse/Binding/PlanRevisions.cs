using Kompetanse.Diagnostics;
using Kompetanse.Loading;
using Kompetanse.Model;

namespace Kompetanse.Binding;

/// <summary>
/// How many times each activity and milestone has been re-planned: its months changed from one committed
/// version of the plan file to the next (and once more when the file as it is differs from the last commit).
/// The calendar gives this as SEQUENCE, so a calendar that subscribes replaces its copy of a moved event
/// instead of keeping both. Without git history every count is 0.
/// </summary>
public static class PlanRevisions
{
    public static string ActivityKey(string id) => "aktivitet:" + id;
    public static string MilestoneKey(string id) => "milepael:" + id;

    public static IReadOnlyDictionary<string, int> Count(Plan current, IReadOnlyList<PlanVersion> history)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        Dictionary<string, string>? previous = null;
        // A version that does not load is skipped: the next one is compared with the last that did.
        var versions = history.Select(v => PlanLoader.Parse(v.Text, PlanLoader.PlanFile, new DiagnosticBag()))
            .Where(p => p is not null)
            .Append(current);
        foreach (var plan in versions)
        {
            var now = Schedule(plan!);
            if (previous is not null)
                foreach (var (key, months) in now)
                    if (previous.TryGetValue(key, out var was) && was != months)
                        counts[key] = counts.GetValueOrDefault(key) + 1;
            previous = now;
        }
        return counts;
    }

    // Each id with its months written out, so two versions compare as text.
    private static Dictionary<string, string> Schedule(Plan plan)
    {
        var schedule = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var activity in plan.Phases.SelectMany(p => p.Activities))
            schedule.TryAdd(ActivityKey(activity.Id), string.Join(' ', activity.Months));
        foreach (var milestone in plan.Milestones)
            schedule.TryAdd(MilestoneKey(milestone.Id), milestone.Month.ToString());
        return schedule;
    }
}
