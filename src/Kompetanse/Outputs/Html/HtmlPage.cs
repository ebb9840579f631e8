using Kompetanse.Diagnostics;
using Kompetanse.Rendering.Views;

namespace Kompetanse.Outputs.Html;

/// <summary>
/// A page to render: which template presents which view, and what surrounds it. Made by the page sources,
/// rendered by <see cref="HtmlPagesOutput"/>. The view may be a <see cref="DeferredView"/>, made only when
/// the page is rendered.
/// </summary>
public sealed record HtmlPage(
    string Url,
    string Template,
    string Title,
    string Language,
    object View,
    IReadOnlyList<LinkView> Breadcrumbs,
    SourceSpan Source,
    string? Description = null,
    DateOnly? Updated = null)
{
    /// <summary>"/begreper/vurdering/" → "begreper/vurdering/index.html"; "/404.html" stays a file.</summary>
    public string OutputPath
    {
        get
        {
            // Worked out once per URL (a copy made with another URL works it out again).
            if (_outputPath is { } known && ReferenceEquals(known.Url, Url)) return known.Path;
            string path = Url.EndsWith(".html", StringComparison.Ordinal) ? Url.TrimStart('/')
                : Url.Trim('/') is { Length: > 0 } folder ? folder + "/index.html" : "index.html";
            _outputPath = (Url, path);
            return path;
        }
    }

    private (string Url, string Path)? _outputPath;

    /// <summary>
    /// Served at any address that has no page (404): the headers netlify.toml gives by path do not reach it,
    /// so the page carries its own Content-Security-Policy.
    /// </summary>
    public bool ServedAnywhere { get; init; }

    /// <summary>Pages such as 404 and redirect stubs are not listed in the sitemap, the feed or the search index.</summary>
    public bool Listed { get; init; } = true;

    /// <summary>What the search index calls this kind of page: begrep, rolle, skjema, plan or side.</summary>
    public string Kind { get; init; } = "side";

    /// <summary>Other names of the page's subject that search counts as its title: a concept's or role's aliases and abbreviation.</summary>
    public IReadOnlyList<string> SearchNames { get; init; } = [];
}

/// <summary>
/// A view made by the worker that renders the page, right before its template: a page's rendered Markdown
/// then lives as long as that one render, instead of from the first page to the last.
/// </summary>
public sealed class DeferredView(Func<object> make)
{
    public object Make() => make();
}

/// <summary>A source of pages for one content type (concepts, roles, …).</summary>
public interface IPageSource
{
    IEnumerable<HtmlPage> Pages(BuildContext context);
}
