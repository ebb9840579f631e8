using Kompetanse.Model;
using Kompetanse.Rendering.Views;
using Kompetanse.Text;

namespace Kompetanse.Outputs.Html;

/// <summary>Turns plan activities into Gantt table views: the plan page uses it per phase, role pages for their own activities.</summary>
public static class Gantt
{
    public static GanttView Table(string id, string caption, Plan plan, YearMonth from, YearMonth to, IEnumerable<PlannedActivity> activities, YearMonth today,
        IReadOnlyDictionary<Activity, IReadOnlyList<LinkView>>? forms = null)
    {
        var columns = plan.Columns(from, to).ToList();
        var years = columns.GroupBy(m => m.Year).Select(g => new YearHeaderView(g.Key, g.Count())).ToList();
        var months = columns.Select(m => new MonthHeaderView(m.ToString(), NorwegianDates.ShortMonthName(m.Month), MonthText(m), m == today)).ToList();
        var rows = activities.Select(a => Row(a, columns, today) with { Forms = forms?.GetValueOrDefault(a.Activity) ?? [] }).ToList();
        return new GanttView(id, caption, years, months, rows);
    }

    public static GanttRowView Row(PlannedActivity planned, IReadOnlyList<YearMonth> columns, YearMonth today)
    {
        var activity = planned.Activity;
        var active = activity.Months.ToHashSet();
        var cells = columns.Select(m => new GanttCellView(m.ToString(), active.Contains(m), m == today,
            active.Contains(m) ? $"{MonthText(m)}: aktiv" : "")).ToList();
        var state = planned.State;
        return new GanttRowView(
            Anchor(activity),
            activity.Title,
            state.State.Name(),
            state.State.Key(),
            state.Overdue,
            state.Latest is { } latest ? Date(latest.Report.Date) : null,
            planned.Reports.Reverse().Select(Report).ToList(),
            MonthsText(activity.Months),
            planned.Responsible.Select(r => new LinkView(r.Abbreviation ?? r.Title, r.Url)).ToList(),
            activity.Note,
            cells);
    }

    public static ReportView Report(BoundReport r) => new(Date(r.Report.Date), r.Report.Status.Name(),
        ActivityState.Tracked(r.Report.Status).Key(), r.Report.Note, r.By is { } by ? new LinkView(by.Abbreviation ?? by.Title, by.Url) : null)
    { Next = r.Report.Next };

    public static DateView Date(DateOnly date) => new(NorwegianDates.LongDate(date), NorwegianDates.IsoDate(date));

    public static string Anchor(Activity activity) => "aktivitet-" + activity.Id;

    /// <summary>"mars 2024".</summary>
    public static string MonthText(YearMonth m) => $"{NorwegianDates.MonthName(m.Month)} {m.Year}";

    /// <summary>"november 2023–februar 2024, april 2024": runs of consecutive months written as ranges.</summary>
    public static string MonthsText(IReadOnlyList<YearMonth> months) =>
        string.Join(", ", Runs(months).Select(r => r.From == r.To ? MonthText(r.From) : $"{MonthText(r.From)}–{MonthText(r.To)}"));

    /// <summary>Runs of calendar-consecutive months: [2024-04, 2024-05, 2024-06, 2024-08] → (04–06), (08–08).</summary>
    public static IEnumerable<(YearMonth From, YearMonth To)> Runs(IReadOnlyList<YearMonth> months)
    {
        if (months.Count == 0) yield break;
        var from = months[0];
        var to = months[0];
        foreach (var m in months.Skip(1))
        {
            if (m == to.Next()) { to = m; continue; }
            yield return (from, to);
            from = to = m;
        }
        yield return (from, to);
    }
}
