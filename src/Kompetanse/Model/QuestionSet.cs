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
public sealed record HeaderField(string Id, string Label, bool IsDate);

public sealed record Question(
    string Id,
    string Text,
    string? Help,
    AnswerKind Kind,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> Columns,
    int Rows,
    SourceSpan Location)
{
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
    public IEnumerable<Question> Questions => Sections.SelectMany(s => s.Questions);
}
