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
public sealed record ReportView(DateView Date, string Status, string StatusKey, string? Note, LinkView? By)
{
    /// <summary>The next step the report names, if any.</summary>
    public string? Next { get; init; }
}

public sealed record GanttCellView(string Iso, bool Active, bool Current, string Text);

public sealed record StatusCountView(string Status, string StatusKey, int Count);

/// <summary>
/// An activity in a list (this month, overdue, missing a status): <paramref name="Anchor"/> is its row's id on
/// /plan/; <paramref name="Status"/> and <paramref name="StatusDate"/> its latest report, if any.
/// </summary>
public sealed record ActivityLinkView(string Title, string PhaseTitle, string Anchor, IReadOnlyList<LinkView> Responsible,
    string MonthsText, string LastMonth, string Status, string StatusKey, DateView? StatusDate)
{
    /// <summary>The reason, as the latest report gives it (its note), and the next step it names.</summary>
    public string? Reason { get; init; }
    public string? Next { get; init; }
}

/// <summary>
/// A decision in the log: made at the meeting of <paramref name="Date"/>, followed up by <paramref name="Owner"/>
/// (a link to the role's page when <paramref name="OwnerUrl"/> is set), due and done dates if given.
/// <paramref name="PastDue"/> is "frist passert": open after its due date.
/// </summary>
public sealed record DecisionView(DateView Date, string Text, string Owner, string? OwnerUrl, DateView? Due, DateView? Done, bool PastDue);

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
    IReadOnlyList<FormReturnView> FormReturns)
{
    /// <summary>The decisions not yet carried out, oldest first.</summary>
    public IReadOnlyList<DecisionView> OpenDecisions { get; init; } = [];

    /// <summary>One line on the budget (need, used, remaining), and its page; null without a budget.</summary>
    public string? BudgetLine { get; init; }
    public string? BudgetUrl { get; init; }
}

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

    /// <summary>The steering group's decisions log, newest first, and how many are open.</summary>
    public IReadOnlyList<DecisionView> Decisions { get; init; } = [];
    public int OpenDecisionCount { get; init; }
}

public sealed record MilestoneView(string Title, string Iso, string MonthText);

public sealed record BudgetView(string Title, string Intro, string? PlanUrl, IReadOnlyList<BudgetRowView> Rows, string OwnerSum, string UniversitySum, string Total, IReadOnlyList<BudgetPeriodView> Periods)
{
    /// <summary>Whether any row says what is used: then the table has Brukt and Gjenstår, and these are their sums.</summary>
    public bool TracksUse { get; init; }
    public string UsedSum { get; init; } = "";
    public string RemainingSum { get; init; } = "";

    /// <summary>What each period needs, has used and has left, when the budget gives a period's need or use.</summary>
    public bool PeriodAmounts { get; init; }
    public string PeriodNeedSum { get; init; } = "";
    public string PeriodUsedSum { get; init; } = "";
    public string PeriodRemainingSum { get; init; } = "";
}

/// <summary>A budget row; <paramref name="Used"/> and <paramref name="Remaining"/> are "–" when the row does not say what is used.</summary>
public sealed record BudgetRowView(string Scheme, string Owner, string University, string Total)
{
    public string Used { get; init; } = "–";
    public string Remaining { get; init; } = "–";
}

public sealed record BudgetPeriodView(string Name, string Description)
{
    public string Need { get; init; } = "–";
    public string Used { get; init; } = "–";
    public string Remaining { get; init; } = "–";
}
