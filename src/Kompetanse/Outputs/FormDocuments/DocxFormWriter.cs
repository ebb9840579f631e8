using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kompetanse.Model;
using W14 = DocumentFormat.OpenXml.Office2010.Word;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Kompetanse.Outputs.FormDocuments;

/// <summary>
/// A question set as a Word document to fill in: real heading styles (so the navigation pane and a table of
/// contents work), one answer table per question, A4 with landscape pages only for wide tables. Every place to
/// answer is a content control tagged with its answer name (plain text, a date picker, or one check box per
/// step tagged "id#n"), so the site's page can fill the document in and the build can read answers back.
/// </summary>
public static class DocxFormWriter
{
    // Twentieths of a point. A4 is 210 × 297 mm; 2 cm margins.
    private const int A4Short = 11906, A4Long = 16838, Margin = 1134, FooterDistance = 567;
    private const int PortraitText = A4Short - 2 * Margin, LandscapeText = A4Long - 2 * Margin;
    private const int TallRow = 1985; // 3.5 cm to write in
    private const int CheckRow = 567;
    private const int WriteRow = 1134; // 2 cm a row in tables people write in
    private const string BorderColor = "808080", HeaderFill = "E7ECF3";

    // Fixed relationship ids: the SDK would otherwise make up random ones and the bytes would differ per build.
    private const string MainId = "rIdMain", CoreId = "rIdCore", StylesId = "rIdStyles", SettingsId = "rIdSettings", FooterId = "rIdFooter";
    private const string W14Namespace = "http://schemas.microsoft.com/office/word/2010/wordml";
    private const string BoxFont = "Segoe UI Symbol";
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public static byte[] Write(QuestionSet form, string municipality)
    {
        ArgumentNullException.ThrowIfNull(form);
        municipality ??= "";
        using var package = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            var main = doc.AddNewPart<MainDocumentPart>(MainContentType, MainId);
            Feed(main.AddNewPart<StyleDefinitionsPart>(StylesId), StylesXml);
            Feed(main.AddNewPart<DocumentSettingsPart>(SettingsId), SettingsXml);
            main.AddNewPart<FooterPart>(FooterId).Footer = Footer(form, municipality);
            var document = new Document(Body(form, municipality));
            // Check boxes are Word 2010 content controls; older readers ignore them and keep the box character.
            document.AddNamespaceDeclaration("w14", W14Namespace);
            document.AddNamespaceDeclaration("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006");
            document.MCAttributes = new MarkupCompatibilityAttributes { Ignorable = "w14" };
            main.Document = document;
            Feed(doc.AddNewPart<CoreFilePropertiesPart>(CoreId), CoreXml(form, municipality));
        }
        return Repack(package.ToArray(), FormLayout.Timestamp(form));
    }

    // ---- Body ------------------------------------------------------------------------------------------

    private static Body Body(QuestionSet form, string municipality)
    {
        var body = new Body();
        // The first page takes the first question's orientation, so the title and header fields share a page
        // with the first questions rather than leaving a half-empty portrait page before a landscape one.
        bool landscape = form.Questions.FirstOrDefault() is { } firstQuestion && FormLayout.For(firstQuestion).Landscape;

        // Starts a new section when the orientation changes: the section break sits in the last paragraph of
        // the section it ends. Every block below ends with a paragraph, so there always is one.
        void Orient(bool wanted)
        {
            if (wanted == landscape) return;
            var last = body.Elements<Paragraph>().Last();
            (last.ParagraphProperties ??= new ParagraphProperties()).Append(Section(landscape));
            landscape = wanted;
        }

        body.Append(Para("Heading1", FormLayout.Line(form.Title)));
        if (!string.IsNullOrWhiteSpace(municipality)) body.Append(Para("Subtitle", FormLayout.Line(municipality)));
        body.Append(Para("Normal", FormLayout.VersionLine(form)));
        body.Append(Labelled(FormLayout.PurposeLabel, form.Purpose));
        body.Append(Labelled(FormLayout.WhoLabel, form.Who));
        body.Append(Labelled(FormLayout.WhenLabel, form.When));
        if (form.Header.Count > 0)
        {
            body.Append(HeaderTable(form.Header));
            body.Append(Spacer());
        }

        int number = 0;
        foreach (var section in form.Sections)
        {
            // The section heading goes with its first question, so a landscape question does not leave it behind.
            Orient(section.Questions.Count > 0 && FormLayout.For(section.Questions[0]).Landscape);
            body.Append(Para("Heading2", FormLayout.Line(section.Title)));
            // The intro stays with the heading and the first question: a heading is never left alone at a page's foot.
            foreach (var p in FormLayout.Paragraphs(section.Intro)) body.Append(Para("Ingress", p));

            foreach (var q in section.Questions)
            {
                number++;
                var answer = FormLayout.For(q);
                Orient(answer.Landscape);
                body.Append(Para("Heading3", FormLayout.QuestionHeading(number, q)));
                foreach (var p in FormLayout.Paragraphs(q.Help)) body.Append(Para("Hjelpetekst", p));
                body.Append(AnswerTable(answer, number, landscape ? LandscapeText : PortraitText));
                // Keeps tables apart (Word would merge adjacent ones) and carries the next section break.
                body.Append(Spacer());
            }
        }

        if (FormLayout.HandBackText(form) is { } handBack)
        {
            Orient(false);
            body.Append(Para("Heading2", FormLayout.HandBackHeading));
            body.Append(Para("Normal", handBack));
        }

        body.Append(Section(landscape)); // the last section's properties close the body
        return body;
    }

    private static SectionProperties Section(bool landscape) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = FooterId },
        new PageSize
        {
            Width = (UInt32Value)(uint)(landscape ? A4Long : A4Short),
            Height = (UInt32Value)(uint)(landscape ? A4Short : A4Long),
            Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
        },
        new PageMargin
        {
            Top = Margin, Bottom = Margin, Left = (UInt32Value)(uint)Margin, Right = (UInt32Value)(uint)Margin,
            Header = (UInt32Value)(uint)FooterDistance, Footer = (UInt32Value)(uint)FooterDistance, Gutter = 0U,
        });

    private static Paragraph Para(string style, string text) => Para(style, [text]);

    /// <summary>A paragraph in a style; lines are kept as line breaks.</summary>
    private static Paragraph Para(string style, IReadOnlyList<string> lines)
    {
        var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        var run = new Run();
        for (int i = 0; i < lines.Count; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(Txt(lines[i]));
        }
        if (lines.Count > 0) p.Append(run);
        return p;
    }

    /// <summary>"Formål: …" with the label in bold; nothing when the value is empty.</summary>
    private static IEnumerable<Paragraph> Labelled(string label, string? value)
    {
        var paragraphs = FormLayout.Paragraphs(value).ToList();
        if (paragraphs.Count == 0) yield break;
        for (int i = 0; i < paragraphs.Count; i++)
        {
            var p = Para("Normal", paragraphs[i]);
            if (i == 0)
                p.InsertAfter(new Run(new RunProperties(new Bold()), Txt(label + ": ")), p.ParagraphProperties);
            yield return p;
        }
    }

    private static WText Txt(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    private static Paragraph Spacer() => new(new ParagraphProperties(new ParagraphStyleId { Val = "Mellomrom" }));

    // ---- Tables ----------------------------------------------------------------------------------------

    /// <summary>Label | space to write, one row per header field. Date fields carry a grey hint.</summary>
    private static Table HeaderTable(IReadOnlyList<HeaderField> fields)
    {
        int labelWidth = PortraitText * 35 / 100;
        int[] widths = [labelWidth, PortraitText - labelWidth];
        var table = NewTable(widths, "Opplysninger om utfyllingen", headerRow: false);
        foreach (var field in fields)
        {
            var value = Cell(widths[1], CellPara("Tabelltekst", field.IsDate ? DateControl(field.Id, field.Label) : TextControl(field.Id, field.Label)));
            table.Append(new TableRow(
                new TableRowProperties(new CantSplit(), new TableRowHeight { Val = (UInt32Value)(uint)CheckRow, HeightType = HeightRuleValues.AtLeast }),
                Cell(widths[0], CellPara("Tabelloverskrift", new Run(Txt(FormLayout.Line(field.Label)))), shaded: true),
                value));
        }
        return table;
    }

    private static Table AnswerTable(AnswerTable answer, int number, int textWidth)
    {
        int[] widths = answer.Widths(textWidth);
        var table = NewTable(widths, $"Svar på spørsmål {number}", headerRow: true);

        // The header row repeats on every page a long table runs over.
        var header = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
        for (int c = 0; c < widths.Length; c++)
            header.Append(Cell(widths[c], CellPara(answer.CheckBoxes ? "TabelloverskriftMidt" : "Tabelloverskrift",
                new Run(Txt(FormLayout.Line(answer.Headers[c])))), shaded: true));
        table.Append(header);

        int height = answer.Tall ? TallRow : answer.CheckBoxes ? CheckRow : WriteRow;
        for (int r = 0; r < answer.BodyRows; r++)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit(), new TableRowHeight { Val = (UInt32Value)(uint)height, HeightType = HeightRuleValues.AtLeast }));
            for (int c = 0; c < widths.Length; c++)
            {
                string name = answer.AnswerName(r, c);
                string label = answer.Tall ? $"Svar på spørsmål {number}" : $"{FormLayout.Line(answer.Headers[c])}" + (answer.CheckBoxes ? "" : $", rad {r + 1}");
                row.Append(Cell(widths[c], answer.CheckBoxes
                    ? CellPara("Avkrysning", CheckBoxControl(name, label))
                    : CellPara("Tabelltekst", TextControl(name, label))));
            }
            table.Append(row);
        }
        return table;
    }

    private static Table NewTable(int[] widths, string caption, bool headerRow)
    {
        static BorderType Line<T>() where T : BorderType, new() =>
            new T { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = BorderColor };

        var table = new Table(new TableProperties(
            new TableStyle { Val = "Tabellrutenett" },
            new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            // Borders directly on the table as well as in the style: not every reader applies table styles.
            new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(),
                Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>()),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = headerRow ? "04A0" : "0480", FirstRow = headerRow, LastRow = false, FirstColumn = !headerRow, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true },
            new TableCaption { Val = caption }));
        var grid = new TableGrid();
        foreach (int w in widths) grid.Append(new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        table.Append(grid);
        return table;
    }

    private static TableCell Cell(int width, Paragraph content, bool shaded = false)
    {
        var props = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (shaded) props.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = HeaderFill });
        // Answers start at the top of their box, where people begin to write.
        props.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Top });
        return new TableCell(props, content);
    }

    // ---- Content controls --------------------------------------------------------------------------------

    /// <summary>A plain-text control (several lines allowed), empty, tagged with the answer name.</summary>
    private static SdtRun TextControl(string name, string label) => new(
        new SdtProperties(new SdtAlias { Val = FormLayout.Line(label) }, new Tag { Val = name }, new SdtContentText { MultiLine = true }),
        new SdtContentRun(new Run(Txt(""))));

    /// <summary>A date picker showing dd.mm.åååå in grey until a date is chosen.</summary>
    private static SdtRun DateControl(string name, string label) => new(
        new SdtProperties(
            new RunProperties(new Color { Val = "767676" }),
            new SdtAlias { Val = FormLayout.Line(label) }, new Tag { Val = name }, new ShowingPlaceholder(),
            new SdtContentDate(
                new DateFormat { Val = "dd.MM.yyyy" }, new LanguageId { Val = FormLayout.Language },
                new SdtDateMappingType { Val = DateFormatValues.DateTime }, new Calendar { Val = CalendarValues.Gregorian })),
        new SdtContentRun(new Run(new RunProperties(new Color { Val = "767676" }), Txt(FormLayout.DateHint))));

    /// <summary>One step of a scale: a Word check box control tagged "id#n", showing ☐ (☒ when ticked).</summary>
    private static SdtRun CheckBoxControl(string name, string label) => new(
        new SdtProperties(
            new SdtAlias { Val = FormLayout.Line(label) }, new Tag { Val = name },
            new W14.SdtContentCheckBox(
                new W14.Checked { Val = W14.OnOffValues.Zero },
                new W14.CheckedState { Val = "2612", Font = BoxFont },
                new W14.UncheckedState { Val = "2610", Font = BoxFont })),
        new SdtContentRun(new Run(Txt(FormLayout.CheckBox))));

    private static Paragraph CellPara(string style, params OpenXmlElement[] runs)
    {
        var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        p.Append(runs);
        return p;
    }

    // ---- Footer ----------------------------------------------------------------------------------------

    private static Footer Footer(QuestionSet form, string municipality) => new(
        new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }),
            // No break between "side" and its number.
            new Run(Txt(FormLayout.FooterText(form, municipality) + " · side\u00A0")),
            new SimpleField(new Run(new WText("1"))) { Instruction = " PAGE " }));

    // ---- Package ---------------------------------------------------------------------------------------

    private static void Feed(OpenXmlPart part, string xml) => Feed(part, new UTF8Encoding(false).GetBytes(xml));

    private static void Feed(OpenXmlPart part, byte[] xml)
    {
        using var stream = new MemoryStream(xml);
        part.FeedData(stream);
    }

    private static byte[] CoreXml(QuestionSet form, string municipality)
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/", dcterms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            w.WriteStartElement("cp", "coreProperties", cp);
            w.WriteAttributeString("xmlns", "dc", null, dc);
            w.WriteAttributeString("xmlns", "dcterms", null, dcterms);
            w.WriteAttributeString("xmlns", "xsi", null, xsi);
            w.WriteElementString("title", dc, FormLayout.Line(form.Title));
            w.WriteElementString("subject", dc, FormLayout.Line(municipality));
            w.WriteElementString("creator", dc, FormLayout.Generator);
            w.WriteElementString("language", dc, FormLayout.Language);
            w.WriteElementString("version", cp, FormLayout.Line(form.Version));
            foreach (var name in new[] { "created", "modified" })
            {
                w.WriteStartElement(name, dcterms);
                w.WriteAttributeString("type", xsi, "dcterms:W3CDTF");
                w.WriteString(FormLayout.IsoTimestamp(form) + "Z");
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// Copies the package entry by entry with a fixed time: System.IO.Packaging stamps entries with the
    /// current time, which would make every build's bytes differ.
    /// </summary>
    private static byte[] Repack(byte[] package, DateTimeOffset time)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = time;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }

    // ---- Styles ----------------------------------------------------------------------------------------

    // Built-in style ids and names ("heading 1" …) so Word recognises them as its own headings, shows them in
    // the navigation pane and translates their names; outlineLvl makes the outline explicit for other readers.
    private const string StylesXml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
          <w:docDefaults>
            <w:rPrDefault><w:rPr>
              <w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>
              <w:sz w:val="22"/><w:szCs w:val="22"/>
              <w:lang w:val="nb-NO" w:eastAsia="nb-NO" w:bidi="ar-SA"/>
            </w:rPr></w:rPrDefault>
            <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
          </w:docDefaults>
          <w:style w:type="paragraph" w:default="1" w:styleId="Normal">
            <w:name w:val="Normal"/><w:qFormat/>
          </w:style>
          <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">
            <w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>
          </w:style>
          <w:style w:type="table" w:default="1" w:styleId="TableNormal">
            <w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>
            <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>
              <w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>
            </w:tblCellMar></w:tblPr>
          </w:style>
          <w:style w:type="numbering" w:default="1" w:styleId="NoList">
            <w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>
          </w:style>
          <w:style w:type="paragraph" w:styleId="Title">
            <w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>
            <w:pPr><w:spacing w:after="240" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr>
            <w:rPr><w:color w:val="1F3864"/><w:kern w:val="28"/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="Subtitle">
            <w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/>
            <w:pPr><w:spacing w:after="160"/></w:pPr>
            <w:rPr><w:color w:val="404040"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="Heading1">
            <w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
            <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="0" w:after="120" w:line="240" w:lineRule="auto"/><w:outlineLvl w:val="0"/></w:pPr>
            <w:rPr><w:b/><w:bCs/><w:color w:val="1F3864"/><w:kern w:val="28"/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="Heading2">
            <w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
            <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr>
            <w:rPr><w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="Heading3">
            <w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
            <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr>
            <w:rPr><w:b/><w:bCs/><w:color w:val="262626"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="Hjelpetekst">
            <w:name w:val="Hjelpetekst"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="20"/><w:qFormat/>
            <w:pPr><w:keepNext/><w:spacing w:after="80"/></w:pPr>
            <w:rPr><w:i/><w:iCs/><w:color w:val="595959"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="Ingress">
            <w:name w:val="Ingress"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="20"/><w:qFormat/>
            <w:pPr><w:keepNext/></w:pPr>
          </w:style>
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="Tabelltekst">
            <w:name w:val="Tabelltekst"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="21"/><w:qFormat/>
            <w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>
          </w:style>
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="Tabelloverskrift">
            <w:name w:val="Tabelloverskrift"/><w:basedOn w:val="Tabelltekst"/><w:uiPriority w:val="21"/><w:qFormat/>
            <w:pPr><w:keepNext/></w:pPr>
            <w:rPr><w:b/><w:bCs/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="TabelloverskriftMidt">
            <w:name w:val="Tabelloverskrift midtstilt"/><w:basedOn w:val="Tabelloverskrift"/><w:uiPriority w:val="21"/>
            <w:pPr><w:jc w:val="center"/></w:pPr>
          </w:style>
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="Avkrysning">
            <w:name w:val="Avkrysning"/><w:basedOn w:val="Tabelltekst"/><w:uiPriority w:val="21"/>
            <w:pPr><w:jc w:val="center"/></w:pPr>
            <w:rPr><w:rFonts w:ascii="Segoe UI Symbol" w:hAnsi="Segoe UI Symbol" w:cs="Segoe UI Symbol"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="Mellomrom">
            <w:name w:val="Mellomrom"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="22"/><w:semiHidden/>
            <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
            <w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="Footer">
            <w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
            <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
            <w:rPr><w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
          </w:style>
          <w:style w:type="table" w:styleId="Tabellrutenett">
            <w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>
            <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
            <w:tblPr><w:tblBorders>
              <w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/>
              <w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/>
              <w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/>
              <w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/>
              <w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/>
              <w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/>
            </w:tblBorders></w:tblPr>
          </w:style>
        </w:styles>
        """;

    private const string SettingsXml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
          <w:defaultTabStop w:val="708"/>
          <w:hyphenationZone w:val="425"/>
          <w:characterSpacingControl w:val="doNotCompress"/>
          <w:compat>
            <w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>
          </w:compat>
          <w:themeFontLang w:val="nb-NO"/>
        </w:settings>
        """;
}
