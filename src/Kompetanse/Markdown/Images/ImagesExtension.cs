using System.Collections.Concurrent;
using System.Globalization;
using Kompetanse.Diagnostics;
using Kompetanse.Markdown.MarkdownLinks;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Kompetanse.Markdown.Images;

/// <summary>
/// Images in content: each must have a text alternative (WCAG 1.1.1) unless the editor marks it
/// decorative with the title "dekorativ"; each gets its width and height from its file (one the site does
/// not publish is a broken link, reported by the link check) so the page does not shift as it loads. Images from other hosts are refused: the
/// site's Content-Security-Policy would block them, and loading them would tell that host who reads the page.
/// </summary>
public sealed class ImagesExtension(IReadOnlyDictionary<string, byte[]> publishedFiles) : IMarkdownExtension
{
    /// <summary>The title that marks an image as decorative: it gets alt="" and no title.</summary>
    public const string DecorativeTitle = "dekorativ";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.InlineParsers.Contains<Checker>()) return;
        // After the link rewriter, so relative image paths are already site paths.
        int after = pipeline.InlineParsers.FindIndex(p => p is PostInlineStep && p.GetType().DeclaringType == typeof(MarkdownLinksExtension));
        pipeline.InlineParsers.Insert(after + 1, new Checker(publishedFiles));
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    private sealed class Checker(IReadOnlyDictionary<string, byte[]> publishedFiles) : PostInlineStep
    {
        private readonly ConcurrentDictionary<string, (ImageSize? Size, string? Problem)> _sizes = new(StringComparer.Ordinal);

        protected override void Process(InlineProcessor state, ContainerInline root, PageContext page) => Visit(root, page);

        private void Visit(ContainerInline container, PageContext page)
        {
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is LinkInline { IsImage: true } image) Check(image, page);
                if (child is ContainerInline nested) Visit(nested, page);
            }
        }

        private void Check(LinkInline image, PageContext page)
        {
            var at = page.Source.At(image.Line, image.Column);
            string written = MarkdownLinksExtension.AsWritten(image);
            if (image.Title == DecorativeTitle)
            {
                image.Title = null;
                while (image.FirstChild is { } alt) alt.Remove();
            }
            else if (!HasText(image))
            {
                page.Diagnostics.Report(Codes.ImageWithoutAlt, at, written);
            }

            string url = image.Url ?? "";
            if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase)) return;
            if (url.StartsWith("//", StringComparison.Ordinal) || url.Contains("://", StringComparison.Ordinal))
            {
                page.Diagnostics.Report(Codes.ImageFromOtherHost, at, url);
                return;
            }
            if (!url.StartsWith('/')) return; // relative to a page without a file of its own: the link check sees it
            string path = Uri.UnescapeDataString(url.Split('#', '?')[0].TrimStart('/'));
            if (!publishedFiles.TryGetValue(path, out var file)) return; // the link check reports it, at the same place
            var (size, problem) = _sizes.GetOrAdd(path, p => ImageSize.Read(file, p));
            if (size is not { } known)
            {
                page.Diagnostics.Report(Codes.ImageUnreadable, at, written, problem ?? "");
                return;
            }
            var attributes = image.GetAttributes();
            attributes.AddProperty("width", known.Width.ToString(CultureInfo.InvariantCulture));
            attributes.AddProperty("height", known.Height.ToString(CultureInfo.InvariantCulture));
        }

        private static bool HasText(ContainerInline image)
        {
            for (var child = image.FirstChild; child is not null; child = child.NextSibling)
                if (child is not LiteralInline literal || !literal.Content.IsEmptyOrWhitespace()) return true;
            return false;
        }
    }
}
