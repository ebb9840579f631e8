using System.Globalization;
using Kompetanse.Model;

namespace Kompetanse.Markdown.TermLinking;

/// <summary>
/// Finds terms in running text as whole words: "undervisning" is not found inside "spesialundervisning",
/// nor "vurdering" inside "beste-vurdering". Names match regardless of case, abbreviations only as written
/// (IOP, not "iop"). At each place the longest term wins. Text is split into words once and terms are
/// looked up by their first word, so the cost grows with the text, not with the number of terms.
/// </summary>
public sealed class TermMatcher
{
    private sealed record Entry(string[] Words, Term Term, bool CaseSensitive);

    private readonly Dictionary<string, List<Entry>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly int _longestFirstWord;

    public TermMatcher(IReadOnlyList<Term> terms)
    {
        foreach (var term in terms)
        {
            var words = term.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            var entry = new Entry(term.IsAbbreviation ? words : words.Select(Fold).ToArray(), term, term.IsAbbreviation);
            string key = Fold(words[0]);
            if (!_byFirstWord.TryGetValue(key, out var list)) _byFirstWord[key] = list = [];
            list.Add(entry);
        }
        _bySpan = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestFirstWord = _byFirstWord.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
        foreach (var list in _byFirstWord.Values)
            list.Sort((a, b) => b.Words.Length != a.Words.Length ? b.Words.Length.CompareTo(a.Words.Length) : b.Term.Text.Length.CompareTo(a.Term.Text.Length));
    }

    /// <summary>Every term in the text, left to right, never overlapping; at each place the longest one.</summary>
    public IEnumerable<(int Index, int Length, Term Term)> Matches(string text)
    {
        if (_byFirstWord.Count == 0) yield break;
        var words = Words(text);
        char[] buffer = new char[Math.Max(1, _longestFirstWord)];
        for (int i = 0; i < words.Count; i++)
        {
            // Look the word up lower-cased in a buffer: no string made for the many words that are no term.
            if (words[i].Length > buffer.Length) continue;
            var lower = buffer.AsSpan(0, words[i].Length);
            text.AsSpan(words[i].Start, words[i].Length).ToLowerInvariant(lower);
            if (!_bySpan.TryGetValue(lower, out var candidates)) continue;
            foreach (var entry in candidates)
            {
                if (!Fits(text, words, i, entry)) continue;
                var last = words[i + entry.Words.Length - 1];
                int start = words[i].Start;
                yield return (start, last.Start + last.Length - start, entry.Term);
                i += entry.Words.Length - 1;
                break;
            }
        }
    }

    // The entry's words stand at word i onwards, separated by nothing but white space.
    private static bool Fits(string text, List<(int Start, int Length)> words, int i, Entry entry)
    {
        if (i + entry.Words.Length > words.Count) return false;
        for (int k = 0; k < entry.Words.Length; k++)
        {
            var (start, length) = words[i + k];
            var word = text.AsSpan(start, length);
            bool same = entry.CaseSensitive
                ? word.SequenceEqual(entry.Words[k])
                : Fold(word.ToString()) == entry.Words[k];
            if (!same) return false;
            if (k > 0)
            {
                int gapStart = words[i + k - 1].Start + words[i + k - 1].Length;
                if (gapStart == start || !text.AsSpan(gapStart, start - gapStart).IsWhiteSpace()) return false;
            }
        }
        return true;
    }

    /// <summary>Words: runs of letters and digits, with inner hyphens ("beste-vurdering" is one word).</summary>
    private static List<(int Start, int Length)> Words(string text)
    {
        var words = new List<(int, int)>();
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text, i)) { i++; continue; }
            int start = i;
            while (i < text.Length && (IsWordChar(text, i) || (text[i] == '-' && i + 1 < text.Length && IsWordChar(text, i + 1) && i > start)))
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            words.Add((start, i - start));
        }
        return words;
    }

    private static bool IsWordChar(string text, int i) =>
        char.IsLetterOrDigit(text, i) || CharUnicodeInfo.GetUnicodeCategory(text, i) is UnicodeCategory.NonSpacingMark;

    private static string Fold(string word) => word.ToLowerInvariant();
}
