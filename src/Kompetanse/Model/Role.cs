using Kompetanse.Diagnostics;

namespace Kompetanse.Model;

/// <summary>The level a role works at; the role index is grouped by it, in this order.</summary>
public enum RoleLevel { Nasjonal, Regional, Kommunal, Enhet }

/// <summary>Who does what: input/roles/&lt;slug&gt;.md → /roller/&lt;slug&gt;/.</summary>
public sealed record Role(
    string Slug,
    string Title,
    string? Abbreviation,
    RoleLevel Level,
    string Summary,
    IReadOnlyList<string> Tasks,
    IReadOnlyList<Located<string>> Concepts,
    string Language,
    DateOnly? Updated,
    MarkdownSource Body,
    SourceSpan Location)
{
    public string Url => $"/roller/{Slug}/";

    /// <summary>Other forms of the name in running text ("styreren"); they link here like the title.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Forms of the name (title or aliases) that are also everyday words: linked only where written exactly so.</summary>
    public IReadOnlyList<string> Ambiguous { get; init; } = [];

    /// <summary>Whom to contact for this role, when the editor has given it.</summary>
    public Contact? Contact { get; init; }

    /// <summary>Old URLs of this page (after a rename); they redirect here.</summary>
    public IReadOnlyList<Located<string>> Redirects { get; init; } = [];
}
