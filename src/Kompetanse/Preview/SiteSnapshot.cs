using Kompetanse.Diagnostics;
using Kompetanse.Outputs;

namespace Kompetanse.Preview;

/// <summary>
/// One build as preview serves it, from memory. Only files the build made can be served, so no request
/// reaches anything outside the site, whatever its path says.
/// </summary>
public sealed class SiteSnapshot
{
    private readonly Dictionary<string, OutputFile> _files;

    public SiteSnapshot(IEnumerable<OutputFile> files, int version)
    {
        _files = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        Version = version;
    }

    public int Version { get; }
    public int Count => _files.Count;

    private Netlify.NetlifyHeaders? _headers;

    /// <summary>What this build's _headers gives each path: preview sends exactly what Netlify will.</summary>
    public Netlify.NetlifyHeaders Headers => _headers ??= _files.TryGetValue(Netlify.NetlifyHeaders.FileName, out var file)
        ? Netlify.NetlifyHeaders.Parse(System.Text.Encoding.UTF8.GetString(Read(file)))
        : Netlify.NetlifyHeaders.None;

    /// <summary>
    /// The file for a request path ("/begreper/", "/assets/site.css"), or null. Percent-decoding happens
    /// once, here; a path with "..", a backslash, a NUL or an encoded slash is refused, not resolved.
    /// </summary>
    public OutputFile? Resolve(string requestPath)
    {
        string path;
        try
        {
            if (requestPath.Contains("%2f", StringComparison.OrdinalIgnoreCase) || requestPath.Contains("%5c", StringComparison.OrdinalIgnoreCase)) return null;
            path = Uri.UnescapeDataString(requestPath);
        }
        catch (UriFormatException)
        {
            return null;
        }
        if (path.Contains('\\') || path.Contains('\0')) return null;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or "..")) return null;
        string relative = string.Join('/', segments);
        if (relative.Length == 0 || path.EndsWith('/')) relative = relative.Length == 0 ? "index.html" : relative + "/index.html";
        if (_files.TryGetValue(relative, out var file)) return file;
        return _files.TryGetValue(relative + "/index.html", out var folder) ? folder : null;
    }

    /// <summary>The bytes to send: always the ones the last good build holds in memory, never a path read again.</summary>
    public static byte[] Read(OutputFile file) => file.Content;
}

/// <summary>What preview shows: the last good site, and the errors of the newest build if it failed.</summary>
public sealed record PreviewState(SiteSnapshot Site, IReadOnlyList<Diagnostic> Errors, IReadOnlyList<Diagnostic> Warnings, TimeSpan LastBuild);
