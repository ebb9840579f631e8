using Kompetanse.Diagnostics;

namespace Kompetanse.Model;

/// <summary>How a unit handed its answers back.</summary>
public enum ReturnFormat
{
    /// <summary>The answer file exported from the form's page.</summary>
    Export,
    /// <summary>The Word document, filled in.</summary>
    Docx,
    /// <summary>The LibreOffice document, filled in.</summary>
    Odt,
}

/// <summary>
/// One unit's answers to one form, as handed back in input/svar/&lt;form&gt;/: every value by its answer name
/// as the form's page names its fields ("felt-enhet", "&lt;id&gt;", "&lt;id&gt;.r1.c2", and "&lt;id&gt;#2" for
/// the second step's check box in a document), with where each stands when the file has lines.
/// </summary>
public sealed record ReturnedAnswers(
    string FormSlug,
    string? Version,
    string? Unit,
    DateOnly? Date,
    ReturnFormat Format,
    IReadOnlyList<AnswerValue> Values,
    SourceSpan Location)
{
    /// <summary>Where the unit is named, or the file itself.</summary>
    public SourceSpan UnitLocation { get; init; } = Location;

    /// <summary>Where the version is given, or the file itself.</summary>
    public SourceSpan VersionLocation { get; init; } = Location;

    /// <summary>
    /// How many answer places a document has whose names were lost (saved again by another program); its values
    /// are then named by place ("@3") until the binder reads them against the form's layout. Null when named.
    /// </summary>
    public int? PositionalPlaces { get; init; }

    /// <summary>A document's title (the form's, as the site writes it); null for an export.</summary>
    public string? Title { get; init; }
}

/// <summary>One answer place as handed back: its answer name, what was written or ticked ("x"), and where.</summary>
public sealed record AnswerValue(string Name, string Value, SourceSpan Location)
{
    /// <summary>The question's text as the file gives it (an export does), to name a question the form no longer has.</summary>
    public string? Question { get; init; }
}

/// <summary>A returned answer set checked against its form: each answer by question id, choices as their step's text.</summary>
public sealed record ReturnedForm(string Unit, DateOnly? Date, ReturnFormat Format, IReadOnlyDictionary<string, string> Answers, SourceSpan Location)
{
    /// <summary>Questions answered in an earlier version of the form that it no longer has: left out, and named on the page.</summary>
    public IReadOnlyList<string> Dropped { get; init; } = [];
}

/// <summary>The units expected to answer the forms (input/enheter.yml); empty when the editor has made no list.</summary>
public sealed record UnitList(IReadOnlyList<string> Names, SourceSpan Location)
{
    public static readonly UnitList None = new([], default);
}
