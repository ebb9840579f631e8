using Kompetanse.Loading;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kompetanse.Markdown.MarkdownLinks;

/// <summary>
/// Lets editors link the way they write: [text](../om/kontakt.md#adresse) becomes /om/kontakt/#adresse.
/// Relative .md links resolve from the linking file's folder; the link checker then sees page URLs.
/// </summary>
public sealed class MarkdownLinksExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<Rewriter>()) pipeline.InlineParsers.Insert(0, new Rewriter());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    private sealed class Rewriter : PostInlineStep
    {
        protected override void Process(InlineProcessor state, ContainerInline root, PageContext page)
        {
            if (page.Source.InputPath is not { } from) return;
            RewriteLinks(root, from);
        }

        private static void RewriteLinks(ContainerInline container, string from)
        {
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is LinkInline { Url: { } url } link && Rewrite(url, from) is { } rewritten) link.Url = rewritten;
                if (child is ContainerInline nested) RewriteLinks(nested, from);
            }
        }

        /// <summary>The page URL for a link to a .md file, or null when the link is something else.</summary>
        public static string? Rewrite(string url, string fromInputPath)
        {
            if (url.Contains(':') || url.StartsWith("//", StringComparison.Ordinal)) return null;
            int hash = url.IndexOf('#');
            if (!(hash >= 0 ? url.AsSpan(0, hash) : url).EndsWith(".md", StringComparison.OrdinalIgnoreCase)) return null;
            string path = hash >= 0 ? url[..hash] : url;
            string anchor = hash >= 0 ? url[hash..] : "";
            if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) return null;
            string folder = Path.GetDirectoryName(fromInputPath)?.Replace('\\', '/') ?? "";
            string combined = path.StartsWith('/') ? path.TrimStart('/') : (folder.Length > 0 ? folder + "/" + path : path);
            var parts = new List<string>();
            foreach (string part in Uri.UnescapeDataString(combined).Split('/'))
            {
                if (part is "" or ".") continue;
                if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); continue; }
                parts.Add(part);
            }
            return InputUrls.For(string.Join('/', parts)) + anchor;
        }
    }
}
