using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Kompetanse.Model;

namespace Kompetanse.Outputs.FormDocuments;

/// <summary>
/// A question set as an OpenDocument text (ODF 1.3) to fill in with LibreOffice or Word, written by hand with
/// XmlWriter and ZipArchive: headings with outline levels (the navigator and a table of contents work), one
/// answer table per question, A4 with landscape pages only for wide tables. Every place to answer is an input
/// field (text:text-input) whose description is its answer name ("id#n" for the n-th step of a scale, holding
/// ☐ or ☒), which LibreOffice fills in with a click and the site's page fills in with the answers.
/// </summary>
public static class OdtFormWriter
{
    public const string MimeType = "application/vnd.oasis.opendocument.text";

    private const string Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private const string Style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private const string TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private const string TableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private const string Fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private const string Svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
    private const string Meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string Manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
    private const string OdfVersion = "1.3";

    // Hundredths of a millimetre. A4 with 2 cm side margins.
    private const int PortraitText = 17000, LandscapeText = 25700;

    private static readonly (string Prefix, string Ns)[] DocumentNamespaces =
    [
        ("office", Office), ("style", Style), ("text", TextNs), ("table", TableNs),
        ("fo", Fo), ("svg", Svg), ("meta", Meta), ("dc", Dc),
    ];

