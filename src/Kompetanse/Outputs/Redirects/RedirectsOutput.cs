using System.Text;
using Kompetanse.Outputs.Html;
using Kompetanse.Rendering.Views;

namespace Kompetanse.Outputs;

/// <summary>
/// Renamed pages keep working: Netlify's _redirects file answers old URLs with 301, and a small page at
/// each old URL sends readers on anywhere else the site is served.
/// </summary>
public sealed class RedirectsOutput : IOutputModule
{
    public string Name => "redirects";

    public void Produce(BuildContext context, OutputSink sink)
    {
        var redirects = context.Site.Redirects;
        if (redirects.Count == 0) return;
        var file = new StringBuilder("# Made by the generator from 'redirects' in front matter.\n");
        foreach (var r in redirects) file.Append(r.From).Append(' ').Append(r.To).Append(" 301\n");
        sink.Add(OutputFile.Text("_redirects", file.ToString(), context.Site.Settings.Location));
    }

    /// <summary>The stub pages at the old URLs; made with the other pages so they share the layout.</summary>
    public sealed class Pages : IPageSource
    {
        IEnumerable<HtmlPage> IPageSource.Pages(BuildContext context) =>
            context.Site.Redirects.Select(r => new HtmlPage(r.From, "redirect", "Siden har flyttet", context.Site.Settings.Language,
                new RedirectView("Siden har flyttet", r.To), [], r.Location) { Listed = false });
    }
}
