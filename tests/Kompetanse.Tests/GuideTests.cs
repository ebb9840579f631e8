using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>
/// "Hva gjør jeg?": the guides are built from input/veiledere/*.yml; every step cites its law and links the
/// concept and role pages it names; unknown names are errors at their place with the nearest name.
/// </summary>
public class GuideTests(RealSiteFixture real) : IClassFixture<RealSiteFixture>
{
    private static IDocument Page(TestSite site, string relative) => new HtmlParser().ParseDocument(site.ReadOutput(relative));

    private const string Role = "---\ntitle: Pedagogisk-psykologisk tjeneste\nabbreviation: PPT\nlevel: kommunal\nsummary: Hjelper barnehager og skoler.\n---\nTekst.\n";

    private static TestSite SiteWithGuide(string steps) => new TestSite()
        .Concept("sakkyndig-vurdering", "Sakkyndig vurdering")
        .File("roles/ppt.md", Role)
        .File("veiledere/skole.yml", "title: Hva gjør jeg? I skolen\nintro: Slik går dere fram.\nsteps:\n" + steps);

    private const string GoodStep = """
          - title: Henvis til PP-tjenesten
            text: Skolen henviser eleven.
            legal:
              - act: opplaeringslova
                section: "11-1"
            concepts: [sakkyndig-vurdering]
            roles: [ppt]

        """;