    public static byte[] Write(QuestionSet form, string municipality)
    {
        ArgumentNullException.ThrowIfNull(form);
        municipality ??= "";
        var time = FormLayout.Timestamp(form);
        var parts = new (string Path, byte[] Content)[]
        {
            ("content.xml", Xml(w => Content(w, form, municipality))),
            ("styles.xml", Xml(w => Styles(w, form, municipality))),
            ("meta.xml", Xml(w => MetaXml(w, form, municipality))),
        };

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            // ODF 3.3: mimetype first, stored, so tools can recognise the file by its first bytes.
            Add(zip, "mimetype", Encoding.ASCII.GetBytes(MimeType), CompressionLevel.NoCompression, time);
            foreach (var (path, content) in parts) Add(zip, path, content, CompressionLevel.Optimal, time);
            Add(zip, "META-INF/manifest.xml", Xml(w => ManifestXml(w, parts.Select(p => p.Path))), CompressionLevel.Optimal, time);
        }
        return output.ToArray();
    }

    private static void Add(ZipArchive zip, string path, byte[] content, CompressionLevel level, DateTimeOffset time)
    {
        var entry = zip.CreateEntry(path, level);
        entry.LastWriteTime = time;
        using var stream = entry.Open();
        stream.Write(content);
    }

    private static byte[] Xml(Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), NewLineChars = "\n" }))
        {
            w.WriteStartDocument();
            write(w);
            w.WriteEndDocument();
        }
        return buffer.ToArray();
    }

    private static void Root(XmlWriter w, string name)
    {
        w.WriteStartElement("office", name, Office);
        foreach (var (prefix, ns) in DocumentNamespaces) w.WriteAttributeString("xmlns", prefix, null, ns);
        w.WriteAttributeString("office", "version", Office, OdfVersion);
    }

    // ---- content.xml ------------------------------------------------------------------------------------

    private static void Content(XmlWriter w, QuestionSet form, string municipality)
    {
        Root(w, "document-content");

        // Column widths are automatic styles, one per distinct width, so gather them before the body.
        var widths = new SortedSet<int>(HeaderWidths);
        foreach (var q in form.Questions)
        {
            var answer = FormLayout.For(q);
            widths.UnionWith(answer.Widths(answer.Landscape ? LandscapeText : PortraitText));
        }
        w.WriteStartElement("office", "automatic-styles", Office);
        AutomaticStyles(w, widths);
        w.WriteEndElement();

        w.WriteStartElement("office", "body", Office);
        w.WriteStartElement("office", "text", Office);
        Body(w, form, municipality);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static readonly int[] HeaderWidths = [PortraitText * 35 / 100, PortraitText - PortraitText * 35 / 100];

    private static string ColumnStyle(int width) => "Kol" + width.ToString(CultureInfo.InvariantCulture);

    private static string Length(int hundredthsOfMm) => (hundredthsOfMm / 1000m).ToString("0.###", CultureInfo.InvariantCulture) + "cm";

    private static void AutomaticStyles(XmlWriter w, IEnumerable<int> columnWidths)
    {
        // Tables fill the width between the margins of a portrait or a landscape page.
        foreach (var (name, width) in new[] { ("TabellStaaende", PortraitText), ("TabellLiggende", LandscapeText) })
            StyleElement(w, name, "table", null, null, p =>
            {
                p.WriteStartElement("style", "table-properties", Style);
                p.WriteAttributeString("style", "width", Style, Length(width));
                p.WriteAttributeString("table", "align", TableNs, "margins");
                p.WriteAttributeString("fo", "margin-top", Fo, "0cm");
                p.WriteAttributeString("fo", "margin-bottom", Fo, "0.25cm");
                p.WriteAttributeString("style", "may-break-between-rows", Style, "true");
                p.WriteEndElement();
            });

        foreach (int width in columnWidths)
            StyleElement(w, ColumnStyle(width), "table-column", null, null, p =>
            {
                p.WriteStartElement("style", "table-column-properties", Style);
                p.WriteAttributeString("style", "column-width", Style, Length(width));
                p.WriteAttributeString("style", "rel-column-width", Style, width.ToString(CultureInfo.InvariantCulture) + "*");
                p.WriteEndElement();
            });

        foreach (var (name, height) in new[] { ("RadHoy", "3.5cm"), ("RadSkriv", "2cm"), ("RadLav", "1cm") })
            StyleElement(w, name, "table-row", null, null, p =>
            {
                p.WriteStartElement("style", "table-row-properties", Style);
                p.WriteAttributeString("style", "min-row-height", Style, height);
                p.WriteAttributeString("fo", "keep-together", Fo, "always");
                p.WriteEndElement();
            });

        // Writer draws both neighbours' borders, doubling inner lines, so each cell draws its left and bottom
        // edges, and only the first row its top and the last column its right.
        foreach (bool shaded in new[] { false, true })
            foreach (bool firstRow in new[] { false, true })
                foreach (bool lastColumn in new[] { false, true })
                    StyleElement(w, CellStyle(shaded, firstRow, lastColumn), "table-cell", null, null, p =>
                    {
                        p.WriteStartElement("style", "table-cell-properties", Style);
                        // Answers start at the top of their box, where people begin to write.
                        p.WriteAttributeString("style", "vertical-align", Style, shaded ? "middle" : "top");
                        if (shaded) p.WriteAttributeString("fo", "background-color", Fo, "#e7ecf3");
                        p.WriteAttributeString("fo", "padding", Fo, "0.1cm");
                        p.WriteAttributeString("fo", "border-left", Fo, CellBorder);
                        p.WriteAttributeString("fo", "border-right", Fo, lastColumn ? CellBorder : "none");
                        p.WriteAttributeString("fo", "border-top", Fo, firstRow ? CellBorder : "none");
                        p.WriteAttributeString("fo", "border-bottom", Fo, CellBorder);
                        p.WriteEndElement();
                    });

        // A heading that starts a run of portrait or landscape pages switches the master page (and so the page).
        foreach (var (master, suffix) in new[] { ("Standard", "Staaende"), ("Liggende", "Liggende") })
            foreach (int level in new[] { 1, 2, 3 })
                StyleElement(w, $"H{level}{suffix}", "paragraph", $"Heading_20_{level}", master, null);

        StyleElement(w, "Hint", "text", null, null, p =>
        {
            p.WriteStartElement("style", "text-properties", Style);
            p.WriteAttributeString("fo", "color", Fo, "#767676");
            p.WriteEndElement();
        });
        StyleElement(w, "Etikett", "text", null, null, p =>
        {
            p.WriteStartElement("style", "text-properties", Style);
            p.WriteAttributeString("fo", "font-weight", Fo, "bold");
            p.WriteAttributeString("style", "font-weight-asian", Style, "bold");
            p.WriteAttributeString("style", "font-weight-complex", Style, "bold");
            p.WriteEndElement();
        });
    }

    private const string CellBorder = "0.5pt solid #808080";

    private static string CellStyle(bool shaded, bool firstRow, bool lastColumn) =>
        (shaded ? "Hodecelle" : "Celle") + (firstRow ? "T" : "") + (lastColumn ? "R" : "");

    private static void StyleElement(XmlWriter w, string name, string family, string? parent, string? master, Action<XmlWriter>? properties)
    {
        w.WriteStartElement("style", "style", Style);
        w.WriteAttributeString("style", "name", Style, name);
        w.WriteAttributeString("style", "family", Style, family);
        if (parent != null) w.WriteAttributeString("style", "parent-style-name", Style, parent);
        if (master != null) w.WriteAttributeString("style", "master-page-name", Style, master);
        properties?.Invoke(w);
        w.WriteEndElement();
    }

    private static void Body(XmlWriter w, QuestionSet form, string municipality)
    {
        // The first page takes the first question's orientation, so the title and header fields share a page
        // with the first questions rather than leaving a half-empty portrait page before a landscape one.
        bool landscape = form.Questions.FirstOrDefault() is { } firstQuestion && FormLayout.For(firstQuestion).Landscape;
        Heading(w, 1, landscape ? "H1Liggende" : "Heading_20_1", FormLayout.Line(form.Title));
        if (!string.IsNullOrWhiteSpace(municipality)) Paragraph(w, "Subtitle", [FormLayout.Line(municipality)]);
        Paragraph(w, "Standard", [FormLayout.VersionLine(form)]);
        Labelled(w, FormLayout.PurposeLabel, form.Purpose);
        Labelled(w, FormLayout.WhoLabel, form.Who);
        Labelled(w, FormLayout.WhenLabel, form.When);
        if (form.Header.Count > 0) HeaderTable(w, form.Header);

        // The style of a heading, switching page orientation when this heading starts a change.
        string HeadingStyle(int level, bool wanted)
        {
            if (wanted == landscape) return $"Heading_20_{level}";
            landscape = wanted;
            return $"H{level}{(wanted ? "Liggende" : "Staaende")}";
        }

        int number = 0;
        foreach (var section in form.Sections)
        {
            // The section heading goes with its first question, so a landscape question does not leave it behind.
            bool first = section.Questions.Count > 0 && FormLayout.For(section.Questions[0]).Landscape;
            Heading(w, 2, HeadingStyle(2, first), FormLayout.Line(section.Title));
            // The intro stays with the heading and the first question: a heading is never left alone at a page's foot.
            foreach (var p in FormLayout.Paragraphs(section.Intro)) Paragraph(w, "Ingress", p);

            foreach (var q in section.Questions)
            {
                number++;
                var answer = FormLayout.For(q);
                Heading(w, 3, HeadingStyle(3, answer.Landscape), FormLayout.QuestionHeading(number, q));
                foreach (var p in FormLayout.Paragraphs(q.Help)) Paragraph(w, "Hjelpetekst", p);
                AnswerTable(w, answer, number, landscape);
            }
        }

        if (FormLayout.HandBackText(form) is { } handBack)
        {
            Heading(w, 2, HeadingStyle(2, false), FormLayout.HandBackHeading);
            Paragraph(w, "Standard", [handBack]);
        }
    }

    /// <summary>An input field named by its answer name, in a paragraph of its own.</summary>
    private static void InputCell(XmlWriter w, string cellStyle, string paragraphStyle, string name, string? initial)
    {
        StartCell(w, cellStyle);
        w.WriteStartElement("text", "p", TextNs);
        w.WriteAttributeString("text", "style-name", TextNs, paragraphStyle);
        w.WriteStartElement("text", "text-input", TextNs);
        w.WriteAttributeString("text", "description", TextNs, name);
        if (!string.IsNullOrEmpty(initial)) w.WriteString(initial);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Heading(XmlWriter w, int level, string style, string text)
    {
        w.WriteStartElement("text", "h", TextNs);
        w.WriteAttributeString("text", "style-name", TextNs, style);
        w.WriteAttributeString("text", "outline-level", TextNs, level.ToString(CultureInfo.InvariantCulture));
        Text(w, text);
        w.WriteEndElement();
    }

    private static void Paragraph(XmlWriter w, string style, IReadOnlyList<string> lines, string? label = null)
    {
        w.WriteStartElement("text", "p", TextNs);
        w.WriteAttributeString("text", "style-name", TextNs, style);
        if (label != null) Span(w, "Etikett", label);
        for (int i = 0; i < lines.Count; i++)
        {
            if (i > 0) w.WriteElementString("text", "line-break", TextNs, null);
            Text(w, lines[i]);
        }
        w.WriteEndElement();
    }

    private static void Span(XmlWriter w, string style, string text)
    {
        w.WriteStartElement("text", "span", TextNs);
        w.WriteAttributeString("text", "style-name", TextNs, style);
        Text(w, text);
        w.WriteEndElement();
    }

    private static void Labelled(XmlWriter w, string label, string? value)
    {
        bool first = true;
        foreach (var p in FormLayout.Paragraphs(value))
        {
            Paragraph(w, "Standard", p, first ? label + ": " : null);
            first = false;
        }
    }

    /// <summary>
    /// Text with its spaces kept: ODF collapses runs of white space, so the second and later spaces of a run
    /// (and a leading or trailing one) are written as text:s.
    /// </summary>
    private static void Text(XmlWriter w, string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] != ' ')
            {
                int end = text.IndexOf(' ', i);
                if (end < 0) end = text.Length;
                w.WriteString(text[i..end]);
                i = end;
                continue;
            }
            int run = 1;
            while (i + run < text.Length && text[i + run] == ' ') run++;
            bool keepFirst = i > 0 && i + run < text.Length; // an inner space survives as it is
            if (keepFirst) w.WriteString(" ");
            int spaces = keepFirst ? run - 1 : run;
            if (spaces > 0)
            {
                w.WriteStartElement("text", "s", TextNs);
                if (spaces > 1) w.WriteAttributeString("text", "c", TextNs, spaces.ToString(CultureInfo.InvariantCulture));
                w.WriteEndElement();
            }
            i += run;
        }
    }

    private static void HeaderTable(XmlWriter w, IReadOnlyList<HeaderField> fields)
    {
        StartTable(w, "Opplysninger", false, HeaderWidths);
        for (int r = 0; r < fields.Count; r++)
        {
            var field = fields[r];
            StartRow(w, "RadLav");
            Cell(w, CellStyle(true, r == 0, false), "Table_20_Heading", FormLayout.Line(field.Label) + (field.IsDate ? $" ({FormLayout.DateHint})" : ""));
            InputCell(w, CellStyle(false, r == 0, true), "Table_20_Contents", field.Id, null);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void AnswerTable(XmlWriter w, AnswerTable answer, int number, bool landscape)
    {
        int[] widths = answer.Widths(landscape ? LandscapeText : PortraitText);
        StartTable(w, $"Svar {number}", landscape, widths);

        // Header rows repeat on every page a long table runs over.
        w.WriteStartElement("table", "table-header-rows", TableNs);
        StartRow(w, null);
        for (int c = 0; c < widths.Length; c++)
            Cell(w, CellStyle(true, true, c == widths.Length - 1),
                answer.CheckBoxes ? "Tabelloverskrift_20_midtstilt" : "Table_20_Heading", FormLayout.Line(answer.Headers[c]));
        w.WriteEndElement();
        w.WriteEndElement();

        for (int r = 0; r < answer.BodyRows; r++)
        {
            StartRow(w, answer.Tall ? "RadHoy" : answer.CheckBoxes ? "RadLav" : "RadSkriv");
            for (int c = 0; c < widths.Length; c++)
            {
                string style = CellStyle(false, false, c == widths.Length - 1); // the header row is the first
                InputCell(w, style, answer.CheckBoxes ? "Avkrysning" : "Table_20_Contents", answer.AnswerName(r, c), answer.CheckBoxes ? FormLayout.CheckBox : null);
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void StartTable(XmlWriter w, string name, bool landscape, int[] widths)
    {
        w.WriteStartElement("table", "table", TableNs);
        w.WriteAttributeString("table", "name", TableNs, name);
        w.WriteAttributeString("table", "style-name", TableNs, landscape ? "TabellLiggende" : "TabellStaaende");
        foreach (int width in widths)
        {
            w.WriteStartElement("table", "table-column", TableNs);
            w.WriteAttributeString("table", "style-name", TableNs, ColumnStyle(width));
            w.WriteEndElement();
        }
    }

    private static void StartRow(XmlWriter w, string? style)
    {
        w.WriteStartElement("table", "table-row", TableNs);
        if (style != null) w.WriteAttributeString("table", "style-name", TableNs, style);
    }

    private static void StartCell(XmlWriter w, string style)
    {
        w.WriteStartElement("table", "table-cell", TableNs);
        w.WriteAttributeString("table", "style-name", TableNs, style);
        w.WriteAttributeString("office", "value-type", Office, "string");
    }

    private static void Cell(XmlWriter w, string cellStyle, string paragraphStyle, string? text)
    {
        StartCell(w, cellStyle);
        w.WriteStartElement("text", "p", TextNs);
        w.WriteAttributeString("text", "style-name", TextNs, paragraphStyle);
        if (!string.IsNullOrEmpty(text)) Text(w, text);
        w.WriteEndElement();
        w.WriteEndElement();
    }

    // ---- styles.xml -------------------------------------------------------------------------------------

    private static void Styles(XmlWriter w, QuestionSet form, string municipality)
    {
        Root(w, "document-styles");

        w.WriteStartElement("office", "font-face-decls", Office);
        w.WriteStartElement("style", "font-face", Style);
        w.WriteAttributeString("style", "name", Style, "Liberation Sans");
        w.WriteAttributeString("svg", "font-family", Svg, "'Liberation Sans'");
        w.WriteAttributeString("style", "font-family-generic", Style, "swiss");
        w.WriteAttributeString("style", "font-pitch", Style, "variable");
        w.WriteEndElement();
        w.WriteEndElement();

        w.WriteStartElement("office", "styles", Office);

        // Norwegian Bokmål for spelling and hyphenation, one font for everything.
        w.WriteStartElement("style", "default-style", Style);
        w.WriteAttributeString("style", "family", Style, "paragraph");
        w.WriteStartElement("style", "text-properties", Style);
        w.WriteAttributeString("style", "font-name", Style, "Liberation Sans");
        w.WriteAttributeString("fo", "font-size", Fo, "11pt");
        w.WriteAttributeString("fo", "language", Fo, "nb");
        w.WriteAttributeString("fo", "country", Fo, "NO");
        w.WriteEndElement();
        w.WriteEndElement();

        ParagraphStyle(w, "Standard", null, null, null, null, p => p.Margins("0cm", "0.2cm"));
        ParagraphStyle(w, "Heading", null, "Standard", "Standard", null, p => { p.Margins("0.5cm", "0.2cm"); p.Set(Fo, "keep-with-next", "always"); },
            t => { t.Set(Fo, "color", "#1f3864"); t.Bold(); });
        ParagraphStyle(w, "Heading_20_1", "Heading 1", "Heading", "Standard", 1, p => p.Margins("0cm", "0.25cm"), t => t.Size("20pt"));
        ParagraphStyle(w, "Heading_20_2", "Heading 2", "Heading", "Standard", 2, p => p.Margins("0.6cm", "0.2cm"), t => t.Size("15pt"));
        ParagraphStyle(w, "Heading_20_3", "Heading 3", "Heading", "Standard", 3, p => p.Margins("0.4cm", "0.1cm"), t => { t.Size("12pt"); t.Set(Fo, "color", "#262626"); });
        ParagraphStyle(w, "Title", null, "Standard", "Standard", null, p => p.Margins("0cm", "0.4cm"), t => { t.Size("24pt"); t.Set(Fo, "color", "#1f3864"); });
        ParagraphStyle(w, "Subtitle", null, "Standard", "Standard", null, p => p.Margins("0cm", "0.3cm"), t => { t.Size("14pt"); t.Set(Fo, "color", "#404040"); });
        ParagraphStyle(w, "Hjelpetekst", null, "Standard", "Standard", null, p => { p.Margins("0cm", "0.15cm"); p.Set(Fo, "keep-with-next", "always"); },
            t =>
            {
                t.Size("10pt");
                t.Set(Fo, "color", "#595959");
                t.Set(Fo, "font-style", "italic");
                t.Set(Style, "font-style-asian", "italic");
                t.Set(Style, "font-style-complex", "italic");
            });
        ParagraphStyle(w, "Ingress", null, "Standard", "Standard", null, p => p.Set(Fo, "keep-with-next", "always"));
        ParagraphStyle(w, "Table_20_Contents", "Table Contents", "Standard", null, null, p => p.Margins("0cm", "0cm"));
        ParagraphStyle(w, "Table_20_Heading", "Table Heading", "Table_20_Contents", null, null, p => p.Set(Fo, "keep-with-next", "always"), t => t.Bold());
        ParagraphStyle(w, "Tabelloverskrift_20_midtstilt", "Tabelloverskrift midtstilt", "Table_20_Heading", null, null, p => p.Set(Fo, "text-align", "center"));
        ParagraphStyle(w, "Avkrysning", null, "Table_20_Contents", null, null, p => p.Set(Fo, "text-align", "center"), t => t.Size("14pt"));
        ParagraphStyle(w, "Footer", null, "Standard", null, null, p => p.Margins("0cm", "0cm"), t => { t.Size("9pt"); t.Set(Fo, "color", "#595959"); });

        // Headings are numbered in their text ("1. …"), so the outline itself carries no numbers.
        w.WriteStartElement("text", "outline-style", TextNs);
        w.WriteAttributeString("style", "name", Style, "Outline");
        for (int level = 1; level <= 10; level++)
        {
            w.WriteStartElement("text", "outline-level-style", TextNs);
            w.WriteAttributeString("text", "level", TextNs, level.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("style", "num-format", Style, "");
            w.WriteEndElement();
        }
        w.WriteEndElement();

        w.WriteEndElement(); // office:styles

        w.WriteStartElement("office", "automatic-styles", Office);
        PageLayout(w, "SideStaaende", "21cm", "29.7cm", "portrait");
        PageLayout(w, "SideLiggende", "29.7cm", "21cm", "landscape");
        w.WriteEndElement();

        w.WriteStartElement("office", "master-styles", Office);
        MasterPage(w, "Standard", "SideStaaende", FormLayout.FooterText(form, municipality));
        MasterPage(w, "Liggende", "SideLiggende", FormLayout.FooterText(form, municipality));
        w.WriteEndElement();

        w.WriteEndElement();
    }

    private static void ParagraphStyle(XmlWriter w, string name, string? displayName, string? parent, string? next, int? outlineLevel,
        Action<PropertyWriter>? paragraph, Action<PropertyWriter>? text = null)
    {
        w.WriteStartElement("style", "style", Style);
        w.WriteAttributeString("style", "name", Style, name);
        if (displayName != null) w.WriteAttributeString("style", "display-name", Style, displayName);
        w.WriteAttributeString("style", "family", Style, "paragraph");
        if (parent != null) w.WriteAttributeString("style", "parent-style-name", Style, parent);
        if (next != null) w.WriteAttributeString("style", "next-style-name", Style, next);
        if (outlineLevel is int level) w.WriteAttributeString("style", "default-outline-level", Style, level.ToString(CultureInfo.InvariantCulture));
        if (paragraph != null)
        {
            w.WriteStartElement("style", "paragraph-properties", Style);
            paragraph(new PropertyWriter(w));
            w.WriteEndElement();
        }
        if (text != null)
        {
            w.WriteStartElement("style", "text-properties", Style);
            text(new PropertyWriter(w));
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    /// <summary>Attributes of a style:*-properties element, in the few kinds these styles use.</summary>
    private readonly struct PropertyWriter(XmlWriter w)
    {
        public void Set(string ns, string name, string value) =>
            w.WriteAttributeString(ns == Fo ? "fo" : "style", name, ns, value);

        public void Margins(string top, string bottom)
        {
            Set(Fo, "margin-top", top);
            Set(Fo, "margin-bottom", bottom);
        }

        public void Size(string size)
        {
            Set(Fo, "font-size", size);
            Set(Style, "font-size-asian", size);
            Set(Style, "font-size-complex", size);
        }

        public void Bold()
        {
            Set(Fo, "font-weight", "bold");
            Set(Style, "font-weight-asian", "bold");
            Set(Style, "font-weight-complex", "bold");
        }
    }

    private static void PageLayout(XmlWriter w, string name, string width, string height, string orientation)
    {
        w.WriteStartElement("style", "page-layout", Style);
        w.WriteAttributeString("style", "name", Style, name);
        w.WriteStartElement("style", "page-layout-properties", Style);
        w.WriteAttributeString("fo", "page-width", Fo, width);
        w.WriteAttributeString("fo", "page-height", Fo, height);
        w.WriteAttributeString("style", "print-orientation", Style, orientation);
        w.WriteAttributeString("fo", "margin-top", Fo, "2cm");
        w.WriteAttributeString("fo", "margin-bottom", Fo, "1cm");
        w.WriteAttributeString("fo", "margin-left", Fo, "2cm");
        w.WriteAttributeString("fo", "margin-right", Fo, "2cm");
        w.WriteEndElement();
        w.WriteStartElement("style", "footer-style", Style);
        w.WriteStartElement("style", "header-footer-properties", Style);
        w.WriteAttributeString("fo", "min-height", Fo, "0.5cm");
        w.WriteAttributeString("fo", "margin-top", Fo, "0.5cm");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void MasterPage(XmlWriter w, string name, string layout, string footer)
    {
        w.WriteStartElement("style", "master-page", Style);
        w.WriteAttributeString("style", "name", Style, name);
        w.WriteAttributeString("style", "page-layout-name", Style, layout);
        w.WriteStartElement("style", "footer", Style);
        w.WriteStartElement("text", "p", TextNs);
        w.WriteAttributeString("text", "style-name", TextNs, "Footer");
        Text(w, footer + " · side\u00A0"); // no break between "side" and its number
        w.WriteStartElement("text", "page-number", TextNs);
        w.WriteAttributeString("text", "select-page", TextNs, "current");
        w.WriteString("1");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    // ---- meta.xml and manifest --------------------------------------------------------------------------

    private static void MetaXml(XmlWriter w, QuestionSet form, string municipality)
    {
        Root(w, "document-meta");
        w.WriteStartElement("office", "meta", Office);
        w.WriteElementString("meta", "generator", Meta, FormLayout.Generator);
        w.WriteElementString("dc", "title", Dc, FormLayout.Line(form.Title));
        if (!string.IsNullOrWhiteSpace(municipality)) w.WriteElementString("dc", "subject", Dc, FormLayout.Line(municipality));
        if (!string.IsNullOrWhiteSpace(form.Purpose)) w.WriteElementString("dc", "description", Dc, FormLayout.Clean(form.Purpose));
        w.WriteElementString("dc", "language", Dc, FormLayout.Language);
        // The form's date rather than the build time, so rebuilding gives the same bytes.
        w.WriteElementString("meta", "creation-date", Meta, FormLayout.IsoTimestamp(form));
        w.WriteElementString("dc", "date", Dc, FormLayout.IsoTimestamp(form));
        // The form's version, read back when a unit hands the filled document in (Loading/AnswerLoader).
        w.WriteStartElement("meta", "user-defined", Meta);
        w.WriteAttributeString("meta", "name", Meta, "Skjemaversjon");
        w.WriteString(form.Version);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void ManifestXml(XmlWriter w, IEnumerable<string> paths)
    {
        w.WriteStartElement("manifest", "manifest", Manifest);
        w.WriteAttributeString("manifest", "version", Manifest, OdfVersion);
        FileEntry(w, "/", MimeType, OdfVersion);
        foreach (var path in paths) FileEntry(w, path, "text/xml", null);
        w.WriteEndElement();
    }

    private static void FileEntry(XmlWriter w, string path, string mediaType, string? version)
    {
        w.WriteStartElement("manifest", "file-entry", Manifest);
        w.WriteAttributeString("manifest", "full-path", Manifest, path);
        if (version != null) w.WriteAttributeString("manifest", "version", Manifest, version);
        w.WriteAttributeString("manifest", "media-type", Manifest, mediaType);
        w.WriteEndElement();
    }
}
