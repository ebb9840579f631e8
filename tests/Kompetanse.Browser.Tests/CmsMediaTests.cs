using Kompetanse.Browser.Tests.Infrastructure;
using Kompetanse.Netlify;
using Microsoft.Playwright;

namespace Kompetanse.Browser.Tests;

/// <summary>
/// Images in the editor: one uploaded through the media library's file chooser, one uploaded from inside a new
/// entry's text, and the earlier one picked there too; the entry saves, the images are in input/bilder/, the site
/// builds clean, each built image gets exactly one Content-Security-Policy, and nothing breaks the /admin/ policy.
/// </summary>
public sealed class CmsMediaTests(CmsEditorFixture fixture) : IClassFixture<CmsEditorFixture>
{
    private CmsEditor Editor => fixture.Editor;
    private IPage Tab => fixture.Editor.Page;

    [Fact]
    public async Task ImagesUploadInTheMediaLibraryAndInsideANewEntry_WhichPicksAnExistingOneToo_SavesAndBuilds()
    {
        Directory.CreateDirectory(Editor.Scratch);
        string map = Path.Combine(Editor.Scratch, "kart-over-kontoret.png");
        string door = Path.Combine(Editor.Scratch, "inngangen.png");
        // Two different images: Decap knows a file by a hash of its bytes, and shows one card for equal ones.
        File.WriteAllBytes(map, Convert.FromBase64String(BluePng));
        File.WriteAllBytes(door, Convert.FromBase64String(OrangePng));

        // 1. The media library, through its file chooser.
        await Tab.GotoAsync("/admin/#/collections/begreper");
        await Tab.GetByRole(AriaRole.Button, new() { Name = "Media", Exact = true }).ClickAsync();
        await UploadAsync(map);
        string uploaded = Path.Combine(Editor.Input, "bilder", "kart-over-kontoret.png");
        await CmsEditor.WaitUntilAsync(() => File.Exists(uploaded) && new FileInfo(uploaded).Length == new FileInfo(map).Length, $"{uploaded} to be written");
        Assert.Equal(File.ReadAllBytes(map), File.ReadAllBytes(uploaded));

        // 2. A new concept: an image uploaded from its text, and the one above picked.
        await Tab.GotoAsync("about:blank");
        await Tab.GotoAsync("/admin/#/collections/begreper/new");
        // At a person's pace, looking at what the field holds (see TypeAndCheckAsync): Decap's controlled title
        // input re-renders while the new entry settles, and a key typed then can be lost.
        var title = Tab.GetByLabel("Begrep", new() { Exact = true });
        await Editor.TypeAndCheckAsync(title, "Kontoret på kart");
        await Assertions.Expect(title).ToHaveValueAsync("Kontoret på kart");
        await Editor.TypeIntoAsync(Tab.GetByLabel("Definisjon", new() { Exact = true }), "Et begrep med bilder av kontoret.");
        var body = Tab.Locator("[aria-label='Feltet markdown']");
        await Editor.TypeIntoAsync(body.Locator("[contenteditable=true]"), "Kartet viser kontoret.");
        await InsertImageAsync(body, door, "Inngangen til kontoret");
        await InsertImageAsync(body, null, "Kart over kontoret", "kart-over-kontoret.png");
        await Editor.ScreenshotAsync("admin-image-in-entry.png");
        string created = Path.Combine(Editor.Input, "concepts", "kontoret-pa-kart.md");
        await Assertions.Expect(title).ToHaveValueAsync("Kontoret på kart");
        string text;
        try { text = await Editor.PublishAndReadAsync(created, ""); }
        catch (TimeoutException)
        {
            await Editor.ScreenshotAsync("admin-image-not-saved.png");
            var concepts = Directory.GetFiles(Path.Combine(Editor.Input, "concepts")).Select(Path.GetFileName).Order();
            throw new TimeoutException($"{created} was not written; the title field holds '{await title.InputValueAsync()}'; concepts: {string.Join(", ", concepts)}");
        }

        Assert.Contains("![Inngangen til kontoret](/bilder/inngangen.png)", text);
        Assert.Contains("![Kart over kontoret](/bilder/kart-over-kontoret.png)", text);
        Assert.Equal(File.ReadAllBytes(door), File.ReadAllBytes(Path.Combine(Editor.Input, "bilder", "inngangen.png")));
        Editor.BuildSite().AssertClean();
        string html = File.ReadAllText(Path.Combine(Editor.Output, "begreper", "kontoret-pa-kart", "index.html"));
        Assert.Contains("src=\"/bilder/inngangen.png\"", html);
        Assert.Contains("src=\"/bilder/kart-over-kontoret.png\"", html);
        var headers = NetlifyHeaders.LoadSite(Editor.Output);
        foreach (string image in new[] { "/bilder/inngangen.png", "/bilder/kart-over-kontoret.png" })
        {
            Assert.True(File.Exists(Path.Combine(Editor.Output, image.TrimStart('/'))), image);
            int policies = headers.Rules.Where(r => r.Matches(image)).SelectMany(r => r.Values).Count(v => v.Key.Equals("Content-Security-Policy", StringComparison.OrdinalIgnoreCase));
            Assert.True(policies == 1, $"{image} gets {policies} policies");
        }
        Assert.DoesNotContain(Editor.ConsoleErrors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || e.Contains("persist media", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The open media library's "Last opp", through the browser's file chooser.</summary>
    private async Task UploadAsync(string file)
    {
        var chooser = await Tab.RunAndWaitForFileChooserAsync(() => Tab.GetByText("Last opp", new() { Exact = true }).ClickAsync());
        await chooser.SetFilesAsync(file);
    }

    /// <summary>"Sett inn" → "Bilde" in the Markdown editor, then an image uploaded (or one already there picked) and its text alternative.</summary>
    private async Task InsertImageAsync(ILocator body, string? upload, string alt, string? existing = null)
    {
        await Tab.Keyboard.PressAsync("Control+End");
        await body.GetByTitle("Sett inn").ClickAsync();
        await Tab.GetByRole(AriaRole.Menuitem, new() { Name = "Bilde" }).ClickAsync();
        await body.GetByRole(AriaRole.Button, new() { NameRegex = new("^Velg (et )?bilde$") }).Last.ClickAsync();
        string name = existing ?? Path.GetFileName(upload!);
        var card = Tab.GetByText(name, new() { Exact = true }).First;
        // An image just uploaded is the one marked; one already there is marked by a click.
        if (upload is not null) await UploadAsync(upload);
        await card.WaitForAsync();
        if (upload is null) await card.ClickAsync();
        var choose = Tab.GetByRole(AriaRole.Button, new() { Name = "Velg markert" });
        await Assertions.Expect(choose).ToBeEnabledAsync(new() { Timeout = (float)CmsEditor.Patience.TotalMilliseconds });
        await choose.ClickAsync();
        await Editor.TypeIntoAsync(body.GetByLabel("Tekstalternativ").Last, alt);
    }

    private const string BluePng = "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAIAAABxZ0isAAAAEUlEQVR4nGOQi1qAFTEMpAQASpc0gRQT1roAAAAASUVORK5CYII=";
    private const string OrangePng = "iVBORw0KGgoAAAANSUhEUgAAAAYAAAAECAIAAAAiZtkUAAAAEUlEQVR4nGM4UaGBhhjIFQIAEhchwQrvzLMAAAAASUVORK5CYII=";
}
