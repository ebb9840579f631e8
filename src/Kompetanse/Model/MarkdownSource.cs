using Kompetanse.Diagnostics;

namespace Kompetanse.Model;

/// <summary>The Markdown body of a file and where it starts, so positions inside it map back to file lines.</summary>
public sealed record MarkdownSource(string Text, SourceSpan Start)
{
    public static readonly MarkdownSource Empty = new("", default);

    /// <summary>The page's language, when known: a term link into a page in another language is marked as such.</summary>
    public string? Language { get; init; }

    /// <summary>The file's path inside the input folder ("a/b.md"), to resolve links to other .md files.</summary>
    public string? InputPath { get; init; }

    /// <summary>The file position of a 0-based line inside the body.</summary>
    public SourceSpan At(int bodyLine, int bodyColumn) =>
        new(Start.Path, Start.Line + bodyLine, bodyColumn + 1);
}
