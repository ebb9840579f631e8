using System.Globalization;

namespace Kompetanse.Text;

/// <summary>Amounts the Norwegian way: "670 000 kr", thousands grouped by a (non-breaking) space.</summary>
public static class NorwegianNumbers
{
    private static readonly NumberFormatInfo Format = new() { NumberGroupSeparator = "\u00A0", NumberGroupSizes = [3], NegativeSign = "−" };

    public static string Group(long value) => value.ToString("#,0", Format);

    public static string Kroner(long value) => Group(value) + "\u00A0kr";
}
