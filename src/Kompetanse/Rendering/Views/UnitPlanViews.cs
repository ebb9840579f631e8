namespace Kompetanse.Rendering.Views;

/// <summary>/plan/enheter/: every unit's local progress plan, month by month, as the units handed them back.</summary>
public sealed record UnitPlansView(
    string Title,
    string Intro,
    string Summary,
    IReadOnlyList<YearHeaderView> Years,
    IReadOnlyList<MonthHeaderView> Months,
    IReadOnlyList<UnitPlanView> Units,
    IReadOnlyList<MonthTasksView> ByMonth,
    LinkView? Form,
    LinkView? Plan);

/// <summary>One unit's plan: a row per task, a cell per month.</summary>
public sealed record UnitPlanView(string Id, string Unit, IReadOnlyList<UnitTaskView> Tasks, IReadOnlyList<UnitTaskView> Unplaced);

public sealed record UnitTaskView(string Measure, string Task, string Responsible, string When, IReadOnlyList<GanttCellView> Cells);

/// <summary>What the units have planned in one month.</summary>
public sealed record MonthTasksView(string Month, IReadOnlyList<string> Items);
