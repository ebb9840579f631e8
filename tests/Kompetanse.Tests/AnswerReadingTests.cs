using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kompetanse.Tests.Support;
using W14 = DocumentFormat.OpenXml.Office2010.Word;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Kompetanse.Tests;

/// <summary>
/// Answers read as the unit gave them: the site's own DOCX and ODT, filled as Word and LibreOffice fill them,
/// and saved again by the LibreOffice installed here; ticks, dates in the form's own format, line breaks;
/// units that are not on the list; answers to an earlier version of the form.
/// </summary>
public class AnswerReadingTests
{
    private const string FormYaml = """
        title: Kartlegging
        version: "2.0"
        date: 2026-09-01
        purpose: Å se hvor vi står.
        who: Enhetsleder.
        when: Høsten 2026.
        earlier_versions: ["1.0"]
        publish_text_answers: true
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

    private const string Units = "units:\n  - Berg skole\n  - Dal barnehage\n  - Reipå skole\n";

    private static TestSite Site() => new TestSite().File("forms/kartlegging.yml", FormYaml).File("enheter.yml", Units);

    // The form's own documents, as the site publishes them.
    private static byte[] Published(string extension)
    {
        using var site = Site();
        var result = site.Build();
        return result.Outputs.Single(f => f.Path == $"skjema/kartlegging/kartlegging.{extension}").Content;
    }

    private static AngleSharp.Dom.IDocument Overview(BuildResult result) =>
        new HtmlParser().ParseDocument(Encoding.UTF8.GetString(result.Outputs.Single(f => f.Path == "skjema/kartlegging/svar/index.html").Content));

    private static int Count(AngleSharp.Dom.IDocument page, string question, string step) =>
        int.Parse(page.QuerySelectorAll($"caption#svar-{question} ~ tbody tr").Single(r => r.QuerySelector("th")!.TextContent == step).QuerySelector("td")!.TextContent);

    // Shown with white-space: pre-line, so a line break in the text is a line break on the page.
    private static IEnumerable<string> TextAnswers(AngleSharp.Dom.IDocument page) => page.QuerySelectorAll(".answer-text").Select(p => p.TextContent);

    // ---- LibreOffice's document ----

    // Fills the site's ODT as LibreOffice does: each field's text replaced; a ticked step's ☐ becomes ☒.
    private static byte[] FillOdt(byte[] odt, params (string Name, object Value)[] fields)
    {
        XNamespace text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
        var output = new MemoryStream();
        output.Write(odt);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("content.xml")!;
            XDocument content;
            using (var stream = entry.Open()) content = XDocument.Load(stream);
            foreach (var (name, value) in fields)
            {
                var field = content.Descendants(text + "text-input").Single(e => e.Attribute(text + "description")?.Value == name);
                field.RemoveNodes();
                if (value is string s) field.Add(s);
                else field.Add((object[])value);
            }
            entry.Delete();
            using var writer = zip.CreateEntry("content.xml").Open();
            content.Save(writer, SaveOptions.DisableFormatting);
        }
        return output.ToArray();
    }

    private static object[] Lines(params string[] lines)
    {
        XNamespace text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
        return lines.SelectMany((l, i) => i == 0 ? new object[] { l } : [new XElement(text + "line-break"), l]).ToArray();
    }

    private static byte[] FilledOdt() => FillOdt(Published("odt"),
        ("felt-enhet", "Berg skole"), ("felt-dato", "02.11.2026"),
        ("hvor-star-vi#2", "☒"), ("fungerer-det#1", "☒"), ("tiltak.r1.c1", "Lesekurs"),
        ("kommentar", Lines("Linje en", "Linje to")));

    [Fact]
    public void A_filled_libreoffice_document_counts_ticked_steps_only_and_reads_its_date_and_line_breaks()
    {
        using var site = Site().Bytes("svar/kartlegging/berg.odt", FilledOdt());

        var result = site.Build();

        result.AssertClean();
        var page = Overview(result);
        Assert.Contains("Levert av 1 av 3", page.Body!.TextContent);
        Assert.Equal(1, Count(page, "hvor-star-vi", "Noe"));
        Assert.Equal(0, Count(page, "hvor-star-vi", "Lite"));
        Assert.Equal(1, Count(page, "fungerer-det", "Ja"));
        Assert.Contains("2. november 2026", page.QuerySelector("#levert-tabell ~ tbody td")!.TextContent);
        Assert.Contains("Linje en\nLinje to", TextAnswers(page));
    }

    // ---- Word's document ----

    private static byte[] FillDocx(byte[] docx, Action<Body> fill)
    {
        var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true)) fill(document.MainDocumentPart!.Document!.Body!);
        return stream.ToArray();
    }

    private static SdtElement Control(Body body, string tag) => body.Descendants<SdtElement>().Single(c => c.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value == tag);

    private static void Write(Body body, string tag, params OpenXmlLeaf[] content)
    {
        var control = Control(body, tag);
        control.SdtProperties!.GetFirstChild<ShowingPlaceholder>()?.Remove();
        var run = control.Descendants<Run>().First();
        run.RemoveAllChildren();
        foreach (var part in content) run.Append(part.Element);
        foreach (var other in control.Descendants<Run>().Skip(1).ToList()) other.Remove();
    }

    private sealed record OpenXmlLeaf(DocumentFormat.OpenXml.OpenXmlElement Element);
    private static OpenXmlLeaf T(string s) => new(new WText(s) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
    private static OpenXmlLeaf Br() => new(new Break());

    private static void Tick(Body body, string tag)
    {
        var control = Control(body, tag);
        control.SdtProperties!.GetFirstChild<W14.SdtContentCheckBox>()!.Checked!.Val = W14.OnOffValues.One;
        control.Descendants<WText>().Single().Text = "☒";
    }

    // Filled as Word fills it: a typed date (the picker's format, dd.mm.åååå), a line break with Shift+Enter.
    private static byte[] FilledDocx() => FillDocx(Published("docx"), body =>
    {
        Write(body, "felt-enhet", T("Dal barnehage"));
        Write(body, "felt-dato", T("02.11.2026"));
        Tick(body, "hvor-star-vi#3");
        Tick(body, "fungerer-det#2");
        Write(body, "tiltak.r1.c1", T("Lesekurs"));
        Write(body, "kommentar", T("Linje en"), Br(), T("Linje to"));
    });

    [Fact]
    public void A_filled_word_document_keeps_its_line_breaks_and_typed_date()
    {
        using var site = Site().Bytes("svar/kartlegging/dal.docx", FilledDocx());

        var result = site.Build();

        result.AssertClean();
        var page = Overview(result);
        Assert.Equal(1, Count(page, "hvor-star-vi", "Mye"));
        Assert.Equal(1, Count(page, "fungerer-det", "Delvis"));
        Assert.Contains("2. november 2026", page.QuerySelector("#levert-tabell ~ tbody td")!.TextContent);
        Assert.Contains("Linje en\nLinje to", TextAnswers(page));
    }

    [Fact]
    public void Several_paragraphs_in_one_content_control_stay_apart()
    {
        var docx = FillDocx(Published("docx"), body =>
        {
            Write(body, "felt-enhet", T("Dal barnehage"));
            // Word makes a control block-level when paragraphs are pasted into it.
            var control = Control(body, "kommentar");
            var block = new SdtBlock(control.SdtProperties!.CloneNode(true), new SdtContentBlock(
                new Paragraph(new Run(new WText("Linje en"))), new Paragraph(new Run(new WText("Linje to")))));
            body.Append(block);
            control.Remove();
        });
        using var site = Site().Bytes("svar/kartlegging/dal.docx", docx);

        var result = site.Build();

        result.AssertClean();
        Assert.Contains("Linje en\nLinje to", TextAnswers(Overview(result)));
    }

    // ---- Saved again by LibreOffice ----

    [Fact]
    public void Documents_saved_again_by_libreoffice_keep_their_answers()
    {
        using var work = new TempFolder("lo");
        byte[] docx = LibreOffice.SaveAgain(work, FilledDocx(), "dal.docx");
        byte[] odt = LibreOffice.SaveAgain(work, FilledOdt(), "berg.odt");
        // The premise: LibreOffice drops the Word controls' tags.
        Assert.DoesNotContain("w:tag ", ReadEntry(docx, "word/document.xml"));
        using var site = Site().Bytes("svar/kartlegging/dal.docx", docx).Bytes("svar/kartlegging/berg.odt", odt);

        var result = site.Build();

        result.AssertClean();
        var page = Overview(result);
        Assert.Contains("Levert av 2 av 3", page.Body!.TextContent);
        Assert.Equal(["Berg skole", "Dal barnehage"], page.QuerySelectorAll("#levert-tabell ~ tbody th").Select(th => th.TextContent));
        Assert.All(page.QuerySelectorAll("#levert-tabell ~ tbody td time"), t => Assert.Equal("2026-11-02", t.GetAttribute("datetime")));
        Assert.Equal(1, Count(page, "hvor-star-vi", "Noe"));
        Assert.Equal(1, Count(page, "hvor-star-vi", "Mye"));
        Assert.Equal(0, Count(page, "hvor-star-vi", "Lite"));
        Assert.Equal(1, Count(page, "fungerer-det", "Ja"));
        Assert.Equal(1, Count(page, "fungerer-det", "Delvis"));
        Assert.Equal(2, page.QuerySelectorAll("main td").Count(td => td.TextContent == "Lesekurs"));
    }

    private static string ReadEntry(byte[] zip, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        using var reader = new StreamReader(archive.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>The real LibreOffice (soffice, which test.sh installs), with a profile of its own so it runs beside any other.</summary>
    private static class LibreOffice
    {
        public static byte[] SaveAgain(TempFolder work, byte[] document, string name)
        {
            string input = work.WriteBytes("in/" + name, document);
            string output = work.Combine("out");
            var start = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string arg in new[] { $"-env:UserInstallation=file://{work.Combine("profile")}", "--headless", "--convert-to", Path.GetExtension(name).TrimStart('.'), "--outdir", output, input })
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            string log = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            string saved = Path.Combine(output, name);
            Assert.True(File.Exists(saved), "LibreOffice did not save the document: " + log);
            return File.ReadAllBytes(saved);
        }
    }

    // ---- Who answered, and to what ----

    private static string Export(string unit, string version, string answers) => $$"""
        { "format": "kompetanse-svar/1", "form": "kartlegging", "version": "{{version}}", "unit": "{{unit}}",
          "exported": "2026-11-20T10:00:00.000Z", "answers": [ {{answers}} ] }
        """;

    [Fact]
    public void A_unit_that_is_not_on_the_list_is_an_error_with_the_nearest_name_and_is_not_counted()
    {
        using var site = Site()
            .File("svar/kartlegging/berg.json", Export("Berg skole", "2.0", """{ "id": "hvor-star-vi", "answer": "Noe" }"""))
            .File("svar/kartlegging/reipa.json", Export("Reipaa skole", "2.0", """{ "id": "hvor-star-vi", "answer": "Noe" }"""));

        var result = site.Build();

        var error = result.Single("KMP222", "svar/kartlegging/reipa.json");
        Assert.Contains("did you mean 'Reipå skole'?", error.Message);
        Assert.Equal(1, result.Errors);
        Assert.Equal(1, Count(Overview(result), "hvor-star-vi", "Noe"));
        Assert.Contains("Levert av 1 av 3", Overview(result).Body!.TextContent);
    }

    [Fact]
    public void Answers_to_an_earlier_version_keep_the_questions_that_still_exist_and_the_page_names_the_dropped_ones()
    {
        using var site = Site().File("svar/kartlegging/berg.json", Export("Berg skole", "1.0", """
            { "id": "hvor-star-vi", "question": "Hvor står vi?", "answer": "Mye" },
            { "id": "fungerer-det", "question": "Fungerer det?", "answer": "Nei" },
            { "id": "ressurser", "question": "Har dere nok ressurser?", "answer": "Ja" },
            { "id": "kommentar", "question": "Noe mer?", "answer": "Alt vel." }
            """));

        var result = site.Build();

        result.AssertClean();
        var page = Overview(result);
        Assert.Equal(1, Count(page, "hvor-star-vi", "Mye"));
        Assert.Equal(1, Count(page, "fungerer-det", "Nei"));
        Assert.Contains("Alt vel.", page.Body!.TextContent);
        var dropped = page.QuerySelector(".answers-dropped")!.TextContent;
        Assert.Contains("Berg skole", dropped);
        Assert.Contains("«Har dere nok ressurser?»", dropped);
    }

    [Fact]
    public void A_question_the_current_version_lacks_is_still_an_error_in_answers_to_the_current_version()
    {
        using var site = Site().File("svar/kartlegging/berg.json", Export("Berg skole", "2.0", """{ "id": "ressurser", "answer": "Ja" }"""));

        var error = site.Build().Single("KMP116", "svar/kartlegging/berg.json");

        Assert.Contains("version 2.0", error.Message);
    }
}
