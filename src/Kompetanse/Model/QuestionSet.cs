using Kompetanse.Diagnostics;

namespace Kompetanse.Model;

/// <summary>How a question is answered.</summary>
public enum AnswerKind
{
    /// <summary>Free text.</summary>
    Text,
    /// <summary>One of a few labelled steps (e.g. "i liten grad" … "i stor grad").</summary>
    Scale,
    /// <summary>Ja / delvis / nei.</summary>
    YesPartlyNo,
    /// <summary>A table with named columns and a number of empty rows.</summary>
    Table,
}

public static class AnswerKinds
{
    /// <summary>The names used in the data.</summary>
    public static readonly IReadOnlyDictionary<string, AnswerKind> ByName = new Dictionary<string, AnswerKind>(StringComparer.Ordinal)
    {
        ["text"] = AnswerKind.Text,
        ["scale"] = AnswerKind.Scale,
        ["yes-partly-no"] = AnswerKind.YesPartlyNo,
        ["table"] = AnswerKind.Table,
    };

    /// <summary>The steps of a yes/partly/no question.</summary>
    public static readonly IReadOnlyList<string> YesPartlyNoSteps = ["Ja", "Delvis", "Nei"];
}

/// <summary>A field at the top of a form: unit, date, participants …</summary>
public sealed record HeaderField(string Id, string Label, bool IsDate)
{
    /// <summary>The header field that names the unit answering ("Enhet").</summary>
    public bool IsUnit => Id == UnitId;

    public const string UnitId = "felt-enhet";
}

/// <summary>
/// One question. <paramref name="Id"/> is the answer's stable name: written in the YAML as 'id', or made
/// from the question's text; answers are kept, exported and handed back by it, so a new version of a form
/// keeps the answers to the questions it still has. <paramref name="Number"/> is its place in the form.
/// </summary>
public sealed record Question(
    string Id,
    int Number,
    string Text,
    string? Help,
    AnswerKind Kind,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> Columns,
    IReadOnlyList<int> ColumnWidths,
    int Rows,
    SourceSpan Location)
{
    /// <summary>The answer name of one cell of a table question: "{id}.r{row}.c{column}", both from 1.</summary>
    public string CellId(int row, int column) => $"{Id}.r{row}.c{column}";

    /// <summary>The choices of a scale or yes/partly/no question; empty for the others.</summary>
    public IReadOnlyList<string> Choices => Kind switch
    {
        AnswerKind.Scale => Steps,
        AnswerKind.YesPartlyNo => AnswerKinds.YesPartlyNoSteps,
        _ => [],
    };
}

public sealed record FormSection(string Id, string Title, string? Intro, IReadOnlyList<Question> Questions);

/// <summary>
/// A gap-analysis question set or planning form: input/forms/&lt;slug&gt;.yml → /skjema/&lt;slug&gt;/ with
/// &lt;slug&gt;.odt and &lt;slug&gt;.docx beside it.
/// </summary>
public sealed record QuestionSet(
    string Slug,
    string Title,
    string Version,
    DateOnly Date,
    string Purpose,
    string Who,
    string When,
    Located<string>? Activity,
    IReadOnlyList<Located<string>> Concepts,
    IReadOnlyList<HeaderField> Header,
    IReadOnlyList<FormSection> Sections,
    SourceSpan Location)
{
    public string Url => $"/skjema/{Slug}/";

    /// <summary>The overview of the answers units have handed back.</summary>
    public string AnswersUrl => $"/skjema/{Slug}/svar/";

    /// <summary>The form asks for personal data (a pupil's name, an IOP): answers are never handed back through the site.</summary>
    public bool PersonalData { get; init; }

    /// <summary>Text answers may be shown on the public overview; otherwise it shows counts only.</summary>
    public bool PublishTextAnswers { get; init; }

    /// <summary>What the form is built on ("kompetanseutviklingsplanen, punkt 4.0"), shown on its page; null when not given.</summary>
    public string? Source { get; init; }

    /// <summary>To whom and by when the filled form is handed back, as the form says; null when it does not.</summary>
    public HandBack? HandBack { get; init; }

    /// <summary>
    /// The table question that is the unit's local progress plan (columns: measure, task, responsible, when),
    /// shown month by month on /plan/enheter/ once units hand it back; null for other forms.
    /// </summary>
    public string? LocalPlanQuestion { get; init; }

    /// <summary>Versions before this one whose returned answers are still accepted.</summary>
    public IReadOnlyList<string> EarlierVersions { get; init; } = [];

    public HeaderField? UnitField => Header.FirstOrDefault(h => h.IsUnit);
    public IEnumerable<Question> Questions => Sections.SelectMany(s => s.Questions);
}

/// <summary>Where a filled form goes back: to whom, and by when (in words, as the plan says it).</summary>
public sealed record HandBack(string To, string? By);
