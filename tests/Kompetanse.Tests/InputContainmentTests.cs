using Kompetanse.Diagnostics;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>Nothing from outside the input and theme folders is published, however a link points there.</summary>
public class InputContainmentTests
{
    private static readonly string Secret = "hemmelig-" + Guid.NewGuid().ToString("N");

    private static string OutsideFile(TempFolder outside) => outside.Write("hemmelig.txt", Secret + "\n");

    private static void AssertNotPublished(TestSite site)
    {
        if (!Directory.Exists(site.Output)) return;
        foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories))
            Assert.DoesNotContain(Secret, File.ReadAllText(file));
    }

    [Fact]
    public void A_link_to_a_file_outside_the_input_is_an_error_at_its_path_and_nothing_of_it_is_published()
    {
        using var outside = new TempFolder("outside");
        using var site = new TestSite();
        File.CreateSymbolicLink(Path.Combine(site.Input, "passord.txt"), OutsideFile(outside));

        var result = site.Build(write: true);

        var d = result.Single("KMP007", "passord.txt");
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal(0, d.Location.Line);
        Assert.False(result.Succeeded);
        Assert.DoesNotContain(result.Outputs, f => f.Path.Contains("passord", StringComparison.Ordinal));
        AssertNotPublished(site);
    }

    [Fact]
    public void A_link_to_the_machines_password_file_is_refused()
    {
        using var site = new TestSite();
        File.CreateSymbolicLink(Path.Combine(site.Input, "passord.txt"), "/etc/passwd");

        var result = site.Build(write: true);

        result.Single("KMP007", "passord.txt");
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_link_to_a_folder_outside_is_refused_and_a_markdown_file_behind_it_is_not_read()
    {
        using var outside = new TempFolder("outside");
        outside.Write("side.md", "---\ntitle: Utenfra\n---\n" + Secret + "\n");
        using var site = new TestSite();
        Directory.CreateSymbolicLink(Path.Combine(site.Input, "lenket"), outside.Path);

        var result = site.Build();

        result.Single("KMP007", "lenket");
        Assert.DoesNotContain(result.Outputs, f => f.Path.StartsWith("lenket", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_whose_text_looks_inside_but_whose_path_goes_out_through_another_link_is_refused()
    {
        // input/ut → outside/a/b; input/ut/../../hemmelig.txt is outside/hemmelig.txt, though the text says input/.
        using var outside = new TempFolder("outside");
        OutsideFile(outside);
        Directory.CreateDirectory(outside.Combine("a", "b"));
        using var site = new TestSite();
        Directory.CreateSymbolicLink(Path.Combine(site.Input, "ut"), outside.Combine("a", "b"));
        File.CreateSymbolicLink(Path.Combine(site.Input, "lur.txt"), "ut/../../hemmelig.txt");

        var result = site.Build();

        result.Single("KMP007", "lur.txt");
        result.Single("KMP007", "ut");
    }

    [Fact]
    public void Links_that_stay_inside_are_followed_like_copies()
    {
        using var site = new TestSite();
        site.File("om/kontor.md", "---\ntitle: Kontoret\n---\nVi holder til i sentrum.\n");
        File.CreateSymbolicLink(Path.Combine(site.Input, "om", "adresse.md"), "kontor.md");
        Directory.CreateSymbolicLink(Path.Combine(site.Input, "info"), "om");

        var result = site.Build();

        result.AssertClean();
        Assert.Contains(result.Outputs, f => f.Path == "om/adresse/index.html");
        Assert.Contains(result.Outputs, f => f.Path == "info/kontor/index.html");
    }

    [Fact]
    public void Link_loops_are_errors_and_never_hang()
    {
        using var site = new TestSite();
        Directory.CreateDirectory(Path.Combine(site.Input, "om"));
        Directory.CreateSymbolicLink(Path.Combine(site.Input, "om", "tilbake"), "..");
        File.CreateSymbolicLink(Path.Combine(site.Input, "a.txt"), "b.txt");
        File.CreateSymbolicLink(Path.Combine(site.Input, "b.txt"), "a.txt");

        var result = site.Build();

        result.Single("KMP008", "om/tilbake");
        result.Single("KMP008", "a.txt");
        result.Single("KMP008", "b.txt");
    }

    [Fact]
    public void A_theme_asset_that_links_outside_the_theme_is_refused()
    {
        using var outside = new TempFolder("outside");
        using var theme = new TempFolder("theme");
        CopyFolder(RepoPaths.Theme, theme.Path);
        File.CreateSymbolicLink(theme.Combine("assets", "lekk.txt"), OutsideFile(outside));
        using var site = new TestSite();

        var result = Kompetanse.Build.Run(site.Options(write: true) with { Theme = theme.Path });

        result.Single("KMP007", "assets/lekk.txt");
        AssertNotPublished(site);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
