using Kompetanse.Netlify;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

public class NetlifyHeadersTests
{
    private const string Toml = """
        [build]
          publish = "output"
        [[headers]]
          for = "/*"
          [headers.values]
            Content-Security-Policy = "default-src 'self'"
            X-Frame-Options = "DENY"
        [[headers]]
          for = "/admin/*"
          [headers.values]
            Content-Security-Policy = "default-src 'self'; script-src 'self' 'unsafe-eval'"
        [[headers]]
          for = "/skjema/:slug/svar"
          [headers.values]
            X-Robots-Tag = ["noindex", "nofollow"]
        """;

    [Fact]
    public void Every_matching_block_applies_and_the_later_one_wins_for_the_same_header()
    {
        var headers = NetlifyHeaders.Parse(Toml);

        Assert.Equal("default-src 'self'", headers.For("/begreper/")["content-security-policy"]);
        var admin = headers.For("/admin/");
        Assert.Equal("default-src 'self'; script-src 'self' 'unsafe-eval'", admin["Content-Security-Policy"]);
        Assert.Equal("DENY", admin["X-Frame-Options"]);
    }

    [Theory]
    [InlineData("/skjema/gapanalyse/svar", true)]
    [InlineData("/skjema/gapanalyse/svar/", true)]
    [InlineData("/SKJEMA/gapanalyse/svar/", true)]
    [InlineData("/skjema/a/b/svar/", false)]
    [InlineData("/skjema/gapanalyse/", false)]
    public void Placeholders_match_one_segment(string path, bool matches)
    {
        var headers = NetlifyHeaders.Parse(Toml);

        Assert.Equal(matches, headers.For(path).TryGetValue("X-Robots-Tag", out var value));
        if (matches) Assert.Equal("noindex, nofollow", value);
    }

    [Fact]
    public void The_repository_netlify_toml_gives_every_page_a_strict_policy()
    {
        var headers = NetlifyHeaders.Load(Path.Combine(Support.RepoPaths.Root, NetlifyHeaders.FileName));

        var csp = headers.For("/begreper/tilpasset-opplaering/")["Content-Security-Policy"];
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp.Split("style-src")[0]);
    }

    [Fact]
    public void A_malformed_file_is_an_InvalidDataException()
    {
        Assert.Throws<InvalidDataException>(() => NetlifyHeaders.Parse("[[headers]\nfor = "));
    }

    [Fact]
    public void A_page_in_a_folder_netlify_toml_gives_no_policy_is_an_error_naming_the_block_to_add()
    {
        using var site = new TestSite()
            .File("sider/om.md", "---\ntitle: Om\n---\nHei.\n")
            .File("om/kontor.md", "---\ntitle: Kontoret\n---\nHei.\n")
            .File("om/adresse.md", "---\ntitle: Adressen\n---\nHei.\n");
        File.WriteAllText(Path.Combine(site.Root, NetlifyHeaders.FileName), """
            [[headers]]
              for = "/*"
              [headers.values]
                X-Frame-Options = "DENY"
            [[headers]]
              for = "/"
              [headers.values]
                Content-Security-Policy = "default-src 'self'"
            [[headers]]
              for = "/sider/*"
              [headers.values]
                Content-Security-Policy = "default-src 'self'"
            """);

        var result = site.Build();

        var missing = result.With("KMP072");
        Assert.Contains(missing, d => d.Message.Contains("\"/om/*\"", StringComparison.Ordinal));
        Assert.DoesNotContain(missing, d => d.Message.Contains("/sider/", StringComparison.Ordinal) && !d.Message.Contains("as for", StringComparison.Ordinal));
        Assert.Single(missing, d => d.Message.Contains("\"/om/*\"", StringComparison.Ordinal));
    }

    [Fact]
    public void The_not_found_page_carries_its_own_policy_without_the_directives_a_meta_element_cannot_hold()
    {
        using var site = new TestSite();
        File.WriteAllText(Path.Combine(site.Root, NetlifyHeaders.FileName), """
            [[headers]]
              for = "/*"
              [headers.values]
                Content-Security-Policy = "default-src 'self'; script-src 'self'; frame-ancestors 'none'"
            """);

        var result = site.Build();

        var notFound = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(result.Outputs.Single(f => f.Path == "404.html").Content));
        Assert.Equal("default-src 'self'; script-src 'self'", notFound.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content"));
        var home = System.Text.Encoding.UTF8.GetString(result.Outputs.Single(f => f.Path == "index.html").Content);
        Assert.DoesNotContain("http-equiv=\"Content-Security-Policy\"", home);
    }
}
