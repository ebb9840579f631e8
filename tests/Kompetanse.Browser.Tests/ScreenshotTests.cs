using Kompetanse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Kompetanse.Browser.Tests;

/// <summary>
/// Full-page PNGs of the front page, a concept page and the concept index at desktop and phone widths, for a
/// person to look at. Written to screenshots/ beside the test assembly (bin/Debug/net10.0/screenshots/).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ScreenshotTests(SiteFixture site, ITestOutputHelper output)
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    private static readonly (string Name, string Path)[] Shots =
    [
        ("forside", "/"),
        ("begrep-tilpasset-opplaering", "/begreper/tilpasset-opplaering/"),
        ("begreper", "/begreper/"),
        ("sok-styringsgruppa-motes", "/sok/?q=styringsgruppa+m%C3%B8tes"),
        ("sok-mente-du", "/sok/?q=plna"),
    ];

    private static readonly int[] Widths = [1280, 375];

    [Fact]
    public async Task Screenshots_of_key_pages_at_desktop_and_phone_width()
    {
        Directory.CreateDirectory(Folder);
        var written = new List<string>();
        foreach (var (name, path) in Shots)
        {
            foreach (int width in Widths)
            {
                await using var sitePage = await site.OpenAsync(path, width, height: 800);
                // A search page is shot once its results are shown.
                if (path.Contains("?q=", StringComparison.Ordinal))
                    await Microsoft.Playwright.Assertions.Expect(sitePage.Page.Locator("#search-status")).Not.ToBeEmptyAsync();
                string file = Path.Combine(Folder, $"{name}-{width}.png");
                byte[] png = await sitePage.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true, Animations = ScreenshotAnimations.Disabled });
                Assert.True(png.Length > 1000, $"{file} is only {png.Length} bytes");
                Assert.Equal(0x89, png[0]); // PNG signature
                written.Add(file);
            }
        }
        output.WriteLine($"Screenshots in {Folder}:");
        foreach (var file in written) output.WriteLine("  " + Path.GetFileName(file));
        site.Log($"{written.Count} screenshots in {Folder}");
    }
}
