using System.Text;
using System.Text.RegularExpressions;
using Kompetanse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kompetanse.Browser.Tests;

/// <summary>
/// The steering group's meeting report (/plan/rapport/) printed by Chromium on A4: at most two pages, no page
/// without content, nothing cut at the edge, and none of the site's header, navigation or footer.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class PlanReportPrintTests(SiteFixture site)
{
    [Fact]
    public async Task The_report_prints_on_at_most_two_A4_pages_without_cut_text()
    {
        // A tab as wide and high as A4 portrait less the report's 14 mm margins, at 96 dpi.
        await using var tab = await site.OpenAsync("/plan/rapport/", width: 718, height: 1046);
        var page = tab.Page;
        byte[] pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true, PrintBackground = true });
        Directory.CreateDirectory(ScreenshotTests.Folder);
        await File.WriteAllBytesAsync(Path.Combine(ScreenshotTests.Folder, "plan-rapport.pdf"), pdf);
        int pages = PageObject().Matches(Encoding.Latin1.GetString(pdf)).Count;
        Assert.InRange(pages, 1, 2);

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        try
        {
            // Nothing wider than the page (text cut at the edge), and the site's chrome left out.
            var wide = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('main *')]
                  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                  .map(e => e.tagName + '.' + e.className + ': ' + e.textContent.trim().slice(0, 40))
                """);
            Assert.Empty(wide);
            Assert.False(await page.Locator("header.site-header").IsVisibleAsync());
            Assert.False(await page.Locator("footer").First.IsVisibleAsync());
            // The content's height needs as many pages as the PDF has: no empty page at the end.
            double height = await page.EvaluateAsync<double>("() => document.querySelector('main').getBoundingClientRect().bottom");
            Assert.Equal((int)Math.Ceiling(height / 1046), pages);
        }
        finally
        {
            await page.EmulateMediaAsync(new() { Media = Media.Screen });
        }
    }

    // A page object in the PDF ("/Type /Page", not the "/Type /Pages" tree above them).
    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
