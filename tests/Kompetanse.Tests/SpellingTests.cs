using System.Diagnostics;
using AngleSharp.Dom;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>
/// The main text of every built page, spelled with hunspell in the page's own language: Bokmål (nb_NO) and
/// Nynorsk (nn_NO) from Debian's hunspell-no. Names and terms the dictionaries lack are in Spelling/ordliste.txt,
/// one word a line. Swedish text is not spelled: Debian's hunspell-no has no Swedish dictionary and none is
/// installed here (hunspell -D lists nb_NO and nn_NO only). .ci/run installs hunspell and hunspell-no.
/// </summary>
public class SpellingTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private static readonly Dictionary<string, string> Dictionaries = new() { ["nb"] = "nb_NO", ["nn"] = "nn_NO" };

    private static string WordList => Path.Combine(RepoPaths.Root, "tests", "Kompetanse.Tests", "Spelling", "ordliste.txt");

    [Fact]
    public void EveryPageIsSpelledRightInItsOwnLanguage()
    {
        Assert.True(site.Result.Succeeded, site.Result.Describe());
        Assert.True(HunspellHas("nb_NO") && HunspellHas("nn_NO"),
            "hunspell with the nb_NO and nn_NO dictionaries is needed (Debian: apt-get install hunspell hunspell-no)");

        var failures = new List<string>();
        foreach (var (path, page) in site.Pages)
        {
            if (page.QuerySelector("meta[http-equiv='refresh']") is not null) continue; // redirect stubs
            var main = page.QuerySelector("main");
            if (main is null) continue;
            var byLanguage = new Dictionary<string, List<string>>();
            Collect(main, LanguageOf(main), byLanguage);
            foreach (var (language, texts) in byLanguage)
            {
                if (!Dictionaries.TryGetValue(language, out string? dictionary)) continue;
                var unknown = Misspelled(dictionary, string.Join("\n", texts));
                if (unknown.Count > 0) failures.Add($"{path} ({language}): {string.Join(", ", unknown)}");
            }
        }
        Assert.True(failures.Count == 0,
            "words hunspell does not know (fix the spelling, or add a name or term to tests/Kompetanse.Tests/Spelling/ordliste.txt):\n"
            + string.Join("\n", failures));
    }

    [Fact]
    public void TheWordListIsSortedAndHasNoDuplicates()
    {
        var words = File.ReadAllLines(WordList).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Assert.Equal(words.Distinct(StringComparer.Ordinal).Count(), words.Count);
    }

    /// <summary>The language an element is in: its own lang, or its nearest ancestor's ("nb" if none says).</summary>
    private static string LanguageOf(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
            if (e.GetAttribute("lang") is { Length: > 0 } lang) return lang.Split('-')[0];
        return "nb";
    }

    /// <summary>The text under an element, grouped by language; code, forms' machinery and abbreviations are left out.</summary>
    private static void Collect(INode node, string language, Dictionary<string, List<string>> into)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                if (!into.TryGetValue(language, out var list)) into[language] = list = [];
                list.Add(text.Data);
            }
            else if (child is IElement element)
            {
                string tag = element.LocalName;
                if (tag is "code" or "pre" or "script" or "style" or "template" or "abbr" or "svg" or "time") continue;
                Collect(element, element.GetAttribute("lang") is { Length: > 0 } lang ? lang.Split('-')[0] : language, into);
            }
        }
    }

    private static List<string> Misspelled(string dictionary, string text)
    {
        var info = new ProcessStartInfo("hunspell", ["-d", dictionary, "-p", WordList, "-l", "-i", "utf-8"])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            StandardInputEncoding = new System.Text.UTF8Encoding(false), StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        process.StandardInput.Write(text);
        process.StandardInput.Close();
        process.WaitForExit();
        // Single letters (the A–Å bar, "A til Å") are not words to spell.
        return output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(w => w.Length > 1)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    private static bool HunspellHas(string dictionary)
    {
        try
        {
            var info = new ProcessStartInfo("hunspell", ["-D"]) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
            using var process = Process.Start(info)!;
            process.StandardInput.Close();
            string all = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return all.Contains("/" + dictionary, StringComparison.Ordinal);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
