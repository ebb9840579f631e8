using AngleSharp.Html.Parser;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>Any folder of Markdown builds: nested folders become URL paths, links between .md files become page links.</summary>
public class GenericPagesTests
{
    [Fact]
    public void A_folder_without_settings_front_page_or_accessibility_page_still_builds()
    {
        using var site = new TestSite(minimal: false)
            .File("start.md", "---\ntitle: Kom i gang\ndescription: Første steg.\ntags: [start, oppsett]\n---\nLes [veiledningen](guide/oppsett.md#steg-2).\n")
            .File("guide/oppsett.md", "---\ntitle: Oppsett\n---\n## Steg 1\n\nHei.\n\n## Steg 2\n\nTilbake til [start](../start.md) og [forsiden](/index.md).\n");
        var result = site.Build(write: true);
        Assert.True(result.Succeeded, result.Describe());
        Assert.Single(result.With("KMP040"));

        var start = new HtmlParser().ParseDocument(site.ReadOutput("start/index.html"));
        Assert.Equal("/guide/oppsett/#steg-2", start.QuerySelector("main .prose a")!.GetAttribute("href"));
        Assert.Equal(["start", "oppsett"], start.QuerySelectorAll(".page-tags .ds-tag").Select(t => t.TextContent));
        var guide = new HtmlParser().ParseDocument(site.ReadOutput("guide/oppsett/index.html"));
        Assert.Equal(["/start/", "/"], guide.QuerySelectorAll("main .prose a").Select(a => a.GetAttribute("href")));

        var home = new HtmlParser().ParseDocument(site.ReadOutput("index.html"));
        Assert.Contains(home.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/start/");
        Assert.True(File.Exists(Path.Combine(site.Output, "tilgjengelighet", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "begreper")));
    }

    [Fact]
    public void A_link_to_a_missing_md_file_is_a_broken_link_at_its_line()
    {
        using var site = new TestSite().File("om.md", "---\ntitle: Om\n---\nSe [kontakt](kontakt.md).\n");
        site.Build().Single("KMP070", "om.md").AssertAt(4, 4);
    }
}
