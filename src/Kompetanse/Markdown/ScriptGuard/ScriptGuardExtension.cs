using Kompetanse.Diagnostics;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace Kompetanse.Markdown.ScriptGuard;

/// <summary>
/// Raw HTML is off, so a &lt;script&gt; in content would only show as text; but it is almost always a
/// pasted embed that will not work and should not: report it as an error at its line.
/// </summary>
public sealed class ScriptGuardExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<ScriptFinder>()) pipeline.InlineParsers.Add(new ScriptFinder());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    private sealed class ScriptFinder : PostInlineStep
    {
        protected override void Process(InlineProcessor state, ContainerInline root, PageContext page)
        {
            for (var child = root.FirstChild; child is not null; child = child.NextSibling)
                Check(child, page);
        }

        private static void Check(Inline inline, PageContext page)
        {
            if (inline is LiteralInline literal && literal.Content.ToString().Contains("<script", StringComparison.OrdinalIgnoreCase))
                page.Diagnostics.Report(Codes.ScriptInContent, page.Source.At(literal.Line, literal.Column));
            if (inline is ContainerInline container)
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                    Check(child, page);
        }
    }
}
