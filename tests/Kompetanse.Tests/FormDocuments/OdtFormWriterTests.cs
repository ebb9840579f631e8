using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Kompetanse.Model;
using Kompetanse.Outputs.FormDocuments;

namespace Kompetanse.Tests.FormDocuments;

public class OdtFormWriterTests
{
    private static readonly XNamespace Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static readonly XNamespace Style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static readonly XNamespace Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static readonly XNamespace Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static readonly XNamespace Fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private static readonly XNamespace Meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";

    private static readonly QuestionSet Form = SampleForm.Create();
    private static readonly byte[] Bytes = OdtFormWriter.Write(Form, SampleForm.Municipality);

    private static XDocument Part(string path)
    {
        using var zip = new ZipArchive(new MemoryStream(Bytes));
        using var reader = new StreamReader(zip.GetEntry(path)!.Open(), Encoding.UTF8);
        return XDocument.Parse(reader.ReadToEnd());
    }

    private static XElement BodyText => Part("content.xml").Root!.Element(Office + "body")!.Element(Office + "text")!;

    /// <summary>Text as a reader sees it: text:s is spaces, text:line-break a newline.</summary>
    private static string Plain(XElement e) => string.Concat(e.Nodes().Select(n => n switch
    {
        XText t => t.Value,
        XElement s when s.Name == Text + "s" => new string(' ', (int?)s.Attribute(Text + "c") ?? 1),
        XElement b when b.Name == Text + "line-break" => "\n",
        XElement child => Plain(child),
        _ => "",
    }));

    [Fact]
    public void MimetypeIsTheFirstEntryStoredWithoutExtraField()
    {
        using (var zip = new ZipArchive(new MemoryStream(Bytes)))
        {
            var first = zip.Entries[0];
            Assert.Equal("mimetype", first.FullName);
            Assert.Equal(first.Length, first.CompressedLength);
            using var reader = new StreamReader(first.Open(), Encoding.ASCII);
            Assert.Equal("application/vnd.oasis.opendocument.text", reader.ReadToEnd());
        }

        // The local file header itself: signature, method 0 (stored), no extra field, then name and content.
        Assert.Equal("PK\u0003\u0004", Encoding.ASCII.GetString(Bytes, 0, 4));
        Assert.Equal(0, BitConverter.ToUInt16(Bytes, 8));
        Assert.Equal(8, BitConverter.ToUInt16(Bytes, 26));
        Assert.Equal(0, BitConverter.ToUInt16(Bytes, 28));
        Assert.Equal("mimetypeapplication/vnd.oasis.opendocument.text", Encoding.ASCII.GetString(Bytes, 30, 47));
    }

    [Fact]
    public void ManifestListsEveryFileWithItsMediaType()
    {
        using var zip = new ZipArchive(new MemoryStream(Bytes));
        var entries = Part("META-INF/manifest.xml").Root!.Elements(Manifest + "file-entry")
            .ToDictionary(e => (string)e.Attribute(Manifest + "full-path")!, e => (string)e.Attribute(Manifest + "media-type")!);
        Assert.Equal("application/vnd.oasis.opendocument.text", entries["/"]);
        foreach (var part in new[] { "content.xml", "styles.xml", "meta.xml" }) Assert.Equal("text/xml", entries[part]);
        var files = zip.Entries.Select(e => e.FullName).Where(n => n is not "mimetype" and not "META-INF/manifest.xml");
        Assert.Equal(files.Order(), entries.Keys.Where(k => k != "/").Order());
        Assert.Equal("1.3", (string?)Part("META-INF/manifest.xml").Root!.Attribute(Manifest + "version"));
    }

    [Fact]
    public void EveryXmlPartParsesAsOdf13()
    {
        foreach (var (part, root) in new[] { ("content.xml", "document-content"), ("styles.xml", "document-styles"), ("meta.xml", "document-meta") })
        {
            var doc = Part(part);
            Assert.Equal(Office + root, doc.Root!.Name);
            Assert.Equal("1.3", (string?)doc.Root.Attribute(Office + "version"));
        }
    }

