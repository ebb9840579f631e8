using Kompetanse.Loading;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kompetanse.Markdown.MarkdownLinks;

/// <summary>
/// Lets editors link the way they write: [text](../om/kontakt.md#adresse) becomes /om/kontakt/#adresse,
/// and ![Kart](kart.png) beside om/kontor.md becomes /om/kart.png. Relative links resolve from the linking
/// file's folder; the link checker then sees site URLs.
/// </summary>
public sealed class MarkdownLinksExtension : IMarkdownExtension
{
    private const string WrittenKey = "kompetanse.written-url";

    /// <summary>The link's URL as the editor wrote it, for messages (Url may have been rewritten).</summary>
    public static string AsWritten(LinkInline link) => link.GetData(WrittenKey) as string ?? link.Url ?? "";

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
                if (child is LinkInline { Url: { } url } link && Rewrite(url, from) is { } rewritten)
                {
                    link.SetData(WrittenKey, url);
                    link.Url = rewritten;
                }
                if (child is ContainerInline nested) RewriteLinks(nested, from);
            }
        }

        /// <summary>
        /// The site URL for a link written relative to the Markdown file: a .md file becomes its page's URL;
        /// a relative link to any other file (kart.png, ../vedlegg/plan.pdf) becomes that file's place in
        /// the site, as GitHub, VS Code and a CMS resolve it. Null when the link is left as written.
        /// </summary>
        public static string? Rewrite(string url, string fromInputPath)
        {
            if (url.Length == 0 || url.Contains(':') || url.StartsWith("//", StringComparison.Ordinal) || url[0] is '#' or '?') return null;
            int suffixAt = url.IndexOfAny(['#', '?']);
            string path = suffixAt >= 0 ? url[..suffixAt] : url;
            string suffix = suffixAt >= 0 ? url[suffixAt..] : "";
            bool page = path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
            // Site paths (/om/) and links to folders or pages (../roller/) keep meaning what they say.
            if (!page && (path.StartsWith('/') || !IsFileName(path))) return null;
            string folder = Path.GetDirectoryName(fromInputPath)?.Replace('\\', '/') ?? "";
            string combined = path.StartsWith('/') ? path.TrimStart('/') : (folder.Length > 0 ? folder + "/" + path : path);
            var parts = new List<string>();
            foreach (string part in Uri.UnescapeDataString(combined).Split('/'))
            {
                if (part is "" or ".") continue;
                if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); continue; }
                parts.Add(part);
            }
            string resolved = string.Join('/', parts);
            return page ? InputUrls.For(resolved) + suffix : "/" + resolved + suffix;
        }

        // The last segment names a file (has an extension), other than an HTML page.
        private static bool IsFileName(string path)
        {
            string name = path[(path.LastIndexOf('/') + 1)..];
            string extension = Path.GetExtension(name);
            return extension.Length > 1 && !extension.Equals(".html", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".htm", StringComparison.OrdinalIgnoreCase);
        }
    }
}
