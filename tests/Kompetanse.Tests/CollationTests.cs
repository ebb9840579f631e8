using Kompetanse.Text;

namespace Kompetanse.Tests;

public class CollationTests
{
    private static List<string> Sorted(params string[] words) => words.Order(NorwegianCollation.Instance).ToList();

    [Fact]
    public void LatinLettersComeBeforeAeOAInThatOrder()
    {
        Assert.Equal(["Zebra", "Ærlig", "Ørn", "Åker"], Sorted("Åker", "Ørn", "Zebra", "Ærlig"));
    }

    [Fact]
    public void DoubleAIsSortedAsAring()
    {
        // "Aasen" is read as "Åsen": after Ø, next to the Å words, not among the A words.
        Assert.Equal(["Abel", "Zorn", "Ørn", "Aasen"], Sorted("Aasen", "Ørn", "Abel", "Zorn"));
        Assert.True(NorwegianCollation.Instance.Compare("Aasen", "Ørn") > 0);
        Assert.True(NorwegianCollation.Instance.Compare("Aasen", "Åsmund") < 0, "Aasen (Åsen) comes before Åsmund");
    }

    [Fact]
    public void AccentsAreIgnoredForOrder()
    {
        // é sorts like e: "éclair" between "ebbe" and "ecu", not after z as an ordinal sort would put it.
        Assert.Equal(["ebbe", "éclair", "ecu", "zulu"], Sorted("zulu", "ecu", "éclair", "ebbe"));
    }

    [Fact]
    public void SwedishAeAndOeSortWithNorwegianLetters()
    {
        Assert.Equal(["Zeta", "Ärlig", "Östen", "Åsa"], Sorted("Åsa", "Östen", "Ärlig", "Zeta"));
    }

    [Fact]
    public void CaseOnlyBreaksTies()
    {
        Assert.Equal(["apal", "Bjørk", "bjørn"], Sorted("bjørn", "Bjørk", "apal"));
        Assert.NotEqual(0, NorwegianCollation.Instance.Compare("abc", "Abc"));
        Assert.Equal(0, NorwegianCollation.Instance.Compare("abc", "abc"));
    }

    [Fact]
    public void IsAConsistentTotalOrder()
    {
        string[] words = ["Aasen", "Åse", "Ørn", "Ærlig", "éclair", "Eple", "eple", "Zebra", "1-3", "Barnesyn", "barns beste"];
        var c = NorwegianCollation.Instance;
        foreach (var a in words)
        foreach (var b in words)
        {
            Assert.Equal(Math.Sign(c.Compare(a, b)), -Math.Sign(c.Compare(b, a)));
            if (a != b) Assert.NotEqual(0, c.Compare(a, b));
        }
    }

    [Theory]
    [InlineData("Aadal", "Å")]
    [InlineData("Ørret", "Ø")]
    [InlineData("ørret", "Ø")]
    [InlineData("Ærlighet", "Æ")]
    [InlineData("Åpenhet", "Å")]
    [InlineData("Ärlig", "Æ")]
    [InlineData("Östen", "Ø")]
    [InlineData("Éclair", "E")]
    [InlineData("vurdering", "V")]
    [InlineData("1-3-modellen", "#")]
    [InlineData("", "#")]
    public void IndexLetter(string word, string letter)
    {
        Assert.Equal(letter, NorwegianCollation.IndexLetter(word));
    }

    [Fact]
    public void AlphabetIsAToZThenAeOA()
    {
        Assert.Equal(29, NorwegianCollation.Alphabet.Count);
        Assert.Equal("A", NorwegianCollation.Alphabet[0]);
        Assert.Equal(["Z", "Æ", "Ø", "Å"], NorwegianCollation.Alphabet.Skip(25));
    }

    // Titles are free text; a character outside the Basic Multilingual Plane (an emoji, a math letter)
    // is two UTF-16 code units and must not make sorting throw.
    [Fact]
    public void CharactersOutsideTheBasicPlaneDoNotThrow()
    {
        var ex = Record.Exception(() => Sorted("Glede 😀", "Arbeid", "Ørn"));
        Assert.Null(ex);
        Assert.Equal("G", NorwegianCollation.IndexLetter("Glede 😀"));
    }
}
