using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Kompetanse.Markdown.TermLinking;

/// <summary>An abbreviation with its full name: &lt;abbr title="Individuell opplæringsplan"&gt;IOP&lt;/abbr&gt;.</summary>
public sealed class AbbreviationInline(string text, string explanation) : LeafInline
{
    public string Text { get; } = text;
    public string Explanation { get; } = explanation;
}

public sealed class HtmlAbbreviationRenderer : HtmlObjectRenderer<AbbreviationInline>
{
    protected override void Write(HtmlRenderer renderer, AbbreviationInline abbreviation)
    {
        renderer.Write("<abbr title=\"").WriteEscape(abbreviation.Explanation).Write("\">");
        renderer.WriteEscape(abbreviation.Text).Write("</abbr>");
    }
}
