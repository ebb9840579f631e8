using Kompetanse.Model;
using Kompetanse.Rendering.Views;
using Kompetanse.Text;

namespace Kompetanse.Outputs.Html;

/// <summary>
/// /plan/enheter/: each unit's local progress plan, from the form marked 'local_plan', as a month-by-month
/// table of its own, and all units' tasks month by month. Made from what the units handed back; the months
/// are read from what they wrote, and a task whose time cannot be read is listed under its unit as written.
/// </summary>
public sealed class UnitPlanPages : IPageSource
{
    public const string Url = "/plan/enheter/";

    public IEnumerable<HtmlPage> Pages(BuildContext context)
    {
        var site = context.Site;
        var model = site.Forms.FirstOrDefault(f => f.Form.LocalPlanQuestion is not null && !f.Form.PersonalData);
        if (model is null) yield break;
        var form = model.Form;
        var question = form.Questions.First(q => q.Id == form.LocalPlanQuestion);

        var plans = model.Returns.Select(r => (r.Unit, Tasks: Tasks(r, question))).ToList();
        var placed = plans.SelectMany(p => p.Tasks).Where(t => t.Months.Count > 0).SelectMany(t => t.Months).ToList();
        var today = YearMonth.Of(site.BuildDate);
        var columns = placed.Count == 0 ? [] : Range(placed.Min(), placed.Max());
        var months = columns.Select(m => new MonthHeaderView(m.ToString(), NorwegianDates.ShortMonthName(m.Month), Gantt.MonthText(m), m == today)).ToList();

        var units = plans.Select(p => new UnitPlanView(
            "enhet-" + Slug.From(p.Unit),
            p.Unit,
            p.Tasks.Where(t => t.Months.Count > 0).Select(t => View(t, columns)).ToList(),
            p.Tasks.Where(t => t.Months.Count == 0).Select(t => View(t, [])).ToList())).ToList();
        var byMonth = columns
            .Select(m => new MonthTasksView(Gantt.MonthText(m), plans
                .SelectMany(p => p.Tasks.Where(t => t.Months.Contains(m)).Select(t => $"{p.Unit}: {t.Task}")).ToList()))
            .Where(m => m.Items.Count > 0)
            .ToList();

        var view = new UnitPlansView(
            "Enhetenes lokale fremdriftsplaner",
            "Her er fremdriftsplanene enhetene har levert, med oppgavene måned for måned. Månedene er lest ut av det enhetene skrev; en oppgave uten en måned som kan leses, står under enheten slik den ble skrevet.",
            AnswerPages.Summary(model.Returns.Count, site.Units.Names.Count),
            columns.GroupBy(m => m.Year).Select(g => new YearHeaderView(g.Key, g.Count())).ToList(),
            months,
            units,
            byMonth,
            new LinkView(form.Title, form.Url),
            site.Plan is null ? null : new LinkView("Tilbake til fremdriftsplanen", PlanPages.Url));
        yield return new HtmlPage(Url, "unit-plans", view.Title, site.Settings.Language, view,
            site.Plan is null ? Crumbs.From() : Crumbs.From(new LinkView("Fremdriftsplan", PlanPages.Url)), form.Location,
            "Enhetenes egne fremdriftsplaner for tiltakene, måned for måned.") { Kind = "plan" };
    }

    private sealed record UnitTask(string Measure, string Task, string Responsible, string When, IReadOnlyList<YearMonth> Months);

    // The table's rows in order; the columns are measure, task, responsible and when.
    private static List<UnitTask> Tasks(ReturnedForm returned, Question question)
    {
        var tasks = new List<UnitTask>();
        for (int row = 1; row <= 200; row++)
        {
            string Cell(int column) => returned.Answers.GetValueOrDefault(question.CellId(row, column))?.Trim() ?? "";
            var cells = Enumerable.Range(1, question.Columns.Count).Select(Cell).ToList();
            if (cells.All(c => c.Length == 0))
            {
                if (Enumerable.Range(row + 1, 5).Any(r => returned.Answers.Keys.Any(k => k.StartsWith($"{question.Id}.r{r}.", StringComparison.Ordinal)))) continue;
                break;
            }
            tasks.Add(new UnitTask(cells[0], cells[1], cells[2], cells[3], WrittenMonths.Read(cells[3])));
        }
        return tasks;
    }

    private static UnitTaskView View(UnitTask task, IReadOnlyList<YearMonth> columns) => new(task.Measure, task.Task, task.Responsible, task.When,
        columns.Select(m => new GanttCellView(m.ToString(), task.Months.Contains(m), false, task.Months.Contains(m) ? $"{Gantt.MonthText(m)}: planlagt" : "")).ToList());

    private static List<YearMonth> Range(YearMonth from, YearMonth to)
    {
        var months = new List<YearMonth>();
        for (var m = from; m <= to && months.Count < 60; m = m.Next()) months.Add(m);
        return months;
    }
}
