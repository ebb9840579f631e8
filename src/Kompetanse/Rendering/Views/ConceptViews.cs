namespace Kompetanse.Rendering.Views;

public sealed record ConceptView(
    string Title,
    string Definition,
    string? Abbreviation,
    string Language,
    string? LanguageName,
    bool Shared,
    string Body,
    IReadOnlyList<LegalView> Legal,
    IReadOnlyList<SourceView> Sources,
    IReadOnlyList<ConceptLinkView> Related,
    IReadOnlyList<LinkView> Roles,
    ConceptLabels Labels)
{
    /// <summary>Other names that link here and are not just forms of the title ("inkluderende praksis"), so a reader who followed one sees where they landed.</summary>
    public IReadOnlyList<string> OtherNames { get; init; } = [];

    /// <summary>Names in English, shown marked as English (lang="en").</summary>
    public IReadOnlyList<string> EnglishNames { get; init; } = [];
}

/// <summary>"Opplæringsloven (2023) § 11-1", and "(tidligere § 1-3 i opplæringsloven (1998, opphevet))" where the old act had it; names follow the page language.</summary>
public sealed record LegalView(string ActName, string ActUrl, string Citation, string? OldCitation, string? OldActName, string? OldActUrl);

public sealed record SourceView(string Title, string? Url);

public sealed record ConceptLinkView(string Title, string Url, string Definition, string? Abbreviation, string Language)
{
    /// <summary>"på norska" where the link leads from a Swedish page to a Norwegian one (or the other way); else null.</summary>
    public string? LanguageWord { get; init; }
}

/// <summary>The A–Å index: a letter bar (every letter, linked where it has concepts) and the groups.</summary>
public sealed record ConceptIndexView(string Title, string Intro, IReadOnlyList<LetterView> Letters, IReadOnlyList<LetterGroupView> Groups, int Count);

public sealed record LetterView(string Letter, string Anchor, bool HasEntries);

public sealed record LetterGroupView(string Letter, string Anchor, IReadOnlyList<ConceptLinkView> Concepts);
