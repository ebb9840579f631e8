using Kompetanse.Tests.Support;
using Kompetanse.Writing;

namespace Kompetanse.Tests;

/// <summary>The output folder is replaced whole, so it must never be or hold anything the generator did not make.</summary>
public class OutputGuardTests : IDisposable
{
    private readonly TempFolder _root = new("guard");
    private readonly string _input;
    private readonly string _theme;

    public OutputGuardTests()
    {
        _input = _root.Combine("input");
        _theme = _root.Combine("theme");
        _root.Write("input/site.yml", "name: x\n");
        _root.Write("theme/layouts/base.liquid", "x");
    }

    public void Dispose() => _root.Dispose();

    private string? Check(string output) => OutputGuard.Check(output, _input, _theme);

    [Fact]
    public void AFreshFolderBesideTheInputIsFine()
    {
        Assert.Null(Check(_root.Combine("site")));
        Assert.Null(Check(_root.Combine("bygg", "site")));
    }

    [Fact]
    public void AnEmptyExistingFolderIsFine()
    {
        Directory.CreateDirectory(_root.Combine("site"));
        Assert.Null(Check(_root.Combine("site")));
    }

    [Fact]
    public void AFolderWithTheMarkerIsFine()
    {
        _root.Write("site/" + OutputGuard.Marker, "");
        _root.Write("site/index.html", "<!DOCTYPE html>");
        Assert.Null(Check(_root.Combine("site")));
    }

    [Fact]
    public void RefusesTheInputFolder()
    {
        Assert.Contains("input", Check(_input));
        Assert.NotNull(Check(_input + Path.DirectorySeparatorChar));
        Assert.NotNull(Check(Path.Combine(_root.Path, "annet", "..", "input")));
    }

    [Fact]
    public void RefusesAFolderContainingTheInput()
    {
        Assert.Contains("contains the input", Check(_root.Path));
    }

    [Fact]
    public void RefusesAFolderInsideTheInput()
    {
        Assert.Contains("inside the input", Check(Path.Combine(_input, "site")));
        Assert.NotNull(Check(Path.Combine(_input, "a", "b")));
    }

    [Fact]
    public void RefusesTheThemeFolderAndWhatIsInsideOrAroundIt()
    {
        string theme = _root.Combine("tema");
        _root.Write("tema/layouts/base.liquid", "x");
        Assert.Contains("theme", OutputGuard.Check(theme, _input, theme));
        Assert.NotNull(OutputGuard.Check(Path.Combine(theme, "assets"), _input, theme));
        Assert.NotNull(OutputGuard.Check(_root.Path, _input, theme));
    }

    [Fact]
    public void RefusesTheRepositoryRoot()
    {
        _root.Write("repo/.git/HEAD", "ref: refs/heads/main\n");
        _root.Write("repo/input/site.yml", "name: x\n");
        _root.Write("repo/theme/layouts/base.liquid", "x");
        string repo = _root.Combine("repo");
        string input = Path.Combine(repo, "input"), theme = Path.Combine(repo, "theme");
        Assert.NotNull(OutputGuard.Check(repo, input, theme));
        Assert.NotNull(OutputGuard.Check(_root.Path, input, theme)); // contains the repository root
        Assert.Null(OutputGuard.Check(Path.Combine(repo, "output"), input, theme)); // the usual place is fine
    }

    [Fact]
    public void RefusesTheRealRepositoryRoot()
    {
        Assert.NotNull(OutputGuard.Check(RepoPaths.Root, RepoPaths.Input, RepoPaths.Theme));
        Assert.NotNull(OutputGuard.Check(Path.GetDirectoryName(RepoPaths.Root)!, RepoPaths.Input, RepoPaths.Theme));
    }

