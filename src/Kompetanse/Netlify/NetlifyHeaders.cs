using System.Text;
using System.Text.RegularExpressions;

namespace Kompetanse.Netlify;

/// <summary>One rule of Netlify's headers: the path pattern it is for and the headers it sets.</summary>
public sealed record HeaderRule(string For, IReadOnlyList<KeyValuePair<string, string>> Values)
{
    private readonly Regex _pattern = PatternFor(For);

    public bool Matches(string path) => _pattern.IsMatch(path);

    // Netlify's path patterns: '*' is a splat (anything, slashes included), ':name' one segment; case and a
    // trailing slash do not matter.
    private static Regex PatternFor(string pattern)
    {
        var regex = new StringBuilder("^");
        string trimmed = pattern.Length > 1 ? pattern.TrimEnd('/') : pattern;
        for (int i = 0; i < trimmed.Length; i++)
        {
            char c = trimmed[i];
            if (c == '*') regex.Append(".*");
            else if (c == ':' && i + 1 < trimmed.Length && char.IsLetter(trimmed[i + 1]))
            {
                while (i + 1 < trimmed.Length && (char.IsLetterOrDigit(trimmed[i + 1]) || trimmed[i + 1] == '_')) i++;
                regex.Append("[^/]+");
            }
            else regex.Append(Regex.Escape(c.ToString()));
        }
        regex.Append("/?$");
        return new Regex(regex.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}

/// <summary>
/// The response headers Netlify gives each path: the rules of the site's generated <c>_headers</c> file
/// (<see cref="SiteHeaders"/>), which preview and the browser tests serve too, so they send exactly what
/// Netlify will. Every matching rule applies; Netlify joins two values of one header, and a browser enforces
/// every Content-Security-Policy it gets, so <see cref="SetTwice"/> must stay empty.
/// </summary>
public sealed class NetlifyHeaders
{
    public const string FileName = "_headers";

    public IReadOnlyList<HeaderRule> Rules { get; }

    public NetlifyHeaders(IReadOnlyList<HeaderRule> rules) => Rules = rules;

    public static NetlifyHeaders None { get; } = new([]);

    /// <summary>The <c>_headers</c> file of a built site; none when it has none.</summary>
    public static NetlifyHeaders LoadSite(string siteFolder)
    {
        string path = Path.Combine(siteFolder, FileName);
        return File.Exists(path) ? Parse(File.ReadAllText(path)) : None;
    }

    /// <summary>
    /// Reads Netlify's <c>_headers</c> format: a path pattern at the start of a line, then its headers
    /// indented below it as <c>Name: value</c>; '#' starts a comment.
    /// </summary>
    public static NetlifyHeaders Parse(string text)
    {
        var rules = new List<HeaderRule>();
        string? pattern = null;
        var values = new List<KeyValuePair<string, string>>();
        foreach (string line in text.Split('\n'))
        {
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            if (!char.IsWhiteSpace(line[0]))
            {
                if (pattern is not null) rules.Add(new HeaderRule(pattern, values));
                pattern = trimmed;
                values = [];
                continue;
            }
            int colon = trimmed.IndexOf(':');
            if (pattern is null || colon <= 0) throw new InvalidDataException($"{FileName}: '{trimmed}' is not 'Name: value' under a path");
            values.Add(new(trimmed[..colon].Trim(), trimmed[(colon + 1)..].Trim()));
        }
        if (pattern is not null) rules.Add(new HeaderRule(pattern, values));
        return new NetlifyHeaders(rules);
    }

    /// <summary>These rules in Netlify's <c>_headers</c> format, after a comment.</summary>
    public string Format(string comment)
    {
        var text = new StringBuilder();
        foreach (string line in comment.Split('\n')) text.Append("# ").Append(line).Append('\n');
        foreach (var rule in Rules)
        {
            text.Append(rule.For).Append('\n');
            foreach (var (name, value) in rule.Values) text.Append("  ").Append(name).Append(": ").Append(value).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>
    /// The Content-Security-Policy a path gets, fit for a &lt;meta http-equiv&gt; in the page: without the
    /// directives a meta element cannot carry (a browser ignores them there, with a warning). Null when none.
    /// </summary>
    public string? PolicyForMeta(string path) =>
        For(path).TryGetValue("Content-Security-Policy", out var policy) ? SiteHeaders.ForMeta(policy) : null;

    /// <summary>The headers a response for this URL path gets, by name (case-insensitive).</summary>
    public IReadOnlyDictionary<string, string> For(string path)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in Rules)
            if (rule.Matches(path))
                foreach (var (name, value) in rule.Values) headers[name] = value;
        return headers;
    }

    /// <summary>
    /// Headers that two or more matching rules set for this path, with the patterns that set them: Netlify
    /// would send both values, and a browser enforces every Content-Security-Policy it receives.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> SetTwice(string path) =>
        Rules.Where(rule => rule.Matches(path))
            .SelectMany(rule => rule.Values.Select(v => (Name: v.Key, rule.For)))
            .GroupBy(v => v.Name, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(v => v.For).ToList(), StringComparer.OrdinalIgnoreCase);
}
