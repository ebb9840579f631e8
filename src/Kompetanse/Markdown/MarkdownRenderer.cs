using Kompetanse.Diagnostics;
using Kompetanse.Markdown.DesignSystem;
using Kompetanse.Markdown.MarkdownLinks;
using Kompetanse.Markdown.ScriptGuard;
using Kompetanse.Markdown.TermLinking;
using Kompetanse.Model;
using Markdig;

namespace Kompetanse.Markdown;

/// <summary>Markdown → HTML through one pipeline per build: CommonMark plus our extensions, raw HTML off.</summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string File, string Url), SourceSpan> _links = new();

    /// <summary>Where a link was written: the first place in <paramref name="file"/> that links to <paramref name="url"/>.</summary>
    public SourceSpan? LinkPosition(string file, string url) => _links.TryGetValue((file, url), out var at) ? at : null;

    public MarkdownRenderer(IReadOnlyList<Term> terms)
    {
        _pipeline = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseAutoIdentifiers()
            .UseAutoLinks()
            .DisableHtml()
            .Use(new MarkdownLinksExtension())
            .Use(new ScriptGuardExtension()) // before term linking, which joins text across line breaks
            .Use(new TermLinkingExtension(terms))
            .Use(new DesignSystemExtension())
            .Build();
    }

    /// <summary>Renders one page's Markdown; problems go to <paramref name="diagnostics"/> with file positions.</summary>
    public string Render(MarkdownSource source, string pageUrl, DiagnosticBag diagnostics)
    {
        if (source.Text.Length == 0) return "";
        var page = new PageContext
        {
            PageUrl = pageUrl,
            Source = source,
            Diagnostics = diagnostics,
            OnLink = (url, at) => _links.TryAdd((at.Path, url), at),
        };
        var document = Markdig.Markdown.Parse(source.Text, _pipeline, page.ToParserContext());
        return document.ToHtml(_pipeline);
    }
}
