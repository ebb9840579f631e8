using System.Text.Json;
using Kompetanse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kompetanse.Browser.Tests;

/// <summary>A unit filling in a form: answers survive a reload, export then import restores them, clearing asks first.</summary>
[Collection(SiteCollection.Name)]
public sealed class FormBehaviourTests(SiteFixture site)
{
    private const string Form = "/skjema/gapanalyse/";

    [Fact]
    public async Task Answers_are_saved_as_they_are_typed_and_survive_a_reload()
    {
        await using var sitePage = await site.OpenAsync(Form);
        var page = sitePage.Page;
        var status = page.Locator("#skjema-status");
        await Expect(status).ToHaveAttributeAsync("role", "status");

        await page.Locator("#felt-enhet").FillAsync("Nordbyen skole");
        await page.Locator("[name='tilpasset-opplaering.r1.c1']").FillAsync("Vi varierer lite i dag.");
        await Expect(status).ToContainTextAsync("lagret i denne nettleseren");

        await page.ReloadAsync();
        await Expect(page.Locator("#felt-enhet")).ToHaveValueAsync("Nordbyen skole");
        await Expect(page.Locator("[name='tilpasset-opplaering.r1.c1']")).ToHaveValueAsync("Vi varierer lite i dag.");
        await Expect(page.Locator("#skjema-status")).ToContainTextAsync("hentet fram igjen");
    }

    [Fact]
    public async Task Export_then_import_restores_the_answers()
    {
        await using var sitePage = await site.OpenAsync("/skjema/kvalitetsomrader/");
        var page = sitePage.Page;
        var firstChoice = page.Locator("input[type=radio]").First;
        string choiceId = (await firstChoice.GetAttributeAsync("id"))!;
        await firstChoice.CheckAsync();
        var firstHeader = page.Locator(".form-header input").First;
        await firstHeader.FillAsync("Sørbyen barnehage");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Eksporter svar" }).ClickAsync());
        string file = Path.Combine(Path.GetTempPath(), $"kompetanse-export-{Guid.NewGuid():N}.json");
        await download.SaveAsAsync(file);
        void Accept(object? _, IDialog dialog) => _ = dialog.AcceptAsync();
        try
        {
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file));
            Assert.Equal("kvalitetsomrader", json.RootElement.GetProperty("form").GetString());
            Assert.Equal("Sørbyen barnehage", json.RootElement.GetProperty("answers").GetProperty((await firstHeader.GetAttributeAsync("name"))!).GetString());

            // Clear (accepting the question), then import the file again.
            page.Dialog += Accept;
            await page.GetByRole(AriaRole.Button, new() { Name = "Tøm skjemaet" }).ClickAsync();
            await Expect(firstHeader).ToHaveValueAsync("");
            await Expect(page.Locator("#" + choiceId)).Not.ToBeCheckedAsync();

            await page.Locator("#importer-svar").SetInputFilesAsync(file);
            await Expect(firstHeader).ToHaveValueAsync("Sørbyen barnehage");
            await Expect(page.Locator("#" + choiceId)).ToBeCheckedAsync();
            await Expect(page.Locator("#skjema-status")).ToContainTextAsync("importert");
        }
        finally
        {
            page.Dialog -= Accept; // the tab is reused by the next test
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Clearing_asks_first_and_keeps_the_answers_when_the_reader_says_no()
    {
        await using var sitePage = await site.OpenAsync(Form);
        var page = sitePage.Page;
        await page.Locator("#felt-enhet").FillAsync("Vestbyen skole");
        string? question = null;
        void Dismiss(object? _, IDialog dialog) { question = dialog.Message; _ = dialog.DismissAsync(); }
        page.Dialog += Dismiss;
        try
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Tøm skjemaet" }).ClickAsync();
            await Expect(page.Locator("#felt-enhet")).ToHaveValueAsync("Vestbyen skole");
            Assert.Contains("tømme skjemaet", question);
        }
        finally
        {
            page.Dialog -= Dismiss;
        }
    }

    [Fact]
    public async Task Without_javascript_the_form_is_a_blank_printable_form()
    {
        var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false, BaseURL = site.BaseUrl });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(Form);
            await Expect(page.Locator(".form-tools")).ToBeHiddenAsync();
            await Expect(page.Locator("form#skjema textarea").First).ToBeVisibleAsync();
            await Expect(page.Locator("#skjema-status")).ToHaveCountAsync(1);
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
            await Expect(page.Locator("h1")).ToBeVisibleAsync();
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_page_says_that_nothing_is_sent_anywhere()
    {
        await using var sitePage = await site.OpenAsync(Form);
        await Expect(sitePage.Page.Locator(".privacy-note")).ToContainTextAsync("Ingenting blir sendt");
        Assert.Equal(0, await sitePage.Page.Locator("form#skjema[action]").CountAsync());
    }
}
