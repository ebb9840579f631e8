using System.Globalization;
using System.Text;

namespace Kompetanse.Text;

/// <summary>
/// Sorts the way a Norwegian reader expects (nb-NO): A–Z, then Æ, Ø, Å; "aa" counts as "å";
/// accents and case only break ties. Our own rules rather than ICU's so the order is the same
/// on every machine, including ones running with invariant globalization.
/// </summary>
public sealed class NorwegianCollation : IComparer<string>
{
    public static readonly NorwegianCollation Instance = new();

    /// <summary>The letters of the alphabet in order; the letter bar of an index shows these.</summary>
    public static readonly IReadOnlyList<string> Alphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ".Select(c => c.ToString()).ToArray();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        int primary = string.CompareOrdinal(Key(x), Key(y));
        if (primary != 0) return primary;
        // Same letters: lower case before upper case, then plain ordinal, so the order is total.
        int byCase = string.CompareOrdinal(Fold(x, keepCase: true), Fold(y, keepCase: true));
        return byCase != 0 ? -byCase : string.CompareOrdinal(x, y);
    }

    /// <summary>The letter a word is filed under in an index: "Aadalen" under Å, "Ørret" under Ø, "1-3" under #.</summary>
    public static string IndexLetter(string word)
    {
        string key = Key(word);
        if (key.Length == 0) return "#";
        char c = key[0];
        return c switch
        {
            >= 'a' and <= 'z' => char.ToUpperInvariant(c).ToString(),
            '\u007b' => "Æ",
            '\u007c' => "Ø",
            '\u007d' => "Å",
            _ => "#",
        };
    }

    /// <summary>A sort key whose ordinal order is the Norwegian order: æ, ø, å map past z.</summary>
    internal static string Key(string s)
    {
        string folded = Fold(s, keepCase: false);
        var sb = new StringBuilder(folded.Length);
        for (int i = 0; i < folded.Length; i++)
        {
            char c = folded[i];
            if (c == 'a' && i + 1 < folded.Length && folded[i + 1] == 'a') { sb.Append('\u007d'); i++; continue; }
            sb.Append(c switch
            {
                'æ' or 'ä' => '\u007b',
                'ø' or 'ö' => '\u007c',
                'å' => '\u007d',
                _ when char.IsLetterOrDigit(c) => c,
                _ => ' ',
            });
        }
        return sb.ToString().Trim();
    }

    // Lowercase and strip accents, but keep the Nordic letters, which are letters of their own in Norwegian.
    private static string Fold(string s, bool keepCase)
    {
        var sb = new StringBuilder(s.Length);
        // By code point, not UTF-16 unit: half of an emoji cannot be normalised.
        foreach (Rune raw in s.EnumerateRunes())
        {
            Rune c = keepCase ? raw : Rune.ToLowerInvariant(raw);
            if (c.IsBmp && "æøåäöÆØÅÄÖ".Contains((char)c.Value)) { sb.Append((char)c.Value); continue; }
            foreach (char d in c.ToString().Normalize(NormalizationForm.FormD))
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark) sb.Append(d);
        }
        return sb.ToString();
    }
}
