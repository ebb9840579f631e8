using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Kompetanse.Diagnostics;
using Kompetanse.Markdown;
using Kompetanse.Model;

namespace Kompetanse.Tests;

/// <summary>Term linking through the real Markdown pipeline.</summary>
public class TermLinkingTests
{
    private const string Vurdering = "/begreper/vurdering/";
    private const string Sakkyndig = "/begreper/sakkyndig-vurdering/";
    private const string Undervisning = "/begreper/undervisning/";
    private const string Iop = "/begreper/individuell-opplaeringsplan/";

    private const string Styrer = "/roller/styrer/";

    private static readonly Term[] Terms =
    [
        new("Styrer", Styrer, "Styrer", false) { ExactCase = true },
        new("styreren", Styrer, "Styrer", false),
        new("Sakkyndig vurdering", Sakkyndig, "Sakkyndig vurdering", false),
        new("Vurdering", Vurdering, "Vurdering", false),
        new("vurdering for læring", Vurdering, "Vurdering", false),
        new("Undervisning", Undervisning, "Undervisning", false),
        new("Individuell opplæringsplan", Iop, "Individuell opplæringsplan", false),
        new("IOP", Iop, "Individuell opplæringsplan", true),
    ];

    private static readonly MarkdownRenderer Renderer = new(Terms);

    private static IDocument Render(string markdown, string pageUrl = "/om/", Term[]? terms = null)
    {
        var diagnostics = new DiagnosticBag();
        var renderer = terms is null ? Renderer : new MarkdownRenderer(terms);
        string html = renderer.Render(new MarkdownSource(markdown, new SourceSpan("x.md", 1, 1)), pageUrl, diagnostics);
        Assert.False(diagnostics.HasErrors);
        return new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
    }

    private static List<(string Text, string Href)> TermLinks(IDocument doc) =>
        doc.QuerySelectorAll("a.term").Select(a => (a.TextContent, a.GetAttribute("href") ?? "")).ToList();

