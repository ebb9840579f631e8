using Kompetanse.Diagnostics;

namespace Kompetanse.Model;

/// <summary>input/site.yml: what every page shares.</summary>
public sealed record SiteSettings(
    string Name,
    string Municipality,
    string BaseUrl,
    string Language,
    string AccessibilityStatementUrl,
    string? Description,
    IReadOnlyList<NavigationItem> Navigation,
    SourceSpan Location)
{
    /// <summary>Used when site.yml is missing or broken, so later stages can still report their own problems.</summary>
    public static SiteSettings Fallback(string path) =>
        new(DefaultName(path), "", "http://localhost/", "nb", "https://www.uustatus.no/", null, [], SourceSpan.File(path));

    // A site without settings is named after its folder: "docs/site.yml" → "docs".
    private static string DefaultName(string path) =>
        Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))) is { Length: > 0 } folder ? folder : "Kompetanse";
}

/// <summary>A main menu entry; the front page lists it with its description.</summary>
public sealed record NavigationItem(string Title, string Url, string? Description, SourceSpan Location);
