using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kompetanse.Diagnostics;
using Kompetanse.Model;

namespace Kompetanse.Loading;

/// <summary>
/// input/svar/&lt;form&gt;/*: what units handed back. Exported answer files (.json) are read with their
/// positions; filled documents (.docx, .odt) through the names of their fields, which are the answer names
/// the form's page uses. Nothing in this folder is ever published: the overview shows what the form allows.
/// </summary>
public static class AnswerLoader
{
    public const string Folder = "svar";

    /// <summary>The format the form's page writes its exports in.</summary>
    public const string ExportFormat = "kompetanse-svar/1";

    public static ReturnedAnswers? Load(InputFile file, DiagnosticBag diagnostics)
    {
        string[] parts = file.RelativePath.Split('/');
        var at = SourceSpan.File(file.DisplayPath);
        if (parts.Length != 3)
        {
            diagnostics.Report(Codes.UnreadableAnswers, at, $"put handed-back files in {Folder}/<form>/, one folder per form");
            return null;
        }
        string form = parts[1];
        if (file.Extension is ".docx" or ".odt")
        {
            // Documents are checked (caps on entries and unpacked size) before any reader opens them.
            if (Answers.BoundedZip.Check(file, diagnostics) is not { } checkedDocument) return null;
            file = checkedDocument;
        }
        try
        {
            return file.Extension switch
            {
                ".json" => FromExport(file, form, diagnostics),
                ".docx" => FromDocx(file, form),
                ".odt" => FromOdt(file, form),
                _ => Unsupported(at, diagnostics),
            };
        }
        catch (Exception e) when (e is IOException or InvalidDataException or XmlException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or UnauthorizedAccessException or FormatException)
        {
            diagnostics.Report(Codes.UnreadableAnswers, at, e.Message);
            return null;
        }
    }

