namespace Kompetanse.Model;

/// <summary>
/// An act or convention a concept can rest on. The list is closed so every reference links to the right text.
/// <see cref="Name"/> is the Bokmål name; a Nynorsk page names the act in Nynorsk (<see cref="NynorskName"/>).
/// </summary>
public sealed record LegalAct(string Id, string Name, string Url, string SectionPrefix, string? NynorskName = null)
{
    /// <summary>The act's name in the page's language: "opplæringsloven" on a Bokmål page, "opplæringslova" on a Nynorsk one.</summary>
    public string NameIn(string language) => language == "nn" && NynorskName is not null ? NynorskName : Name;

    public static readonly IReadOnlyDictionary<string, LegalAct> Known = new[]
    {
        new LegalAct("opplaeringslova", "Opplæringsloven (2023)", "https://lovdata.no/lov/2023-06-09-30", "§ ", "Opplæringslova (2023)"),
        new LegalAct("opplaeringslova-1998", "Opplæringsloven (1998, opphevet)", "https://lovdata.no/lov/1998-07-17-61", "§ ", "Opplæringslova (1998, oppheva)"),
        new LegalAct("forskrift-til-opplaeringslova", "Forskrift til opplæringsloven", "https://lovdata.no/forskrift/2024-07-02-1304", "§ ", "Forskrift til opplæringslova"),
        new LegalAct("barnehageloven", "Barnehageloven", "https://lovdata.no/lov/2005-06-17-64", "§ ", "Barnehagelova"),
        new LegalAct("grunnloven", "Grunnloven", "https://lovdata.no/lov/1814-05-17", "§ "),
        new LegalAct("barnekonvensjonen", "FNs barnekonvensjon", "https://lovdata.no/lov/1999-05-21-30", "artikkel "),
        new LegalAct("forvaltningsloven", "Forvaltningsloven", "https://lovdata.no/lov/1967-02-10", "§ "),
        new LegalAct("skollagen", "Skollagen (SFS 2010:800)", "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/skollag-2010800_sfs-2010-800/", ""),
    }.ToDictionary(a => a.Id);

    public const string EducationActId = "opplaeringslova";
    public static LegalAct OldEducationAct => Known["opplaeringslova-1998"];
}

/// <summary>"Opplæringslova § 11-1 (tidligere § 1-3)": a section, and where the 2023 act replaced the 1998 act, the old section too.</summary>
public sealed record LegalReference(LegalAct Act, string Section, string? OldSection)
{
    public string Citation => $"{Act.SectionPrefix}{Section}";
    public string? OldCitation => OldSection is null ? null : $"{LegalAct.OldEducationAct.SectionPrefix}{OldSection}";
}
