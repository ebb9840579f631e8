using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Kompetanse.Model;
using Kompetanse.Outputs.FormDocuments;

namespace Kompetanse.Tests.FormDocuments;

public class DocxFormWriterTests
{
    private static readonly QuestionSet Form = SampleForm.Create();
    private static readonly byte[] Bytes = DocxFormWriter.Write(Form, SampleForm.Municipality);

    private static WordprocessingDocument Open() => WordprocessingDocument.Open(new MemoryStream(Bytes), false);

    private static string StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal";

    [Fact]
    public void IsValidForOffice2019()
    {
        using var doc = Open();
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void StylesDefineHeadingsWithOutlineLevelsAndNorwegianLanguage()
    {
        using var doc = Open();
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        Style Find(string id) => Assert.Single(styles.Elements<Style>(), s => s.StyleId?.Value == id);

        for (int level = 1; level <= 3; level++)
        {
            var heading = Find($"Heading{level}");
            Assert.Equal($"heading {level}", heading.StyleName!.Val!.Value);
            Assert.Equal(level - 1, heading.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        }
        Assert.Equal(StyleValues.Paragraph, Find("Title").Type!.Value);
        Assert.True(Find("Normal").Default!.Value);
        Assert.Equal("nb-NO", styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!.Val!.Value);
        Assert.True(Find("Hjelpetekst").StyleRunProperties!.Italic is not null);
    }

    [Fact]
    public void StartsWithTitleMunicipalityVersionAndWhoWhen()
    {
        using var doc = Open();
        var paragraphs = doc.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();
        Assert.Equal("Heading1", StyleOf(paragraphs[0]));
        Assert.Equal(SampleForm.Title, paragraphs[0].InnerText); // <, & and quotes survive escaping
        Assert.Equal(SampleForm.Municipality, paragraphs[1].InnerText);
        Assert.Equal("Versjon 2.1, 23. november 2026", paragraphs[2].InnerText);
        var text = string.Join("\n", paragraphs.Take(8).Select(p => p.InnerText));
        Assert.Contains("Formål: Å finne ut hvor vi står", text);
        Assert.Contains("Hvem fyller ut: Styrer/rektor sammen med ansatte & tillitsvalgte", text);
        Assert.Contains("Når: Høsten, før ny plan lages", text);
    }

    [Fact]
    public void HeaderFieldsTableComesBeforeTheFirstSection()
    {
        using var doc = Open();
        var body = doc.MainDocumentPart!.Document!.Body!;
        var first = body.Elements<Table>().First();
        var firstSection = body.Elements<Paragraph>().First(p => StyleOf(p) == "Heading2");
        Assert.True(first.IsBefore(firstSection));

        var rows = first.Elements<TableRow>().ToList();
        Assert.Equal(Form.Header.Select(h => h.Label), rows.Select(r => r.Elements<TableCell>().First().InnerText));
        Assert.All(rows, r => Assert.Equal(2, r.Elements<TableCell>().Count()));
        Assert.Equal("dd.mm.åååå", rows[1].Elements<TableCell>().Last().InnerText); // the date field
        Assert.Equal("", rows[0].Elements<TableCell>().Last().InnerText);
    }

    [Fact]
    public void SectionsAndNumberedQuestionsAreHeadings()
    {
        using var doc = Open();
        var paragraphs = doc.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();
        Assert.Single(paragraphs, p => StyleOf(p) == "Heading1");
        Assert.Equal(Form.Sections.Select(s => s.Title), paragraphs.Where(p => StyleOf(p) == "Heading2").Select(p => p.InnerText));
        Assert.Equal(Form.Questions.Select((q, i) => $"{i + 1}. {q.Text}"), paragraphs.Where(p => StyleOf(p) == "Heading3").Select(p => p.InnerText));

        var help = paragraphs.Where(p => StyleOf(p) == "Hjelpetekst").Select(p => p.InnerText).ToList();
        Assert.Equal(Form.Questions.Where(q => q.Help != null).Select(q => q.Help), help);
        Assert.Contains(paragraphs, p => p.InnerText == "Brukes til slutt i året."); // a section intro
    }

    [Fact]
    public void EachQuestionHasAnAnswerTableOfTheRightShape()
    {
        using var doc = Open();
        var tables = doc.MainDocumentPart!.Document!.Body!.Elements<Table>().Skip(1).ToList();
        var questions = Form.Questions.ToList();
        Assert.Equal(questions.Count, tables.Count);

        for (int i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            var table = tables[i];
            var rows = table.Elements<TableRow>().ToList();
            var (headers, bodyRows) = q.Kind switch
            {
                AnswerKind.Text => ((IReadOnlyList<string>)["Svar"], 1),
                AnswerKind.Table => (q.Columns, q.Rows),
                _ => (q.Choices, 1),
            };
            Assert.Equal(headers.Count, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
            Assert.Equal(1 + bodyRows, rows.Count);
            Assert.All(rows, r => Assert.Equal(headers.Count, r.Elements<TableCell>().Count()));
            Assert.Equal(headers, rows[0].Elements<TableCell>().Select(c => c.InnerText));
            Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
            Assert.NotNull(table.GetFirstChild<TableProperties>()!.TableBorders);

            // The heading right before the table is the question's.
            var heading = table.ElementsBefore().OfType<Paragraph>().Last(p => StyleOf(p) == "Heading3");
            Assert.Equal($"{i + 1}. {q.Text}", heading.InnerText);

            if (q.Choices.Count > 0) Assert.All(rows[1].Elements<TableCell>(), c => Assert.Equal("☐", c.InnerText));
            else Assert.All(rows.Skip(1).SelectMany(r => r.Elements<TableCell>()), c => Assert.Equal("", c.InnerText));
        }
    }

    [Fact]
    public void WideTablesGetLandscapePagesAndEveryTableFitsItsPage()
    {
        using var doc = Open();
        var body = doc.MainDocumentPart!.Document!.Body!;
        // Each section's properties sit at its end: in a paragraph, or last in the body.
        var sections = body.Descendants<SectionProperties>().ToList();
        Assert.Equal(body.LastChild, sections[^1]);
        Assert.Contains(sections, s => s.GetFirstChild<PageSize>()!.Orient?.Value == PageOrientationValues.Landscape);
        Assert.All(sections, s => Assert.NotNull(s.GetFirstChild<FooterReference>()));

        foreach (var table in body.Elements<Table>())
        {
            var section = sections.First(s => table.IsBefore(s));
            var size = section.GetFirstChild<PageSize>()!;
            var margin = section.GetFirstChild<PageMargin>()!;
            int available = (int)(size.Width!.Value - margin.Left!.Value - margin.Right!.Value);
            int width = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(c => int.Parse(c.Width!.Value!));
            Assert.True(width <= available, $"{width} > {available}");
            bool landscape = size.Orient?.Value == PageOrientationValues.Landscape;
            Assert.Equal(table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count() > 4 && table.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().All(t => t.Text != "☐"), landscape);
        }
    }

    [Fact]
    public void FooterNamesMunicipalityTitleAndVersion()
    {
        using var doc = Open();
        var footer = Assert.Single(doc.MainDocumentPart!.FooterParts);
        Assert.Contains($"{SampleForm.Municipality} · {SampleForm.Title} · versjon 2.1", footer.Footer!.InnerText);
    }

    [Fact]
    public void CorePropertiesCarryTitleAndLanguage()
    {
        using var doc = Open();
        Assert.Equal(SampleForm.Title, doc.PackageProperties.Title);
        Assert.Equal("nb-NO", doc.PackageProperties.Language);
    }

    [Fact]
    public void SameInputGivesSameBytes()
    {
        Assert.Equal(Bytes, DocxFormWriter.Write(SampleForm.Create(), SampleForm.Municipality));
        using var zip = new ZipArchive(new MemoryStream(Bytes));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2026, 11, 23), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void OddTextDoesNotBreakTheDocument()
    {
        var form = SampleForm.Create() with
        {
            Title = "Tabs\tand\u0001control\u0007chars",
            Purpose = "",
            Header = [],
            Sections = [new FormSection("tom", "Tom seksjon", null, []), .. SampleForm.Create().Sections],
        };
        using var doc = WordprocessingDocument.Open(new MemoryStream(DocxFormWriter.Write(form, "")), false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc));
        // Tabs become spaces; control characters, which XML cannot carry, are dropped.
        Assert.Equal("Tabs andcontrolchars", doc.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().First().InnerText);
        // No municipality: the footer starts with the title, not with a separator.
        Assert.StartsWith("Tabs andcontrolchars · versjon 2.1 · side", doc.MainDocumentPart.FooterParts.Single().Footer!.InnerText);
    }

    private static Dictionary<string, SdtRun> Controls(WordprocessingDocument doc) =>
        doc.MainDocumentPart!.Document!.Body!.Descendants<SdtRun>().ToDictionary(c => c.SdtProperties!.GetFirstChild<Tag>()!.Val!.Value!);

    [Fact]
    public void EveryAnswerPlaceIsAContentControlTaggedWithItsAnswerName()
    {
        using var doc = Open();
        var controls = Controls(doc); // ToDictionary also proves every tag is unique

        var expected = new List<string>(Form.Header.Select(h => h.Id));
        foreach (var q in Form.Questions)
        {
            if (q.Kind == AnswerKind.Table)
                expected.AddRange(Enumerable.Range(1, q.Rows).SelectMany(r => Enumerable.Range(1, q.Columns.Count).Select(c => q.CellId(r, c))));
            else if (q.Choices.Count > 0)
                expected.AddRange(Enumerable.Range(1, q.Choices.Count).Select(n => $"{q.Id}#{n}"));
            else expected.Add(q.Id);
        }
        Assert.Equal(expected.Order(), controls.Keys.Order());

        // Text answers and header fields: plain text, several lines allowed; the date: a date picker with a hint.
        Assert.True(controls["enhet"].SdtProperties!.GetFirstChild<SdtContentText>()!.MultiLine!.Value);
        Assert.True(controls["tiltak.r4.c3"].SdtProperties!.GetFirstChild<SdtContentText>() is not null);
        var date = controls["dato"].SdtProperties!;
        Assert.Equal("dd.MM.yyyy", date.GetFirstChild<SdtContentDate>()!.GetFirstChild<DateFormat>()!.Val!.Value);
        Assert.NotNull(date.GetFirstChild<ShowingPlaceholder>());
        Assert.Equal("dd.mm.åååå", controls["dato"].InnerText);

        // Scales: one unticked Word check box per step.
        var box = controls["grad#2"].SdtProperties!.GetFirstChild<DocumentFormat.OpenXml.Office2010.Word.SdtContentCheckBox>();
        Assert.NotNull(box);
        Assert.Equal(DocumentFormat.OpenXml.Office2010.Word.OnOffValues.Zero, box!.GetFirstChild<DocumentFormat.OpenXml.Office2010.Word.Checked>()!.Val!.Value);
        Assert.Equal("☐", controls["grad#2"].InnerText);
        Assert.Contains("w14", doc.MainDocumentPart!.Document!.MCAttributes!.Ignorable!.Value!);
    }

    [Fact]
    public void ColumnWidthsFollowTheFormsWidthsAndAnswersStartAtTheTop()
    {
        var form = SampleForm.Create();
        var q = form.Sections[1].Questions[0] with { ColumnWidths = [1, 4, 2] }; // Tiltak, Ansvarlig, Frist
        form = form with { Sections = [form.Sections[0], form.Sections[1] with { Questions = [q, .. form.Sections[1].Questions.Skip(1)] }, form.Sections[2]] };
        using var doc = WordprocessingDocument.Open(new MemoryStream(DocxFormWriter.Write(form, "")), false);
        var table = doc.MainDocumentPart!.Document!.Body!.Elements<Table>()
            .Single(t => t.GetFirstChild<TableProperties>()!.TableCaption!.Val == "Svar på spørsmål 4");
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(g => int.Parse(g.Width!.Value!)).ToList();
        Assert.Equal(9638, grid.Sum());
        Assert.InRange(grid[1] / (double)grid[0], 3.9, 4.1);
        Assert.InRange(grid[2] / (double)grid[0], 1.9, 2.1);
        Assert.All(table.Descendants<TableCellVerticalAlignment>(), v => Assert.Equal(TableVerticalAlignmentValues.Top, v.Val!.Value));
        Assert.All(table.Elements<TableRow>(), r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
    }

    [Fact]
    public void HandBackBlockComesFromTheFormAndOnlyWhenItHasOne()
    {
        Assert.DoesNotContain("Slik leverer dere skjemaet", InnerText(Bytes));
        var form = SampleForm.Create() with { HandBack = new HandBack("rådgiver i oppvekst", "1. desember 2026") };
        string text = InnerText(DocxFormWriter.Write(form, ""));
        Assert.Contains("Slik leverer dere skjemaet", text);
        Assert.Contains("Lever det utfylte skjemaet til rådgiver i oppvekst. Frist: 1. desember 2026.", text);
    }

    [Fact]
    public void AFormWhoseFirstQuestionIsWideStartsInLandscape()
    {
        var form = SampleForm.Create();
        form = form with { Sections = [form.Sections[2] with { Questions = [form.Sections[2].Questions[0]] }] }; // five columns
        using var doc = WordprocessingDocument.Open(new MemoryStream(DocxFormWriter.Write(form, "")), false);
        var sections = doc.MainDocumentPart!.Document!.Body!.Descendants<SectionProperties>().ToList();
        var only = Assert.Single(sections); // no portrait title page before it
        Assert.Equal(PageOrientationValues.Landscape, only.GetFirstChild<PageSize>()!.Orient!.Value);
    }

    private static string InnerText(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join("\n", doc.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText));
    }
}
