using Kompetanse.Diagnostics;
using Kompetanse.Model;
using Markdig;

namespace Kompetanse.Markdown;

/// <summary>
/// What our extensions need to know about the page being parsed: its URL (a page never links a term
/// to itself), its source (for positions) and where to report problems. Travels in Markdig's parser context.
/// </summary>
public sealed class PageContext
{
    private const string Key = "kompetanse.page";

    public required string PageUrl { get; init; }
    public required MarkdownSource Source { get; init; }
    public required DiagnosticBag Diagnostics { get; init; }

    /// <summary>Told of every link written in the Markdown, with its place, so a broken one can be reported at its line.</summary>
    public Action<string, SourceSpan>? OnLink { get; init; }

    public MarkdownParserContext ToParserContext()
    {
        var context = new MarkdownParserContext();
        context.Properties[Key] = this;
        return context;
    }

    public static PageContext? From(MarkdownParserContext? context)
    {
        if (context is null) return null;
        // Asked by each extension for each block of a page: the page's context is found once.
        if (ReferenceEquals(context, t_lastContext)) return t_lastPage;
        var page = context.Properties.TryGetValue(Key, out var value) ? value as PageContext : null;
        (t_lastContext, t_lastPage) = (context, page);
        return page;
    }

    [ThreadStatic] private static MarkdownParserContext? t_lastContext;
    [ThreadStatic] private static PageContext? t_lastPage;
}
