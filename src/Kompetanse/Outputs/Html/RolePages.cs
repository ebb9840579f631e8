using Kompetanse.Model;
using Kompetanse.Rendering.Views;

namespace Kompetanse.Outputs.Html;

/// <summary>/roller/ (grouped by level) and /roller/&lt;slug&gt;/ with the role's tasks, concepts and activities in the plan.</summary>
public sealed class RolePages : IPageSource
{
    public const string IndexUrl = "/roller/";
    public static readonly LinkView Crumb = new("Roller", IndexUrl);

    private static readonly IReadOnlyDictionary<RoleLevel, (string Title, string Description)> Levels = new Dictionary<RoleLevel, (string, string)>
    {
        [RoleLevel.Nasjonal] = ("Nasjonalt nivå", "Statlige etater og organisasjoner som gir rammer, støtte og kompetanse til hele landet."),
        [RoleLevel.Regional] = ("Regionalt nivå", "Aktører i Nordland som fordeler midler, planlegger og samarbeider på tvers av kommunene."),
        [RoleLevel.Kommunal] = ("Kommunalt nivå", "Roller i kommunen som eier, styrer og støtter arbeidet."),
        [RoleLevel.Enhet] = ("Enhetene", "Barnehagene og skolene, der arbeidet skjer hver dag."),
    };

    public IEnumerable<HtmlPage> Pages(BuildContext context)
    {
        var site = context.Site;
        if (site.Roles.Count == 0) yield break;
        var today = YearMonth.Of(site.BuildDate);

        var levels = site.Roles.GroupBy(r => r.Level)
            .Select(g => new RoleLevelView(Levels[g.Key].Title, "niva-" + g.Key.ToString().ToLowerInvariant(), Levels[g.Key].Description,
                g.Select(r => Link(site, r)).ToList()))
            .ToList();
        yield return new HtmlPage(IndexUrl, "role-index", "Roller",
            site.Settings.Language,
            new RoleIndexView("Roller", "Hvem gjør hva i kompetanseløftet? Rollene er ordnet etter nivå, fra nasjonale etater til barnehagene og skolene.", levels),
            Crumbs.From(), site.Settings.Location, "Hvem som gjør hva i kompetanseløftet, ordnet etter nivå.");

        foreach (var role in site.Roles)
        {
            var activities = site.ActivitiesOf(role);
            GanttView? gantt = null;
            if (activities.Count > 0 && site.Plan is { } plan)
            {
                var first = activities.Min(a => a.Activity.Months[0]);
                var last = activities.Max(a => a.Activity.LastMonth);
                gantt = Gantt.Table("aktiviteter-" + role.Slug, $"{role.Abbreviation ?? role.Title}: aktivitetene i fremdriftsplanen, måned for måned",
                    plan.Plan, first, last, activities, today);
            }
            var view = new RoleView(role.Title, role.Abbreviation, Levels[role.Level].Title, role.Summary, role.Tasks,
                context.Markdown.Render(role.Body, role.Url, context.Diagnostics),
                site.RoleConcepts[role].Select(ConceptPages.Link).ToList(), gantt, activities.Count, site.Plan is null ? null : PlanPages.Url)
            {
                Contact = Contacts.View(role.Contact ?? site.Settings.Contact),
                ContactIsSites = role.Contact is null && site.Settings.Contact is not null,
                AskInstead = role.Contact is null && site.Settings.Contact is null ? Contacts.AskInstead : null,
            };
            yield return new HtmlPage(role.Url, "role", role.Title, role.Language, view, Crumbs.From(Crumb), role.Location, role.Summary, role.Updated) { Kind = "rolle", SearchNames = [.. role.Aliases, .. role.Abbreviation is { } abbr ? [abbr] : Array.Empty<string>()] };
        }
    }

    private static RoleLinkView Link(SiteModel site, Role role) =>
        new(role.Title, role.Url, role.Abbreviation, role.Summary, site.ActivitiesOf(role).Count);
}
