using Kompetanse.Outputs;

namespace Kompetanse.Tests;

/// <summary>What the link check and the search index read from a finished page.</summary>
public class HtmlFactsTests
{
    private const string Page = """
        <!DOCTYPE html><html lang="nb"><head><link rel="stylesheet" href="/assets/site.css"></head>
        <body><a class="ds-skip-link" href="#hovedinnhold">Hopp</a>
        <nav data-href="/ikke-en-lenke/" aria-label="Meny"><a href="/begreper/?a=1&amp;b=2">Begreper</a></nav>
        <main id="hovedinnhold"><h1 id="tittel">Tidlig innsats</h1>
        <p>Tekst med <a href="https://udir.no/">lenke</a> og &laquo;sitat&raquo;.</p>
        <span class="ds-sr-only">skjult kopi</span>
        <h2 id="">Tom id</h2><img src="/bilder/kart.png" alt="" data-id="x">
        </main><footer id="bunn">Bunntekst</footer></body></html>
        """;

    [Fact]
    public void LinksAreEveryHrefAndSrcDecodedButNotDataAttributes()
    {
        var facts = HtmlFacts.Read(Page);
        Assert.Equal(
            ["#hovedinnhold", "/assets/site.css", "/begreper/?a=1&b=2", "/bilder/kart.png", "https://udir.no/"],
            facts.Links.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void IdsAreEveryNonEmptyId()
    {
        var facts = HtmlFacts.Read(Page);
        Assert.Equal(["bunn", "hovedinnhold", "tittel"], facts.Ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheSearchEntryHoldsTheReadableTextOfMainAndItsHeadings()
    {
        var page = new Kompetanse.Outputs.Html.HtmlPage("/tidlig-innsats/", "page", "Tidlig innsats", "nb", new object(), [], Kompetanse.Diagnostics.SourceSpan.File("x.md"));
        string json = System.Text.Encoding.UTF8.GetString(SearchIndexOutput.EntryOf(page, Page)!.FragmentFile.Content);
        Assert.Equal("""{"u":"/tidlig-innsats/","t":"Tidlig innsats","k":"side","s":[["","","Tekst med lenke og «sitat»."],["","Tom id",""]]}""", json);
    }

    [Fact]
    public void TheSearchEntryHasASectionPerHeadingWithItsIdAndTheNamesThatCountAsTitle()
    {
        var page = new Kompetanse.Outputs.Html.HtmlPage("/iop/", "page", "Individuell opplæringsplan", "nb", new object(), [], Kompetanse.Diagnostics.SourceSpan.File("x.md"))
            { SearchNames = ["individuelle opplæringsplaner", "IOP", "iop"] };
        string html = """<main><p>Før.</p><h1>Individuell opplæringsplan</h1><p>Innledning.</p><h2 id="i-skolen">I skolen</h2><p>Planen &amp; målene.</p><h3 id="mal">Mål</h3>Tekst</main>""";
        string json = System.Text.Encoding.UTF8.GetString(SearchIndexOutput.EntryOf(page, html)!.FragmentFile.Content);
        Assert.Equal("""{"u":"/iop/","t":"Individuell opplæringsplan","k":"side","n":["individuelle opplæringsplaner","IOP"],"s":[["","","Innledning."],["i-skolen","I skolen","Planen & målene."],["mal","Mål","Tekst"]]}""", json);
    }

    [Fact]
    public void APageWithoutMainHasLinksButNoSearchText()
    {
        var page = new Kompetanse.Outputs.Html.HtmlPage("/x/", "page", "X", "nb", new object(), [], Kompetanse.Diagnostics.SourceSpan.File("x.md"));
        string html = "<html><body><a href=\"/x/\">x</a></body></html>";
        Assert.Equal(["/x/"], HtmlFacts.Read(html).Links);
        Assert.Contains("\"s\":[[\"\",\"\",\"\"]]", System.Text.Encoding.UTF8.GetString(SearchIndexOutput.EntryOf(page, html)!.FragmentFile.Content));
    }
    // Runs of white space of every kind become one space; a space written as an entity stays what it is.
    [Fact]
    public void TheSearchTextFoldsWhiteSpaceBetweenWordsTagsAndEntities()
    {
        var page = new Kompetanse.Outputs.Html.HtmlPage("/x/", "page", "X", "nb", new object(), [], Kompetanse.Diagnostics.SourceSpan.File("x.md"));
        string html = "<main><p>  To  mellomrom,\ttab,\nlinjeskift og&nbsp;hardt, to\u00A0\u00A0ganger, em\u2003rom og  \n  slutt. </p>"
            + "<p>Ord <b>uthevet</b>tett &amp; <i>kursiv</i> ord.<br>Etter\r\nlinjen.</p></main>";
        string json = System.Text.Encoding.UTF8.GetString(SearchIndexOutput.EntryOf(page, html)!.FragmentFile.Content);
        Assert.Equal("""{"u":"/x/","t":"X","k":"side","s":[["","","To mellomrom, tab, linjeskift og\u00A0hardt, to ganger, em rom og slutt. Ord uthevet tett & kursiv ord. Etter linjen."]]}""", json);
    }
}
