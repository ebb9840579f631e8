using System.Text;
using Kompetanse.Diagnostics;
using Kompetanse.Model;
using Kompetanse.Text;

namespace Kompetanse.Tests;

/// <summary>
/// A body read from a file is kept as UTF-8 in shared arrays until its page is rendered: each one must come
/// back exactly as it went in, wherever it landed, and equal the same text kept as a string.
/// </summary>
public class Utf8ArenaTests
{
    [Fact]
    public void Texts_come_back_whole_across_many_arrays()
    {
        // 3,000 texts of up to 2 KB fill several one-megabyte arrays, so some start where another array begins.
        var random = new Random(7);
        var texts = Enumerable.Range(0, 3000)
            .Select(i => $"# Side {i}\n\nÆrlig, øvd og årvåken: " + new string('x', random.Next(0, 2000)) + $" slutt {i}.\n")
            .ToList();
        var slices = texts.Select(t => Utf8Arena.Keep(Encoding.UTF8.GetBytes(t))).ToList();

        Assert.True(slices.Select(s => s.Buffer).Distinct().Count() > 2);
        for (int i = 0; i < texts.Count; i++) Assert.Equal(texts[i], slices[i].Decode());
    }

    [Fact]
    public void A_large_text_gets_an_array_of_its_own()
    {
        string large = new('å', 200_000);
        var slice = Utf8Arena.Keep(Encoding.UTF8.GetBytes(large));

        Assert.Equal(0, slice.Offset);
        Assert.Equal(slice.Length, slice.Buffer!.Length);
        Assert.Equal(large, slice.Decode());
    }

    [Fact]
    public void An_empty_text_is_empty()
    {
        var source = MarkdownSource.FromUtf8([], new SourceSpan("a.md", 3, 1));

        Assert.True(source.IsEmpty);
        Assert.Equal("", source.Text);
    }

    [Fact]
    public void A_body_kept_as_bytes_equals_the_same_body_kept_as_a_string()
    {
        var at = new SourceSpan("a.md", 4, 1);
        const string text = "Tilpasset opplæring for alle.\n";
        var fromBytes = MarkdownSource.FromUtf8(Encoding.UTF8.GetBytes(text), at) with { Language = "nb" };
        var fromString = new MarkdownSource(text, at) { Language = "nb" };

        Assert.Equal(text, fromBytes.Text);
        Assert.False(fromBytes.IsEmpty);
        Assert.Equal(fromString, fromBytes);
        Assert.Equal(fromString.GetHashCode(), fromBytes.GetHashCode());
        Assert.NotEqual(fromString, MarkdownSource.FromUtf8(Encoding.UTF8.GetBytes("Annen tekst.\n"), at) with { Language = "nb" });
        // Replacing the text keeps it as the new string.
        Assert.Equal("Ny.\n", (fromBytes with { Text = "Ny.\n" }).Text);
    }
}
