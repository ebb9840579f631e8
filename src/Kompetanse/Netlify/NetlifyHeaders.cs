using System.Text;
using System.Text.RegularExpressions;
using Tomlyn;
using Tomlyn.Model;

namespace Kompetanse.Netlify;

/// <summary>One <c>[[headers]]</c> block of netlify.toml: the path pattern it is for and the headers it sets.</summary>
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
/// The response headers netlify.toml gives each path, read from the file itself so preview and the browser
/// tests serve exactly what Netlify will. Every matching block applies, in file order; where two set the
/// same header the later one wins (as Netlify's own header engine merges them).
/// </summary>
public sealed class NetlifyHeaders
{
    public const string FileName = "netlify.toml";

    public IReadOnlyList<HeaderRule> Rules { get; }

    public NetlifyHeaders(IReadOnlyList<HeaderRule> rules) => Rules = rules;

    public static NetlifyHeaders None { get; } = new([]);

    /// <summary>netlify.toml in the folder that holds the input (the repository); null when it has none.</summary>
    public static string? FindFor(string inputFolder)
    {
        string? repository = Path.GetDirectoryName(Path.GetFullPath(inputFolder).TrimEnd(Path.DirectorySeparatorChar));
        return repository is not null && File.Exists(Path.Combine(repository, FileName)) ? Path.Combine(repository, FileName) : null;
    }

    /// <summary>Reads the <c>[[headers]]</c> blocks of a netlify.toml; throws <see cref="InvalidDataException"/> on a malformed file.</summary>
    public static NetlifyHeaders Load(string path) => Parse(File.ReadAllText(path));

    public static NetlifyHeaders Parse(string toml)
    {
        TomlTable document;
        try
        {
            document = TomlSerializer.Deserialize<TomlTable>(toml) ?? new TomlTable();
        }
        catch (TomlException e)
        {
            throw new InvalidDataException($"{FileName}: {e.Message}", e);
        }
        var rules = new List<HeaderRule>();
        if (!document.TryGetValue("headers", out var blocks)) return new NetlifyHeaders(rules);
        if (blocks is not TomlTableArray array) throw new InvalidDataException($"{FileName}: 'headers' must be [[headers]] blocks");
        foreach (TomlTable block in array)
        {
            if (!block.TryGetValue("for", out var forValue) || forValue is not string pattern)
                throw new InvalidDataException($"{FileName}: a [[headers]] block has no 'for' path");
            var values = new List<KeyValuePair<string, string>>();
            if (block.TryGetValue("values", out var table) && table is TomlTable headerTable)
                foreach (var (name, value) in headerTable)
                    values.Add(new(name, value is TomlArray many ? string.Join(", ", many.Select(v => v?.ToString())) : value?.ToString() ?? ""));
            rules.Add(new HeaderRule(pattern, values));
        }
        return new NetlifyHeaders(rules);
    }

    /// <summary>
    /// The Content-Security-Policy a path gets, fit for a &lt;meta http-equiv&gt; in the page: without the
    /// directives a meta element cannot carry (a browser ignores them there, with a warning). Null when none.
    /// </summary>
    public string? PolicyForMeta(string path)
    {
        if (!For(path).TryGetValue("Content-Security-Policy", out var policy)) return null;
        string[] headerOnly = ["frame-ancestors", "report-uri", "report-to", "sandbox"];
        return string.Join("; ", policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(d => !headerOnly.Contains(d.Split(' ')[0], StringComparer.OrdinalIgnoreCase)));
    }

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
    /// Headers that two or more matching blocks set for this path, with the patterns that set them. Netlify's
    /// CLI lets the later block win; its CDN may send both values, and a browser enforces every
    /// Content-Security-Policy it receives. A path with no such header gets the same headers either way.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> SetTwice(string path) =>
        Rules.Where(rule => rule.Matches(path))
            .SelectMany(rule => rule.Values.Select(v => (Name: v.Key, rule.For)))
            .GroupBy(v => v.Name, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(v => v.For).ToList(), StringComparer.OrdinalIgnoreCase);
}
