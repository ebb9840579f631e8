using System.Globalization;
using Kompetanse.Model;
using Kompetanse.Text;

namespace Kompetanse.Markdown.TermLinking;

/// <summary>
/// Finds terms in running text as whole words: "undervisning" is not found inside "spesialundervisning",
/// nor "vurdering" inside "beste-vurdering". Names match regardless of case; abbreviations and forms marked
/// ambiguous only as written (IOP, not "iop"; "Styrer", not the verb "styrer"). At each place the longest term wins. Text is split into words once and terms are
/// looked up by their first word, so the cost grows with the text, not with the number of terms.
/// </summary>
public sealed class TermMatcher
{
    private sealed record Entry(string[] Words, Term Term, bool CaseSensitive);

    private readonly Dictionary<string, List<Entry>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly int _longestFirstWord;
    private readonly int _longestWord;
    private readonly ulong[] _firstLetters;

    public TermMatcher(IReadOnlyList<Term> terms)
    {
        foreach (var term in terms)
        {
            var words = term.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            var entry = new Entry(term.ExactCase ? words : words.Select(Fold).ToArray(), term, term.ExactCase);
            string key = Fold(words[0]);
            if (!_byFirstWord.TryGetValue(key, out var list)) _byFirstWord[key] = list = [];
            list.Add(entry);
        }
        _bySpan = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestFirstWord = _byFirstWord.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
        _firstLetters = new ulong[_longestFirstWord + 1];
        foreach (string key in _byFirstWord.Keys)
            _firstLetters[key.Length] |= 1UL << Bucket(key[0]);
        _longestWord = Math.Max(1, _byFirstWord.Values.SelectMany(l => l).SelectMany(e => e.Words).Select(w => w.Length).DefaultIfEmpty(1).Max());
        foreach (var list in _byFirstWord.Values)
            list.Sort((a, b) => b.Words.Length != a.Words.Length ? b.Words.Length.CompareTo(a.Words.Length) : b.Term.Text.Length.CompareTo(a.Term.Text.Length));
    }

    /// <summary>
    /// Adds every term in text[start..end) to <paramref name="found"/>, left to right, never overlapping; at
    /// each place the longest one. Words are found one at a time and lowered into a stack buffer, so text
    /// without terms allocates nothing.
    /// </summary>
    public void Find(string text, int start, int end, List<(int Index, int Length, Term Term)> found)
    {
        if (_byFirstWord.Count == 0) return;
        Span<char> lower = _longestWord <= 128 ? stackalloc char[_longestWord] : new char[_longestWord];
        int position = start;
        while (NextWord(text, position, end, out int wordStart, out int wordLength))
        {
            position = wordStart + wordLength;
            if (wordLength > _longestFirstWord || !MayStart(text[wordStart], wordLength)) continue;
            var key = lower[..wordLength];
            InvariantLower.Lower(text.AsSpan(wordStart, wordLength), key);
            if (!_bySpan.TryGetValue(key, out var candidates)) continue;
            foreach (var entry in candidates)
            {
                if (!Fits(text, wordStart, wordLength, end, entry, lower, out int matchEnd)) continue;
                found.Add((wordStart, matchEnd - wordStart, entry.Term));
                position = matchEnd;
                break;
            }
        }
    }

    // A cheap first test before lowering and hashing a word: is there any term whose first word has this
    // length and (case folded, in one of 64 buckets) this first letter? Most words of running text are not.
    private bool MayStart(char first, int length) => (_firstLetters[length] & (1UL << Bucket(first))) != 0;

    private static int Bucket(char c) => char.ToLowerInvariant(c) & 63;

    /// <summary>Every term in the text (see <see cref="Find"/>).</summary>
    public List<(int Index, int Length, Term Term)> Matches(string text)
    {
        var found = new List<(int, int, Term)>();
        Find(text, 0, text.Length, found);
        return found;
    }

    // The entry's words stand from the word at wordStart onwards, separated by nothing but white space.
    private static bool Fits(string text, int wordStart, int wordLength, int end, Entry entry, Span<char> lower, out int matchEnd)
    {
        matchEnd = 0;
        int at = wordStart, length = wordLength;
        for (int k = 0; k < entry.Words.Length; k++)
        {
            if (k > 0)
            {
                int gapStart = at + length;
                if (!NextWord(text, gapStart, end, out at, out length)) return false;
                if (at == gapStart || !text.AsSpan(gapStart, at - gapStart).IsWhiteSpace()) return false;
            }
            var word = text.AsSpan(at, length);
            string expected = entry.Words[k];
            if (length != expected.Length) return false;
            if (entry.CaseSensitive)
            {
                if (!word.SequenceEqual(expected)) return false;
            }
            else
            {
                var folded = lower[..length];
                InvariantLower.Lower(word, folded);
                if (!folded.SequenceEqual(expected)) return false;
            }
        }
        matchEnd = at + length;
        return true;
    }

    /// <summary>
    /// The next word at or after <paramref name="from"/>: a run of letters and digits, with inner hyphens
    /// ("beste-vurdering" is one word).
    /// </summary>
    private static bool NextWord(string text, int from, int end, out int start, out int length)
    {
        int i = from;
        while (i < end && !IsWordChar(text, i)) i++;
        start = i;
        if (i >= end) { length = 0; return false; }
        while (i < end && (IsWordChar(text, i) || (text[i] == '-' && i + 1 < end && IsWordChar(text, i + 1) && i > start)))
            i += char.IsSurrogatePair(text, i) ? 2 : 1;
        length = i - start;
        return true;
    }

    private static bool IsWordChar(string text, int i)
    {
        char c = text[i];
        if (char.IsAscii(c)) return char.IsAsciiLetterOrDigit(c);
        return char.IsLetterOrDigit(text, i) || CharUnicodeInfo.GetUnicodeCategory(text, i) is UnicodeCategory.NonSpacingMark;
    }

    private static string Fold(string word) => word.ToLowerInvariant();
}
