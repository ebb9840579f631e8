using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Kompetanse.Outputs;

namespace Kompetanse.Verification;

/// <summary>
/// One automatic term link as a reader meets it: the linked words, a few words either side (with the space
/// next to the link kept, so "[enhetene]." reads as it does on the page), and where it goes.
/// </summary>
public sealed record TermLinkUse(string Before, string Words, string After, string Target);

/// <summary>The automatic links of one page, in reading order; <paramref name="Source"/> is the file it was made from.</summary>
public sealed record PageTermLinks(string Url, string Source, IReadOnlyList<TermLinkUse> Links);

/// <summary>
/// Every automatic term link of a built site, page by page, for an editor to read through: read from the
/// finished HTML (links marked class="term"), so it shows exactly what readers get.
/// </summary>
public static class TermLinkListing
{
    // The elements whose text a link is read in: the sentence around it, not the whole page.
    private const string TextBlocks = "p, li, td, th, dt, dd, blockquote, figcaption, caption, h1, h2, h3, h4, h5, h6";

    public static IReadOnlyList<PageTermLinks> Collect(IEnumerable<OutputFile> files, int contextWords = 5)
    {
        var parser = new HtmlParser();
        var pages = new List<PageTermLinks>();
        foreach (var file in files.Where(f => f.IsHtml && !f.Copied))
        {
            var document = parser.ParseDocument(Encoding.UTF8.GetString(file.Content));
            var links = document.QuerySelectorAll("a.term")
                .Select(link => Describe(link, contextWords))
                .ToList();
            if (links.Count > 0) pages.Add(new PageTermLinks(UrlOf(file.Path), file.Source.Path, links));
        }
        return pages.OrderBy(p => p.Url, StringComparer.Ordinal).ToList();
    }

    private static TermLinkUse Describe(IElement link, int contextWords)
    {
        var block = link.Closest(TextBlocks) ?? link.ParentElement ?? link;
        var before = new StringBuilder();
        var after = new StringBuilder();
        bool passed = false;
        foreach (var node in block.Descendants().OfType<IText>())
        {
            if (link.Contains(node)) { passed = true; continue; }
            (passed ? after : before).Append(node.Data);
        }
        return new TermLinkUse(
            Tail(before.ToString(), contextWords),
            string.Join(' ', Words(link.TextContent)),
            Head(after.ToString(), contextWords),
            link.GetAttribute("href") ?? "");
    }

    // The context keeps the space (or its absence) next to the link: "og [enhetene]." not "og [enhetene] .".
    private static string Tail(string text, int count)
    {
        string words = string.Join(' ', Words(text).TakeLast(count));
        return words.Length > 0 && text.Length > 0 && char.IsWhiteSpace(text[^1]) ? words + " " : words;
    }

    private static string Head(string text, int count)
    {
        string words = string.Join(' ', Words(text).Take(count));
        return words.Length > 0 && text.Length > 0 && char.IsWhiteSpace(text[0]) ? " " + words : words;
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    // "roller/styrer/index.html" → "/roller/styrer/"
    private static string UrlOf(string path) =>
        "/" + (path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path);
}
