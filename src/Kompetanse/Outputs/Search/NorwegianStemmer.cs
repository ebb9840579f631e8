namespace Kompetanse.Outputs.Search;

/// <summary>
/// The Snowball stemmer for Norwegian, the same steps as the browser's (theme/assets/js/norwegian-stemmer.js):
/// the build stems the pages, the browser stems the query, so both must agree on every word (a browser test
/// checks them against each other and against Lucene.Net's Snowball). Expects a lower-case word.
/// </summary>
public static class NorwegianStemmer
{
    private const string Vowels = "aeiouyæåø";
    private const string SEnding = "bcdfghjlmnoprtvyz";
    // Longest first: the longest suffix that lies in R1 is the one removed.
    private static readonly string[] MainSuffixes = ["hetenes", "hetene", "hetens", "heten", "heter", "endes", "ande", "ende", "edes", "enes",
        "erte", "ede", "ane", "ene", "het", "ens", "ers", "ets", "ast", "ert", "en", "ar", "er", "as", "es", "et", "a", "e", "s"];
    private static readonly string[] OtherSuffixes = ["hetslov", "eleg", "elig", "elov", "slov", "leg", "eig", "lig", "els", "lov", "ig"];

    private static bool IsVowel(char c) => Vowels.Contains(c);

    // R1 starts after the first non-vowel that follows a vowel, and at least three letters in.
    private static int R1(string word)
    {
        if (word.Length < 3) return word.Length;
        int i = 0;
        while (i < word.Length && !IsVowel(word[i])) i++;
        while (i < word.Length && IsVowel(word[i])) i++;
        if (i >= word.Length) return word.Length;
        return Math.Max(i + 1, 3);
    }

    private static string? LongestIn(string word, string[] suffixes, int p1)
    {
        foreach (string s in suffixes)
            if (word.Length - s.Length >= p1 && word.EndsWith(s, StringComparison.Ordinal)) return s;
        return null;
    }

    // Each build thread keeps the words it has stemmed: a site repeats its words, and a page of 400 words would
    // otherwise make a string for each and stem it again. Cleared when large (preview runs for hours).
    [ThreadStatic] private static Dictionary<string, StemmedWord>? t_stems;

    /// <summary>A word (folded, as a slice of its text) with its stem, from this thread's cache.</summary>
    internal static StemmedWord Lookup(ReadOnlySpan<char> word)
    {
        var stems = t_stems ??= new Dictionary<string, StemmedWord>(StringComparer.Ordinal);
        var lookup = stems.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var known)) return known;
        if (stems.Count >= 200_000) stems.Clear();
        var made = new StemmedWord(word.ToString());
        stems[made.Word] = made;
        return made;
    }

    public static string Stem(string word)
    {
        int p1 = R1(word);
        string? s = LongestIn(word, MainSuffixes, p1);
        if (s is "erte" or "ert") word = word[..^s.Length] + "er";
        else if (s == "s")
        {
            char before = word.Length >= 2 ? word[^2] : '\0';
            if (SEnding.Contains(before) || (before == 'k' && word.Length >= 3 && !IsVowel(word[^3])))
                word = word[..^1];
        }
        else if (s is not null) word = word[..^s.Length];
        // "dt" or "vt" in R1 loses its t.
        if (word.Length - 2 >= p1 && word.Length >= 2 && word[^1] == 't' && word[^2] is 'd' or 'v') word = word[..^1];
        s = LongestIn(word, OtherSuffixes, p1);
        if (s is not null) word = word[..^s.Length];
        return word;
    }
}

/// <summary>A word as the index reads it, its stem, and the numbers both have in <see cref="SearchVocabulary"/>.</summary>
internal sealed class StemmedWord
{
    public StemmedWord(string word)
    {
        Word = word;
        Stem = NorwegianStemmer.Stem(word);
        WordId = SearchVocabulary.Id(word);
        StemId = SearchVocabulary.Id(Stem);
        IsStopWord = SearchText.IsStopWord(word);
    }

    /// <summary>A word search leaves out (<see cref="SearchText.IsStopWord(string)"/>).</summary>
    public bool IsStopWord { get; }

    public string Word { get; }
    public string Stem { get; }
    public int WordId { get; }
    public int StemId { get; }
}
