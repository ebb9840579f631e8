using AngleSharp.Html.Parser;
using Kompetanse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kompetanse.Browser.Tests;

/// <summary>
/// The whole loop of a form, as units and the coordinator live it: one unit fills in the gap analysis and
/// exports it, another downloads it filled as a Word document; both files go into input/svar/gapanalyse/;
/// the next build shows both units on /skjema/gapanalyse/svar/, and a file with a question the form does
/// not have is an error at its line.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class AnswersRoundTripTests(SiteFixture site) : IDisposable
{
    private readonly string work = Path.Combine(Path.GetTempPath(), "kompetanse-round-trip-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(work, recursive: true); } catch (IOException) { }
    }

    private static async Task<string> DownloadAsync(IPage page, string button, string folder)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync(), new() { Timeout = 15_000 });
        string file = Path.Combine(folder, download.SuggestedFilename);
        await download.SaveAsAsync(file);
        return file;
    }

    private static async Task FillAsync(IPage page, string unit, string current)
    {
        await page.Locator("#felt-enhet").FillAsync(unit);
        await page.Locator("#felt-dato").FillAsync("2026-11-20");
        await page.Locator("[name='tilpasset-opplaering.r1.c1']").FillAsync(current);
        await page.Locator("[name='tilpasset-opplaering.r1.c3']").FillAsync("Lesekurs for personalet");
        await Expect(page.Locator("#skjema-status")).ToContainTextAsync("lagret");
    }

    [Fact]
    public async Task An_export_and_a_filled_document_from_two_units_make_the_overview_and_a_bad_file_is_an_error_at_its_line()
    {
        string downloads = Directory.CreateDirectory(Path.Combine(work, "downloads")).FullName;
        await using var tab = await site.OpenAsync("/skjema/gapanalyse/");
        var page = tab.Page;

        await FillAsync(page, "Berg skole", "Lite variasjon i arbeidsmåtene");
        string export = await DownloadAsync(page, "Eksporter svar", downloads);
        await page.Locator("#felt-enhet").FillAsync("");
        await FillAsync(page, "Dal barnehage", "Vi tilpasser for hvert barn");
        string docx = await DownloadAsync(page, "Last ned utfylt (DOCX, for Word)", downloads);

        string repository = Path.Combine(work, "repo");
        Folders.Copy(Path.Combine(BuiltSite.FindRepoRoot(), "input"), Path.Combine(repository, "input"));
        string answers = Directory.CreateDirectory(Path.Combine(repository, "input", "svar", "gapanalyse")).FullName;
        File.Copy(export, Path.Combine(answers, "berg-skole.json"));
        File.Copy(docx, Path.Combine(answers, "dal-barnehage.docx"));
        string theme = Path.Combine(BuiltSite.FindRepoRoot(), "theme");
        string output = Path.Combine(work, "site");

        var result = Build.Run(new BuildOptions(Path.Combine(repository, "input"), theme, output) { Today = BuiltSite.Today });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var overview = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "skjema", "gapanalyse", "svar", "index.html")));
        Assert.Equal(["Berg skole", "Dal barnehage"], overview.QuerySelectorAll("#levert-tabell ~ tbody th").Select(t => t.TextContent));
        Assert.Equal(["svarfil fra nettsiden", "Word-dokument"], overview.QuerySelectorAll("#levert-tabell ~ tbody tr td:last-child").Select(t => t.TextContent));
        Assert.Contains("Levert av 2 enheter.", overview.Body!.TextContent);
        // The gap analysis does not allow its text answers on the public page.
        Assert.DoesNotContain("Lite variasjon", overview.Body.TextContent);

        string bad = File.ReadAllText(export).Replace("\"tilpasset-opplaering\"", "\"tilpasset-opplaringen\"");
        File.WriteAllText(Path.Combine(answers, "feil.json"), bad.Replace("Berg skole", "Ås skole"));
        var failed = Build.Run(new BuildOptions(Path.Combine(repository, "input"), theme, output) { Today = BuiltSite.Today });

        var error = Assert.Single(failed.Diagnostics, d => d.Id == "KMP116");
        Assert.EndsWith("svar/gapanalyse/feil.json", error.Location.Path);
        int line = File.ReadAllLines(Path.Combine(answers, "feil.json")).ToList().FindIndex(l => l.Contains("tilpasset-opplaringen")) + 1;
        Assert.Equal(line, error.Location.Line);
        Assert.Contains("did you mean 'tilpasset-opplaering'", error.Message);
    }
}
