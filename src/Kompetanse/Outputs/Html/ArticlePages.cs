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

    public IEnumerable<HtmlPage> Pages(BuildContext context) => context.Site.Pages.Select(page => Make(context, page));

    private static HtmlPage Make(BuildContext context, Page page)
    {
        var site = context.Site;
        switch (page.Url)
        {
            case "/":
                string home = context.Markdown.Render(page.Body, page.Url, context.Diagnostics);
                return new HtmlPage(page.Url, "home", page.Title, page.Language,
                    new HomeView(page.Title, page.Description, home, Sections(context), site.Concepts.Where(c => c.Shared).Select(ConceptPages.Link).ToList()),
                    [], page.Location, page.Description, page.Updated);
            case AccessibilityUrl:
                string text = context.Markdown.Render(page.Body, page.Url, context.Diagnostics);
                return new HtmlPage(page.Url, "accessibility", page.Title, page.Language,
                    new AccessibilityView(page.Title, page.Description, text, site.Settings.AccessibilityStatementUrl),
                    Crumbs.From(), page.Location, page.Description, page.Updated);
            default:
                // A plain page depends only on its own file and on what the cache's fingerprint covers.
                return context.Cache is { } cache ? cache.Article(page, p => Article(context, p)) : Article(context, page);
        }
    }

    // The Markdown is rendered by the worker that applies the template (most of a large site's pages).
    private static HtmlPage Article(BuildContext context, Page page) =>
        new(page.Url, "page", page.Title, page.Language,
            new DeferredView(() => new ArticleView(page.Title, page.Description, context.Markdown.Parse(page.Body, page.Url, context.Diagnostics), page.Tags)),
            Crumbs.From(), page.Location, page.Description, page.Updated);

    // The ways into the site, as the site's navigation lists them (the front page itself left out).
    internal static IReadOnlyList<SectionLinkView> Sections(BuildContext context) =>
        context.Site.Settings.Navigation
            .Where(n => n.Url != "/")
            .Select(n => new SectionLinkView(n.Title, n.Url, n.Description ?? ""))
            .ToList();
}
