using Kompetanse.Diagnostics;
using Kompetanse.Model;

namespace Kompetanse.Loading;

/// <summary>Any other Markdown file → a generic <see cref="Page"/>; its place in the input folder is its URL.</summary>
public static class PageLoader
{
    public static Page? Load(InputFile file, DiagnosticBag diagnostics)
    {
        if (FrontMatter.Read(file, diagnostics) is not { } parsed) return null;
        var f = parsed.Fields;
        string? title = f.String("title", required: true);
        string? description = f.String("description");
        var tags = f.StringList("tags").Select(t => t.Value).ToList();
        string language = LanguageOf(f);
        var updated = f.Date("updated");
        var redirects = f.StringList("redirects");
        f.ReportUnknownKeys();
        if (title is null) return null;
        return new Page(UrlOf(file.RelativePath), title, description, tags, language, updated, parsed.Body,
            SourceSpan.File(file.DisplayPath)) { Redirects = redirects };
    }

    /// <summary>"index.md" → "/", "om/index.md" → "/om/", "om/kontakt.md" → "/om/kontakt/".</summary>
    public static string UrlOf(string relativePath)
    {
        string withoutExtension = relativePath[..^Path.GetExtension(relativePath).Length];
        if (withoutExtension == "index") return "/";
        if (withoutExtension.EndsWith("/index", StringComparison.Ordinal)) withoutExtension = withoutExtension[..^"/index".Length];
        return "/" + withoutExtension + "/";
    }

    internal static string LanguageOf(YamlFields f)
    {
        string? language = f.String("lang");
        if (language is null) return Language.Bokmal;
        if (Language.IsKnown(language)) return language;
        f.Diagnostics.Report(Codes.UnknownLanguage, f.LocationOf("lang"), language);
        return Language.Bokmal;
    }
}
