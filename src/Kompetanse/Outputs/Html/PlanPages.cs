using Kompetanse.Model;
using Kompetanse.Rendering.Views;
using Kompetanse.Text;

namespace Kompetanse.Outputs.Html;

/// <summary>/plan/ (the Gantt tables per phase, with a tracking summary) and /plan/budsjett/.</summary>
public sealed class PlanPages : IPageSource
{
    public const string Url = "/plan/";
    public const string BudgetUrl = "/plan/budsjett/";
    public static readonly LinkView Crumb = new("Fremdriftsplan", Url);

    public IEnumerable<HtmlPage> Pages(BuildContext context)
    {
        var site = context.Site;
        if (site.Plan is { } plan) yield return PlanPage(site, plan);
        if (site.Budget is { } budget) yield return BudgetPage(site, budget);
    }

    private static HtmlPage PlanPage(SiteModel site, PlanModel model)
    {
        var plan = model.Plan;
        var today = YearMonth.Of(site.BuildDate);
        var next = today.Next();
        var phases = plan.Phases.Select(phase => Gantt.Table("fase-" + phase.Id, $"{phase.Title}: aktiviteter måned for måned",
            plan, phase.Start, phase.End, model.Activities.Where(a => a.Phase == phase), today)).ToList();
        var counts = Enum.GetValues<ActivityStatus>()
            .Select(s => new StatusCountView(s.Name(), s.ToString().ToLowerInvariant(), model.Activities.Count(a => a.Activity.Status == s)))
            .Where(c => c.Count > 0)
            .ToList();
        ActivityLinkView Link(PlannedActivity a) => new(a.Activity.Title, a.Phase.Title, Gantt.Anchor(a.Activity),
            a.Responsible.Select(r => new LinkView(r.Abbreviation ?? r.Title, r.Url)).ToList());
        var overdue = model.Activities.Where(a => Gantt.IsOverdue(a.Activity, today)).Select(Link).ToList();
        var roles = site.Roles.Where(r => site.ActivitiesOf(r).Count > 0)
            .Select(r => new RoleLinkView(r.Title, r.Url + "#aktiviteter", r.Abbreviation, r.Summary, site.ActivitiesOf(r).Count))
            .ToList();

        var view = new PlanView(
            plan.Title,
            "Planen viser hva som skal skje i kompetanseløftet, måned for måned. Styringsgruppa følger med på fremdriften og oppdaterer status.",
            $"{Gantt.MonthText(plan.Start)}–{Gantt.MonthText(plan.End)}",
            new DateView(NorwegianDates.LongDate(site.BuildDate), NorwegianDates.IsoDate(site.BuildDate)),
            Gantt.MonthText(today),
            Gantt.MonthText(next),
            model.Activities.Count,
            overdue.Count,
            counts,
            model.Activities.Where(a => a.Activity.Months.Contains(today)).Select(Link).ToList(),
            model.Activities.Where(a => a.Activity.Months.Contains(next)).Select(Link).ToList(),
            overdue,
            phases,
            plan.Milestones.Select(m => new MilestoneView(m.Title, m.Month.ToString(), Gantt.MonthText(m.Month))).ToList(),
            roles,
            PlanExportsOutput.CsvUrl,
            PlanExportsOutput.IcsUrl,
            site.Budget is null ? "" : BudgetUrl);
        return new HtmlPage(Url, "plan", plan.Title, site.Settings.Language, view, Crumbs.From(), plan.Location,
            "Fremdriftsplanen for kompetanseløftet måned for måned, med status for hver aktivitet.") { Kind = "plan" };
    }

    private static HtmlPage BudgetPage(SiteModel site, Budget budget)
    {
        static string Amount(long? value) => value is { } v ? NorwegianNumbers.Kroner(v) : "–";
        var view = new BudgetView(budget.Title,
            "Tabellen viser ressursbehovet slik kommunens plan fra 2023 beskriver det: hva arbeidet trenger fra hver ordning, fordelt på kommunen som eier og universitetet (UH). Det er behov kommunen søker om, ikke penger som er innvilget. Summene er regnet ut fra radene og er de samme som i planen.",
            site.Plan is null ? null : Url,
            budget.Rows.Select(r => new BudgetRowView(r.Scheme, Amount(r.Owner), Amount(r.University), Amount(r.Total))).ToList(),
            Amount(budget.OwnerSum), Amount(budget.UniversitySum), Amount(budget.Total),
            budget.Periods.Select(p => new BudgetPeriodView(p.Name, p.Description)).ToList());
        var crumbs = site.Plan is null ? Crumbs.From() : Crumbs.From(Crumb);
        return new HtmlPage(BudgetUrl, "budget", budget.Title, site.Settings.Language, view, crumbs, budget.Location,
            "Ressursbehovet for kompetanseløftet slik planen beskriver det, fordelt på ordninger, eier og UH.") { Kind = "plan" };
    }
}