    /// <summary>
    /// What a file anywhere in the input says about itself, if it is a filled form document or an answer
    /// export: which form (by the export's name, or the document's title) and the values it holds. Null when
    /// it is neither, or cannot be read.
    /// </summary>
    public static ReturnedAnswers? Peek(InputFile file)
    {
        // Any file may be looked at, so it goes through the same gate and caps as a handed-back document; what
        // the gate finds wrong with it is reported where the file is published, not a second time here.
        if (file.Content is null)
        {
            var unreported = new DiagnosticBag();
            file = file.Extension == ".json"
                ? ContainedFolder.Read(file, SizeLimit.Text, unreported) is { } bytes ? file with { Content = bytes } : null!
                : Answers.BoundedZip.Check(file, unreported)!;
            if (file is null) return null;
        }
        try
        {
            switch (file.Extension)
            {
                case ".docx": return FromDocx(file, "");
                case ".odt": return FromOdt(file, "");
                case ".json":
                    using (var json = System.Text.Json.JsonDocument.Parse(file.Content))
                    {
                        var root = json.RootElement;
                        if (root.ValueKind != System.Text.Json.JsonValueKind.Object
                            || !root.TryGetProperty("format", out var format) || format.ValueKind != System.Text.Json.JsonValueKind.String || format.GetString() != ExportFormat
                            || !root.TryGetProperty("form", out var form) || form.ValueKind != System.Text.Json.JsonValueKind.String)
                            return null;
                        return new ReturnedAnswers(form.GetString()!, null, null, null, ReturnFormat.Export, [], SourceSpan.File(file.DisplayPath));
                    }
                default: return null;
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or XmlException or System.Text.Json.JsonException
            or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or UnauthorizedAccessException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static ReturnedAnswers? Unsupported(SourceSpan at, DiagnosticBag diagnostics)
    {
        diagnostics.Report(Codes.UnreadableAnswers, at, "only answer files exported from the form's page (.json) and filled documents (.docx, .odt) are read");
        return null;
    }

    // JSON is YAML too: read with the same positioned reader as every other data file.
    private static ReturnedAnswers? FromExport(InputFile file, string form, DiagnosticBag diagnostics)
    {
        string? text = InputText.Read(file, diagnostics);
        if (text is null) return null;
        var f = YamlFields.ParseDocument(text, file.DisplayPath, 0, "answer file", diagnostics);
        if (f is null) return null;
        string? format = f.String("format", required: true);
        if (format is not null && format != ExportFormat)
            diagnostics.Report(Codes.UnreadableAnswers, f.LocationOf("format"), $"'{format}' is not an answer file of this site ({ExportFormat})");
        string? formName = f.String("form", required: true);
        if (formName is not null && formName != form)
            diagnostics.Report(Codes.UnreadableAnswers, f.LocationOf("form"), $"these are answers to '{formName}', but the file is in {Folder}/{form}/");
        f.String("title");
        string? version = f.String("version", required: true);
        string? unit = f.String("unit");
        string? exported = f.String("exported");
        DateOnly? date = exported is { Length: >= 10 } && DateOnly.TryParseExact(exported[..10], "yyyy-MM-dd", out var d) ? d : null;

        var values = new List<AnswerValue>();
        foreach (var item in f.MappingList("answers"))
        {
            string? id = item.String("id", required: true);
            string? questionText = item.String("question");
            var columns = item.StringList("columns");
            var rows = item.Table("rows");
            string? answer = item.Has("answer") ? item.String("answer") ?? "" : null;
            item.ReportUnknownKeys();
            if (id is null) continue;
            var where = item.LocationOf("id");
            if (answer is { Length: > 0 }) values.Add(new(id, answer, where) { Question = questionText });
            for (int r = 0; r < rows.Count; r++)
                for (int c = 0; c < rows[r].Count; c++)
                    if (rows[r][c].Value.Length > 0) values.Add(new($"{id}.r{r + 1}.c{c + 1}", rows[r][c].Value, where) { Question = questionText }); // reported at the id: it names the question
        }
        f.ReportUnknownKeys();
        return new ReturnedAnswers(form, version, unit, date, ReturnFormat.Export, values, SourceSpan.File(file.DisplayPath))
        {
            UnitLocation = f.Has("unit") ? f.LocationOf("unit") : f.Location,
            VersionLocation = f.LocationOf("version"),
        };
    }

    // Word: every answer place is a content control tagged with its answer name; a ticked check box is a
    // chosen step ("<id>#<n>"). LibreOffice saves a Word document again without the tags (7.4 at least), but
    // keeps every control in its place: then each is named by its position ("@3"), and the binder reads the
    // positions against the form's own layout.
    private static ReturnedAnswers FromDocx(InputFile file, string form)
    {
        using var document = WordprocessingDocument.Open(Answers.BoundedZip.Open(file), false);
        var values = new List<AnswerValue>();
        var at = SourceSpan.File(file.DisplayPath);
        var body = document.MainDocumentPart?.Document?.Body;
        var controls = body?.Descendants<SdtElement>().Where(c => c.SdtProperties is not null && IsAnswerPlace(c.SdtProperties)).ToList() ?? [];
        bool tagged = controls.All(c => !string.IsNullOrEmpty(c.SdtProperties!.GetFirstChild<Tag>()?.Val?.Value));
        for (int i = 0; i < controls.Count; i++)
        {
            var control = controls[i];
            var properties = control.SdtProperties!;
            string name = tagged ? properties.GetFirstChild<Tag>()!.Val!.Value! : PositionPrefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (properties.GetFirstChild<DocumentFormat.OpenXml.Office2010.Word.SdtContentCheckBox>() is { } box)
            {
                var ticked = box.Checked?.Val?.Value;
                if (ticked == DocumentFormat.OpenXml.Office2010.Word.OnOffValues.One || ticked == DocumentFormat.OpenXml.Office2010.Word.OnOffValues.True)
                    values.Add(new(name, "x", at));
                continue;
            }
            if (properties.GetFirstChild<ShowingPlaceholder>() is not null) continue;
            string text = TextOf(control).Trim();
            if (properties.GetFirstChild<SdtContentDate>() is { } date)
            {
                if (date.FullDate?.Value is { } full) text = full.ToString("yyyy-MM-dd");
                else if (text == DateHint) continue; // the grey hint, left as it was (LibreOffice drops the placeholder mark)
            }
            if (text.Length > 0) values.Add(new(name, text, at));
        }
        string? version = document.PackageProperties.Version;
        return Documented(form, version, values, ReturnFormat.Docx, at) with { PositionalPlaces = tagged ? null : controls.Count, Title = document.PackageProperties.Title };
    }

    /// <summary>The name a document's answer place gets when it has lost its tag: "@" and its place, from 0.</summary>
    public const string PositionPrefix = "@";

    // The hint a date control shows until it is filled (the form documents' own).
    private const string DateHint = "dd.mm.åååå";

    private static bool IsAnswerPlace(SdtProperties properties) =>
        properties.GetFirstChild<SdtContentText>() is not null || properties.GetFirstChild<SdtContentDate>() is not null
        || properties.GetFirstChild<DocumentFormat.OpenXml.Office2010.Word.SdtContentCheckBox>() is not null
        || properties.GetFirstChild<Tag>() is not null;

    // The text as written: a line break (w:br, or a new paragraph inside the control) stays a line break.
    private static string TextOf(SdtElement control)
    {
        var text = new System.Text.StringBuilder();
        var content = control.ChildElements.FirstOrDefault(e => e is SdtContentRun or SdtContentBlock or SdtContentCell or SdtContentRunRuby) ?? control;
        bool firstParagraph = true;
        foreach (var element in content.Descendants())
        {
            switch (element)
            {
                case Paragraph:
                    if (!firstParagraph) text.Append('\n');
                    firstParagraph = false;
                    break;
                case DocumentFormat.OpenXml.Wordprocessing.Text t: text.Append(t.Text); break;
                case Break or CarriageReturn: text.Append('\n'); break;
                case TabChar: text.Append('\t'); break;
            }
        }
        return text.ToString();
    }

    // LibreOffice: every answer place is a form control named with its answer name (or an input field
    // described with it); the version stands in the document's properties.
    private static ReturnedAnswers FromOdt(InputFile file, string form)
    {
        using var zip = new ZipArchive(Answers.BoundedZip.Open(file), ZipArchiveMode.Read);
        var at = SourceSpan.File(file.DisplayPath);
        XNamespace formNs = "urn:oasis:names:tc:opendocument:xmlns:form:1.0";
        XNamespace textNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
        XNamespace metaNs = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
        var content = Read(zip, "content.xml") ?? throw new InvalidDataException("the document has no content.xml");
        var values = new List<AnswerValue>();
        foreach (var control in content.Descendants().Where(e => e.Name.Namespace == formNs && e.Attribute(formNs + "name") is not null))
        {
            string name = control.Attribute(formNs + "name")!.Value;
            if (control.Name.LocalName == "checkbox")
            {
                if (control.Attribute(formNs + "current-state")?.Value == "checked") values.Add(new(name, "x", at));
                continue;
            }
            string? value = control.Attribute(formNs + "current-value")?.Value ?? control.Attribute(formNs + "value")?.Value;
            if (control.Name.LocalName == "date" && value is { Length: 8 } && value.All(char.IsAsciiDigit)) value = $"{value[..4]}-{value[4..6]}-{value[6..]}";
            if (!string.IsNullOrWhiteSpace(value)) values.Add(new(name, value.Trim(), at));
        }
        foreach (var field in content.Descendants(textNs + "text-input"))
        {
            if (field.Attribute(textNs + "description")?.Value is not { Length: > 0 } name) continue;
            string value = OdtText(field, textNs).Trim();
            // A step's field holds ☐ until it is ticked (☒); only a ticked one is an answer.
            if (name.Contains('#')) value = IsTicked(value) ? "x" : "";
            if (value.Length > 0) values.Add(new(name, value, at));
        }
        string? version = Read(zip, "meta.xml")?.Descendants(metaNs + "user-defined")
            .FirstOrDefault(e => e.Attribute(metaNs + "name")?.Value == "Skjemaversjon")?.Value;
        XNamespace dcNs = "http://purl.org/dc/elements/1.1/";
        string? title = Read(zip, "meta.xml")?.Descendants(dcNs + "title").FirstOrDefault()?.Value;
        return Documented(form, version, values, ReturnFormat.Odt, at) with { Title = title };
    }

    private static bool IsTicked(string value) => value is "☒" or "☑" or "✓" or "✔" or "x" or "X";

    // A field's text with its line breaks, tabs and runs of spaces as written.
    private static string OdtText(XElement field, XNamespace textNs)
    {
        var text = new System.Text.StringBuilder();
        foreach (var node in field.DescendantNodes())
        {
            if (node is XText t) text.Append(t.Value);
            else if (node is XElement e && e.Name == textNs + "line-break") text.Append('\n');
            else if (node is XElement tab && tab.Name == textNs + "tab") text.Append('\t');
            else if (node is XElement space && space.Name == textNs + "s")
                text.Append(' ', int.TryParse(space.Attribute(textNs + "c")?.Value, out int n) && n is > 0 and < 1000 ? n : 1);
        }
        return text.ToString();
    }

    private static XDocument? Read(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name);
        if (entry is null) return null;
        using var stream = entry.Open();
        return XDocument.Load(stream, LoadOptions.None);
    }

    private static ReturnedAnswers Documented(string form, string? version, List<AnswerValue> values, ReturnFormat format, SourceSpan at)
    {
        string? unit = values.FirstOrDefault(v => v.Name == HeaderField.UnitId)?.Value;
        string? date = values.FirstOrDefault(v => v.Name == "felt-dato")?.Value;
        return new ReturnedAnswers(form, string.IsNullOrWhiteSpace(version) ? null : version.Trim(), unit, DateOf(date), format, values, at);
    }

    // The forms ask for dd.mm.åååå; Word's date picker stores ISO.
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy", "dd.MM.yy", "d.M.yy"];

    internal static DateOnly? DateOf(string? text) =>
        text is not null && DateOnly.TryParseExact(text.Trim(), DateFormats, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;
}
