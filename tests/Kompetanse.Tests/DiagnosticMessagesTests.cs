using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Kompetanse.Diagnostics;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>Diagnostics in Norwegian for editors, English for developers who ask for it.</summary>
public sealed partial class DiagnosticMessagesTests
{
    private static IEnumerable<DiagnosticDescriptor> AllCodes() =>
        typeof(Codes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);

    [Fact]
    public void EveryCodeHasANorwegianMessageWithTheSamePlaceholders()
    {
        var problems = new List<string>();
        foreach (var code in AllCodes())
        {
            if (!DiagnosticMessages.Norwegian.TryGetValue(code.Id, out var norwegian))
                problems.Add($"{code.Id}: no Norwegian message in Diagnostics/Messages.nb.resx (English: {code.Format})");
            else if (!Placeholders(code.Format).SetEquals(Placeholders(norwegian)))
                problems.Add($"{code.Id}: the Norwegian message has {string.Join(",", Placeholders(norwegian).Order())}, the English {string.Join(",", Placeholders(code.Format).Order())}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(AllCodes().Count() > 80);
    }

    [Fact]
    public void ADiagnosticReadsInNorwegianWithItsValuesAndHintTranslated()
    {
        using var site = new TestSite()
            .File("concepts/tidlig-innsats.md", "---\ntitle: Tidlig innsats\ndefinition: Tidlig hjelp.\naliases: { a: b }\n---\nTekst.\n")
            .File("concepts/vurdering.md", "---\ntitle: Vurdering\ndefinition: Å vurdere.\nrelated: [vurderng]\n---\nTekst.\n");

        var result = site.Build();

        Assert.True(result.With("KMP013").Count == 1, result.Describe());
        var wrongType = result.With("KMP013")[0];
        Assert.Equal("'aliases' must be a list of text values", wrongType.Message);
        Assert.Equal("'aliases' må være en liste med tekstverdier", DiagnosticMessages.Format(wrongType, MessageLanguage.Norwegian));
        var unknown = Assert.Single(result.With("KMP015"));
        Assert.EndsWith(": error KMP015: ukjent begrep 'vurderng' i 'related' (mente du 'vurdering'?)", unknown.ToString(MessageLanguage.Norwegian));
        Assert.Equal(unknown.ToString(), unknown.ToString(MessageLanguage.English));
    }

    [Theory]
    [InlineData("en-US", MessageLanguage.English)]
    [InlineData("en-GB", MessageLanguage.English)]
    [InlineData("nb-NO", MessageLanguage.Norwegian)]
    [InlineData("nn-NO", MessageLanguage.Norwegian)]
    [InlineData("", MessageLanguage.Norwegian)] // the invariant culture of a bare server (LANG=C): the editors' language
    public void WithoutLangTheEnvironmentsCultureDecides(string culture, MessageLanguage expected)
    {
        Assert.Equal(expected, DiagnosticMessages.FromCulture(CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void TheCommandLineSpeaksNorwegianWithLangNbAndEnglishWithLangEn()
    {
        using var site = new TestSite().File("concepts/vurdering.md", "---\ntitle: Vurdering\n---\nTekst.\n");

        var norwegian = CliProcess.Run(site.Root, "check", "--input", site.Input, "--theme", RepoPaths.Theme, "--lang", "nb");
        var english = CliProcess.Run(site.Root, "check", "--input", site.Input, "--theme", RepoPaths.Theme, "--lang", "en");
        var environment = CliProcess.Run(site.Root, "check", "--input", site.Input, "--theme", RepoPaths.Theme);

        Assert.Equal(1, norwegian.ExitCode);
        Assert.Contains("error KMP010: mangler påkrevd 'definition'", norwegian.All);
        Assert.Contains("sjekken feilet: 1 feil, ", norwegian.All);
        Assert.Contains("check failed: 1 error, ", english.All);
        Assert.Contains("error KMP010: missing required 'definition'", english.All);
        Assert.Contains("error KMP010: missing required 'definition'", environment.All); // CliProcess runs with LANG=en_US.UTF-8
        var wrong = CliProcess.Run(site.Root, "check", "--input", site.Input, "--lang", "de");
        Assert.NotEqual(0, wrong.ExitCode);
    }

    private static HashSet<string> Placeholders(string format) =>
        PlaceholderPattern().Matches(format.Replace("{{", "").Replace("}}", "")).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
