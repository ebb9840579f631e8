using Kompetanse.Diagnostics;
using Kompetanse.Model;

namespace Kompetanse.Loading;

/// <summary>
/// Maps a YAML text value written over several lines back to the lines of its file, so a problem in Markdown
/// written that way is reported where it stands. Folding joins the lines with spaces (a plain value, or a block
/// after >); a block after | keeps them. Either way each line's words are in the value, in order, and that is
/// what is looked for.
/// </summary>
public static class YamlTextPlaces
{
    /// <param name="value">The value, as the YAML parser gave it.</param>
    /// <param name="start">Where the value starts: its first word, or the | or > of a block.</param>
    /// <param name="block">Written as a block (| or >): the text starts on the next line.</param>
    /// <param name="fileLines">The file's lines.</param>
    /// <returns>Where each line's words start in the value and in the file; null when a line cannot be found
    /// (a quoted value with escapes): then the value's start is used.</returns>
    public static IReadOnlyList<MarkdownSource.TextPlace>? Of(string value, SourceSpan start, bool block, IReadOnlyList<string> fileLines)
    {
        var places = new List<MarkdownSource.TextPlace>();
        int cursor = 0, index = start.Line;
        if (!block)
        {
            // The first line's words follow the key.
            if (start.Line < 1 || start.Line > fileLines.Count) return null;
            string keyLine = fileLines[start.Line - 1].TrimEnd('\r');
            if (start.Column < 1 || start.Column - 1 > keyLine.Length) return null;
            string first = keyLine[(start.Column - 1)..].TrimEnd();
            if (!value.StartsWith(first, StringComparison.Ordinal)) return null;
            places.Add(new MarkdownSource.TextPlace(0, start.Line, start.Column));
            cursor = first.Length;
        }
        int indent = -1;
        for (; index < fileLines.Count && cursor < value.Length; index++)
        {
            string line = fileLines[index].TrimEnd('\r');
            string content = line.TrimStart(' ');
            if (string.IsNullOrWhiteSpace(content)) continue;
            int lineIndent = line.Length - content.Length;
            if (indent < 0) indent = lineIndent;
            else if (block && lineIndent < indent) break; // the block has ended
            // In a block a more indented line keeps its extra spaces; a plain value's lines lose theirs.
            int from = block ? Math.Min(indent, lineIndent) : lineIndent;
            string written = line[from..].TrimEnd();
            int at = value.IndexOf(written, cursor, StringComparison.Ordinal);
            if (at < 0) return null;
            places.Add(new MarkdownSource.TextPlace(at, index + 1, from + 1));
            cursor = at + written.Length;
        }
        return places.Count > 0 ? places : null;
    }
}
