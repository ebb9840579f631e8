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

    // Every value this thread has read, each once: most links (the menu, the stylesheets, the scripts) repeat on
    // every page, so a page keeps the strings the pages before it made. A cache per thread needs no locks and
    // hashes faster than a shared one; the few values both threads read are kept twice. Cleared when large,
    // so a preview that runs for hours does not keep every link it ever saw.
    [ThreadStatic] private static Dictionary<string, string>? t_shared;

    private static string SharedString(ReadOnlySpan<char> value)
    {
        var shared = t_shared ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = shared.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(value, out string? known)) return known;
        if (shared.Count >= 100_000) shared.Clear();
        string made = value.ToString();
        shared[made] = made;
        return made;
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
