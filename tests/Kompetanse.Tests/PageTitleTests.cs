using Kompetanse.Diagnostics;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>A plain folder of Markdown builds: a page without 'title' is titled by its first heading or its file name.</summary>
public class PageTitleTests
{
    [Fact]
    public void The_first_heading_becomes_the_title_with_a_warning_and_is_not_printed_twice()
    {
        using var site = new TestSite().File("om/kontor.md", "```\n# ikke denne\n```\n\n# Kontoret vårt\n\nVi holder til i sentrum.\n\n## Adresse\n");

        var result = site.Build();

        var d = result.Single("KMP027", "om/kontor.md");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("'Kontoret vårt'", d.Message);
        d.AssertAt(5, 1);
        string html = System.Text.Encoding.UTF8.GetString(result.Outputs.Single(f => f.Path == "om/kontor/index.html").Content);
        Assert.Single(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelectorAll("h1"));
        Assert.Contains(">Kontoret vårt</h1>", html);
    }

    [Fact]
    public void Positions_after_the_heading_still_point_at_their_lines()
    {
        using var site = new TestSite().File("om.md", "# Om oss\n\nSe [her](/finnes-ikke/).\n");

        site.Build().Single("KMP070", "om.md").AssertAt(3, 4);
    }

    [Fact]
    public void An_underscore_index_file_is_its_folders_index_page()
    {
        using var site = new TestSite().File("om/_index.md", "---\ntitle: Om oss\n---\nHei.\n");

        var result = site.Build();

        result.AssertClean();
        Assert.Contains(result.Outputs, f => f.Path == "om/index.html");
    }

    [Fact]
    public void Index_and_underscore_index_in_one_folder_make_one_page_twice()
    {
        using var site = new TestSite()
            .File("om/_index.md", "---\ntitle: Om oss\n---\nHei.\n")
            .File("om/index.md", "---\ntitle: Om\n---\nHei.\n");

        Assert.NotEmpty(site.Build().With("KMP016"));
    }
}

