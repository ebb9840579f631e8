using System.Text.RegularExpressions;
using Kompetanse.Model;

namespace Kompetanse.Text;

/// <summary>
/// The months a unit wrote in its local plan, in the ways people write them: "2025-10", "2025-10-15",
/// "15.10.2025", "oktober 2025", "okt. 2025", "oktober–desember 2025", "september 2025 – januar 2026".
/// Anything else ("hver måned gjennom skoleåret") is not read as months, and the page says so.
/// </summary>
public static partial class WrittenMonths
{
    private static readonly string[] Names = ["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"];

    /// <summary>The months from the first to the last named, or empty when the text names none it can read.</summary>
    public static IReadOnlyList<YearMonth> Read(string text)
    {
        var found = new List<YearMonth>();
        string lower = text.ToLowerInvariant();
        foreach (Match m in Iso().Matches(lower))
            found.Add(new YearMonth(int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value)));
        foreach (Match m in Dotted().Matches(lower))
            found.Add(new YearMonth(int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value)));
        // "oktober–desember 2025": a month without a year takes the next year written after it.
        var named = Named().Matches(lower).Select(m => (Month: Array.IndexOf(Names, m.Groups["name"].Value[..3]) + 1, Year: m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value) : (int?)null)).ToList();
        for (int i = 0; i < named.Count; i++)
        {
            int? year = named[i].Year ?? named.Skip(i + 1).FirstOrDefault(n => n.Year is not null).Year;
            if (year is not null && named[i].Month > 0) found.Add(new YearMonth(year.Value, named[i].Month));
        }
        var valid = found.Where(m => m.Month is >= 1 and <= 12 && m.Year is >= 2000 and <= 2100).Order().ToList();
        if (valid.Count == 0) return [];
        var months = new List<YearMonth>();
        for (var month = valid[0]; month <= valid[^1]; month = month.Next()) months.Add(month);
        return months;
    }

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{1,2})(?:-\d{1,2})?\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b\d{1,2}\.(?<m>\d{1,2})\.(?<y>\d{4})\b")]
    private static partial Regex Dotted();

    [GeneratedRegex(@"\b(?<name>jan|feb|mar|apr|mai|jun|jul|aug|sep|okt|nov|des)[a-zæøå]*\.?(?:\s+(?<y>\d{4}))?")]
    private static partial Regex Named();
}
