using System.Globalization;
using Kompetanse.Rendering;
using Markdig;
using Markdig.Syntax;

namespace Kompetanse.Markdown;

/// <summary>
/// A page's Markdown, parsed (every diagnostic already reported) and rendered to HTML when the page template
/// prints it: into the page's own output, so a page's body is never a string of its own.
/// </summary>
public sealed class MarkdownHtml : IHtmlContent
{
    public static readonly MarkdownHtml Empty = new(null, null);

    private readonly MarkdownDocument? _document;
    private readonly MarkdownPipeline? _pipeline;

    internal MarkdownHtml(MarkdownDocument? document, MarkdownPipeline? pipeline)
    {
        _document = document;
        _pipeline = pipeline;
    }

    public void WriteTo(System.Text.StringBuilder output)
    {
        if (_document is not null) _document.ToHtml(new StringWriter(output, CultureInfo.InvariantCulture), _pipeline);
    }

    /// <summary>The HTML as a string of its own, where one is needed.</summary>
    public override string ToString() => _document is null ? "" : _document.ToHtml(_pipeline);
}
