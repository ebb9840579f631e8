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
    public async Task Export_asks_for_the_unit_and_writes_a_file_that_describes_itself_and_import_asks_before_replacing()
    {
        await using var sitePage = await site.OpenAsync(Form);
        var page = sitePage.Page;
        var cell = page.Locator("[name='tilpasset-opplaering.r1.c2']");
        await page.Locator("#felt-dato").FillAsync("2026-12-01");
        await cell.FillAsync("Alle elever får\nvarierte oppgaver");
        await page.Locator("[name='intensiv-opplaering.r2.c3']").FillAsync("Lesekurs");

        var asked = new List<string>();
        bool replace = false;
        void Answer(object? _, IDialog dialog)
        {
            asked.Add(dialog.Type + ": " + dialog.Message);
            _ = dialog.Type == "prompt" ? dialog.AcceptAsync("Eksempel skole") : replace ? dialog.AcceptAsync() : dialog.DismissAsync();
        }
        page.Dialog += Answer;
        string file = Path.Combine(Path.GetTempPath(), $"kompetanse-export-{Guid.NewGuid():N}.json");
        try
        {
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Eksporter svar" }).ClickAsync());
            await download.SaveAsAsync(file);
            Assert.Contains(asked, a => a.StartsWith("prompt: Hvilken enhet", StringComparison.Ordinal));
            Assert.Equal("gapanalyse-eksempel-skole-svar.json", download.SuggestedFilename);
            await Expect(page.Locator("#felt-enhet")).ToHaveValueAsync("Eksempel skole");

            string text = await File.ReadAllTextAsync(file);
            Assert.Contains("\n  \"format\": \"kompetanse-svar/1\"", text); // pretty-printed
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            Assert.Equal("gapanalyse", root.GetProperty("form").GetString());
            Assert.Equal("Gapanalyse for enhetene", root.GetProperty("title").GetString());
            Assert.Equal("Eksempel skole", root.GetProperty("unit").GetString());
            Assert.False(string.IsNullOrEmpty(root.GetProperty("version").GetString()));
            Assert.True(DateTimeOffset.TryParse(root.GetProperty("exported").GetString(), out _));
            var answers = root.GetProperty("answers").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!);
            Assert.Equal(["felt-enhet", "felt-dato", "tilpasset-opplaering", "intensiv-opplaering"], answers.Keys);
            Assert.Equal("Enhet", answers["felt-enhet"].GetProperty("question").GetString());
            Assert.Equal("2026-12-01", answers["felt-dato"].GetProperty("answer").GetString());
            var table = answers["tilpasset-opplaering"];
            Assert.StartsWith("Hvordan sørger vi", table.GetProperty("question").GetString());
            Assert.Equal(["Nå-situasjon", "Ønsket situasjon", "Tiltak", "Ansvarlig", "Frist"], table.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
            Assert.Equal("Alle elever får\nvarierte oppgaver", table.GetProperty("rows")[0][1].GetString());
            Assert.Equal("", table.GetProperty("rows")[1][1].GetString());

            // Typed answers are there: the import asks first, and "no" keeps them.
            await cell.FillAsync("Noe annet");
            asked.Clear();
            await page.Locator("#importer-svar").SetInputFilesAsync(file);
            await Expect(page.Locator("#skjema-status")).ToContainTextAsync("avbrutt");
            Assert.Contains(asked, a => a.StartsWith("confirm: Skjemaet har allerede svar", StringComparison.Ordinal));
            await Expect(cell).ToHaveValueAsync("Noe annet");

            replace = true;
            await page.Locator("#importer-svar").SetInputFilesAsync(file);
            await Expect(page.Locator("#skjema-status")).ToContainTextAsync("importert");
            await Expect(cell).ToHaveValueAsync("Alle elever får\nvarierte oppgaver");
            await Expect(page.Locator("[name='intensiv-opplaering.r2.c3']")).ToHaveValueAsync("Lesekurs");
        }
        finally
        {
            page.Dialog -= Answer; // the tab is reused by the next test
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Answers_saved_under_an_older_version_keep_what_remains_and_name_what_was_dropped()
    {
        await using var sitePage = await site.OpenAsync(Form);
        var page = sitePage.Page;
        await page.EvaluateAsync("""
            () => localStorage.setItem("kompetanse:skjema:gapanalyse", JSON.stringify({
              form: "gapanalyse", version: "0.9", savedAt: "2026-10-01T08:00:00.000Z",
              answers: { "felt-enhet": "Nordbyen skole", "tilpasset-opplaering.r1.c1": "Vi varierer lite.", "gammelt-sporsmal.r1.c1": "Borte" },
              questions: { "gammelt-sporsmal": "Hvordan brukte vi den gamle planen?" }
            }))
            """);
        await page.ReloadAsync();
        await Expect(page.Locator("#felt-enhet")).ToHaveValueAsync("Nordbyen skole");
        await Expect(page.Locator("[name='tilpasset-opplaering.r1.c1']")).ToHaveValueAsync("Vi varierer lite.");
        var status = page.Locator("#skjema-status");
        await Expect(status).ToContainTextAsync("hentet fram igjen");
        await Expect(status).ToContainTextAsync("versjon 0.9");
        await Expect(status).ToContainTextAsync("«Hvordan brukte vi den gamle planen?»");
        // What remains is saved under this version.
        string saved = await page.EvaluateAsync<string>("() => localStorage.getItem('kompetanse:skjema:gapanalyse')");
        using var json = JsonDocument.Parse(saved);
        Assert.NotEqual("0.9", json.RootElement.GetProperty("version").GetString());
        Assert.False(json.RootElement.GetProperty("answers").TryGetProperty("gammelt-sporsmal.r1.c1", out _));
    }

    [Fact]
    public async Task A_full_browser_storage_is_said_in_the_status_line()
    {
        var context = await site.Browser.NewContextAsync(new() { BaseURL = site.BaseUrl });
        try
        {
            await context.AddInitScriptAsync("Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };");
            var page = await context.NewPageAsync();
            await page.GotoAsync(Form);
            await page.Locator("#felt-enhet").FillAsync("Nordbyen skole");
            await Expect(page.Locator("#skjema-status")).ToContainTextAsync("ikke mer plass");
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_form_with_personal_data_keeps_answers_for_the_tab_only_unless_the_reader_chooses()
    {
        await using var sitePage = await site.OpenAsync("/skjema/iop/");
        var page = sitePage.Page;
        var note = page.Locator(".privacy-note");
        await Expect(note).ToContainTextAsync("personopplysninger");
        await Expect(note).ToContainTextAsync("mens denne fanen er åpen");
        Assert.True(await page.EvaluateAsync<bool>(
            "() => !!(document.querySelector('.privacy-note').compareDocumentPosition(document.querySelector('#skjema [name]')) & Node.DOCUMENT_POSITION_FOLLOWING)"));

        const string Key = "kompetanse:skjema:iop";
        var first = page.Locator("#skjema .form-header input").First;
        await first.FillAsync("Ola Nordmann");
        await Expect(page.Locator("#skjema-status")).ToContainTextAsync("lagret i denne fanen");
        Assert.Null(await page.EvaluateAsync<string?>($"() => localStorage.getItem('{Key}')"));
        Assert.Contains("Ola Nordmann", await page.EvaluateAsync<string>($"() => sessionStorage.getItem('{Key}')"));

        await page.GetByLabel("Husk svarene i denne nettleseren").CheckAsync();
        Assert.Contains("Ola Nordmann", await page.EvaluateAsync<string>($"() => localStorage.getItem('{Key}')"));
        Assert.Null(await page.EvaluateAsync<string?>($"() => sessionStorage.getItem('{Key}')"));

        // Chosen once, kept: after a reload the answers are back and the choice still ticked.
        await page.ReloadAsync();
        await Expect(first).ToHaveValueAsync("Ola Nordmann");
        await Expect(page.GetByLabel("Husk svarene i denne nettleseren")).ToBeCheckedAsync();

        // A form without personal data keeps answers in localStorage, and has no such choice.
        await using var other = await site.OpenAsync(Form);
        await Expect(other.Page.Locator("#husk-svar")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_filled_field_prints_all_its_text_with_the_municipality_on_the_printout()
    {
        await using var sitePage = await site.OpenAsync(Form);
        var page = sitePage.Page;
        const string Long = "Elevundersøkelsen 2024 viser 2,5 på nivået for medvirkning, og vi vil nå 3,0 innen våren 2026 ved å la elevene være med og planlegge.";
        await page.Locator("#felt-enhet").FillAsync(Long);
        await page.Locator("[name='tilpasset-opplaering.r1.c1']").FillAsync(Long + "\n" + Long);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        try
        {
            await Expect(page.Locator("#felt-enhet")).ToBeHiddenAsync();
            var copy = page.Locator("#felt-enhet + .print-answer");
            await Expect(copy).ToBeVisibleAsync();
            await Expect(copy).ToHaveTextAsync(Long);
            // All of it shows: the copy is as wide as the form, and nothing is clipped.
            Assert.True(await copy.EvaluateAsync<bool>("e => e.scrollHeight <= e.clientHeight + 1 && e.scrollWidth <= e.clientWidth + 1"));
            await Expect(page.Locator("[name='tilpasset-opplaering.r1.c1'] + .print-answer")).ToBeVisibleAsync();
            // A blank field keeps its box to write in.
            await Expect(page.Locator("[name='tilpasset-opplaering.r2.c1']")).ToBeVisibleAsync();
            var owner = page.Locator(".form-owner");
            await Expect(owner).ToBeVisibleAsync();
            await Expect(owner).ToContainTextAsync("Meløy kommune");
        }
        finally
        {
            await page.EmulateMediaAsync(new() { Media = Media.Screen });
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
