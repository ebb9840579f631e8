using Kompetanse.Diagnostics;
using Kompetanse.Outputs;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>The build command lets go of each file's bytes once written; the site on disk stays the same.</summary>
public class ReleasedOutputTests
{
    private static TestSite Site() => new TestSite()
        .Concept("vurdering", "Vurdering", body: "Om vurdering, se [barnesyn](barnesyn.md).")
        .Concept("barnesyn", "Barnesyn")
        .Bytes("bilder/kart.png", [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);

    [Fact]
    public void ReleasingWrittenBytesWritesTheSameSite()
    {
        using var kept = Site();
        using var released = Site();
        kept.Build(write: true).AssertClean();
        var result = Build.Run(released.Options(write: true) with { ReleaseWritten = true });
        result.AssertClean();

        SiteFiles.AssertSame(kept.Output, released.Output);
        // Written files no longer hold their bytes.
        var page = result.Outputs.First(f => f.Path == "begreper/vurdering/index.html");
        Assert.Throws<InvalidOperationException>(() => page.Content);
    }

    [Fact]
    public void AReleasedHtmlFileKeepsItsLinksAndIds()
    {
        var file = OutputFile.Text("sok/index.html", """<main id="innhold"><a href="/begreper/?a=1&amp;b=2">Begreper</a></main>""", SourceSpan.File("theme"));
        file.ReleaseContent();
        Assert.Throws<InvalidOperationException>(() => file.Content);
        Assert.Equal(["/begreper/?a=1&b=2"], file.Facts.Links);
        Assert.Contains("innhold", file.Facts.Ids);
    }
}
