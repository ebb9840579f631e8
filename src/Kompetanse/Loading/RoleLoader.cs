using Kompetanse.Diagnostics;
using Kompetanse.Model;
using Kompetanse.Text;

namespace Kompetanse.Loading;

/// <summary>input/roles/&lt;slug&gt;.md → <see cref="Role"/>.</summary>
public static class RoleLoader
{
    public const string Folder = "roles";

    private static readonly IReadOnlyDictionary<string, RoleLevel> Levels =
        Enum.GetValues<RoleLevel>().ToDictionary(l => l.ToString().ToLowerInvariant());

    public static Role? Load(InputFile file, DiagnosticBag diagnostics)
    {
        if (FrontMatter.Read(file, diagnostics) is not { } parsed) return null;
        var f = parsed.Fields;
        string slug = FrontMatter.SlugOf(file, diagnostics);
        string? title = f.String("title", required: true);
        var aliases = f.StringList("aliases").Select(a => a.Value).ToList();
        string? abbreviation = f.String("abbreviation");
        var ambiguous = TermForms.Ambiguous(f, title, aliases);
        string? levelName = f.String("level", required: true);
        RoleLevel? level = null;
        if (levelName is not null)
        {
            if (Levels.TryGetValue(levelName.ToLowerInvariant(), out var known)) level = known;
            else diagnostics.Report(Codes.UnknownLevel, f.LocationOf("level"), levelName, NearestName.Hint(levelName, Levels.Keys));
        }
        string? summary = f.String("summary", required: true);
        var tasks = f.StringList("tasks").Select(t => t.Value).ToList();
        var concepts = f.StringList("concepts");
        string language = PageLoader.LanguageOf(f);
        var updated = f.Date("updated");
        var redirects = f.StringList("redirects");
        var contact = ContactLoader.Load(f);
        f.ReportUnknownKeys();

        if (title is null || level is null || summary is null) return null;
        return new Role(slug, title, abbreviation, level.Value, summary, tasks, concepts, language, updated, parsed.Body with { Language = language }, SourceSpan.File(file.DisplayPath)) { Redirects = redirects, Aliases = aliases, Ambiguous = ambiguous, Contact = contact };
    }
}
