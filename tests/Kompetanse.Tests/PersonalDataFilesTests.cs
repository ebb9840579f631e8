using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>Answers to a form with personal data are refused wherever they lie in the input, found by what they are, not by their folder.</summary>
public class PersonalDataFilesTests
{
    private const string IopYaml = """
        title: Individuell opplæringsplan (IOP)
        version: "1.0"
        personal_data: true
        date: 2024-11-01
        purpose: Planen for eleven.
        who: Kontaktlærer.
        when: Etter vedtak.
        header:
          - label: Elevens navn
        sections:
          - title: Mål
            questions:
              - id: mal
                text: Hvilke mål har eleven?
                answer: text
        """;

    private const string Export = """
        { "format": "kompetanse-svar/1", "form": "iop", "version": "1.0", "exported": "2026-11-20T10:00:00.000Z",
          "answers": [ { "id": "felt-elevens-navn", "answer": "Et navn" }, { "id": "mal", "answer": "Lese bedre" } ] }
        """;

    private static TestSite Site() => new TestSite().File("forms/iop.yml", IopYaml);

    [Theory]
    [InlineData("skjema/iop/elev.json")]
    [InlineData("Svar/iop/elev.json")]
    [InlineData("dokumenter/iop-svar.json")]
    [InlineData("forms/iop-svar.json")]
    public void An_iop_export_anywhere_in_the_input_is_an_error_naming_it(string path)
    {
        using var site = Site().File(path, Export);

        var result = site.Build();

        var error = result.Single("KMP223", path);
        Assert.Contains(path, error.Message);
        Assert.Contains("Individuell opplæringsplan (IOP)", error.Message);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_filled_iop_document_is_an_error_and_a_blank_copy_is_not()
    {
        using var first = Site();
        byte[] blank = first.Build().Outputs.Single(f => f.Path == "skjema/iop/iop.docx").Content;
        var stream = new MemoryStream();
        stream.Write(blank);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var control = document.MainDocumentPart!.Document!.Body!.Descendants<SdtElement>().Single(c => c.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value == "mal");
            control.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().First().Text = "Lese bedre";
        }
        using var site = Site().Bytes("vedlegg/plan-for-eleven.docx", stream.ToArray()).Bytes("vedlegg/tom-mal.docx", blank);

        var result = site.Build();

        result.Single("KMP223", "vedlegg/plan-for-eleven.docx");
        Assert.Empty(result.With("KMP223", "vedlegg/tom-mal.docx"));
    }

    [Fact]
    public void Answers_to_a_form_without_personal_data_outside_svar_are_not_refused()
    {
        using var site = Site().File("dokumenter/kartlegging-svar.json", Export.Replace("\"iop\"", "\"kartlegging\""));

        Assert.Empty(site.Build().With("KMP223"));
    }

    [Theory]
    [InlineData("iop-svar.json")]
    [InlineData("iop-berg-skole-svar.json")]
    [InlineData("iop-utfylt.docx")]
    [InlineData("iop-utfylt.odt")]
    [InlineData("iop-berg-skole-utfylt.docx")]
    public void The_names_the_iop_page_gives_its_exports_are_ignored_by_git(string name)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { "check-ignore", "-q", "--no-index", "input/skjema/" + name }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{name} is not in .gitignore");
    }

    [Fact]
    public void Every_form_with_personal_data_in_the_real_input_has_its_export_names_in_gitignore()
    {
        string ignore = File.ReadAllText(Path.Combine(RepoPaths.Root, ".gitignore"));
        var slugs = Directory.GetFiles(Path.Combine(RepoPaths.Input, "forms"), "*.yml")
            .Where(f => File.ReadAllText(f).Contains("personal_data: true", StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.NotEmpty(slugs);
        foreach (var slug in slugs)
            foreach (var line in new[] { $"{slug}-svar.json", $"{slug}-*-svar.json", $"{slug}-utfylt.docx", $"{slug}-*-utfylt.odt" })
                Assert.Contains("\n" + line + "\n", ignore);
    }
}
