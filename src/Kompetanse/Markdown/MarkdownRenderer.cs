using System.Collections.Concurrent;
using Kompetanse.Diagnostics;
using Kompetanse.Markdown.DesignSystem;
using Kompetanse.Markdown.Images;
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

    // The Markdown rendered from each file, kept so that a broken link can be found again where it is written.
    // Links are looked for only when one is broken (rarely), not recorded as every page is rendered.
    private readonly ConcurrentDictionary<string, RenderedSources> _sources = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, SourceSpan>> _linksOf = new(StringComparer.Ordinal);
    private int _build;

    // What was rendered from one file in one build (a guide has a Markdown text a step), and for which page.
    private sealed record RenderedSources(int Build, (MarkdownSource Source, string PageUrl)[] Sources);

    /// <summary>
    /// Preview renders with the same renderer again: from now on a file's Markdown replaces what an earlier
    /// build rendered from it. A file that is not rendered again (its page was kept) keeps what it had.
    /// </summary>
    public void StartBuild()
    {
        Interlocked.Increment(ref _build);
        _linksOf.Clear();
    }

    /// <summary>Where a link was written: the first place in <paramref name="file"/> that links to <paramref name="url"/>.</summary>
    public SourceSpan? LinkPosition(string file, string url) =>
        _linksOf.GetOrAdd(file, LinksIn).TryGetValue(Normalized(url), out var at) ? at : null;

    // Every link the file's Markdown has, at its first place: found by parsing it again, as it was rendered.
    private IReadOnlyDictionary<string, SourceSpan> LinksIn(string file)
    {
        var links = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        if (!_sources.TryGetValue(file, out var rendered)) return links;
        foreach (var (source, pageUrl) in rendered.Sources)
        {
            var page = new PageContext
            {
                PageUrl = pageUrl,
                Source = source,
                Diagnostics = new DiagnosticBag(), // reported when it was rendered
                OnLink = (url, at) => links.TryAdd(Normalized(url), at),
            };
            try { Markdig.Markdown.Parse(source.Text, _pipeline, page.ToParserContext()); }
            catch (ArgumentException) { } // too deeply nested: reported when it was rendered
        }
        return links;
    }

    private void Remember(MarkdownSource source, string pageUrl)
    {
        int build = _build;
        _sources.AddOrUpdate(source.Start.Path,
            _ => new RenderedSources(build, [(source, pageUrl)]),
            (_, had) => had.Build != build ? new RenderedSources(build, [(source, pageUrl)])
                : had.Sources.Contains((source, pageUrl)) ? had
                : new RenderedSources(build, [.. had.Sources, (source, pageUrl)]));
    }

    // The HTML holds a link percent-encoded ("a%20b.html", "%C3%B8.html") where the Markdown has it as
    // written ("<a b.html>", "ø.html"): both are looked up decoded.
    private static string Normalized(string url) => url.Contains('%') ? Uri.UnescapeDataString(url) : url;

    /// <param name="publishedFiles">The files the site copies as they are, by site path ("om/kart.png") → the bytes published (read once through the input gate): images are checked against them.</param>
    public MarkdownRenderer(IReadOnlyList<Term> terms, IReadOnlyDictionary<string, byte[]>? publishedFiles = null)
    {
        _pipeline = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseAutoIdentifiers()
            .UseAutoLinks()
            .DisableHtml()
            .Use(new MarkdownLinksExtension())
            .Use(new ImagesExtension(publishedFiles ?? new Dictionary<string, byte[]>()))
            .Use(new ScriptGuardExtension()) // before term linking, which joins text across line breaks
            .Use(new TermLinkingExtension(terms))
            .Use(new DesignSystemExtension())
            .Build();
    }

    /// <summary>Renders one page's Markdown; problems go to <paramref name="diagnostics"/> with file positions.</summary>
    public string Render(MarkdownSource source, string pageUrl, DiagnosticBag diagnostics) => Parse(source, pageUrl, diagnostics).ToString();

    /// <summary>
    /// Parses one page's Markdown, reporting its problems; the HTML is made where the page template prints it
    /// (<see cref="MarkdownHtml"/>).
    /// </summary>
    public MarkdownHtml Parse(MarkdownSource source, string pageUrl, DiagnosticBag diagnostics)
    {
        if (source.IsEmpty) return MarkdownHtml.Empty;
        string text = source.Text;
        var page = new PageContext
        {
            PageUrl = pageUrl,
            Source = source,
            Diagnostics = diagnostics,
        };
        Remember(source, pageUrl);
        try
        {
            return new MarkdownHtml(Markdig.Markdown.Parse(text, _pipeline, page.ToParserContext()), _pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig stops at its depth limit without saying where; point at the most nested line.
            diagnostics.Report(Codes.NestedTooDeeply, source.Start.Offset(MostNestedLine(text)) with { Column = 1 }, "the Markdown", "Markdig's limit of 128");
            return MarkdownHtml.Empty;
        }
    }

    // The 0-based line with the most nesting marks (quote markers, brackets, emphasis, list indentation):
    // where the limit bit.
    private static int MostNestedLine(string text)
    {
        int best = 0, bestCount = -1, line = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var content = text.AsSpan(range);
            var trimmed = content.TrimStart(' ');
            int count = (content.Length - trimmed.Length) / 2;
            foreach (char c in trimmed)
                if (c is '>' or '[' or '(' or '*' or '_' or '-' or '+') count++;
            if (count > bestCount) (best, bestCount) = (line, count);
            line++;
        }
        return best;
    }
}
