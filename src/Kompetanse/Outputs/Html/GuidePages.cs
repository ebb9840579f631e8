using Kompetanse.Model;
using Kompetanse.Rendering.Views;

namespace Kompetanse.Outputs.Html;

/// <summary>/hva-gjor-jeg/ and /hva-gjor-jeg/&lt;slug&gt;/: the "Hva gjør jeg?" guides, built from their YAML steps.</summary>
public sealed class GuidePages : IPageSource
{
    public static readonly LinkView Crumb = new("Hva gjør jeg?", Guide.IndexUrl);

    public IEnumerable<HtmlPage> Pages(BuildContext context)
    {
        var site = context.Site;
        if (site.Guides.Count == 0) yield break;
        yield return new HtmlPage(Guide.IndexUrl, "guide-index", "Hva gjør jeg?", site.Settings.Language,
            new GuideIndexView("Hva gjør jeg?",
                "Du er bekymret for et barn eller en elev. Veiledningene viser stegene fra bekymring til hjelp, i den rekkefølgen loven gir dem, med lovgrunnlaget for hvert steg.",
                site.Guides.Select(g => new GuideLinkView(g.Guide.Title, g.Guide.Url, g.Guide.Intro, g.Steps.Count)).ToList()),
            Crumbs.From(), site.Settings.Location, "Fra bekymring til hjelp, steg for steg, i barnehagen og i skolen.");

        var contact = Contacts.View(site.Settings.Contact);
        foreach (var bound in site.Guides)
        {
            var guide = bound.Guide;
            var steps = bound.Steps.Select((s, i) => new GuideStepView(i + 1, $"steg-{i + 1}", s.Step.Title,
                context.Markdown.Render(s.Step.Text, guide.Url, context.Diagnostics),
                s.Step.Legal.Select(l => ConceptPages.ToView(l, guide.Language)).ToList(),
                s.Step.LawNote,
                s.Concepts.Select(ConceptPages.Link).ToList(),
                s.Roles.Select(r => new LinkView(r.Title, r.Url)).ToList())).ToList();
            var view = new GuideView(guide.Title, guide.Intro, steps, contact, contact is null ? Contacts.AskInstead : null);
            yield return new HtmlPage(guide.Url, "guide", guide.Title, guide.Language, view, Crumbs.From(Crumb), guide.Location, guide.Intro);
        }
    }
}
