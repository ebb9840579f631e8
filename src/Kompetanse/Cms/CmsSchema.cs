using Kompetanse.Loading;
using Kompetanse.Model;

namespace Kompetanse.Cms;

/// <summary>One field of a content file as the editor at /admin/ shows it (a Decap CMS field).</summary>
public sealed record CmsField(string Name, string Label, string Widget)
{
    /// <summary>The loader reports the file when this field is missing or empty (KMP010/KMP024).</summary>
    public bool Required { get; init; }
    public string? Hint { get; init; }
    /// <summary>A select's choices: the value written in the file and the label shown.</summary>
    public IReadOnlyList<(string Value, string Label)> Options { get; init; } = [];
    public bool Multiple { get; init; }
    /// <summary>A relation's collection, file (in a file collection) and the field it stores.</summary>
    public string? Collection { get; init; }
    public string? File { get; init; }
    public string? ValueField { get; init; }
    public string? DisplayField { get; init; }
    /// <summary>The fields of a list of entries or of a nested mapping.</summary>
    public IReadOnlyList<CmsField> Fields { get; init; } = [];
    /// <summary>A regular expression the value must match, and what to tell the editor when it does not.</summary>
    public (string Regex, string Message)? Pattern { get; init; }
    public object? Default { get; init; }
}

/// <summary>A kind of content: a folder of files (concepts, roles, …) or a set of single files (the plan, …).</summary>
public sealed record CmsCollection(string Name, string Label, string? LabelSingular)
{
    public string? Folder { get; init; }
    /// <summary>"md" (front matter and a Markdown body) or "yml".</summary>
    public string Extension { get; init; } = "md";
    public IReadOnlyList<CmsField> Fields { get; init; } = [];
    public IReadOnlyList<CmsFile> Files { get; init; } = [];
    public string? Description { get; init; }
}

public sealed record CmsFile(string Name, string Label, string InputPath, IReadOnlyList<CmsField> Fields);

/// <summary>
/// The content model as the editor sees it: every kind of file the loaders read (Loading/), with the keys they
/// accept, which of them are required, and the closed lists they check against (acts, levels, statuses,
/// languages, answer types). The tests load a file with every field through the real loaders and check that
/// nothing is unknown and that each required field is reported when it is missing, so this cannot drift from
/// what the build accepts. The help texts are the README's.
/// </summary>
public static class CmsSchema
{
    /// <summary>Where the editor's collections keep their files, relative to the repository root.</summary>
    public const string InputFolder = "input";

    public const string Concepts = "begreper";
    public const string Roles = "roller";
    public const string PlanCollection = "plan";
    public const string PlanFileName = "fremdriftsplan";

    /// <summary>New generic pages made in the editor go here (→ /sider/&lt;slug&gt;/).</summary>
    public const string PagesFolder = "sider";

    private const string SlugHint = "Adressen lages av tittelen: små bokstaver a–z, 0–9 og bindestrek (æ → ae, ø → o, å → a).";
    private const string MonthPattern = @"^\d{4}-(0[1-9]|1[0-2])$";
    private const string MonthMessage = "Skriv måneden som ÅÅÅÅ-MM, for eksempel 2024-03.";
    private const string UrlPattern = @"^https?://\S+$";
    private const string UrlMessage = "En hel adresse som begynner med https://";

    private static CmsField Text(string name, string label, bool required = false, string? hint = null) =>
        new(name, label, "string") { Required = required, Hint = hint };

    private static CmsField LongText(string name, string label, bool required = false, string? hint = null) =>
        new(name, label, "text") { Required = required, Hint = hint };

    private static CmsField TextList(string name, string label, string? hint = null) =>
        new(name, label, "list") { Hint = hint, Default = Array.Empty<string>() };

    private static CmsField Entries(string name, string label, bool required, string? hint, params CmsField[] fields) =>
        new(name, label, "list") { Required = required, Hint = hint, Fields = fields };

    private static CmsField Date(string name, string label, bool required = false, string? hint = null) =>
        new(name, label, "datetime") { Required = required, Hint = hint };

    private static CmsField Month(string name, string label, bool required, string? hint = null) =>
        Text(name, label, required, hint ?? MonthMessage) with { Pattern = (MonthPattern, MonthMessage) };

