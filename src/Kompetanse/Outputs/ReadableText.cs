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

    public static (string Text, List<string> Headings) Extract(string html, int start, int end)
    {
        var text = new StringBuilder(end - start);
        var headings = new List<string>();
        int headingStart = -1;
        int i = start;
        while (i < end)
        {
            char c = html[i];
            if (c == '<')
            {
                int close = html.IndexOf('>', i);
                if (close < 0 || close >= end) break;
                var tag = html.AsSpan(i + 1, close - i - 1);
                bool closing = tag.Length > 0 && tag[0] == '/';
                var name = ReadName(closing ? tag[1..] : tag);
                i = close + 1;
                if (!closing && (SkippedElements.Contains(name) || tag.Contains("class=\"ds-sr-only\"", StringComparison.Ordinal)))
                {
                    int skipTo = html.IndexOf("</" + name, i, StringComparison.Ordinal);
                    if (skipTo >= 0 && skipTo < end) i = html.IndexOf('>', skipTo) + 1;
                    Space(text);
                    continue;
                }
                if (name is ['h', >= '1' and <= '6'])
                {
                    if (!closing) { Space(text); headingStart = text.Length; }
                    else if (headingStart >= 0) { headings.Add(text.ToString(headingStart, text.Length - headingStart).Trim()); headingStart = -1; }
                }
                Space(text);
            }
            else if (c == '&')
            {
                int semicolon = html.IndexOf(';', i);
                if (semicolon > i && semicolon - i <= 10 && semicolon < end)
                {
                    text.Append(WebUtility.HtmlDecode(html.Substring(i, semicolon - i + 1)));
                    i = semicolon + 1;
                }
                else
                {
                    text.Append(c);
                    i++;
                }
            }
            else if (char.IsWhiteSpace(c))
            {
                Space(text);
                i++;
            }
            else
            {
                text.Append(c);
                i++;
            }
        }
        return (text.ToString().Trim(), headings);
    }

    private static void Space(StringBuilder text)
    {
        if (text.Length > 0 && text[^1] != ' ') text.Append(' ');
    }

    private static string ReadName(ReadOnlySpan<char> tag)
    {
        int n = 0;
        while (n < tag.Length && char.IsAsciiLetterOrDigit(tag[n])) n++;
        return tag[..n].ToString().ToLowerInvariant();
    }
}
