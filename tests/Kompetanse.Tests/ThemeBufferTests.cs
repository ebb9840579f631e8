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
    // A theme of the given layouts, loaded without a problem (its templates are parsed once, at load).
    private static Theme ThemeOf(params (string Name, string Text)[] layouts)
    {
        using var folder = new TempFolder("theme");
        foreach (var (name, text) in layouts) folder.Write($"layouts/{name}.liquid", text);
        var diagnostics = new DiagnosticBag();
        var theme = Theme.Load(folder.Path, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return theme;
    }

    private static Kompetanse.Markdown.MarkdownHtml Markdown(string text, DiagnosticBag diagnostics) =>
        new Kompetanse.Markdown.MarkdownRenderer([]).Parse(new Model.MarkdownSource(text, new SourceSpan("a.md", 1, 1)), "/a/", diagnostics);

    [Fact]
    public void Pages_larger_and_smaller_than_the_buffer_come_out_whole_one_after_another()
    {
        var theme = ThemeOf(("base", "<p>{{ text }}</p>\n"));

        foreach (int length in new[] { 10, 300_000, 20, 1_000_000, 5 })
        {
            string text = new('æ', length);
            var html = theme.RenderInPlace(Theme.BaseLayout, new Dictionary<string, object> { ["text"] = text });
            Assert.Equal($"<p>{text}</p>\n", html.ToString());
        }
    }

    // The base layout prints the page at the start of a line (written straight into the buffer) and indented
    // (the engine indents every line of it, so it gets a string): both as the HTML as a string would come out.
    [Theory]
    [InlineData("<main>\n{{ page.content | raw }}\n</main>{{ page.title }}\n")]
    [InlineData("<main>\n  {{ page.content | raw }}\n</main>{{ page.title }}\n")]
    public void Markdown_is_written_where_the_template_prints_it_as_its_html_string_would_be(string layout)
    {
        var theme = ThemeOf(("base", layout), ("page", "<div>\n{{ view.body | raw }}\n</div><aside>{{ view.body | raw }}</aside>\n"));
        var diagnostics = new DiagnosticBag();
        var body = Markdown("# Tittel\n\nTekst med *vekt* og `<kode>` & mer.\n\n- en\n- to\n", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        string html = body.ToString();
        Assert.Contains("<em>vekt</em>", html);
        Assert.Contains("&lt;kode&gt;", html);

        string Page(object view) => theme.RenderInPlace(Theme.BaseLayout, new Dictionary<string, object>
        {
            ["page"] = new { Content = theme.Call("page", new Dictionary<string, object> { ["view"] = view }), Title = "<T>" },
        }).ToString();
        string written = Page(new { Body = body });
        string asString = Page(new { Body = html });

        Assert.Equal(asString, written);
        Assert.Contains(html.Split('\n')[0], written);
        Assert.EndsWith("</main>&lt;T&gt;\n", written);
    }

    [Fact]
    public void Rendered_markdown_is_printed_as_html_even_without_raw()
    {
        var theme = ThemeOf(("base", "{{ body }}|{{ text }}"));
        var body = Markdown("*a* & b\n", new DiagnosticBag());

        var page = theme.RenderInPlace(Theme.BaseLayout, new Dictionary<string, object> { ["body"] = body, ["text"] = "<b>" }).ToString();

        Assert.StartsWith("<p", page);
        Assert.EndsWith("><em>a</em> &amp; b</p>\n|&lt;b&gt;", page);
    }
}
