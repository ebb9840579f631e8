using Kompetanse.Diagnostics;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace Kompetanse.Markdown.ScriptGuard;

/// <summary>
/// Raw HTML is off, so a &lt;script&gt; in content would only show as text; but it is almost always a
/// pasted embed that will not work and should not: report it as an error at its line. Links to
/// javascript: (and the like) are refused too: they would run code when clicked.
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
        // Links that run code when followed (javascript:, vbscript:) or carry a document inside them (data:).
        private static bool ScriptScheme(string url) => Text.ExecutableUrls.SchemeOf(url) is not null;

        protected override void Process(InlineProcessor state, ContainerInline root, PageContext page)
        {
            for (var child = root.FirstChild; child is not null; child = child.NextSibling)
                Check(child, page);
        }

        private static void Check(Inline inline, PageContext page)
        {
            if (inline is LiteralInline literal && literal.Content.AsSpan().IndexOf("<script", StringComparison.OrdinalIgnoreCase) is var at and >= 0)
                page.Diagnostics.Report(Codes.ScriptInContent, page.Source.At(literal.Line, literal.Column + at));
            if (inline is LinkInline { Url: { } url } link)
            {
                if (ScriptScheme(url))
                {
                    page.Diagnostics.Report(Codes.ScriptLink, page.Source.At(link.Line, link.Column), url.Split(':')[0] + ":");
                    link.Url = "#"; // never rendered, even in a build that only shows its errors
                }
                else page.OnLink?.Invoke(url, page.Source.At(link.Line, link.Column));
            }
            // <javascript:…> is an autolink, not a link: it is checked the same way.
            if (inline is AutolinkInline { Url: { } autolink } auto && ScriptScheme(autolink))
            {
                page.Diagnostics.Report(Codes.ScriptLink, page.Source.At(auto.Line, auto.Column), autolink.Split(':')[0] + ":");
                auto.Url = "#";
            }
            if (inline is ContainerInline container)
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                    Check(child, page);
        }
    }
}
