namespace Kompetanse.Rendering.Views;

/// <summary>A generic Markdown page.</summary>
public sealed record ArticleView(string Title, string? Description, string Body, IReadOnlyList<string> Tags);

/// <summary>The front page: its own text, then the ways into the site.</summary>
public sealed record HomeView(string Title, string? Description, string Body, IReadOnlyList<SectionLinkView> Sections, IReadOnlyList<ConceptLinkView> SharedConcepts);

public sealed record SectionLinkView(string Title, string Url, string Text);

/// <summary>The accessibility page: its text and the link to the statement on uustatus.no.</summary>
public sealed record AccessibilityView(string Title, string? Description, string Body, string StatementUrl);
