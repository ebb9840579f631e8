using Kompetanse.Model;
using Kompetanse.Rendering.Views;
using Kompetanse.Text;

namespace Kompetanse.Outputs.Html;

/// <summary>/begreper/ (the A–Å index) and /begreper/&lt;slug&gt;/ for each concept.</summary>
public sealed class ConceptPages : IPageSource
{
    public const string IndexUrl = "/begreper/";

    public IEnumerable<HtmlPage> Pages(BuildContext context)
    {
        var site = context.Site;
        if (site.Concepts.Count == 0) yield break;
        yield return IndexPage(site);
        foreach (var concept in site.Concepts)
        {
            var view = new ConceptView(
                concept.Title,
                concept.Definition,
                concept.Abbreviation,
                concept.Language,
                concept.Language != site.Settings.Language ? Language.Names[concept.Language] : null,
                concept.Shared,
                context.Markdown.Render(concept.Body, concept.Url, context.Diagnostics),
                concept.Legal.Select(l => ToView(l, concept.Language)).ToList(),
                concept.Sources.Select(s => new SourceView(s.Title, s.Url)).ToList(),
                site.Related[concept].Select(c => Link(c) with { LanguageWord = Markdown.TermLinking.OtherLanguage.NeedsWord(concept.Language, c.Language) ? Markdown.TermLinking.OtherLanguage.Name(c.Language, concept.Language) : null }).ToList(),
                site.ConceptRoles[concept].Select(r => new LinkView(r.Title, r.Url)).ToList(),
                ConceptLabels.For(concept.Language)) { OtherNames = OtherNames(concept.Title, concept.Aliases), EnglishNames = concept.English };
            yield return new HtmlPage(concept.Url, "concept", concept.Title, concept.Language, view,
                Crumbs.From(Crumbs.Concepts), concept.Location, concept.Definition, concept.Updated) { Kind = "begrep", SearchNames = [.. concept.Aliases, .. concept.English, .. concept.Abbreviation is { } abbr ? [abbr] : Array.Empty<string>()] };
        }
    }

    private static HtmlPage IndexPage(SiteModel site)
    {
        var groups = site.Concepts
            .GroupBy(c => NorwegianCollation.IndexLetter(c.Title))
            .ToDictionary(g => g.Key, g => g.Select(Link).ToList());
        var letters = NorwegianCollation.Alphabet
            .Select(l => new LetterView(l, Anchor(l), groups.ContainsKey(l)))
            .ToList();
        var ordered = NorwegianCollation.Alphabet.Append("#")
            .Where(groups.ContainsKey)
            .Select(l => new LetterGroupView(l, Anchor(l), groups[l]))
            .ToList();
        var view = new ConceptIndexView("Begreper",
            "Felles definisjoner av begrepene kompetanseløftet bygger på, med lovgrunnlag og kilder. Begrepene står i alfabetisk rekkefølge.",
            letters, ordered, site.Concepts.Count);
        return new HtmlPage(IndexUrl, "concept-index", "Begreper", site.Settings.Language, view, Crumbs.From(),
            site.Settings.Location, "Alle begrepene i kompetanseløftet fra A til Å.");
    }

    // Letter anchors in ASCII so they survive every URL encoder: "bokstav-ae", "bokstav-o", "bokstav-aa".
    private static string Anchor(string letter) => "bokstav-" + letter switch { "Æ" => "ae", "Ø" => "oe", "Å" => "aa", "#" => "tall", _ => letter.ToLowerInvariant() };

    /// <summary>
    /// The aliases that are other names, not forms of the title or of a name already listed: word by word, a form
    /// shares all but its last two letters ("sakkyndige vurderingen" is a form of "Sakkyndig vurdering";
    /// "inkluderende praksis" is another name for "Inkluderende fellesskap").
    /// </summary>
    internal static IReadOnlyList<string> OtherNames(string title, IReadOnlyList<string> aliases)
    {
        var names = new List<string> { title };
        var others = new List<string>();
        foreach (string alias in aliases)
        {
            if (names.Any(n => IsFormOf(alias, n))) continue;
            names.Add(alias);
            others.Add(alias);
        }
        return others;
    }

    private static bool IsFormOf(string a, string b)
    {
        var x = a.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var y = b.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (x.Length != y.Length) return false;
        for (int i = 0; i < x.Length; i++)
        {
            int stem = Math.Max(1, Math.Min(x[i].Length, y[i].Length) - 2);
            if (!x[i].AsSpan(0, stem).SequenceEqual(y[i].AsSpan(0, stem))) return false;
        }
        return true;
    }

    internal static ConceptLinkView Link(Concept c) => new(c.Title, c.Url, c.Definition, c.Abbreviation, c.Language);

    // The act is named in the page's language; the old act stands mid-sentence ("tidligere § 5-3 i opplæringsloven …"), so in lower case.
    internal static LegalView ToView(LegalReference legal, string language)
    {
        var old = legal.OldSection is null ? null : LegalAct.OldEducationAct;
        string? oldName = old?.NameIn(language) is { } name ? char.ToLower(name[0], System.Globalization.CultureInfo.GetCultureInfo("nb-NO")) + name[1..] : null;
        return new LegalView(legal.Act.NameIn(language), legal.Act.Url, legal.Citation, legal.OldCitation, oldName, old?.Url);
    }
}
