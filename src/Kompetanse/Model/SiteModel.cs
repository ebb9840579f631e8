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

    /// <summary>The "Hva gjør jeg?" guides with their steps' concepts and roles resolved.</summary>
    public IReadOnlyList<BoundGuide> Guides { get; init; } = [];

    /// <summary>The units expected to hand back the forms; empty when the editor has made no list.</summary>
    public UnitList Units { get; init; } = UnitList.None;

    /// <summary>Words that mean the same to search; empty when the editor has made no list.</summary>
    public SynonymList Synonyms { get; init; } = SynonymList.None;
    public required IReadOnlyList<Term> Terms { get; init; }
    public required IReadOnlyList<InputFile> StaticFiles { get; init; }

    /// <summary>When each input file last changed in git (by display path); empty outside a repository.</summary>
    public IReadOnlyDictionary<string, DateOnly> FileDates { get; init; } = new Dictionary<string, DateOnly>();

    /// <summary>The day the site is built: "this month" in the plan, "last updated" fallbacks.</summary>
    public required DateOnly BuildDate { get; init; }

    /// <summary>Renamed pages: old URL → new URL.</summary>
    public IReadOnlyList<Redirect> Redirects { get; init; } = [];

    /// <summary>When a page last changed: its 'updated' date, else its file's last commit.</summary>
    public DateOnly? LastChanged(Kompetanse.Outputs.Html.HtmlPage page) =>
        page.Updated ?? (FileDates.TryGetValue(page.Source.Path, out var date) ? date : null);

    /// <summary>Each role's activities in the plan, worked out once at binding.</summary>
    public IReadOnlyDictionary<Role, IReadOnlyList<PlannedActivity>> RoleActivities { get; init; } =
        new Dictionary<Role, IReadOnlyList<PlannedActivity>>();


    public IReadOnlyList<PlannedActivity> ActivitiesOf(Role role) => RoleActivities.GetValueOrDefault(role) ?? [];
}

/// <summary>
/// The plan after binding: each activity with its phase, its responsible roles and its state on the build date;
/// <see cref="Since"/> is null when the plan names no meeting before the build date.
/// </summary>
public sealed record PlanModel(Plan Plan, IReadOnlyList<PlannedActivity> Activities)
{
    public SinceLastMeeting? Since { get; init; }

    /// <summary>The first meeting after the build date, if the plan names one.</summary>
    public DateOnly? NextMeeting { get; init; }

    /// <summary>The steering group's decisions with their owners resolved, in date order.</summary>
    public IReadOnlyList<BoundDecision> Decisions { get; init; } = [];

    /// <summary>How often each activity and milestone has been re-planned (see <c>PlanRevisions</c>); absent means never.</summary>
    public IReadOnlyDictionary<string, int> Revisions { get; init; } = new Dictionary<string, int>();
}

/// <summary>
/// A decision on the build date: <paramref name="Owner"/> is the role that follows it up (null when the owner is a
/// name, shown as written); open until it is done; <paramref name="PastDue"/> when open and its due date has passed.
/// </summary>
public sealed record BoundDecision(Decision Decision, Role? Owner, bool PastDue)
{
    public bool Open => Decision.Done is null;
}

/// <summary>A page that moved: requests for <paramref name="From"/> go to <paramref name="To"/>.</summary>
public sealed record Redirect(string From, string To, Kompetanse.Diagnostics.SourceSpan Location);

public sealed record FormModel(QuestionSet Form, PlannedActivity? Activity, IReadOnlyList<Concept> Concepts)
{
    /// <summary>The answers units have handed back, one per unit, in Norwegian order.</summary>
    public IReadOnlyList<ReturnedForm> Returns { get; init; } = [];
}

public sealed record PlannedActivity(Activity Activity, Phase Phase, IReadOnlyList<Role> Responsible)
{
    /// <summary>The activity's status log with reporting roles resolved, oldest first.</summary>
    public IReadOnlyList<BoundReport> Reports { get; init; } = [];

    /// <summary>Where it stands on the build date.</summary>
    public ActivityState State { get; init; } = new(TrackedState.Planlagt, false, null);
}
