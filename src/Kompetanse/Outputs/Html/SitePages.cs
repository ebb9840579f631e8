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
        var sections = ArticlePages.Sections(context);
        yield return new HtmlPage(SearchUrl, "search", "Søk", settings.Language,
            new SearchView("Søk", SearchIndexOutput.Url, sections), Crumbs.From(), settings.Location,
            "Søk i begreper, roller, skjema og fremdriftsplanen.");
        yield return new HtmlPage(NotFoundUrl, "not-found", "Fant ikke siden", settings.Language,
            new NotFoundView("Fant ikke siden", sections), [], settings.Location) { Listed = false, ServedAnywhere = true };

        // Any folder of Markdown builds: where the input has no front page or accessibility page, make them.
        var urls = context.Site.Pages.Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
        if (!urls.Contains("/")) yield return DefaultFrontPage(context, sections);
        if (!urls.Contains(ArticlePages.AccessibilityUrl)) yield return DefaultAccessibilityPage(context);
    }

    private static HtmlPage DefaultFrontPage(BuildContext context, IReadOnlyList<SectionLinkView> sections)
    {
        var site = context.Site;
        var pages = site.Pages.OrderBy(p => p.Url.Count(c => c == '/')).ThenBy(p => p.Title, Text.NorwegianCollation.Instance).Take(50).ToList();
        var text = new System.Text.StringBuilder();
        if (site.Settings.Description is { } description) text.Append(description).Append("\n\n");
        if (pages.Count > 0)
        {
            text.Append("## Sider\n\n");
            foreach (var page in pages) text.Append("- [").Append(page.Title.Replace("[", "\\[").Replace("]", "\\]")).Append("](").Append(page.Url).Append(")\n");
            if (site.Pages.Count > pages.Count) text.Append($"\nNettstedet har {site.Pages.Count} sider. [Søk]({SearchUrl}) for å finne resten.\n");
        }
        var source = new Model.MarkdownSource(text.ToString(), site.Settings.Location);
        string body = context.Markdown.Render(source, "/", context.Diagnostics);
        return new HtmlPage("/", "home", site.Settings.Name, site.Settings.Language,
            new HomeView(site.Settings.Name, null, body, sections, []), [], site.Settings.Location, site.Settings.Description);
    }

    private static HtmlPage DefaultAccessibilityPage(BuildContext context)
    {
        var settings = context.Site.Settings;
        const string text = """
            Nettstedet skal kunne brukes av alle, og følger kravene i WCAG 2.1 på nivå AA, slik forskrift om
            universell utforming av IKT-løsninger krever.

            ## Slik er nettstedet laget

            - Alt kan brukes med tastatur, og fokus vises tydelig.
            - Sidene fungerer med skjermleser, ved forstørrelse til 200 prosent og på smale skjermer.
            - Sidene kan leses uten JavaScript, og ingenting hentes fra andre nettsteder.

            ## Meld fra om feil

            Finner du noe som ikke virker, vil vi gjerne vite det. Du kan også melde fra til Tilsynet for
            universell utforming av IKT.
            """;
        string body = context.Markdown.Render(new Model.MarkdownSource(text, settings.Location), ArticlePages.AccessibilityUrl, context.Diagnostics);
        return new HtmlPage(ArticlePages.AccessibilityUrl, "accessibility", "Tilgjengelighet", settings.Language,
            new AccessibilityView("Tilgjengelighet", null, body, settings.AccessibilityStatementUrl), Crumbs.From(), settings.Location);
    }
}
