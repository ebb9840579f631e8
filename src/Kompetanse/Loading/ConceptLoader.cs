using Kompetanse.Diagnostics;
using Kompetanse.Model;
using Kompetanse.Text;

namespace Kompetanse.Loading;

/// <summary>input/concepts/&lt;slug&gt;.md → <see cref="Concept"/>.</summary>
public static class ConceptLoader
{
    public const string Folder = "concepts";

    public static Concept? Load(InputFile file, DiagnosticBag diagnostics)
    {
        if (FrontMatter.Read(file, diagnostics) is not { } parsed) return null;
        var f = parsed.Fields;
        string slug = FrontMatter.SlugOf(file, diagnostics);

        string? title = f.String("title", required: true);
        string? definition = f.String("definition", required: true);
        var aliases = f.StringList("aliases").Select(a => a.Value).ToList();
        var english = f.StringList("english").Select(a => a.Value).ToList();
        string? abbreviation = f.String("abbreviation");
        var ambiguous = TermForms.Ambiguous(f, title, aliases);
        var legal = f.MappingList("legal").Select(LoadLegal).OfType<LegalReference>().ToList();
        var sources = f.MappingList("sources").Select(LoadSource).OfType<SourceReference>().ToList();
        var related = f.StringList("related");
        bool shared = f.Bool("shared");
        string language = PageLoader.LanguageOf(f);
        var updated = f.Date("updated");
        var redirects = f.StringList("redirects");
        f.ReportUnknownKeys();

        if (title is null || definition is null) return null;
        return new Concept(slug, title, definition, aliases, abbreviation, legal, sources, related, shared,
            language, updated, parsed.Body with { Language = language }, SourceSpan.File(file.DisplayPath)) { Redirects = redirects, Ambiguous = ambiguous, English = english };
    }

    internal static LegalReference? LoadLegal(YamlFields f)
    {
        string? actId = f.String("act", required: true);
        string? section = f.String("section", required: true);
        string? oldSection = f.String("old_section");
        f.ReportUnknownKeys();
        if (actId is null || section is null) return null;
        if (!LegalAct.Known.TryGetValue(actId, out var act))
        {
            f.Diagnostics.Report(Codes.UnknownAct, f.LocationOf("act"), actId,
                NearestName.Hint(actId, LegalAct.Known.Keys), string.Join(", ", LegalAct.Known.Keys));
            return null;
        }
        if (oldSection is not null && act.Id != LegalAct.EducationActId)
            f.Diagnostics.Report(Codes.OldSectionWithoutNewAct, f.LocationOf("old_section"));
        return new LegalReference(act, section.TrimStart('§', ' '), oldSection?.TrimStart('§', ' '));
    }

    private static SourceReference? LoadSource(YamlFields f)
    {
        string? title = f.String("title", required: true);
        string? url = f.Has("url") ? SiteSettingsLoader.Url(f, "url", required: false) : null;
        f.ReportUnknownKeys();
        return title is null ? null : new SourceReference(title, url);
    }
}
