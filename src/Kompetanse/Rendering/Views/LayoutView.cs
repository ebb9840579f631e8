namespace Kompetanse.Rendering.Views;

// What templates see. Plain data, prepared by the page builders: templates only present it.

/// <summary>Everything the base layout shows around a page.</summary>
public sealed record LayoutView(
    string SiteName,
    string Municipality,
    string Language,
    string? ChromeLanguage,
    string Title,
    string DocumentTitle,
    string? Description,
    string Url,
    string CanonicalUrl,
    IReadOnlyList<LinkView> Breadcrumbs,
    IReadOnlyList<NavigationView> Navigation,
    IReadOnlyList<string> Stylesheets,
    IReadOnlyList<string> Scripts,
    DateView? Updated,
    string AccessibilityUrl,
    object Content,
    string? RedirectTo = null)
{
    /// <summary>A Content-Security-Policy the page carries itself, for pages served at addresses no header rule knows (404).</summary>
    public string? SecurityPolicy { get; init; }
}

public sealed record LinkView(string Title, string Url);

public sealed record NavigationView(string Title, string Url, bool Current);

/// <summary>A date both ways: "23. november 2026" for people, "2026-11-23" for &lt;time datetime&gt;.</summary>
public sealed record DateView(string Text, string Iso);
