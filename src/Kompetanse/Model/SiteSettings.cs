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
    /// <summary>The GitHub repository ("owner/name") the editor at /admin/ saves to; null when site.yml has none.</summary>
    public string? Repository { get; init; }

    /// <summary>Whom staff can ask about the programme; null when site.yml gives no contact.</summary>
    public Contact? Contact { get; init; }

    /// <summary>The branch the site is published from, which the editor's pull requests go to.</summary>
    public string Branch { get; init; } = "main";

    /// <summary>Used when site.yml is missing or broken, so later stages can still report their own problems.</summary>
    public static SiteSettings Fallback(string path) =>
        new(DefaultName(path), "", "http://localhost/", "nb", "https://www.uustatus.no/", null, [], SourceSpan.File(path));

    // A site without settings is named after its folder: "docs/site.yml" → "docs".
    private static string DefaultName(string path) =>
        Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))) is { Length: > 0 } folder ? folder : "Kompetanse";
}

/// <summary>A main menu entry; the front page lists it with its description.</summary>
public sealed record NavigationItem(string Title, string Url, string? Description, SourceSpan Location);
