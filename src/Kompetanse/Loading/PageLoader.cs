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
        string? title = f.String("title");
        string? description = f.String("description");
        var tags = f.StringList("tags").Select(t => t.Value).ToList();
        string language = LanguageOf(f);
        var updated = f.Date("updated");
        var redirects = f.StringList("redirects");
        f.ReportUnknownKeys();
        var body = parsed.Body with { Language = language };
        if (title is null) (title, body) = TitleFromContent(file, body, f.Location, diagnostics);
        return new Page(UrlOf(file.RelativePath), title, description, tags, language, updated, body,
            SourceSpan.File(file.DisplayPath)) { Redirects = redirects };
    }

    /// <summary>
    /// A page without 'title' (a plain folder of Markdown, as Hugo and Statiq read it): the first '# heading'
    /// becomes the title and leaves the body (the page prints its title as the one h1), else the file name.
    /// </summary>
    private static (string Title, MarkdownSource Body) TitleFromContent(InputFile file, MarkdownSource body, SourceSpan frontMatter, DiagnosticBag diagnostics)
    {
        string markdown = body.Text;
        int line = 0, start = 0;
        bool inFence = false;
        while (start <= markdown.Length)
        {
            int end = markdown.IndexOf('\n', start);
            if (end < 0) end = markdown.Length;
            var text = markdown.AsSpan(start, end - start);
            var trimmed = text.TrimStart(' ');
            if (trimmed.StartsWith("```") || trimmed.StartsWith("~~~")) inFence = !inFence;
            else if (!inFence && text.Length - trimmed.Length < 4 && trimmed.StartsWith("# "))
            {
                string heading = trimmed[2..].Trim().TrimEnd('#').Trim().ToString();
                if (heading.Length > 0)
                {
                    diagnostics.Report(Codes.TitleFromHeading, body.At(line, text.Length - trimmed.Length), heading);
                    // The line is blanked, not removed, so every later position still points at its line.
                    string rest = markdown[..start] + markdown[end..];
                    return (heading, body with { Text = rest });
                }
            }
            start = end + 1;
            line++;
        }
        string name = file.NameWithoutExtension is "index" or "_index" && file.RelativePath.Contains('/')
            ? Path.GetFileName(Path.GetDirectoryName(file.RelativePath)!)
            : file.NameWithoutExtension;
        string title = name.Length > 0 ? char.ToUpperInvariant(name[0]) + name[1..].Replace('-', ' ').Replace('_', ' ') : name;
        diagnostics.Report(Codes.TitleFromFileName, frontMatter.Line > 0 ? frontMatter : new SourceSpan(file.DisplayPath, 1, 1), title);
        return (title, body);
    }

    /// <summary>
    /// "index.md" → "/", "om/index.md" → "/om/", "om/kontakt.md" → "/om/kontakt/"; "_index.md" is a folder's
    /// index page too (Hugo's name for it).
    /// </summary>
    public static string UrlOf(string relativePath)
    {
        string withoutExtension = SafeSegments(relativePath[..^Path.GetExtension(relativePath).Length]);
        if (withoutExtension is "index" or "_index") return "/";
        foreach (string index in (ReadOnlySpan<string>)["/index", "/_index"])
            if (withoutExtension.EndsWith(index, StringComparison.Ordinal)) return "/" + withoutExtension[..^index.Length] + "/";
        return "/" + withoutExtension + "/";
    }

    // A page's address is built from checked names only: a folder or file name a web address cannot hold
    // as it is ("Om oss") becomes a slug, as concepts' names are ("om-oss").
    private static string SafeSegments(string path) =>
        PublishedFiles.NameProblem(path) is null ? path
            : string.Join('/', path.Split('/').Select(segment => PublishedFiles.NameProblem(segment) is null ? segment : Text.Slug.From(segment) is { Length: > 0 } slug ? slug : "side"));

    internal static string LanguageOf(YamlFields f)
    {
        string? language = f.String("lang");
        if (language is null) return Language.Bokmal;
        if (Language.IsKnown(language)) return language;
        f.Diagnostics.Report(Codes.UnknownLanguage, f.LocationOf("lang"), language);
        return Language.Bokmal;
    }
}
