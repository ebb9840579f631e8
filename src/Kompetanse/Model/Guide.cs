using Kompetanse.Diagnostics;

namespace Kompetanse.Model;

/// <summary>
/// "Hva gjør jeg?": a guide from a worry about a child to help, as an ordered list of steps in the order the law
/// gives them. input/veiledere/&lt;slug&gt;.yml → /hva-gjor-jeg/&lt;slug&gt;/.
/// </summary>
public sealed record Guide(string Slug, string Title, string Intro, int Order, string Language, IReadOnlyList<GuideStep> Steps, SourceSpan Location)
{
    public const string IndexUrl = "/hva-gjor-jeg/";
    public string Url => $"{IndexUrl}{Slug}/";
}

/// <summary>
/// One step: what to do, the law it rests on (sections, and a note where no section can be named), and the
/// concept and role pages that say more, by their slugs.
/// </summary>
public sealed record GuideStep(
    string Title,
    MarkdownSource Text,
    IReadOnlyList<LegalReference> Legal,
    string? LawNote,
    IReadOnlyList<Located<string>> Concepts,
    IReadOnlyList<Located<string>> Roles,
    SourceSpan Location);

/// <summary>A guide after binding: each step with its concepts and roles resolved.</summary>
public sealed record BoundGuide(Guide Guide, IReadOnlyList<BoundGuideStep> Steps);

public sealed record BoundGuideStep(GuideStep Step, IReadOnlyList<Concept> Concepts, IReadOnlyList<Role> Roles);
