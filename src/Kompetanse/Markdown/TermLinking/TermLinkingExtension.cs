using Kompetanse.Model;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kompetanse.Markdown.TermLinking;

/// <summary>
/// Links the first occurrence of each term on a page to the page that explains it, and marks abbreviations
/// up as &lt;abbr&gt; everywhere. Never inside headings, links, code or braces ("{styrer}"), and never a link
/// from a page to itself.
/// </summary>
public sealed class TermLinkingExtension(IReadOnlyList<Term> terms) : IMarkdownExtension
{
    private readonly TermMatcher _matcher = new(terms);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<UnlinkedTextParser>()) pipeline.InlineParsers.Add(new UnlinkedTextParser(_matcher));
        if (!pipeline.InlineParsers.Contains<TermLinker>()) pipeline.InlineParsers.Add(new TermLinker(_matcher));
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        if (!html.ObjectRenderers.Contains<HtmlAbbreviationRenderer>()) html.ObjectRenderers.Add(new HtmlAbbreviationRenderer());
        if (!html.ObjectRenderers.Contains<HtmlUnlinkedTextRenderer>()) html.ObjectRenderers.Add(new HtmlUnlinkedTextRenderer());
    }

    private sealed class TermLinker(TermMatcher matcher) : PostInlineStep
    {
        private static readonly object LinkedKey = new();

        protected override void Process(InlineProcessor state, ContainerInline root, PageContext page)
        {
            if (state.Block is HeadingBlock) return;
            var linked = state.Document.GetData(LinkedKey) as HashSet<string>;
            if (linked is null) state.Document.SetData(LinkedKey, linked = new HashSet<string>(StringComparer.Ordinal));

            JoinSoftLineBreaks(root);
            // The thread's list, reused from block to block (Rewrite never asks for another).
            var literals = LiteralsOutsideLinks(root, t_literals ??= []);
            foreach (var literal in literals)
                Rewrite(literal, page, linked);
            literals.Clear();
        }

        [ThreadStatic] private static List<LiteralInline>? t_literals;

        [ThreadStatic] private static List<(int Index, int Length, Term Term)>? t_found;

        // Splits one literal around each term it holds: text, link or abbreviation, text, …
        private void Rewrite(LiteralInline literal, PageContext page, HashSet<string> linked)
        {
            var slice = literal.Content;
            if (slice.Text is null || slice.Length == 0) return;
            var found = t_found ??= [];
            found.Clear();
            matcher.Find(slice.Text, slice.Start, slice.End + 1, found);
            if (found.Count == 0) return;

            string text = slice.Text;
            bool Wanted(Term t) => t.TargetUrl != page.PageUrl ? (!linked.Contains(t.TargetUrl) || t.IsAbbreviation) : t.IsAbbreviation;
            Inline cursor = literal;
            int done = slice.Start;
            foreach (var (index, length, term) in found)
            {
                if (!Wanted(term)) continue;
                string match = text.Substring(index, length);
                if (index > done) cursor = InsertAfter(cursor, new LiteralInline(text[done..index]));
                Inline replacement = term.IsAbbreviation ? new AbbreviationInline(match, term.Explanation) : new LiteralInline(match);
                bool link = term.TargetUrl != page.PageUrl && linked.Add(term.TargetUrl);
                if (link)
                {
                    var anchor = new LinkInline(term.TargetUrl, "") { IsClosed = true };
                    anchor.GetAttributes().AddClass("term");
                    anchor.AppendChild(replacement);
                    replacement = anchor;
                }
                cursor = InsertAfter(cursor, replacement);
                // A link into a page in another language tells the browser (hreflang); between Swedish and Norwegian,
                // which readers do not take for one another, it says so in words too.
                if (link && page.Source.Language is { } here && here != term.Language)
                {
                    ((LinkInline)replacement).GetAttributes().AddProperty("hreflang", term.Language);
                    if (OtherLanguage.NeedsWord(here, term.Language))
                        cursor = InsertAfter(cursor, new LiteralInline($" ({OtherLanguage.Name(term.Language, here)})"));
                }
                done = index + length;
            }
            if (ReferenceEquals(cursor, literal)) return; // nothing wanted
            if (done <= slice.End) InsertAfter(cursor, new LiteralInline(text[done..(slice.End + 1)]));
            literal.Remove();
        }

        // "sakkyndig⏎vurdering" is one term written over two lines: join the text around a soft line
        // break (which renders as white space anyway) so the longest term still wins.
        private static void JoinSoftLineBreaks(ContainerInline container)
        {
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is ContainerInline nested and not LinkInline) JoinSoftLineBreaks(nested);
                while (child is LiteralInline before && before.NextSibling is LineBreakInline { IsHard: false } lineBreak
                       && lineBreak.NextSibling is LiteralInline after)
                {
                    before.Content = new Markdig.Helpers.StringSlice(before.Content.ToString() + "\n" + after.Content.ToString());
                    lineBreak.Remove();
                    after.Remove();
                }
            }
        }

        private static Inline InsertAfter(Inline cursor, Inline next)
        {
            cursor.InsertAfter(next);
            return next;
        }
    }
}
