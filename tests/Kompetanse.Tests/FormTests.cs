using AngleSharp.Html.Parser;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>Question sets: the model, its diagnostics with positions, and the form page and its downloads.</summary>
public class FormTests
{
    // Line numbers matter: the first question starts on line 11.
    private static string Form(string questions, string extra = "") => $"""
        title: Testskjema
        version: "2.0"
        date: 2025-09-01
        purpose: Å teste skjema.
        who: Enhetsleder.
        when: Høsten 2025.
        {extra}
        sections:
          - title: Del én
            questions:
        {questions}
        """;

    [Fact]
    public void A_good_form_becomes_a_fillable_page_with_odt_and_docx_beside_it()
    {
        using var site = new TestSite().Concept("gapanalyse", "Gapanalyse").File("forms/test.yml", Form("""
                  - id: hvor-star-vi
                    text: Hvor står vi nå?
                    help: Tenk på i dag.
                    answer: scale
                    steps: [Lite, Noe, Mye]
                  - text: Hva gjør vi?
                    answer: table
                    columns: [Tiltak, Ansvarlig]
                    rows: 3
                  - text: Fungerer det?
                    answer: yes-partly-no
                  - text: Noe mer?
                    answer: text
            """, "concepts: [gapanalyse]\nheader:\n  - label: Enhet\n  - label: Dato\n    type: date"));
        var result = site.Build(write: true);
        Assert.True(result.Succeeded, result.Describe());

        var page = new HtmlParser().ParseDocument(site.ReadOutput("skjema/test/index.html"));
        Assert.Equal(3, page.QuerySelectorAll("#sp-hvor-star-vi input[type=radio][name='hvor-star-vi']").Length);
        Assert.Equal("Hvor står vi nå?", page.QuerySelector("#sp-hvor-star-vi legend")!.TextContent.Trim()[3..]);
        Assert.Equal(6, page.QuerySelectorAll("#sp-hva-gjor-vi textarea").Length);
        Assert.NotNull(page.QuerySelector("#sp-hva-gjor-vi textarea[name='hva-gjor-vi.r3.c2']"));
        Assert.Equal(["Ja", "Delvis", "Nei"], page.QuerySelectorAll("#sp-fungerer-det label").Select(l => l.TextContent));
        Assert.NotNull(page.QuerySelector("#sp-noe-mer textarea[aria-describedby], #sp-noe-mer label[for='sp-noe-mer-svar']"));
        Assert.Equal("date", page.QuerySelector("#felt-dato")!.GetAttribute("type"));
        Assert.Equal("kompetanse:skjema:test", page.QuerySelector("form#skjema")!.GetAttribute("data-storage-key"));
        Assert.NotNull(page.QuerySelector("p#skjema-status[role=status]"));
        Assert.NotNull(page.QuerySelector("a[href='/begreper/gapanalyse/']"));
        Assert.True(File.Exists(Path.Combine(site.Output, "skjema", "test", "test.odt")));
        Assert.True(File.Exists(Path.Combine(site.Output, "skjema", "test", "test.docx")));
        var index = new HtmlParser().ParseDocument(site.ReadOutput("skjema/index.html"));
        Assert.Contains(index.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/skjema/test/");
    }

    [Fact]
    public void Unknown_answer_type_is_refused_with_the_nearest()
    {
        using var site = new TestSite().File("forms/test.yml", Form("""
                  - text: Hvor står vi?
                    answer: skala
            """));
        var d = site.Build().Single("KMP090", "forms/test.yml");
        d.AssertAt(12, 17);
        Assert.Contains("did you mean 'scale'?", d.Message);
    }

    [Fact]
    public void A_scale_without_steps_and_a_table_without_columns_are_refused()
    {
        using var site = new TestSite().File("forms/test.yml", Form("""
                  - text: Hvor står vi?
                    answer: scale
                    steps: [Bare ett]
                  - text: Hva gjør vi?
                    answer: table
            """));
        var result = site.Build();
        result.Single("KMP091", "forms/test.yml").AssertAt(13, 16);
        result.Single("KMP092", "forms/test.yml").AssertAt(15, 9);
    }

    [Fact]
    public void Unknown_concept_and_unknown_plan_activity_are_refused_at_their_place()
    {
        using var site = new TestSite().Concept("gapanalyse", "Gapanalyse").File("forms/test.yml", Form("""
                  - text: Hvor står vi?
                    answer: text
            """, "concepts: [gapanalys]\nactivity: oppstart"));
        var result = site.Build();
        var concept = result.Single("KMP015", "forms/test.yml");
        concept.AssertAt(7, 12);
        Assert.Contains("did you mean 'gapanalyse'?", concept.Message);
        result.Single("KMP093", "forms/test.yml").AssertAt(8, 11);
    }

    [Fact]
    public void A_form_without_questions_is_refused()
    {
        using var site = new TestSite().File("forms/test.yml", "title: Tomt\ndate: 2025-09-01\npurpose: x\nwho: y\nwhen: z\nsections: []\n");
        site.Build().Single("KMP095", "forms/test.yml");
    }

    [Fact]
    public void Two_questions_with_one_id_are_an_error_at_the_second()
    {
        using var site = new TestSite().File("forms/test.yml", Form("""
                  - text: Hvor står vi?
                    answer: text
                  - text: Hvor står vi?
                    answer: text
                  - id: hvor-star-vi
                    text: Noe annet
                    answer: text
            """));

        var found = site.Build().With("KMP110", "forms/test.yml");

        Assert.Equal(2, found.Count);
        found[0].AssertAt(13, 9);
        Assert.Contains("line 11", found[0].Message);
        found[1].AssertAt(15, 13);
    }

    [Fact]
    public void An_id_that_is_not_a_slug_is_an_error_at_its_value()
    {
        using var site = new TestSite().File("forms/test.yml", Form("""
                  - id: Hvor står vi
                    text: Hvor står vi?
                    answer: text
            """));

        site.Build().Single("KMP111", "forms/test.yml").AssertAt(11, 13);
    }

    [Fact]
    public void Widths_must_match_the_columns()
    {
        using var site = new TestSite().File("forms/test.yml", Form("""
                  - text: Tiltak
                    answer: table
                    columns: [Nr, Hva skal gjøres]
                    widths: [1, 4, 2]
            """));

        site.Build().Single("KMP112", "forms/test.yml").AssertAt(14, 17);
    }

    [Fact]
    public void A_form_with_personal_data_may_not_publish_text_answers()
    {
        using var site = new TestSite().File("forms/test.yml", Form("""
                  - text: Elevens navn
                    answer: text
            """, "personal_data: true\npublish_text_answers: true"));

        site.Build().Single("KMP113", "forms/test.yml").AssertAt(8, 1);
    }
}