    [Fact]
    public void MetaHasTitleLanguageAndGenerator()
    {
        var meta = Part("meta.xml").Root!.Element(Office + "meta")!;
        Assert.Equal(SampleForm.Title, (string?)meta.Element(Dc + "title"));
        Assert.Equal("nb-NO", (string?)meta.Element(Dc + "language"));
        Assert.Equal("Kompetanse", (string?)meta.Element(Meta + "generator"));
    }

    [Fact]
    public void StylesDefineHeadingsWithOutlineLevelsAndNorwegian()
    {
        var styles = Part("styles.xml").Root!;
        var named = styles.Element(Office + "styles")!.Elements(Style + "style").ToDictionary(s => (string)s.Attribute(Style + "name")!);
        for (int level = 1; level <= 3; level++)
            Assert.Equal(level.ToString(), (string?)named[$"Heading_20_{level}"].Attribute(Style + "default-outline-level"));
        Assert.Contains("Hjelpetekst", named.Keys);
        Assert.Equal("italic", (string?)named["Hjelpetekst"].Element(Style + "text-properties")!.Attribute(Fo + "font-style"));
        var defaults = styles.Element(Office + "styles")!.Element(Style + "default-style")!.Element(Style + "text-properties")!;
        Assert.Equal("nb", (string?)defaults.Attribute(Fo + "language"));
        Assert.Equal("NO", (string?)defaults.Attribute(Fo + "country"));

        var footer = styles.Descendants(Style + "footer").First();
        Assert.Contains($"{SampleForm.Municipality} · {SampleForm.Title} · versjon 2.1", Plain(footer));
    }

    [Fact]
    public void StartsWithTitleMunicipalityVersionHeaderFields()
    {
        var blocks = BodyText.Elements().ToList();
        Assert.Equal(Text + "h", blocks[0].Name);
        Assert.Equal("1", (string?)blocks[0].Attribute(Text + "outline-level"));
        Assert.Equal(SampleForm.Title, Plain(blocks[0]));
        Assert.Equal(SampleForm.Municipality, Plain(blocks[1]));
        Assert.Equal("Versjon 2.1, 23. november 2026", Plain(blocks[2]));
        var top = string.Join("\n", blocks.TakeWhile(b => b.Name != Table + "table").Select(Plain));
        Assert.Contains("Formål: Å finne ut hvor vi står", top);
        Assert.Contains("Hvem fyller ut: Styrer/rektor sammen med ansatte & tillitsvalgte", top);
        Assert.Contains("Når: Høsten, før ny plan lages", top);

        var header = BodyText.Elements(Table + "table").First();
        Assert.True(header.ElementsAfterSelf(Text + "h").Any()); // before the first section heading
        var rows = header.Elements(Table + "table-row").ToList();
        // A date field's label says how to write the date; each value cell is an input field named by the field's id.
        Assert.Equal(Form.Header.Select(h => h.IsDate ? h.Label + " (dd.mm.åååå)" : h.Label), rows.Select(r => Plain(r.Elements(Table + "table-cell").First())));
        Assert.Equal(Form.Header.Select(h => h.Id),
            rows.Select(r => (string?)r.Elements(Table + "table-cell").Last().Descendants(Text + "text-input").Single().Attribute(Text + "description")));
        Assert.Equal("", Plain(rows[1].Elements(Table + "table-cell").Last()));
        Assert.Equal(2, header.Elements(Table + "table-column").Count());
    }

