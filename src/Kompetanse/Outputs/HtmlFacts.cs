using System.Buffers;
using System.Net;

namespace Kompetanse.Outputs;

/// <summary>
/// What link verification needs from a finished HTML page, read once while its text is at hand: every
/// href and src, and every id. Written for the HTML our templates and Markdown make, where attribute
/// values are always double-quoted and a quote inside text is always escaped.
/// </summary>
public sealed class HtmlFacts
{
    /// <summary>Every href and src value, entities decoded, each once.</summary>
    public required IReadOnlyCollection<string> Links { get; init; }

    public required IReadOnlySet<string> Ids { get; init; }

    public static HtmlFacts Read(ReadOnlySpan<char> html)
    {
        // Kept for every page until the link check: most links (the menu, the stylesheets, the scripts) are on
        // every page, so each value is one shared string, and the links are an array (gathered in the thread's set).
        var links = t_links ??= new HashSet<string>(StringComparer.Ordinal);
        links.Clear();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        ReadAttributes(html, links, ids);
        return new HtmlFacts { Links = [.. links], Ids = ids };
    }

    [ThreadStatic] private static HashSet<string>? t_links;

    // Every value read, each once; bounded so a preview that runs for hours does not keep every link it ever saw.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Shared = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SharedBySpan =
        Shared.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int _sharedCount;

    private static string SharedString(ReadOnlySpan<char> value)
    {
        if (SharedBySpan.TryGetValue(value, out string? known)) return known;
        string made = value.ToString();
        // Counted here: a ConcurrentDictionary counts its entries by taking every lock.
        if (Volatile.Read(ref _sharedCount) >= 100_000) return made;
        string shared = Shared.GetOrAdd(made, made);
        if (ReferenceEquals(shared, made)) Interlocked.Increment(ref _sharedCount);
        return shared;
    }

    // Finds each ="…" and looks back for the attribute's name: href, src or id, after white space.
    private static void ReadAttributes(ReadOnlySpan<char> span, HashSet<string> links, HashSet<string> ids)
    {
        int at = 0;
        while (true)
        {
            int found = span[at..].IndexOf("=\"", StringComparison.Ordinal);
            if (found < 0) return;
            int equals = at + found;
            int valueStart = equals + 2;
            int quote = span[valueStart..].IndexOf('"');
            if (quote < 0) return;
            int valueEnd = valueStart + quote;
            at = valueEnd + 1;
            var before = span[..equals];
            HashSet<string>? into = NameIs(before, "href") || NameIs(before, "src") ? links : NameIs(before, "id") ? ids : null;
            if (into is null || (into == ids && valueEnd == valueStart)) continue;
            var value = span[valueStart..valueEnd];
            into.Add(value.Contains('&') ? SharedString(WebUtility.HtmlDecode(value.ToString())) : SharedString(value));
        }
    }

    private static bool NameIs(ReadOnlySpan<char> before, string name) =>
        before.EndsWith(name, StringComparison.Ordinal) && before.Length > name.Length && char.IsWhiteSpace(before[^(name.Length + 1)]);
}
