using System.Text;
using Kompetanse.Netlify;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>The site has an icon: linked from every page, and at /favicon.ico where browsers ask without a link.</summary>
public sealed class FaviconTests
{
    [Fact]
    public void EveryPageLinksTheIconAndFaviconIcoIsAtTheRoot()
    {
        using var site = new TestSite().Concept("vurdering", "Vurdering");

        var result = site.Build();

        result.AssertClean();
        var ico = result.Outputs.Single(f => f.Path == "favicon.ico");
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, ico.Content[..4]); // an icon file
        Assert.Contains(result.Outputs, f => f.Path == "assets/favicon.svg");
        Assert.DoesNotContain(result.Outputs, f => f.Path == "assets/favicon.ico");
        foreach (var page in result.Outputs.Where(f => f.Path is "index.html" or "begreper/vurdering/index.html" or "404.html"))
        {
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Encoding.UTF8.GetString(page.Content));
            Assert.Equal(["/favicon.ico", "/assets/favicon.svg"], document.QuerySelectorAll("link[rel=icon]").Select(l => l.GetAttribute("href")));
        }
        var headers = SiteHeaders.For(result.Outputs.Select(f => f.Path));
        Assert.Equal(SiteHeaders.SitePolicy, headers.For("/favicon.ico")["Content-Security-Policy"]);
    }
}
