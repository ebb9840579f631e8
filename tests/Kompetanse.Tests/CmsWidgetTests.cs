using System.Text.RegularExpressions;
using Kompetanse.Cms;
using Kompetanse.Outputs.Cms;
using Kompetanse.Outputs.Html;
using Kompetanse.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Kompetanse.Tests;

/// <summary>
/// The editor's widgets keep what is typed: no comma-separated list box, no required field the editor would
/// demand inside an optional object, pickers that list everything, a preview address for every entry, and a
/// second entry with a taken title is an error rather than a quiet "-1" copy.
/// </summary>
public sealed class CmsWidgetTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    // --- lists ---

    [Fact]
    public void NoListIsDecapsCommaSeparatedTextBox_EachHasOneInputPerItemOrFieldsPerEntry()
    {
        var plain = AllFields(Config()).Where(f => f.Field["widget"].ToString() == "list"
            && !f.Field.Children.ContainsKey("field") && !f.Field.Children.ContainsKey("fields")).Select(f => f.Path).ToList();
        Assert.True(plain.Count == 0, "plain lists: " + string.Join(", ", plain));
    }

    [Theory]
    [InlineData("roller", null, "tasks", "string")]
    [InlineData("begreper", null, "aliases", "string")]
    [InlineData("begreper", null, "redirects", "string")]
    [InlineData("sider", null, "tags", "string")]
    [InlineData("plan", "fremdriftsplan", "meetings", CmsSchema.DateWidget)]
    [InlineData("plan", "fremdriftsplan", "skip_months", "number")]
    [InlineData("plan", "fremdriftsplan", "phases.activities.months", "string")]
    [InlineData("plan", "budsjett", "columns", "string")]
    [InlineData("skjema", null, "earlier_versions", "string")]
    [InlineData("skjema", null, "sections.questions.steps", "string")]
    [InlineData("skjema", null, "sections.questions.columns", "string")]
    [InlineData("skjema", null, "sections.questions.widths", "number")]
    public void AListOfValuesHasAnInputOfTheRightKindPerItem(string collection, string? file, string path, string widget)
    {
        var list = Find(collection, file, path);
        var item = (YamlMappingNode)list["field"];
        Assert.Equal(widget, item["widget"].ToString());
        Assert.False(item.Children.ContainsKey("required"), "an item of a list is required: an empty input would save an empty item");
        Assert.True(list.Children.ContainsKey("label_singular"), "the 'Legg til …' button names one item");
        Assert.Equal($"{{{{fields.{item["name"]}}}}}", list["summary"].ToString());
    }

    [Fact]
    public void DatesAreTheThemesDateField_NeverDecapsDateWidgetWhichScramblesTypedDates()
    {
        var fields = AllFields(Config()).ToList();
        Assert.DoesNotContain(fields, f => f.Field["widget"].ToString() == "datetime");
        Assert.Equal(CmsSchema.DateWidget, Find("skjema", null, "date")["widget"].ToString());
        Assert.Equal(CmsSchema.DateWidget, Find("plan", "fremdriftsplan", "decisions.done")["widget"].ToString());
        var meeting = (YamlMappingNode)Find("plan", "fremdriftsplan", "meetings")["field"];
        var regex = new Regex(((YamlSequenceNode)meeting["pattern"])[0].ToString());
        Assert.Matches(regex, "2026-11-20");
        Assert.DoesNotMatch(regex, "2026-11-202026-12-01");
        Assert.DoesNotMatch(regex, "20.11.2026");
        Assert.Equal(CmsSchema.DatePattern, ((YamlSequenceNode)((YamlMappingNode)Find("skjema", null, "date"))["pattern"])[0].ToString());
    }

    [Fact]
    public void AMonthOfTheActivityPlanIsAMonthOrARange()
    {
        var months = (YamlMappingNode)Find("plan", "fremdriftsplan", "phases.activities.months")["field"];
        var regex = new Regex(((YamlSequenceNode)months["pattern"])[0].ToString());
        Assert.Matches(regex, "2024-03");
        Assert.Matches(regex, "2024-04..2024-12");
        Assert.DoesNotMatch(regex, "2024-13");
        Assert.DoesNotMatch(regex, "2024-03, 2024-04");
        Assert.DoesNotMatch(regex, "2026-11-202026-12-01");
    }

    [Fact]
    public void EveryListOfEntriesHasASummaryFromItsOwnFields()
    {
        var problems = new List<string>();
        foreach (var (path, field) in AllFields(Config()).Where(f => f.Field.Children.ContainsKey("fields") && f.Field["widget"].ToString() == "list"))
        {
            if (!field.Children.TryGetValue("summary", out var summary)) { problems.Add($"{path}: no summary"); continue; }
            var names = Fields(field).Select(f => f["name"].ToString()).ToHashSet();
            foreach (Match m in Regex.Matches(summary.ToString(), @"\{\{fields\.([a-z_]+)\}\}"))
                if (!names.Contains(m.Groups[1].Value)) problems.Add($"{path}: the summary names '{m.Groups[1].Value}', not one of its fields");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    // --- objects ---

    [Fact]
    public void NoRequiredFieldSitsInsideAnOptionalObject()
    {
        var problems = new List<string>();
        foreach (var (path, field) in AllFields(Config()).Where(f => f.Field["widget"].ToString() == "object" && IsOptional(f.Field)))
            foreach (var inner in Fields(field).Where(f => !IsOptional(f)))
                problems.Add($"{path}.{inner["name"]}");
        Assert.True(problems.Count == 0, "required inside an optional object (Decap demands them even when the object is left empty): " + string.Join(", ", problems));
    }

    [Fact]
    public void AFormCanBeSavedWithoutAHandBack_AndAHandBackWithoutARecipientIsAnErrorOfTheBuild()
    {
        using var test = new TestSite();
        test.File("forms/uten-levering.yml", Form(""));
        test.File("forms/uten-mottaker.yml", Form("hand_back:\n  by: 1. desember 2026\n"));

        var result = test.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Location.Path.EndsWith("uten-levering.yml", StringComparison.Ordinal));
        var missing = result.Single("KMP010", "forms/uten-mottaker.yml");
        Assert.Contains("'to'", missing.Message);
    }

    // --- relations ---

    [Fact]
    public void EveryRelationListsEveryEntry_AndTheActivityPickerOffersEveryActivityByTitle()
    {
        var relations = AllFields(Config()).Where(f => f.Field["widget"].ToString() == "relation").ToList();
        Assert.NotEmpty(relations);
        int activities = site.Pages.Count; // more than the plan's activities, concepts or roles
        foreach (var (path, relation) in relations)
            Assert.True(int.Parse(relation["options_length"].ToString()) >= Math.Max(activities, 100), $"{path}: options_length {relation["options_length"]}");

        // Decap's relation over phases.*.activities.* finds only the first phase's activities: a select instead.
        var activity = Find("skjema", null, "activity");
        Assert.Equal("select", activity["widget"].ToString());
        var options = ((YamlSequenceNode)activity["options"]).Cast<YamlMappingNode>().Select(o => (o["value"].ToString(), o["label"].ToString())).ToList();
        Assert.Equal(PlanActivities(), options);
        Assert.Contains(options, o => o.Item1 == "tiltak-enhetene");
    }

    // --- preview paths and settings ---

    [Fact]
    public void EveryCollectionAndFileHasAPreviewPathThatIsABuiltPage()
    {
        var problems = new List<string>();
        foreach (YamlMappingNode collection in (YamlSequenceNode)Config()["collections"])
        {
            string name = collection["name"].ToString();
            if (collection.Children.ContainsKey("folder"))
            {
                if (!collection.Children.TryGetValue("preview_path", out var previewPath)) { problems.Add($"{name}: no preview_path"); continue; }
                string folder = Path.Combine(RepoPaths.Root, collection["folder"].ToString());
                foreach (string file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*." + collection["extension"]) : [])
                    CheckBuilt(name, previewPath.ToString().Replace("{{slug}}", Path.GetFileNameWithoutExtension(file)), problems);
            }
            else
            {
                foreach (YamlMappingNode file in (YamlSequenceNode)collection["files"])
                {
                    if (!file.Children.TryGetValue("preview_path", out var previewPath)) problems.Add($"{name}/{file["name"]}: no preview_path");
                    else CheckBuilt($"{name}/{file["name"]}", previewPath.ToString(), problems);
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private void CheckBuilt(string what, string previewPath, List<string> problems)
    {
        if (!File.Exists(Path.Combine(site.Output, previewPath, "index.html"))) problems.Add($"{what}: /{previewPath} is not a page of the built site");
    }

    [Fact]
    public void TheRepositoryAndBranchTheEditorSavesToAreNotEditableInIt()
    {
        var settings = ((YamlSequenceNode)Collection(Config(), "innstillinger")["files"]).Cast<YamlMappingNode>().Single();
        foreach (string name in new[] { "repository", "branch" })
            Assert.Equal("hidden", Fields(settings).Single(f => f["name"].ToString() == name)["widget"].ToString());
    }

    [Fact]
    public void EveryKeyTheRealInputUsesIsAFieldOfTheEditor_SoSavingKeepsIt()
    {
        var config = Config();
        var problems = new List<string>();
        foreach (YamlMappingNode collection in (YamlSequenceNode)config["collections"])
        {
            if (collection.Children.ContainsKey("folder"))
            {
                string folder = Path.Combine(RepoPaths.Root, collection["folder"].ToString());
                foreach (string file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*." + collection["extension"]) : [])
                    Compare(Path.GetRelativePath(RepoPaths.Root, file), Document(file), Fields(collection), problems);
            }
            else
            {
                foreach (YamlMappingNode entry in (YamlSequenceNode)collection["files"])
                {
                    string file = Path.Combine(RepoPaths.Root, entry["file"].ToString());
                    Compare(entry["file"].ToString(), Document(file), Fields(entry), problems);
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void TheLocalBackendIsTheOneTheBuildIsGiven()
    {
        using var test = new TestSite();
        var result = Build.Run(test.Options(write: true) with { CmsLocalBackend = "http://localhost:41234/api/v1" });
        Assert.True(result.Succeeded, result.Describe());
        Assert.Contains("url: \"http://localhost:41234/api/v1\"", test.ReadOutput(CmsConfigOutput.ConfigPath));
        Assert.Contains($"url: \"{CmsConfigOutput.LocalBackendUrl}\"", File.ReadAllText(Path.Combine(site.Output, CmsConfigOutput.ConfigPath)));
    }

    // --- the editor's own scripts ---

    [Fact]
    public void TheAdminPageLoadsTheNorwegianPhrasesAndThePreviewFromFilesAfterDecap()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "admin", "index.html")));
        Assert.Equal(["/admin/decap-cms/decap-cms.js", "/admin/nb-no.js", "/admin/dato.js", "/admin/preview.js"], document.Scripts.Select(s => s.Source));
        Assert.All(document.Scripts, s => Assert.True(File.Exists(Path.Combine(site.Output, s.Source!.TrimStart('/')))));
    }

    [Fact]
    public void ThePreviewPaneUsesEveryStylesheetOfTheSite()
    {
        string preview = File.ReadAllText(Path.Combine(RepoPaths.Theme, "admin", "preview.js"));
        var registered = Regex.Matches(preview, @"'(/assets/[^']+\.css)'").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(HtmlPagesOutput.Stylesheets, registered);
        Assert.All(registered, url => Assert.True(File.Exists(Path.Combine(site.Output, url.TrimStart('/'))), url));
        Assert.Contains("registerPreviewTemplate('begreper'", preview);
        Assert.Contains("registerPreviewTemplate('roller'", preview);
    }

    // --- a second entry with a title that is taken ---

    [Fact]
    public void ASecondConceptWithATakenTitleIsAnErrorAtTheNewFile_AndIsNotPublished()
    {
        using var test = new TestSite();
        test.Concept("tilpasset-opplaering", "Tilpasset opplæring");
        test.Concept("tilpasset-opplaering-1", "Tilpasset opplæring");

        var result = test.Build(write: true);

        var error = result.Single("KMP280", "concepts/tilpasset-opplaering-1.md");
        Assert.Contains("'Tilpasset opplæring' is already the title of", error.Message);
        Assert.Contains("concepts/tilpasset-opplaering.md", error.Message);
        Assert.Single(result.With("KMP280"));
        Assert.Empty(result.With("KMP022"));
    }

    [Fact]
    public void ASecondRoleWithATakenNameIsAnError_TheFileWithoutTheEditorsNumberKeepsIt()
    {
        using var test = new TestSite();
        test.File("roles/ppt-1.md", "---\ntitle: PPT\nlevel: kommunal\nsummary: Kopi.\n---\nTekst.\n");
        test.File("roles/ppt.md", "---\ntitle: PPT\nlevel: kommunal\nsummary: Tjenesten.\n---\nTekst.\n");
        test.File("roles/ppt-2.md", "---\ntitle: ppt \nlevel: kommunal\nsummary: Kopi.\n---\nTekst.\n");

        var result = test.Build();

        Assert.Equal(2, result.With("KMP280").Count);
        Assert.Single(result.With("KMP280", "roles/ppt-1.md"));
        Assert.Single(result.With("KMP280", "roles/ppt-2.md"));
    }

    [Fact]
    public void TheRealSiteHasNoTwoEntriesWithOneTitle() => Assert.DoesNotContain(site.Result.Diagnostics, d => d.Id == "KMP280");

    // --- helpers ---

    private static string Form(string extra) =>
        "title: Et skjema\ndate: 2024-11-01\npurpose: Prøve.\nwho: Enhetene.\nwhen: Høsten.\n" + extra
        + "sections:\n  - title: Del\n    questions:\n      - text: Hva?\n        answer: text\n";

    private static bool IsOptional(YamlMappingNode field) =>
        field.Children.TryGetValue("required", out var required) && required.ToString() == "false";

    private static void Compare(string file, YamlMappingNode? document, IReadOnlyList<YamlMappingNode> fields, List<string> problems)
    {
        if (document is null) return;
        var byName = fields.ToDictionary(f => f["name"].ToString());
        foreach (var (key, value) in document.Children)
        {
            string name = key.ToString();
            if (!byName.TryGetValue(name, out var field)) { problems.Add($"{file}: '{name}' is not offered by the editor"); continue; }
            if (field.Children.ContainsKey("fields"))
            {
                var inner = Fields(field);
                IEnumerable<YamlNode> items = value is YamlSequenceNode sequence ? sequence : [value];
                foreach (var item in items.OfType<YamlMappingNode>()) Compare($"{file} {name}", item, inner, problems);
            }
        }
    }

    private static YamlMappingNode? Document(string file)
    {
        string text = File.ReadAllText(file);
        if (file.EndsWith(".md", StringComparison.Ordinal))
        {
            if (!text.StartsWith("---", StringComparison.Ordinal)) return null;
            int end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
            text = text[3..end];
        }
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode as YamlMappingNode;
    }

    /// <summary>The real plan's activities (id, title), in the plan's order.</summary>
    private static List<(string, string)> PlanActivities()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Input, "plan", "fremdriftsplan.yml"))));
        return ((YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode)["phases"]).Cast<YamlMappingNode>()
            .SelectMany(p => ((YamlSequenceNode)p["activities"]).Cast<YamlMappingNode>())
            .Select(a => (a["id"].ToString(), a["title"].ToString())).ToList();
    }

    private YamlMappingNode Config()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(site.Output, CmsConfigOutput.ConfigPath))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Collection(YamlMappingNode config, string name) =>
        ((YamlSequenceNode)config["collections"]).Cast<YamlMappingNode>().Single(c => c["name"].ToString() == name);

    private static IReadOnlyList<YamlMappingNode> Fields(YamlMappingNode parent) =>
        parent.Children.TryGetValue("fields", out var fields) ? ((YamlSequenceNode)fields).Cast<YamlMappingNode>().ToList() : [];

    /// <summary>A field by its dotted path ("sections.questions.steps") in a collection or one of its files.</summary>
    private YamlMappingNode Find(string collection, string? file, string path)
    {
        YamlMappingNode node = Collection(Config(), collection);
        if (file is not null) node = ((YamlSequenceNode)node["files"]).Cast<YamlMappingNode>().Single(f => f["name"].ToString() == file);
        foreach (string name in path.Split('.')) node = Fields(node).Single(f => f["name"].ToString() == name);
        return node;
    }

    /// <summary>Every field of every collection and file, nested ones too, with a readable path.</summary>
    private static IEnumerable<(string Path, YamlMappingNode Field)> AllFields(YamlMappingNode config)
    {
        foreach (YamlMappingNode collection in (YamlSequenceNode)config["collections"])
        {
            string name = collection["name"].ToString();
            foreach (var found in Walk(name, Fields(collection))) yield return found;
            if (collection.Children.TryGetValue("files", out var files))
                foreach (YamlMappingNode file in (YamlSequenceNode)files)
                    foreach (var found in Walk($"{name}/{file["name"]}", Fields(file))) yield return found;
        }
    }

    private static IEnumerable<(string Path, YamlMappingNode Field)> Walk(string prefix, IReadOnlyList<YamlMappingNode> fields)
    {
        foreach (var field in fields)
        {
            string path = $"{prefix}.{field["name"]}";
            yield return (path, field);
            foreach (var inner in Walk(path, Fields(field))) yield return inner;
            if (field.Children.TryGetValue("field", out var item)) yield return ($"{path}[]", (YamlMappingNode)item);
        }
    }
}
