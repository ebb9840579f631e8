using Kompetanse.Model;

namespace Kompetanse.Rendering.Views;

/// <summary>
/// The fixed words on a concept page, in the page's own language (nb, nn or sv), so a Nynorsk or Swedish
/// page reads in one language throughout. The template only prints them.
/// </summary>
public sealed record ConceptLabels(
    string LanguageNote,
    string LegalBasis,
    string Formerly,
    string In,
    string Sources,
    string Related,
    string Roles,
    string AllConcepts,
    string AlsoCalled,
    string InEnglish,
    string? RolesLanguageWord = null)
{
    private static readonly IReadOnlyDictionary<string, ConceptLabels> ByLanguage = new Dictionary<string, ConceptLabels>
    {
        ["nb"] = new("Denne siden er skrevet på bokmål.", "Lovgrunnlag", "tidligere", "i", "Kilder", "Relaterte begreper", "Roller som bruker begrepet", "Alle begreper fra A til Å", "Også kalt", "På engelsk"),
        ["nn"] = new("Denne sida er skriven på nynorsk.", "Lovgrunnlag", "tidlegare", "i", "Kjelder", "Relaterte omgrep", "Roller som brukar omgrepet", "Alle omgrep frå A til Å", "Også kalla", "På engelsk"),
        ["sv"] = new("Den här sidan är skriven på svenska.", "Rättslig grund", "tidigare", "i", "Källor", "Relaterade begrepp", "Roller som använder begreppet", "Alla begrepp från A till Ö", "Kallas också", "På engelska", "på norska"),
    };

    /// <summary>The labels for a language tag; Bokmål for any tag without labels of its own.</summary>
    public static ConceptLabels For(string language) =>
        ByLanguage.TryGetValue(language, out var labels) ? labels : ByLanguage[Language.Bokmal];
}
