using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Kompetanse.Diagnostics;
using Kompetanse.Markdown;
using Kompetanse.Model;

namespace Kompetanse.Tests;

/// <summary>The Markdown pipeline: Designsystemet classes, scrolling tables, raw HTML off.</summary>
public class MarkdownRenderingTests
{
    private static readonly MarkdownRenderer Renderer = new([]);

    private static IDocument Render(string markdown)
    {
        string html = Renderer.Render(new MarkdownSource(markdown, new SourceSpan("x.md", 1, 1)), "/om/", new DiagnosticBag());
        return new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
    }

    [Fact]
    public void HeadingsGetDesignSystemClassAndSize()
    {
        var doc = Render("## To\n\n### Tre\n\n#### Fire");
        Assert.All(doc.QuerySelectorAll("h2, h3, h4"), h => Assert.Contains("ds-heading", h.ClassList));
        Assert.Equal("md", doc.QuerySelector("h2")!.GetAttribute("data-size"));
        Assert.Equal("sm", doc.QuerySelector("h3")!.GetAttribute("data-size"));
    }

    [Fact]
    public void HeadingsGetAsciiAnchors()
    {
        Assert.Equal("saerskilt-sprakopplaering", Render("## Særskilt språkopplæring").QuerySelector("h2")!.Id);
    }

    [Fact]
    public void ParagraphsAndListsGetDesignSystemClasses()
    {
        var doc = Render("Avsnitt.\n\n- en\n- to\n\n1. en\n2. to\n\n> Sitat.");
        Assert.Contains("ds-paragraph", doc.QuerySelector("body > p")!.ClassList);
        Assert.Contains("ds-paragraph", doc.QuerySelector("blockquote > p")!.ClassList);
        Assert.Contains("ds-list", doc.QuerySelector("ul")!.ClassList);
        Assert.Contains("ds-list", doc.QuerySelector("ol")!.ClassList);
    }

    [Fact]
    public void LinksGetTheDesignSystemClass()
    {
        var doc = Render("[Udir](https://www.udir.no/) og www.udir.no");
        var links = doc.QuerySelectorAll("a");
        Assert.Equal(2, links.Length);
        Assert.All(links, a => Assert.Contains("ds-link", a.ClassList));
        Assert.Empty(doc.QuerySelectorAll("img.ds-link"));
    }

    // CommonMark's own autolink form, <https://…>, is a link like any other and should look like one.
    [Fact]
    public void AngleBracketAutolinksGetTheDesignSystemClass()
    {
        var link = Render("Se <https://www.udir.no/>.").QuerySelector("a")!;
        Assert.Contains("ds-link", link.ClassList);
    }

    [Fact]
    public void TablesScrollInAFocusableLabelledRegion()
    {
        var doc = Render("| a | b |\n|---|---|\n| 1 | 2 |");
        var table = doc.QuerySelector("table")!;
        Assert.Contains("ds-table", table.ClassList);
        var region = table.ParentElement!;
        Assert.Equal("region", region.GetAttribute("role"));
        Assert.Equal("0", region.GetAttribute("tabindex"));
        Assert.False(string.IsNullOrWhiteSpace(region.GetAttribute("aria-label")));
    }

    [Fact]
    public void RawHtmlIsShownAsText()
    {
        var doc = Render("Dette er <b>fet</b> og <img src=x onerror=alert(1)>.\n\n<div>blokk</div>");
        Assert.Empty(doc.QuerySelectorAll("b, img, div"));
        Assert.Contains("<b>fet</b>", doc.Body!.TextContent);
    }

    [Fact]
    public void EmptyBodyRendersNothing()
    {
        Assert.Equal("", Renderer.Render(MarkdownSource.Empty, "/om/", new DiagnosticBag()));
    }
}
