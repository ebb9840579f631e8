using Kompetanse.Diagnostics;
using Kompetanse.Markdown;
using Kompetanse.Model;
using Kompetanse.Rendering;

namespace Kompetanse.Outputs;

/// <summary>What every output module gets: the bound site, the parsed theme, the Markdown pipeline, and where to report.</summary>
public sealed record BuildContext(SiteModel Site, Theme Theme, MarkdownRenderer Markdown, DiagnosticBag Diagnostics)
{
    /// <summary>Every page of the site, made once before the output modules run (HTML, sitemap, feed read them).</summary>
    public IReadOnlyList<Html.HtmlPage> Pages { get; init; } = [];

    /// <summary>Preview's cache of unchanged pages; null in a normal build, which makes everything.</summary>
    public RenderCache? Cache { get; init; }

    /// <summary>decap-server's address for the editor's local_backend; null for the usual http://localhost:8081/api/v1.</summary>
    public string? CmsLocalBackend { get; init; }

    /// <summary>Where long stages say how far they have come (a status line on a terminal).</summary>
    public IProgress<string>? Progress { get; init; }
}

/// <summary>One kind of output (HTML pages, theme assets, sitemap, …). Modules run in parallel and only add to the sink.</summary>
public interface IOutputModule
{
    string Name { get; }
    void Produce(BuildContext context, OutputSink sink);
}
