namespace Kompetanse.Rendering.Views;

/// <summary>A generic Markdown page; its body is rendered where the template prints it.</summary>
public sealed record ArticleView(string Title, string? Description, IHtmlContent Body, IReadOnlyList<string> Tags);

/// <summary>The front page: its own text, then the ways into the site.</summary>
public sealed record HomeView(string Title, string? Description, string Body, IReadOnlyList<SectionLinkView> Sections, IReadOnlyList<ConceptLinkView> SharedConcepts);

public sealed record SectionLinkView(string Title, string Url, string Text);

/// <summary>The accessibility page: its text and the link to the statement on uustatus.no.</summary>
public sealed record AccessibilityView(string Title, string? Description, string Body, string StatementUrl);

/// <summary>The search page: a form that works without script, and the index the script searches.</summary>
public sealed record SearchView(string Title, string IndexUrl, IReadOnlyList<SectionLinkView> Sections);

/// <summary>404: what happened and the ways on.</summary>
public sealed record NotFoundView(string Title, IReadOnlyList<SectionLinkView> Sections);

/// <summary>/nytt/: the latest changed pages, newest first.</summary>
public sealed record ChangesView(string Title, string Intro, string FeedUrl, IReadOnlyList<ChangeView> Changes);

/// <summary>A changed page; <paramref name="Lang"/> is its language where it is not the site's (for the lang attribute), else null.</summary>
public sealed record ChangeView(string Title, string Url, string? Summary, DateView Date, string Kind, string? Lang = null);

/// <summary>A page that sends the reader on to where a renamed page now lives.</summary>
public sealed record RedirectView(string Title, string Target);
