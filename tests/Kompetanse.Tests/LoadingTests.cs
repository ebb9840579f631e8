using System.Text;
using Kompetanse.Diagnostics;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>Load-stage diagnostics, each with its id and its position in the file.</summary>
public class LoadingTests
{
    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    [Fact]
    public void MinimalSiteHasNoDiagnostics()
    {
        using var site = new TestSite().Concept("vurdering", "Vurdering");
        site.Build().AssertClean();
    }

    [Fact]
    public void MalformedFrontMatterIsReportedAtItsFileLine()
    {
        // Front matter starts on line 2; the bad ':' is on file line 3, column 16.
        using var site = new TestSite().File("concepts/vurdering.md", "---\ntitle: Vurdering\ndefinition: Noe: annet\n---\nTekst.\n");
        var result = site.Build();
        var d = result.Single("KMP004", "concepts/vurdering.md");
        Assert.Equal(Severity.Error, d.Severity);
        d.AssertAt(3, 16);
        Assert.StartsWith("malformed YAML", d.Message);
        Assert.DoesNotContain("(Line:", d.Message);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void MalformedFrontMatterFurtherDownKeepsTheLineOffset()
    {
        using var site = new TestSite().File("index.md", "---\ntitle: Forside\ndescription: Om sida\ntags: [a, b]\n  lang: nb\n---\nTekst.\n");
        var d = site.Build().Single("KMP004", "index.md");
        Assert.Equal(5, d.Location.Line);
    }

    [Fact]
    public void MalformedYamlInSiteSettingsIsAtItsOwnLine()
    {
        // site.yml has no front matter delimiters: its YAML starts on line 1.
        using var site = new TestSite().File("site.yml", "name: Testsida\nmunicipality: Test\ndescription: Noe: annet\n");
        var d = site.Build().Single("KMP004", "site.yml");
        d.AssertAt(3, 17);
    }

    // Invalid YAML that makes YamlDotNet throw something other than YamlException must still be a diagnostic.
    [Theory]
    [InlineData("aliases: [vurderinger,\nvurderingen]", 5)]       // a flow list wrapped onto an unindented line
    [InlineData("legal:\n  - act: opplaeringslova\n    section: \"10-2\"*a", 6)] // an alias right after a quoted value
    public void YamlThatTheParserChokesOnIsReportedNotThrown(string yaml, int line)
    {
        using var site = new TestSite().Concept("vurdering", "Vurdering", yaml: yaml);
        BuildResult? result = null;
        var ex = Record.Exception(() => result = site.Build());
        Assert.Null(ex);
        var d = result!.Single("KMP004", "concepts/vurdering.md");
        Assert.InRange(d.Location.Line, 4, line);
    }

    [Fact]
    public void DuplicateKeyIsAnErrorAtTheSecondKey()
    {
        using var site = new TestSite().File("concepts/vurdering.md", "---\ntitle: Vurdering\ndefinition: Noe\ntitle: Igjen\n---\n");
        var result = site.Build();
        var d = Assert.Single(result.Diagnostics, x => x.Severity == Severity.Error && DiagnosticQueries.IsFile(x, "concepts/vurdering.md"));
        Assert.Equal(4, d.Location.Line);
        Assert.Contains("title", d.Message);
    }

    [Fact]
    public void UnclosedFrontMatter()
    {
        using var site = new TestSite().File("concepts/vurdering.md", "---\ntitle: Vurdering\ndefinition: Noe\n\nTekst uten avsluttende strek.\n");
        var result = site.Build();
        result.Single("KMP003", "concepts/vurdering.md").AssertAt(1, 1);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void MissingTitleInConcept()
    {
        using var site = new TestSite().File("concepts/vurdering.md", "---\ndefinition: Noe\n---\nTekst.\n");
        var d = site.Build().Single("KMP010", "concepts/vurdering.md");
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("'title'", d.Message);
        d.AssertAt(2, 1);
    }

    [Fact]
    public void PageWithoutTitleOrHeadingIsTitledByItsFileName()
    {
        using var site = new TestSite().File("om-oss.md", "Bare tekst, ingen front matter.\n");
        var result = site.Build(write: true);
        var d = result.Single("KMP028", "om-oss.md");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("'Om oss'", d.Message);
        d.AssertAt(1, 1);
        Assert.True(result.Succeeded);
        Assert.Contains(">Om oss</h1>", File.ReadAllText(Path.Combine(site.Output, "om-oss", "index.html")));
    }

    [Fact]
    public void EmptyTitleIsReportedAtTheValue()
    {
        using var site = new TestSite().File("concepts/vurdering.md", "---\ntitle: \"  \"\ndefinition: Noe\n---\n");
        var d = site.Build().Single("KMP024", "concepts/vurdering.md");
        d.AssertAt(2, 8);
    }

    [Fact]
    public void UnknownRelatedConceptWithHint()
    {
        using var site = new TestSite()
            .Concept("vurdering", "Vurdering")
            .Concept("tilpasset-opplaering", "Tilpasset opplæring")
            .Concept("laget-rundt-barnet", "Laget rundt barnet", yaml: "related: [vurdering, tilpaset-opplaering]");
        var result = site.Build();
        var d = result.Single("KMP015", "concepts/laget-rundt-barnet.md");
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("'tilpaset-opplaering'", d.Message);
        Assert.Contains("did you mean 'tilpasset-opplaering'?", d.Message);
        d.AssertAt(4, "related: [vurdering, ".Length + 1);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void UnknownRelatedConceptInBlockListIsAtItsLine()
    {
        using var site = new TestSite()
            .Concept("vurdering", "Vurdering")
            .Concept("mentorsamtale", "Mentorsamtale", yaml: "related:\n  - vurdering\n  - utviklingsamtale");
        var d = site.Build().Single("KMP015", "concepts/mentorsamtale.md");
        d.AssertAt(6, 5);
        Assert.DoesNotContain("did you mean", d.Message); // nothing close: only 'vurdering' exists
    }

    [Fact]
    public void TwoConceptFilesWithTheSameSlug()
    {
        using var site = new TestSite()
            .Concept("vurdering", "Vurdering")
            .Concept("vurdering", "Vurdering igjen", path: "concepts/sub/vurdering.md");
        var result = site.Build();
        var found = result.With("KMP016");
        Assert.NotEmpty(found);
        Assert.All(found, d => Assert.Equal(Severity.Error, d.Severity));
        Assert.Contains(found, d => d.Message.Contains("/begreper/vurdering/") &&
            (DiagnosticQueries.IsFile(d, "concepts/sub/vurdering.md") && d.Message.Contains("concepts/vurdering.md") ||
             DiagnosticQueries.IsFile(d, "concepts/vurdering.md") && d.Message.Contains("concepts/sub/vurdering.md")));
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void PageTakingAConceptsUrl()
    {
        using var site = new TestSite()
            .Concept("vurdering", "Vurdering")
            .File("begreper/vurdering.md", "---\ntitle: Vurdering (side)\n---\nTekst.\n");
        var result = site.Build();
        var found = result.With("KMP016");
        Assert.Contains(found, d => d.Message.Contains("/begreper/vurdering/"));
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void PageTakingAGeneratedUrl()
    {
        using var site = new TestSite().File("begreper/index.md", "---\ntitle: Begreper (egen side)\n---\nTekst.\n");
        var result = site.Build();
        Assert.Contains(result.With("KMP016", "begreper/index.md"), d => d.Message.Contains("/begreper/") && d.Message.Contains("generator"));
        Assert.False(result.Succeeded);
    }

    // One clash is one problem: it should be reported once, naming the two files (or the generator) that clash.
    [Theory]
    [InlineData("begreper/vurdering.md")]
    [InlineData("begreper/index.md")]
    public void ADuplicatePageIsReportedOnce(string page)
    {
        using var site = new TestSite()
            .Concept("vurdering", "Vurdering")
            .File(page, "---\ntitle: Egen side\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.With("KMP016").Count == 1, "one clash, one diagnostic:\n" + result.Describe());
        Assert.DoesNotContain("site.yml", result.With("KMP016")[0].Message);
    }

    [Fact]
    public void NotUtf8PointsAtTheFirstBadByte()
    {
        // "Blåbær" saved as Latin-1: 0xE5 is the 10th character of line 2.
        using var site = new TestSite().Bytes("concepts/blabaer.md",
            Concat(Utf8("---\ntitle: Bl"), [0xE5], Utf8("b"), [0xE6], Utf8("r\ndefinition: Noe\n---\n")));
        var result = site.Build();
        var d = result.Single("KMP001", "concepts/blabaer.md");
        Assert.Equal(Severity.Error, d.Severity);
        d.AssertAt(2, 10);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void NotUtf8ColumnCountsCharactersNotBytes()
    {
        // "Særs" holds a two-byte 'æ'; the bad byte is the 12th character of "title: Særs?".
        using var site = new TestSite().Bytes("concepts/saers.md",
            Concat(Utf8("---\ntitle: Særs"), [0xF8], Utf8("\ndefinition: Noe\n---\n")));
        site.Build().Single("KMP001", "concepts/saers.md").AssertAt(2, 12);
    }

    [Fact]
    public void NotUtf8FarIntoALargeFile()
    {
        string lines = string.Concat(Enumerable.Repeat("Dette er en linje med æøå i.\n", 3000));
        using var site = new TestSite().Bytes("om.md",
            Concat(Utf8("---\ntitle: Om\n---\n" + lines + "Her: "), [0xFF], Utf8("\n")));
        site.Build().Single("KMP001", "om.md").AssertAt(3 + 3000 + 1, 6);
    }

    [Fact]
    public void NotUtf8AfterAByteOrderMark()
    {
        using var site = new TestSite().Bytes("om.md",
            Concat([0xEF, 0xBB, 0xBF], Utf8("---\ntitle: Om"), [0xC3], Utf8("\n---\n")));
        site.Build().Single("KMP001", "om.md").AssertAt(2, 10);
    }

    [Fact]
    public void ByteOrderMarkAndCrLfAreAccepted()
    {
        using var site = new TestSite()
            .Bytes("concepts/vurdering.md", Concat([0xEF, 0xBB, 0xBF], Utf8("---\r\ntitle: Vurdering\r\ndefinition: Noe\r\n---\r\nTekst.\r\n")));
        site.Build().AssertClean();
    }

    [Fact]
    public void UnknownKeyIsAWarningWithTheNearestKey()
    {
        using var site = new TestSite().File("om.md", "---\ntitle: Om oss\ndescripton: Hvem vi er\n---\nTekst.\n");
        var result = site.Build();
        var d = result.Single("KMP011", "om.md");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("'descripton'", d.Message);
        Assert.Contains("did you mean 'description'?", d.Message);
        d.AssertAt(3, 1);
        Assert.True(result.Succeeded, "a warning alone does not fail the build:\n" + result.Describe());
        Assert.Equal(1, result.Warnings);
    }

    [Fact]
    public void MisspeltTitleGivesTheHintAndTheMissingTitle()
    {
        using var site = new TestSite().File("concepts/vurdering.md", "---\ntitel: Vurdering\ndefinition: Noe\n---\n");
        var result = site.Build();
        var warning = result.Single("KMP011", "concepts/vurdering.md");
        Assert.Contains("did you mean 'title'?", warning.Message);
        warning.AssertAt(2, 1);
        result.Single("KMP010", "concepts/vurdering.md");
    }

    [Fact]
    public void UnknownKeyInsideALegalEntry()
    {
        using var site = new TestSite().Concept("vurdering", "Vurdering",
            yaml: "legal:\n  - act: opplaeringslova\n    section: \"11-1\"\n    sektion: x");
        var d = site.Build().Single("KMP011", "concepts/vurdering.md");
        Assert.Contains("did you mean 'section'?", d.Message);
        d.AssertAt(7, 5);
    }

    [Fact]
    public void UnknownLegalAct()
    {
        using var site = new TestSite().Concept("vurdering", "Vurdering",
            yaml: "legal:\n  - act: opplaringslova\n    section: \"11-1\"");
        var result = site.Build();
        var d = result.Single("KMP017", "concepts/vurdering.md");
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("'opplaringslova'", d.Message);
        Assert.Contains("did you mean 'opplaeringslova'?", d.Message);
        Assert.Contains("barnehageloven", d.Message); // the known acts are listed
        d.AssertAt(5, 10);
    }

    [Fact]
    public void OldSectionOnlyWithTheNewEducationAct()
    {
        using var site = new TestSite().Concept("vurdering", "Vurdering",
            yaml: "legal:\n  - act: barnehageloven\n    section: \"31\"\n    old_section: \"19 a\"");
        site.Build().Single("KMP018", "concepts/vurdering.md").AssertAt(7, 18);
    }

    [Fact]
    public void InvalidLanguageInFrontMatter()
    {
        using var site = new TestSite().Concept("vurdering", "Vurdering", yaml: "lang: en");
        var result = site.Build();
        var d = result.Single("KMP019", "concepts/vurdering.md");
        Assert.Contains("'en'", d.Message);
        d.AssertAt(4, 7);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void InvalidLanguageInSiteSettings()
    {
        using var site = new TestSite().File("site.yml", TestSite.SiteYml.Replace("language: nb", "language: no-NB") + "\n");
        var d = site.Build().Single("KMP019", "site.yml");
        d.AssertAt(4, 11);
    }

    [Fact]
    public void InvalidUrlInSiteSettings()
    {
        using var site = new TestSite().File("site.yml", TestSite.SiteYml.Replace("accessibility_statement: https://www.uustatus.no/nb/erklaringer/publisert/test", "accessibility_statement: test.example.no") + "\n");
        var d = site.Build().Single("KMP020", "site.yml");
        Assert.Contains("test.example.no", d.Message);
        d.AssertAt(5, 26); // base_url has a check of its own (KMP212, TrustBoundaryTests)
    }

    [Fact]
    public void InvalidDate()
    {
        using var site = new TestSite().File("om.md", "---\ntitle: Om\nupdated: 2026-13-01\n---\n");
        site.Build().Single("KMP021", "om.md").AssertAt(3, 10);
    }

    [Fact]
    public void WrongType()
    {
        using var site = new TestSite().Concept("vurdering", "Vurdering", yaml: "aliases:\n  vurderinger: ja");
        var d = site.Build().Single("KMP013", "concepts/vurdering.md");
        Assert.Contains("'aliases'", d.Message);
        Assert.Equal(5, d.Location.Line);
    }

    [Fact]
    public void FrontMatterThatIsNotAMapping()
    {
        using var site = new TestSite().File("om.md", "---\n- en\n- to\n---\nTekst.\n");
        site.Build().Single("KMP005", "om.md").AssertAt(2, 1);
    }

    [Fact]
    public void EmptyFile()
    {
        using var site = new TestSite().File("om.md", "  \n\n");
        site.Build().Single("KMP006", "om.md");
    }

    [Fact]
    public void InvalidConceptSlug()
    {
        using var site = new TestSite().Concept("Vurdering_2", "Vurdering");
        site.Build().Single("KMP025", "concepts/Vurdering_2.md");
    }

    [Fact]
    public void MissingSiteSettingsIsAWarningAndTheDefaultsBuild()
    {
        using var site = new TestSite().Delete("site.yml");
        var result = site.Build();
        Assert.Equal(Kompetanse.Diagnostics.Severity.Warning, Assert.Single(result.With("KMP040")).Severity);
        Assert.True(result.Succeeded, result.Describe());
    }

    [Fact]
    public void MissingInputFolder()
    {
        using var site = new TestSite();
        var result = Build.Run(new BuildOptions(Path.Combine(site.Root, "finnes-ikke"), RepoPaths.Theme, site.Output) { Today = TestSite.Today });
        var d = Assert.Single(result.With("KMP062"));
        Assert.Contains("input", d.Message);
        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void AllErrorsOfOneRunAreReportedTogether()
    {
        using var site = new TestSite()
            .Concept("vurdering", "Vurdering", yaml: "lang: en")
            .File("concepts/barnesyn.md", "---\ntitle: Barnesyn\n---\n")
            .File("om.md", "---\ntitle: Om\ndescription: a: b\n---\n")
            .Bytes("hjelp.md", Concat(Utf8("---\ntitle: Hj"), [0xE6], Utf8("lp\n---\n")));
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Single(result.With("KMP019", "concepts/vurdering.md"));
        Assert.Single(result.With("KMP010", "concepts/barnesyn.md"));
        Assert.Single(result.With("KMP004", "om.md"));
        Assert.Single(result.With("KMP001", "hjelp.md"));
        Assert.True(result.Errors >= 4, result.Describe());
    }

    [Fact]
    public void DiagnosticsPrintInTheEditorFormat()
    {
        using var site = new TestSite().Concept("vurdering", "Vurdering", yaml: "lang: en");
        var d = site.Build().Single("KMP019", "concepts/vurdering.md");
        Assert.Matches(@"concepts/vurdering\.md\(4,7\): error KMP019: unknown language 'en'", d.ToString());
    }

    [Fact]
    public void DiagnosticsAreSortedByFileAndLine()
    {
        using var site = new TestSite()
            .File("b.md", "---\ntitle: B\nfoo: 1\nbar: 2\n---\n")
            .File("a.md", "---\ntitle: A\nbaz: 3\n---\n");
        var result = site.Build();
        var order = result.Diagnostics.Select(d => (Path.GetFileName(d.Location.Path), d.Location.Line)).ToList();
        Assert.Equal([("a.md", 3), ("b.md", 3), ("b.md", 4)], order);
    }
}
