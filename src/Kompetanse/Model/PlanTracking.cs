namespace Kompetanse.Model;

/// <summary>
/// What the steering group sees for an activity on the build date: its latest reported status, or, with no
/// report, "planlagt" while its months are still to come and "status mangler" once its last month has passed.
/// </summary>
public enum TrackedState { Planlagt, Pagar, Fullfort, Forsinket, Avlyst, Mangler }

/// <summary>A status report with the role that gave it resolved (null when the report names none).</summary>
public sealed record BoundReport(StatusReport Report, Role? By);

/// <summary>
/// An activity's state on the build date. <paramref name="Overdue"/> ("forfalt") only when a report says it is
/// not done after its last month: an activity nobody has reported on is "status mangler", never overdue.
/// </summary>
public sealed record ActivityState(TrackedState State, bool Overdue, BoundReport? Latest)
{
    public static ActivityState Of(Activity activity, IReadOnlyList<BoundReport> reports, YearMonth today)
    {
        bool past = activity.LastMonth < today;
        if (reports.Count == 0) return new ActivityState(past ? TrackedState.Mangler : TrackedState.Planlagt, false, null);
        var latest = reports[^1];
        return new ActivityState(Tracked(latest.Report.Status), past && !latest.Report.Status.IsClosed(), latest);
    }

    public static TrackedState Tracked(ActivityStatus status) => status switch
    {
        ActivityStatus.Planlagt => TrackedState.Planlagt,
        ActivityStatus.Pagar => TrackedState.Pagar,
        ActivityStatus.Fullfort => TrackedState.Fullfort,
        ActivityStatus.Forsinket => TrackedState.Forsinket,
        _ => TrackedState.Avlyst,
    };
}

public static class TrackedStates
{
    /// <summary>Every state, in the order the summary counts them.</summary>
    public static readonly IReadOnlyList<TrackedState> All = Enum.GetValues<TrackedState>();

    /// <summary>The words shown on the site: "planlagt" … "status mangler".</summary>
    public static string Name(this TrackedState state) => state switch
    {
        TrackedState.Mangler => "status mangler",
        TrackedState.Planlagt => ActivityStatus.Planlagt.Name(),
        TrackedState.Pagar => ActivityStatus.Pagar.Name(),
        TrackedState.Fullfort => ActivityStatus.Fullfort.Name(),
        TrackedState.Forsinket => ActivityStatus.Forsinket.Name(),
        _ => ActivityStatus.Avlyst.Name(),
    };

    /// <summary>The CSS key: "planlagt", "pagar", …, "mangler".</summary>
    public static string Key(this TrackedState state) => state.ToString().ToLowerInvariant();
}

/// <summary>One version of the plan file from git: what it held after the commit of <paramref name="Date"/>.</summary>
public sealed record PlanVersion(DateOnly Date, string Commit, string Text);

public enum PlanChangeKind { Reported, Added, Removed, Moved }

/// <summary>
/// One change to the plan on <paramref name="Date"/>: a status report, or (from the plan file's git history)
/// an activity added, removed or moved to other months. <paramref name="Current"/> is the activity as it is
/// now, null when it has been removed.
/// </summary>
public sealed record PlanChange(
    DateOnly Date,
    PlanChangeKind Kind,
    string ActivityId,
    string ActivityTitle,
    PlannedActivity? Current,
    BoundReport? Report = null,
    IReadOnlyList<YearMonth>? OldMonths = null,
    IReadOnlyList<YearMonth>? NewMonths = null);

/// <summary>
/// "Siden sist": the changes after the steering group's last meeting before the build date, up to and
/// including the build date (on a meeting day, the changes since the meeting before). <paramref name="FromHistory"/>
/// says whether the plan file's git history was read (else the changes are the status reports alone).
/// </summary>
public sealed record SinceLastMeeting(DateOnly LastMeeting, DateOnly Until, DateOnly? NextMeeting, bool FromHistory, IReadOnlyList<PlanChange> Changes);
