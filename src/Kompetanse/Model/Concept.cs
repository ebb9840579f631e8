using Kompetanse.Diagnostics;

namespace Kompetanse.Model;

/// <summary>A shared definition: input/concepts/&lt;slug&gt;.md → /begreper/&lt;slug&gt;/.</summary>
public sealed record Concept(
    string Slug,
    string Title,
    string Definition,
    IReadOnlyList<string> Aliases,
    string? Abbreviation,
    IReadOnlyList<LegalReference> Legal,
    IReadOnlyList<SourceReference> Sources,
    IReadOnlyList<Located<string>> Related,
    bool Shared,
    string Language,
    DateOnly? Updated,
    MarkdownSource Body,
    SourceSpan Location)
{
    public string Url => $"/begreper/{Slug}/";

    /// <summary>Forms of the term (title or aliases) that are also everyday words: linked only where written exactly so.</summary>
    public IReadOnlyList<string> Ambiguous { get; init; } = [];

    /// <summary>
    /// Names in English that staff meet in research and search for (IEP for the IOP): found by search, linked
    /// like aliases, and shown on the page marked as English, so a screen reader says them in English.
    /// </summary>
    public IReadOnlyList<string> English { get; init; } = [];

    /// <summary>Old URLs of this page (after a rename); they redirect here.</summary>
    public IReadOnlyList<Located<string>> Redirects { get; init; } = [];
}

public sealed record SourceReference(string Title, string? Url);
