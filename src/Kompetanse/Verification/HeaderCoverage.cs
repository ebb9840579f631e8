using Kompetanse.Diagnostics;
using Kompetanse.Netlify;
using Kompetanse.Outputs;

namespace Kompetanse.Verification;

/// <summary>
/// Every page the site publishes gets a Content-Security-Policy from netlify.toml. The policy is given per
/// top-level folder (so /admin/ can have its own), and a page in a new folder would otherwise go out without
/// one: that is an error at the page's source, naming the block to add.
/// </summary>
public static class HeaderCoverage
{
    /// <summary>The headers of the netlify.toml beside the input; none when there is none, or it cannot be read (reported).</summary>
    public static NetlifyHeaders Load(string inputFolder, DiagnosticBag diagnostics)
    {
        if (NetlifyHeaders.FindFor(inputFolder) is not { } path) return NetlifyHeaders.None;
        try
        {
            return NetlifyHeaders.Load(path);
        }
        catch (InvalidDataException e)
        {
            diagnostics.Report(Codes.NetlifyTomlUnreadable, SourceSpan.File(Loading.InputLoader.DisplayPath(path)), e.Message);
            return NetlifyHeaders.None;
        }
    }

    public static void Verify(IReadOnlyCollection<OutputFile> files, NetlifyHeaders headers, string inputFolder, DiagnosticBag diagnostics)
    {
        if (headers.Rules.Count == 0 || NetlifyHeaders.FindFor(inputFolder) is not { } path) return;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.IsHtml))
        {
            string url = "/" + (file.Path.EndsWith("index.html", StringComparison.Ordinal) ? file.Path[..^"index.html".Length] : file.Path);
            if (headers.For(url).ContainsKey("Content-Security-Policy")) continue;
            string top = url.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
            if (reported.Add(top))
                diagnostics.Report(Codes.NoSecurityPolicy, file.Source, url, Loading.InputLoader.DisplayPath(path), top.Length > 0 ? $"/{top}/*" : url);
        }
    }
}