    [Fact]
    public void FirstOccurrenceLinksAndTheSecondDoesNot()
    {
        var doc = Render("En vurdering her. Enda en vurdering der.");
        Assert.Equal([("vurdering", Vurdering)], TermLinks(doc));
        Assert.StartsWith("En ", doc.QuerySelector("p")!.TextContent);
        Assert.Equal("En vurdering her. Enda en vurdering der.", doc.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void OnlyTheFirstOccurrenceOnThePageAcrossParagraphs()
    {
        var doc = Render("Første vurdering.\n\nAndre vurdering.\n\n- tredje vurdering");
        var link = Assert.Single(doc.QuerySelectorAll("a.term"));
        Assert.Equal("Første vurdering.", link.ParentElement!.TextContent);
    }

    [Fact]
    public void AliasesOfTheSameConceptShareTheFirstLink()
    {
        var doc = Render("Vi bruker vurdering for læring. Vurdering er viktig.");
        Assert.Equal([("vurdering for læring", Vurdering)], TermLinks(doc));
    }

    [Fact]
    public void NamesMatchRegardlessOfCase()
    {
        Assert.Equal([("VURDERING", Vurdering)], TermLinks(Render("VURDERING i store bokstaver.")));
        Assert.Equal([("Sakkyndig Vurdering", Sakkyndig)], TermLinks(Render("Sakkyndig Vurdering først i setningen.")));
    }

    [Fact]
    public void NotInHeadings()
    {
        var doc = Render("## Vurdering i praksis\n\nOm vurdering.");
        Assert.Empty(doc.QuerySelectorAll("h2 a"));
        Assert.Equal([("vurdering", Vurdering)], TermLinks(doc));
        Assert.Equal("Om vurdering.", doc.QuerySelector("a.term")!.ParentElement!.TextContent);
    }

    [Fact]
    public void NotInsideLinks()
    {
        var doc = Render("Les [om vurdering](https://www.udir.no/) og [mer](/begreper/).");
        Assert.Empty(TermLinks(doc));
        Assert.Empty(doc.QuerySelectorAll("a a"));
    }

    [Fact]
    public void NotInsideAutolinks()
    {
        var doc = Render("Se https://example.no/vurdering og <https://example.no/vurdering>.");
        Assert.Empty(TermLinks(doc));
    }

    [Fact]
    public void NotInInlineCode()
    {
        var doc = Render("Skriv `vurdering` i feltet.");
        Assert.Empty(TermLinks(doc));
        Assert.Equal("vurdering", doc.QuerySelector("code")!.TextContent);
    }

    [Theory]
    [InlineData("```\nvurdering\n```")]
    [InlineData("    vurdering i indentert kode")]
    public void NotInCodeBlocks(string markdown)
    {
        Assert.Empty(TermLinks(Render(markdown)));
    }

    [Fact]
    public void AfterAnOccurrenceInCodeTheNextOneInTextLinks()
    {
        var doc = Render("`vurdering`\n\nOm vurdering.");
        Assert.Equal([("vurdering", Vurdering)], TermLinks(doc));
    }

    [Fact]
    public void InsideEmphasis()
    {
        Assert.Equal([("vurdering", Vurdering)], TermLinks(Render("Dette er *vurdering* i kursiv.")));
    }

    [Fact]
    public void NotOnTheConceptsOwnPage()
    {
        var doc = Render("Vurdering og sakkyndig vurdering.", pageUrl: Vurdering);
        Assert.Equal([("sakkyndig vurdering", Sakkyndig)], TermLinks(doc));
        Assert.DoesNotContain(doc.QuerySelectorAll("a"), a => a.GetAttribute("href") == Vurdering);
    }

    [Theory]
    [InlineData("Spesialundervisning er noe annet.")]
    [InlineData("Undervisningsplanen er klar.")]
    [InlineData("Fjernundervisning-løsningen.")]
    [InlineData("Vurderingen er gjort.")]
    [InlineData("Underveisvurdering hele året.")]
    [InlineData("Vurdering2 er et filnavn.")]
    [InlineData("Undervisning-opplegget er nytt.")]
    public void WholeWordsOnly(string markdown)
    {
        Assert.Empty(TermLinks(Render(markdown)));
    }

    [Fact]
    public void WordsNextToPunctuationStillMatch()
    {
        Assert.Equal([("undervisning", Undervisning)], TermLinks(Render("God (undervisning).")));
        Assert.Equal([("Vurdering", Vurdering)], TermLinks(Render("«Vurdering»!")));
    }

    [Fact]
    public void LongestTermWins()
    {
        var doc = Render("PPT skriver en sakkyndig vurdering.");
        Assert.Equal([("sakkyndig vurdering", Sakkyndig)], TermLinks(doc));
    }

    [Fact]
    public void ShorterTermInsideAnAlreadyLinkedLongerTermIsNotLinked()
    {
        // The second "sakkyndig vurdering" is not linked again, and its "vurdering" is part of it, not a term of its own.
        var doc = Render("En sakkyndig vurdering. Enda en sakkyndig vurdering. Så vanlig vurdering.");
        Assert.Equal([("sakkyndig vurdering", Sakkyndig), ("vurdering", Vurdering)], TermLinks(doc));
        Assert.EndsWith("Så vanlig vurdering.", doc.QuerySelector("a.term[href='" + Vurdering + "']")!.ParentElement!.TextContent);
    }

    [Fact]
    public void MultiWordTermMatchesAcrossExtraSpaces()
    {
        Assert.Equal([("sakkyndig  vurdering", Sakkyndig)], TermLinks(Render("En sakkyndig  vurdering.")));
    }

    // Hard-wrapped Markdown puts a soft line break between words; the reader still sees "sakkyndig vurdering".
    [Fact]
    public void LongestTermWinsAcrossALineBreak()
    {
        var doc = Render("PPT skriver en sakkyndig\nvurdering for hver elev.");
        Assert.DoesNotContain(("vurdering", Vurdering), TermLinks(doc));
        Assert.Single(TermLinks(doc), l => l.Href == Sakkyndig);
    }

    [Fact]
    public void AbbreviationsBecomeAbbrWithTheFullName()
    {
        var doc = Render("Eleven har IOP. Ny IOP neste år.");
        var abbrs = doc.QuerySelectorAll("abbr");
        Assert.Equal(2, abbrs.Length);
        Assert.All(abbrs, a => Assert.Equal("Individuell opplæringsplan", a.GetAttribute("title")));
        Assert.All(abbrs, a => Assert.Equal("IOP", a.TextContent));
        var link = Assert.Single(doc.QuerySelectorAll("a.term"));
        Assert.Equal(Iop, link.GetAttribute("href"));
        Assert.Same(abbrs[0], link.QuerySelector("abbr"));
        Assert.Null(abbrs[1].Closest("a"));
    }

    [Theory]
    [InlineData("Eleven har iop.")]
    [InlineData("Eleven har Iop.")]
    [InlineData("Eleven har IOPer.")]
    public void AbbreviationsMatchOnlyAsWritten(string markdown)
    {
        var doc = Render(markdown);
        Assert.Empty(doc.QuerySelectorAll("abbr"));
        Assert.Empty(TermLinks(doc));
    }

    [Fact]
    public void AbbreviationOnItsOwnPageIsMarkedButNotLinked()
    {
        var doc = Render("En IOP er en plan.", pageUrl: Iop);
        Assert.Single(doc.QuerySelectorAll("abbr"));
        Assert.Empty(doc.QuerySelectorAll("a"));
    }

    [Fact]
    public void AbbreviationAfterTheLinkedFullNameIsMarkedButNotLinkedAgain()
    {
        var doc = Render("Individuell opplæringsplan (IOP) skrives av skolen.");
        Assert.Equal([("Individuell opplæringsplan", Iop)], TermLinks(doc));
        var abbr = Assert.Single(doc.QuerySelectorAll("abbr"));
        Assert.Null(abbr.Closest("a"));
    }

    [Fact]
    public void ExplanationIsEscapedInTheTitleAttribute()
    {
        Term[] terms = [new("ABC", "/begreper/abc/", "Alt \"bra\" & <trygt>", true)];
        var abbr = Render("Dette er ABC.", terms: terms).QuerySelector("abbr")!;
        Assert.Equal("Alt \"bra\" & <trygt>", abbr.GetAttribute("title"));
        Assert.Equal("ABC", abbr.TextContent);
    }

    [Fact]
    public void TermLinksKeepTheDesignSystemLinkClass()
    {
        var link = Render("Om vurdering.").QuerySelector("a.term")!;
        Assert.Contains("ds-link", link.ClassList);
    }

    [Fact]
    public void NoTermsNoChange()
    {
        var doc = Render("Om vurdering.", terms: []);
        Assert.Empty(doc.QuerySelectorAll("a"));
        Assert.Equal("Om vurdering.", doc.QuerySelector("p")!.TextContent);
    }

    // Braces: the editor's way to stop one automatic link.

    [Fact]
    public void BracesStopTheLinkThereAndTheNextOccurrenceLinks()
    {
        var doc = Render("Dette er {vurdering} uten lenke. Her er vurdering med lenke.");
        Assert.Equal([("vurdering", Vurdering)], TermLinks(doc));
        Assert.EndsWith("Her er vurdering med lenke.", doc.QuerySelector("a.term")!.ParentElement!.TextContent);
    }

    [Fact]
    public void BracesRenderAsPlainTextWithoutAnyMarker()
    {
        var doc = Render("Svaret {vurdering} mye.");
        Assert.Equal("Svaret vurdering mye.", doc.QuerySelector("p")!.InnerHtml);
    }

    [Fact]
    public void BracesStopAMultiWordTermAndAnAbbreviation()
    {
        var doc = Render("En {sakkyndig vurdering} og en {IOP}.");
        Assert.Empty(TermLinks(doc));
        Assert.Empty(doc.QuerySelectorAll("abbr"));
        Assert.Equal("En sakkyndig vurdering og en IOP.", doc.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void TextInBracesIsEscaped()
    {
        var doc = Render("Se {vurdering <b>} her.");
        Assert.Empty(doc.QuerySelectorAll("b"));
        Assert.Equal("Se vurdering <b> her.", doc.QuerySelector("p")!.TextContent);
    }

    [Theory]
    [InlineData("Et { alene.", "Et { alene.")]
    [InlineData("Tomme {} og { }.", "Tomme {} og { }.")]
    [InlineData("En \\{vurdering} her.", "En {vurdering} her.")]
    public void BracesThatWrapNothingOrAreEscapedStayAsTheyAre(string markdown, string text)
    {
        Assert.Equal(text, Render(markdown).QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void BracesOverALineBreakAreNotAnOptOut()
    {
        var doc = Render("En {sakkyndig\nvurdering} her.");
        Assert.Contains("{", doc.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void BracesHoldingNoTermAreReportedAtTheirPlace()
    {
        var diagnostics = new DiagnosticBag();
        Renderer.Render(new MarkdownSource("Første linje.\nMengden {a, b} er liten.", new SourceSpan("x.md", 4, 1)), "/om/", diagnostics);
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal("KMP101", warning.Id);
        Assert.Equal((5, 9), (warning.Location.Line, warning.Location.Column));
        Assert.Contains("'a, b'", warning.Message);
    }

    // Ambiguous forms: found only as written.

    [Theory]
    [InlineData("Svaret styrer mye av det vi gjør.")]
    [InlineData("STYRER i store bokstaver.")]
    public void AnExactCaseFormIsNotFoundInAnotherCase(string markdown)
    {
        Assert.Empty(TermLinks(Render(markdown)));
    }

    [Fact]
    public void AnExactCaseFormLinksAsWrittenAndItsOtherFormsLinkInAnyCase()
    {
        Assert.Equal([("Styrer", Styrer)], TermLinks(Render("Styrer leder barnehagen.")));
        Assert.Equal([("Styreren", Styrer)], TermLinks(Render("Gruppa styrer arbeidet. Styreren leder det.")));
    }
}