    [Fact]
    public void RefusesAFolderContainingARepositoryWhoseGitIsAFile()
    {
        // Worktrees and submodules have a .git file rather than a folder.
        _root.Write("wt/.git", "gitdir: /somewhere/else\n");
        _root.Write("wt/content/site.yml", "name: x\n");
        string wt = _root.Combine("wt");
        Assert.NotNull(OutputGuard.Check(wt, Path.Combine(wt, "content"), _theme));
    }

    [Fact]
    public void RefusesANonEmptyFolderWithoutTheMarker()
    {
        _root.Write("dokumenter/rapport.docx", "viktig");
        string? reason = Check(_root.Combine("dokumenter"));
        Assert.NotNull(reason);
        Assert.Contains(OutputGuard.Marker, reason);
    }

    [Fact]
    public void RefusesAFolderHoldingOnlyASubfolder()
    {
        Directory.CreateDirectory(_root.Combine("dokumenter", "tom"));
        Assert.NotNull(Check(_root.Combine("dokumenter")));
    }

    [Fact]
    public void RefusesFileSystemRootHomeAndWorkingFolder()
    {
        Assert.NotNull(Check(Path.GetPathRoot(_root.Path)!));
        Assert.NotNull(Check(Environment.CurrentDirectory));
        string? home = Environment.GetEnvironmentVariable("HOME");
        if (!string.IsNullOrEmpty(home)) Assert.NotNull(Check(home));
    }

    [Fact]
    public void ContainsIsAboutWholePathSegments()
    {
        Assert.True(OutputGuard.Contains("/a/b", "/a/b/c"));
        Assert.True(OutputGuard.Contains("/a/b", "/a/b"));
        Assert.True(OutputGuard.Contains("/a/b/", "/a/b"));
        Assert.False(OutputGuard.Contains("/a/b", "/a/bc"));
        Assert.False(OutputGuard.Contains("/a/b/c", "/a/b"));
    }

    [Fact]
    public void ASiblingWhoseNameStartsLikeTheInputIsFine()
    {
        Assert.Null(Check(_input + "-site"));
    }

    [Fact]
    public void BuildRefusesAnUnsafeOutputAndTouchesNothing()
    {
        using var site = new TestSite();
        string notes = Path.Combine(site.Root, "notater");
        Directory.CreateDirectory(notes);
        File.WriteAllText(Path.Combine(notes, "viktig.txt"), "ikke slett meg");

        var result = Build.Run(new BuildOptions(site.Input, RepoPaths.Theme, notes) { Today = TestSite.Today });
        var d = Assert.Single(result.With("KMP060"));
        Assert.Contains(OutputGuard.Marker, d.Message);
        Assert.False(result.Succeeded);
        Assert.Equal(["viktig.txt"], Directory.GetFileSystemEntries(notes).Select(Path.GetFileName));
        Assert.Equal("ikke slett meg", File.ReadAllText(Path.Combine(notes, "viktig.txt")));
        Assert.False(Directory.Exists(notes + ".staging"));
    }

    [Fact]
    public void BuildRefusesTheInputAsOutputAndLeavesItAlone()
    {
        using var site = new TestSite();
        var before = Directory.GetFiles(site.Input, "*", SearchOption.AllDirectories).Order().ToList();
        var result = Build.Run(new BuildOptions(site.Input, RepoPaths.Theme, site.Input) { Today = TestSite.Today });
        Assert.Single(result.With("KMP060"));
        Assert.Equal(before, Directory.GetFiles(site.Input, "*", SearchOption.AllDirectories).Order().ToList());
        Assert.False(File.Exists(Path.Combine(site.Input, OutputGuard.Marker)));
    }

    [Fact]
    public void CheckOnlyDoesNotNeedASafeOutput()
    {
        // 'check' (Write = false) writes nothing, so the output folder is not judged.
        using var site = new TestSite();
        var result = Build.Run(new BuildOptions(site.Input, RepoPaths.Theme, site.Input) { Write = false, Today = TestSite.Today });
        result.AssertClean();
    }
}
