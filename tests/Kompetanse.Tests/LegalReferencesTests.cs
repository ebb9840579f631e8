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
    /// <summary>A checked section: what it is about, and the public page it was checked against.</summary>
    public sealed record Checked(string About, string Source);

    private const string Prop57 = "https://regjeringen.no/no/dokumenter/prop.-57-l-20222023/id2967679/";
    private const string KsChapter11 = "https://www.ks.no/fagomrader/barn-og-unge/grunnskole-og-sfo/individuell-tilrettelegging-av-opplaringstilbud/";
    private const string UdirSpesialpedagogiskHjelp = "https://www.udir.no/laring-og-trivsel/spesialpedagogikk/spesialpedagogisk-hjelp/Spesialpedagogisk-hjelp/";

    /// <summary>
    /// (act id, section) → what the section is about and where that was checked. Opplæringslova 2023
    /// (LOV-2023-06-09-30) per Prop. 57 L (2022–2023), Udir's guidance and the pages named; the 1998 act per its
    /// text as quoted by Udir, Statsforvalteren and the preparatory works; Skollagen per Skolverket. Where no
    /// checked page settles which section of the 2023 act holds a rule (sakkyndig vurdering, PPT, særskilt
    /// språkopplæring), the pages cite the chapter in words and say so, and nothing is listed here.
    /// </summary>
    public static readonly IReadOnlyDictionary<(string Act, string Section), Checked> Verified = new Dictionary<(string, string), Checked>
    {
        // Opplæringslova (2023), in force from 1 August 2024.
        [("opplaeringslova", "10-1")] = new("Det beste for eleven", "https://blogg.smartskill.no/blogg/barnets-beste-i-den-nye-opplaeringslova"),
        [("opplaeringslova", "10-2")] = new("Elevane sin rett til å bli høyrde og medverke i alt som gjeld dei sjølve", Prop57 + "?ch=21"),
        [("opplaeringslova", "11-1")] = new("Tilpassa opplæring", KsChapter11),
        [("opplaeringslova", "11-3")] = new("Intensiv opplæring i lesing, skriving og rekning på 1. til 4. trinn", "https://lovdata.no/lov/2023-06-09-30/§11-3"),
        [("opplaeringslova", "11-4")] = new("Personleg assistanse", "https://lovdata.no/lov/2023-06-09-30/§11-4"),
        [("opplaeringslova", "11-5")] = new("Fysisk tilrettelegging og tekniske hjelpemiddel", "https://lovdata.no/lov/2023-06-09-30/§11-5"),
        [("opplaeringslova", "11-6")] = new("Individuelt tilrettelagd opplæring", "https://lovdata.no/lov/2023-06-09-30/§11-6"),
        [("opplaeringslova", "11-10")] = new("Individuell opplæringsplan, for elevar med vedtak om individuelt tilrettelagd opplæring",
            "https://udir.no/regelverk-og-tilsyn/skole-og-opplaring/veileder-for-tilpasset-opplaring-og-individuell-tilrettelegging/8.-individuell-opplaringsplan-iop"),
        // Opplæringslova (1998), repealed; cited beside the new section where readers know the old number.
        [("opplaeringslova-1998", "1-3")] = new("Tilpassa opplæring og tidleg innsats", "https://www.udir.no/laring-og-trivsel/tilpasset-opplaring/intensiv-opplaring/1/"),
        [("opplaeringslova-1998", "1-4")] = new("Intensiv opplæring på 1. til 4. årstrinn", "https://www.udir.no/laring-og-trivsel/tilpasset-opplaring/intensiv-opplaring/1/"),
        [("opplaeringslova-1998", "2-8")] = new("Særskild språkopplæring for elevar frå språklege minoritetar", Prop57 + "?ch=28"),
        [("opplaeringslova-1998", "5-1")] = new("Rett til spesialundervisning", "https://statbank.ssb.no/ajax/ordforklaring?key=153827&sprak=no"),
        [("opplaeringslova-1998", "5-3")] = new("Sakkunnig vurdering", Prop57 + "?ch=27"),
        [("opplaeringslova-1998", "5-5")] = new("Unntak frå reglane om innhaldet i opplæringa (individuell opplæringsplan)",
            "https://www.sansetap.no/stotte-og-hjelp/rettigheter-og-tilbud/barnehage-og-opplaering/individuell-opplaeringsplan-iop/"),
        // Barnehageloven (LOV-2005-06-17-64).
        [("barnehageloven", "1")] = new("Formål", "https://lovdata.no/lov/2005-06-17-64/§1"),
        [("barnehageloven", "3")] = new("Barns rett til medvirkning", "https://lovdata.no/lov/2005-06-17-64/§3"),
        [("barnehageloven", "31")] = new("Rett til spesialpedagogisk hjelp, som skal omfatte tilbud om foreldrerådgivning", UdirSpesialpedagogiskHjelp + "?depth=0&print=1"),
        [("barnehageloven", "32")] = new("Samtykke fra foreldrene til sakkyndig vurdering", UdirSpesialpedagogiskHjelp + "Fase1/samtykke/"),
        [("barnehageloven", "33")] = new("PP-tjenesten (sakkyndige vurderinger, systemrettet arbeid)", UdirSpesialpedagogiskHjelp + "Fase-3/"),
        [("barnehageloven", "34")] = new("Sakkyndig vurdering før vedtak om spesialpedagogisk hjelp", UdirSpesialpedagogiskHjelp + "Fase-3/"),
        // Grunnloven: the sections have no headings; § 104 is about children's rights and the child's best interests.
        [("grunnloven", "104")] = new("Barns rettigheter, barnets beste og retten til å bli hørt", Prop57 + "?ch=10"),
        // FNs barnekonvensjon (section = article).
        [("barnekonvensjonen", "3")] = new("Barnets beste", Prop57 + "?ch=10"),
        [("barnekonvensjonen", "12")] = new("Retten til å bli hørt", Prop57 + "?ch=21"),
        // Forvaltningsloven (LOV-1967-02-10).
        [("forvaltningsloven", "2")] = new("Definisjoner (blant annet enkeltvedtak)", "https://lovdata.no/lov/1967-02-10/§2"),
        // Skollagen (SFS 2010:800), per Skolverket's list of sources on utvecklingssamtal.
        [("skollagen", "8 kap. 11 §")] = new("Utvecklingssamtal i förskolan", "https://www.skolverket.se/regler-och-ansvar/ansvar-i-skolfragor/utvecklingssamtal-och-skriftlig-individuell-utvecklingsplan-iup"),
        [("skollagen", "10 kap. 12 §")] = new("Utvecklingssamtal i grundskolan", "https://www.skolverket.se/regler-och-ansvar/ansvar-i-skolfragor/utvecklingssamtal-och-skriftlig-individuell-utvecklingsplan-iup"),
        [("skollagen", "10 kap. 13 §")] = new("Individuell utvecklingsplan med skriftliga omdömen", "https://www.skolverket.se/regler-och-ansvar/ansvar-i-skolfragor/utvecklingssamtal-och-skriftlig-individuell-utvecklingsplan-iup"),
    };

    /// <summary>
    /// Concepts whose rule stands in the 2023 act, but where no checked page settles which section: they cite the
    /// repealed section and say on the page that the new section is not settled.
    /// </summary>
    public static readonly IReadOnlySet<string> NewSectionNotSettled = new HashSet<string> { "sakkyndig-vurdering", "saerskilt-sprakopplaering" };

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
        // The "Hva gjør jeg?" guides cite a section on each step.
        foreach (var guide in Input.Value.Guides)
            foreach (var legal in guide.Steps.SelectMany(s => s.Legal))
            {
                yield return (guide.Location.Path, legal.Act.Id, legal.Section);
                if (legal.OldSection is not null) yield return (guide.Location.Path, LegalAct.OldEducationAct.Id, legal.OldSection);
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
    public void TheGuidesCitationsAreChecked() =>
        Assert.Contains(Citations(), c => c.File.EndsWith("veiledere/skole.yml", StringComparison.Ordinal) && c.Act == "opplaeringslova" && c.Section == "11-10");

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
            .Select(c => c.Slug).Where(slug => !NewSectionNotSettled.Contains(slug)).ToList();
        Assert.Empty(onlyOld);
    }

    [Fact]
    public void EveryVerifiedSectionNamesThePageItWasCheckedAgainst()
    {
        var missing = Verified.Where(v => !Uri.TryCreate(v.Value.Source, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            .Select(v => $"{v.Key.Act} {v.Key.Section}").ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("sakkyndig-vurdering")]
    [InlineData("saerskilt-sprakopplaering")]
    public void APageWhoseNewSectionIsNotSettledSaysSo(string slug)
    {
        var concept = Input.Value.Concepts.Single(c => c.Slug == slug);
        Assert.Contains("slår ikke fast hvilken paragraf", concept.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(concept.Legal, l => l.Act.Id == LegalAct.EducationActId);
    }

    /// <summary>What the law says, held on the page that explains it (each checked against the page named in the comment).</summary>
    [Theory]
    // Udir's guide, ch. 8.1: an IOP follows a vedtak on individuelt tilrettelagt opplæring only.
    [InlineData("enkeltvedtak", "Når vedtaket gir eleven rett til individuelt tilrettelagt opplæring, lager skolen en IOP", "Skolen lager deretter en IOP")]
    // Barnehageloven § 31 (Udir's guide on spesialpedagogisk hjelp): the help shall include an offer of foreldrerådgivning.
    [InlineData("spesialpedagogisk-hjelp", "skal alltid omfatte et tilbud om foreldrerådgivning", "kan også omfatte veiledning")]
    // The duty of intensive teaching is limited to reading, writing or arithmetic, years 1–4.
    [InlineData("tidlig-innsats", "i lesing, skriving eller regning", "På de fire første trinnene har skolen plikt til å gi intensiv opplæring til elever som står i fare for å bli hengende etter.")]
    // Statsforvalteren i Nordland: intensive teaching is the school's duty, not the pupil's right; a right follows only a vedtak.
    [InlineData("intensiv-opplaering", "kan ha rett til individuelt tilrettelagt opplæring", "Disse elevene har rett til")]
    // NAFO / Prop. 57 L punkt 28: the new act's words, and no separate duty to kartlegge before the vedtak.
    [InlineData("saerskilt-sprakopplaering", "tospråklig opplæring i fag", "Skolen kartlegger hvor godt eleven kan norsk før")]
    public void APageStatesTheLawAsChecked(string slug, string says, string doesNotSay)
    {
        string text = Input.Value.Concepts.Single(c => c.Slug == slug).Body.Text;
        Assert.Contains(says, text, StringComparison.Ordinal);
        Assert.DoesNotContain(doesNotSay, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sakkyndig-vurdering", "barnehageloven", "34")]
    [InlineData("barnets-beste-vurdering", "opplaeringslova", "10-1")]
    public void AConceptCitesTheSectionTheIssueFoundMissing(string slug, string act, string section)
    {
        var concept = Input.Value.Concepts.Single(c => c.Slug == slug);
        Assert.Contains(concept.Legal, l => l.Act.Id == act && l.Section == section);
    }
}
