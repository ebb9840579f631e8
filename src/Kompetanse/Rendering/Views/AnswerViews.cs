namespace Kompetanse.Rendering.Views;

/// <summary>/skjema/&lt;slug&gt;/svar/: what came back from the units, as far as a public page may show it.</summary>
public sealed record AnswersView(
    string Title,
    string Intro,
    LinkView Form,
    string ReturnedSummary,
    IReadOnlyList<ReturnedUnitView> Returned,
    IReadOnlyList<string> Missing,
    string? MissingNote,
    IReadOnlyList<ChoiceCountsView> Choices,
    IReadOnlyList<TextAnswersView> Texts,
    string TextNote);

public sealed record ReturnedUnitView(string Unit, DateView? Date, string Format)
{
    /// <summary>Questions the unit answered in an earlier version of the form that the form no longer has.</summary>
    public IReadOnlyList<string> Dropped { get; init; } = [];
}

/// <summary>One scale or yes/partly/no question: how many units chose each step.</summary>
public sealed record ChoiceCountsView(string Id, int Number, string Question, IReadOnlyList<StepCountView> Steps, int Unanswered);

public sealed record StepCountView(string Label, int Count, int Max);

/// <summary>The text answers to one question, unit by unit (only where the form allows them to be shown).</summary>
public sealed record TextAnswersView(string Id, int Number, string Question, IReadOnlyList<string> Columns, IReadOnlyList<UnitTextView> Units);

public sealed record UnitTextView(string Unit, string? Text, IReadOnlyList<IReadOnlyList<string>> Rows);
