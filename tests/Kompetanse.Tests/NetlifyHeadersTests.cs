using System.Text;
using Kompetanse.Netlify;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>The headers the build writes into _headers: one policy per path, new folders included, and how they are read back.</summary>
public class NetlifyHeadersTests
{
    private const string HeadersFile = """
        # a comment
        /*
          X-Frame-Options: DENY
        /admin/*
          Content-Security-Policy: default-src 'self'; script-src 'self' 'unsafe-eval'
        /skjema/:slug/svar
          X-Robots-Tag: noindex, nofollow
        """;

    [Fact]
    public void Every_matching_rule_applies()
    {
        var headers = NetlifyHeaders.Parse(HeadersFile);

        var admin = headers.For("/admin/");
        Assert.Equal("default-src 'self'; script-src 'self' 'unsafe-eval'", admin["content-security-policy"]);
        Assert.Equal("DENY", admin["X-Frame-Options"]);
        Assert.False(headers.For("/begreper/").ContainsKey("Content-Security-Policy"));
    }

    [Theory]
    [InlineData("/skjema/gapanalyse/svar", true)]
    [InlineData("/skjema/gapanalyse/svar/", true)]
    [InlineData("/SKJEMA/gapanalyse/svar/", true)]
    [InlineData("/skjema/a/b/svar/", false)]
    [InlineData("/skjema/gapanalyse/", false)]
    public void Placeholders_match_one_segment(string path, bool matches)
    {
        var headers = NetlifyHeaders.Parse(HeadersFile);

        Assert.Equal(matches, headers.For(path).TryGetValue("X-Robots-Tag", out var value));
        if (matches) Assert.Equal("noindex, nofollow", value);
    }

    [Fact]
    public void A_header_line_without_a_path_is_an_InvalidDataException()
    {
        Assert.Throws<InvalidDataException>(() => NetlifyHeaders.Parse("  X-Frame-Options: DENY\n"));
    }

    [Fact]
    public void Written_rules_read_back_the_same()
    {
        var rules = SiteHeaders.For(["index.html", "admin/index.html", "plan/index.html", "robots.txt"]);

        var again = NetlifyHeaders.Parse(rules.Format("a comment\nover two lines"));

        Assert.Equal(rules.Rules.Select(r => (r.For, string.Join("|", r.Values))), again.Rules.Select(r => (r.For, string.Join("|", r.Values))));
    }

    [Fact]
    public void A_page_in_a_new_top_level_folder_gets_exactly_the_site_policy_without_any_edit()
    {
        using var site = new TestSite()
            .File("om/kontor.md", "---\ntitle: Kontoret\n---\nHei.\n")
            .File("om/bilder/kart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>");

        var result = site.Build(write: true);

        result.AssertClean();
        var headers = NetlifyHeaders.LoadSite(site.Output);
        foreach (string path in new[] { "/om/kontor/", "/om/bilder/kart.svg", "/", "/index.html", "/404.html", "/robots.txt", "/sok/indeks.json", "/admin/" })
        {
            Assert.Empty(headers.SetTwice(path));
            string expected = path.StartsWith("/admin/", StringComparison.Ordinal) ? SiteHeaders.EditorPolicy : SiteHeaders.SitePolicy;
            Assert.Equal(expected, headers.For(path)["Content-Security-Policy"]);
            Assert.Equal("nosniff", headers.For(path)["X-Content-Type-Options"]);
        }
        Assert.Contains("\n/om/*\n", File.ReadAllText(Path.Combine(site.Output, NetlifyHeaders.FileName)));
    }

    [Fact]
    public void Netlify_reads_the_headers_and_the_redirects_itself_so_they_get_no_rule()
    {
        var headers = SiteHeaders.For(["index.html", "_redirects", "_headers", ".kompetanse-output"]);

        Assert.Equal(["/*", "/", "/index.html"], headers.Rules.Select(r => r.For));
    }

    [Fact]
    public void The_editors_policy_lets_uploads_be_read_back_and_the_sites_policy_does_not()
    {
        Assert.Contains("connect-src 'self' blob:", SiteHeaders.EditorPolicy);
        Assert.DoesNotContain("blob:", SiteHeaders.SitePolicy);
        Assert.DoesNotContain("unsafe", SiteHeaders.SitePolicy);
    }

    [Fact]
    public void A_netlify_toml_beside_the_input_is_never_read()
    {
        // The generator reads nothing outside input/ and theme/: netlify-build.sh checks netlify.toml.
        using var site = new TestSite();
        File.WriteAllText(Path.Combine(site.Root, "netlify.toml"), "[[headers]\nfor = ");

        site.Build().AssertClean();
    }

    [Fact]
    public void The_repository_netlify_toml_sets_no_headers()
    {
        var toml = Tomlyn.TomlSerializer.Deserialize<Tomlyn.Model.TomlTable>(File.ReadAllText(Path.Combine(RepoPaths.Root, "netlify.toml")))!;
        Assert.False(toml.ContainsKey("headers"), "netlify.toml has [[headers]] blocks: the build writes every header into _headers");
    }

    [Fact]
    public void The_not_found_page_carries_the_site_policy_without_the_directives_a_meta_element_cannot_hold()
    {
        using var site = new TestSite();

        var result = site.Build();

        var notFound = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Encoding.UTF8.GetString(result.Outputs.Single(f => f.Path == "404.html").Content));
        string? meta = notFound.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content");
        Assert.Equal(SiteHeaders.SitePolicy.Replace("; frame-ancestors 'none'", ""), meta);
        var home = Encoding.UTF8.GetString(result.Outputs.Single(f => f.Path == "index.html").Content);
        Assert.DoesNotContain("http-equiv=\"Content-Security-Policy\"", home);
    }
}
