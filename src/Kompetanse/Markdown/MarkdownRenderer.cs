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
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string File, string Url), SourceSpan> _links = new();

    /// <summary>Where a link was written: the first place in <paramref name="file"/> that links to <paramref name="url"/>.</summary>
    public SourceSpan? LinkPosition(string file, string url) => _links.TryGetValue((file, Normalized(url)), out var at) ? at : null;

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
            OnLink = (url, at) => _links.TryAdd((at.Path, Normalized(url)), at),
        };
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
