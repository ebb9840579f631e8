using System.Collections.Concurrent;
using Kompetanse.Diagnostics;
using Kompetanse.Rendering;
using Kompetanse.Rendering.Views;
using Kompetanse.Text;

namespace Kompetanse.Outputs.Html;

/// <summary>
/// Every HTML page of the site: asks each page source for its pages, renders each through its template and
/// the base layout, in parallel.
/// </summary>
public sealed class HtmlPagesOutput : IOutputModule
{
    public static readonly IReadOnlyList<string> Stylesheets =
    [
        ThemeAssetsOutput.DesignSystemThemeUrl,
        ThemeAssetsOutput.DesignSystemUrl,
        "/assets/site.css",
    ];

    public string Name => "html";

    /// <summary>The pages, made but not rendered: other outputs (search, sitemap) read them too.</summary>
    public static IReadOnlyList<HtmlPage> Collect(BuildContext context, IReadOnlyList<IPageSource> sources)
    {
        var pages = new ConcurrentBag<HtmlPage>();
        Parallel.ForEach(sources, source => { foreach (var page in source.Pages(context)) pages.Add(page); });
        return pages.OrderBy(p => p.Url, StringComparer.Ordinal).ToList();
    }

    public void Produce(BuildContext context, OutputSink sink)
    {
        var pages = context.Pages;
        var scripts = ThemeAssetsOutput.Scripts(context.Theme);
        var missing = new ConcurrentDictionary<string, bool>();
        int done = 0;
        // One renderer a core: the thread pool would add threads while pages take long, and a third or fourth
        // renderer on two cores only switches back and forth, with one more page half made at each collection.
        Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, page =>
        {
            if (Interlocked.Increment(ref done) % 500 == 0) context.Progress?.Report($"rendering {done}/{pages.Count} pages");
            try
            {
                var file = context.Cache is { } cache ? cache.Rendered(page, p => Render(context, p, scripts)) : Render(context, page, scripts);
                sink.Add(file);
                // The page's search fragment goes out with it (SearchIndexOutput joins the rest after all pages).
                if (file.SearchEntry is { } entry) sink.Add(entry.FragmentFile);
            }
            catch (TemplateMissingException e)
            {
                if (missing.TryAdd(e.TemplateName, true))
                    context.Diagnostics.Report(Codes.MissingTemplate, SourceSpan.File(context.Theme.Folder), e.TemplateName + ".liquid");
            }
            catch (Scriban.Syntax.ScriptRuntimeException e)
            {
                context.Diagnostics.Report(Codes.TemplateRender, page.Source, page.Template, e.Message);
            }
        });
    }

    private static OutputFile Render(BuildContext context, HtmlPage page, IReadOnlyList<string> scripts)
    {
        object view = page.View is DeferredView deferred ? deferred.Make() : page.View;
        // The page's template is rendered where the base layout prints its content, into the same output.
        var content = context.Theme.Call(page.Template, new Dictionary<string, object> { ["view"] = view });
        var layout = Layout(context, page, view, content, scripts);
        // The page is read for links and search text where it was rendered, while this core is warm, and
        // encoded from there: its text never becomes a string of its own.
        var html = context.Theme.RenderInPlace(Theme.BaseLayout, new Dictionary<string, object> { ["page"] = layout }).Span;
        var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(html)];
        System.Text.Encoding.UTF8.GetBytes(html, bytes);
        return new OutputFile(page.OutputPath, bytes, page.Source)
        {
            Facts = HtmlFacts.Read(html),
            SearchEntry = SearchIndexOutput.EntryOf(page, html),
        };
    }

    private static LayoutView Layout(BuildContext context, HtmlPage page, object view, object content, IReadOnlyList<string> scripts)
    {
        var settings = context.Site.Settings;
        var navigation = settings.Navigation
            .Select(n => new NavigationView(n.Title, n.Url, n.Url == "/" ? page.Url == "/" : page.Url.StartsWith(n.Url, StringComparison.Ordinal)))
            .ToList();
        string documentTitle = page.Url == "/" ? $"{page.Title} – {settings.Municipality}" : $"{page.Title} – {settings.Name}";
        return new LayoutView(
            settings.Name,
            settings.Municipality,
            page.Language,
            page.Language != settings.Language ? settings.Language : null,
            page.Title,
            documentTitle,
            page.Description,
            page.Url,
            settings.BaseUrl.TrimEnd('/') + page.Url,
            page.Breadcrumbs,
            navigation,
            Stylesheets,
            scripts,
            context.Site.LastChanged(page) is { } d ? new DateView(NorwegianDates.LongDate(d), NorwegianDates.IsoDate(d)) : null,
            ArticlePages.AccessibilityUrl,
            content,
            (view as RedirectView)?.Target)
        {
            SecurityPolicy = page.ServedAnywhere ? Netlify.SiteHeaders.ForMeta(Netlify.SiteHeaders.SitePolicy) : null,
        };
    }
}
