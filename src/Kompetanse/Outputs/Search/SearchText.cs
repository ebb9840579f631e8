using System.Globalization;
using System.Text;

namespace Kompetanse.Outputs.Search;

/// <summary>
/// How search reads text, the same in the build and in the browser (theme/assets/js/search.js): lower case,
/// accents off but æ, ø and å kept, words are runs of letters and digits, and common words are left out.
/// </summary>
public static class SearchText
{
    /// <summary>Words that say nothing about what is wanted: not indexed, and left out of a query that has other words. The browser reads this list from the index.</summary>
    public static readonly IReadOnlyList<string> StopWords =
    [
        .. ("og i på til av for med om en et ei den det de som er å at fra har hva hvem hvor hvordan når kan skal vil " +
            "ved eller men ikkje ikke no nå seg sin sitt sine ein eit dei kva kven korleis der her så også the of och att").Split(' '),
    ];

    private static readonly HashSet<string> Stop = new(StopWords, StringComparer.Ordinal);

    public static bool IsStopWord(string word) => Stop.Contains(word);

    /// <summary>Lower case, with accents off, but æ, ø and å kept: they are letters of their own in Norwegian.</summary>
    public static string Fold(string text)
    {
        string lower = text.ToLowerInvariant();
        bool plain = true;
        foreach (char c in lower)
            if (c > 'z' && c is not ('æ' or 'ø' or 'å')) { plain = false; break; }
        if (plain) return lower;
        var kept = lower.Replace('æ', '\u0001').Replace('ø', '\u0002').Replace('å', '\u0003').Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(kept.Length);
        foreach (char c in kept)
        {
            if (c is >= '\u0300' and <= '\u036f') continue;
            folded.Append(c switch { '\u0001' => 'æ', '\u0002' => 'ø', '\u0003' => 'å', _ => c });
        }
        return folded.ToString();
    }

    /// <summary>
    /// <see cref="Fold(string)"/> into <paramref name="buffer"/> (made larger when it is short): the folded text
    /// is a slice of the buffer, or a new string when the text has letters with accents to take off.
    /// </summary>
    public static ReadOnlySpan<char> Fold(ReadOnlySpan<char> text, ref char[] buffer)
    {
        if (buffer.Length < text.Length) buffer = new char[Math.Max(text.Length, buffer.Length * 2)];
        var lower = buffer.AsSpan(0, text.Length);
        Kompetanse.Text.InvariantLower.Lower(text, lower);
        foreach (char c in lower)
            if (c > 'z' && c is not ('æ' or 'ø' or 'å')) return Fold(text.ToString());
        return lower;
    }

    /// <summary>The folded words of a text, in order (stop words included).</summary>
    public static IEnumerable<string> Words(string text)
    {
        string folded = Fold(text);
        int i = 0;
        while (i < folded.Length)
        {
            while (i < folded.Length && !IsWordChar(folded[i])) i++;
            int start = i;
            while (i < folded.Length && IsWordChar(folded[i])) i++;
            if (i > start) yield return folded[start..i];
        }
    }

    /// <summary>The words of a text that is folded already, as slices of it: no string is made for a word.</summary>
    public static WordSlices FoldedWords(ReadOnlySpan<char> folded) => new(folded);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopBySpan = Stop.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsStopWord(ReadOnlySpan<char> word) => StopBySpan.Contains(word);

    /// <summary>Enumerates the words of a folded text (see <see cref="FoldedWords"/>).</summary>
    public ref struct WordSlices(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _next;

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly WordSlices GetEnumerator() => this;

        public bool MoveNext()
        {
            int i = _next;
            while (i < _text.Length && !IsWordChar(_text[i])) i++;
            int start = i;
            while (i < _text.Length && IsWordChar(_text[i])) i++;
            _next = i;
            if (i == start) return false;
            Current = _text[start..i];
            return true;
        }
    }

    // The browser's /[\p{L}\p{N}]+/u.
    private static bool IsWordChar(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) : char.GetUnicodeCategory(c) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or
        UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
}
