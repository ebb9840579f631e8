using Kompetanse.Outputs.Search;

namespace Kompetanse.Tests;

/// <summary>How the index reads text: folding into a reused buffer must give what folding a string gives.</summary>
public class SearchTextTests
{
    [Theory]
    [InlineData("Tidlig Innsats")]
    [InlineData("ÆRLIG, ØVING OG ÅPENHET")]
    [InlineData("Café, naïve og Ångström")]
    [InlineData("")]
    [InlineData("İstanbul ΣΊΣΥΦΟΣ")]
    public void Folding_into_a_buffer_gives_the_same_text_as_folding_a_string(string text)
    {
        char[] buffer = new char[2];
        Assert.Equal(SearchText.Fold(text), SearchText.Fold(text.AsSpan(), ref buffer).ToString());
    }

    [Fact]
    public void A_short_buffer_is_made_large_enough()
    {
        char[] buffer = new char[1];
        string text = new('a', 5000);
        Assert.Equal(text, SearchText.Fold(text.AsSpan(), ref buffer).ToString());
        Assert.True(buffer.Length >= 5000);
    }
}
