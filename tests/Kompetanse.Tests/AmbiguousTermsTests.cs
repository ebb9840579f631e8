using Kompetanse.Tests.Support;
using Kompetanse.Verification;

namespace Kompetanse.Tests;

/// <summary>'aliases' and 'ambiguous' in front matter, and the listing of every automatic link, on a built site.</summary>
public class AmbiguousTermsTests
{
    private const string StyrerRole = """
        ---
        title: Styrer
        level: enhet
        summary: Leder barnehagen.
        aliases: [styreren, styrerne]
        ambiguous: [Styrer]
        ---
        Styreren leder barnehagen.
        """;

    private static TestSite Site(string role = StyrerRole, string page = "Svaret styrer mye av det vi gjør. Styreren har ansvaret.") =>
        new TestSite()
            .File("roles/styrer.md", role + "\n")
            .File("om.md", $"---\ntitle: Om\n---\n{page}\n");

    private static IReadOnlyList<TermLinkUse> LinksOn(BuildResult result, string url) =>
        TermLinkListing.Collect(result.Outputs).Single(p => p.Url == url).Links;

    [Fact]
    public void TheVerbIsLeftAloneAndAnAliasLinksTheRole()
    {
        using var site = Site();
        var result = site.Build();
        result.AssertClean();
        var link = Assert.Single(LinksOn(result, "/om/"));
        Assert.Equal(("Styreren", "/roller/styrer/"), (link.Words, link.Target));
    }

    [Fact]
    public void TheAmbiguousFormLinksWhenWrittenExactlyAsListed()
    {
        using var site = Site(page: "Gruppa styrer arbeidet.\n\nStyrer har ansvaret.");
        var link = Assert.Single(LinksOn(site.Build(), "/om/"));
        Assert.Equal(("Styrer", " har ansvaret."), (link.Words, link.After));
    }

    [Fact]
    public void WithoutAmbiguousTheVerbIsLinked()
    {
        using var site = Site(role: StyrerRole.Replace("ambiguous: [Styrer]\n", ""));
        var link = LinksOn(site.Build(), "/om/")[0];
        Assert.Equal("styrer", link.Words);
    }

    [Fact]
    public void AnAmbiguousEntryThatIsNoFormOfTheTermIsAnErrorAtItsPlace()
    {
        using var site = Site(role: StyrerRole.Replace("ambiguous: [Styrer]", "ambiguous: [Styrer, styreen]"));
        var result = site.Build();
        var error = result.Single("KMP100", "roles/styrer.md");
        error.AssertAt(6, 21);
        Assert.Contains("did you mean 'styreren'", error.Message);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void ConceptsTakeAmbiguousToo()
    {
        using var site = new TestSite()
            .Concept("vurdering", "Vurdering", "aliases: [Vurderinga]\nambiguous: [Vurderinga]")
            .File("om.md", "---\ntitle: Om\n---\nVi gjør en vurderinga. Så Vurderinga.\n");
        var result = site.Build();
        result.AssertClean();
        Assert.Equal(["Vurderinga"], LinksOn(result, "/om/").Select(l => l.Words));
    }

    [Fact]
    public void BracesInASitePageWarnWhenTheyHoldNoTerm()
    {
        using var site = Site(page: "Svaret {styreren} mye. Mengden {a, b}.");
        var result = site.Build(write: true);
        var warning = result.Single("KMP101", "om.md");
        warning.AssertAt(4, 32);
        Assert.Contains("'a, b'", warning.Message);
        Assert.True(result.Succeeded);
        Assert.Contains("Svaret styreren mye. Mengden a, b.", site.ReadOutput("om/index.html"));
    }

    [Fact]
    public void TheListingGivesEachLinkWithItsContextPageByPage()
    {
        using var site = Site(page: "En to tre fire fem seks Styreren sju åtte ni ti elleve tolv.");
        var pages = TermLinkListing.Collect(site.Build().Outputs, contextWords: 3);
        var page = Assert.Single(pages);
        Assert.Equal("/om/", page.Url);
        Assert.EndsWith("/om.md", page.Source);
        var link = Assert.Single(page.Links);
        Assert.Equal(new TermLinkUse("fire fem seks ", "Styreren", " sju åtte ni", "/roller/styrer/"), link);
    }

    [Fact]
    public void TheListingKeepsPunctuationAgainstTheLink()
    {
        using var site = Site(page: "Det er styreren.");
        var link = Assert.Single(LinksOn(site.Build(), "/om/"));
        Assert.Equal(("Det er ", "styreren", "."), (link.Before, link.Words, link.After));
    }

    // Preview keeps pages whose file did not change unless something every page depends on did: marking a
    // form ambiguous keeps the term's text but changes every page that uses it.
    [Fact]
    public void PreviewRendersOtherPagesAgainWhenAFormBecomesAmbiguous()
    {
        using var site = Site(role: StyrerRole.Replace("ambiguous: [Styrer]\n", ""), page: "Svaret styrer mye.");
        var options = site.Options(write: false) with { Cache = new BuildCache() };
        Assert.Single(LinksOn(Kompetanse.Build.Run(options), "/om/"));

        site.File("roles/styrer.md", StyrerRole + "\n");
        var again = Kompetanse.Build.Run(options);
        again.AssertClean();
        Assert.DoesNotContain(TermLinkListing.Collect(again.Outputs), p => p.Url == "/om/");
    }
}
