using System.Text;
using System.Text.RegularExpressions;
using Kompetanse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kompetanse.Browser.Tests;

/// <summary>
/// /plan/ as the steering group uses it (issue 23): at 1280 px the activity and its status stay in view while
/// the months scroll sideways, and printed on landscape A4 each phase begins a page and fits on it.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class PlanPageLayoutTests(SiteFixture site)
{
    [Fact]
    public async Task At_1280_px_the_activity_and_its_status_stay_put_while_the_months_scroll()
    {
        await using var tab = await site.OpenAsync("/plan/", width: 1280, height: 900);
        var page = tab.Page;
        // Before and after scrolling the first phase's table to its far end: where the title, the status and the
        // first month stand, relative to the scrolling region.
        const string Measure = """
            (end) => {
              const region = document.querySelector('.gantt-scroll');
              if (end) region.scrollLeft = region.scrollWidth;
              const left = e => e.getBoundingClientRect().left - region.getBoundingClientRect().left;
              const row = region.querySelector('tbody tr');
              const status = row.querySelector('.gantt__status');
              return [region.scrollWidth > region.clientWidth ? 1 : 0, left(row.querySelector('th')), left(status),
                      status.getBoundingClientRect().right - region.getBoundingClientRect().left, region.clientWidth,
                      left(row.querySelector('td[data-month]'))];
            }
            """;
        var before = await page.EvaluateAsync<double[]>(Measure, false);
        var after = await page.EvaluateAsync<double[]>(Measure, true);
        Assert.Equal(1, before[0]); // the months do not all fit: the table scrolls
        // Within a pixel (the collapsed border's half).
        Assert.InRange(Math.Abs(after[1] - before[1]), 0, 1);
        Assert.InRange(Math.Abs(after[2] - before[2]), 0, 1);
        // The status is wholly inside the region, before and after.
        Assert.InRange(before[3], 0, before[4]);
        Assert.InRange(after[3], 0, after[4]);
        // The first month moved out from under them.
        Assert.True(after[5] < before[5] - 100, $"the first month stood at {before[5]} and then at {after[5]}");
    }

    [Fact]
    public async Task Printed_each_phase_begins_a_page_and_fits_on_it()
    {
        // A tab as wide as landscape A4 less the plan's 10 mm margins, at 96 dpi.
        await using var tab = await site.OpenAsync("/plan/", width: 1047, height: 723);
        var page = tab.Page;
        byte[] pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", Landscape = true, PreferCSSPageSize = true, PrintBackground = true });
        Directory.CreateDirectory(ScreenshotTests.Folder);
        await File.WriteAllBytesAsync(Path.Combine(ScreenshotTests.Folder, "plan-print.pdf"), pdf);
        int pages = PageObject().Matches(Encoding.Latin1.GetString(pdf)).Count;
        int phases = await page.Locator(".plan-phase").CountAsync();
        Assert.True(phases >= 2);
        // The overview, then one page per phase (the milestones share the last).
        Assert.Equal(1 + phases, pages);

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        try
        {
            var heights = await page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('.plan-phase')].map(p => p.getBoundingClientRect().height)");
            Assert.All(heights, h => Assert.InRange(h, 100, 722));
            // Notes are smaller than the titles they belong to.
            var sizes = await page.EvaluateAsync<double[]>("""
                () => { const n = document.querySelector('.plan-phase .gantt__note');
                        return [parseFloat(getComputedStyle(n).fontSize), parseFloat(getComputedStyle(n.parentElement).fontSize)]; }
                """);
            Assert.True(sizes[0] < sizes[1], $"note {sizes[0]} px, title {sizes[1]} px");
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
