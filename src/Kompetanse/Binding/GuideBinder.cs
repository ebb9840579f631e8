using Kompetanse.Diagnostics;
using Kompetanse.Model;
using Kompetanse.Text;

namespace Kompetanse.Binding;

/// <summary>Binds each guide step's concept and role slugs to the pages; an unknown slug is reported with the nearest one.</summary>
public static class GuideBinder
{
    public static IReadOnlyList<BoundGuide> Bind(IReadOnlyList<Guide> guides, IReadOnlyDictionary<string, Concept> concepts,
        IReadOnlyDictionary<string, Role> roles, DiagnosticBag diagnostics) =>
        guides.Select(guide => new BoundGuide(guide, guide.Steps.Select(step => new BoundGuideStep(step,
            Resolve(step.Concepts, concepts, "concepts", Codes.UnknownConcept, diagnostics),
            Resolve(step.Roles, roles, "roles", Codes.UnknownRole, diagnostics))).ToList())).ToList();

    private static IReadOnlyList<T> Resolve<T>(IReadOnlyList<Located<string>> names, IReadOnlyDictionary<string, T> known, string key,
        DiagnosticDescriptor unknown, DiagnosticBag diagnostics)
    {
        var resolved = new List<T>();
        foreach (var name in names)
        {
            if (known.TryGetValue(name.Value, out var target)) resolved.Add(target);
            else diagnostics.Report(unknown, name.Location, name.Value, key, NearestName.Hint(name.Value, known.Keys));
        }
        return resolved;
    }
}
