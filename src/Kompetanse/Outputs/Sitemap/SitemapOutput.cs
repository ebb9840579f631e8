using System.Security;
using System.Text;
using Kompetanse.Text;

namespace Kompetanse.Outputs;

/// <summary>/sitemap.xml with every listed page, and /robots.txt pointing at it.</summary>
public sealed class SitemapOutput : IOutputModule
{
    public string Name => "sitemap";

    public void Produce(BuildContext context, OutputSink sink)
    {
        string baseUrl = context.Site.Settings.BaseUrl.TrimEnd('/');
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var page in context.Pages.Where(p => p.Listed))
        {
            xml.Append("  <url><loc>").Append(SecurityElement.Escape(baseUrl + page.Url)).Append("</loc>");
            if (context.Site.LastChanged(page) is { } date) xml.Append("<lastmod>").Append(NorwegianDates.IsoDate(date)).Append("</lastmod>");
            xml.Append("</url>\n");
        }
        xml.Append("</urlset>\n");
        sink.Add(OutputFile.Text("sitemap.xml", xml.ToString(), context.Site.Settings.Location));
        sink.Add(OutputFile.Text("robots.txt", $"User-agent: *\nDisallow: /admin/\n\nSitemap: {baseUrl}/sitemap.xml\n", context.Site.Settings.Location));
    }
}
