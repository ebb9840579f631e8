namespace Kompetanse.Text;

/// <summary>Norwegian dates and months, written out here so they never depend on the machine's culture data.</summary>
public static class NorwegianDates
{
    private static readonly string[] Months =
        ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];

    private static readonly string[] ShortMonths =
        ["jan.", "feb.", "mar.", "apr.", "mai", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "des."];

    /// <summary>"januar" for 1.</summary>
    public static string MonthName(int month) => Months[month - 1];

    /// <summary>"jan." for 1: column headers where space is short.</summary>
    public static string ShortMonthName(int month) => ShortMonths[month - 1];

    /// <summary>"23. november 2026".</summary>
    public static string LongDate(DateOnly date) => $"{date.Day}. {MonthName(date.Month)} {date.Year}";

    /// <summary>"2026-11-23", for datetime attributes.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
