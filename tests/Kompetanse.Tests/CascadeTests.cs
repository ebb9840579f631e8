using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>One typo, one error: a file that cannot be read is reported once, first, and what only follows from it is counted, not listed.</summary>
public class CascadeTests
{
    [Fact]
    public void An_unquoted_colon_in_a_title_is_one_error_at_its_line_and_comes_first()
    {
        using var site = new TestSite().File("moter/oppstart.md", "---\ntitle: Møte: oppstart\n---\nDagsorden.\n");
        // 54 pages link to the meeting, as the site did; each link would be an error of its own.
        for (int i = 0; i < 54; i++)
            site.File($"aktuelt/sak-{i:00}.md", $"---\ntitle: Sak {i}\n---\nSe [oppstartsmøtet](../moter/oppstart.md) og [dagsorden](../moter/oppstart.md#dagsorden).\n");
        // A broken link that has nothing to do with it is still an error.
        site.File("om.md", "---\ntitle: Om\n---\nSe [kontakt](kontakt.md).\n");

        var result = site.Build();

        Assert.Equal(2, result.Errors);
        var first = result.Diagnostics[0];
        Assert.Equal("KMP004", first.Id);
        Assert.EndsWith("moter/oppstart.md", first.Location.Path);
        Assert.Equal(2, first.Location.Line);
        Assert.Contains("needs quotes", first.Message);
        var summary = result.Single("KMP221", "moter/oppstart.md");
        Assert.StartsWith("108 more errors", summary.Message);
        Assert.Same(summary, result.Diagnostics[1]);
        result.Single("KMP070", "om.md");
    }

    [Fact]
    public void A_concept_that_cannot_be_read_is_not_also_unknown_wherever_it_is_named()
    {
        using var site = new TestSite()
            .File("concepts/feil.md", "---\ntitle: \"Feil\ndefinition: Et begrep.\n---\n")
            .Concept("god", "God", "related: [feil]", "Se [feil](feil.md).")
            .Concept("annen", "Annen", "related: [fiel]");

        var result = site.Build();

        Assert.Equal("KMP004", result.Diagnostics[0].Id);
        Assert.Empty(result.With("KMP070"));
        Assert.StartsWith("2 more errors", result.Single("KMP221", "concepts/feil.md").Message);
        // A name that is simply wrong is still an error of its own.
        Assert.Contains("'fiel'", result.Single("KMP015", "concepts/annen.md").Message);
        Assert.Equal(2, result.Errors);
    }

    // A concept the input gate refuses (here a link to a file outside the folder, as a hard link or a FIFO would
    // be) makes nothing either: the refusal comes first, and its name is not also unknown wherever it is used.
    [Fact]
    public void A_concept_refused_at_the_gate_is_not_also_unknown_wherever_it_is_named()
    {
        using var outside = new TempFolder("outside");
        string elsewhere = outside.Write("feil.md", "---\ntitle: Feil\ndefinition: Et begrep.\n---\n");
        using var site = new TestSite()
            .Concept("god", "God", "related: [feil]", "Se [feil](feil.md).")
            .Concept("annen", "Annen", "related: [feil, fiel]");
        File.CreateSymbolicLink(Path.Combine(site.Input, "concepts", "feil.md"), elsewhere);

        var result = site.Build();

        Assert.Equal("KMP007", result.Diagnostics[0].Id);
        Assert.EndsWith("concepts/feil.md", result.Diagnostics[0].Location.Path);
        Assert.DoesNotContain(result.With("KMP015"), d => d.Message.Contains("'feil'"));
        Assert.Empty(result.With("KMP070"));
        Assert.StartsWith("3 more errors", result.Single("KMP221", "concepts/feil.md").Message);
        Assert.Contains("'fiel'", result.Single("KMP015", "concepts/annen.md").Message);
        Assert.Equal(2, result.Errors);
    }

    [Fact]
    public void Without_an_unreadable_file_every_broken_link_is_listed()
    {
        using var site = new TestSite()
            .File("a.md", "---\ntitle: A\n---\nSe [b](b.md).\n")
            .File("c.md", "---\ntitle: C\n---\nSe [b](b.md).\n");

        var result = site.Build();

        Assert.Equal(2, result.With("KMP070").Count);
        Assert.Empty(result.With("KMP221"));
    }
}
