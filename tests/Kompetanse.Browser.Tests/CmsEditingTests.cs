using Kompetanse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kompetanse.Browser.Tests;

/// <summary>
/// The editor at /admin/ in Chromium, end to end (<see cref="CmsEditor"/>): an edit saved in the CMS must be in
/// input/ and in the next build; a concept created in the CMS must build without an error or a warning.
/// </summary>
public sealed class CmsEditingTests : IAsyncLifetime
{
    private CmsEditor editor = null!;

    public async Task InitializeAsync() => editor = await CmsEditor.StartAsync();

    public async Task DisposeAsync() => await editor.DisposeAsync();

    [Fact]
    public async Task AnEditSavedInTheCmsIsInInputAndInTheNextBuild_AndANewConceptBuildsCleanly()
    {
        var tab = editor.Page;
        await editor.OpenAsync();
        await editor.ScreenshotAsync("admin-collections.png");

        // 1. Change a concept's definition.
        string file = Path.Combine(editor.Input, "concepts", "tilpasset-opplaering.md");
        string definition = "Tilpasset opplæring er endret i redigeringen " + Guid.NewGuid().ToString("N")[..8] + ".";
        await editor.OpenEntryAsync("collections/begreper/entries/tilpasset-opplaering");
        var field = tab.GetByLabel("Definisjon", new() { Exact = true });
        await editor.ScreenshotAsync("admin-concept.png");
        await field.FillAsync(definition);
        await editor.PublishAsync();
        await CmsEditor.WaitUntilAsync(() => File.ReadAllText(file).Contains(definition), $"{file} to hold the new definition");

        var edited = editor.BuildSite();
        edited.AssertClean();
        string html = File.ReadAllText(Path.Combine(editor.Output, "begreper", "tilpasset-opplaering", "index.html"));
        Assert.Contains(definition, System.Net.WebUtility.HtmlDecode(html));

        // 2. Create a new concept.
        await tab.GotoAsync("/admin/#/collections/begreper/new");
        var title = tab.GetByLabel("Begrep", new() { Exact = true });
        await title.WaitForAsync();
        await editor.TypeAndCheckAsync(title, "Læringsmiljø i redigering");
        await Assertions.Expect(title).ToHaveValueAsync("Læringsmiljø i redigering");
        await editor.TypeIntoAsync(tab.GetByLabel("Definisjon", new() { Exact = true }), "Læringsmiljø er de kulturelle, relasjonelle og fysiske forholdene som har betydning for læring.");
        await editor.PublishAsync();
        string created = Path.Combine(editor.Input, "concepts", "laeringsmiljo-i-redigering.md");
        await CmsEditor.WaitUntilAsync(() => File.Exists(created), $"{created} to be written");

        var withNew = editor.BuildSite();
        Assert.True(withNew.Errors == 0 && withNew.Diagnostics.All(d => d.Id == "KMP142"),
            $"the build reported problems with what the CMS wrote:\n{string.Join("\n", withNew.Diagnostics)}\n--- {created}\n{File.ReadAllText(created)}");
        Assert.True(File.Exists(Path.Combine(editor.Output, "begreper", "laeringsmiljo-i-redigering", "index.html")));
        Assert.DoesNotContain(editor.ConsoleErrors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }
}

internal static class BuildResultChecks
{
    /// <summary>
    /// No error, and no warning but the plan's reminders to ask for status reports (KMP142): the real plan has
    /// no reports, and those warnings are about the plan, not about what the editor saved.
    /// </summary>
    public static void AssertClean(this BuildResult result) =>
        Assert.True(result.Errors == 0 && result.Diagnostics.All(d => d.Id == "KMP142"), string.Join("\n", result.Diagnostics));
}
