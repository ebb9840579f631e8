using Kompetanse.Diagnostics;
using Kompetanse.Model;

namespace Kompetanse.Loading;

/// <summary>input/veiledere/&lt;slug&gt;.yml → <see cref="Guide"/>.</summary>
public static class GuideLoader
{
    public const string Folder = "veiledere";

    public static Guide? Load(InputFile file, DiagnosticBag diagnostics)
    {
        string? text = InputText.Read(file, diagnostics);
        if (text is null) return null;
        var f = YamlFields.ParseDocument(text, file.DisplayPath, 0, "guide", diagnostics);
        if (f is null) return null;

        string slug = FrontMatter.SlugOf(file, diagnostics);
        string? title = f.String("title", required: true);
        string? intro = f.String("intro", required: true);
        int order = (int)(f.Long("order") ?? 0);
        string language = PageLoader.LanguageOf(f);
        var steps = new List<GuideStep>();
        var lines = text.Split('\n');
        foreach (var s in f.MappingList("steps"))
            if (LoadStep(s, language, lines) is { } step) steps.Add(step);
        if (!f.Has("steps")) diagnostics.Report(Codes.MissingKey, f.Location, "steps");
        else if (steps.Count == 0) diagnostics.Report(Codes.GuideWithoutSteps, f.LocationOf("steps"));
        f.ReportUnknownKeys();

        if (title is null || intro is null) return null;
        return new Guide(slug, title, intro, order, language, steps, SourceSpan.File(file.DisplayPath));
    }

    private static GuideStep? LoadStep(YamlFields s, string language, string[] fileLines)
    {
        string? title = s.String("title", required: true);
        string? text = s.String("text", required: true);
        var legal = s.MappingList("legal").Select(ConceptLoader.LoadLegal).OfType<LegalReference>().ToList();
        string? lawNote = s.String("law_note");
        var concepts = s.StringList("concepts");
        var roles = s.StringList("roles");
        // A step a teacher acts on must say what law it rests on, and where to read more.
        if (!s.Has("legal") && lawNote is null) s.Diagnostics.Report(Codes.GuideStepWithoutLaw, s.Location, title ?? "");
        if (concepts.Count == 0 && roles.Count == 0) s.Diagnostics.Report(Codes.GuideStepWithoutLinks, s.Location, title ?? "");
        s.ReportUnknownKeys();
        if (title is null || text is null) return null;
        var textAt = s.LocationOf("text");
        // Written over several lines (text: >-, or as the editor saves it), its lines are mapped back to the file.
        var places = s.MultiLineText("text") is { } written ? YamlTextPlaces.Of(text, written.Start, written.Block, fileLines) : null;
        var markdown = new MarkdownSource(text, textAt) { Language = language, Places = places };
        return new GuideStep(title, markdown, legal, lawNote, concepts, roles, s.Location);
    }
}
