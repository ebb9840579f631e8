using System.Text;
using AngleSharp.Html.Parser;
using Kompetanse.Diagnostics;
using Kompetanse.Outputs;

namespace Kompetanse.Verification;

/// <summary>The largest HTML page a build made, for <c>--timings</c>.</summary>
public sealed record LargestPage(string Path, long Bytes);

/// <summary>
/// The last check before anything is published: every HTML page made is parsed as a browser would (AngleSharp),
/// and one that is not whole (cut off before its closing tags, or ending inside an element) fails the build,
/// at the input it was made from. A page that is cut off would otherwise go out silently, with the rest of
/// its text, its footer and its search entry gone.
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

    /// <summary>
    /// A parser that builds only the elements: the structure is what is checked, and text, comments and
    /// attributes are most of what a page holds (10,000 pages are checked in a fraction of the time).
    /// </summary>
    public static HtmlParser NewParser() => new(new HtmlParserOptions
    {
        SkipDataText = true,
        SkipComments = true,
        SkipRawText = true,
        SkipRCDataText = true,
        SkipScriptText = true,
        SkipPlaintext = true,
        SkipCDATA = true,
        ShouldEmitAttribute = static (ref AngleSharp.Html.Parser.Tokens.Struct.StructHtmlToken _, ReadOnlyMemory<char> _) => false,
    });

    [ThreadStatic] private static HtmlParser? t_parser;

    /// <summary>Why the page (UTF-8) is not whole, or null if it is, with this thread's parser.</summary>
    public static string? Problem(byte[] content) => Problem(content, t_parser ??= NewParser());

    /// <summary>Why the page is not whole, or null if it is.</summary>
    public static string? Problem(string html, HtmlParser parser) => Problem(Encoding.UTF8.GetBytes(html), parser);

    /// <summary>Why the page (UTF-8) is not whole, or null if it is. Read as a stream: no second copy of the text.</summary>
    public static string? Problem(byte[] content, HtmlParser parser)
    {
        var tail = content.AsSpan().TrimEnd(" \t\r\n"u8);
        if (!tail.EndsWith("</html>"u8)) return "it does not end with </html>";
        if (tail.LastIndexOf("</body>"u8) < 0) return "it has no </body>";
        string? endOfFile = null;
        void OnError(object sender, AngleSharp.Dom.Events.Event e)
        {
            if (e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error && error.Code == (int)HtmlParseError.EOF)
                endOfFile ??= $"it ends inside an element (line {error.Position.Line})";
        }
        parser.Error += OnError;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = parser.ParseDocument(stream);
            if (endOfFile is not null) return endOfFile;
            if (document.Body is null || document.Head is null) return "it has no head or no body";
            return null;
        }
        finally
        {
            parser.Error -= OnError;
        }
    }
}
