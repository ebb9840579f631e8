using Kompetanse.Model;

namespace Kompetanse.Loading;

/// <summary>
/// Maps the text of a YAML block scalar (| or >) back to the lines of its file, so a problem in Markdown written
/// as one is reported where it stands. A folded scalar joins its lines with spaces; each line's words are still
/// in the text, in order, and that is what is looked for.
/// </summary>
public static class YamlBlockText
{
    /// <param name="value">The scalar's value, as the YAML parser gave it.</param>
    /// <param name="indicatorLine">The 1-based line of the | or > that starts the block.</param>
    /// <param name="fileLines">The file's lines.</param>
    /// <returns>Where each line's words start in the text and in the file; null when a line cannot be found (then the block's start is used).</returns>
    public static IReadOnlyList<MarkdownSource.TextPlace>? Places(string value, int indicatorLine, IReadOnlyList<string> fileLines)
    {
        var places = new List<MarkdownSource.TextPlace>();
        int indent = -1, cursor = 0;
        for (int index = indicatorLine; index < fileLines.Count && cursor < value.Length; index++)
        {
            string line = fileLines[index].TrimEnd('\r');
            string content = line.TrimStart(' ');
            if (content.Trim().Length == 0) continue;
            int lineIndent = line.Length - content.Length;
            if (indent < 0) indent = lineIndent;
            else if (lineIndent < indent) break; // the block has ended
            // A more indented line keeps its extra spaces in the value.
            string written = line[indent..].TrimEnd();
            int at = value.IndexOf(written, cursor, StringComparison.Ordinal);
            if (at < 0) return null;
            places.Add(new MarkdownSource.TextPlace(at, index + 1, indent + 1));
            cursor = at + written.Length;
        }
        return places.Count > 0 ? places : null;
    }
}
