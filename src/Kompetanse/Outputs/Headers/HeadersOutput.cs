using Kompetanse.Netlify;

namespace Kompetanse.Outputs;

/// <summary>
/// Netlify's <c>_headers</c> for every path the build wrote, from the one site policy and the editor's
/// (<see cref="SiteHeaders"/>). It runs last, on the finished list of files, so a new top-level folder gets
/// the site's policy without an edit anywhere.
/// </summary>
public sealed class HeadersOutput
{
    public const string Comment = "Made by the generator from src/Kompetanse/Netlify/SiteHeaders.cs for the files of this build: edit the policy there.";

    public void Produce(BuildContext context, IReadOnlyCollection<OutputFile> files, OutputSink sink)
    {
        var headers = SiteHeaders.For(files.Select(f => f.Path));
        sink.Add(OutputFile.Text(NetlifyHeaders.FileName, headers.Format(Comment), context.Site.Settings.Location));
    }
}
