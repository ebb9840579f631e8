using System.Net;
using System.Text;

namespace Kompetanse.Outputs;

/// <summary>
/// The readable text of a piece of our own HTML, and its headings, in one pass: tags become spaces, white
/// space is folded, entities decoded. Skipped: screen-reader-only copies of what is shown (class
/// "ds-sr-only"), and scripts, styles and form fields. Written for the HTML our templates make, not for any HTML.
/// </summary>
internal static class ReadableText
{
    private static readonly string[] SkippedElements = ["script", "style", "textarea", "select"];

    [ThreadStatic] private static StringBuilder? t_text;

    /// <summary>A heading in the text: its id (empty if it has none), its text, where it starts in the text and where the text under it starts.</summary>
    public readonly record struct Section(string Id, string Heading, int HeadingStart, int BodyStart);

    [ThreadStatic] private static char[]? t_read;

    /// <summary>
    /// The readable text of &lt;main&gt; and where each heading starts in it; null if the page has no main. The
    /// text lies in the thread's buffer, good until the thread reads the next page: the search index reads it
    /// and keeps only its words, so the text of 10,000 pages is never made into strings.
    /// </summary>
    public static (ReadOnlyMemory<char> Text, List<Section> Sections)? SectionsOfMain(ReadOnlySpan<char> html)
    {
        int open = html.IndexOf("<main", StringComparison.Ordinal);
        int close = html.LastIndexOf("</main>", StringComparison.Ordinal);
        if (open < 0 || close < open) return null;
        var (text, from, to, sections) = ExtractSections(html, open + html[open..].IndexOf('>') + 1, close);
        var buffer = t_read is { } b && b.Length >= to - from ? b : t_read = new char[Math.Max(to - from, 16 * 1024)];
        text.CopyTo(from, buffer, 0, to - from);
        return (buffer.AsMemory(0, to - from), sections);
    }

    // The text (in the thread's builder; the readable part is [from, to)) and its sections, placed from "from" on.
    private static (StringBuilder Text, int From, int To, List<Section> Sections) ExtractSections(ReadOnlySpan<char> html, int start, int end)
    {
        var text = t_text ??= new StringBuilder(16 * 1024);
        text.Clear();
        var sections = new List<Section>();
        int headingStart = -1, headingOpen = -1;
        string headingId = "";
        int i = start;
        while (i < end)
        {
            // Copy the run of plain text up to the next tag, entity or white space in one go.
            int run = i;
            while (run < end && IsPlain(html[run])) run++;
            if (run > i)
            {
                text.Append(html[i..run]);
                i = run;
                continue;
            }
            char c = html[i];
            if (c == '<')
            {
                int close = IndexOf(html, '>', i);
                if (close < 0 || close >= end) break;
                var tag = html.Slice(i + 1, close - i - 1);
                bool closing = tag.Length > 0 && tag[0] == '/';
                var name = ReadName(closing ? tag[1..] : tag);
                i = close + 1;
                if (!closing && (IsSkipped(name) || tag.Contains("class=\"ds-sr-only\"", StringComparison.Ordinal)))
                {
                    int skipTo = html[i..].IndexOf("</" + name.ToString().ToLowerInvariant(), StringComparison.Ordinal);
                    if (skipTo >= 0 && i + skipTo < end) i = IndexOf(html, '>', i + skipTo) + 1;
                    Space(text);
                    continue;
                }
                if (name.Length == 2 && (name[0] | 0x20) == 'h' && name[1] is >= '1' and <= '6')
                {
                    if (!closing) { Space(text); headingOpen = headingStart = text.Length; headingId = IdOf(tag); }
                    else if (headingStart >= 0)
                    {
                        string heading = text.ToString(headingStart, text.Length - headingStart).Trim();
                        Space(text);
                        sections.Add(new Section(headingId, heading, headingOpen, text.Length));
                        headingStart = -1;
                    }
                }
                Space(text);
            }
            else if (c == '&')
            {
                int semicolon = IndexOf(html, ';', i);
                if (semicolon > i && semicolon - i <= 10 && semicolon < end)
                {
                    text.Append(WebUtility.HtmlDecode(html.Slice(i, semicolon - i + 1).ToString()));
                    i = semicolon + 1;
                }
                else
                {
                    text.Append(c);
                    i++;
                }
            }
            else
            {
                Space(text);
                i++;
            }
        }
        int from = 0, to = text.Length;
        while (from < to && char.IsWhiteSpace(text[from])) from++;
        while (to > from && char.IsWhiteSpace(text[to - 1])) to--;
        for (int s = 0; s < sections.Count; s++)
        {
            var section = sections[s];
            sections[s] = section with { HeadingStart = Math.Clamp(section.HeadingStart - from, 0, to - from), BodyStart = Math.Clamp(section.BodyStart - from, 0, to - from) };
        }
        return (text, from, to, sections);
    }

    // The place of the first c at or after from, as string.IndexOf(c, from) gives it; -1 when there is none.
    private static int IndexOf(ReadOnlySpan<char> text, char c, int from)
    {
        int found = text[from..].IndexOf(c);
        return found < 0 ? -1 : from + found;
    }

    private static string IdOf(ReadOnlySpan<char> tag)
    {
        int at = tag.IndexOf(" id=\"", StringComparison.Ordinal);
        if (at < 0) return "";
        var rest = tag[(at + 5)..];
        int end = rest.IndexOf('"');
        return end < 0 ? "" : WebUtility.HtmlDecode(rest[..end].ToString());
    }

    private static bool IsPlain(char c) => c < 128 ? c > ' ' && c != '<' && c != '&' : !char.IsWhiteSpace(c);

    private static void Space(StringBuilder text)
    {
        if (text.Length > 0 && text[^1] != ' ') text.Append(' ');
    }

    private static ReadOnlySpan<char> ReadName(ReadOnlySpan<char> tag)
    {
        int n = 0;
        while (n < tag.Length && char.IsAsciiLetterOrDigit(tag[n])) n++;
        return tag[..n];
    }

    private static bool IsSkipped(ReadOnlySpan<char> name)
    {
        foreach (string skipped in SkippedElements)
            if (name.Equals(skipped, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
