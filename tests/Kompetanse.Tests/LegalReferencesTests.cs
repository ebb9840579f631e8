using System.Text.RegularExpressions;
using Kompetanse.Diagnostics;
using Kompetanse.Loading;
using Kompetanse.Model;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>
/// Every (act, section) the real site cites, in front matter and in running text, must be one of the sections
/// below, each held against what the section is about as it was checked. A typo in a section number (§ 11-2 for
/// § 11-3) is then a failing test, not a wrong paragraph in front of staff.
/// </summary>
public class LegalReferencesTests
{
    /// <summary>
    /// (act id, section) → what the section is about. Checked against the text of the law and official guidance:
    /// Opplæringslova 2023 (LOV-2023-06-09-30) ch. 11 per Prop. 57 L (2022–2023) and Udir's guidance; the 1998 act
    /// per its text as quoted by Udir, Statsforvalteren and the preparatory works; Skollagen per Skolverket.
    /// </summary>
    public static readonly IReadOnlyDictionary<(string Act, string Section), string> Verified = new Dictionary<(string, string), string>
    {
        // Opplæringslova (2023), in force from 1 August 2024.
        [("opplaeringslova", "3-6")] = "Særskild språkopplæring (elevar med anna morsmål enn norsk og samisk)",
        [("opplaeringslova", "10-2")] = "Elevane sin rett til å bli høyrde og medverke i alt som gjeld dei sjølve",
        [("opplaeringslova", "11-1")] = "Tilpassa opplæring",
        [("opplaeringslova", "11-3")] = "Intensiv opplæring i lesing, skriving og rekning på 1. til 4. trinn",
        [("opplaeringslova", "11-4")] = "Personleg assistanse",
        [("opplaeringslova", "11-5")] = "Fysisk tilrettelegging og tekniske hjelpemiddel",
        [("opplaeringslova", "11-6")] = "Individuelt tilrettelagd opplæring",
        [("opplaeringslova", "11-8")] = "Sakkunnig vurdering",
        [("opplaeringslova", "11-10")] = "Individuell opplæringsplan",
        // Opplæringslova (1998), repealed; cited beside the new section where readers know the old number.
        [("opplaeringslova-1998", "1-3")] = "Tilpassa opplæring og tidleg innsats",
        [("opplaeringslova-1998", "1-4")] = "Intensiv opplæring på 1. til 4. årstrinn",
        [("opplaeringslova-1998", "2-8")] = "Særskild språkopplæring for elevar frå språklege minoritetar",
        [("opplaeringslova-1998", "5-1")] = "Rett til spesialundervisning",
        [("opplaeringslova-1998", "5-3")] = "Sakkunnig vurdering",
        [("opplaeringslova-1998", "5-5")] = "Unntak frå reglane om innhaldet i opplæringa og om kompetansekrav (individuell opplæringsplan)",
        // Barnehageloven (LOV-2005-06-17-64).
        [("barnehageloven", "1")] = "Formål",
        [("barnehageloven", "3")] = "Barns rett til medvirkning",
        [("barnehageloven", "31")] = "Rett til spesialpedagogisk hjelp",
        // Grunnloven: the sections have no headings; § 104 is about children's rights and the child's best interests.
        [("grunnloven", "104")] = "Barns rettigheter, barnets beste og retten til å bli hørt",
        // FNs barnekonvensjon (section = article).
        [("barnekonvensjonen", "3")] = "Barnets beste",
        [("barnekonvensjonen", "12")] = "Retten til å bli hørt",
        // Forvaltningsloven (LOV-1967-02-10).
        [("forvaltningsloven", "2")] = "Definisjoner (blant annet enkeltvedtak)",
        // Skollagen (SFS 2010:800), per Skolverket's list of sources on utvecklingssamtal.
        [("skollagen", "8 kap. 11 §")] = "Utvecklingssamtal i förskolan",
        [("skollagen", "10 kap. 12 §")] = "Utvecklingssamtal i grundskolan",
        [("skollagen", "10 kap. 13 §")] = "Individuell utvecklingsplan med skriftliga omdömen",
    };

