using Kompetanse.Loading;

namespace Kompetanse.Model;

/// <summary>The bound site: every cross-reference resolved. Nothing after binding looks anything up by name.</summary>
public sealed class SiteModel
{
    public required SiteSettings Settings { get; init; }

    /// <summary>In Norwegian alphabetical order by title.</summary>
    public required IReadOnlyList<Concept> Concepts { get; init; }

    /// <summary>Related concepts both ways: if A names B, B's list has A too. In Norwegian order.</summary>
    public required IReadOnlyDictionary<Concept, IReadOnlyList<Concept>> Related { get; init; }

    public required IReadOnlyList<Page> Pages { get; init; }
    public required IReadOnlyList<Term> Terms { get; init; }
    public required IReadOnlyList<InputFile> StaticFiles { get; init; }

    /// <summary>The day the site is built: "this month" in the plan, "last updated" fallbacks.</summary>
    public required DateOnly BuildDate { get; init; }
}