    private static CmsField Url(string name, string label, bool required, string? hint = null) =>
        Text(name, label, required, hint) with { Pattern = (UrlPattern, UrlMessage) };

    private static CmsField Select(string name, string label, bool required, string? hint, IEnumerable<(string, string)> options) =>
        new(name, label, "select") { Required = required, Hint = hint, Options = options.ToList() };

    private static CmsField ConceptRelation(string name, string label, string hint) =>
        new(name, label, "relation") { Collection = Concepts, ValueField = "{{slug}}", DisplayField = "title", Multiple = true, Hint = hint };

    private static CmsField Language() =>
        Select("lang", "Språk", false, "Bare hvis siden ikke er på bokmål.",
            Model.Language.Names.Select(l => (l.Key, l.Value)));

    private static CmsField Updated() =>
        Date("updated", "Sist oppdatert", hint: "Valgfritt: vises som «Sist oppdatert». Uten dato brukes datoen for siste endring i git.");

    private static CmsField Redirects() =>
        TextList("redirects", "Gamle adresser",
            "Adresser siden hadde før den fikk nytt navn, for eksempel /begreper/gammelt-navn/. De sender leseren videre hit.");

    private static CmsField Contact() =>
        new("contact", "Kontakt", "object")
        {
            Hint = "Valgfritt: hvem man kontakter. Bare det som fylles ut, vises; uten kontakt sier siden hvem man kan spørre.",
            Fields = [Text("name", "Kontor eller tjeneste", required: true), Text("email", "E-post"), Text("phone", "Telefon"), LongText("address", "Adresse")],
        };

    private static CmsField Body(bool required = false) =>
        new("body", "Tekst", "markdown") { Required = required, Hint = "Teksten i Markdown. Start overskrifter på nivå 2 (##). Begreper og roller lenkes automatisk: ikke lag slike lenker selv." };