    [Fact]
    public void SectionsAndNumberedQuestionsAreHeadingsWithHelp()
    {
        var headings = BodyText.Elements(Text + "h").ToList();
        Assert.Equal(["1", "2", "3"], headings.Select(h => (string)h.Attribute(Text + "outline-level")!).Distinct().Order());
        Assert.Equal(Form.Sections.Select(s => s.Title), headings.Where(h => (string?)h.Attribute(Text + "outline-level") == "2").Select(Plain));
        Assert.Equal(Form.Questions.Select((q, i) => $"{i + 1}. {q.Text}"), headings.Where(h => (string?)h.Attribute(Text + "outline-level") == "3").Select(Plain));

        var help = BodyText.Elements(Text + "p").Where(p => (string?)p.Attribute(Text + "style-name") == "Hjelpetekst").Select(Plain);
        Assert.Equal(Form.Questions.Where(q => q.Help != null).Select(q => q.Help), help);
        Assert.Contains(BodyText.Elements(Text + "p"), p => Plain(p) == "Svar ut fra hvordan det er i dag,\nikke hvordan det burde være.");
    }

    [Fact]
    public void EachQuestionHasAnAnswerTableOfTheRightShape()
    {
        var tables = BodyText.Elements(Table + "table").Skip(1).ToList();
        var questions = Form.Questions.ToList();
        Assert.Equal(questions.Count, tables.Count);
        Assert.Equal(tables.Count + 1, tables.Select(t => (string)t.Attribute(Table + "name")!).Append("Opplysninger").Distinct().Count());

        for (int i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            var table = tables[i];
            var (headers, bodyRows) = q.Kind switch
            {
                AnswerKind.Text => ((IReadOnlyList<string>)["Svar"], 1),
                AnswerKind.Table => (q.Columns, q.Rows),
                _ => (q.Choices, 1),
            };
            Assert.Equal(headers.Count, table.Elements(Table + "table-column").Count());
            var headerRows = Assert.Single(table.Elements(Table + "table-header-rows"));
            Assert.Equal(headers, Assert.Single(headerRows.Elements(Table + "table-row")).Elements(Table + "table-cell").Select(Plain));
            var rows = table.Elements(Table + "table-row").ToList();
            Assert.Equal(bodyRows, rows.Count);
            Assert.All(rows, r => Assert.Equal(headers.Count, r.Elements(Table + "table-cell").Count()));
            Assert.Equal($"{i + 1}. {q.Text}", Plain(table.ElementsBeforeSelf(Text + "h").Last()));
            if (q.Choices.Count > 0) Assert.All(rows[0].Elements(Table + "table-cell"), c => Assert.Equal("☐", Plain(c)));
        }
    }

    [Fact]
    public void CellsHaveBordersAndWideTablesGetLandscapePages()
    {
        var content = Part("content.xml").Root!;
        var auto = content.Element(Office + "automatic-styles")!.Elements(Style + "style").ToDictionary(s => (string)s.Attribute(Style + "name")!);
        foreach (var table in content.Descendants(Table + "table"))
        {
            var rows = table.Descendants(Table + "table-row").ToList();
            for (int r = 0; r < rows.Count; r++)
            {
                var cells = rows[r].Elements(Table + "table-cell").ToList();
                for (int c = 0; c < cells.Count; c++)
                {
                    // Every edge of the grid drawn once: left and bottom always, top and right at the table's edge.
                    var props = auto[(string)cells[c].Attribute(Table + "style-name")!].Element(Style + "table-cell-properties")!;
                    string Edge(string side) => (string)props.Attribute(Fo + "border-" + side)!;
                    Assert.Contains("solid", Edge("left"));
                    Assert.Contains("solid", Edge("bottom"));
                    Assert.Equal(r == 0, Edge("top") != "none");
                    Assert.Equal(c == cells.Count - 1, Edge("right") != "none");
                }
            }
        }

        var masters = Part("styles.xml").Root!.Element(Office + "master-styles")!.Elements(Style + "master-page")
            .ToDictionary(m => (string)m.Attribute(Style + "name")!, m => (string)m.Attribute(Style + "page-layout-name")!);
        Assert.Equal(["Liggende", "Standard"], masters.Keys.Order());

        // The wide table's heading switches to the landscape master page, the next question's back again.
        var wide = BodyText.Elements(Table + "table").Single(t => t.Elements(Table + "table-column").Count() == 6);
        Assert.Equal("TabellLiggende", (string?)wide.Attribute(Table + "style-name"));
        var heading = wide.ElementsBeforeSelf(Text + "h").Last();
        Assert.Equal("Liggende", (string?)auto[(string)heading.Attribute(Text + "style-name")!].Attribute(Style + "master-page-name"));
        var next = wide.ElementsAfterSelf(Text + "h").First();
        Assert.Equal("Standard", (string?)auto[(string)next.Attribute(Text + "style-name")!].Attribute(Style + "master-page-name"));
        Assert.Equal("Heading_20_3", (string?)auto[(string)next.Attribute(Text + "style-name")!].Attribute(Style + "parent-style-name"));
    }

