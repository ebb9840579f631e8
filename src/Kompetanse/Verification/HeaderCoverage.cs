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
    public static void Verify(IReadOnlyCollection<OutputFile> files, string inputFolder, DiagnosticBag diagnostics)
    {
        if (NetlifyHeaders.FindFor(inputFolder) is not { } path) return;
        NetlifyHeaders headers;
        try
        {
            headers = NetlifyHeaders.Load(path);
        }
        catch (InvalidDataException e)
        {
            diagnostics.Report(Codes.NetlifyTomlUnreadable, SourceSpan.File(Loading.InputLoader.DisplayPath(path)), e.Message);
            return;
        }
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
