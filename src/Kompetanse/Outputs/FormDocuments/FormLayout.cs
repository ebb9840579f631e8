using System.Text;
using Kompetanse.Model;
using Kompetanse.Text;

namespace Kompetanse.Outputs.FormDocuments;

/// <summary>
/// What goes in an answer table, decided once so the DOCX and the ODT agree. <paramref name="Weights"/> are the
/// columns' shares of the width (the YAML's 'widths', or equal).
/// </summary>
internal sealed record AnswerTable(Question Question, IReadOnlyList<string> Headers, int BodyRows, bool Tall, bool CheckBoxes, IReadOnlyList<int> Weights)
{
    public int ColumnCount => Headers.Count;

    /// <summary>
    /// More than four columns to write in do not fit a portrait A4 page, so such a table gets a landscape page.
    /// Choice tables stay portrait: their cells hold only a box, and a page turn per five-step scale would be worse.
    /// </summary>
    public bool Landscape => !CheckBoxes && ColumnCount > FormLayout.MaxPortraitColumns;

    /// <summary>The answer name of a body cell (both from 0): the question's id, a table cell's id, or "id#n" for the n-th check box.</summary>
    public string AnswerName(int row, int column) =>
        CheckBoxes ? $"{Question.Id}#{column + 1}" : Tall ? Question.Id : Question.CellId(row + 1, column + 1);

    /// <summary>The column widths that fill <paramref name="total"/>.</summary>
    public int[] Widths(int total) => FormLayout.Split(total, Weights);
}

/// <summary>Every answer place of a form's documents in the order they stand: the header's fields, then each question's cells.</summary>
public static class DocumentAnswerPlaces
{
    public static IReadOnlyList<string> Of(QuestionSet form)
    {
        var names = form.Header.Select(h => h.Id).ToList();
        foreach (var q in form.Questions)
        {
            var table = FormLayout.For(q);
            for (int r = 0; r < table.BodyRows; r++)
                for (int c = 0; c < table.ColumnCount; c++)
                    names.Add(table.AnswerName(r, c));
        }
        return names;
    }
}

/// <summary>The layout and wording shared by <see cref="DocxFormWriter"/> and <see cref="OdtFormWriter"/>.</summary>
internal static class FormLayout
{
    public const int MaxPortraitColumns = 4;

    public const string AnswerLabel = "Svar";
    public const string CheckBox = "\u2610"; // ☐
    public const string DateHint = "dd.mm.åååå";
    public const string PurposeLabel = "Formål";
    public const string WhoLabel = "Hvem fyller ut";
    public const string WhenLabel = "Når";
    public const string Generator = "Kompetanse";
    public const string Language = "nb-NO";

    public static AnswerTable For(Question q) => q.Kind switch
    {
        // A choice question without choices falls back to free text rather than an empty table.
        AnswerKind.Scale or AnswerKind.YesPartlyNo when q.Choices.Count > 0 => new(q, q.Choices, 1, false, true, q.Choices.Select(_ => 1).ToList()),
        AnswerKind.Table when q.Columns.Count > 0 => new(q, q.Columns, Math.Max(1, q.Rows), false, false,
            q.ColumnWidths.Count == q.Columns.Count ? q.ColumnWidths : q.Columns.Select(_ => 1).ToList()),
        _ => new(q, [AnswerLabel], 1, true, false, [1]),
    };

    public const string HandBackHeading = "Slik leverer dere skjemaet";

    /// <summary>"Lever det utfylte skjemaet til …. Frist: …." from the form's hand_back, or null when it has none.</summary>
    public static string? HandBackText(QuestionSet form) => form.HandBack is { } back && !string.IsNullOrWhiteSpace(back.To)
        ? $"Lever det utfylte skjemaet til {Line(back.To).TrimEnd('.')}." + (string.IsNullOrWhiteSpace(back.By) ? "" : $" Frist: {Line(back.By).TrimEnd('.')}.")
        : null;

    public static string VersionLine(QuestionSet form) => $"Versjon {form.Version}, {NorwegianDates.LongDate(form.Date)}";

    /// <summary>"{municipality} · {title} · versjon {version}", leaving out an empty municipality rather than its separator.</summary>
    public static string FooterText(QuestionSet form, string municipality) =>
        string.Join(" · ", new[] { Line(municipality), Line(form.Title), $"versjon {Line(form.Version)}" }.Where(s => s.Length > 0));

    public static string QuestionHeading(int number, Question q) => $"{number}. {q.Text}";

    /// <summary>
    /// The zip entries' time: the form's own date, so rebuilding the site gives the same bytes.
    /// Zip stores local clock time without a zone; the offset is ignored, so the machine's zone does not matter.
    /// </summary>
    public static DateTimeOffset Timestamp(QuestionSet form)
    {
        // DOS dates start in 1980.
        var date = form.Date.Year < 1980 ? new DateOnly(1980, 1, 1) : form.Date;
        return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }

    public static string IsoTimestamp(QuestionSet form) => NorwegianDates.IsoDate(form.Date) + "T00:00:00";

    /// <summary>Paragraphs split on blank lines; each is a list of lines (kept as line breaks).</summary>
    public static IEnumerable<IReadOnlyList<string>> Paragraphs(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) yield break;
        var lines = Clean(text).Split('\n');
        var current = new List<string>();
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0)
            {
                if (current.Count > 0) yield return current;
                current = [];
            }
            else current.Add(line.Trim());
        }
        if (current.Count > 0) yield return current;
    }

    /// <summary>
    /// Text that XML can carry: newlines normalised to \n, tabs to spaces, and characters XML 1.0 forbids
    /// (control characters, lone surrogates) dropped, since a writer would otherwise throw on them.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else if (c == '\n') sb.Append('\n');
            else if (c == '\t') sb.Append(' ');
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c) || c < 0x20 || c == '\uFFFE' || c == '\uFFFF') continue;
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>One line: any line breaks become spaces (headings, table cells, footers).</summary>
    public static string Line(string? text) => string.Join(' ', Clean(text).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Splits a width into whole parts in proportion to <paramref name="weights"/> that add up to it exactly.</summary>
    public static int[] Split(int total, IReadOnlyList<int> weights)
    {
        int sum = weights.Sum(w => Math.Max(1, w));
        var widths = weights.Select(w => total * Math.Max(1, w) / sum).ToArray();
        for (int i = 0, rest = total - widths.Sum(); rest > 0; i = (i + 1) % widths.Length, rest--) widths[i]++;
        return widths;
    }

    /// <summary>Splits a width into <paramref name="count"/> whole parts that add up to it exactly.</summary>
    public static int[] Split(int total, int count)
    {
        var widths = new int[count];
        for (int i = 0; i < count; i++) widths[i] = total / count + (i < total % count ? 1 : 0);
        return widths;
    }
}
