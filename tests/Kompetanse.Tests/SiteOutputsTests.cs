using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>What every site gets besides its pages: link checks at their line, search index, sitemap, feed, redirects, 404.</summary>
public class SiteOutputsTests
{
    [Fact]
    public void Broken_link_and_anchor_are_reported_at_their_line_and_column()
    {
        using var site = new TestSite().Concept("vurdering", "Vurdering",
            body: "Første avsnitt.\n\nSe [siden](/finnes-ikke/) og [ankeret](/begreper/#mangler).");
        var result = site.Build();
        // Line 1 '---', 2 title, 3 definition, 4 '---', 5 body: the links are on line 7.
        result.Single("KMP070", "concepts/vurdering.md").AssertAt(7, 4);
        result.Single("KMP071", "concepts/vurdering.md").AssertAt(7, 30);
    }

    [Fact]
    public void Search_index_has_every_listed_page_with_kind_and_main_text_only()
    {
        using var site = new TestSite()
            .Concept("spesialundervisning", "Spesialundervisning", body: "Hjelp til elever som trenger mer.")
            .File("roles/ppt.md", "---\ntitle: PPT-tjenesten\nlevel: kommunal\nsummary: Hjelper skolene.\n---\nTjenesten skriver sakkyndige vurderinger.\n");
        Assert.True(site.Build(write: true).Succeeded);
        // Each page's fragment, named in the word list that the entry names.
        using var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "sok", "indeks.json")));
        using var words = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, entry.RootElement.GetProperty("words").GetString()!.TrimStart('/'))));
        string fragments = words.RootElement.GetProperty("f").GetString()!;
        var pages = Enumerable.Range(0, words.RootElement.GetProperty("n").GetInt32())
            .Select(i => JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "sok", "indeks", "side", fragments.Substring(i * 10, 10) + ".json"))).RootElement)
            .ToList();
        var concept = pages.Single(p => p.GetProperty("u").GetString() == "/begreper/spesialundervisning/");
        Assert.Equal("begrep", concept.GetProperty("k").GetString());
        Assert.Equal("Spesialundervisning", concept.GetProperty("t").GetString());
        // The text is in sections: [heading id, heading, text under it]; the first is the text under the title.
        string text = string.Join(" ", concept.GetProperty("s").EnumerateArray().Select(s => s[1].GetString() + " " + s[2].GetString()));
        Assert.Contains("Hjelp til elever som trenger mer.", text);
        Assert.All(concept.GetProperty("s").EnumerateArray().Skip(1), s => Assert.NotEqual("", s[1].GetString()));
        // Header, navigation and footer are not in <main>, so not in the index.
        Assert.DoesNotContain("Hopp til hovedinnholdet", text);
        Assert.DoesNotContain("Tilgjengelighet", text);
        Assert.Equal("rolle", pages.Single(p => p.GetProperty("u").GetString() == "/roller/ppt/").GetProperty("k").GetString());
        Assert.DoesNotContain(pages, p => p.GetProperty("u").GetString() is "/404.html" or "/sok/");
    }

    [Fact]
    public void Sitemap_lists_the_pages_and_robots_points_to_it()
    {
        using var site = new TestSite().Concept("vurdering", "Vurdering");
        Assert.True(site.Build(write: true).Succeeded);
        var sitemap = XDocument.Load(Path.Combine(site.Output, "sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.Contains("https://test.example.no/begreper/vurdering/", urls);
        Assert.Contains("https://test.example.no/", urls);
        Assert.DoesNotContain(urls, u => u.EndsWith("404.html", StringComparison.Ordinal));
        Assert.Contains("Sitemap: https://test.example.no/sitemap.xml", site.ReadOutput("robots.txt"));
    }

    [Fact]
    public void The_404_page_helps_with_search_and_the_sections()
    {
        using var site = new TestSite();
        Assert.True(site.Build(write: true).Succeeded);
        var doc = new HtmlParser().ParseDocument(site.ReadOutput("404.html"));
        Assert.Equal("Fant ikke siden", doc.QuerySelector("h1")!.TextContent);
        Assert.NotNull(doc.QuerySelector("main form[action='/sok/'] input[name=q]"));
    }

    [Fact]
    public void Renamed_pages_redirect_with_netlify_rules_and_a_page_at_the_old_address()
    {
        using var site = new TestSite().Concept("vurdering", "Vurdering", yaml: "redirects: [/begreper/vurdering-for-laering/]");
        Assert.True(site.Build(write: true).Succeeded);
        Assert.Contains("/begreper/vurdering-for-laering/ /begreper/vurdering/ 301", site.ReadOutput("_redirects"));
        var stub = new HtmlParser().ParseDocument(site.ReadOutput("begreper/vurdering-for-laering/index.html"));
        Assert.Equal("0; url=/begreper/vurdering/", stub.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.NotNull(stub.QuerySelector("main a[href='/begreper/vurdering/']"));
    }

    [Fact]
    public void A_redirect_from_an_address_that_has_a_page_is_refused()
    {
        using var site = new TestSite()
            .Concept("vurdering", "Vurdering", yaml: "redirects: [/begreper/tidlig-innsats/]")
            .Concept("tidlig-innsats", "Tidlig innsats");
        var d = site.Build().Single("KMP026", "concepts/vurdering.md");
        d.AssertAt(4, 13);
    }

    [Fact]
    public void Feed_and_changes_page_list_dated_pages_newest_first()
    {
        using var site = new TestSite()
            .Concept("vurdering", "Vurdering", yaml: "updated: 2026-10-01")
            .Concept("tidlig-innsats", "Tidlig innsats", yaml: "updated: 2026-11-20");
        Assert.True(site.Build(write: true).Succeeded);
        var feed = XDocument.Load(Path.Combine(site.Output, "nytt", "feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var titles = feed.Root!.Elements(atom + "entry").Select(e => e.Element(atom + "title")!.Value).ToList();
        Assert.Equal(["Tidlig innsats", "Vurdering"], titles.Take(2));
        Assert.Equal("2026-11-20T00:00:00Z", feed.Root.Element(atom + "updated")!.Value);
        var page = new HtmlParser().ParseDocument(site.ReadOutput("nytt/index.html"));
        Assert.Equal("20. november 2026", page.QuerySelector(".changes__item time")!.TextContent);
    }

    [Fact]
    public void Every_page_says_when_it_was_last_updated_when_that_is_known()
    {
        using var site = new TestSite().Concept("vurdering", "Vurdering", yaml: "updated: 2026-11-23");
        Assert.True(site.Build(write: true).Succeeded);
        var doc = new HtmlParser().ParseDocument(site.ReadOutput("begreper/vurdering/index.html"));
        var time = doc.QuerySelector(".page-updated time")!;
        Assert.Equal("2026-11-23", time.GetAttribute("datetime"));
        Assert.Equal("23. november 2026", time.TextContent);
    }
}
