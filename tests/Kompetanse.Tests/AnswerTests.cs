using System.IO.Compression;
using System.Text;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kompetanse.Diagnostics;
using Kompetanse.Tests.Support;
using W14 = DocumentFormat.OpenXml.Office2010.Word;

namespace Kompetanse.Tests;

/// <summary>Answers handed back in input/svar/: read from exports and filled documents, checked, and summed up on /skjema/&lt;slug&gt;/svar/.</summary>
public class AnswerTests
{
    private const string FormYaml = """
        title: Kartlegging
        version: "2.0"
        date: 2026-09-01
        purpose: Å se hvor vi står.
        who: Enhetsleder.
        when: Høsten 2026.
        earlier_versions: ["1.0"]
        header:
          - label: Enhet
          - label: Dato
            type: date
        sections:
          - title: Del én
            questions:
              - id: hvor-star-vi
                text: Hvor står vi?
                answer: scale
                steps: [Lite, Noe, Mye]
              - id: fungerer-det
                text: Fungerer det?
                answer: yes-partly-no
              - id: tiltak
                text: Hvilke tiltak?
                answer: table
                columns: [Tiltak, Ansvarlig]
              - id: kommentar
                text: Noe mer?
                answer: text
        """;

    private static string Export(string unit, string answers, string version = "2.0", string form = "kartlegging") => $$"""
        {
          "format": "kompetanse-svar/1",
          "form": "{{form}}",
          "version": "{{version}}",
          "unit": "{{unit}}",
          "exported": "2026-11-20T10:00:00.000Z",
          "answers": [
        {{answers}}
          ]
        }
        """;

    private static TestSite Site(string extraYaml = "") => new TestSite().File("forms/kartlegging.yml", FormYaml.Replace("earlier_versions", extraYaml + "earlier_versions"));

    private static AngleSharp.Dom.IDocument Overview(BuildResult result) =>
        new HtmlParser().ParseDocument(Encoding.UTF8.GetString(result.Outputs.Single(f => f.Path == "skjema/kartlegging/svar/index.html").Content));

    private static int Count(AngleSharp.Dom.IDocument page, string question, string step) =>
        int.Parse(page.QuerySelectorAll($"caption#svar-{question} ~ tbody tr").Single(r => r.QuerySelector("th")!.TextContent == step).QuerySelector("td")!.TextContent);

