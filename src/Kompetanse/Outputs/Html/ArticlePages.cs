using Kompetanse.Model;
using Kompetanse.Rendering.Views;

namespace Kompetanse.Outputs.Html;

/// <summary>
/// Generic Markdown pages. Two places are special: index.md is the front page, tilgjengelighet.md the
/// accessibility page (it gets the link to the statement from the site settings).
/// </summary>
public sealed class ArticlePages : IPageSource
{
    public const string AccessibilityUrl = "/tilgjengelighet/";

    public IEnumerable<HtmlPage> Pages(BuildContext context)
    {
        var site = context.Site;
        foreach (var page in site.Pages)
        {
            // Plain pages depend only on their own file and what the cache's fingerprint covers.
            if (page.Url is not "/" and not AccessibilityUrl && context.Cache is { } cache)
            {
                yield return cache.Article(page, p => Article(context, p));
                continue;
            }
            string body = context.Markdown.Render(page.Body, page.Url, context.Diagnostics);
            (string template, object view) = page.Url switch
            {
                "/" => ("home", (object)new HomeView(page.Title, page.Description, body, Sections(context),
                    site.Concepts.Where(c => c.Shared).Select(ConceptPages.Link).ToList())),
                AccessibilityUrl => ("accessibility", new AccessibilityView(page.Title, page.Description, body, site.Settings.AccessibilityStatementUrl)),
                _ => ("page", new ArticleView(page.Title, page.Description, body, page.Tags)),
            };
            yield return new HtmlPage(page.Url, template, page.Title, page.Language, view,
                page.Url == "/" ? [] : Crumbs.From(), page.Location, page.Description, page.Updated);
        }
    }

    private static HtmlPage Article(BuildContext context, Page page) =>
        new(page.Url, "page", page.Title, page.Language,
            new ArticleView(page.Title, page.Description, context.Markdown.Render(page.Body, page.Url, context.Diagnostics), page.Tags),
            Crumbs.From(), page.Location, page.Description, page.Updated);

    // The ways into the site, as the site's navigation lists them (the front page itself left out).
    private static IReadOnlyList<SectionLinkView> Sections(BuildContext context) =>
        context.Site.Settings.Navigation
            .Where(n => n.Url != "/")
            .Select(n => new SectionLinkView(n.Title, n.Url, n.Description ?? ""))
            .ToList();
}
