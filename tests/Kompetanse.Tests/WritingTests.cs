using Kompetanse.Tests.Support;
using Kompetanse.Writing;

namespace Kompetanse.Tests;

/// <summary>Staged writing: all or nothing, and nothing outside the output folder is ever removed.</summary>
public class WritingTests
{
    private static TestSite GoodSite() => new TestSite()
        .Concept("vurdering", "Vurdering", body: "Om vurdering.")
        .Concept("barnesyn", "Barnesyn")
        .Bytes("bilder/kart.png", [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);

    /// <summary>Every file under a folder (relative path → bytes) and every subfolder.</summary>
    private static (SortedDictionary<string, byte[]> Files, List<string> Folders) Snapshot(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (string f in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(folder, f)] = File.ReadAllBytes(f);
        var folders = Directory.GetDirectories(folder, "*", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(folder, d)).Order(StringComparer.Ordinal).ToList();
        return (files, folders);
    }

    private static void AssertSame((SortedDictionary<string, byte[]> Files, List<string> Folders) before, (SortedDictionary<string, byte[]> Files, List<string> Folders) after)
    {
        Assert.Equal(before.Folders, after.Folders);
        Assert.Equal(before.Files.Keys, after.Files.Keys);
        foreach (var (path, bytes) in before.Files)
            Assert.True(bytes.AsSpan().SequenceEqual(after.Files[path]), $"{path} changed");
    }

    [Fact]
    public void ASuccessfulBuildWritesTheSiteWithTheMarker()
    {
        using var site = GoodSite();
        var result = site.Build(write: true);
        result.AssertClean();
        Assert.True(File.Exists(Path.Combine(site.Output, OutputGuard.Marker)));
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "begreper", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "begreper", "vurdering", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "tilgjengelighet", "index.html")));
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 1, 2, 3], File.ReadAllBytes(Path.Combine(site.Output, "bilder", "kart.png")));
        Assert.False(Directory.Exists(StagedWriter.StagingFolder(site.Output))); // the first build's staging became the output
        Assert.Equal(result.Files, Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).Length - 1); // all but the marker
    }

    [Fact]
    public void CheckWritesNothing()
    {
        using var site = GoodSite();
        var result = site.Build(write: false);
        result.AssertClean();
        Assert.True(result.Pages >= 5);
        Assert.False(Directory.Exists(site.Output));
        Assert.False(Directory.Exists(StagedWriter.StagingFolder(site.Output)));
    }

    [Fact]
    public void AFailedBuildLeavesThePreviousOutputByteForByte()
    {
        using var site = GoodSite();
        site.Build(write: true).AssertClean();
        var before = Snapshot(site.Output);

        site.File("index.md", "---\ntitle: Ny forside\n---\nNy tekst.\n")
            .File("concepts/barnesyn.md", "---\ntitle: Barnesyn\ndefinition: a: b\n---\n");
        var result = site.Build(write: true);

        Assert.False(result.Succeeded);
        Assert.Single(result.With("KMP004", "concepts/barnesyn.md"));
        AssertSame(before, Snapshot(site.Output));
        // Found while loading: nothing was written anywhere.
        Assert.False(Directory.Exists(StagedWriter.StagingFolder(site.Output)));
    }

    [Fact]
    public void AFailureFoundOnlyWhenVerifyingLinksAlsoLeavesTheOutputAlone()
    {
        using var site = GoodSite();
        site.Build(write: true).AssertClean();
        var before = Snapshot(site.Output);

        site.File("index.md", "---\ntitle: Forside\n---\n[Død lenke](/finnes-ikke/)\n");
        var result = site.Build(write: true);

        Assert.Single(result.With("KMP070"));
        AssertSame(before, Snapshot(site.Output));
    }

    [Fact]
    public void ASuccessfulRebuildReplacesTheOutputWhole()
    {
        using var site = GoodSite();
        site.Build(write: true).AssertClean();
        File.WriteAllText(Path.Combine(site.Output, "gammel.txt"), "fra forrige gang");

        site.File("index.md", "---\ntitle: Helt ny forside\n---\nNy tekst.\n")
            .Delete("concepts/barnesyn.md")
            .Delete("bilder/kart.png");
        site.Build(write: true).AssertClean();

        Assert.Contains("Helt ny forside", site.ReadOutput("index.html"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "begreper", "barnesyn")));
        Assert.False(File.Exists(Path.Combine(site.Output, "bilder", "kart.png")));
        Assert.False(File.Exists(Path.Combine(site.Output, "gammel.txt")));
        Assert.True(File.Exists(Path.Combine(site.Output, OutputGuard.Marker)));
        // The output and the staging folder take turns: the replaced site is now the staging folder, and the
        // next build writes over it, removing what the new site no longer has.
        string staging = StagedWriter.StagingFolder(site.Output);
        Assert.Equal("fra forrige gang", File.ReadAllText(Path.Combine(staging, "gammel.txt")));

        site.File("index.md", "---\ntitle: Tredje forside\n---\nTekst.\n");
        site.Build(write: true).AssertClean();
        Assert.Contains("Tredje forside", site.ReadOutput("index.html"));
        Assert.False(File.Exists(Path.Combine(site.Output, "gammel.txt")));
        Assert.False(File.Exists(Path.Combine(site.Output, "bilder", "kart.png")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "begreper", "barnesyn")));
        Assert.Contains("Helt ny forside", File.ReadAllText(Path.Combine(staging, "index.html")));
    }

    [Fact]
    public void AFileWrittenOverALongerOneFromTheSiteBeforeLastHoldsExactlyTheNewBytes()
    {
        using var site = GoodSite();
        site.File("om.md", "---\ntitle: Om\n---\n" + string.Concat(Enumerable.Repeat("Lang tekst om tilpasset opplæring. ", 400)) + "\n");
        site.Build(write: true).AssertClean();
        site.Build(write: true).AssertClean(); // the long page is now in the staging folder, written over next
        site.File("om.md", "---\ntitle: Om\n---\nKort.\n");
        site.Build(write: true).AssertClean();

        string html = site.ReadOutput("om/index.html");
        Assert.EndsWith("</html>\n", html);
        Assert.DoesNotContain("Lang tekst", html);
        using var fresh = GoodSite();
        fresh.File("om.md", "---\ntitle: Om\n---\nKort.\n").Build(write: true).AssertClean();
        Assert.Equal(fresh.ReadOutput("om/index.html").Replace(fresh.Root, ""), html.Replace(site.Root, ""));
    }

    [Fact]
    public void AFileWhoseBytesDidNotChangeIsNotRewritten()
    {
        using var site = GoodSite();
        site.Build(write: true).AssertClean();
        site.Build(write: true).AssertClean(); // the first site is now the staging folder, written over next
        string staging = StagedWriter.StagingFolder(site.Output);
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(staging, "begreper", "barnesyn", "index.html"), old);
        File.SetLastWriteTimeUtc(Path.Combine(staging, "begreper", "vurdering", "index.html"), old);

        site.Concept("vurdering", "Vurdering", body: "Om vurdering, nå med mer tekst.");
        site.Build(write: true).AssertClean();

        Assert.Equal(old, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "begreper", "barnesyn", "index.html")));
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "begreper", "vurdering", "index.html")));
        Assert.Contains("nå med mer tekst", site.ReadOutput("begreper/vurdering/index.html"));
    }

    [Fact]
    public void AFileInTheSiteBeforeLastMakesWayForAFolder()
    {
        using var site = GoodSite();
        site.Bytes("ting", [1, 2, 3]);
        site.Build(write: true).AssertClean();
        site.Build(write: true).AssertClean(); // the site with the file 'ting' is now the staging folder
        site.Delete("ting").File("ting.md", "---\ntitle: Ting\n---\nEn side.\n");
        site.Build(write: true).AssertClean();
        Assert.Contains("En side.", site.ReadOutput("ting/index.html"));
    }

    [Fact]
    public void AFolderInTheSiteBeforeLastMakesWayForAFile()
    {
        using var site = GoodSite();
        site.File("ting.md", "---\ntitle: Ting\n---\nEn side.\n");
        site.Build(write: true).AssertClean();
        site.Build(write: true).AssertClean(); // the site with the folder 'ting/' is now the staging folder
        site.Delete("ting.md").Bytes("ting", [1, 2, 3]);
        site.Build(write: true).AssertClean();
        Assert.Equal([1, 2, 3], File.ReadAllBytes(Path.Combine(site.Output, "ting")));
    }

    [Fact]
    public void FilesBesideTheOutputSurviveBuilds()
    {
        using var site = GoodSite();
        string sibling = Path.Combine(site.Root, "site-notater.txt");
        string siblingFolder = Path.Combine(site.Root, "site-gammel");
        File.WriteAllText(sibling, "ikke slett meg");
        Directory.CreateDirectory(siblingFolder);
        File.WriteAllText(Path.Combine(siblingFolder, "a.txt"), "a");

        site.Build(write: true).AssertClean();
        site.Build(write: true).AssertClean();
        site.File("om.md", "---\ntitle: Om\n---\n[x](/nei/)\n").Build(write: true);

        Assert.Equal("ikke slett meg", File.ReadAllText(sibling));
        Assert.Equal("a", File.ReadAllText(Path.Combine(siblingFolder, "a.txt")));
        Assert.True(Directory.Exists(site.Input));
    }

    [Theory]
    [InlineData(".previous")]
    [InlineData(".staging")]
    [InlineData(".swap")]
    public void AUserFolderNamedLikeTheStagingFoldersIsNeverRemoved(string suffix)
    {
        using var site = GoodSite();
        string folder = Path.TrimEndingDirectorySeparator(site.Output) + suffix;
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "viktig.txt"), "ikke slett meg");

        var result = site.Build(write: true);

        Assert.Equal("ikke slett meg", File.ReadAllText(Path.Combine(folder, "viktig.txt")));
        if (!result.Succeeded) Assert.Single(result.With("KMP061"));
    }

    [Fact]
    public void AnOutputPathThatIsAFileIsNotReplaced()
    {
        using var site = GoodSite();
        File.WriteAllText(site.Output, "en fil, ikke en mappe");
        var result = site.Build(write: true);
        Assert.False(result.Succeeded, "building over a file must fail:\n" + result.Describe());
        Assert.Equal("en fil, ikke en mappe", File.ReadAllText(site.Output));
    }

    [Fact]
    public void BuildsAreReproducible()
    {
        using var a = GoodSite();
        using var b = GoodSite();
        a.Build(write: true).AssertClean();
        b.Build(write: true).AssertClean();
        AssertSame(Snapshot(a.Output), Snapshot(b.Output));
    }

    [Fact]
    public void RemoveOwnFolderRefusesAFolderWithoutTheMarker()
    {
        using var temp = new TempFolder("own");
        temp.Write("x/keep.txt", "keep");
        Assert.Throws<IOException>(() => StagedWriter.RemoveOwnFolder(temp.Combine("x")));
        Assert.True(File.Exists(temp.Combine("x", "keep.txt")));

        temp.Write("y/" + OutputGuard.Marker, "");
        temp.Write("y/index.html", "x");
        StagedWriter.RemoveOwnFolder(temp.Combine("y"));
        Assert.False(Directory.Exists(temp.Combine("y")));
    }
}
