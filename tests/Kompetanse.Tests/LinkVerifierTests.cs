using System.Text;
using Kompetanse.Diagnostics;
using Kompetanse.Outputs;
using Kompetanse.Verification;

namespace Kompetanse.Tests;

/// <summary>A link finds its file the way a static host serves it: a folder's index.html, with or without the slash.</summary>
public class LinkVerifierTests
{
    private static readonly string LongFolder = string.Join('/', Enumerable.Repeat("en-lang-mappe", 60));

    private static OutputFile Page(string path, string body) =>
        new(path, Encoding.UTF8.GetBytes(body), new SourceSpan("input/" + path, 1, 1)) { Facts = HtmlFacts.Read(body) };

    [Theory]
    [InlineData("/")]
    [InlineData("/om/")]
    [InlineData("/om")]
    [InlineData("/om/index.html")]
    [InlineData("/kart.png")]
    [InlineData("/om/#del")]
    [InlineData("om/")]
    [InlineData("/lang/")]
    [InlineData("/lang")]
    public void Links_to_files_the_build_makes_are_whole(string link)
    {
        link = link.Replace("/lang", "/" + LongFolder);
        var diagnostics = Verify(link);
        Assert.Empty(diagnostics.Sorted());
    }

    [Theory]
    [InlineData("/mangler/")]
    [InlineData("/mangler")]
    [InlineData("/om/index.htm")]
    [InlineData("/kart.png/")]
    [InlineData("/lang/mangler/")]
    [InlineData("/lang/mangler")]
    public void Links_to_anything_else_are_broken(string link)
    {
        link = link.Replace("/lang", "/" + LongFolder);
        var broken = Assert.Single(Verify(link).Sorted());
        Assert.Equal("KMP070", broken.Id);
    }

    private static DiagnosticBag Verify(string link)
    {
        var files = new List<OutputFile>
        {
            Page("index.html", $"<html><body><a href=\"{link}\">lenke</a></body></html>"),
            Page("om/index.html", "<html><body><h2 id=\"del\">Del</h2></body></html>"),
            Page(LongFolder + "/index.html", "<html><body></body></html>"),
            new("kart.png", [1, 2, 3], new SourceSpan("input/kart.png", 1, 1)),
        };
        var diagnostics = new DiagnosticBag();
        LinkVerifier.Verify(files, diagnostics);
        return diagnostics;
    }
}