    [Fact]
    public void SameInputGivesSameBytes()
    {
        Assert.Equal(Bytes, OdtFormWriter.Write(SampleForm.Create(), SampleForm.Municipality));
        using var zip = new ZipArchive(new MemoryStream(Bytes));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2026, 11, 23), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void SpacesAndOddCharactersSurvive()
    {
        var form = SampleForm.Create() with { Title = "  To  mellomrom\u0001 <b>&amp; \"x\"  ", Header = [], Sections = [] };
        var odt = OdtFormWriter.Write(form, "");
        using var zip = new ZipArchive(new MemoryStream(odt));
        using var reader = new StreamReader(zip.GetEntry("content.xml")!.Open());
        var h1 = XDocument.Parse(reader.ReadToEnd()).Descendants(Text + "h").First();
        Assert.Equal("To  mellomrom <b>&amp; \"x\"", Plain(h1)); // trimmed by Line; inner double space kept as text:s
    }

    [Fact]
    public void EveryAnswerPlaceIsAnInputFieldNamedByItsAnswerName()
    {
        var inputs = BodyText.Descendants(Text + "text-input").ToList();
        var names = inputs.Select(i => (string)i.Attribute(Text + "description")!).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Contains("tiltak.r4.c3", names);
        Assert.Contains("mal", names);
        Assert.Contains("dato", names);
        Assert.Equal(["rutiner#1", "rutiner#2", "rutiner#3"], names.Where(n => n.StartsWith("rutiner", StringComparison.Ordinal)));
        Assert.All(inputs.Where(i => ((string)i.Attribute(Text + "description")!).Contains('#')), i => Assert.Equal("☐", i.Value));
        Assert.All(inputs.Where(i => !((string)i.Attribute(Text + "description")!).Contains('#')), i => Assert.Equal("", i.Value));
        // Each lies in a table cell.
        Assert.All(inputs, i => Assert.Equal(Table + "table-cell", i.Parent!.Parent!.Name));
    }

    [Fact]
    public void ColumnWidthsFollowTheFormsWidths()
    {
        var form = SampleForm.Create();
        var q = form.Sections[1].Questions[0] with { ColumnWidths = [1, 4, 2] };
        form = form with { Sections = [form.Sections[0], form.Sections[1] with { Questions = [q, .. form.Sections[1].Questions.Skip(1)] }, form.Sections[2]] };
        using var zip = new ZipArchive(new MemoryStream(OdtFormWriter.Write(form, "")));
        using var reader = new StreamReader(zip.GetEntry("content.xml")!.Open(), Encoding.UTF8);
        var content = XDocument.Parse(reader.ReadToEnd());
        var widths = content.Descendants(Style + "style").ToDictionary(
            s => (string)s.Attribute(Style + "name")!,
            s => (string?)s.Element(Style + "table-column-properties")?.Attribute(Style + "rel-column-width"));
        var table = content.Descendants(Table + "table").Single(t => (string?)t.Attribute(Table + "name") == "Svar 4");
        var rel = table.Elements(Table + "table-column").Select(c => int.Parse(widths[(string)c.Attribute(Table + "style-name")!]!.TrimEnd('*'))).ToList();
        Assert.Equal(17000, rel.Sum());
        Assert.InRange(rel[1] / (double)rel[0], 3.9, 4.1);
    }
}
