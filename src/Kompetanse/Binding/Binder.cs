using Kompetanse.Diagnostics;
using Kompetanse.Loading;
using Kompetanse.Model;
using Kompetanse.Text;

namespace Kompetanse.Binding;

/// <summary>
/// The bind stage: resolves names into references (related concepts), builds the term index, and checks
/// that no two files claim the same page. Unknown names are reported with the nearest known one.
/// </summary>
public static class Binder
{
    /// <summary>Pages the generator makes itself; a content file may not take their URLs.</summary>
    public static readonly IReadOnlyList<string> GeneratedUrls = ["/begreper/"];

    public static SiteModel Bind(LoadedInput input, DateOnly buildDate, DiagnosticBag diagnostics)
    {
        CheckUniqueUrls(input, diagnostics);

        var bySlug = new Dictionary<string, Concept>(StringComparer.Ordinal);
        foreach (var concept in input.Concepts) bySlug.TryAdd(concept.Slug, concept);

        var related = input.Concepts.ToDictionary(c => c, _ => new HashSet<Concept>(ByReference<Concept>.Instance), ByReference<Concept>.Instance);
        foreach (var concept in input.Concepts)
        {
            foreach (var name in concept.Related)
            {
                if (!bySlug.TryGetValue(name.Value, out var target))
                {
                    diagnostics.Report(Codes.UnknownConcept, name.Location, name.Value, "related", NearestName.Hint(name.Value, bySlug.Keys));
                    continue;
                }
                if (ReferenceEquals(target, concept))
                {
                    diagnostics.Report(Codes.RelatedToItself, name.Location, name.Value);
                    continue;
                }
                related[concept].Add(target);
                related[target].Add(concept);
            }
        }

        var byTitle = Comparer<Concept>.Create((a, b) => NorwegianCollation.Instance.Compare(a.Title, b.Title));
        return new SiteModel
        {
            Settings = input.Settings,
            Concepts = input.Concepts.Order(byTitle).ToList(),
            Related = related.ToDictionary(p => p.Key, p => (IReadOnlyList<Concept>)p.Value.Order(byTitle).ToList(), ByReference<Concept>.Instance),
            Pages = input.Pages,
            Terms = BuildTerms(input.Concepts, diagnostics),
            StaticFiles = input.StaticFiles,
            BuildDate = buildDate,
        };
    }

    private static void CheckUniqueUrls(LoadedInput input, DiagnosticBag diagnostics)
    {
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string url in GeneratedUrls) owners[url] = "the generator";
        var claims = input.Concepts.Select(c => (c.Url, c.Location))
            .Concat(input.Pages.Select(p => (p.Url, p.Location)))
            .OrderBy(c => c.Location.Path, StringComparer.Ordinal);
        foreach (var (url, location) in claims)
        {
            if (owners.TryGetValue(url, out var first))
                diagnostics.Report(Codes.DuplicateSlug, location, url, first);
            else
                owners[url] = location.Path;
        }
    }

    // Each term text belongs to one concept; longer terms win over shorter ones inside them at link time.
    private static IReadOnlyList<Term> BuildTerms(IReadOnlyList<Concept> concepts, DiagnosticBag diagnostics)
    {
        var terms = new Dictionary<string, (Term Term, Concept Owner)>(StringComparer.OrdinalIgnoreCase);
        foreach (var concept in concepts)
        {
            var texts = new[] { concept.Title }.Concat(concept.Aliases).Select(t => (Text: t, Abbreviation: false));
            if (concept.Abbreviation is { } abbreviation) texts = texts.Append((abbreviation, true));
            foreach (var (text, isAbbreviation) in texts)
            {
                if (terms.TryGetValue(text, out var existing))
                {
                    if (!ReferenceEquals(existing.Owner, concept))
                        diagnostics.Report(Codes.TermClaimedTwice, concept.Location, text, existing.Owner.Slug, concept.Slug);
                    continue;
                }
                terms[text] = (new Term(text, concept.Url, concept.Title, isAbbreviation), concept);
            }
        }
        return terms.Values.Select(t => t.Term).OrderByDescending(t => t.Text.Length).ThenBy(t => t.Text, StringComparer.Ordinal).ToList();
    }
}
