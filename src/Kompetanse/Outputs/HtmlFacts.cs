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

    public static HtmlFacts Read(string html)
    {
        var links = new HashSet<string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        ReadAttributes(html, links, ids);
        return new HtmlFacts { Links = links, Ids = ids };
    }

    // Finds each ="…" and looks back for the attribute's name: href, src or id, after white space.
    private static void ReadAttributes(string html, HashSet<string> links, HashSet<string> ids)
    {
        var span = html.AsSpan();
        int at = 0;
        while (true)
        {
            int found = span[at..].IndexOf("=\"", StringComparison.Ordinal);
            if (found < 0) return;
            int equals = at + found;
            int valueStart = equals + 2;
            int valueEnd = html.IndexOf('"', valueStart);
            if (valueEnd < 0) return;
            at = valueEnd + 1;
            var before = span[..equals];
            HashSet<string>? into = NameIs(before, "href") || NameIs(before, "src") ? links : NameIs(before, "id") ? ids : null;
            if (into is null || (into == ids && valueEnd == valueStart)) continue;
            var value = span[valueStart..valueEnd];
            into.Add(value.Contains('&') ? WebUtility.HtmlDecode(value.ToString()) : value.ToString());
        }
    }

    private static bool NameIs(ReadOnlySpan<char> before, string name) =>
        before.EndsWith(name, StringComparison.Ordinal) && before.Length > name.Length && char.IsWhiteSpace(before[^(name.Length + 1)]);
}
