using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Kompetanse.Tests.Support;
using Kompetanse.Text;

namespace Kompetanse.Tests;

/// <summary>The real input built once with the real theme into a temp folder.</summary>
public sealed class RealSiteFixture : IDisposable
{
    private readonly TempFolder _folder = new("real");

    public RealSiteFixture()
    {
        Output = _folder.Combine("site");
        Result = Build.Run(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, Output) { Today = TestSite.Today });
        var parser = new HtmlParser();
        Pages = Directory.Exists(Output)
            ? Directory.GetFiles(Output, "*.html", SearchOption.AllDirectories)
                // The editor at /admin/ is Decap CMS, not a page of the site (CmsTests).
                .Where(f => !Path.GetRelativePath(Output, f).StartsWith("admin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToDictionary(f => "/" + Path.GetRelativePath(Output, f).Replace('\\', '/'), f => (IDocument)parser.ParseDocument(File.ReadAllText(f)))
            : [];
    }

    public string Output { get; }
    public BuildResult Result { get; }

    /// <summary>Every HTML page by its path in the output ("/begreper/vurdering/index.html"), the editor at /admin/ aside.</summary>
    public IReadOnlyDictionary<string, IDocument> Pages { get; }

    /// <summary>The page at a URL: "/" → /index.html, "/begreper/" → /begreper/index.html.</summary>
    public IDocument Page(string url)
    {
        string path = url.TrimEnd('/') + "/index.html";
        Assert.True(Pages.ContainsKey(path), $"no page {path}");
        return Pages[path];
    }

    public void Dispose() => _folder.Dispose();
}

public class SiteIntegrationTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private static IEnumerable<string> ConceptFiles() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Input, "concepts"), "*.md").Order(StringComparer.Ordinal);

    /// <summary>A front-matter value as written on its own line ("lang: sv"), or null.</summary>
    private static string? FrontMatterValue(string file, string key)
    {
        var lines = File.ReadAllLines(file);
        if (lines.Length == 0 || lines[0].Trim() != "---") return null;
        foreach (var line in lines.Skip(1).TakeWhile(l => l.Trim() != "---"))
            if (line.StartsWith(key + ":", StringComparison.Ordinal)) return line[(key.Length + 1)..].Trim().Trim('"', '\'');
        return null;
    }

    private static string SiteSetting(string key) =>
        File.ReadAllLines(Path.Combine(RepoPaths.Input, "site.yml"))
            .Where(l => l.StartsWith(key + ":", StringComparison.Ordinal))
            .Select(l => l[(key.Length + 1)..].Trim())
            .Single();

    [Fact]
    public void TheRealSiteBuildsWithoutErrors()
    {
        Assert.True(site.Result.Succeeded, site.Result.Describe());
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void EveryConceptHasAPage()
    {
        var pages = site.Pages.Keys.Where(p => Regex.IsMatch(p, "^/begreper/[a-z0-9-]+/index.html$")).ToList();
        Assert.True(pages.Count >= 27, $"only {pages.Count} concept pages");
        foreach (string file in ConceptFiles())
            Assert.Contains($"/begreper/{Path.GetFileNameWithoutExtension(file)}/index.html", pages);
    }

    [Fact]
    public void ConceptIndexListsEveryConceptInNorwegianOrder()
    {
        var index = site.Page("/begreper/");
        var titles = index.QuerySelectorAll("dl.concept-index dt a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(ConceptFiles().Count(), titles.Count);
        Assert.Equal(titles.Order(NorwegianCollation.Instance).ToList(), titles);

        // Spot checks that do not lean on the comparer under test.
        void Before(string a, string b) => Assert.True(titles.IndexOf(a) < titles.IndexOf(b) && titles.IndexOf(a) >= 0, $"{a} before {b}");
        Before("Laget rundt barnet", "Læringsinnhold og pedagogiske metoder");
        Before("Individuell opplæringsplan", "Individuell utvecklingsplan");
        Before("Individuell utvecklingsplan", "Individuelt tilrettelagt opplæring");
        Before("Skolebasert vurdering", "Skriftliga omdömen");
        Before("Barn og unges medvirkning", "Barnesyn");
    }

    [Fact]
    public void ConceptIndexIsGroupedByLetterWithALetterBar()
    {
        var index = site.Page("/begreper/");
        var groups = index.QuerySelectorAll("section.letter-group").ToList();
        Assert.NotEmpty(groups);
        var groupLetters = groups.Select(g => g.QuerySelector("h2")!.TextContent.Trim()).ToList();
        var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ".Select(c => c.ToString()).ToList();
        Assert.Equal(groupLetters.OrderBy(l => alphabet.IndexOf(l)).ToList(), groupLetters);
        Assert.Equal(groupLetters.Count, groupLetters.Distinct().Count());

        foreach (var group in groups)
        {
            string letter = group.QuerySelector("h2")!.TextContent.Trim();
            foreach (var title in group.QuerySelectorAll("dt a").Select(a => a.TextContent.Trim()))
                Assert.True(title.StartsWith(letter, StringComparison.OrdinalIgnoreCase) || (letter == "Å" && title.StartsWith("Aa", StringComparison.OrdinalIgnoreCase)),
                    $"{title} filed under {letter}");
        }

        var bar = index.QuerySelector("nav.letter-bar")!;
        Assert.NotNull(bar.GetAttribute("aria-label"));
        var items = bar.QuerySelectorAll("li").ToList();
        Assert.Equal(alphabet, items.Select(li => li.TextContent.Trim()));
        var linked = bar.QuerySelectorAll("a").ToList();
        Assert.Equal(groupLetters, linked.Select(a => a.TextContent.Trim()));
        foreach (var a in linked)
        {
            string id = a.GetAttribute("href")!.TrimStart('#');
            var target = index.GetElementById(id);
            Assert.NotNull(target);
            Assert.Equal(a.TextContent.Trim(), target!.TextContent.Trim());
        }
    }

    [Fact]
    public void EveryPageHasLangOneH1AndAUniqueTitle()
    {
        Assert.NotEmpty(site.Pages);
        var titles = new Dictionary<string, string>();
        foreach (var (path, doc) in site.Pages)
        {
            Assert.False(string.IsNullOrWhiteSpace(doc.DocumentElement.GetAttribute("lang")), $"{path} has no lang");
            Assert.True(doc.QuerySelectorAll("h1").Length == 1, $"{path} has {doc.QuerySelectorAll("h1").Length} h1 elements");
            string title = doc.Title?.Trim() ?? "";
            Assert.False(title.Length == 0, $"{path} has an empty <title>");
            Assert.False(titles.TryGetValue(title, out var other), $"{path} and {other} share the title '{title}'");
            titles[title] = path;
        }
    }

    [Fact]
    public void PagesInOtherLanguagesSayTheirLanguage()
    {
        var foreign = ConceptFiles()
            .Select(f => (Slug: Path.GetFileNameWithoutExtension(f), Lang: FrontMatterValue(f, "lang")))
            .Where(c => c.Lang is not null && c.Lang != "nb")
            .ToList();
        Assert.Contains(foreign, c => c is { Slug: "utvecklingssamtal", Lang: "sv" });
        foreach (var (slug, lang) in foreign)
            Assert.Equal(lang, site.Page($"/begreper/{slug}/").DocumentElement.GetAttribute("lang"));

        var norwegian = ConceptFiles().Where(f => FrontMatterValue(f, "lang") is null).Select(Path.GetFileNameWithoutExtension).First();
        Assert.Equal("nb", site.Page($"/begreper/{norwegian}/").DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void SwedishPagesKeepTheNorwegianChromeMarkedAsNorwegian()
    {
        var doc = site.Page("/begreper/utvecklingssamtal/");
        Assert.Equal("sv", doc.DocumentElement.GetAttribute("lang"));
        Assert.Equal("nb", doc.QuerySelector("header")!.GetAttribute("lang"));
        Assert.Equal("nb", doc.QuerySelector("footer")!.GetAttribute("lang"));
    }

    [Fact]
    public void PagesOutsideTheConceptsLinkToConceptPages()
    {
        var termLinks = site.Pages
            .Where(p => !p.Key.StartsWith("/begreper/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.QuerySelectorAll("main a.term").Select(a => (Page: p.Key, Href: a.GetAttribute("href") ?? "")))
            .ToList();
        Assert.Contains(termLinks, l => l.Href.StartsWith("/begreper/", StringComparison.Ordinal));
        Assert.Contains(termLinks, l => l.Page == "/index.html" && l.Href.StartsWith("/begreper/", StringComparison.Ordinal));
        foreach (var (page, href) in termLinks)
        {
            Assert.Matches("^/[a-z0-9-]+/[a-z0-9-]+/$", href);
            Assert.True(site.Pages.ContainsKey(href + "index.html"), $"{page}: term link to missing page {href}");
            Assert.NotEqual(page, href + "index.html");
        }
    }

    // What the review of every automatic link (the 'links' command) fixed: the verb "styrer" (governs) is
    // not the role Styrer, and Norwegian text does not send readers to the Swedish IUP page.
    [Fact]
    public void ReviewedTermLinksStayFixed()
    {
        var termLinks = site.Pages
            .SelectMany(p => p.Value.QuerySelectorAll("main a.term").Select(a => (
                Page: p.Key, Language: p.Value.DocumentElement.GetAttribute("lang"), Text: a.TextContent, Href: a.GetAttribute("href") ?? "")))
            .ToList();
        Assert.DoesNotContain(termLinks, l => l.Text == "styrer");
        Assert.Contains(termLinks, l => l.Href == "/roller/styrer/");
        Assert.DoesNotContain(termLinks, l => l.Href == "/begreper/individuell-utvecklingsplan/" && l.Language != "sv");
    }

    [Fact]
    public void NothingIsLoadedFromAnotherHost()
    {
        string baseHost = new Uri(SiteSetting("base_url")).Host;
        foreach (var (path, doc) in site.Pages)
        {
            foreach (var element in doc.QuerySelectorAll("link[href], script[src], img[src], iframe[src], source[src], video[src], audio[src]"))
            {
                string url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (element.LocalName == "link" && element.GetAttribute("rel") == "canonical")
                {
                    Assert.Equal(baseHost, new Uri(url).Host); // names the page's public address; loads nothing
                    continue;
                }
                Assert.False(url.StartsWith("//", StringComparison.Ordinal) || Regex.IsMatch(url, "^[a-zA-Z][a-zA-Z0-9+.-]*:"),
                    $"{path}: <{element.LocalName}> loads {url}");
                Assert.StartsWith("/", url);
            }
            // The CSP allows only 'self': no inline scripts, styles or event handlers.
            Assert.Empty(doc.QuerySelectorAll("script:not([src]), style, [style]"));
            Assert.DoesNotContain(doc.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(doc.QuerySelectorAll("[href], [src]"),
                e => (e.GetAttribute("href") ?? e.GetAttribute("src"))!.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void EveryStylesheetAndScriptIsInTheOutput()
    {
        foreach (var (path, doc) in site.Pages)
        foreach (var element in doc.QuerySelectorAll("link[rel=stylesheet], script[src]"))
        {
            string url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
            Assert.True(File.Exists(Path.Combine(site.Output, url.TrimStart('/'))), $"{path} loads {url}, which is not in the output");
        }
    }

    [Fact]
    public void TheDesignSystemCssIsInTheOutput()
    {
        string css = Path.Combine(site.Output, "assets", "designsystemet", "designsystemet.css");
        string theme = Path.Combine(site.Output, "assets", "designsystemet", "theme.css");
        Assert.True(File.Exists(css));
        Assert.True(File.Exists(theme));
        Assert.Contains(".ds-", File.ReadAllText(css));
        Assert.True(new FileInfo(theme).Length > 1000);
        foreach (var (path, doc) in site.Pages)
            Assert.True(doc.QuerySelector("link[rel=stylesheet][href='/assets/designsystemet/designsystemet.css']") is not null, $"{path} does not load the design system");
    }

    [Fact]
    public void TheAccessibilityPageLinksTheStatement()
    {
        string statement = SiteSetting("accessibility_statement");
        var doc = site.Page("/tilgjengelighet/");
        Assert.Contains(doc.QuerySelectorAll("main a"), a => a.GetAttribute("href") == statement);
        foreach (var (path, page) in site.Pages)
            Assert.True(page.QuerySelector("footer a[href='/tilgjengelighet/']") is not null, $"{path} has no link to the accessibility page");
    }

    [Fact]
    public void EveryPageHasASkipLinkToMain()
    {
        foreach (var (path, doc) in site.Pages)
        {
            var skip = doc.QuerySelector("a.ds-skip-link");
            Assert.True(skip is not null, $"{path} has no skip link");
            string id = skip!.GetAttribute("href")!.TrimStart('#');
            Assert.Equal("main", doc.GetElementById(id)?.LocalName);
        }
    }

    [Fact]
    public void EveryInternalLinkResolves()
    {
        // The build's own verifier says so; check independently with a real HTML parser.
        foreach (var (path, doc) in site.Pages)
        foreach (var a in doc.QuerySelectorAll("a[href]"))
        {
            string href = a.GetAttribute("href")!;
            if (Regex.IsMatch(href, "^[a-zA-Z][a-zA-Z0-9+.-]*:") || href.StartsWith("//", StringComparison.Ordinal)) continue;
            string pageUrl = path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
            var uri = new Uri(new Uri("http://site" + pageUrl), href);
            string target = Uri.UnescapeDataString(uri.AbsolutePath);
            string file = target.EndsWith('/') ? target + "index.html" : target;
            Assert.True(File.Exists(Path.Combine(site.Output, file.TrimStart('/'))) || site.Pages.ContainsKey(target + "/index.html"),
                $"{path}: link {href} goes nowhere");
            if (uri.Fragment.Length > 1)
            {
                var targetDoc = site.Pages.GetValueOrDefault(file) ?? site.Pages[target + "/index.html"];
                Assert.True(targetDoc.GetElementById(Uri.UnescapeDataString(uri.Fragment[1..])) is not null, $"{path}: anchor {href} not found");
            }
        }
    }

    [Fact]
    public void TheFrontPageListsTheSharedConcepts()
    {
        var shared = ConceptFiles().Where(f => FrontMatterValue(f, "shared") == "true").Select(Path.GetFileNameWithoutExtension).ToList();
        var links = site.Page("/").QuerySelectorAll("ul.concept-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(shared.Select(s => $"/begreper/{s}/").Order(), links.Order());
    }
}
