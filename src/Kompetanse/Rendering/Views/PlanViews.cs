namespace Kompetanse.Rendering.Views;

/// <summary>
/// A Gantt table: months as columns grouped by year, activities as rows, one cell per month.
/// <paramref name="Id"/> is unique on the page (captions and row headers refer to it).
/// </summary>
public sealed record GanttView(string Id, string Caption, IReadOnlyList<YearHeaderView> Years, IReadOnlyList<MonthHeaderView> Months, IReadOnlyList<GanttRowView> Rows);

public sealed record YearHeaderView(int Year, int Span);

/// <summary>A month column: "2024-03", "mar." shown, "mars 2024" for screen readers.</summary>
public sealed record MonthHeaderView(string Iso, string Short, string Long, bool Current);

public sealed record GanttRowView(
    string Id,
    string Title,
    string Status,
    string StatusKey,
    bool Overdue,
    string MonthsText,
    IReadOnlyList<LinkView> Responsible,
    string? Note,
    IReadOnlyList<GanttCellView> Cells);

public sealed record GanttCellView(string Iso, bool Active, bool Current, string Text);

public sealed record StatusCountView(string Status, string StatusKey, int Count);

public sealed record ActivityLinkView(string Title, string PhaseTitle, string Anchor, IReadOnlyList<LinkView> Responsible);

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
    IReadOnlyList<GanttView> Phases,
    IReadOnlyList<MilestoneView> Milestones,
    IReadOnlyList<RoleLinkView> Roles,
    string CsvUrl,
    string IcsUrl,
    string BudgetUrl);

public sealed record MilestoneView(string Title, string Iso, string MonthText);

public sealed record BudgetView(string Title, string Intro, string? PlanUrl, IReadOnlyList<BudgetRowView> Rows, string OwnerSum, string UniversitySum, string Total, IReadOnlyList<BudgetPeriodView> Periods);

public sealed record BudgetRowView(string Scheme, string Owner, string University, string Total);

public sealed record BudgetPeriodView(string Name, string Description);
