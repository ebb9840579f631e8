using Kompetanse.Text;

namespace Kompetanse.Tests;

/// <summary>Our own lower casing must give exactly what .NET's invariant lower casing gives, letter for letter.</summary>
public class InvariantLowerTests
{
    [Fact]
    public void Every_character_of_the_first_plane_is_lowered_as_dotnet_lowers_it()
    {
        var source = new char[0x10000];
        for (int c = 0; c < source.Length; c++) source[c] = (char)c;
        var expected = new char[source.Length];
        var actual = new char[source.Length];
        // Lone surrogates are lowered one by one, as .NET does, when none stands next to another.
        for (int c = 0; c < source.Length; c++)
        {
            ReadOnlySpan<char> one = source.AsSpan(c, 1);
            one.ToLowerInvariant(expected.AsSpan(c, 1));
            InvariantLower.Lower(one, actual.AsSpan(c, 1));
        }
        for (int c = 0; c < source.Length; c++)
            Assert.True(expected[c] == actual[c], $"U+{c:X4}: expected U+{(int)expected[c]:X4}, got U+{(int)actual[c]:X4}");
    }

    [Theory]
    [InlineData("ÆRLIG, ØVING OG ÅPENHET")]
    [InlineData("Tidlig Innsats × 2 – ÿ ß Ÿ")]
    [InlineData("İstanbul ΣΊΣΥΦΟΣ")]
    [InlineData("Før 𐐀𐐁 (Deseret) og etter: ÅÆØ")]
    [InlineData("")]
    public void Text_is_lowered_as_dotnet_lowers_it(string text)
    {
        var actual = new char[text.Length];
        InvariantLower.Lower(text, actual);
        Assert.Equal(text.ToLowerInvariant(), new string(actual));
    }
}
