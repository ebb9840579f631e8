using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Kompetanse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using W14 = DocumentFormat.OpenXml.Office2010.Word;

namespace Kompetanse.Browser.Tests;

/// <summary>
/// "Last ned utfylt": Chromium fills in the site's blank DOCX and ODT with the typed answers. The DOCX must pass
/// the Open XML validator, and LibreOffice must read the answers back from both.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class FilledDocumentTests(SiteFixture site) : IDisposable
{
    private const string Form = "/skjema/kvalitetsomrader/";
    private const string Unit = "Sørbyen barnehage";
    private const string Evidence = "Foreldreundersøkelsen 2025, spørsmål 12";
    private readonly string folder = Directory.CreateTempSubdirectory("kompetanse-filled-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>Fills in the unit, the date, the first scale's second step and a cell of an evidence table; returns the scale's answer id.</summary>
    private static async Task<string> FillAsync(IPage page)
    {
        await page.Locator("#felt-enhet").FillAsync(Unit);
        await page.Locator("#felt-dato").FillAsync("2026-12-01");
        var step = page.Locator("#skjema input[type=radio]").Nth(1);
        await step.CheckAsync();
        await page.Locator("[name='grunnlag-resultat.r1.c2']").FillAsync(Evidence + "\nog egne observasjoner");
        await Expect(page.Locator("#skjema-status")).ToContainTextAsync("lagret");
        return (await step.GetAttributeAsync("name"))!;
    }

    private readonly List<string> console = [];

    private async Task<string> DownloadAsync(IPage page, string button)
    {
        page.Console += (_, m) => console.Add(m.Text);
        IDownload download;
        try
        {
            download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync(),
                new() { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"No download; the status line says: {await page.Locator("#skjema-status").TextContentAsync()}; console: {string.Join(" | ", console)}");
            throw;
        }
        string file = Path.Combine(folder, download.SuggestedFilename);
        await download.SaveAsAsync(file);
        // Kept beside the screenshots, to open and look at.
        string keep = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(keep);
        File.Copy(file, Path.Combine(keep, Path.GetFileName(file)), overwrite: true);
        return file;
    }

    [Fact]
    public async Task The_filled_docx_is_valid_and_holds_the_answers_in_its_content_controls()
    {
        await using var sitePage = await site.OpenAsync(Form);
        var page = sitePage.Page;
        string scale = await FillAsync(page);
        string file = await DownloadAsync(page, "Last ned utfylt (DOCX, for Word)");
        Assert.Equal("kvalitetsomrader-sorbyen-barnehage-utfylt.docx", Path.GetFileName(file));
        await Expect(page.Locator("#skjema-status")).ToContainTextAsync("lastet ned");

        using (var doc = WordprocessingDocument.Open(file, false))
        {
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
            var controls = doc.MainDocumentPart!.Document!.Body!.Descendants<SdtRun>()
                .ToDictionary(c => c.SdtProperties!.GetFirstChild<Tag>()!.Val!.Value!);
            Assert.Equal(Unit, controls["felt-enhet"].InnerText);
            var date = controls["felt-dato"];
            Assert.Equal("01.12.2026", date.InnerText);
            Assert.Null(date.SdtProperties!.GetFirstChild<ShowingPlaceholder>());
            Assert.StartsWith("2026-12-01", date.SdtProperties.GetFirstChild<SdtContentDate>()!.FullDate!.InnerText);
            // The cell keeps its line break.
            var cell = controls["grunnlag-resultat.r1.c2"];
            Assert.Equal([Evidence, "og egne observasjoner"], cell.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text));
            Assert.Single(cell.Descendants<Break>());

            bool Checked(string tag) => controls[tag].SdtProperties!.GetFirstChild<W14.SdtContentCheckBox>()!
                .GetFirstChild<W14.Checked>()!.Val!.Value == W14.OnOffValues.One;
            Assert.True(Checked(scale + "#2"));
            Assert.False(Checked(scale + "#1"));
            Assert.Equal("☒", controls[scale + "#2"].InnerText);
            Assert.Equal("☐", controls[scale + "#3"].InnerText);
        }

        string text = await LibreOfficeTextAsync(file);
        Assert.Contains(Unit, text);
        Assert.Contains(Evidence, text);
        Assert.Contains("01.12.2026", text);
    }

    [Fact]
    public async Task The_filled_odt_holds_the_answers_in_its_input_fields_and_libreoffice_reads_them()
    {
        await using var sitePage = await site.OpenAsync(Form);
        var page = sitePage.Page;
        string scale = await FillAsync(page);
        string file = await DownloadAsync(page, "Last ned utfylt (ODT, for LibreOffice)");

        using (var zip = ZipFile.OpenRead(file))
        {
            // ODF: the mimetype first and stored, so the file is still recognised.
            Assert.Equal("mimetype", zip.Entries[0].FullName);
            Assert.Equal(zip.Entries[0].Length, zip.Entries[0].CompressedLength);
            using var stream = zip.GetEntry("content.xml")!.Open();
            XNamespace text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
            var fields = XDocument.Load(stream).Descendants(text + "text-input")
                .ToDictionary(f => (string)f.Attribute(text + "description")!, f => f.Value);
            Assert.Equal(Unit, fields["felt-enhet"]);
            Assert.Equal("01.12.2026", fields["felt-dato"]);
            Assert.Equal(Evidence + " / og egne observasjoner", fields["grunnlag-resultat.r1.c2"]);
            Assert.Equal("☒", fields[scale + "#2"]);
            Assert.Equal("☐", fields[scale + "#1"]);
        }

        string plain = await LibreOfficeTextAsync(file);
        Assert.Contains(Unit, plain);
        Assert.Contains(Evidence, plain);
    }

    /// <summary>The document as LibreOffice reads it, converted to plain text in a profile of its own.</summary>
    private async Task<string> LibreOfficeTextAsync(string file)
    {
        string outDir = Path.Combine(folder, "txt-" + Path.GetExtension(file).TrimStart('.'));
        var start = new ProcessStartInfo("libreoffice")
        {
            ArgumentList =
            {
                "-env:UserInstallation=file://" + Path.Combine(folder, "lo-profile"),
                "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", outDir, file,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        string output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        string txt = Path.Combine(outDir, Path.GetFileNameWithoutExtension(file) + ".txt");
        Assert.True(File.Exists(txt), $"LibreOffice wrote no text (exit {process.ExitCode}): {output}");
        return await File.ReadAllTextAsync(txt);
    }
}
