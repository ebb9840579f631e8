using Kompetanse.Diagnostics;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Kompetanse.Markdown.TermLinking;

/// <summary>
/// Text the editor wrapped in braces, "{styrer}": shown as it is, without the braces, and never linked
/// or marked up as a term. Braces are plain text to Markdown editors and CMSs, so they survive editing.
/// </summary>
public sealed class UnlinkedTextInline(string text) : LeafInline
{
    public string Text { get; } = text;
}

public sealed class HtmlUnlinkedTextRenderer : HtmlObjectRenderer<UnlinkedTextInline>
{
    protected override void Write(HtmlRenderer renderer, UnlinkedTextInline unlinked) => renderer.WriteEscape(unlinked.Text);
}

/// <summary>
/// Reads "{text}" on one line, with no brace inside. Braces that hold no term are most likely meant as
/// braces: they are still taken away (one rule is easier to remember) but reported, with the way to keep them.
/// </summary>
internal sealed class UnlinkedTextParser : InlineParser
{
    private readonly TermMatcher _matcher;

    public UnlinkedTextParser(TermMatcher matcher)
    {
        _matcher = matcher;
        OpeningCharacters = ['{'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        int start = slice.Start;
        string text = slice.Text;
        int close = start + 1;
        while (close <= slice.End && text[close] is not ('}' or '{' or '\n' or '\r')) close++;
        if (close > slice.End || text[close] != '}') return false;
        string inner = text[(start + 1)..close];
        if (string.IsNullOrWhiteSpace(inner)) return false;

        var position = processor.GetSourcePosition(start, out int line, out int column);
        if (_matcher.Matches(inner).Count == 0 && PageContext.From(processor.Context) is { } page)
            page.Diagnostics.Report(Codes.NoTermInBraces, page.Source.At(line, column), inner);
        processor.Inline = new UnlinkedTextInline(inner)
        {
            Span = new Markdig.Syntax.SourceSpan(position, position + close - start),
            Line = line,
            Column = column,
        };
        slice.Start = close + 1;
        return true;
    }
}
