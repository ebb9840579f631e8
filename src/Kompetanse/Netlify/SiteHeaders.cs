namespace Kompetanse.Netlify;

/// <summary>
/// The site's response headers, written once: one strict policy for everything the site publishes and one for
/// the editor at /admin/. <see cref="For"/> turns them into rules for the paths a build writes, one rule per
/// top-level file or folder, so a new folder is covered without an edit and no path gets two policies.
/// </summary>
public static class SiteHeaders
{
    /// <summary>Everything is served from the site itself: no inline scripts, no other hosts, no framing.</summary>
    public const string SitePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Decap CMS compiles its configuration at run time ('unsafe-eval') and styles itself inline; it talks to
    /// GitHub's API (avatars too), reads uploaded images back through blob: URLs, and reaches decap-server on
    /// localhost when editing locally.
    /// </summary>
    public const string EditorPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https://avatars.githubusercontent.com; font-src 'self' data:; connect-src 'self' blob: https://api.github.com http://localhost:*; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string EditorFolder = "admin";

    /// <summary>What every path shares; never a Content-Security-Policy (that is given per file or folder).</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Shared =
    [
        new("X-Content-Type-Options", "nosniff"),
        new("Referrer-Policy", "strict-origin-when-cross-origin"),
        new("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"),
        new("X-Frame-Options", "DENY"),
    ];

    private static readonly IReadOnlyList<KeyValuePair<string, string>> Site = [new("Content-Security-Policy", SitePolicy)];

    private static readonly IReadOnlyList<KeyValuePair<string, string>> Editor =
    [
        new("Content-Security-Policy", EditorPolicy),
        new("X-Robots-Tag", "noindex, nofollow"),
        new("Cache-Control", "no-cache"),
    ];

    /// <summary>Netlify reads these files itself and never serves them.</summary>
    private static readonly HashSet<string> NetlifyFiles = new(StringComparer.Ordinal) { "_headers", "_redirects" };

    /// <summary>
    /// The rules for a site made of these files (paths relative to the site's root, '/' between folders):
    /// "/*" with the shared headers, then each top-level folder ("/plan/*") and file ("/robots.txt"; the front
    /// page also as "/") with exactly one policy, the editor's for /admin/.
    /// </summary>
    public static NetlifyHeaders For(IEnumerable<string> paths)
    {
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            int slash = path.IndexOf('/');
            if (slash > 0) folders.Add(path[..slash]);
            else if (!NetlifyFiles.Contains(path) && !path.StartsWith('.')) files.Add(path);
        }
        var rules = new List<HeaderRule> { new("/*", Shared) };
        if (files.Contains("index.html")) rules.Add(new("/", Site));
        rules.AddRange(files.Select(file => new HeaderRule("/" + file, Site)));
        rules.AddRange(folders.Select(folder => new HeaderRule($"/{folder}/*", folder == EditorFolder ? Editor : Site)));
        return new NetlifyHeaders(rules);
    }

    /// <summary>A policy fit for a &lt;meta http-equiv&gt;: without the directives only a header can carry (a browser ignores them there, with a warning).</summary>
    public static string ForMeta(string policy)
    {
        string[] headerOnly = ["frame-ancestors", "report-uri", "report-to", "sandbox"];
        return string.Join("; ", policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(d => !headerOnly.Contains(d.Split(' ')[0], StringComparer.OrdinalIgnoreCase)));
    }
}
