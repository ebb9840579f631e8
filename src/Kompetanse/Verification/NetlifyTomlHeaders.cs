using Kompetanse.Diagnostics;
using Kompetanse.Netlify;

namespace Kompetanse.Verification;

/// <summary>
/// Headers are written once, by the build (<see cref="SiteHeaders"/>). A <c>[[headers]]</c> block in the
/// netlify.toml beside the input would apply on top of them (Netlify joins both values, and a browser
/// enforces every Content-Security-Policy it gets), so such a block is an error at netlify.toml.
/// </summary>
public static class NetlifyTomlHeaders
{
    /// <summary>netlify.toml in the folder that holds the input (the repository); null when it has none.</summary>
    public static string? FindToml(string inputFolder)
    {
        string? repository = Path.GetDirectoryName(Path.GetFullPath(inputFolder).TrimEnd(Path.DirectorySeparatorChar));
        string? path = repository is null ? null : Path.Combine(repository, NetlifyHeaders.TomlFileName);
        return path is not null && File.Exists(path) ? path : null;
    }

    public static void Verify(string inputFolder, DiagnosticBag diagnostics)
    {
        if (FindToml(inputFolder) is not { } path) return;
        var at = SourceSpan.File(Loading.InputLoader.DisplayPath(path));
        try
        {
            foreach (string pattern in NetlifyHeaders.TomlHeaderPaths(File.ReadAllText(path)))
                diagnostics.Report(Codes.HeadersInNetlifyToml, at, pattern);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(Codes.NetlifyTomlUnreadable, at, e.Message);
        }
    }
}
