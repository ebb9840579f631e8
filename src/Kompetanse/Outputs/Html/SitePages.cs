using Kompetanse.Rendering.Views;

namespace Kompetanse.Outputs.Html;

/// <summary>The pages every site has whatever its content: search (/sok/) and "not found" (/404.html).</summary>
public sealed class SitePages : IPageSource
{
    public const string SearchUrl = "/sok/";
    public const string NotFoundUrl = "/404.html";
    public const string ChangesUrl = "/nytt/";

    public IEnumerable<HtmlPage> Pages(BuildContext context)
    {
        var settings = context.Site.Settings;
        var sections = settings.Navigation.Where(n => n.Url != "/").Select(n => new SectionLinkView(n.Title, n.Url, n.Description ?? "")).ToList();
        yield return new HtmlPage(SearchUrl, "search", "Søk", settings.Language,
            new SearchView("Søk", SearchIndexOutput.Url, sections), Crumbs.From(), settings.Location,
            "Søk i begreper, roller, skjema og fremdriftsplanen.");
        yield return new HtmlPage(NotFoundUrl, "not-found", "Fant ikke siden", settings.Language,
            new NotFoundView("Fant ikke siden", sections), [], settings.Location) { Listed = false };
    }
}