    [Theory]
    [InlineData("/hva-gjor-jeg/barnehage/", new[] { "foreldrene", "tiltak", "PP-tjenesten", "sakkyndig vurdering", "vedtak", "Evaluer" })]
    [InlineData("/hva-gjor-jeg/skole/", new[] { "foreldrene", "tiltak", "PP-tjenesten", "sakkyndig vurdering", "vedtak", "IOP", "Evaluer" })]
    public void TheRealGuidesFollowTheLawsOrderAndEveryStepIsCitedAndLinked(string url, string[] order)
    {
        Assert.True(real.Result.Succeeded, real.Result.Describe());
        var steps = real.Page(url).QuerySelectorAll("li.guide-step");
        Assert.True(steps.Length >= order.Length, $"{url} has {steps.Length} steps");

        // The steps come in the order the law gives: each keyword in a later step than the one before.
        var titles = steps.Select(s => s.QuerySelector("h2")!.TextContent).ToList();
        int at = -1;
        foreach (string word in order)
        {
            int found = titles.FindIndex(at + 1, t => t.Contains(word, StringComparison.OrdinalIgnoreCase));
            Assert.True(found > at, $"'{word}' does not come after step {at + 1} in {url}: {string.Join(" | ", titles)}");
            at = found;
        }

        foreach (var step in steps)
        {
            string title = step.QuerySelector("h2")!.TextContent;
            var facts = step.QuerySelectorAll(".guide-step__facts > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent.Trim(), d => d.QuerySelector("dd")!);
            Assert.True(facts.TryGetValue("Lovgrunnlag", out var law) && law.TextContent.Trim().Length > 0, $"'{title}' cites no law");
            Assert.All(law!.QuerySelectorAll("a"), a => Assert.StartsWith("https://lovdata.no/", a.GetAttribute("href")));
            var links = step.QuerySelectorAll(".guide-step__facts a[href^='/begreper/'], .guide-step__facts a[href^='/roller/']");
            Assert.True(links.Length > 0, $"'{title}' links no concept or role page");
            foreach (var link in links)
                Assert.True(real.Pages.ContainsKey(link.GetAttribute("href")! + "index.html"), $"'{title}' links {link.GetAttribute("href")}, which is no page");
        }
    }

    [Theory]
    [InlineData("/begreper/intensiv-opplaering/", "vurdering til slutt")]
    public void AnEverydayPhraseIsNotLinked(string url, string phrase)
    {
        var holder = real.Page(url).QuerySelectorAll("main li, main p").First(e => e.TextContent.Contains(phrase, StringComparison.Ordinal));
        Assert.DoesNotContain(holder.QuerySelectorAll("a"), a => phrase.Contains(a.TextContent.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AnAliasThatIsAnotherNameIsShownWhereItLands()
    {
        var also = real.Page("/begreper/inkluderende-fellesskap/").QuerySelector("p.also-called");
        Assert.NotNull(also);
        Assert.Contains("inkluderende praksis", also!.TextContent);
        // Forms of the title are not other names.
        Assert.DoesNotContain("fellesskapet", also.TextContent);
    }

    [Fact]
    public void ASwedishPageLinkingANorwegianPageSaysSo()
    {
        var page = real.Page("/begreper/individuell-utvecklingsplan/");
        var links = page.QuerySelectorAll("main a[hreflang='nb']");
        Assert.NotEmpty(links);
        foreach (var link in links)
            Assert.StartsWith(" (på norska)", link.NextSibling?.TextContent ?? "");
    }

    [Fact]
    public void TheGuidesAreInTheNavigationAndOnTheirIndex()
    {
        var nav = real.Page("/").QuerySelectorAll("a[href='/hva-gjor-jeg/']");
        Assert.NotEmpty(nav);
        var listed = real.Page("/hva-gjor-jeg/").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/hva-gjor-jeg/barnehage/", listed);
        Assert.Contains("/hva-gjor-jeg/skole/", listed);
    }

    [Fact]
    public void AStepIsBuiltFromItsYaml()
    {
        using var site = SiteWithGuide(GoodStep);
        site.Build(write: true).AssertClean();
        var step = Page(site, "hva-gjor-jeg/skole/index.html").QuerySelector("li.guide-step")!;
        Assert.Contains("Henvis til PP-tjenesten", step.QuerySelector("h2")!.TextContent);
        Assert.Equal("https://lovdata.no/lov/2023-06-09-30", step.QuerySelector("dd a")!.GetAttribute("href"));
        Assert.Contains("Opplæringsloven (2023) § 11-1", step.QuerySelector("dd")!.TextContent.Replace('\u00a0', ' '));
        var hrefs = step.QuerySelectorAll(".guide-step__facts a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/begreper/sakkyndig-vurdering/", hrefs);
        Assert.Contains("/roller/ppt/", hrefs);
    }

    [Fact]
    public void AnUnknownConceptOrRoleIsAnErrorAtItsPlaceWithTheNearestName()
    {
        using var site = SiteWithGuide(GoodStep.Replace("[sakkyndig-vurdering]", "[sakkyndig-vurdring]").Replace("[ppt]", "[pppt]"));
        var result = site.Build();
        var concept = result.Single("KMP015", "veiledere/skole.yml");
        Assert.Contains("did you mean 'sakkyndig-vurdering'", concept.Message);
        concept.AssertAt(9, 16);
        var role = result.Single("KMP012", "veiledere/skole.yml");
        Assert.Contains("did you mean 'ppt'", role.Message);
        role.AssertAt(10, 13);
    }

    [Fact]
    public void AStepWithoutLawOrLinksIsAnError()
    {
        using var site = SiteWithGuide("  - title: Gjør noe\n    text: Uten lov og lenker.\n");
        var result = site.Build();
        Assert.Contains("Gjør noe", result.Single("KMP241", "veiledere/skole.yml").Message);
        result.Single("KMP242", "veiledere/skole.yml").AssertAt(4, 5);
    }

    [Fact]
    public void ALawNoteStandsInWhereNoSectionCanBeNamed()
    {
        using var site = SiteWithGuide("  - title: Henvis\n    text: Skolen henviser.\n    law_note: Kapittel 11; paragrafen er ikke slått fast.\n    roles: [ppt]\n");
        site.Build(write: true).AssertClean();
        Assert.Contains("paragrafen er ikke slått fast", Page(site, "hva-gjor-jeg/skole/index.html").QuerySelector("li.guide-step dd")!.TextContent);
    }

    [Fact]
    public void AGuideWithoutStepsIsAnError()
    {
        using var site = new TestSite().File("veiledere/tom.yml", "title: Tom\nintro: Ingen steg.\nsteps: []\n").File("veiledere/uten.yml", "title: Uten\nintro: Ingen steg.\n");
        var result = site.Build();
        result.Single("KMP240", "veiledere/tom.yml");
        Assert.Contains("'steps'", result.Single("KMP010", "veiledere/uten.yml").Message);
    }
    // Each step's text is Markdown of its own in the same file: a broken link in the second is found at its line.
    [Fact]
    public void A_broken_link_in_a_later_step_is_reported_where_it_is_written()
    {
        const string second = """
              - title: Fatt vedtak
                text: Les om [vedtaket](/finnes-ikke/) først.
                legal:
                  - act: opplaeringslova
                    section: "11-1"

            """;
        using var site = SiteWithGuide(GoodStep + second);
        string yml = File.ReadAllText(Path.Combine(site.Input, "veiledere/skole.yml"));
        var lines = yml.Split('\n');
        int line = Array.FindIndex(lines, l => l.Contains("/finnes-ikke/")) + 1;

        var broken = site.Build().Single("KMP070", "veiledere/skole.yml");

        broken.AssertAt(line, lines[line - 1].IndexOf("[vedtaket]", StringComparison.Ordinal) + 1);
    }
    // The real guides write each step's text as a folded block (text: >-) over several lines: a problem in it is
    // reported at the file line and column where it stands, as in a literal block (text: |).
    [Theory]
    [InlineData(">-\n      ")]
    [InlineData("|\n      ")]
    [InlineData("")]     // a plain value over several lines, as the editor may save a long text
    public void A_broken_link_in_a_text_over_several_lines_is_reported_at_its_line_and_column(string indicator)
    {
        string second = $$"""
              - title: Fatt vedtak
                text: {{indicator}}Første linje av teksten, som er lang nok
                  til å fortsette på neste linje.

                  Nytt avsnitt med   en lenke, les om [vedtaket](/finnes-ikke/) først.
                legal:
                  - act: opplaeringslova
                    section: "11-1"

            """;
        using var site = SiteWithGuide(GoodStep + second);
        var lines = File.ReadAllText(Path.Combine(site.Input, "veiledere/skole.yml")).Split('\n');
        int line = Array.FindIndex(lines, l => l.Contains("/finnes-ikke/")) + 1;

        var broken = site.Build().Single("KMP070", "veiledere/skole.yml");

        broken.AssertAt(line, lines[line - 1].IndexOf("[vedtaket]", StringComparison.Ordinal) + 1);
    }

    [Fact]
    public void A_block_whose_lines_cannot_be_found_in_its_text_is_not_mapped()
    {
        string[] file = ["text: >-", "  Første linje", "  andre linje"];
        var start = new Kompetanse.Diagnostics.SourceSpan("x.yml", 1, 7);
        Assert.Null(Kompetanse.Loading.YamlTextPlaces.Of("Noe helt annet", start, block: true, file));
        var places = Kompetanse.Loading.YamlTextPlaces.Of("Første linje andre linje", start, block: true, file);
        Assert.Equal(new Kompetanse.Model.MarkdownSource.TextPlace[] { new(0, 2, 3), new(13, 3, 3) }, places!);
        // A start the file does not have (the parser and the lines disagree) maps nothing rather than failing.
        Assert.Null(Kompetanse.Loading.YamlTextPlaces.Of("Første linje", new Kompetanse.Diagnostics.SourceSpan("x.yml", 1, 40), block: false, file));
        Assert.Null(Kompetanse.Loading.YamlTextPlaces.Of("Første linje", new Kompetanse.Diagnostics.SourceSpan("x.yml", 9, 1), block: false, file));
    }
}
