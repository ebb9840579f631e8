using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Kompetanse.Markdown;

/// <summary>
/// Base for extensions that rewrite a block's finished inlines. Markdig runs post-processors of inline
/// parsers after each block's inlines are parsed; this parser never matches text itself (NUL never
/// reaches it: Markdig replaces it), it only takes part in post-processing, with the parser context at hand.
/// </summary>
public abstract class PostInlineStep : InlineParser, IPostInlineProcessor
{
    protected PostInlineStep() => OpeningCharacters = ['\0'];

    public override bool Match(InlineProcessor processor, ref Markdig.Helpers.StringSlice slice) => false;

    public bool PostProcess(InlineProcessor state, Inline? root, Inline? lastChild, int postInlineProcessorIndex, bool isFinalProcessing)
    {
        if (isFinalProcessing && root is ContainerInline container && PageContext.From(state.Context) is { } page)
            Process(state, container, page);
        return true;
    }

    protected abstract void Process(InlineProcessor state, ContainerInline root, PageContext page);

    /// <summary>
    /// The literals of a block, outside links, in document order, into <paramref name="result"/> (cleared first):
    /// a snapshot, so callers may replace them.
    /// </summary>
    protected static List<LiteralInline> LiteralsOutsideLinks(ContainerInline root, List<LiteralInline> result)
    {
        result.Clear();
        Collect(root, result);
        return result;

        static void Collect(ContainerInline container, List<LiteralInline> into)
        {
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is LiteralInline literal) into.Add(literal);
                else if (child is LinkInline) continue;
                else if (child is ContainerInline nested) Collect(nested, into);
            }
        }
    }
}
