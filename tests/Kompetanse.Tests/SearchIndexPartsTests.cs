using System.Text.Json;
using Kompetanse.Outputs.Search;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>The search index in parts: the entry, the word list, term-range chunks and one fragment a page, named by their content; and the editor's synonyms.</summary>
public class SearchIndexPartsTests
{
    private static JsonElement Read(TestSite site, string url) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, url.TrimStart('/')))).RootElement;

    private static TestSite SiteWithTwoConcepts(string body = "Elevene får hjelp tidlig.") => new TestSite()
        .Concept("tidlig-innsats", "Tidlig innsats", body: body)
        .Concept("spesialundervisning", "Spesialundervisning", body: "Vedtak om spesialundervisning.");

    [Fact]
    public void Every_stem_is_in_the_chunk_the_entry_gives_for_it_and_in_no_other()
    {
        using var site = SiteWithTwoConcepts();
        Assert.True(site.Build(write: true).Succeeded);
        var entry = Read(site, "/sok/indeks.json");
        var chunks = entry.GetProperty("chunks").EnumerateArray().Select(c => (First: c[0].GetString()!, Path: c[1].GetString()!)).ToList();
        Assert.Equal(chunks.Select(c => c.First).Order(StringComparer.Ordinal), chunks.Select(c => c.First));
        var words = Read(site, entry.GetProperty("words").GetString()!);
        var stems = words.GetProperty("w").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.Contains(NorwegianStemmer.Stem("spesialundervisning"), stems);
        Assert.Contains(NorwegianStemmer.Stem("elevene"), stems);
        Assert.DoesNotContain("og", stems);   // a common word is not indexed
        var held = chunks.ToDictionary(c => c.Path, c => Read(site, c.Path).EnumerateObject().Select(p => p.Name).ToList());
        foreach (string stem in stems)
        {
            string path = chunks.Last(c => string.CompareOrdinal(c.First, stem) <= 0).Path;
            Assert.Contains(stem, held[path]);
        }
        Assert.Equal(stems.Count, held.Values.Sum(v => v.Count));
        // Each page's postings: the title's words are in its first name, and the page number is the one whose fragment is that page.
        var chunk = Read(site, chunks.Last(c => string.CompareOrdinal(c.First, NorwegianStemmer.Stem("spesialundervisning")) <= 0).Path);
        var posting = chunk.GetProperty(NorwegianStemmer.Stem("spesialundervisning")).EnumerateArray()
            .Single(p => (p[1].GetInt32() & 1) == 1);
        string fragment = words.GetProperty("f").GetString()!.Substring(posting[0].GetInt32() * 10, 10);
        Assert.Equal("/begreper/spesialundervisning/", Read(site, $"/sok/indeks/side/{fragment}.json").GetProperty("u").GetString());
    }

    // Pages are numbered in the order of their titles as Norwegian sorts them (Æ, Ø and Å after Z, case aside).
    [Fact]
    public void Pages_are_numbered_in_Norwegian_title_order()
    {
        using var site = new TestSite()
            .Concept("apen", "Åpen dialog", body: "Om dialog.")
            .Concept("aerlig", "Ærlig tilbakemelding", body: "Om tilbakemelding.")
            .Concept("zebra", "Zebrastriper", body: "Om striper.")
            .Concept("ovre", "Øvre grense", body: "Om grenser.")
            .Concept("alfa", "alfabetisering", body: "Om lesing.");
        Assert.True(site.Build(write: true).Succeeded);
        var words = Read(site, Read(site, "/sok/indeks.json").GetProperty("words").GetString()!);
        string fragments = words.GetProperty("f").GetString()!;
        var titles = Enumerable.Range(0, fragments.Length / 10)
            .Select(p => Read(site, $"/sok/indeks/side/{fragments.Substring(p * 10, 10)}.json").GetProperty("t").GetString()!)
            .Where(t => t is "Åpen dialog" or "Ærlig tilbakemelding" or "Zebrastriper" or "Øvre grense" or "alfabetisering")
            .ToList();

        Assert.Equal(["alfabetisering", "Zebrastriper", "Ærlig tilbakemelding", "Øvre grense", "Åpen dialog"], titles);
    }

    [Theory]
    [InlineData(false, "planen")]   // planen and planer are as short and on one page each: the first in order
    [InlineData(true, "planer")]    // planer on two pages
    public void The_suggested_form_of_a_stem_is_the_shortest_word_then_the_one_on_most_pages(bool planerTwice, string suggested)
    {
        var site = new TestSite()
            .Concept("a", "Alfa", body: "Planene er klare.")
            .Concept("b", "Beta", body: "Planen og planene.")
            .Concept("c", "Gamma", body: "Flere planer.");
        if (planerTwice) site.Concept("d", "Delta", body: "Nye planer.");
        using (site)
        {
            Assert.True(site.Build(write: true).Succeeded);
            var words = Read(site, Read(site, "/sok/indeks.json").GetProperty("words").GetString()!);
            var stems = words.GetProperty("w").EnumerateArray().Select(w => w.GetString()!).ToList();
            int at = stems.IndexOf(NorwegianStemmer.Stem("planene"));
            Assert.Equal(NorwegianStemmer.Stem("planer"), NorwegianStemmer.Stem("planene"));
            Assert.Equal(suggested, words.GetProperty("o")[at].GetString());
            Assert.Equal(planerTwice ? 4 : 3, words.GetProperty("d")[at].GetInt32());
        }
    }

    [Fact]
    public void Sections_are_a_bit_mask_below_thirty_and_a_list_from_thirty_on()
    {
        // The word "kvalitetsløft" under section 2 only; "skolebibliotek" under sections 2 and 33.
        string body = string.Concat(Enumerable.Range(1, 35).Select(n => $"## Del {n}\n\n{(n == 2 ? "Kvalitetsløft og skolebibliotek." : n == 33 ? "Mer om skolebibliotek." : "Tekst.")}\n\n"));
        using var site = new TestSite().File("lang.md", "---\ntitle: Lang side\n---\n" + body);
        Assert.True(site.Build(write: true).Succeeded);
        var entry = Read(site, "/sok/indeks.json");
        var chunks = entry.GetProperty("chunks").EnumerateArray().Select(c => (First: c[0].GetString()!, Path: c[1].GetString()!)).ToList();
        JsonElement Posting(string word)
        {
            string stem = NorwegianStemmer.Stem(word);
            return Read(site, chunks.Last(c => string.CompareOrdinal(c.First, stem) <= 0).Path).GetProperty(stem)[0];
        }
        Assert.Equal(1 << 2, Posting("kvalitetsløft")[4].GetInt32());
        Assert.Equal([2, 33], Posting("skolebibliotek")[4].EnumerateArray().Select(n => n.GetInt32()));
    }

    // A chunk ends with the posting that brings it to ChunkBytes: every chunk but the last has reached it, and
    // had not before its last stem. A common word's list (here on every page) is whole in one chunk.
    [Fact]
    public void Chunks_end_where_they_first_reach_the_chunk_size_and_keep_every_list_whole()
    {
        using var site = new TestSite();
        string[] syllables = ["ka", "le", "mi", "no", "pu", "ra", "se", "ti", "vo", "ly"];
        for (int page = 0; page < 80; page++)
        {
            var words = Enumerable.Range(0, 60).Select(w => "s" + syllables[(page + w) % 10] + syllables[w % 10] + syllables[w / 10 % 10] + "dom");
            site.Concept($"begrep-{page:000}", $"Begrep {page:000}", body: "Felles tekst om skolen. " + string.Join(" ", words) + ".");
        }
        Assert.True(site.Build(write: true).Succeeded);
        var chunks = Read(site, "/sok/indeks.json").GetProperty("chunks").EnumerateArray().Select(c => c[1].GetString()!).ToList();
        Assert.True(chunks.Count >= 3, $"{chunks.Count} chunks");
        for (int c = 0; c < chunks.Count; c++)
        {
            var bytes = File.ReadAllBytes(Path.Combine(site.Output, chunks[c].TrimStart('/')));
            string text = System.Text.Encoding.UTF8.GetString(bytes);
            // Stems are the only strings in a chunk, so "]," followed by a quote is where one stem's list ends.
            int lastStem = text.LastIndexOf("],\"", StringComparison.Ordinal) + 1;
            int beforeLast = System.Text.Encoding.UTF8.GetByteCount(text.AsSpan(0, lastStem));
            if (c < chunks.Count - 1)
            {
                Assert.True(bytes.Length - 1 >= Outputs.SearchIndexOutput.ChunkBytes, $"chunk {c} is {bytes.Length} bytes");
                Assert.True(beforeLast < Outputs.SearchIndexOutput.ChunkBytes, $"chunk {c} reached the size before its last stem");
            }
            // Whole lists: every chunk is JSON whose every stem has one posting per page it is on.
            foreach (var stem in JsonDocument.Parse(bytes).RootElement.EnumerateObject())
                Assert.Equal(stem.Value.GetArrayLength(), stem.Value.EnumerateArray().Select(p => p[0].GetInt32()).Distinct().Count());
        }
        var skole = NorwegianStemmer.Stem("skolen");
        var held = chunks.Select(c => Read(site, c)).Single(c => c.TryGetProperty(skole, out _));
        Assert.Equal(80, held.GetProperty(skole).GetArrayLength());
    }

    [Fact]
    public void A_changed_page_gets_a_new_fragment_name_and_the_others_keep_theirs()
    {
        using var before = SiteWithTwoConcepts();
        using var after = SiteWithTwoConcepts(body: "Elevene får hjelp tidlig, før vanskene vokser.");
        Assert.True(before.Build(write: true).Succeeded);
        Assert.True(after.Build(write: true).Succeeded);
        static HashSet<string> Files(TestSite site, string folder) =>
            Directory.EnumerateFiles(Path.Combine(site.Output, "sok", "indeks", folder)).Select(Path.GetFileName).OfType<string>().ToHashSet();
        var changed = Files(before, "side");
        changed.SymmetricExceptWith(Files(after, "side"));
        // One page changed: its old and its new fragment differ, every other fragment is the same file.
        Assert.Equal(2, changed.Count);
        Assert.Equal(Files(before, "side").Count, Files(after, "side").Count);
        // Names are the content's: the same input gives the same names, a changed word list a new name.
        Assert.NotEqual(Read(before, "/sok/indeks.json").GetProperty("words").GetString(), Read(after, "/sok/indeks.json").GetProperty("words").GetString());
        using var again = SiteWithTwoConcepts();
        Assert.True(again.Build(write: true).Succeeded);
        Assert.Equal(File.ReadAllText(Path.Combine(before.Output, "sok", "indeks.json")), File.ReadAllText(Path.Combine(again.Output, "sok", "indeks.json")));
    }

    [Fact]
    public void Synonym_groups_go_into_the_word_list_as_stems()
    {
        using var site = SiteWithTwoConcepts()
            .File("sok/synonymer.yml", "grupper:\n  - [tidlig innsats, tidlig hjelp, early intervention]\n  - [spesialundervisning, spesped]\n");
        var result = site.Build(write: true);
        Assert.True(result.Succeeded);
        Assert.False(File.Exists(Path.Combine(site.Output, "sok", "synonymer.yml")));
        var words = Read(site, Read(site, "/sok/indeks.json").GetProperty("words").GetString()!);
        var groups = words.GetProperty("syn").EnumerateArray().Select(g => g.EnumerateArray().Select(p => string.Join(" ", p.EnumerateArray().Select(s => s.GetString()))).ToList()).ToList();
        Assert.Equal(2, groups.Count);
        Assert.Equal([$"{NorwegianStemmer.Stem("tidlig")} {NorwegianStemmer.Stem("innsats")}", $"{NorwegianStemmer.Stem("tidlig")} {NorwegianStemmer.Stem("hjelp")}", "early intervention"], groups[0]);
    }

    [Fact]
    public void Synonym_errors_are_reported_at_their_place()
    {
        using var site = new TestSite()
            .File("sok/synonymer.yml", "grupper:\n  - [evnerik, skoleflink]\n  - [talentfull, \"...\", evnerik, begavet]\n  - [alene]\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        result.Single("KMP320", "sok/synonymer.yml").AssertAt(3, 18);
        result.Single("KMP321", "sok/synonymer.yml").AssertAt(3, 25);
        result.Single("KMP322", "sok/synonymer.yml").AssertAt(4, 6);
    }
}
