using Kompetanse.Model;
using Kompetanse.Rendering.Views;
using Kompetanse.Text;

namespace Kompetanse.Outputs.Html;

/// <summary>/plan/ (the Gantt tables per phase, with a tracking summary), the meeting report /plan/rapport/ and /plan/budsjett/.</summary>
public sealed class PlanPages : IPageSource
{
    public const string Url = "/plan/";
    public const string BudgetUrl = "/plan/budsjett/";
    public const string ReportUrl = "/plan/rapport/";
    public static readonly LinkView Crumb = new("Fremdriftsplan", Url);

    public IEnumerable<HtmlPage> Pages(BuildContext context)
    {
        var site = context.Site;
        if (site.Plan is { } plan)
        {
            yield return PlanPage(site, plan);
            yield return ReportPage(site, plan);
        }
        if (site.Budget is { } budget) yield return BudgetPage(site, budget);
    }

    private static HtmlPage PlanPage(SiteModel site, PlanModel model)
    {
        var plan = model.Plan;
        var today = YearMonth.Of(site.BuildDate);
        var next = today.Next();
        // The forms used in an activity, each with how many units have handed it back.
        var forms = site.Forms.Where(f => f.Activity is not null && !f.Form.PersonalData)
            .GroupBy(f => f.Activity!.Activity)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<LinkView>)g.Select(f => new LinkView($"{f.Form.Title}: {AnswerPages.Summary(f.Returns.Count, site.Units.Names.Count)}", f.Form.AnswersUrl)).ToList());
        var phases = plan.Phases.Select(phase => Gantt.Table("fase-" + phase.Id, $"{phase.Title}: aktiviteter måned for måned",
            plan, phase.Start, phase.End, model.Activities.Where(a => a.Phase == phase), today, forms)).ToList();
        var overdue = Overdue(model);
        var roles = site.Roles.Where(r => site.ActivitiesOf(r).Count > 0)
            .Select(r => new RoleLinkView(r.Title, r.Url + "#aktiviteter", r.Abbreviation, r.Summary, site.ActivitiesOf(r).Count))
            .ToList();

        var view = new PlanView(
            plan.Title,
            "Planen viser hva som skal skje i kompetanseløftet, måned for måned. Styringsgruppa følger med på fremdriften: hver aktivitet viser siste rapporterte status og datoen den ble meldt.",
            $"{Gantt.MonthText(plan.Start)}–{Gantt.MonthText(plan.End)}",
            Gantt.Date(site.BuildDate),
            Gantt.MonthText(today),
            Gantt.MonthText(next),
            model.Activities.Count,
            overdue.Count,
            Counts(model),
            InMonth(model, today),
            InMonth(model, next),
            overdue,
            Missing(model),
            Since(model),
            ReportUrl,
            phases,
            plan.Milestones.Select(m => new MilestoneView(m.Title, m.Month.ToString(), Gantt.MonthText(m.Month))).ToList(),
            roles,
            PlanExportsOutput.CsvUrl,
            PlanExportsOutput.IcsUrl,
            site.Budget is null ? "" : BudgetUrl)
        {
            UnitPlansUrl = site.Forms.Any(f => f.Form.LocalPlanQuestion is not null && !f.Form.PersonalData) ? UnitPlanPages.Url : null,
            Decisions = model.Decisions.Reverse().Select(Decision).ToList(),
            OpenDecisionCount = model.Decisions.Count(d => d.Open),
        };
        return new HtmlPage(Url, "plan", plan.Title, site.Settings.Language, view, Crumbs.From(), plan.Location,
            "Fremdriftsplanen for kompetanseløftet måned for måned, med siste rapporterte status for hver aktivitet.") { Kind = "plan" };
    }

    private static HtmlPage ReportPage(SiteModel site, PlanModel model)
    {
        var today = YearMonth.Of(site.BuildDate);
        var next = today.Next();
        var overdue = Overdue(model);
        // Forms with personal data are never handed back through the site, so they have nothing to count; while
        // nothing has come back at all, one sentence says so instead of a line per form.
        bool anyReturned = site.Forms.Any(f => f.Returns.Count > 0);
        var forms = site.Forms
            .Where(f => f.Activity is not null && !f.Form.PersonalData && anyReturned)
            .Select(f => new FormReturnView(f.Form.Title, f.Form.AnswersUrl, f.Activity!.Activity.Title,
                AnswerPages.Summary(f.Returns.Count, site.Units.Names.Count)))
            .ToList();
        var view = new PlanReportView(
            "Statusrapport til styringsgruppa",
            model.Plan.Title,
            Url,
            Gantt.Date(site.BuildDate),
            model.NextMeeting is { } meeting ? Gantt.Date(meeting) : null,
            model.Activities.Count,
            overdue.Count,
            Counts(model),
            overdue,
            Missing(model),
            Gantt.MonthText(today),
            Gantt.MonthText(next),
            InMonth(model, today),
            InMonth(model, next),
            Since(model),
            forms)
        {
            OpenDecisions = model.Decisions.Where(d => d.Open).Select(Decision).ToList(),
            BudgetLine = site.Budget is { } budget ? BudgetLine(budget) : null,
            BudgetUrl = site.Budget is null ? null : BudgetUrl,
        };
        return new HtmlPage(ReportUrl, "plan-report", view.Title, site.Settings.Language, view, Crumbs.From(Crumb), model.Plan.Location,
            "En side å skrive ut til styringsgruppas møte: status for aktivitetene, hva som er forfalt og mangler status, og hva som er endret siden sist.") { Kind = "plan" };
    }

    /// <summary>Every state, "status mangler" included, with how many activities are in it (zeros too).</summary>
    private static IReadOnlyList<StatusCountView> Counts(PlanModel model) =>
        TrackedStates.All.Select(s => new StatusCountView(s.Name(), s.Key(), model.Activities.Count(a => a.State.State == s))).ToList();

    private static ActivityLinkView Link(PlannedActivity a) => new(a.Activity.Title, a.Phase.Title, Gantt.Anchor(a.Activity),
        a.Responsible.Select(r => new LinkView(r.Abbreviation ?? r.Title, r.Url)).ToList(),
        Gantt.MonthsText(a.Activity.Months), Gantt.MonthText(a.Activity.LastMonth),
        a.State.State.Name(), a.State.State.Key(), a.State.Latest is { } latest ? Gantt.Date(latest.Report.Date) : null)
    {
        Reason = Sentence(a.State.Latest?.Report.Note),
        Next = Sentence(a.State.Latest?.Report.Next),
    };

    // A note as a sentence that ends with a full stop, however it was written.
    private static string? Sentence(string? text) =>
        text is null ? null : text.TrimEnd() is var t && t.Length > 0 && ".!?".Contains(t[^1]) ? t : text.TrimEnd() + ".";

    private static DecisionView Decision(BoundDecision d) => new(Gantt.Date(d.Decision.Date), Sentence(d.Decision.Text)!,
        d.Owner is { } role ? role.Abbreviation ?? role.Title : d.Decision.Owner.Value, d.Owner?.Url,
        d.Decision.Due is { } due ? Gantt.Date(due) : null, d.Decision.Done is { } done ? Gantt.Date(done) : null, d.PastDue);

    /// <summary>The report's one line on money: need, and once rows say so, used and remaining; never a grant.</summary>
    private static string BudgetLine(Budget budget) => budget.TracksUse
        ? $"Behov {NorwegianNumbers.Kroner(budget.Total)}, brukt {NorwegianNumbers.Kroner(budget.UsedSum)}, gjenstår {NorwegianNumbers.Kroner(budget.Remaining)}. Behovet er det kommunen søker om, ikke innvilgede midler."
        : $"Behov {NorwegianNumbers.Kroner(budget.Total)}; hva som er brukt, er ikke ført inn. Behovet er det kommunen søker om, ikke innvilgede midler.";

    private static List<ActivityLinkView> Overdue(PlanModel model) => model.Activities.Where(a => a.State.Overdue).Select(Link).ToList();

    private static List<ActivityLinkView> Missing(PlanModel model) => model.Activities.Where(a => a.State.State == TrackedState.Mangler).Select(Link).ToList();

    private static List<ActivityLinkView> InMonth(PlanModel model, YearMonth month) => model.Activities.Where(a => a.Activity.Months.Contains(month)).Select(Link).ToList();

    /// <summary>"Siden sist", or a plain sentence on why there is nothing to show.</summary>
    public static SinceView Since(PlanModel model)
    {
        var next = model.NextMeeting is { } n ? Gantt.Date(n) : null;
        if (model.Since is not { } since)
        {
            string message = model.Plan.Meetings.Count == 0
                ? "«Siden sist» trenger datoer for styringsgruppas møter. Planen har ingen ennå: legg dem inn i fremdriftsplanen."
                : "Styringsgruppa har ikke hatt noe møte i planen før i dag, så det er ikke noe «siden sist» ennå.";
            return new SinceView(message, null, null, next, "", []);
        }
        string source = since.FromHistory
            ? "Statusrapportene i planen, og aktiviteter som er lagt til, tatt ut eller flyttet (fra planfilens historikk i git)."
            : "Statusrapportene i planen. Planfila har ingen historikk i git, så flyttede, nye og fjernede aktiviteter vises ikke.";
        return new SinceView(null, Gantt.Date(since.LastMeeting), Gantt.Date(since.Until), next, source,
            since.Changes.Select(Change).ToList());
    }

    public static ChangeItemView Change(PlanChange c)
    {
        string? anchor = c.Current is { } current ? Url + "#" + Gantt.Anchor(current.Activity) : null;
        return c.Kind switch
        {
            PlanChangeKind.Reported => new ChangeItemView(Gantt.Date(c.Date), "reported", "Status", c.ActivityTitle, anchor,
                c.Report!.By is { } by ? $"{c.Report.Report.Status.Name()} (meldt av {by.Abbreviation ?? by.Title})" : c.Report.Report.Status.Name(),
                ActivityState.Tracked(c.Report.Report.Status).Key(), c.Report.Report.Note),
            PlanChangeKind.Added => new ChangeItemView(Gantt.Date(c.Date), "added", "Ny aktivitet", c.ActivityTitle, anchor,
                "lagt til i planen: " + Gantt.MonthsText(c.NewMonths!), null, null),
            PlanChangeKind.Removed => new ChangeItemView(Gantt.Date(c.Date), "removed", "Tatt ut", c.ActivityTitle, null,
                "tatt ut av planen (var lagt til " + Gantt.MonthsText(c.OldMonths!) + ")", null, null),
            _ => new ChangeItemView(Gantt.Date(c.Date), "moved", "Flyttet", c.ActivityTitle, anchor,
                $"flyttet fra {Gantt.MonthsText(c.OldMonths!)} til {Gantt.MonthsText(c.NewMonths!)}", null, null),
        };
    }

    private static HtmlPage BudgetPage(SiteModel site, Budget budget)
    {
        static string Amount(long? value) => value is { } v ? NorwegianNumbers.Kroner(v) : "–";
        var view = new BudgetView(budget.Title,
            "Tabellen viser ressursbehovet slik kommunens plan fra 2023 beskriver det: hva arbeidet trenger fra hver ordning, fordelt på kommunen som eier og universitetet (UH). Det er behov kommunen søker om, ikke penger som er innvilget. Summene er regnet ut fra radene og er de samme som i planen."
                + (budget.TracksUse ? " «Brukt» er det som er ført inn som brukt så langt, og «gjenstår» er behovet minus det som er brukt." : ""),
            site.Plan is null ? null : Url,
            budget.Rows.Select(r => new BudgetRowView(r.Scheme, Amount(r.Owner), Amount(r.University), Amount(r.Total))
            {
                Used = Amount(r.Used?.Total),
                Remaining = Amount(r.Remaining),
            }).ToList(),
            Amount(budget.OwnerSum), Amount(budget.UniversitySum), Amount(budget.Total),
            budget.Periods.Select(p => new BudgetPeriodView(p.Name, p.Description)
            {
                Need = Amount(p.Need),
                Used = Amount(budget.UsedIn(p)),
                Remaining = Amount(budget.RemainingIn(p)),
            }).ToList())
        {
            TracksUse = budget.TracksUse,
            UsedSum = Amount(budget.UsedSum),
            RemainingSum = Amount(budget.Remaining),
            PeriodAmounts = budget.HasPeriodAmounts,
            PeriodNeedSum = Amount(budget.PeriodNeedSum),
            PeriodUsedSum = Amount(budget.PeriodUsedSum),
            PeriodRemainingSum = Amount(budget.PeriodRemainingSum),
        };
        var crumbs = site.Plan is null ? Crumbs.From() : Crumbs.From(Crumb);
        return new HtmlPage(BudgetUrl, "budget", budget.Title, site.Settings.Language, view, crumbs, budget.Location,
            "Ressursbehovet for kompetanseløftet slik planen beskriver det, fordelt på ordninger, eier og UH.") { Kind = "plan" };
    }
}