    [Fact]
    public void Exports_from_two_units_are_counted_and_the_missing_unit_is_named()
    {
        using var site = Site()
            .File("enheter.yml", "units:\n  - Berg skole\n  - Dal barnehage\n  - Ås skole\n")
            .File("svar/kartlegging/berg.json", Export("Berg skole", """
                    { "id": "hvor-star-vi", "question": "Hvor står vi?", "answer": "Noe" },
                    { "id": "fungerer-det", "question": "Fungerer det?", "answer": "Ja" },
                    { "id": "kommentar", "question": "Noe mer?", "answer": "Eleven Ola trenger mer hjelp" }
                """))
            .File("svar/kartlegging/as.json", Export("Ås skole", """
                    { "id": "hvor-star-vi", "question": "Hvor står vi?", "answer": "Noe" },
                    { "id": "tiltak", "question": "Hvilke tiltak?", "columns": ["Tiltak", "Ansvarlig"], "rows": [["Lesekurs", "Rektor"], ["", ""]] }
                """, version: "1.0"));

        var result = site.Build();

        result.AssertClean();
        var page = Overview(result);
        Assert.Equal(["Berg skole", "Ås skole"], page.QuerySelectorAll("#levert-tabell ~ tbody th").Select(t => t.TextContent));
        Assert.Equal(["Dal barnehage"], page.QuerySelectorAll("h3 + ul li").Select(l => l.TextContent));
        Assert.Contains("Levert av 2 av 3 enheter.", page.Body!.TextContent);
        Assert.Equal(2, Count(page, "hvor-star-vi", "Noe"));
        Assert.Equal(0, Count(page, "hvor-star-vi", "Mye"));
        Assert.Equal(1, Count(page, "fungerer-det", "Ja"));
        Assert.Equal(1, Count(page, "fungerer-det", "Ikke besvart"));
        // Text answers stay off the public page unless the form allows them.
        Assert.DoesNotContain("Ola", page.Body!.TextContent);
        Assert.DoesNotContain("Lesekurs", page.Body!.TextContent);
        Assert.DoesNotContain(result.Outputs, f => f.Path.EndsWith(".json", StringComparison.Ordinal) && f.Path.Contains("svar", StringComparison.Ordinal));
        var form = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(result.Outputs.Single(f => f.Path == "skjema/kartlegging/index.html").Content));
        Assert.Contains("Levert av 2 av 3 enheter.", form.QuerySelector("#svar-fra-enhetene + p")!.TextContent);
    }

    [Fact]
    public void Text_answers_are_shown_when_the_form_allows_it()
    {
        using var site = Site("publish_text_answers: true\n")
            .File("svar/kartlegging/as.json", Export("Ås skole", """
                    { "id": "kommentar", "question": "Noe mer?", "answer": "Vi trenger tid." },
                    { "id": "tiltak", "question": "Hvilke tiltak?", "columns": ["Tiltak", "Ansvarlig"], "rows": [["Lesekurs", "Rektor"]] }
                """));

        var page = Overview(site.Build());

        Assert.Contains("Vi trenger tid.", page.QuerySelector("#tekst-kommentar ~ p.answer-text")!.TextContent);
        Assert.Equal(["Lesekurs", "Rektor"], page.QuerySelectorAll("caption:not([id]) ~ tbody td").Select(t => t.TextContent));
        Assert.Contains("Levert av 1 enhet.", page.Body!.TextContent);
    }

    [Fact]
    public void An_unknown_question_id_is_an_error_at_its_line_with_the_nearest_id()
    {
        using var site = Site().File("svar/kartlegging/as.json", Export("Ås skole", """
                    { "id": "hvor-star-vi", "question": "Hvor står vi?", "answer": "Noe" },
                    { "id": "hvor-star-dere", "question": "?", "answer": "Noe" }
                """));

        var result = site.Build();

        var d = result.Single("KMP116", "svar/kartlegging/as.json");
        d.AssertAt(9, 13);
        Assert.Contains("did you mean 'hvor-star-vi'", d.Message);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_step_that_the_question_does_not_have_is_an_error()
    {
        using var site = Site().File("svar/kartlegging/as.json", Export("Ås skole", """
                    { "id": "hvor-star-vi", "question": "Hvor står vi?", "answer": "Veldig mye" }
                """));

        var d = site.Build().Single("KMP116", "svar/kartlegging/as.json");
        Assert.Contains("Lite, Noe, Mye", d.Message);
    }

    [Fact]
    public void Each_wrong_file_is_an_error_at_its_place()
    {
        using var site = Site()
            .File("forms/iop.yml", FormYaml.Replace("title: Kartlegging", "title: IOP\npersonal_data: true"))
            .File("svar/kartleging/a.json", Export("Ås skole", "", form: "kartleging"))
            .File("svar/kartlegging/gammel.json", Export("Berg skole", "", version: "0.9"))
            .File("svar/kartlegging/uten-enhet.json", Export("", ""))
            .File("svar/kartlegging/as-1.json", Export("Ås skole", ""))
            .File("svar/kartlegging/as-2.json", Export("ås skole", ""))
            .File("svar/kartlegging/notat.txt", "Et notat.")
            .File("svar/iop/elev.json", Export("Ås skole", "", form: "iop"));

        var result = site.Build();

        Assert.Contains("did you mean 'kartlegging'", result.Single("KMP114", "svar/kartleging/a.json").Message);
        result.Single("KMP115", "svar/kartlegging/gammel.json").AssertAt(4, 14);
        result.Single("KMP117", "svar/kartlegging/uten-enhet.json").AssertAt(5, 11);
        Assert.Contains("svar/kartlegging/as-1.json", result.Single("KMP118", "svar/kartlegging/as-2.json").Message);
        result.Single("KMP160", "svar/kartlegging/notat.txt");
        Assert.Contains("personal data", result.Single("KMP119", "svar/iop/elev.json").Message);
        Assert.DoesNotContain(result.Outputs, f => f.Path.StartsWith("skjema/iop/svar", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Outputs, f => f.Path.Contains("notat", StringComparison.Ordinal));
    }

    [Fact]
    public void A_filled_word_document_is_read_through_its_tagged_content_controls()
    {
        using var site = Site().Bytes("svar/kartlegging/dal.docx", Docx("2.0", ("felt-enhet", "Dal barnehage"), ("felt-dato", "2026-11-02"), ("hvor-star-vi#3", "x"), ("hvor-star-vi#1", ""), ("fungerer-det#2", "x"), ("tiltak.r1.c1", "Lesekurs")));

        var result = site.Build();

        result.AssertClean();
        var page = Overview(result);
        Assert.Equal("Dal barnehage", page.QuerySelector("#levert-tabell ~ tbody th")!.TextContent);
        Assert.Contains("2. november 2026", page.QuerySelector("#levert-tabell ~ tbody td")!.TextContent);
        Assert.Equal(1, Count(page, "hvor-star-vi", "Mye"));
        Assert.Equal(1, Count(page, "fungerer-det", "Delvis"));
    }

    [Fact]
    public void A_filled_libreoffice_document_is_read_through_its_named_form_controls()
    {
        using var site = Site().Bytes("svar/kartlegging/berg.odt", Odt("2.0", """
            <form:text form:name="felt-enhet" form:current-value="Berg skole"/>
            <form:checkbox form:name="hvor-star-vi#1" form:current-state="checked"/>
            <form:checkbox form:name="hvor-star-vi#2"/>
            <form:textarea form:name="kommentar" form:current-value="Alt vel."/>
            """));

        var result = site.Build();

        result.AssertClean();
        Assert.Equal(1, Count(Overview(result), "hvor-star-vi", "Lite"));
    }

    [Fact]
    public void A_document_with_a_field_the_form_does_not_have_is_an_error_at_the_file()
    {
        using var site = Site().Bytes("svar/kartlegging/dal.docx", Docx("2.0", ("felt-enhet", "Dal barnehage"), ("hvor-star-vi#7", "x")));

        var d = site.Build().Single("KMP116", "svar/kartlegging/dal.docx");
        Assert.Equal(0, d.Location.Line);
        Assert.Equal(Severity.Error, d.Severity);
    }

    private static byte[] Docx(string version, params (string Tag, string Value)[] controls)
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var (tag, value) in controls)
            {
                var properties = new SdtProperties(new Tag { Val = tag });
                if (tag.Contains('#'))
                    properties.Append(new W14.SdtContentCheckBox(new W14.Checked { Val = value == "x" ? W14.OnOffValues.One : W14.OnOffValues.Zero }));
                body.Append(new SdtBlock(properties, new SdtContentBlock(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(tag.Contains('#') ? (value == "x" ? "☒" : "☐") : value))))));
            }
            main.Document = new Document(body);
            document.PackageProperties.Version = version;
        }
        return stream.ToArray();
    }

    private static byte[] Odt(string version, string controls)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
            Entry("mimetype", "application/vnd.oasis.opendocument.text");
            Entry("content.xml", $"""
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0">
                  <office:body><office:text><office:forms><form:form form:name="svar">{controls}</form:form></office:forms></office:text></office:body>
                </office:document-content>
                """);
            Entry("meta.xml", $"""
                <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0">
                  <office:meta><meta:user-defined meta:name="Skjemaversjon">{version}</meta:user-defined></office:meta>
                </office:document-meta>
                """);
        }
        return stream.ToArray();
    }
}
