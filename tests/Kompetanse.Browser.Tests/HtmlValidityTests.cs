using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;
using Kompetanse.Browser.Tests.Infrastructure;

namespace Kompetanse.Browser.Tests;

/// <summary>
/// Static checks of every built page's HTML, without a browser: it parses without errors, has no inline
/// style or script, and loads nothing from another host.
/// </summary>
public sealed class HtmlValidityTests
{
    /// <summary>Stands in for the site's own origin when resolving relative URLs.</summary>
    private static readonly Uri SiteOrigin = new("http://site.invalid/");

    /// <summary>link rel values that only name a URL; the browser fetches nothing for them.</summary>
    private static readonly HashSet<string> NonLoadingRels = new(StringComparer.OrdinalIgnoreCase)
    {
        "canonical", "alternate", "author", "bookmark", "external", "help", "license", "me", "next", "prev",
        "nofollow", "noopener", "noreferrer", "search", "tag", "privacy-policy", "terms-of-service",
    };

    public static IEnumerable<object[]> Pages => BuiltSite.PageData;

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_parses_without_errors(string path)
    {
        var errors = ParseErrors(Read(path));
        Assert.True(errors.Count == 0, $"{path}: {errors.Count} HTML parse error(s):" + Lines(errors));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_has_no_inline_style_attributes(string path)
    {
        var styled = InlineStyles(Parse(Read(path)));
        Assert.True(styled.Count == 0, $"{path}: {styled.Count} element(s) with a style attribute:" + Lines(styled));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_has_no_inline_script(string path)
    {
        var scripts = InlineScripts(Parse(Read(path)));
        Assert.True(scripts.Count == 0, $"{path}: {scripts.Count} inline script(s):" + Lines(scripts));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_loads_nothing_from_another_host(string path)
    {
        var foreign = ForeignResources(Parse(Read(path)), path);
        Assert.True(foreign.Count == 0, $"{path}: {foreign.Count} resource(s) from another host:" + Lines(foreign));
    }

    /// <summary>The checks themselves, on planted faults: each must find what it is for (no silent passes).</summary>
    [Fact]
    public void Checks_find_planted_faults()
    {
        const string bad = """
            <!DOCTYPE html>
            <html lang="nb"><head><meta charset="utf-8"><title>t</title>
            <link rel="canonical" href="https://example.org/">
            <link rel="stylesheet" href="https://cdn.example.org/x.css">
            <script src="//cdn.example.org/x.js"></script>
            <script>alert(1)</script>
            </head><body>
            <p style="color:red" onclick="x()">a <b>b</p></i>
            <a href="javascript:void(0)">j</a>
            <img src="/ok.png" srcset="/ok-2x.png 2x, https://img.example.org/y.png 3x" alt="">
            <iframe src="https://video.example.org/"></iframe>
            </body></html>
            """;
        var document = Parse(bad);

        Assert.NotEmpty(ParseErrors(bad));
        Assert.Single(InlineStyles(document));
        var scripts = InlineScripts(document);
        Assert.Equal(3, scripts.Count); // <script> without src, onclick, javascript: URL
        var foreign = ForeignResources(document, "/side/");
        Assert.Equal(4, foreign.Count); // stylesheet, protocol-relative script, srcset 3x, iframe; not rel=canonical
        Assert.DoesNotContain(foreign, f => f.Contains("canonical") || f.Contains("https://example.org/"));

        const string good = """
            <!DOCTYPE html>
            <html lang="nb"><head><meta charset="utf-8"><title>t</title>
            <link rel="stylesheet" href="/assets/site.css"><script src="../app.js" defer></script></head>
            <body><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""><a href="https://lovdata.no/">ekstern lenke</a></body></html>
            """;
        var clean = Parse(good);
        Assert.Empty(ParseErrors(good));
        Assert.Empty(InlineStyles(clean));
        Assert.Empty(InlineScripts(clean));
        Assert.Empty(ForeignResources(clean, "/side/"));
    }

    public static List<string> ParseErrors(string html)
    {
        var errors = new List<string>();
        Parse(html, errors);
        return errors;
    }

    public static List<string> InlineStyles(IHtmlDocument document) =>
        document.QuerySelectorAll("[style]").Select(e => $"{Describe(e)} style=\"{e.GetAttribute("style")}\"").ToList();

    /// <summary>&lt;script&gt; without src, on* event handler attributes, and javascript: URLs.</summary>
    public static List<string> InlineScripts(IHtmlDocument document)
    {
        var problems = new List<string>();
        foreach (var script in document.QuerySelectorAll("script"))
        {
            if (string.IsNullOrWhiteSpace(script.GetAttribute("src")))
                problems.Add($"<script> without src: {Shorten(script.TextContent)}");
        }
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    problems.Add($"{Describe(element)} has an event handler attribute {attribute.Name}=\"{Shorten(attribute.Value)}\"");
                else if (attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                    problems.Add($"{Describe(element)} has a javascript: URL in {attribute.Name}");
            }
        }
        return problems;
    }

    /// <summary>
    /// Every URL the browser would fetch (script, stylesheet and other loading link, img/srcset, iframe, media,
    /// embed, object, base) that points to another host. Links (a href) are navigation, not loads: not checked.
    /// </summary>
    public static List<string> ForeignResources(IHtmlDocument document, string path)
    {
        var pageUrl = new Uri(SiteOrigin, path);
        var foreign = new List<string>();

        void Check(IElement element, string attribute, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return;
            if (!Uri.TryCreate(pageUrl, value.Trim(), out var url))
            {
                foreign.Add($"{Describe(element)} {attribute}=\"{value}\" is not a valid URL");
                return;
            }
            if (url.Scheme == "data") return;
            if (url.Scheme is not ("http" or "https") || url.Host != SiteOrigin.Host)
                foreign.Add($"{Describe(element)} {attribute}=\"{value}\"");
        }

        foreach (var element in document.QuerySelectorAll("script[src], img, iframe, source, video, audio, track, embed, object, input[type=image], base"))
        {
            foreach (var attribute in element.LocalName == "base" ? ["href"] : new[] { "src", "data", "poster" })
                Check(element, attribute, element.GetAttribute(attribute));
            if (element.GetAttribute("srcset") is { } srcset)
                foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    Check(element, "srcset", candidate.Split(' ', 2)[0]);
        }
        foreach (var link in document.QuerySelectorAll("link[href]"))
        {
            var rels = (link.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (rels.Length > 0 && rels.All(NonLoadingRels.Contains)) continue; // e.g. rel=canonical: named, never fetched
            Check(link, "href", link.GetAttribute("href"));
        }
        return foreign;
    }

    private static string Read(string path) => File.ReadAllText(BuiltSite.Instance.FileFor(path));

    private static IHtmlDocument Parse(string html, List<string>? errors = null)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = false });
        parser.Error += (_, e) =>
        {
            if (errors is null) return;
            if (e is HtmlErrorEvent error)
                errors.Add($"line {error.Position.Line}, column {error.Position.Column}: {error.Message} ({error.Code}) near \"{Context(html, error.Position.Position)}\"");
            else
                errors.Add(e.ToString() ?? "parse error");
        };
        return parser.ParseDocument(html);
    }

    private static string Context(string html, int position)
    {
        int start = Math.Clamp(position - 40, 0, html.Length), end = Math.Clamp(position + 40, 0, html.Length);
        return html[start..end].ReplaceLineEndings("⏎");
    }

    private static string Describe(IElement element)
    {
        string d = element.LocalName;
        if (!string.IsNullOrEmpty(element.Id)) d += "#" + element.Id;
        if (element.ClassList.Length > 0) d += "." + string.Join(".", element.ClassList);
        return d;
    }

    private static string Shorten(string text)
    {
        string flat = text.ReplaceLineEndings(" ").Trim();
        return flat.Length <= 80 ? flat : flat[..80] + "…";
    }

    private static string Lines(IEnumerable<string> items) => string.Concat(items.Select(i => Environment.NewLine + "  " + i));
}
