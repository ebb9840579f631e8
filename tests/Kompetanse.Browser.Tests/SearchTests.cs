using Kompetanse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kompetanse.Browser.Tests;

/// <summary>Search in a real browser: words inside compounds, as you type, ranked, filtered, announced.</summary>
[Collection(SiteCollection.Name)]
public sealed class SearchTests(SiteFixture site)
{
    [Fact]
    public async Task Undervisning_finds_spesialundervisning_from_the_url()
    {
        await using var sitePage = await site.OpenAsync("/sok/?q=undervisning");
        var page = sitePage.Page;
        var results = page.Locator("#search-results .search-result");
        await Expect(results.First).ToBeVisibleAsync();
        await Expect(page.Locator("#search-results a[href='/begreper/spesialundervisning/']")).ToHaveCountAsync(1);
        // The match inside the compound is highlighted.
        await Expect(page.Locator("#search-results mark").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^undervisning$", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        await Expect(page.Locator("#search-status")).ToContainTextAsync("treff for «undervisning»");
    }

    [Fact]
    public async Task Title_hits_rank_first_and_the_kind_is_shown()
    {
        await using var sitePage = await site.OpenAsync("/sok/");
        var page = sitePage.Page;
        await page.Locator("#q").PressSequentiallyAsync("tidlig innsats");
        var first = page.Locator("#search-results .search-result").First;
        await Expect(first.Locator("a")).ToHaveTextAsync("Tidlig innsats");
        await Expect(first.Locator(".search-result__kind")).ToHaveTextAsync("Begrep");
        Assert.Contains("q=tidlig+innsats", page.Url);
    }

    [Fact]
    public async Task Filtering_by_kind_keeps_only_that_kind()
    {
        await using var sitePage = await site.OpenAsync("/sok/?q=plan");
        var page = sitePage.Page;
        await Expect(page.Locator("#search-results .search-result").First).ToBeVisibleAsync();
        await page.Locator("label[for=type-rolle]").ClickAsync();
        await Expect(page.Locator("#search-results .search-result").First).ToBeVisibleAsync();
        var kinds = await page.Locator("#search-results .search-result__kind").AllTextContentsAsync();
        Assert.All(kinds, k => Assert.Equal("Rolle", k));
        Assert.Contains("type=rolle", page.Url);
    }

    [Fact]
    public async Task Keyboard_only_search_reaches_a_result()
    {
        await using var sitePage = await site.OpenAsync("/sok/");
        var page = sitePage.Page;
        await page.Locator("#q").FocusAsync();
        await page.Keyboard.TypeAsync("gapanalyse");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#search-results .search-result").First).ToBeVisibleAsync();
        await Expect(page.Locator("#search-status")).ToHaveAttributeAsync("role", "status");
    }

    [Fact]
    public async Task The_header_field_leads_to_the_search_page_and_without_javascript_to_the_sections()
    {
        var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false, BaseURL = site.BaseUrl });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            await page.Locator("#site-search-q").FillAsync("vurdering");
            await page.Locator("#site-search-q").PressAsync("Enter");
            await page.WaitForURLAsync("**/sok/?q=vurdering");
            await Expect(page.Locator("#search-fallback a[href='/begreper/']")).ToBeVisibleAsync();
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
