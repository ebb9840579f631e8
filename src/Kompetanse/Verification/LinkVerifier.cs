using System.Text.RegularExpressions;
using Kompetanse.Diagnostics;
using Kompetanse.Outputs;

namespace Kompetanse.Verification;

/// <summary>
/// The verify stage: every internal link and #anchor in the built HTML must point at a file the build
/// makes and an id that page has. A broken one is an error at the source of the page that holds it.
/// </summary>
public static partial class LinkVerifier
{
    [GeneratedRegex("""\s(?:href|src)="([^"]*)""")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("""\sid="([^"]+)""")]
    private static partial Regex IdPattern();

    /// <param name="positionOf">Where a link was written in the page's source, when known (Markdown links).</param>
    public static void Verify(IReadOnlyCollection<OutputFile> files, DiagnosticBag diagnostics, Func<string, string, SourceSpan?>? positionOf = null)
    {
        var paths = new HashSet<string>(files.Select(f => f.Path), StringComparer.Ordinal);
        var html = files.Where(f => f.IsHtml).ToList();
        // Each page is read once for its links and ids (and, in preview, not again while it is unchanged).
        var scanned = new System.Collections.Concurrent.ConcurrentDictionary<string, Scanned>(StringComparer.Ordinal);
        Parallel.ForEach(html, file => scanned[file.Path] = Scans.GetValue(file, Scan));
        var ids = scanned.ToDictionary(p => p.Key, p => p.Value.Ids, StringComparer.Ordinal);

        Parallel.ForEach(html, file =>
        {
            string pageUrl = "/" + (file.Path.EndsWith("index.html", StringComparison.Ordinal) ? file.Path[..^"index.html".Length] : file.Path);
            foreach (string link in scanned[file.Path].Links)
            {
                var (target, anchor) = Resolve(pageUrl, link);
                string? path = target is null ? file.Path : FindFile(target, paths);
                var at = positionOf?.Invoke(file.Source.Path, link) ?? file.Source;
                if (path is null)
                {
                    diagnostics.Report(Codes.BrokenLink, at, link, pageUrl);
                    continue;
                }
                if (anchor is { Length: > 0 } && ids.TryGetValue(path, out var targetIds) && !targetIds.Contains(anchor))
                    diagnostics.Report(Codes.BrokenAnchor, at, link, pageUrl);
            }
        });
    }

    private sealed record Scanned(IReadOnlyCollection<string> Links, HashSet<string> Ids);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<OutputFile, Scanned> Scans = new();

    private static Scanned Scan(OutputFile file)
    {
        string text = System.Text.Encoding.UTF8.GetString(file.Content);
        var links = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in LinkPattern().Matches(text))
        {
            string link = System.Net.WebUtility.HtmlDecode(m.Groups[1].Value);
            if (IsInternal(link)) links.Add(link);
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in IdPattern().Matches(text)) ids.Add(System.Net.WebUtility.HtmlDecode(m.Groups[1].Value));
        return new Scanned(links, ids);
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex SchemePattern();

    // Internal: a path or an anchor on this site; not mailto:, https:, or protocol-relative //host.
    private static bool IsInternal(string link) =>
        link.Length > 0 && !link.StartsWith("//", StringComparison.Ordinal) && !SchemePattern().IsMatch(link);

    // Splits off the #anchor and ?query and resolves the rest against the page's URL. Null target: same page.
    private static (string? Target, string? Anchor) Resolve(string pageUrl, string link)
    {
        string? anchor = null;
        int hash = link.IndexOf('#');
        if (hash >= 0) { anchor = Uri.UnescapeDataString(link[(hash + 1)..]); link = link[..hash]; }
        int query = link.IndexOf('?');
        if (query >= 0) link = link[..query];
        if (link.Length == 0) return (null, anchor);
        // Most links are site paths already; only relative ones need resolving against the page.
        if (link.StartsWith('/') && !link.Contains("/.", StringComparison.Ordinal))
            return (link.Contains('%') ? Uri.UnescapeDataString(link) : link, anchor);
        var resolved = new Uri(new Uri("http://site" + pageUrl), link);
        return (Uri.UnescapeDataString(resolved.AbsolutePath), anchor);
    }

    // "/a/b/" → "a/b/index.html"; "/a/b" → "a/b" or "a/b/index.html" (as a static host serves them).
    private static string? FindFile(string urlPath, HashSet<string> paths)
    {
        string trimmed = urlPath.TrimStart('/');
        if (trimmed.Length == 0 || trimmed.EndsWith('/')) return paths.Contains(trimmed + "index.html") ? trimmed + "index.html" : null;
        if (paths.Contains(trimmed)) return trimmed;
        return paths.Contains(trimmed + "/index.html") ? trimmed + "/index.html" : null;
    }
}
