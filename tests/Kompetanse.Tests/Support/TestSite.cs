using Kompetanse.Diagnostics;

namespace Kompetanse.Tests.Support;

/// <summary>
/// A small input folder in a temp folder, built with the real theme. Starts with what every site needs
/// (site.yml, a front page and the accessibility page the footer links to); tests add the files they are about.
/// </summary>
public sealed class TestSite : IDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public const string SiteYml = """
        name: Testsida
        municipality: Testkommune
        base_url: https://test.example.no/
        language: nb
        accessibility_statement: https://www.uustatus.no/nb/erklaringer/publisert/test
        """;

    private readonly TempFolder _folder = new("site");

    public TestSite(bool minimal = true)
    {
        Directory.CreateDirectory(Input);
        if (!minimal) return;
        File("site.yml", SiteYml + "\n");
        File("index.md", "---\ntitle: Forside\n---\nVelkommen til testsida.\n");
        File("tilgjengelighet.md", "---\ntitle: Tilgjengelighet\n---\nAlle skal kunne bruke sida.\n\n## Meld fra\n\nSkriv til oss.\n");
    }

    public string Root => _folder.Path;
    public string Input => _folder.Combine("input");
    public string Output => _folder.Combine("site");

    /// <summary>Writes a file into the input folder ("concepts/vurdering.md").</summary>
    public TestSite File(string relative, string text)
    {
        _folder.Write("input/" + relative, text);
        return this;
    }

    public TestSite Bytes(string relative, byte[] bytes)
    {
        _folder.WriteBytes("input/" + relative, bytes);
        return this;
    }

    public TestSite Delete(string relative)
    {
        System.IO.File.Delete(Path.Combine(Input, relative));
        return this;
    }

    /// <summary>
    /// A concept file: line 1 '---', line 2 title, line 3 definition, then <paramref name="yaml"/> from line 4,
    /// then '---' and the body.
    /// </summary>
    public TestSite Concept(string slug, string title, string yaml = "", string body = "Mer om begrepet.", string? path = null)
    {
        string extra = yaml.Length == 0 ? "" : yaml.TrimEnd('\n') + "\n";
        return File(path ?? $"concepts/{slug}.md", $"---\ntitle: {title}\ndefinition: {title} er et begrep i testsida.\n{extra}---\n{body}\n");
    }

    public BuildOptions Options(bool write) => new(Input, RepoPaths.Theme, Output) { Write = write, Today = Today };

    public BuildResult Build(bool write = false) => Kompetanse.Build.Run(Options(write));

    public string ReadOutput(string relative) => System.IO.File.ReadAllText(Path.Combine(Output, relative));

    public void Dispose() => _folder.Dispose();
}

/// <summary>Finding diagnostics in a result, with the whole list in every failure message.</summary>
public static class DiagnosticQueries
{
    public static string Describe(this BuildResult result) =>
        result.Diagnostics.Count == 0 ? "(no diagnostics)" : string.Join("\n", result.Diagnostics.Select(d => d.ToString()));

    /// <summary>The diagnostics with this id whose file ends with <paramref name="file"/> (e.g. "concepts/a.md").</summary>
    public static IReadOnlyList<Diagnostic> With(this BuildResult result, string id, string? file = null) =>
        result.Diagnostics.Where(d => d.Id == id && (file is null || IsFile(d, file))).ToList();

    public static bool IsFile(Diagnostic d, string file) =>
        d.Location.Path == file || d.Location.Path.EndsWith("/" + file, StringComparison.Ordinal);

    /// <summary>Exactly one diagnostic with this id in this file; fails with every diagnostic listed otherwise.</summary>
    public static Diagnostic Single(this BuildResult result, string id, string file)
    {
        var found = result.With(id, file);
        Assert.True(found.Count == 1, $"expected exactly one {id} in {file}, found {found.Count}:\n{result.Describe()}");
        return found[0];
    }

    public static void AssertAt(this Diagnostic d, int line, int column)
    {
        Assert.True(d.Location.Line == line && d.Location.Column == column,
            $"expected {d.Id} at ({line},{column}), got {d}");
    }

    public static void AssertClean(this BuildResult result)
    {
        Assert.True(result.Diagnostics.Count == 0, "expected no diagnostics:\n" + result.Describe());
        Assert.True(result.Succeeded);
    }
}
