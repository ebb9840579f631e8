using System.Text;
using Kompetanse.Cms;
using Kompetanse.Model;
using Kompetanse.Netlify;
using Kompetanse.Outputs.Cms;
using Kompetanse.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Kompetanse.Tests;

/// <summary>The editor at /admin/: its config against the loaders, its files, its headers, and what it stays out of.</summary>
public sealed class CmsTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    // --- the content model is the loaders' ---

    [Fact]
    public void AFileWithEveryFieldTheEditorOffersLoadsWithoutUnknownKeysOrErrors()
    {
        using var test = new TestSite(minimal: false);
        foreach (var (path, text) in EveryFile(omit: null)) test.File(path, text);

        var result = test.Build();

        Assert.True(result.Errors == 0, result.Describe());
        Assert.Empty(result.With("KMP011"));
    }

    public static IEnumerable<object[]> RequiredFields() =>
        Documents().SelectMany(d => d.Fields.Where(f => f.Required && f.Name != "body").Select(f => new object[] { d.Path, f.Name }));

    [Theory]
    [MemberData(nameof(RequiredFields))]
    public void EveryFieldTheEditorRequiresIsOneTheBuildRequires(string path, string field)
    {
        using var test = new TestSite(minimal: false);
        foreach (var (file, text) in EveryFile(omit: (path, field))) test.File(file, text);

        var result = test.Build();

        // Mostly "missing required 'x'" (KMP010); a form without sections is "the form has no questions" (KMP095).
        // Mostly "missing required 'x'" (KMP010); a form without sections is "the form has no questions"
        // (KMP095). A page without a title takes its first heading, with a warning: the editor asks for one.
        bool noQuestions = path.StartsWith("forms/", StringComparison.Ordinal) && field == "sections";
        bool page = path.EndsWith(".md", StringComparison.Ordinal) && !path.StartsWith("concepts/", StringComparison.Ordinal) && !path.StartsWith("roles/", StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Location.Path.EndsWith(path, StringComparison.Ordinal)
            && (noQuestions ? d.Id == "KMP095"
                : page && field == "title" ? d.Severity == Kompetanse.Diagnostics.Severity.Warning
                : d.Id == "KMP010" && d.Message.Contains($"'{field}'")));
    }

    [Fact]
    public void EveryOptionalTopLevelKeyIsOptionalForTheBuild()
    {
        using var test = new TestSite(minimal: false);
        foreach (var (path, text) in EveryFile(omit: null, onlyRequired: true)) test.File(path, text);

        var result = test.Build();

        Assert.True(result.Errors == 0, result.Describe());
    }

    [Fact]
    public void ClosedListsAreSelectsWithTheLoadersValues()
    {
        var config = Config();
        var concepts = Collection(config, CmsSchema.Concepts);
        var act = Field(Field(concepts, "legal"), "act");
        Assert.Equal("select", act["widget"].ToString());
        Assert.Equal(LegalAct.Known.Keys.Order(), Options(act).Order());
        Assert.Equal(Language.Names.Keys.Order(), Options(Field(concepts, "lang")).Order());
        Assert.Equal(["enhet", "kommunal", "nasjonal", "regional"], Options(Field(Collection(config, CmsSchema.Roles), "level")).Order());
        var plan = File(Collection(config, CmsSchema.PlanCollection), CmsSchema.PlanFileName);
        var status = Field(Field(Field(Field(plan, "phases"), "activities"), "updates"), "status");
        Assert.Equal(ActivityStatuses.ByName.Keys.Order(), Options(status).Order());
        var answer = Field(Field(Field(Collection(config, "skjema"), "sections"), "questions"), "answer");
        Assert.Equal(AnswerKinds.ByName.Keys.Order(), Options(answer).Order());
    }

    [Fact]
    public void RelatedConceptsResponsibleRolesAndActivitiesAreRelationsOverTheRealIds()
    {
        var config = Config();
        var related = Field(Collection(config, CmsSchema.Concepts), "related");
        Assert.Equal(("relation", CmsSchema.Concepts, "{{slug}}", "true"), (related["widget"].ToString(), related["collection"].ToString(), related["value_field"].ToString(), related["multiple"].ToString()));
        Assert.Equal(CmsSchema.Concepts, Field(Collection(config, CmsSchema.Roles), "concepts")["collection"].ToString());
        var plan = File(Collection(config, CmsSchema.PlanCollection), CmsSchema.PlanFileName);
        Assert.Equal(CmsSchema.Roles, Field(Field(Field(plan, "phases"), "activities"), "responsible")["collection"].ToString());
        // A form's activity: a select of the plan's activity ids (CmsWidgetTests), a relation over the plan without one.
        var activity = Field(Collection(config, "skjema"), "activity");
        Assert.Equal("select", activity["widget"].ToString());
        var withoutPlan = CmsSchema.Collections().Single(c => c.Name == "skjema").Fields.Single(f => f.Name == "activity");
        Assert.Equal((CmsSchema.PlanCollection, CmsSchema.PlanFileName, "phases.*.activities.*.id"), (withoutPlan.Collection, withoutPlan.File, withoutPlan.ValueField));
        // The folders the relations read are where the loaders look.
        Assert.Equal("input/concepts", Collection(config, CmsSchema.Concepts)["folder"].ToString());
        Assert.Equal("input/roles", Collection(config, CmsSchema.Roles)["folder"].ToString());
        Assert.Equal("input/plan/fremdriftsplan.yml", plan["file"].ToString());
    }

    [Fact]
    public void TheConfigNamesTheRepositoryAndBranchFromSiteYml_InNorwegianWithTheEditorialWorkflow()
    {
        var config = Config();
        var backend = (YamlMappingNode)config["backend"];
        Assert.Equal("github", backend["name"].ToString());
        Assert.Equal("meloy-kommune/kompetanse", backend["repo"].ToString());
        Assert.Equal("main", backend["branch"].ToString());
        Assert.Equal("editorial_workflow", config["publish_mode"].ToString());
        Assert.Equal("nb_no", config["locale"].ToString());
        Assert.Equal(CmsConfigOutput.LocalBackendUrl, ((YamlMappingNode)config["local_backend"])["url"].ToString());
        Assert.Equal(["begreper", "roller", "sider", "faste-sider", "veiledere", "skjema", "plan", "innstillinger"],
            ((YamlSequenceNode)config["collections"]).Select(c => ((YamlMappingNode)c)["name"].ToString()));
        // Required is Decap's default: the optional fields say so.
        var concepts = Collection(config, CmsSchema.Concepts);
        Assert.False(((YamlMappingNode)Field(concepts, "title")).Children.ContainsKey("required"));
        Assert.Equal("false", Field(concepts, "aliases")["required"].ToString());
        Assert.Equal("Én setning som definerer begrepet.", Field(concepts, "definition")["hint"].ToString());
    }

    [Fact]
    public void AnInvalidRepositoryIsAnErrorAtItsLine()
    {
        using var test = new TestSite(minimal: false);
        test.File("site.yml", TestSite.SiteYml + "\nrepository: not a repo\n");

        var result = test.Build();

        result.Single("KMP120", "site.yml").AssertAt(6, 13);
    }

    // --- the editor's files ---

    [Fact]
    public void AThemeWithAnEditorButWithoutDecapsPackageIsAnError()
    {
        using var theme = new TempFolder("theme-without-decap");
        foreach (string folder in new[] { "layouts", "assets", "admin" })
            foreach (string file in Directory.GetFiles(Path.Combine(RepoPaths.Theme, folder), "*", SearchOption.AllDirectories))
                theme.WriteBytes(folder + "/" + Path.GetRelativePath(Path.Combine(RepoPaths.Theme, folder), file).Replace('\\', '/'), System.IO.File.ReadAllBytes(file));
        ThemePackagesCopy.Into(theme.Path, withDecap: false);
        using var test = new TestSite(minimal: true);

        var result = Build.Run(test.Options(write: false) with { Theme = theme.Path });

        var error = Assert.Single(result.With("KMP122"));
        Assert.Contains("decap-cms.js", error.Message);
        Assert.Equal(1, result.Errors);
    }

    [Fact]
    public void TheEditorsScriptsAndWebAssemblyAreCopiedWithoutSourceMaps()
    {
        string package = Path.Combine(RepoPaths.Theme, CmsConfigOutput.PackageFolder);
        string copied = Path.Combine(site.Output, "admin", "decap-cms");
        var expected = Directory.GetFiles(package).Select(Path.GetFileName)
            .Where(n => n == "decap-cms.js" || n!.EndsWith(".decap-cms.js", StringComparison.Ordinal) || n.EndsWith(".wasm", StringComparison.Ordinal)).ToList();
        Assert.True(expected.Count > 90, $"only {expected.Count} files in {package}");
        var actual = Directory.GetFiles(copied).Select(Path.GetFileName).ToList();
        Assert.All(expected, name => Assert.Contains(name, actual));
        Assert.DoesNotContain(actual, n => n!.EndsWith(".map", StringComparison.Ordinal) || n.Contains(".cms.js", StringComparison.Ordinal));
        // Every chunk the main script names is there.
        string main = System.IO.File.ReadAllText(Path.Combine(copied, "decap-cms.js"));
        Assert.Contains("wasm", string.Join(" ", actual));
        Assert.True(main.Length > 100_000);
    }

    [Fact]
    public void TheAdminPageLoadsOnlyLocalFilesAndIsNeverIndexed()
    {
        string html = System.IO.File.ReadAllText(Path.Combine(site.Output, "admin", "index.html"));
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Equal("noindex, nofollow", document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.All(document.Scripts, s => Assert.StartsWith("/admin/", s.Source));
        Assert.All(document.Scripts, s => Assert.Equal("", s.Text.Trim()));
        Assert.Equal("/admin/config.yml", document.QuerySelector("link[rel=cms-config-url]")?.GetAttribute("href"));
    }

    [Fact]
    public void AdminIsNotInTheSitemapTheSearchIndexOrTheFeed_AndRobotsStayOut()
    {
        foreach (string file in new[] { "sitemap.xml", "sok/indeks.json", "nytt/feed.xml", "nytt/index.html" })
            Assert.DoesNotContain("/admin", System.IO.File.ReadAllText(Path.Combine(site.Output, file)));
        Assert.Contains("Disallow: /admin/\n", System.IO.File.ReadAllText(Path.Combine(site.Output, "robots.txt")));
    }

    // --- the generated _headers ---

    [Fact]
    public void EveryBuiltPathGetsOnePolicy_TheSiteTheStrictOneAndAdminItsOwn()
    {
        var headers = NetlifyHeaders.LoadSite(site.Output);
        string strict = headers.For("/")["Content-Security-Policy"];
        Assert.Contains("script-src 'self';", strict);
        Assert.DoesNotContain("unsafe", strict);

        var problems = new List<string>();
        foreach (string url in BuiltUrls())
        {
            foreach (var (name, patterns) in headers.SetTwice(url))
                problems.Add($"{url}: {name} is set by {string.Join(" and ", patterns)}");
            var got = headers.For(url);
            bool admin = url.StartsWith("/admin/", StringComparison.Ordinal);
            if (!got.TryGetValue("Content-Security-Policy", out var csp))
                problems.Add($"{url}: no Content-Security-Policy (SiteHeaders gives none)");
            else if (!admin && csp != strict)
                problems.Add($"{url}: not the site's policy: {csp}");
            else if (admin && (csp == strict || !csp.Contains("'unsafe-eval'") || got.GetValueOrDefault("X-Robots-Tag") != "noindex, nofollow"))
                problems.Add($"{url}: not the editor's policy: {csp}");
            if (got.GetValueOrDefault("X-Content-Type-Options") != "nosniff") problems.Add($"{url}: no nosniff");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void TheEditorsPolicyAllowsWhatDecapNeedsAndNothingMore()
    {
        var headers = NetlifyHeaders.LoadSite(site.Output);
        var directives = headers.For("/admin/")["Content-Security-Policy"].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToHashSet());
        Assert.Equal(["'self'", "'unsafe-eval'"], directives["script-src"].Order());
        Assert.Equal(["'self'", "'unsafe-inline'"], directives["style-src"].Order());
        // blob: for reading an image being uploaded; decap-server on any local port (the tests pick a free one).
        Assert.Equal(["'self'", "blob:", "http://localhost:*", "https://api.github.com"], directives["connect-src"].Order());
        Assert.Equal(["'none'"], directives["frame-ancestors"]);
        Assert.Equal(["'none'"], directives["object-src"]);
        Assert.DoesNotContain(directives.Values.SelectMany(v => v), s => s is "*" or "https:" or "http:");
    }

    // --- helpers ---

    private IEnumerable<string> BuiltUrls()
    {
        foreach (string file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories))
        {
            string rel = "/" + Path.GetRelativePath(site.Output, file).Replace('\\', '/');
            if (Path.GetFileName(rel).StartsWith('.') || rel is "/_headers" or "/_redirects") continue; // Netlify reads these, never serves them
            yield return rel;
            if (rel.EndsWith("/index.html", StringComparison.Ordinal)) yield return rel[..^"index.html".Length];
        }
    }

    private YamlMappingNode Config()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(System.IO.File.ReadAllText(Path.Combine(site.Output, CmsConfigOutput.ConfigPath))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Collection(YamlMappingNode config, string name) =>
        ((YamlSequenceNode)config["collections"]).Cast<YamlMappingNode>().Single(c => c["name"].ToString() == name);

    private static YamlMappingNode File(YamlMappingNode collection, string name) =>
        ((YamlSequenceNode)collection["files"]).Cast<YamlMappingNode>().Single(c => c["name"].ToString() == name);

    private static YamlMappingNode Field(YamlMappingNode parent, string name) =>
        ((YamlSequenceNode)parent["fields"]).Cast<YamlMappingNode>().Single(c => c["name"].ToString() == name);

    private static IEnumerable<string> Options(YamlMappingNode select) =>
        ((YamlSequenceNode)select["options"]).Cast<YamlMappingNode>().Select(o => o["value"].ToString());

    /// <summary>Every file the editor can write, by its path under input/, with its fields.</summary>
    private static IEnumerable<(string Path, IReadOnlyList<CmsField> Fields, bool Markdown)> Documents()
    {
        foreach (var c in CmsSchema.Collections())
        {
            if (c.Folder is { } folder)
                yield return ($"{folder[(CmsSchema.InputFolder.Length + 1)..]}/eksempel.{c.Extension}", c.Fields, c.Extension == "md");
            foreach (var f in c.Files)
                yield return (f.InputPath[(CmsSchema.InputFolder.Length + 1)..], f.Fields, f.InputPath.EndsWith(".md", StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// One file per kind with a value in every field the editor offers (or only the required ones), written as
    /// Decap writes them: block lists and mappings. One field of one file can be left out.
    /// </summary>
    private static IEnumerable<(string Path, string Text)> EveryFile((string Path, string Field)? omit, bool onlyRequired = false)
    {
        // A role for the relations (the concept 'eksempel' and the activity 'eksempel' are made from the schema).
        yield return ("roles/eksempel-rolle.md", "---\ntitle: Eksempelrolle\nlevel: enhet\nsummary: En rolle.\n---\nTekst.\n");
        int redirect = 0;
        foreach (var (path, fields, markdown) in Documents())
        {
            var yaml = new StringBuilder();
            string body = "";
            foreach (var field in fields)
            {
                if (omit is { } o && o.Path == path && o.Field == field.Name) continue;
                if (onlyRequired && !field.Required && field.Name != "title") continue;
                if (field.Widget == "markdown") { body = "Teksten.\n"; continue; }
                // 'local_plan' must name a table question with four given columns (UnitPlanTests); the sample form has none.
                if (field.Name == "local_plan") continue;
                WriteField(yaml, field, 0, ref redirect);
            }
            yield return (path, markdown ? $"---\n{yaml}---\n{body}" : yaml.ToString());
        }
    }

    private static void WriteField(StringBuilder yaml, CmsField field, int indent, ref int redirect)
    {
        string pad = new(' ', indent);
        switch (field.Widget)
        {
            case "list" when field.Fields.Count > 0:
                yaml.Append(pad).Append(field.Name).Append(":\n");
                yaml.Append(pad).Append("  - ");
                var item = new StringBuilder();
                foreach (var sub in field.Fields) WriteField(item, sub, indent + 4, ref redirect);
                yaml.Append(item.ToString().TrimStart());
                break;
            case "object":
                yaml.Append(pad).Append(field.Name).Append(":\n");
                foreach (var sub in field.Fields) WriteField(yaml, sub, indent + 2, ref redirect);
                break;
            case "list":
                yaml.Append(pad).Append(field.Name).Append(":\n");
                string value = field.Name switch
                {
                    "skip_months" => "7",
                    "months" => "2024-01",
                    "meetings" => "2024-01-15",
                    "earlier_versions" => "0.9",
                    "widths" => "1",
                    "redirects" => $"/gammel-adresse-{++redirect}/",
                    _ => "Eksempel",
                };
                yaml.Append(pad).Append("  - ").Append(Quote(value)).Append('\n');
                break;
            case "relation" when field.Multiple:
                yaml.Append(pad).Append(field.Name).Append(":\n").Append(pad).Append("  - ").Append(RelationValue(field)).Append('\n');
                break;
            default:
                yaml.Append(pad).Append(field.Name).Append(": ").Append(Sample(field)).Append('\n');
                break;
        }
    }

    private static string RelationValue(CmsField field) => field.Collection switch
    {
        CmsSchema.Roles => "eksempel-rolle",
        _ => "eksempel",
    };

    private static string Sample(CmsField field) => field.Widget switch
    {
        "select" => Quote(field.Options[0].Value),
        "relation" => RelationValue(field),
        // A form with personal data may not publish text answers: the sample turns on the one the other excludes.
        "boolean" => field.Name == "personal_data" ? "false" : "true",
        "datetime" => "2024-01-01",
        "number" => "0",
        _ when field.Pattern is { } p && p.Regex.Contains("https") => Quote("https://example.no/"),
        _ when field.Pattern is { } d && d.Regex == CmsSchema.DatePattern => "2024-01-01",
        _ when field.Pattern is not null => "2024-01",
        _ => field.Name switch
        {
            "id" => "eksempel",
            "url" => Quote("/"),
            "repository" => "eier/navn",
            "branch" => "main",
            "section" or "old_section" => Quote("1-1"),
            "email" => Quote("kontakt@example.no"),
            _ => Quote("Eksempel: «tekst» over\nto linjer"),
        },
    };

    // Decap writes long text folded or quoted; a double-quoted value with an escaped line break is one of its forms.
    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";
}
