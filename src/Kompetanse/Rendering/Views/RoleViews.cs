namespace Kompetanse.Rendering.Views;

public sealed record RoleLinkView(string Title, string Url, string? Abbreviation, string Summary, int ActivityCount);

public sealed record RoleLevelView(string Title, string Anchor, string Description, IReadOnlyList<RoleLinkView> Roles);

public sealed record RoleIndexView(string Title, string Intro, IReadOnlyList<RoleLevelView> Levels);

public sealed record RoleView(
    string Title,
    string? Abbreviation,
    string Level,
    string Summary,
    IReadOnlyList<string> Tasks,
    string Body,
    IReadOnlyList<ConceptLinkView> Concepts,
    GanttView? Activities,
    int ActivityCount,
    string? PlanUrl)
{
    /// <summary>The role's own contact, else the site's (with <see cref="ContactIsSites"/>), else none and <see cref="AskInstead"/>.</summary>
    public ContactView? Contact { get; init; }
    public bool ContactIsSites { get; init; }
    public string? AskInstead { get; init; }
}
