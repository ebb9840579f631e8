using Kompetanse.Tests.Support;
using Kompetanse.Verification;

namespace Kompetanse.Tests;

/// <summary>The last check: a page that is not whole never goes out, and the build says which page and why.</summary>
public class PageCompletenessTests
{
    private const string Whole = "<!doctype html>\n<html lang=\"nb\"><head><title>Side</title></head><body><main><h1>Side</h1><p>Tekst.</p></main><footer>Bunn</footer></body>\n</html>\n";

    [Fact]
    public void A_whole_page_passes() => Assert.Null(PageCompleteness.Problem(Whole));

    [Theory]
    [InlineData(10)]  // cut before the closing tags
    [InlineData(30)]  // cut after </main>, in the footer
    [InlineData(95)]  // cut inside the main element's text
    [InlineData(105)] // cut inside a tag
    public void A_page_cut_off_anywhere_is_found(int cutFromEnd) =>
        Assert.NotNull(PageCompleteness.Problem(Whole[..^cutFromEnd]));

    [Theory]
    [InlineData("<!-- en merknad uten slutt", "a comment (line 3)")]
    [InlineData("<textarea name=\"svar\">Skriv her", "<textarea> (line 3)")]
    [InlineData("<script>let x = 1;", "<script> (line 3)")]
    [InlineData("<a href=\"/om/>Om", "an attribute value (line 3)")]
    public void Something_left_open_that_swallows_the_rest_of_the_page_is_found(string open, string expected)
    {
        string page = Whole.Replace("<p>Tekst.</p>", "\n" + open);
        Assert.Equal("it ends inside " + expected, PageCompleteness.Problem(page));
    }

    [Theory]
    [InlineData("<!-- merknad --><!----><!---><p>Tekst.</p>")]
    [InlineData("<script>if (a < b && c > d) document.title = \"</html>\".length;</script>")]
    [InlineData("<textarea><p>Ikke en tag</p></TEXTAREA >")]
    [InlineData("<a title='Bruk > og \"' href=\"/om/\">Om</a> 3 < 4 og 5 <= 6")]
    [InlineData("<svg viewBox=\"0 0 1 1\"><title/><path d=\"M0 0\"/></svg><img src=\"a.png\" alt=\"\">")]
    public void Text_elements_comments_and_quoted_values_that_close_are_whole(string fine) =>
        Assert.Null(PageCompleteness.Problem(Whole.Replace("<p>Tekst.</p>", fine)));

    private static TempFolder ThemeCopy(string name)
    {
        var theme = new TempFolder(name);
        foreach (string folder in new[] { "layouts", "assets", "admin" })
            foreach (string file in Directory.GetFiles(Path.Combine(RepoPaths.Theme, folder), "*", SearchOption.AllDirectories))
                theme.WriteBytes(folder + "/" + Path.GetRelativePath(Path.Combine(RepoPaths.Theme, folder), file).Replace('\\', '/'), File.ReadAllBytes(file));
        ThemePackagesCopy.Into(theme.Path);
        return theme;
    }

    [Fact]
    public void A_template_error_is_reported_at_the_input_file_that_fed_the_page_and_names_the_layout()
    {
        using var theme = ThemeCopy("theme-error");
        string layout = theme.Combine("layouts", "page.liquid");
        File.WriteAllText(layout, "{{ view.title | math.divided_by 0 }}" + File.ReadAllText(layout));
        using var site = new TestSite().File("om.md", "---\ntitle: Om\n---\nTekst.\n");

        var result = Build.Run(site.Options(write: false) with { Theme = theme.Path });

        var error = result.Single("KMP052", "om.md");
        Assert.Contains("page.liquid(1,", error.Message);
    }

    [Fact]
    public void A_theme_that_cuts_its_pages_fails_the_build_at_each_pages_input()
    {
        using var theme = ThemeCopy("theme-cut");
        string baseLayout = theme.Combine("layouts", "base.liquid");
        File.WriteAllText(baseLayout, File.ReadAllText(baseLayout).Replace("</body>", "").Replace("</html>", ""));
        using var site = new TestSite().File("om.md", "---\ntitle: Om\n---\nTekst.\n");

        var result = Build.Run(site.Options(write: true) with { Theme = theme.Path });

        Assert.False(result.Succeeded);
        var error = result.Single("KMP220", "om.md");
        Assert.Contains("/om/index.html", error.Message);
        Assert.False(Directory.Exists(site.Output), "nothing is published when a page is not whole");
    }

    [Fact]
    public void The_largest_page_is_named()
    {
        using var site = new TestSite().File("stor.md", "---\ntitle: Stor\n---\n" + string.Concat(Enumerable.Repeat("Mye tekst her. ", 20_000)) + "\n");

        var result = site.Build();

        result.AssertClean();
        Assert.Equal("stor/index.html", result.LargestPage!.Path);
        Assert.True(result.LargestPage.Bytes > 300_000);
    }
}
