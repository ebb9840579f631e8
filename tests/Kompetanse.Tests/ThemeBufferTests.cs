using Kompetanse.Diagnostics;
using Kompetanse.Rendering;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>
/// A page is rendered into its thread's buffer and read from there: a page larger than the buffer, and a small
/// one after it, must each come out whole and alone.
/// </summary>
public class ThemeBufferTests
{
    [Fact]
    public void Pages_larger_and_smaller_than_the_buffer_come_out_whole_one_after_another()
    {
        using var folder = new TempFolder("theme");
        folder.Write("layouts/base.liquid", "<p>{{ text }}</p>\n");
        var diagnostics = new DiagnosticBag();
        var theme = Theme.Load(folder.Path, diagnostics);
        Assert.Empty(diagnostics.Sorted());

        foreach (int length in new[] { 10, 300_000, 20, 1_000_000, 5 })
        {
            string text = new('æ', length);
            var html = theme.RenderInPlace(Theme.BaseLayout, new Dictionary<string, object> { ["text"] = text });
            Assert.Equal($"<p>{text}</p>\n", html.ToString());
        }
    }
}
