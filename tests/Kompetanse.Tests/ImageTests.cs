using Kompetanse.Diagnostics;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>Images in content: a text alternative, a size from the file, and only files the site holds.</summary>
public class ImageTests
{
    private static TestSite Office(string markdown) => new TestSite()
        .Bytes("om/kart.png", TestImages.Png(40, 30))
        .File("om/kontor.md", "---\ntitle: Kontoret\n---\n" + markdown + "\n");

    private static string Html(BuildResult result, string path) =>
        System.Text.Encoding.UTF8.GetString(result.Outputs.Single(f => f.Path == path).Content);

    [Fact]
    public void A_relative_image_beside_the_markdown_file_is_found_and_gets_its_size()
    {
        using var site = Office("![Kart over kontoret](kart.png)");

        var result = site.Build();

        result.AssertClean();
        Assert.Contains("<img src=\"/om/kart.png\" width=\"40\" height=\"30\" alt=\"Kart over kontoret\" />", Html(result, "om/kontor/index.html"));
    }

    [Fact]
    public void Relative_links_to_other_files_resolve_from_the_markdown_file()
    {
        using var site = new TestSite()
            .Bytes("om/vedlegg/plan.pdf", [0x25, 0x50, 0x44, 0x46])
            .File("om/kontor.md", "---\ntitle: Kontoret\n---\nLes [planen](vedlegg/plan.pdf) og [siden om oss](../index.md).\n");

        var result = site.Build();

        result.AssertClean();
        Assert.Contains("href=\"/om/vedlegg/plan.pdf\"", Html(result, "om/kontor/index.html"));
    }

    [Fact]
    public void An_image_without_alt_text_is_a_warning_at_its_position()
    {
        using var site = Office("Tekst først.\n\nSe ![](kart.png) her.");

        var result = site.Build();

        var d = result.Single("KMP032", "om/kontor.md");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("'kart.png'", d.Message);
        d.AssertAt(6, 4);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void An_image_marked_decorative_has_empty_alt_no_title_and_no_warning()
    {
        using var site = Office("![](kart.png \"dekorativ\")");

        var result = site.Build();

        result.AssertClean();
        string html = Html(result, "om/kontor/index.html");
        Assert.Contains("<img src=\"/om/kart.png\" width=\"40\" height=\"30\" alt=\"\" />", html);
        Assert.DoesNotContain("title=\"dekorativ\"", html);
    }

    [Fact]
    public void A_missing_image_is_an_error_at_its_position()
    {
        using var site = Office("Tekst.\n\n![Kart](borte.png)");

        var result = site.Build();

        result.Single("KMP070", "om/kontor.md").AssertAt(6, 1);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void An_unreadable_image_is_an_error_at_its_position()
    {
        using var site = Office("![Kart](tom.png)").Bytes("om/tom.png", [1, 2, 3, 4]);

        site.Build().Single("KMP034", "om/kontor.md").AssertAt(4, 1);
    }

    [Fact]
    public void An_image_from_another_host_is_an_error()
    {
        using var site = Office("![Kart](https://example.com/kart.png)");

        site.Build().Single("KMP035", "om/kontor.md").AssertAt(4, 1);
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"60\"/>", 120, 60)]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 150\"/>", 300, 150)]
    [InlineData("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"80px\" height=\"40px\" viewBox=\"0 0 8 4\"/>", 80, 40)]
    public void Svg_images_take_their_size_from_width_and_height_or_the_viewbox(string svg, int width, int height)
    {
        using var site = new TestSite().File("logo.svg", svg).File("om.md", "---\ntitle: Om\n---\n![Logo](logo.svg)\n");

        var result = site.Build();

        result.AssertClean();
        Assert.Contains($"width=\"{width}\" height=\"{height}\"", Html(result, "om/index.html"));
    }

    [Fact]
    public void Jpeg_gif_and_webp_sizes_are_read_from_their_headers()
    {
        using var folder = new TempFolder("images");
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 0x2A, 0x00, 0x64, 0x03];
        byte[] gif = [.. "GIF89a"u8, 0x20, 0x00, 0x10, 0x00, 0, 0, 0];
        byte[] webp = [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBPVP8X"u8, 10, 0, 0, 0, 0, 0, 0, 0, 199, 0, 0, 99, 0, 0];

        Assert.Equal(new Markdown.Images.ImageSize(100, 42), Markdown.Images.ImageSize.Read(folder.WriteBytes("a.jpg", jpeg)).Size);
        Assert.Equal(new Markdown.Images.ImageSize(32, 16), Markdown.Images.ImageSize.Read(folder.WriteBytes("a.gif", gif)).Size);
        Assert.Equal(new Markdown.Images.ImageSize(200, 100), Markdown.Images.ImageSize.Read(folder.WriteBytes("a.webp", webp)).Size);
    }
}
