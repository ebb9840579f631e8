using System.Text.Json;
using Kompetanse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kompetanse.Browser.Tests;

/// <summary>The index in parts: a query loads the entry, the word list, the chunks of its words and the fragments of the results shown, nothing more; and what the editor's synonyms and the aliases find.</summary>
[Collection(SiteCollection.Name)]
public sealed class SearchLoadingTests(SiteFixture site)
{
    [Fact]
    public async Task A_query_loads_the_entry_the_word_list_the_chunks_it_needs_and_the_fragments_of_its_results_only()
    {
        // A new context: nothing of the index is in its cache.
        var context = await site.Browser.NewContextAsync(new() { BaseURL = site.BaseUrl });
        try
        {
            var page = await context.NewPageAsync();
            var requested = new List<string>();
            page.Request += (_, r) => { if (r.Url.Contains("/sok/indeks", StringComparison.Ordinal)) requested.Add(new Uri(r.Url).AbsolutePath); };
            await page.GotoAsync("/sok/");
            Assert.Empty(requested);   // nothing before the reader searches
            await page.GotoAsync("/sok/?q=gapanalyse");
            await Expect(page.Locator("#search-status")).ToContainTextAsync("treff for «gapanalyse»");
            // Results arrive one by one as their fragments come in, and the count is said once ten are in:
            // wait until every result the count promises is on the page.
            string said = await page.Locator("#search-status").InnerTextAsync();
            int shown = Math.Min(50, int.Parse(said[..said.IndexOf(' ')], System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(shown > 0);
            await Expect(page.Locator("#search-results .search-result")).ToHaveCountAsync(shown);

            var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Site.Root, "sok", "indeks.json"))).RootElement;
            var chunks = entry.GetProperty("chunks").EnumerateArray().Select(c => (First: c[0].GetString()!, Path: c[1].GetString()!)).ToList();
            string words = entry.GetProperty("words").GetString()!;
            Assert.Equal(1, requested.Count(r => r == "/sok/indeks.json"));
            Assert.Equal(1, requested.Count(r => r == words));
            // The chunk that holds "gapanalys" is loaded, and so are the ones holding the words it is part of,
            // but not the others.
            var loadedChunks = requested.Where(r => chunks.Any(c => c.Path == r)).ToList();
            string own = chunks.Last(c => string.CompareOrdinal(c.First, "gapanalys") <= 0).Path;
            Assert.Contains(own, loadedChunks);
            Assert.True(loadedChunks.Count < chunks.Count, $"{loadedChunks.Count} of {chunks.Count} chunks loaded");
            Assert.Equal(loadedChunks.Count, loadedChunks.Distinct().Count());
            // One fragment a result shown, each once.
            var fragments = requested.Where(r => r.StartsWith("/sok/indeks/side/", StringComparison.Ordinal)).ToList();
            Assert.Equal(shown, fragments.Count);
            Assert.Equal(fragments.Count, fragments.Distinct().Count());
            Assert.Equal(requested.Count, 2 + loadedChunks.Count + fragments.Count);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("helsesøster", "/roller/helsestasjonen/")]              // the editor's synonyms
    [InlineData("evnerike elever", "/begreper/stort-laeringspotensial/")]
    [InlineData("IEP", "/begreper/individuell-opplaeringsplan/")]        // an English short form, an alias
    [InlineData("tiltaksskjemaet", "/skjema/tiltaksskjema/")]            // a definite form
    [InlineData("spesped", "/begreper/spesialpedagogisk-hjelp/")]        // a clipped compound
    [InlineData("spes.ped.", "/begreper/spesialpedagogisk-hjelp/")]
    [InlineData("medvirkning", "/begreper/barn-og-unges-medvirkning/")]  // the last word of the name
    [InlineData("budsjettet", "/plan/budsjett/")]
    public async Task Synonyms_aliases_definite_and_clipped_forms_find_their_page_first(string query, string url)
    {
        await using var sitePage = await site.OpenAsync("/sok/?q=" + Uri.EscapeDataString(query));
        var page = sitePage.Page;
        await Expect(page.Locator("#search-status")).Not.ToBeEmptyAsync();
        var urls = await page.Locator("#search-results .search-result__title a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.True(urls.Length > 0 && urls[0] == url, $"'{query}': first results {string.Join(", ", urls.Take(3))}, wanted {url}");
    }
}
