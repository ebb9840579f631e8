using Kompetanse.Diagnostics;
using Kompetanse.Loading;

namespace Kompetanse.Binding;

/// <summary>
/// Two concepts (or two roles) with one title. The editor at /admin/ saves a new entry whose title is taken as
/// "&lt;slug&gt;-1.md", so without this check a second "Tilpasset opplæring" would quietly be published beside the
/// first. The first file keeps the title (the first by path among those without the editor's "-&lt;n&gt;" suffix); every other is an
/// error at its file and is left out of the site.
/// </summary>
public static class DuplicateTitles
{
    /// <summary>Reports each file that repeats a title and returns their paths.</summary>
    public static IReadOnlySet<string> Check(LoadedInput input, DiagnosticBag diagnostics)
    {
        var repeats = new HashSet<string>(StringComparer.Ordinal);
        Check(input.Concepts.Select(c => new Entry(c.Title, c.Slug, c.Location)), "concept", repeats, diagnostics);
        Check(input.Roles.Select(r => new Entry(r.Title, r.Slug, r.Location)), "role", repeats, diagnostics);
        return repeats;
    }

    // A class, not a tuple: the grouping below then runs precompiled instead of being compiled at run time.
    private sealed record Entry(string Title, string Slug, SourceSpan Location);

    private static void Check(IEnumerable<Entry> entries, string kind, HashSet<string> repeats, DiagnosticBag diagnostics)
    {
        foreach (var group in entries.GroupBy(e => e.Title.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var ordered = group.OrderBy(e => HasCopySuffix(e.Slug)).ThenBy(e => e.Location.Path, StringComparer.Ordinal).ToList();
            foreach (var repeat in ordered.Skip(1))
            {
                diagnostics.Report(Codes.DuplicateTitle, repeat.Location, repeat.Title, ordered[0].Location.Path, kind);
                repeats.Add(repeat.Location.Path);
            }
        }
    }

    // Decap's name for a second file with a taken slug: the slug, a hyphen and a number.
    private static bool HasCopySuffix(string slug)
    {
        int dash = slug.LastIndexOf('-');
        return dash > 0 && dash < slug.Length - 1 && slug[(dash + 1)..].All(char.IsAsciiDigit);
    }
}
