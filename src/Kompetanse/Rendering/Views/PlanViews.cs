namespace Kompetanse.Rendering.Views;

/// <summary>
/// A Gantt table: months as columns grouped by year, activities as rows, one cell per month.
/// <paramref name="Id"/> is unique on the page (captions and row headers refer to it).
/// </summary>
public sealed record GanttView(string Id, string Caption, IReadOnlyList<YearHeaderView> Years, IReadOnlyList<MonthHeaderView> Months, IReadOnlyList<GanttRowView> Rows);

public sealed record YearHeaderView(int Year, int Span);

/// <summary>A month column: "2024-03", "mar." shown, "mars 2024" for screen readers.</summary>
public sealed record MonthHeaderView(string Iso, string Short, string Long, bool Current);

/// <summary>
/// An activity's row. <paramref name="Status"/> is its latest reported status ("status mangler" when its time has
/// passed without one), <paramref name="StatusDate"/> the date of that report, <paramref name="History"/> every
/// report, newest first.
/// </summary>
public sealed record GanttRowView(
    string Id,
    string Title,
    string Status,
    string StatusKey,
    bool Overdue,
    DateView? StatusDate,
    IReadOnlyList<ReportView> History,
    string MonthsText,
    IReadOnlyList<LinkView> Responsible,
    string? Note,
    IReadOnlyList<GanttCellView> Cells)
{
    /// <summary>The forms used in the activity, each titled with how many units have handed it back.</summary>
    public IReadOnlyList<LinkView> Forms { get; init; } = [];
}

/// <summary>One status report: when, what, a short note, and the role that reported it.</summary>
public sealed record ReportView(DateView Date, string Status, string StatusKey, string? Note, LinkView? By);

public sealed record GanttCellView(string Iso, bool Active, bool Current, string Text);

public sealed record StatusCountView(string Status, string StatusKey, int Count);

/// <summary>
/// An activity in a list (this month, overdue, missing a status): <paramref name="Anchor"/> is its row's id on
/// /plan/; <paramref name="Status"/> and <paramref name="StatusDate"/> its latest report, if any.
/// </summary>
public sealed record ActivityLinkView(string Title, string PhaseTitle, string Anchor, IReadOnlyList<LinkView> Responsible,
    string MonthsText, string LastMonth, string Status, string StatusKey, DateView? StatusDate);

/// <summary>
/// "Siden sist". <paramref name="Message"/> says why there is nothing to show when the plan names no meeting
/// (or none before the build date); otherwise the window is from <paramref name="LastMeeting"/> to
/// <paramref name="Until"/>, and <paramref name="Source"/> says where the changes were read from.
/// </summary>
public sealed record SinceView(string? Message, DateView? LastMeeting, DateView? Until, DateView? NextMeeting, string Source, IReadOnlyList<ChangeItemView> Changes);

/// <summary>One change: <paramref name="KindKey"/> is reported, added, removed or moved; <paramref name="Url"/> the activity's row on /plan/ (null when removed).</summary>
public sealed record ChangeItemView(DateView Date, string KindKey, string Kind, string ActivityTitle, string? Url, string Text, string? StatusKey, string? Note);

/// <summary>How many units have handed back a form that belongs to an activity, linking to its answers overview.</summary>
public sealed record FormReturnView(string FormTitle, string FormUrl, string ActivityTitle, string Returned);

/// <summary>/plan/rapport/: one printable page for the steering group's next meeting.</summary>
public sealed record PlanReportView(
    string Title,
    string PlanTitle,
    string PlanUrl,
    DateView Today,
    DateView? NextMeeting,
    int ActivityCount,
    int OverdueCount,
    IReadOnlyList<StatusCountView> StatusCounts,
    IReadOnlyList<ActivityLinkView> Overdue,
    IReadOnlyList<ActivityLinkView> Missing,
    string CurrentMonth,
    string NextMonthName,
    IReadOnlyList<ActivityLinkView> ThisMonth,
    IReadOnlyList<ActivityLinkView> NextMonth,
    SinceView Since,
    IReadOnlyList<FormReturnView> FormReturns);

public sealed record PlanView(
    string Title,
    string Intro,
    string PeriodText,
    DateView Today,
    string CurrentMonth,
    string NextMonthName,
    int ActivityCount,
    int OverdueCount,
    IReadOnlyList<StatusCountView> StatusCounts,
    IReadOnlyList<ActivityLinkView> ThisMonth,
    IReadOnlyList<ActivityLinkView> NextMonth,
    IReadOnlyList<ActivityLinkView> Overdue,
    IReadOnlyList<ActivityLinkView> Missing,
    SinceView Since,
    string ReportUrl,
    IReadOnlyList<GanttView> Phases,
    IReadOnlyList<MilestoneView> Milestones,
    IReadOnlyList<RoleLinkView> Roles,
    string CsvUrl,
    string IcsUrl,
    string BudgetUrl)
{
    /// <summary>The units' own progress plans (/plan/enheter/), when a form collects them; null otherwise.</summary>
    public string? UnitPlansUrl { get; init; }
}

public sealed record MilestoneView(string Title, string Iso, string MonthText);

public sealed record BudgetView(string Title, string Intro, string? PlanUrl, IReadOnlyList<BudgetRowView> Rows, string OwnerSum, string UniversitySum, string Total, IReadOnlyList<BudgetPeriodView> Periods);

public sealed record BudgetRowView(string Scheme, string Owner, string University, string Total);

public sealed record BudgetPeriodView(string Name, string Description);