    /// <summary>Every collection, in the order the editor lists them.</summary>
    public static IReadOnlyList<CmsCollection> Collections() =>
    [
        new(Concepts, "Begreper", "Begrep")
        {
            Folder = $"{InputFolder}/{ConceptLoader.Folder}",
            Description = "Felles begreper med definisjon, lovgrunnlag og kilder. " + SlugHint,
            Fields =
            [
                Text("title", "Begrep", required: true, "Begrepet slik det skrives i løpende tekst."),
                LongText("definition", "Definisjon", required: true, "Én setning som definerer begrepet."),
                TextList("aliases", "Andre former", "Andre former av ordet i løpende tekst (for eksempel tilpassa opplæring). De lenkes også hit."),
                Text("abbreviation", "Forkortelse", hint: "Vises som forklart forkortelse (<abbr>) der den står, for eksempel TPO."),
                Entries("legal", "Lovgrunnlag", false, "Paragrafer begrepet bygger på.",
                    Select("act", "Lov", true, "Barnekonvensjonen: skriv artikkelnummeret som paragraf. Skollagen: som skrevet, for eksempel 10 kap. 12 §.",
                        LegalAct.Known.Values.Select(a => (a.Id, a.Name))),
                    Text("section", "Paragraf", required: true, "For eksempel 11-1."),
                    Text("old_section", "Paragraf i gamle opplæringslova (1998)", hint: "Bare for opplæringslova (2023): samme regel i den gamle loven, for eksempel 1-3.")),
                Entries("sources", "Kilder", false, null,
                    Text("title", "Tittel", required: true),
                    Url("url", "Adresse", required: false)),
                ConceptRelation("related", "Relaterte begreper", "Vises på begge sidene."),
                new CmsField("shared", "Felles begrep", "boolean") { Hint = "Ett av de sju felles begrepene.", Default = false },
                Language(),
                Updated(),
                Redirects(),
                Body(),
            ],
        },
        new(Roles, "Roller", "Rolle")
        {
            Folder = $"{InputFolder}/{RoleLoader.Folder}",
            Description = "Hvem som gjør hva i kompetanseløftet. " + SlugHint,
            Fields =
            [
                Text("title", "Navn", required: true),
                Text("abbreviation", "Forkortelse", hint: "For eksempel PPT."),
                Select("level", "Nivå", true, null, Enum.GetValues<RoleLevel>().Select(l => (l.ToString().ToLowerInvariant(), l.ToString()))),
                LongText("summary", "Sammendrag", required: true, "Én setning om hva rollen gjør i programmet."),
                TextList("tasks", "Oppgaver", "Én oppgave per linje."),
                ConceptRelation("concepts", "Begreper", "Begreper rollen arbeider med."),
                Contact(),
                Language(),
                Updated(),
                Redirects(),
                Body(),
            ],
        },
        new(PagesFolder, "Sider", "Side")
        {
            Folder = $"{InputFolder}/{PagesFolder}",
            Description = "Andre sider, på /sider/<adresse>/. " + SlugHint,
            Fields = PageFields(),
        },
        new("faste-sider", "Faste sider", null)
        {
            Description = "Forsiden og tilgjengelighetssiden.",
            Files =
            [
                new("forside", "Forsiden", $"{InputFolder}/index.md", PageFields()),
                new("tilgjengelighet", "Tilgjengelighet", $"{InputFolder}/tilgjengelighet.md", PageFields()),
            ],
        },
        new("veiledere", "Hva gjør jeg?", "Veiledning")
        {
            Folder = $"{InputFolder}/{GuideLoader.Folder}",
            Extension = "yml",
            Description = "Veiledninger fra bekymring til hjelp, steg for steg i lovens rekkefølge, på /hva-gjor-jeg/<adresse>/. " + SlugHint,
            Fields =
            [
                Text("title", "Tittel", required: true),
                LongText("intro", "Innledning", required: true, "Én eller to setninger om hvem veiledningen er for."),
                new CmsField("order", "Rekkefølge", "number") { Hint = "Lavest først på /hva-gjor-jeg/." },
                Language(),
                Entries("steps", "Steg", true, "I den rekkefølgen loven gir dem.",
                    Text("title", "Steg", required: true),
                    LongText("text", "Hva du gjør", required: true),
                    Entries("legal", "Lovgrunnlag", false, "Paragrafen steget bygger på.",
                        Select("act", "Lov", true, null, LegalAct.Known.Values.Select(a => (a.Id, a.Name))),
                        Text("section", "Paragraf", required: true, "For eksempel 11-10.")),
                    LongText("law_note", "Merknad om lovgrunnlaget", hint: "Der ingen paragraf kan nevnes: si hvorfor, for eksempel at kildene ikke slår den fast."),
                    ConceptRelation("concepts", "Begreper", "Begrepssidene steget lenker til."),
                    new CmsField("roles", "Roller", "relation") { Collection = Roles, ValueField = "{{slug}}", DisplayField = "title", Multiple = true, Hint = "Rollene som gjør steget." }),
            ],
        },
        new("skjema", "Skjema", "Skjema")
        {
            Folder = $"{InputFolder}/{FormLoader.Folder}",
            Extension = "yml",
            Description = "Spørsmålssett og skjema. På nettstedet blir de et utfyllbart skjema med ODT- og DOCX-versjon. " + SlugHint,
            Fields =
            [
                Text("title", "Tittel", required: true),
                Text("version", "Versjon", hint: "For eksempel 1.0.", required: false) with { Default = "1.0" },
                Date("date", "Dato", required: true, "Datoen for denne versjonen av skjemaet."),
                LongText("purpose", "Formål", required: true, "Hva skjemaet er til."),
                Text("who", "Hvem", required: true, "Hvem som fyller det ut."),
                Text("when", "Når", required: true, "Når det brukes, med ord."),
                new CmsField("activity", "Aktivitet i planen", "relation")
                {
                    Collection = PlanCollection, File = PlanFileName,
                    ValueField = "phases.*.activities.*.id", DisplayField = "phases.*.activities.*.title",
                    Hint = "Valgfritt: aktiviteten i fremdriftsplanen der skjemaet brukes.",
                },
                ConceptRelation("concepts", "Begreper", "Begreper skjemaet bruker; de lenkes fra skjemaet."),
                new CmsField("personal_data", "Personopplysninger", "boolean") { Hint = "På når skjemaet spør om personopplysninger (for eksempel en IOP): svarene blir da aldri levert inn gjennom nettstedet." },
                new CmsField("publish_text_answers", "Vis tekstsvar", "boolean") { Hint = "På når tekstsvarene enhetene leverer, kan vises på den åpne oversiktssiden. Ellers vises bare tall." },
                new CmsField("hand_back", "Levering", "object")
                {
                    Hint = "Valgfritt: hvem skjemaet leveres til, og innen når.",
                    Fields = [Text("to", "Leveres til", required: true), Text("by", "Frist", hint: "Med ord, slik planen sier det.")],
                },
                TextList("earlier_versions", "Eldre versjoner som godtas", "Versjoner av skjemaet som enhetene fortsatt kan levere svar på."),
                Entries("header", "Felt øverst", false, "Felt øverst i skjemaet, for eksempel Enhet og Dato.",
                    Text("label", "Navn", required: true),
                    Select("type", "Type", false, null, [("text", "Tekst"), ("date", "Dato")])),
                Entries("sections", "Deler", true, null,
                    Text("title", "Tittel", required: true),
                    LongText("intro", "Innledning"),
                    Entries("questions", "Spørsmål", true, null,
                        Text("id", "Id", hint: "Valgfritt: svarets faste navn (små bokstaver og bindestrek). Uten id lages den av spørsmålsteksten, og en ny formulering blir et nytt spørsmål."),
                        LongText("text", "Spørsmål", required: true),
                        LongText("help", "Hjelpetekst"),
                        Select("answer", "Svar", true, "Tekst, skala (med trinn), ja/delvis/nei eller tabell (med kolonner).",
                            [("text", "Tekst"), ("scale", "Skala"), ("yes-partly-no", "Ja / delvis / nei"), ("table", "Tabell")]),
                        TextList("steps", "Trinn på skalaen", "Bare for skala: minst to, for eksempel I liten grad, I noen grad, I stor grad."),
                        TextList("columns", "Kolonner", "Bare for tabell: for eksempel Nå-situasjon, Ønsket situasjon, Tiltak."),
                        TextList("widths", "Kolonnebredder", "Bare for tabell: ett tall (1–10) per kolonne, kolonnens andel av bredden."),
                        new CmsField("rows", "Antall rader", "number") { Hint = "Bare for tabell: tomme rader (1–50, 3 hvis tomt)." })),
            ],
        },
        new(PlanCollection, "Plan og budsjett", null)
        {
            Files =
            [
                new(PlanFileName, "Fremdriftsplan", $"{InputFolder}/{PlanLoader.PlanFile}",
                [
                    Text("title", "Tittel", required: true),
                    new CmsField("period", "Periode", "object") { Required = true, Fields = [Month("start", "Første måned", true), Month("end", "Siste måned", true)] },
                    TextList("skip_months", "Måneder uten kolonne", "Månedsnumre, for eksempel 7 for juli."),
                    Entries("phases", "Faser", false, null,
                        Text("id", "Id", required: true, "Kort og unik: små bokstaver og bindestrek."),
                        Text("title", "Tittel", required: true),
                        Month("start", "Første måned", false),
                        Month("end", "Siste måned", false),
                        Entries("activities", "Aktiviteter", false, null,
                            Text("id", "Id", required: true, "Kort og unik i hele planen: små bokstaver og bindestrek."),
                            Text("title", "Tittel", required: true),
                            new CmsField("months", "Måneder", "list") { Required = true, Hint = "Enkeltmåneder (2024-03) og tidsrom (2024-04..2024-12); et tidsrom hopper over måneder uten kolonne." },
                            new CmsField("responsible", "Ansvarlig", "relation") { Collection = Roles, ValueField = "{{slug}}", DisplayField = "title", Multiple = true, Hint = "Tomt når planen ikke sier hvem." },
                            LongText("note", "Merknad", hint: "Valgfri kort merknad."),
                            Entries("updates", "Statusrapporter", false, "Eldste først. Skriv bare det som faktisk er rapportert; en aktivitet uten rapport vises som «status mangler» når den er over.",
                                Date("date", "Dato", required: true, "Dagen statusen ble meldt; ikke etter i dag."),
                                Select("status", "Status", true, null, ActivityStatuses.ByName.Keys.Select(k => (k, k))),
                                LongText("note", "Merknad", hint: "Kort om hva som ble meldt; for en forsinket aktivitet: årsaken."),
                                LongText("next", "Neste steg", hint: "Valgfritt: hva som skjer videre."),
                                new CmsField("role", "Meldt av", "relation") { Collection = Roles, ValueField = "{{slug}}", DisplayField = "title", Hint = "Valgfritt: rollen som meldte statusen." }))),
                    Entries("milestones", "Milepæler", false, null,
                        Text("id", "Id", required: true, "Kort og unik blant milepælene: små bokstaver og bindestrek. Kalenderen kjenner milepælen på den; ikke endre den."),
                        Text("title", "Tittel", required: true),
                        Month("month", "Måned", true)),
                    TextList("meetings", "Styringsgruppas møter", "Datoene for møtene (ÅÅÅÅ-MM-DD); «siden sist» viser endringene siden forrige møte."),
                    Entries("decisions", "Vedtak", false, "Styringsgruppas vedtak. Skriv bare vedtak som faktisk er gjort, datert med møtet.",
                        Date("date", "Møtedato", required: true, "Datoen for møtet der vedtaket ble gjort (et av møtene over)."),
                        LongText("text", "Vedtak", required: true),
                        Text("owner", "Ansvarlig", required: true, "En rolle-id (for eksempel styringsgruppa) eller et navn på en funksjon."),
                        Date("due", "Frist", hint: "Valgfritt."),
                        Date("done", "Utført", hint: "Dagen vedtaket ble fulgt opp; tomt så lenge det ikke er gjort.")),
                ]),
                new("budsjett", "Budsjett", $"{InputFolder}/{PlanLoader.BudgetFile}",
                [
                    Text("title", "Tittel", required: true),
                    Text("currency", "Valuta"),
                    TextList("columns", "Kolonner"),
                    Entries("rows", "Rader", false, "Hele kroner. Summene regnes ut når siden bygges; en total som ikke er eier + UH er en feil.",
                        Text("ordning", "Ordning", required: true),
                        new CmsField("eier", "Eier", "number") { Hint = "Tomt for en tom celle." },
                        new CmsField("uh", "UH", "number") { Hint = "Tomt for en tom celle." },
                        new CmsField("total", "Total", "number") { Hint = "Slik den står i planen." },
                        new CmsField("used", "Brukt", "number") { Hint = "Kroner brukt så langt; tomt til noe er ført inn." }),
                    Entries("periods", "Perioder", false, null,
                        Text("name", "Navn", required: true),
                        LongText("description", "Beskrivelse", required: true),
                        new CmsField("need", "Behov", "number") { Hint = "Valgfritt: behovet i perioden i hele kroner." }),
                ]),
            ],
        },
        new("innstillinger", "Innstillinger", null)
        {
            Files =
            [
                new("site", "Nettstedet", $"{InputFolder}/{SiteSettingsLoader.FileName}",
                [
                    Text("name", "Navn", required: true),
                    Text("municipality", "Kommune", required: true),
                    LongText("description", "Beskrivelse"),
                    Url("base_url", "Adresse", required: true, "Nettstedets adresse, for eksempel https://kompetanse.netlify.app/"),
                    Select("language", "Språk", false, null, Model.Language.Names.Select(l => (l.Key, l.Value))),
                    Url("accessibility_statement", "Tilgjengelighetserklæring", required: true, "Adressen til erklæringen på uustatus.no."),
                    Text("repository", "GitHub-repo", hint: "eier/navn på GitHub: redigeringen på /admin/ lagrer her."),
                    Text("branch", "Gren", hint: "Grenen nettstedet bygges fra (main)."),
                    Entries("navigation", "Hovedmeny", false, null,
                        Text("title", "Tittel", required: true),
                        Text("url", "Adresse", required: true, "For eksempel /begreper/"),
                        LongText("description", "Beskrivelse", hint: "Vises på forsiden.")),
                    Contact(),
                ]),
            ],
        },
    ];

    private static IReadOnlyList<CmsField> PageFields() =>
    [
        Text("title", "Tittel", required: true),
        LongText("description", "Beskrivelse", hint: "Én setning om siden."),
        TextList("tags", "Emner"),
        Language(),
        Updated(),
        Redirects(),
        Body(),
    ];
}
