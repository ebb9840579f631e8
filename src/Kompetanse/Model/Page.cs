using Kompetanse.Diagnostics;

namespace Kompetanse.Model;

/// <summary>A Markdown file that belongs to no content type: input/a/b.md → /a/b/, input/index.md → /.</summary>
public sealed record Page(
    string Url,
    string Title,
    string? Description,
    IReadOnlyList<string> Tags,
    string Language,
    DateOnly? Updated,
    MarkdownSource Body,
    SourceSpan Location)
{
    /// <summary>Old URLs of this page (after a rename); they redirect here.</summary>
    public IReadOnlyList<Located<string>> Redirects { get; init; } = [];
}
