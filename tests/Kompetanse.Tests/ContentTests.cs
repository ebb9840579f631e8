using Kompetanse.Diagnostics;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>Diagnostics about Markdown content: scripts (KMP030) and internal links and anchors (KMP070, KMP071).</summary>
public class ContentTests
{
    // A concept file whose body starts on line 5: '---', title, definition, '---', body.
    private static TestSite WithConceptBody(string body) => new TestSite().Concept("vurdering", "Vurdering", body: body);

    [Fact]
    public void ScriptInMarkdownIsAnErrorAtItsLine()
    {
        using var site = WithConceptBody("Første avsnitt.\n\nHer er <script>alert(1)</script> midt i teksten.");
        var result = site.Build();
        var d = result.Single("KMP030", "concepts/vurdering.md");
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal(7, d.Location.Line);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void ScriptInMarkdownColumnPointsAtTheTag()
    {
        using var site = WithConceptBody("Første avsnitt.\n\nHer er <script>alert(1)</script> midt i teksten.");
        site.Build().Single("KMP030", "concepts/vurdering.md").AssertAt(7, "Her er ".Length + 1);
    }

    [Fact]
    public void ScriptOnTheSecondLineOfAParagraph()
    {
        using var site = WithConceptBody("Første linje\nandre linje <SCRIPT src=\"https://evil.example/x.js\"></SCRIPT>");
        Assert.Equal(6, site.Build().Single("KMP030", "concepts/vurdering.md").Location.Line);
    }

    [Theory]
    [InlineData("> Sitat med <script>x</script>", 5)]
    [InlineData("- punkt\n  - underpunkt <script>x</script>", 6)]
    [InlineData("| a | b |\n|---|---|\n| <script>x</script> | c |", 7)]
    [InlineData("[lenke <script>](/begreper/)", 5)]
    [InlineData("## Overskrift <script>", 5)]
    public void ScriptInsideOtherMarkdownIsFound(string body, int line)
    {
        using var site = WithConceptBody(body);
        Assert.Equal(line, site.Build().Single("KMP030", "concepts/vurdering.md").Location.Line);
    }

    [Fact]
    public void ScriptIsNeverWrittenAsAnElement()
    {
        using var site = WithConceptBody("Tekst <script>alert(1)</script>");
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("Skriv `<script>` i koden.")]
    [InlineData("```html\n<script src=\"/assets/x.js\"></script>\n```")]
    [InlineData("    <script>indentert kode</script>")]
    public void ScriptInCodeIsFine(string body)
    {
        using var site = WithConceptBody(body);
        site.Build().AssertClean();
    }

    [Fact]
    public void BrokenInternalLink()
    {
        using var site = new TestSite().File("om.md", "---\ntitle: Om\n---\nSe [siden som mangler](/finnes-ikke/).\n");
        var result = site.Build();
        var d = result.Single("KMP070", "om.md");
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("/finnes-ikke/", d.Message);
        Assert.Contains("/om/", d.Message);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void BrokenRelativeLinkFromAConcept()
    {
        using var site = new TestSite().Concept("vurdering", "Vurdering", body: "Se [et annet begrep](../finnes-ikke/).");
        var d = site.Build().Single("KMP070", "concepts/vurdering.md");
        Assert.Contains("../finnes-ikke/", d.Message);
    }

    [Fact]
    public void BrokenImage()
    {
        using var site = new TestSite().File("om.md", "---\ntitle: Om\n---\n![Kart](/bilder/kart.png)\n");
        Assert.Contains("/bilder/kart.png", site.Build().Single("KMP070", "om.md").Message);
    }

    [Fact]
    public void WorkingLinksAreFine()
    {
        using var site = new TestSite()
            .Concept("vurdering", "Vurdering")
            .Bytes("bilder/kart.png", TestImages.Png(4, 3))
            .File("om.md", "---\ntitle: Om\n---\n## Kontakt\n\n" +
                "[begrep](/begreper/vurdering/), [uten skråstrek](/begreper/vurdering), [relativ](../tilgjengelighet/), " +
                "[anker](/tilgjengelighet/#meld-fra), [her](#kontakt), [bokstav](/begreper/#bokstav-v), " +
                "![Kart](/bilder/kart.png), [ute](https://www.udir.no/), [e-post](mailto:post@example.no), [spørring](/?q=1)\n");
        site.Build().AssertClean();
    }

    [Fact]
    public void BrokenAnchorOnAnotherPage()
    {
        using var site = new TestSite().File("om.md", "---\ntitle: Om\n---\nSe [meld fra](/tilgjengelighet/#meld-ifra).\n");
        var result = site.Build();
        var d = result.Single("KMP071", "om.md");
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("#meld-ifra", d.Message);
        Assert.Empty(result.With("KMP070"));
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void BrokenAnchorOnTheSamePage()
    {
        using var site = new TestSite().File("om.md", "---\ntitle: Om\n---\n## Kontakt\n\nSe [over](#kontakt) og [ingensteds](#ingen-slik).\n");
        var d = site.Build().Single("KMP071", "om.md");
        Assert.Contains("#ingen-slik", d.Message);
    }

    [Fact]
    public void BrokenLetterAnchorOnTheConceptIndex()
    {
        // The index only has anchors for letters with concepts; there is no concept under Q.
        using var site = new TestSite().Concept("vurdering", "Vurdering")
            .File("om.md", "---\ntitle: Om\n---\n[Q](/begreper/#bokstav-q)\n");
        site.Build().Single("KMP071", "om.md");
    }

    [Fact]
    public void TitlesAndDefinitionsAreEscaped()
    {
        using var site = new TestSite()
            .File("concepts/farlig.md", "---\ntitle: \"<b>Fet</b> & {{ page.site_name }}\"\ndefinition: \"<img src=x onerror=alert(1)>\"\n---\nTekst.\n");
        site.Build(write: true).AssertClean();
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.ReadOutput("begreper/farlig/index.html"));
        var h1 = doc.QuerySelector("h1")!;
        Assert.Empty(h1.QuerySelectorAll("b"));
        Assert.Equal("<b>Fet</b> & {{ page.site_name }}", h1.TextContent.Trim());
        Assert.Empty(doc.QuerySelectorAll("main img"));
        Assert.Contains("<b>Fet</b> & {{ page.site_name }}", doc.Title);
    }

    [Fact]
    public void UpdatedDateIsShownInNorwegian()
    {
        using var site = new TestSite().Concept("vurdering", "Vurdering", yaml: "updated: 2026-03-05");
        site.Build(write: true).AssertClean();
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.ReadOutput("begreper/vurdering/index.html"));
        var time = doc.QuerySelector("time")!;
        Assert.Equal("2026-03-05", time.GetAttribute("datetime"));
        Assert.Equal("5. mars 2026", time.TextContent.Trim());
    }

    [Theory]
    [InlineData("[x](1:2)")]
    [InlineData("[x](/%)")]
    [InlineData("[x](%E0%A4%A)")]
    [InlineData("[x](::)")]
    [InlineData("[x](\\\\server\\share)")]
    [InlineData("[x](/../../../etc/passwd)")]
    [InlineData("[x](#%)")]
    [InlineData("[x](<a b c>)")]
    [InlineData("[x](?q=1#)")]
    [InlineData("[x](http://[::1)")]
    [InlineData("![x](data:image/png;base64,AAAA)")]
    public void OddLinksAreCheckedWithoutCrashing(string markdown)
    {
        using var site = new TestSite().File("om.md", "---\ntitle: Om\n---\n" + markdown + "\n");
        var ex = Record.Exception(() => site.Build());
        Assert.Null(ex);
    }
}
