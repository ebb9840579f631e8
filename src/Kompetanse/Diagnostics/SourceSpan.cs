namespace Kompetanse.Diagnostics;

/// <summary>A place in an input file: 1-based line and column. Line 0 means "the whole file".</summary>
public readonly record struct SourceSpan(string Path, int Line, int Column)
{
    public static SourceSpan File(string path) => new(path, 0, 0);

    public SourceSpan Offset(int lines) => Line == 0 ? this : this with { Line = Line + lines };

    public override string ToString() => Line > 0 ? $"{Path}({Line},{Column})" : Path;
}
