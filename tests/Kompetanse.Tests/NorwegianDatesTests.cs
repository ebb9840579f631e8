using Kompetanse.Text;

namespace Kompetanse.Tests;

public class NorwegianDatesTests
{
    [Fact]
    public void LongDate()
    {
        Assert.Equal("23. november 2026", NorwegianDates.LongDate(new DateOnly(2026, 11, 23)));
        Assert.Equal("1. januar 2027", NorwegianDates.LongDate(new DateOnly(2027, 1, 1)));
    }

    [Theory]
    [InlineData(1, "januar")]
    [InlineData(2, "februar")]
    [InlineData(3, "mars")]
    [InlineData(4, "april")]
    [InlineData(5, "mai")]
    [InlineData(6, "juni")]
    [InlineData(7, "juli")]
    [InlineData(8, "august")]
    [InlineData(9, "september")]
    [InlineData(10, "oktober")]
    [InlineData(11, "november")]
    [InlineData(12, "desember")]
    public void MonthNames(int month, string name)
    {
        Assert.Equal(name, NorwegianDates.MonthName(month));
    }

    [Fact]
    public void ShortMonthNames()
    {
        Assert.Equal("jan.", NorwegianDates.ShortMonthName(1));
        Assert.Equal("mai", NorwegianDates.ShortMonthName(5));
        Assert.Equal("des.", NorwegianDates.ShortMonthName(12));
    }

    [Fact]
    public void IsoDate()
    {
        Assert.Equal("2026-11-23", NorwegianDates.IsoDate(new DateOnly(2026, 11, 23)));
        Assert.Equal("2027-01-05", NorwegianDates.IsoDate(new DateOnly(2027, 1, 5)));
    }

    [Fact]
    public void DoesNotDependOnTheCurrentCulture()
    {
        // A culture of our own (works with invariant globalization too): other month names, other separators.
        var odd = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
        odd.DateTimeFormat.MonthNames = ["M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9", "M10", "M11", "M12", ""];
        odd.DateTimeFormat.MonthGenitiveNames = odd.DateTimeFormat.MonthNames;
        odd.DateTimeFormat.DateSeparator = "/";
        odd.NumberFormat.NativeDigits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = odd;
            Assert.Equal("23. november 2026", NorwegianDates.LongDate(new DateOnly(2026, 11, 23)));
            Assert.Equal("2026-11-23", NorwegianDates.IsoDate(new DateOnly(2026, 11, 23)));
            Assert.Equal("november", NorwegianDates.MonthName(11));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}
