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

    /// <summary>By level (nasjonal → enhet), then title.</summary>
    public required IReadOnlyList<Role> Roles { get; init; }
    public required IReadOnlyDictionary<Role, IReadOnlyList<Concept>> RoleConcepts { get; init; }
    public required IReadOnlyDictionary<Concept, IReadOnlyList<Role>> ConceptRoles { get; init; }

    /// <summary>The progress plan with responsible roles resolved; null when the input has none.</summary>
    public required PlanModel? Plan { get; init; }
    public required Budget? Budget { get; init; }

    /// <summary>The forms with their concepts and plan activity resolved, in Norwegian order by title.</summary>
    public required IReadOnlyList<FormModel> Forms { get; init; }

    public required IReadOnlyList<Page> Pages { get; init; }
    public required IReadOnlyList<Term> Terms { get; init; }
    public required IReadOnlyList<InputFile> StaticFiles { get; init; }

    /// <summary>The day the site is built: "this month" in the plan, "last updated" fallbacks.</summary>
    public required DateOnly BuildDate { get; init; }

    public IReadOnlyList<PlannedActivity> ActivitiesOf(Role role) =>
        Plan?.Activities.Where(a => a.Responsible.Contains(role)).ToList() ?? [];
}

/// <summary>The plan after binding: each activity with its phase and its responsible roles.</summary>
public sealed record PlanModel(Plan Plan, IReadOnlyList<PlannedActivity> Activities);

public sealed record FormModel(QuestionSet Form, PlannedActivity? Activity, IReadOnlyList<Concept> Concepts);

public sealed record PlannedActivity(Activity Activity, Phase Phase, IReadOnlyList<Role> Responsible);
