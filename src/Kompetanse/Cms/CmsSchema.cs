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
    /// <summary>A list of plain values: the one input each item gets (Decap's <c>field</c>), never a comma-separated text box.</summary>
    public CmsField? Item { get; init; }
    /// <summary>A list's name for one item, in the editor's "Legg til …" button.</summary>
    public string? LabelSingular { get; init; }
    /// <summary>What a collapsed item of a list of entries shows, e.g. "{{fields.title}}".</summary>
    public string? Summary { get; init; }
    /// <summary>A relation's fields the editor's search looks in (the first is what it shows).</summary>
    public IReadOnlyList<string> SearchFields { get; init; } = [];
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
    /// <summary>The entry's address on the site, for "Vis i produksjon" (e.g. "begreper/{{slug}}/").</summary>
    public string? PreviewPath { get; init; }
}

/// <summary>One file of a file collection; <paramref name="PreviewPath"/> is its page on the site ("" for the front page).</summary>
public sealed record CmsFile(string Name, string Label, string InputPath, string PreviewPath, IReadOnlyList<CmsField> Fields);

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
    public const string DatePattern = @"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$";
    private const string DateMessage = "Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-11-20.";
    private const string DateHint = "Skriv datoen som dd.mm.åååå, for eksempel 20.11.2026, eller velg den i kalenderen.";
    private const string MonthOrRangePattern = @"^\d{4}-(0[1-9]|1[0-2])(\.\.\d{4}-(0[1-9]|1[0-2]))?$";
    private const string MonthOrRangeMessage = "Skriv én måned som ÅÅÅÅ-MM (2024-03) eller et tidsrom som ÅÅÅÅ-MM..ÅÅÅÅ-MM (2024-04..2024-12).";
    private const string UrlPattern = @"^https?://\S+$";
    private const string UrlMessage = "En hel adresse som begynner med https://";

    private static CmsField Text(string name, string label, bool required = false, string? hint = null) =>
        new(name, label, "string") { Required = required, Hint = hint };

    private static CmsField LongText(string name, string label, bool required = false, string? hint = null) =>
        new(name, label, "text") { Required = required, Hint = hint };

    // Lists of plain values get one input per item (Decap's list with 'field'). Decap's plain list is a single
    // comma-separated text box that splits at commas typed inside an item and drops spaces: never generate it.
    private static CmsField ValueList(string name, string label, string singular, CmsField item, string? hint, bool required = false) =>
        new(name, label, "list") { Required = required, Hint = hint, LabelSingular = singular, Item = item with { Name = name, Label = Capitalized(singular) }, Summary = $"{{{{fields.{name}}}}}", Default = Array.Empty<string>() };

    private static CmsField TextList(string name, string label, string singular, string? hint = null) =>
        ValueList(name, label, singular, Text("item", singular, required: true), hint);

    private static CmsField DateList(string name, string label, string singular, string? hint = null) =>
        ValueList(name, label, singular, Date("item", singular, required: true), hint);

    private static CmsField NumberList(string name, string label, string singular, string? hint = null) =>
        ValueList(name, label, singular, new CmsField("item", singular, "number") { Required = true }, hint);

    private static CmsField MonthList(string name, string label, string singular, string hint) =>
        ValueList(name, label, singular, Text("item", singular, required: true) with { Pattern = (MonthOrRangePattern, MonthOrRangeMessage) }, hint, required: true);

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>A list of entries; each collapsed entry shows <paramref name="summary"/> (Decap's <c>{{fields.x}}</c>).</summary>
    private static CmsField Entries(string name, string label, string singular, string summary, bool required, string? hint, params CmsField[] fields) =>
        new(name, label, "list") { Required = required, Hint = hint, LabelSingular = singular, Summary = summary, Fields = fields };

    /// <summary>The editor's own date field (theme/admin/dato.js), storing ÅÅÅÅ-MM-DD.</summary>
    public const string DateWidget = "dato";

    // A date is the browser's date input in the theme's 'dato' widget: Decap's datetime widget (3.16) re-renders
    // while a date is being typed, so "20.11.2026" typed key by key was saved as 1906-02-01. The pattern stays as
    // a guard; the build checks every date too (KMP021).
    private static CmsField Date(string name, string label, bool required = false, string? hint = null) =>
        new CmsField(name, label, DateWidget) { Required = required, Hint = hint is null ? DateHint : $"{hint} {DateHint}", Pattern = (DatePattern, DateMessage) };

    private static CmsField Month(string name, string label, bool required, string? hint = null) =>
        Text(name, label, required, hint ?? MonthMessage) with { Pattern = (MonthPattern, MonthMessage) };

    private static CmsField Url(string name, string label, bool required, string? hint = null) =>
        Text(name, label, required, hint) with { Pattern = (UrlPattern, UrlMessage) };

    private static CmsField Select(string name, string label, bool required, string? hint, IEnumerable<(string, string)> options) =>
        new(name, label, "select") { Required = required, Hint = hint, Options = options.ToList() };

    private static CmsField ConceptRelation(string name, string label, string hint) =>
        new(name, label, "relation") { Collection = Concepts, ValueField = "{{slug}}", DisplayField = "title", SearchFields = ["title"], Multiple = true, Hint = hint };

    private static CmsField RoleRelation(string name, string label, bool multiple, string hint) =>
        new(name, label, "relation") { Collection = Roles, ValueField = "{{slug}}", DisplayField = "title", SearchFields = ["title"], Multiple = multiple, Hint = hint };

    // Decap 3.16's relation over the plan's nested lists (phases.*.activities.*) offers, for a typed title, only
    // activities of the first phase (the browser test found none of the second). So the activities are the
    // choices of a select, written from the plan each time the site (and so this config) is built.
    private static CmsField ActivityPicker(IReadOnlyList<(string Id, string Title)>? activities)
    {
        const string hint = "Valgfritt: aktiviteten i fremdriftsplanen der skjemaet brukes. Skriv en del av tittelen for å finne den. En ny aktivitet kommer med i listen når nettstedet er bygget på nytt.";
        if (activities is { Count: > 0 })
            return Select("activity", "Aktivitet i planen", false, hint, activities.Select(a => (a.Id, a.Title)));
        return new CmsField("activity", "Aktivitet i planen", "relation")
        {
            Collection = PlanCollection, File = PlanFileName,
            ValueField = "phases.*.activities.*.id", DisplayField = "phases.*.activities.*.title",
            SearchFields = ["phases.*.activities.*.title", "phases.*.activities.*.id"],
            Hint = hint,
        };
    }

    private static CmsField Language() =>
        Select("lang", "Språk", false, "Bare hvis siden ikke er på bokmål.",
            Model.Language.Names.Select(l => (l.Key, l.Value)));

    private static CmsField Updated() =>
        Date("updated", "Sist oppdatert", hint: "Valgfritt: vises som «Sist oppdatert». Uten dato brukes datoen for siste endring i git.");

    private static CmsField Redirects() =>
        TextList("redirects", "Gamle adresser", "gammel adresse",
            "Adresser siden hadde før den fikk nytt navn, for eksempel /begreper/gammelt-navn/. De sender leseren videre hit.");

    private static CmsField Contact() =>
        new("contact", "Kontakt", "object")
        {
            Hint = "Valgfritt: hvem man kontakter. Bare det som fylles ut, vises; uten kontakt sier siden hvem man kan spørre.",
            Fields = [Text("name", "Kontor eller tjeneste", hint: "Må fylles ut når du gir en kontakt."), Text("email", "E-post"), Text("phone", "Telefon"), LongText("address", "Adresse")],
        };

    private static CmsField Body(bool required = false) =>
        new("body", "Tekst", "markdown") { Required = required, Hint = "Teksten i Markdown. Start overskrifter på nivå 2 (##). Begreper og roller lenkes automatisk: ikke lag slike lenker selv." };

    /// <summary>
    /// Every collection, in the order the editor lists them. <paramref name="activities"/> are the plan's (id,
    /// title): a form's activity is picked from them by title.
    /// </summary>
    public static IReadOnlyList<CmsCollection> Collections(IReadOnlyList<(string Id, string Title)>? activities = null) =>
    [
        new(Concepts, "Begreper", "Begrep")
        {
            Folder = $"{InputFolder}/{ConceptLoader.Folder}",
            PreviewPath = "begreper/{{slug}}/",
            Description = "Felles begreper med definisjon, lovgrunnlag og kilder. " + SlugHint,
            Fields =
            [
                Text("title", "Begrep", required: true, "Begrepet slik det skrives i løpende tekst. To begreper kan ikke ha samme tittel: finnes begrepet fra før, rediger det i stedet."),
                LongText("definition", "Definisjon", required: true, "Én setning som definerer begrepet."),
                TextList("aliases", "Andre former", "annen form", "Andre former av ordet i løpende tekst (for eksempel tilpassa opplæring). De lenkes også hit."),
                TextList("english", "Navn på engelsk", "engelsk navn", "Engelske navn og forkortelser som noen søker etter (for eksempel IEP). De vises som «På engelsk», merket som engelsk for skjermlesere, og lenkes også hit."),
                TextList("ambiguous", "Lenkes bare slik de står", "form", AmbiguousHint),
                Text("abbreviation", "Forkortelse", hint: "Vises som forklart forkortelse (<abbr>) der den står, for eksempel TPO."),
                Entries("legal", "Lovgrunnlag", "paragraf", "{{fields.act}} § {{fields.section}}", false, "Paragrafer begrepet bygger på.",
                    Select("act", "Lov", true, "Barnekonvensjonen: skriv artikkelnummeret som paragraf. Skollagen: som skrevet, for eksempel 10 kap. 12 §.",
                        LegalAct.Known.Values.Select(a => (a.Id, a.Name))),
                    Text("section", "Paragraf", required: true, "For eksempel 11-1."),
                    Text("old_section", "Paragraf i gamle opplæringslova (1998)", hint: "Bare for opplæringslova (2023): samme regel i den gamle loven, for eksempel 1-3.")),
                Entries("sources", "Kilder", "kilde", "{{fields.title}}", false, null,
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
            PreviewPath = "roller/{{slug}}/",
            Description = "Hvem som gjør hva i kompetanseløftet. " + SlugHint,
            Fields =
            [
                Text("title", "Navn", required: true, "To roller kan ikke ha samme navn: finnes rollen fra før, rediger den i stedet."),
                TextList("aliases", "Andre former", "annen form", "Andre former av navnet i løpende tekst (for eksempel PP-tjenesten). De lenkes også hit."),
                TextList("ambiguous", "Lenkes bare slik de står", "form", AmbiguousHint),
                Text("abbreviation", "Forkortelse", hint: "For eksempel PPT."),
                Select("level", "Nivå", true, null, Enum.GetValues<RoleLevel>().Select(l => (l.ToString().ToLowerInvariant(), l.ToString()))),
                LongText("summary", "Sammendrag", required: true, "Én setning om hva rollen gjør i programmet."),
                TextList("tasks", "Oppgaver", "oppgave", "Én oppgave i hvert felt."),
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
            PreviewPath = PagesFolder + "/{{slug}}/",
            Description = "Andre sider, på /sider/<adresse>/. " + SlugHint,
            Fields = PageFields(),
        },
        new("faste-sider", "Faste sider", null)
        {
            Description = "Forsiden og tilgjengelighetssiden.",
            Files =
            [
                new("forside", "Forsiden", $"{InputFolder}/index.md", "", PageFields()),
                new("tilgjengelighet", "Tilgjengelighet", $"{InputFolder}/tilgjengelighet.md", "tilgjengelighet/", PageFields()),
            ],
        },
        new("veiledere", "Hva gjør jeg?", "Veiledning")
        {
            Folder = $"{InputFolder}/{GuideLoader.Folder}",
            PreviewPath = "hva-gjor-jeg/{{slug}}/",
            Extension = "yml",
            Description = "Veiledninger fra bekymring til hjelp, steg for steg i lovens rekkefølge, på /hva-gjor-jeg/<adresse>/. " + SlugHint,
            Fields =
            [
                Text("title", "Tittel", required: true),
                LongText("intro", "Innledning", required: true, "Én eller to setninger om hvem veiledningen er for."),
                new CmsField("order", "Rekkefølge", "number") { Hint = "Lavest først på /hva-gjor-jeg/." },
                Language(),
                Entries("steps", "Steg", "steg", "{{fields.title}}", true, "I den rekkefølgen loven gir dem.",
                    Text("title", "Steg", required: true),
                    LongText("text", "Hva du gjør", required: true),
                    Entries("legal", "Lovgrunnlag", "paragraf", "{{fields.act}} § {{fields.section}}", false, "Paragrafen steget bygger på.",
                        Select("act", "Lov", true, null, LegalAct.Known.Values.Select(a => (a.Id, a.Name))),
                        Text("section", "Paragraf", required: true, "For eksempel 11-10.")),
                    LongText("law_note", "Merknad om lovgrunnlaget", hint: "Der ingen paragraf kan nevnes: si hvorfor, for eksempel at kildene ikke slår den fast."),
                    ConceptRelation("concepts", "Begreper", "Begrepssidene steget lenker til."),
                    RoleRelation("roles", "Roller", multiple: true, "Rollene som gjør steget.")),
            ],
        },
        new("skjema", "Skjema", "Skjema")
        {
            Folder = $"{InputFolder}/{FormLoader.Folder}",
            PreviewPath = "skjema/{{slug}}/",
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
                Text("source", "Kilde", hint: "Valgfritt: hva skjemaet bygger på, for eksempel «kompetanseutviklingsplanen, punkt 4.0 nr. 1». Vises på skjemasiden. Skriv det her, ikke som kommentar i filen: kommentarer forsvinner når skjemaet lagres her."),
                ActivityPicker(activities),
                ConceptRelation("concepts", "Begreper", "Begreper skjemaet bruker; de lenkes fra skjemaet."),
                new CmsField("personal_data", "Personopplysninger", "boolean") { Hint = "På når skjemaet spør om personopplysninger (for eksempel en IOP): svarene blir da aldri levert inn gjennom nettstedet." },
                new CmsField("publish_text_answers", "Vis tekstsvar", "boolean") { Hint = "På når tekstsvarene enhetene leverer, kan vises på den åpne oversiktssiden. Ellers vises bare tall." },
                // Decap requires a required field inside an optional object even when the object is left empty,
                // so nothing in here is required; the build reports a hand-back without 'to' (KMP010).
                new CmsField("hand_back", "Levering", "object")
                {
                    Hint = "Valgfritt, og bare det planen sier: hvem skjemaet leveres til, og innen når. Tomt gir ingen leveringsboks.",
                    Fields = [Text("to", "Leveres til", hint: "Må fylles ut hvis skjemaet skal ha en frist."), Text("by", "Frist", hint: "Med ord, slik planen sier det.")],
                },
                Text("local_plan", "Lokal fremdriftsplan", hint: "Valgfritt: id-en til et tabellspørsmål med kolonnene tiltak, oppgave, ansvarlig og når. Svarene vises da på /plan/enheter/."),
                TextList("earlier_versions", "Eldre versjoner som godtas", "versjon", "Versjoner av skjemaet som enhetene fortsatt kan levere svar på."),
                Entries("header", "Felt øverst", "felt", "{{fields.label}}", false, "Felt øverst i skjemaet, for eksempel Enhet og Dato.",
                    Text("label", "Navn", required: true),
                    Select("type", "Type", false, null, [("text", "Tekst"), ("date", "Dato")])),
                Entries("sections", "Deler", "del", "{{fields.title}}", true, null,
                    Text("title", "Tittel", required: true),
                    LongText("intro", "Innledning"),
                    Entries("questions", "Spørsmål", "spørsmål", "{{fields.text}}", true, null,
                        Text("id", "Id", hint: "Valgfritt: svarets faste navn (små bokstaver og bindestrek). Uten id lages den av spørsmålsteksten, og en ny formulering blir et nytt spørsmål."),
                        LongText("text", "Spørsmål", required: true),
                        LongText("help", "Hjelpetekst"),
                        Select("answer", "Svar", true, "Tekst, skala (med trinn), ja/delvis/nei eller tabell (med kolonner).",
                            [("text", "Tekst"), ("scale", "Skala"), ("yes-partly-no", "Ja / delvis / nei"), ("table", "Tabell")]),
                        TextList("steps", "Trinn på skalaen", "trinn", "Bare for skala: minst to, for eksempel I liten grad, I noen grad, I stor grad."),
                        TextList("columns", "Kolonner", "kolonne", "Bare for tabell: for eksempel Nå-situasjon, Ønsket situasjon, Tiltak."),
                        NumberList("widths", "Kolonnebredder", "bredde", "Bare for tabell: ett tall (1–10) per kolonne, kolonnens andel av bredden."),
                        new CmsField("rows", "Antall rader", "number") { Hint = "Bare for tabell: tomme rader (1–50, 3 hvis tomt)." })),
            ],
        },
        new(PlanCollection, "Plan og budsjett", null)
        {
            Description = "Fremdriftsplanen (planens punkt 6.0) og ressursbehovet (punkt 6.1). Skriv bare det planen sier og det styringsgruppa faktisk har fått meldt.",
            Files =
            [
                new(PlanFileName, "Fremdriftsplan", $"{InputFolder}/{PlanLoader.PlanFile}", "plan/",
                [
                    Text("title", "Tittel", required: true),
                    new CmsField("period", "Periode", "object") { Required = true, Hint = "Første og siste måned i planen.", Fields = [Month("start", "Første måned", true), Month("end", "Siste måned", true)] },
                    NumberList("skip_months", "Måneder uten kolonne", "månedsnummer", "Månedsnumre som ikke har egen kolonne, for eksempel 7: planen har ingen juli."),
                    Entries("phases", "Faser", "fase", "{{fields.title}}", false, "Fasene i planen, hver med sine aktiviteter.",
                        Text("id", "Id", required: true, "Kort og unik: små bokstaver a–z, 0–9 og bindestrek, uten æ, ø og å."),
                        Text("title", "Tittel", required: true),
                        Month("start", "Første måned", false),
                        Month("end", "Siste måned", false),
                        Entries("activities", "Aktiviteter", "aktivitet", "{{fields.title}}", false, null,
                            Text("id", "Id", required: true, "Kort og unik i hele planen: små bokstaver a–z, 0–9 og bindestrek, uten æ, ø og å. Skjemaene viser til aktiviteten med id-en."),
                            Text("title", "Tittel", required: true, "Teksten slik den står i planen."),
                            MonthList("months", "Måneder", "måned eller tidsrom", "Enkeltmåneder (2024-03) og sammenhengende tidsrom (2024-04..2024-12), ett i hvert felt; et tidsrom hopper over måneder uten kolonne."),
                            RoleRelation("responsible", "Ansvarlig", multiple: true, "Rollene som har ansvaret. Tomt når planen ikke sier hvem."),
                            LongText("note", "Merknad", hint: "Valgfri kort, faktisk presisering fra planen."),
                            Entries("updates", "Statusrapporter", "statusrapport", "{{fields.date}}: {{fields.status}}", false, "Loggen over statusmeldinger, eldste først. Skriv bare inn meldinger styringsgruppa faktisk har fått; en aktivitet uten rapport vises som «status mangler» når den er over.",
                                Date("date", "Dato", required: true, "Dagen statusen ble meldt; ikke etter i dag."),
                                Select("status", "Status", true, null, ActivityStatuses.ByName.Keys.Select(k => (k, k))),
                                LongText("note", "Merknad", hint: "Kort om hva som ble meldt; for en forsinket aktivitet: årsaken."),
                                LongText("next", "Neste steg", hint: "Valgfritt: hva som skjer videre."),
                                RoleRelation("role", "Meldt av", multiple: false, "Valgfritt: rollen som meldte statusen.")))),
                    Entries("milestones", "Milepæler", "milepæl", "{{fields.month}}: {{fields.title}}", false, "Viktige frister, med tittel og måned.",
                        Text("id", "Id", required: true, "Kort og unik blant milepælene: små bokstaver og bindestrek. Kalenderen kjenner milepælen på den; ikke endre den."),
                        Text("title", "Tittel", required: true),
                        Month("month", "Måned", true)),
                    DateList("meetings", "Styringsgruppas møter", "møtedato", "Valgfritt: datoene for styringsgruppas møter. «Siden sist» på /plan/ og i statusrapporten viser endringene siden forrige møte, og trenger dem."),
                    Entries("decisions", "Vedtak", "vedtak", "{{fields.date}}: {{fields.text}}", false, "Styringsgruppas vedtak. Skriv bare vedtak som faktisk er gjort, datert med møtet.",
                        Date("date", "Møtedato", required: true, "Datoen for møtet der vedtaket ble gjort (et av møtene over)."),
                        LongText("text", "Vedtak", required: true),
                        Text("owner", "Ansvarlig", required: true, "En rolle-id (for eksempel styringsgruppa) eller et navn på en funksjon."),
                        Date("due", "Frist", hint: "Valgfritt."),
                        Date("done", "Utført", hint: "Dagen vedtaket ble fulgt opp; tomt så lenge det ikke er gjort.")),
                ]),
                new("budsjett", "Budsjett", $"{InputFolder}/{PlanLoader.BudgetFile}", "plan/budsjett/",
                [
                    Text("title", "Tittel", required: true, "Tallene er behovene planen melder, ikke innvilgede midler."),
                    Text("currency", "Valuta", hint: "For eksempel NOK. Beløpene er hele kroner."),
                    TextList("columns", "Kolonner", "kolonne", "Hvem som bidrar: eier (kommunen) og uh (universitet eller høgskole)."),
                    Entries("rows", "Rader", "rad", "{{fields.ordning}}", false, "Én rad per ordning, i hele kroner. Sum-raden er ikke med: summene regnes ut når siden bygges.",
                        Text("ordning", "Ordning", required: true),
                        new CmsField("eier", "Eier", "number") { Hint = "Tomt for en tom celle i planen." },
                        new CmsField("uh", "UH", "number") { Hint = "Tomt for en tom celle i planen." },
                        new CmsField("total", "Total", "number") { Hint = "Summen slik den står i planen; den skal være eier + UH (ellers er det en feil)." },
                        new CmsField("used", "Brukt", "number") { Hint = "Kroner brukt så langt; tomt til noe er ført inn." }),
                    Entries("periods", "Perioder", "periode", "{{fields.name}}", false, "Hva planen sier at behovet gjelder i hver periode.",
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
                new("site", "Nettstedet", $"{InputFolder}/{SiteSettingsLoader.FileName}", "",
                [
                    Text("name", "Navn", required: true, "Nettstedets navn, øverst på hver side."),
                    Text("municipality", "Kommune", required: true),
                    LongText("description", "Beskrivelse", hint: "Én setning om nettstedet, for søkemotorer og forsiden."),
                    Url("base_url", "Adresse", required: true, "Nettstedets adresse, for eksempel https://kompetanse.netlify.app/"),
                    Select("language", "Språk", false, null, Model.Language.Names.Select(l => (l.Key, l.Value))),
                    Url("accessibility_statement", "Tilgjengelighetserklæring", required: true, "Adressen til erklæringen på uustatus.no."),
                    // Where the editor itself saves: a typo here would point it at another repository, so it is
                    // changed in the file (and reviewed), never in the editor. Hidden fields keep their value.
                    new CmsField("repository", "GitHub-repo", "hidden"),
                    new CmsField("branch", "Gren", "hidden"),
                    Entries("navigation", "Hovedmeny", "menypunkt", "{{fields.title}}", false, null,
                        Text("title", "Tittel", required: true),
                        Text("url", "Adresse", required: true, "For eksempel /begreper/"),
                        LongText("description", "Beskrivelse", hint: "Vises på forsiden.")),
                    Contact(),
                ]),
            ],
        },
    ];

    private const string AmbiguousHint = "Former som også er vanlige ord (verbet «styrer»): de lenkes bare der de står skrevet nøyaktig slik. Hver må være tittelen eller en av de andre formene.";

    private static IReadOnlyList<CmsField> PageFields() =>
    [
        Text("title", "Tittel", required: true),
        LongText("description", "Beskrivelse", hint: "Én setning om siden."),
        TextList("tags", "Emner", "emne"),
        Language(),
        Updated(),
        Redirects(),
        Body(),
    ];
}
