namespace Kompetanse.Rendering.Views;

public sealed record FormView(
    string Title,
    string Slug,
    string Purpose,
    string Who,
    string When,
    string Version,
    DateView Date,
    string StorageKey,
    LinkView? Activity,
    string? ActivityMonths,
    IReadOnlyList<ConceptLinkView> Concepts,
    IReadOnlyList<FieldView> Header,
    IReadOnlyList<FormSectionView> Sections,
    int QuestionCount,
    IReadOnlyList<DownloadView> Downloads)
{
    /// <summary>The answers overview and how many have handed the form back; null for a form with personal data.</summary>
    public LinkView? Answers { get; init; }

    /// <summary>The municipality, printed on the filled-in form (the site header does not print).</summary>
    public string Municipality { get; init; } = "";

    /// <summary>The form asks for personal data: answers are kept for the open tab only, unless the reader chooses otherwise.</summary>
    public bool PersonalData { get; init; }

    /// <summary>What the form is built on, or null when it does not say.</summary>
    public string? Source { get; init; }

    /// <summary>"Lever skjemaet til …", or null when the form does not say.</summary>
    public string? HandBack { get; init; }

    /// <summary>The blank documents the page fills in with the answers (forms.js).</summary>
    public string DocxUrl { get; init; } = "";
    public string OdtUrl { get; init; } = "";
}

public sealed record FieldView(string Id, string Label, string InputType);

public sealed record FormSectionView(string Id, string Title, string? Intro, IReadOnlyList<QuestionView> Questions);

/// <summary>
/// One question: <paramref name="Kind"/> is text, choice or table; <paramref name="Id"/> is its element id on the
/// page, <paramref name="Name"/> the answer id its fields are saved, exported and handed back under.
/// </summary>
public sealed record QuestionView(
    string Id,
    string Name,
    int Number,
    string Text,
    string? Help,
    string Kind,
    IReadOnlyList<ChoiceView> Choices,
    IReadOnlyList<string> Columns,
    IReadOnlyList<TableRowView> Rows);

public sealed record ChoiceView(string Id, string Value, string Label);

public sealed record TableRowView(int Number, IReadOnlyList<TableCellView> Cells);

public sealed record TableCellView(string Id, string Name, string Label);

public sealed record DownloadView(string Url, string Label, string Format);

public sealed record FormSummaryView(string Title, string Url, string Purpose, string Who, string When, int QuestionCount, IReadOnlyList<DownloadView> Downloads);

public sealed record FormIndexView(string Title, string Intro, IReadOnlyList<FormSummaryView> Forms);