    private static readonly Lazy<LoadedInput> Input = new(() => InputLoader.Load(RepoPaths.Input, new DiagnosticBag()));

    /// <summary>Every citation in the real input: (file, act, section).</summary>
    public static IEnumerable<(string File, string Act, string Section)> Citations()
    {
        foreach (var concept in Input.Value.Concepts)
            foreach (var legal in concept.Legal)
            {
                yield return (concept.Location.Path, legal.Act.Id, legal.Section);
                if (legal.OldSection is not null) yield return (concept.Location.Path, LegalAct.OldEducationAct.Id, legal.OldSection);
            }
        foreach (string file in Directory.GetFiles(RepoPaths.Input, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal)))
        {
            string text = File.ReadAllText(file);
            string name = Path.GetRelativePath(RepoPaths.Input, file).Replace('\\', '/');
            foreach (Match m in TextCitation.Matches(text))
                yield return (name, ActFromName(m.Groups["act"].Value), m.Groups["section"].Value);
            foreach (Match m in ArticleCitation.Matches(text))
                yield return (name, "barnekonvensjonen", m.Groups["section"].Value);
            foreach (Match m in LovdataUrl.Matches(text))
            {
                var act = LegalAct.Known.Values.FirstOrDefault(a => a.Url.EndsWith("/" + m.Groups["law"].Value, StringComparison.Ordinal));
                yield return (name, act?.Id ?? "lovdata:" + m.Groups["law"].Value, m.Groups["section"].Value);
            }
        }
    }

    // "opplæringslova § 10-2", "Barnehageloven § 31", "Grunnloven § 104". The running text names the act in force.
    private static readonly Regex TextCitation = new(@"(?<act>opplæringslova|opplæringsloven|barnehageloven|grunnloven|forvaltningsloven)\s+§\s*(?<section>\d+(?:-\d+)?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex ArticleCitation = new(@"barnekonvensjonen\s+artikkel\s+(?<section>\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex LovdataUrl = new(@"lovdata\.no/lov/(?<law>\d{4}-\d{2}-\d{2}(?:-\d+)?)/§(?<section>\d+(?:-\d+)?)", RegexOptions.CultureInvariant);

    private static string ActFromName(string name) => name.ToLowerInvariant() switch
    {
        "opplæringslova" or "opplæringsloven" => "opplaeringslova",
        var other => other,
    };

    [Fact]
    public void TheSiteCitesLaw() => Assert.True(Citations().Count() >= 20, "too few legal citations found: is the input still loaded?");

    [Fact]
    public void EveryCitedSectionIsAVerifiedSection()
    {
        var unknown = Citations().Where(c => !Verified.ContainsKey((c.Act, c.Section)))
            .Select(c => $"{c.File}: {c.Act} {c.Section}").Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(unknown.Count == 0,
            "legal references not in the verified table (a wrong number, or a section to check and add):\n" + string.Join("\n", unknown));
    }

    [Fact]
    public void EverySourceTitledWithASectionLinksToThatSection()
    {
        // "Opplæringslova § 11-3" as a source title must point at §11-3, not at another section.
        var wrong = Input.Value.Concepts.SelectMany(c => c.Sources.Select(s => (c, s)))
            .Where(x => x.s.Url is not null && Regex.Match(x.s.Title, @"§\s*(\d+(?:-\d+)?)") is { Success: true } m
                        && x.s.Url.Contains("/§", StringComparison.Ordinal) && !x.s.Url.EndsWith("/§" + m.Groups[1].Value, StringComparison.Ordinal))
            .Select(x => $"{x.c.Location.Path}: '{x.s.Title}' → {x.s.Url}").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void NoConceptCitesOnlyTheRepealedActWhereTheNewActHasTheSection()
    {
        // Every concept cites the act in force, with the old number beside it where readers know that one.
        var onlyOld = Input.Value.Concepts
            .Where(c => c.Legal.Any(l => l.Act.Id == LegalAct.OldEducationAct.Id) && !c.Legal.Any(l => l.Act.Id == LegalAct.EducationActId))
            .Select(c => c.Slug).ToList();
        Assert.Empty(onlyOld);
    }
}
