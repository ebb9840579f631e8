using System.Text;
using Kompetanse.Diagnostics;
using Kompetanse.Outputs;

namespace Kompetanse.Verification;

/// <summary>The largest HTML page a build made, for <c>--timings</c>.</summary>
public sealed record LargestPage(string Path, long Bytes);

/// <summary>
/// The last check before anything is published: every HTML page made must be whole. It must end with its
/// closing tags, and nothing may be left open at its end, read the way a browser's tokenizer reads it: a
/// comment, a tag or an attribute value, or the text of a script, style, title or textarea. Left open, such a
/// thing swallows the rest of the page, which then shows nothing after it. A page that is not whole fails the build, at
/// the input it was made from, instead of going out with its text, its footer and its search entry gone.
/// This is a tokenizer's states only, not a parse: it needs no tree, so 10,000 pages take a moment (a full
/// AngleSharp parse of each cost as much as rendering them).
/// </summary>
public static class PageCompleteness
{
    public static LargestPage? Verify(IReadOnlyCollection<OutputFile> files, DiagnosticBag diagnostics)
    {
        var pages = files.Where(f => f.IsHtml && !f.Copied).ToList();
        // A build that streams to disk has checked each page as it let go of its bytes (OutputFile.NotWhole).
        Parallel.ForEach(pages, file =>
        {
            if (file.NotWhole is { } problem)
                diagnostics.Report(Codes.PageIncomplete, file.Source, "/" + file.Path, problem);
        });
        return pages.Count == 0 ? null : pages.MaxBy(f => f.Length) is { } largest ? new LargestPage(largest.Path, largest.Length) : null;
    }

    /// <summary>Why the page is not whole, or null if it is.</summary>
    public static string? Problem(string html) => Problem(Encoding.UTF8.GetBytes(html));

    /// <summary>Why the page (UTF-8) is not whole, or null if it is.</summary>
    public static string? Problem(ReadOnlySpan<byte> html)
    {
        var tail = html.TrimEnd(" \t\r\n"u8);
        if (!tail.EndsWith("</html>"u8)) return "it does not end with </html>";
        if (tail.LastIndexOf("</body>"u8) < 0) return "it has no </body>";
        return OpenAtEnd(html) is var (what, at) ? $"it ends inside {what} (line {html[..at].Count((byte)'\n') + 1})" : null;
    }

    // Elements whose text runs to their own end tag, markup and all (with scripting on, as the site is read).
    private static readonly (string Name, byte[] Ascii)[] TextElements =
        [.. new[] { "script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript" }.Select(n => (n, Encoding.ASCII.GetBytes(n)))];

    /// <summary>What is still open at the end of the page, and where it starts; null when nothing is.</summary>
    private static (string What, int At)? OpenAtEnd(ReadOnlySpan<byte> html)
    {
        int i = 0;
        while (true)
        {
            int found = html[i..].IndexOf((byte)'<');
            if (found < 0) return null;
            int at = i + found;
            var rest = html[at..];
            if (rest.StartsWith("<!--"u8))
            {
                // "<!-->" and "<!--->" are whole (empty) comments.
                if (rest[4..].StartsWith(">"u8) || rest[4..].StartsWith("->"u8)) { i = at + 5; continue; }
                int end = rest[4..].IndexOf("-->"u8);
                if (end < 0) return ("a comment", at);
                i = at + 4 + end + 3;
            }
            else if (rest.StartsWith("<![CDATA["u8))
            {
                int end = rest.IndexOf("]]>"u8);
                if (end < 0) return ("a CDATA section", at);
                i = at + end + 3;
            }
            else if (rest.Length > 1 && rest[1] is (byte)'!' or (byte)'?')
            {
                int end = rest.IndexOf((byte)'>');
                if (end < 0) return ("a declaration", at);
                i = at + end + 1;
            }
            else if (rest.Length > 1 && (char.IsAsciiLetter((char)rest[1]) || (rest.Length > 2 && rest[1] == '/' && char.IsAsciiLetter((char)rest[2]))))
            {
                bool closing = rest[1] == '/';
                int nameStart = closing ? 2 : 1, nameEnd = nameStart;
                while (nameEnd < rest.Length && rest[nameEnd] is not ((byte)'>' or (byte)'/' or (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f')) nameEnd++;
                if (EndOfTag(rest, nameEnd) is not int close) return (OpenQuote(rest, nameEnd) ? "an attribute value" : "a tag", at);
                i = at + close + 1;
                if (closing) continue;
                // "<title/>" closes itself only inside SVG, the one place our pages write it so.
                if (TextElement(rest[nameStart..nameEnd]) is not var (textElement, ascii) || rest[close - 1] == '/') continue;
                int endTag = EndTagOf(html, i, ascii);
                if (endTag < 0) return ($"<{textElement}>", at);
                i = endTag;
            }
            else i = at + 1; // a '<' that starts nothing is text
        }
    }

    /// <summary>Where the tag's '>' is (outside quoted attribute values), from the end of its name; null if it has none.</summary>
    private static int? EndOfTag(ReadOnlySpan<byte> tag, int j)
    {
        bool afterEquals = false;
        while (j < tag.Length)
        {
            byte c = tag[j];
            if (c == '>') return j;
            if (c == '=') { afterEquals = true; j++; continue; }
            if (afterEquals && c is (byte)'"' or (byte)'\'')
            {
                int end = tag[(j + 1)..].IndexOf(c);
                if (end < 0) return null;
                j += end + 2;
                afterEquals = false;
                continue;
            }
            if (c is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f')) afterEquals = false;
            j++;
        }
        return null;
    }

    private static bool OpenQuote(ReadOnlySpan<byte> tag, int j)
    {
        for (bool afterEquals = false; j < tag.Length; j++)
        {
            if (tag[j] == '=') afterEquals = true;
            else if (afterEquals && tag[j] is (byte)'"' or (byte)'\'') return true;
            else if (tag[j] is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f')) afterEquals = false;
        }
        return false;
    }

    private static (string Name, byte[] Ascii)? TextElement(ReadOnlySpan<byte> name)
    {
        foreach (var element in TextElements)
            if (Ascii.EqualsIgnoreCase(name, element.Ascii)) return element;
        return null;
    }

    /// <summary>Where the element's end tag ("&lt;/name" then a space, '/' or '>') starts, from <paramref name="from"/>; -1 if nowhere.</summary>
    private static int EndTagOf(ReadOnlySpan<byte> html, int from, byte[] name)
    {
        int i = from;
        while (true)
        {
            int found = html[i..].IndexOf("</"u8);
            if (found < 0) return -1;
            int at = i + found, after = at + 2 + name.Length;
            if (after < html.Length && Ascii.EqualsIgnoreCase(html.Slice(at + 2, name.Length), name)
                && html[after] is (byte)'>' or (byte)'/' or (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f')
                return at;
            i = at + 2;
        }
    }
}
