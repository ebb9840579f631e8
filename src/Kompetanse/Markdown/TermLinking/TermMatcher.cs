using System.Text.RegularExpressions;
using Kompetanse.Model;

namespace Kompetanse.Markdown.TermLinking;

/// <summary>
/// Finds terms in running text as whole words: "undervisning" is not found inside "spesialundervisning".
/// Names match regardless of case; abbreviations only as written (IOP, not "iop").
/// </summary>
public sealed class TermMatcher
{
    private readonly Regex? _names;
    private readonly Regex? _abbreviations;
    private readonly Dictionary<string, Term> _byText;

    public TermMatcher(IReadOnlyList<Term> terms)
    {
        _byText = new Dictionary<string, Term>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in terms) _byText.TryAdd(Normalize(term.Text), term);
        _names = Build(terms.Where(t => !t.IsAbbreviation), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        _abbreviations = Build(terms.Where(t => t.IsAbbreviation), RegexOptions.None);
    }

    public IReadOnlyCollection<Term> Terms => _byText.Values;

    /// <summary>The first term in <paramref name="text"/> from <paramref name="start"/> that <paramref name="wanted"/> accepts.</summary>
    public (int Index, int Length, Term Term)? FindNext(string text, int start, Func<Term, bool> wanted)
    {
        (int, int, Term)? best = null;
        foreach (var regex in new[] { _names, _abbreviations })
        {
            if (regex is null) continue;
            for (var m = regex.Match(text, start); m.Success; m = m.NextMatch())
            {
                if (best is { } b && m.Index >= b.Item1) break;
                if (_byText.TryGetValue(Normalize(m.Value), out var term) && wanted(term))
                {
                    best = (m.Index, m.Length, term);
                    break;
                }
            }
        }
        return best;
    }

    private static Regex? Build(IEnumerable<Term> terms, RegexOptions options)
    {
        // Longest first, so "individuelt tilrettelagt opplæring" wins over "opplæring" at the same place.
        var alternatives = terms.OrderByDescending(t => t.Text.Length)
            .Select(t => string.Join(@"\s+", t.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)))
            .ToList();
        if (alternatives.Count == 0) return null;
        string pattern = $@"(?<![\p{{L}}\p{{N}}-])(?:{string.Join("|", alternatives)})(?![\p{{L}}\p{{N}}]|-\p{{L}})";
        return new Regex(pattern, options | RegexOptions.Compiled);
    }

    private static string Normalize(string text) => Regex.Replace(text, @"\s+", " ");
}
