using Kompetanse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using YamlDotNet.RepresentationModel;

namespace Kompetanse.Browser.Tests;

/// <summary>
/// Saving in the editor never damages what is there: every existing entry and form saved unchanged keeps every
/// value on disk; every plan activity can be picked by its title; an image uploads in the media library and
/// inside a new entry, and the entry saves and builds.
/// </summary>
public sealed class CmsSavingTests(CmsEditorFixture fixture) : IClassFixture<CmsEditorFixture>
{
    private CmsEditor Editor => fixture.Editor;
    private IPage Tab => fixture.Editor.Page;

    public static IEnumerable<object[]> Entries()
    {
        string input = Path.Combine(CmsEditor.RepoRoot, "input");
        foreach (string file in Directory.GetFiles(Path.Combine(input, "forms"), "*.yml").Order(StringComparer.Ordinal))
            yield return [$"collections/skjema/entries/{Path.GetFileNameWithoutExtension(file)}", $"forms/{Path.GetFileName(file)}", "Tittel", "title"];
        yield return ["collections/plan/entries/fremdriftsplan", "plan/fremdriftsplan.yml", "Tittel", "title"];
        yield return ["collections/plan/entries/budsjett", "plan/budsjett.yml", "Tittel", "title"];
        yield return ["collections/innstillinger/entries/site", "site.yml", "Navn", "name"];
        yield return ["collections/faste-sider/entries/forside", "index.md", "Tittel", "title"];
        yield return ["collections/faste-sider/entries/tilgjengelighet", "tilgjengelighet.md", "Tittel", "title"];
        foreach (string file in Directory.GetFiles(Path.Combine(input, "roles"), "*.md").Order(StringComparer.Ordinal))
            yield return [$"collections/roller/entries/{Path.GetFileNameWithoutExtension(file)}", $"roles/{Path.GetFileName(file)}", "Navn", "title"];
        foreach (string file in Directory.GetFiles(Path.Combine(input, "concepts"), "*.md").Order(StringComparer.Ordinal))
            yield return [$"collections/begreper/entries/{Path.GetFileNameWithoutExtension(file)}", $"concepts/{Path.GetFileName(file)}", "Begrep", "title"];
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public async Task AnEntrySavedWithOneEditKeepsEveryOtherValue(string route, string path, string titleLabel, string titleKey)
    {
        string file = Path.Combine(Editor.Input, path);
        string before = File.ReadAllText(file);
        await Editor.OpenEntryAsync(route, fresh: false);

        // Decap saves only a changed entry: the title gets a word typed at its end, everything else is untouched.
        var title = Tab.GetByLabel(titleLabel, new() { Exact = true }).First;
        await title.ClickAsync();
        await Tab.Keyboard.PressAsync("End");
        await Tab.Keyboard.TypeAsync(" igjen");
        string after = await Editor.PublishAndReadAsync(file, before);

        bool markdown = path.EndsWith(".md", StringComparison.Ordinal);
        var (oldData, oldBody) = Split(before, markdown);
        var (newData, newBody) = Split(after, markdown);
        var key = new YamlScalarNode(titleKey);
        Assert.Equal(((YamlMappingNode)oldData)[key] + " igjen", ((YamlMappingNode)newData)[key].ToString());
        ((YamlMappingNode)newData).Children[key] = ((YamlMappingNode)oldData)[key];
        Assert.Equal(Canonical(oldData), Canonical(newData));
        Assert.Equal(Words(oldBody), Words(newBody));
    }

    [Fact]
    public async Task EveryActivityCanBePickedByItsTitle()
    {
        string plan = File.ReadAllText(Path.Combine(Editor.Input, "plan", "fremdriftsplan.yml"));
        var activities = ((YamlSequenceNode)CmsTypingTests.Yaml(plan)["phases"]).Cast<YamlMappingNode>()
            .SelectMany(p => ((YamlSequenceNode)p["activities"]).Cast<YamlMappingNode>())
            .Select(a => (Id: a["id"].ToString(), Title: a["title"].ToString())).ToList();
        Assert.Contains(activities, a => a.Id == "tiltak-enhetene");
        string file = Path.Combine(Editor.Input, "forms", "tiltaksskjema.yml");
        await Editor.OpenEntryAsync("collections/skjema/entries/tiltaksskjema");
        var picker = Editor.Field("relation", "Aktivitet i planen").Locator("input[role=combobox]");

        foreach (var (id, title) in activities)
        {
            string before = File.ReadAllText(file);
            await picker.ClickAsync();
            await Tab.Keyboard.TypeAsync(title);
            await Tab.GetByRole(AriaRole.Option, new() { Name = title, Exact = true }).ClickAsync();
            string after = await Editor.PublishAndReadAsync(file, before);
            Assert.True(CmsTypingTests.Yaml(after)["activity"].ToString() == id, $"picked '{title}', saved {CmsTypingTests.Yaml(after)["activity"]}");
        }
    }

    [Fact]
    public async Task AnImageUploadsInTheMediaLibraryAndIsPickedInsideANewEntry_WhichSavesAndBuilds()
    {
        string image = Path.Combine(Editor.Repo, "kart-over-kontoret.png");
        File.WriteAllBytes(image, TinyPng());
        await Editor.OpenEntryAsync("collections/begreper/entries/tilpasset-opplaering");

        // The media library: upload.
        await Tab.GetByRole(AriaRole.Button, new() { Name = "Media", Exact = true }).ClickAsync();
        await Tab.Locator("input[type=file]").First.SetInputFilesAsync(image);
        string uploaded = Path.Combine(Editor.Input, "bilder", "kart-over-kontoret.png");
        await CmsEditor.WaitUntilAsync(() => File.Exists(uploaded) && new FileInfo(uploaded).Length == new FileInfo(image).Length, $"{uploaded} to be written");
        Assert.Equal(File.ReadAllBytes(image), File.ReadAllBytes(uploaded));

        // A new entry picks it in its text.
        await Tab.GotoAsync("about:blank");
        await Tab.GotoAsync("/admin/#/collections/begreper/new");
        var title = Tab.GetByLabel("Begrep", new() { Exact = true });
        await Editor.TypeIntoAsync(title, "Kontoret på kart");
        await Editor.TypeIntoAsync(Tab.GetByLabel("Definisjon", new() { Exact = true }), "Et begrep med et bilde av kontoret.");
        var body = Editor.Page.Locator("[aria-label='Feltet markdown']");
        await Editor.TypeIntoAsync(body.Locator("[contenteditable=true]"), "Kartet viser kontoret.");
        await body.GetByTitle("Sett inn").ClickAsync();
        await Tab.GetByRole(AriaRole.Menuitem, new() { Name = "Bilde" }).ClickAsync();
        await body.GetByRole(AriaRole.Button, new() { Name = "Velg et bilde" }).ClickAsync();
        await Tab.GetByText("kart-over-kontoret.png").First.ClickAsync();
        await Tab.GetByRole(AriaRole.Button, new() { Name = "Velg markert" }).ClickAsync();
        await Editor.TypeIntoAsync(Tab.GetByLabel("Tekstalternativ"), "Kart over kontoret");
        await Editor.ScreenshotAsync("admin-image-in-entry.png");
        string created = Path.Combine(Editor.Input, "concepts", "kontoret-pa-kart.md");
        string text = await Editor.PublishAndReadAsync(created, "");

        Assert.Contains("![Kart over kontoret](/bilder/kart-over-kontoret.png)", text);
        var result = Editor.BuildSite();
        result.AssertClean();
        string html = File.ReadAllText(Path.Combine(Editor.Output, "begreper", "kontoret-pa-kart", "index.html"));
        Assert.Contains("src=\"/bilder/kart-over-kontoret.png\"", html);
        Assert.True(File.Exists(Path.Combine(Editor.Output, "bilder", "kart-over-kontoret.png")));
        Assert.DoesNotContain(Editor.ConsoleErrors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || e.Contains("persist media", StringComparison.OrdinalIgnoreCase));
    }

    // --- helpers ---

    private static (YamlNode Data, string Body) Split(string text, bool markdown)
    {
        if (!markdown) return (CmsTypingTests.Yaml(text), "");
        int end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        return (CmsTypingTests.Yaml(text[3..end]), text[(end + 4)..]);
    }

    private static string Words(string body) => string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The values a loader sees, in a stable text: keys sorted, scalars as text, empty values left out.</summary>
    private static string Canonical(YamlNode node) => node switch
    {
        YamlMappingNode map => "{" + string.Join(", ", map.Children
            .Where(p => !IsEmpty(p.Value))
            .OrderBy(p => p.Key.ToString(), StringComparer.Ordinal)
            .Select(p => $"{p.Key}: {Canonical(p.Value)}")) + "}",
        YamlSequenceNode list => "[" + string.Join(", ", list.Select(Canonical)) + "]",
        YamlScalarNode scalar => Words(scalar.Value ?? ""),
        _ => "",
    };

    private static bool IsEmpty(YamlNode node) => node switch
    {
        YamlSequenceNode list => list.Children.Count == 0,
        YamlMappingNode map => map.Children.Count == 0,
        YamlScalarNode scalar => string.IsNullOrEmpty(scalar.Value) || scalar.Value is "null" or "~",
        _ => true,
    };

    private static byte[] TinyPng() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAIAAABxZ0isAAAAEUlEQVR4nGOQi1qAFTEMpAQASpc0gRQT1roAAAAASUVORK5CYII=");
}
