using AngleSharp.Html.Parser;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>
/// A concept's names in English (`english:`): shown on its Norwegian page marked lang="en", so a screen reader
/// says them in English (WCAG 3.1.2), found by search and linked like aliases; never listed among the
/// Norwegian "Også kalt" names.
/// </summary>
public sealed class EnglishNamesTests(RealSiteFixture real) : IClassFixture<RealSiteFixture>
{
    [Fact]
    public void EnglishNamesAreShownMarkedAsEnglish_SearchedAndLinked()
    {
        using var site = new TestSite()
            .Concept("individuell-opplaeringsplan", "Individuell opplæringsplan", "aliases: [individuelle opplæringsplaner]\nenglish: [IEP, individual education plan]\n")
            .File("om.md", "---\ntitle: Om\n---\nI engelske kilder heter planen IEP.\n");

        var result = site.Build(write: true);

        result.AssertClean();
        var page = new HtmlParser().ParseDocument(site.ReadOutput("begreper/individuell-opplaeringsplan/index.html"));
        var paragraphs = page.QuerySelectorAll("p.also-called").Select(p => p.TextContent).ToList();
        Assert.Contains("På engelsk: IEP, individual education plan.", paragraphs);
        Assert.Equal(["IEP", "individual education plan"], page.QuerySelectorAll("p.also-called em[lang=en]").Select(e => e.TextContent));
        Assert.DoesNotContain(paragraphs, p => p.StartsWith("Også kalt", StringComparison.Ordinal) && p.Contains("IEP", StringComparison.Ordinal));

        var about = new HtmlParser().ParseDocument(site.ReadOutput("om/index.html"));
        Assert.Equal("/begreper/individuell-opplaeringsplan/", about.QuerySelector("main a.term")?.GetAttribute("href"));

        string fragment = Directory.GetFiles(Path.Combine(site.Output, "sok", "indeks", "side")).Select(File.ReadAllText).Single(f => f.Contains("\"Individuell opplæringsplan\"", StringComparison.Ordinal));
        Assert.Contains("\"individual education plan\"", fragment);
    }

    [Fact]
    public void NoEnglishNameOnTheRealSiteIsListedAsANorwegianName()
    {
        Assert.True(real.Result.Succeeded, real.Result.Describe());
        var iop = real.Page("/begreper/individuell-opplaeringsplan/");
        Assert.Contains("IEP", iop.QuerySelectorAll("p.also-called em[lang=en]").Select(e => e.TextContent));
        string[] english = ["IEP", "individual education plan", "special education", "early intervention", "adapted education", "gap analysis", "model for improvement"];
        foreach (var (url, page) in real.Pages)
            foreach (var name in page.QuerySelectorAll("p.also-called em:not([lang])"))
                Assert.DoesNotContain(name.TextContent, english);
    }
}
