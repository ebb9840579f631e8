using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Kompetanse.Binding;
using Kompetanse.Diagnostics;
using Kompetanse.Loading;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>The bind stage: related concepts both ways, the term index, self references.</summary>
public class BindingTests
{
    private static IDocument Page(TestSite site, string relative) =>
        new HtmlParser().ParseDocument(site.ReadOutput(relative));

    private static List<string> RelatedTitles(TestSite site, string slug) =>
        Page(site, $"begreper/{slug}/index.html").QuerySelectorAll("ul.related a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public void RelatedConceptsAreShownBothWays()
    {
        using var site = new TestSite()
            .Concept("vurdering", "Vurdering", yaml: "related: [tilpasset-opplaering]")
            .Concept("tilpasset-opplaering", "Tilpasset opplæring");
        site.Build(write: true).AssertClean();

        Assert.Equal(["Tilpasset opplæring"], RelatedTitles(site, "vurdering"));
        Assert.Equal(["Vurdering"], RelatedTitles(site, "tilpasset-opplaering"));
        var back = Page(site, "begreper/tilpasset-opplaering/index.html").QuerySelector("ul.related a")!;
        Assert.Equal("/begreper/vurdering/", back.GetAttribute("href"));
    }

    [Fact]
    public void NamingEachOtherListsEachOnce()
    {
        using var site = new TestSite()
            .Concept("vurdering", "Vurdering", yaml: "related: [tilpasset-opplaering, tilpasset-opplaering]")
            .Concept("tilpasset-opplaering", "Tilpasset opplæring", yaml: "related: [vurdering]");
        site.Build(write: true).AssertClean();
        Assert.Equal(["Tilpasset opplæring"], RelatedTitles(site, "vurdering"));
        Assert.Equal(["Vurdering"], RelatedTitles(site, "tilpasset-opplaering"));
    }

    [Fact]
    public void RelatedConceptsAreInNorwegianOrder()
    {
        using var site = new TestSite()
            .Concept("nav", "Nav", yaml: "related: [aasen, apenhet, aerlighet, zulu, abc]")
            .Concept("aasen", "Aasen-modellen")
            .Concept("apenhet", "Åpenhet")
            .Concept("aerlighet", "Ærlighet")
            .Concept("zulu", "Zulu")
            .Concept("abc", "Abc");
        site.Build(write: true).AssertClean();
        // "Aasen" is read "Åsen", which comes after "Åpenhet".
        Assert.Equal(["Abc", "Zulu", "Ærlighet", "Åpenhet", "Aasen-modellen"], RelatedTitles(site, "nav"));
        Assert.Equal(["Nav"], RelatedTitles(site, "zulu"));
    }

    [Fact]
    public void TheBoundModelHasRelatedBothWays()
    {
        using var site = new TestSite()
            .Concept("vurdering", "Vurdering", yaml: "related: [mentorsamtale]")
            .Concept("mentorsamtale", "Mentorsamtale")
            .Concept("barnesyn", "Barnesyn");
        var diagnostics = new DiagnosticBag();
        var model = Binder.Bind(InputLoader.Load(site.Input, diagnostics), TestSite.Today, diagnostics);
        Assert.False(diagnostics.HasErrors);

        var bySlug = model.Concepts.ToDictionary(c => c.Slug);
        Assert.Equal(["mentorsamtale"], model.Related[bySlug["vurdering"]].Select(c => c.Slug));
        Assert.Equal(["vurdering"], model.Related[bySlug["mentorsamtale"]].Select(c => c.Slug));
        Assert.Empty(model.Related[bySlug["barnesyn"]]);
        Assert.Equal(["Barnesyn", "Mentorsamtale", "Vurdering"], model.Concepts.Select(c => c.Title));
        Assert.Equal(TestSite.Today, model.BuildDate);
    }

    [Fact]
    public void RelatedToItselfIsAWarning()
    {
        using var site = new TestSite().Concept("vurdering", "Vurdering", yaml: "related: [vurdering]");
        var result = site.Build();
        var d = result.Single("KMP023", "concepts/vurdering.md");
        Assert.Equal(Severity.Warning, d.Severity);
        d.AssertAt(4, 11);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void TermClaimedByTwoConceptsIsAWarningAndLinksToTheOneNamed()
    {
        using var site = new TestSite()
            .Concept("vurdering", "Vurdering", yaml: "aliases: [felles praksis]")
            .Concept("samarbeid", "Samarbeid", yaml: "aliases: [Felles praksis]")
            .File("om.md", "---\ntitle: Om\n---\nVi har en felles praksis.\n");
        var result = site.Build(write: true);
        var d = Assert.Single(result.With("KMP022"));
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("'vurdering'", d.Message);
        Assert.Contains("'samarbeid'", d.Message);
        Assert.True(result.Succeeded);
        string owner = d.Message.Contains("links to 'samarbeid'") ? "samarbeid" : "vurdering";
        var link = Page(site, "om/index.html").QuerySelector("main a.term")!;
        Assert.Equal("felles praksis", link.TextContent);
        Assert.Equal($"/begreper/{owner}/", link.GetAttribute("href"));
    }

    [Fact]
    public void TermsFromTitlesAliasesAndAbbreviationsLinkOnPages()
    {
        using var site = new TestSite()
            .Concept("individuell-opplaeringsplan", "Individuell opplæringsplan", yaml: "abbreviation: IOP\naliases: [opplæringsplanen]")
            .Concept("vurdering", "Vurdering")
            .File("om.md", "---\ntitle: Om\n---\nVurdering og IOP.\n\nOpplæringsplanen.\n");
        site.Build(write: true).AssertClean();
        var main = Page(site, "om/index.html").QuerySelector("main")!;
        var links = main.QuerySelectorAll("a.term").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Vurdering", "/begreper/vurdering/"), ("IOP", "/begreper/individuell-opplaeringsplan/")], links);
        Assert.Equal("Individuell opplæringsplan", main.QuerySelector("abbr")!.GetAttribute("title"));
    }

    // Titles are free text; "Bad input never gives a stack trace" (README) includes an emoji in a title.
    [Fact]
    public void AConceptTitleWithAnEmojiDoesNotCrashTheBuild()
    {
        using var site = new TestSite()
            .Concept("glede", "Glede 😀")
            .Concept("vurdering", "Vurdering");
        BuildResult? result = null;
        var ex = Record.Exception(() => result = site.Build());
        Assert.Null(ex);
        result!.AssertClean();
    }
}
