using Kompetanse.Diagnostics;
using Kompetanse.Text;

namespace Kompetanse.Model;

/// <summary>The Markdown body of a file and where it starts, so positions inside it map back to file lines.</summary>
public sealed record MarkdownSource
{
    public static readonly MarkdownSource Empty = new("", default);

    // A body read from a file is kept as its UTF-8 bytes until it is rendered (see Utf8Arena); one made in
    // code is kept as the string it was made from.
    private readonly string? _text;
    private readonly Utf8Slice _utf8;

    public MarkdownSource(string text, SourceSpan start)
    {
        _text = text;
        Start = start;
    }

    private MarkdownSource(Utf8Slice utf8, SourceSpan start)
    {
        _utf8 = utf8;
        Start = start;
    }

    /// <summary>A body from a file's bytes, which must be valid UTF-8.</summary>
    public static MarkdownSource FromUtf8(ReadOnlySpan<byte> utf8, SourceSpan start) => new(Utf8Arena.Keep(utf8), start);

    /// <summary>The Markdown. Read from a file, it is decoded on each call: take it once where it is used.</summary>
    public string Text
    {
        get => _text ?? _utf8.Decode();
        init { _text = value; _utf8 = default; }
    }

    public bool IsEmpty => _text is null ? _utf8.Length == 0 : _text.Length == 0;

    public SourceSpan Start { get; init; }

    /// <summary>The page's language, when known: a term link into a page in another language is marked as such.</summary>
    public string? Language { get; init; }

    /// <summary>The file's path inside the input folder ("a/b.md"), to resolve links to other .md files.</summary>
    public string? InputPath { get; init; }

    /// <summary>
    /// Where pieces of the text stand in the file, in order, when its lines are not the file's lines as they
    /// are: a YAML block scalar is indented, and a folded one joins its lines with spaces.
    /// </summary>
    public IReadOnlyList<TextPlace>? Places { get; init; }

    /// <summary>The piece of the text that starts at <paramref name="Offset"/> stands at this line and column of the file.</summary>
    public readonly record struct TextPlace(int Offset, int Line, int Column);

    /// <summary>
    /// The file position of a 0-based line and column inside the body. The first line starts where the body
    /// does (a YAML value starts after its key); a later line starts at the line's beginning.
    /// </summary>
    public SourceSpan At(int bodyLine, int bodyColumn)
    {
        if (Places is { Count: > 0 } places && OffsetOf(Text, bodyLine, bodyColumn) is var offset and >= 0)
        {
            var place = places[0];
            foreach (var p in places)
            {
                if (p.Offset > offset) break;
                place = p;
            }
            return new(Start.Path, place.Line, place.Column + Math.Max(0, offset - place.Offset));
        }
        return new(Start.Path, Start.Line + bodyLine, bodyColumn + (bodyLine == 0 ? Math.Max(Start.Column, 1) : 1));
    }

    // The place in the text of a 0-based line and column; -1 past its end.
    private static int OffsetOf(string text, int line, int column)
    {
        int start = 0;
        for (int l = 0; l < line; l++)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) return -1;
            start = end + 1;
        }
        return start + column;
    }

    // Equal when the text is, however it is kept.
    public bool Equals(MarkdownSource? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Start == other.Start && Language == other.Language && InputPath == other.InputPath
            && (_text is null && other._text is null ? _utf8.Bytes.SequenceEqual(other._utf8.Bytes) : Text == other.Text));

    public override int GetHashCode() => HashCode.Combine(Start, Language, InputPath, Text);
}
