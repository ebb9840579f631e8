using Kompetanse.Diagnostics;
using Kompetanse.Loading;
using Kompetanse.Model;
using Kompetanse.Text;

namespace Kompetanse.Binding;

/// <summary>
/// The bind stage: resolves names into references (related concepts), builds the term index, and checks
/// that no two files claim the same page. Unknown names are reported with the nearest known one.
/// </summary>
public static class Binder
{
    /// <summary>Pages the generator makes itself; a content file may not take their URLs.</summary>
    public static readonly IReadOnlyList<string> GeneratedUrls = ["/begreper/", "/roller/", "/skjema/", "/plan/", "/plan/budsjett/", "/plan/rapport/", Guide.IndexUrl];

    public static SiteModel Bind(LoadedInput loaded, DateOnly buildDate, DiagnosticBag diagnostics)
    {
        // A file that would overwrite another's page is reported here and left out, so it is reported once.
        var losers = CheckUniqueUrls(loaded, diagnostics);
        losers.UnionWith(DuplicateTitles.Check(loaded, diagnostics));
        bool Keep(SourceSpan location) => !losers.Contains(location.Path);
        var input = loaded with
        {
            Concepts = loaded.Concepts.Where(c => Keep(c.Location)).ToList(),
            Pages = loaded.Pages.Where(p => Keep(p.Location)).ToList(),
            Roles = loaded.Roles.Where(r => Keep(r.Location)).ToList(),
            Forms = loaded.Forms.Where(f => Keep(f.Location)).ToList(),
        };

        var bySlug = new Dictionary<string, Concept>(StringComparer.Ordinal);
        foreach (var concept in input.Concepts) bySlug.TryAdd(concept.Slug, concept);

        var related = input.Concepts.ToDictionary(c => c, _ => new HashSet<Concept>(ByReference<Concept>.Instance), ByReference<Concept>.Instance);
        foreach (var concept in input.Concepts)
        {
            foreach (var name in concept.Related)
            {
                if (!bySlug.TryGetValue(name.Value, out var target))
                {
                    diagnostics.Report(Codes.UnknownConcept, name.Location, name.Value, "related", NearestName.Hint(name.Value, bySlug.Keys));
                    continue;
                }
                if (ReferenceEquals(target, concept))
                {
                    diagnostics.Report(Codes.RelatedToItself, name.Location, name.Value);
                    continue;
                }
                related[concept].Add(target);
                related[target].Add(concept);
            }
        }

        var byTitle = Comparer<Concept>.Create((a, b) => NorwegianCollation.Instance.Compare(a.Title, b.Title));
        var roles = input.Roles
            .OrderBy(r => r.Level).ThenBy(r => r.Title, NorwegianCollation.Instance)
            .ToList();
        var roleBySlug = new Dictionary<string, Role>(StringComparer.Ordinal);
        foreach (var role in roles) roleBySlug.TryAdd(role.Slug, role);

        var roleConcepts = new Dictionary<Role, IReadOnlyList<Concept>>(ByReference<Role>.Instance);
        var conceptRoles = input.Concepts.ToDictionary(c => c, _ => new List<Role>(), ByReference<Concept>.Instance);
        foreach (var role in roles)
        {
            var concepts = Resolve(role.Concepts, bySlug, "concepts", Codes.UnknownConcept, diagnostics);
            roleConcepts[role] = concepts.Order(byTitle).ToList();
            foreach (var concept in concepts) conceptRoles[concept].Add(role);
        }

        var plan = BindPlan(input.Plan, roleBySlug, buildDate, input.PlanHistory, diagnostics);
        var activityById = new Dictionary<string, PlannedActivity>(StringComparer.Ordinal);
        foreach (var planned in plan?.Activities ?? []) activityById.TryAdd(planned.Activity.Id, planned);
        var returns = AnswerBinder.Bind(loaded.Returns, input.Forms, diagnostics, loaded.Units);
        PersonalDataGuard.Check(loaded.Files, input.Forms, diagnostics);
        var forms = input.Forms
            .Select(form => new FormModel(form,
                form.Activity is { } a ? Resolve([a], activityById, "activity", Codes.UnknownActivity, diagnostics).FirstOrDefault() : null,
                Resolve(form.Concepts, bySlug, "concepts", Codes.UnknownConcept, diagnostics).Order(byTitle).ToList())
            { Returns = returns[form.Slug] })
            .OrderBy(f => f.Form.Title, NorwegianCollation.Instance)
            .ToList();

        return new SiteModel
        {
            Redirects = BindRedirects(input, diagnostics),
            FileDates = loaded.FileDates,
            Forms = forms,
            Roles = roles,
            RoleConcepts = roleConcepts,
            ConceptRoles = conceptRoles.ToDictionary(p => p.Key, p => (IReadOnlyList<Role>)p.Value, ByReference<Concept>.Instance),
            Plan = plan,
            RoleActivities = roles.ToDictionary(r => r,
                r => (IReadOnlyList<PlannedActivity>)(plan?.Activities.Where(a => a.Responsible.Any(x => ReferenceEquals(x, r))).ToList() ?? []),
                ByReference<Role>.Instance),
            Budget = input.Budget,
            Settings = input.Settings,
            Concepts = input.Concepts.Order(byTitle).ToList(),
            Related = related.ToDictionary(p => p.Key, p => (IReadOnlyList<Concept>)p.Value.Order(byTitle).ToList(), ByReference<Concept>.Instance),
            Pages = input.Pages,
            Units = loaded.Units,
            Guides = GuideBinder.Bind(loaded.Guides, bySlug, roleBySlug, diagnostics),
            Synonyms = loaded.Synonyms,
            Terms = BuildTerms(input.Concepts, roles, diagnostics),
            StaticFiles = input.StaticFiles,
            BuildDate = buildDate,
        };
    }

    private static HashSet<string> CheckUniqueUrls(LoadedInput input, DiagnosticBag diagnostics)
    {
        var losers = new HashSet<string>(StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string url in GeneratedUrls) owners[url] = "the generator";
        var claims = new List<UrlClaim>();
        foreach (var c in input.Concepts) claims.Add(new(c.Url, c.Location));
        foreach (var r in input.Roles) claims.Add(new(r.Url, r.Location));
        foreach (var f in input.Forms) claims.Add(new(f.Url, f.Location));
        foreach (var p in input.Pages) claims.Add(new(p.Url, p.Location));
        foreach (var (url, location) in claims.OrderBy(c => c.Location.Path, StringComparer.Ordinal))
        {
            if (owners.TryGetValue(url, out var first))
            {
                diagnostics.Report(Codes.DuplicateSlug, location, url, first);
                losers.Add(location.Path);
            }
            else
            {
                owners[url] = location.Path;
            }
        }
        return losers;
    }

    // A class, not a tuple: one-off code over the framework's generics with a struct of ours is compiled at run
    // time, on the one core that binds; over a class it runs precompiled.
    private sealed record UrlClaim(string Url, SourceSpan Location);

    private sealed record RedirectClaim(Located<string> From, string To);

    // Old URLs must look like site paths and must not be the address of a page that exists.
    private static IReadOnlyList<Redirect> BindRedirects(LoadedInput input, DiagnosticBag diagnostics)
    {
        var pages = new HashSet<string>(GeneratedUrls, StringComparer.OrdinalIgnoreCase);
        foreach (string url in input.Concepts.Select(c => c.Url).Concat(input.Roles.Select(r => r.Url)).Concat(input.Pages.Select(p => p.Url)).Concat(input.Forms.Select(f => f.Url)))
            pages.Add(url);
        var claims = new List<RedirectClaim>();
        foreach (var c in input.Concepts) foreach (var r in c.Redirects) claims.Add(new(r, c.Url));
        foreach (var x in input.Roles) foreach (var r in x.Redirects) claims.Add(new(r, x.Url));
        foreach (var p in input.Pages) foreach (var r in p.Redirects) claims.Add(new(r, p.Url));
        var redirects = new List<Redirect>();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (from, to) in claims)
        {
            string path = from.Value.EndsWith('/') || Path.HasExtension(from.Value) ? from.Value : from.Value + "/";
            string? problem =
                !path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal) || path.Contains("..") || path.IndexOfAny(['?', '#', '\\']) >= 0 || path.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) ? "write a path on this site with no spaces or line breaks, like /begreper/gammelt-navn/"
                : pages.Contains(path) ? "a page has that address"
                : seen.TryGetValue(path, out var other) ? $"it already redirects to {other}"
                : null;
            if (problem is not null)
            {
                diagnostics.Report(Codes.BadRedirect, from.Location, from.Value, problem);
                continue;
            }
            seen[path] = to;
            redirects.Add(new Redirect(path, to, from.Location));
        }
        return redirects.OrderBy(r => r.From, StringComparer.Ordinal).ToList();
    }

    private static PlanModel? BindPlan(Plan? plan, Dictionary<string, Role> roles, DateOnly buildDate,
        IReadOnlyList<PlanVersion> history, DiagnosticBag diagnostics)
    {
        if (plan is null) return null;
        var today = YearMonth.Of(buildDate);
        var activities = plan.Phases
            .SelectMany(phase => phase.Activities.Select(activity =>
            {
                var reports = BindReports(plan, activity, roles, buildDate, diagnostics);
                var state = ActivityState.Of(activity, reports, today);
                // The editor sees what to ask for: once per activity that has passed without a report.
                if (state.State == TrackedState.Mangler)
                    diagnostics.Report(Codes.StatusMissing, activity.Location, activity.Title, $"{NorwegianDates.MonthName(activity.LastMonth.Month)} {activity.LastMonth.Year}");
                return new PlannedActivity(activity, phase, Resolve(activity.Responsible, roles, "responsible", Codes.UnknownRole, diagnostics))
                {
                    Reports = reports,
                    State = state,
                };
            }))
            .ToList();
        var model = new PlanModel(plan, activities)
        {
            NextMeeting = plan.Meetings.Where(m => m > buildDate).Cast<DateOnly?>().FirstOrDefault(),
            Decisions = BindDecisions(plan, roles, buildDate, diagnostics),
            Revisions = PlanRevisions.Count(plan, history),
        };
        return model with { Since = PlanChanges.Since(model, buildDate, history) };
    }

    // An owner written as a role slug must be a role; a decision or its 'done' after the build date is an error.
    private static IReadOnlyList<BoundDecision> BindDecisions(Plan plan, Dictionary<string, Role> roles, DateOnly buildDate, DiagnosticBag diagnostics)
    {
        var bound = new List<BoundDecision>();
        foreach (var decision in plan.Decisions)
        {
            if (decision.Date > buildDate)
            {
                diagnostics.Report(Codes.DecisionAfterBuildDate, decision.Location, "date", NorwegianDates.IsoDate(decision.Date), NorwegianDates.IsoDate(buildDate));
                continue;
            }
            var done = decision.Done;
            if (done > buildDate)
            {
                diagnostics.Report(Codes.DecisionAfterBuildDate, decision.DoneLocation, "done", NorwegianDates.IsoDate(done.Value), NorwegianDates.IsoDate(buildDate));
                done = null;
            }
            var owner = decision.OwnerIsRole ? Resolve([decision.Owner], roles, "owner", Codes.UnknownRole, diagnostics).FirstOrDefault() : null;
            bound.Add(new BoundDecision(decision with { Done = done }, owner, done is null && decision.Due < buildDate));
        }
        return bound;
    }

    // A report dated after the build date is an error at its date, and left out; one before the plan or the
    // activity begins is kept with a warning (a typo in the year, or an activity re-planned later than it began).
    private static IReadOnlyList<BoundReport> BindReports(Plan plan, Activity activity, Dictionary<string, Role> roles, DateOnly buildDate, DiagnosticBag diagnostics)
    {
        var reports = new List<BoundReport>();
        foreach (var report in activity.Updates)
        {
            if (report.Date > buildDate)
            {
                diagnostics.Report(Codes.ReportAfterBuildDate, report.Location, NorwegianDates.IsoDate(report.Date), NorwegianDates.IsoDate(buildDate));
                continue;
            }
            if (report.Date < plan.Start.FirstDay)
                diagnostics.Report(Codes.ReportBeforePlan, report.Location, NorwegianDates.IsoDate(report.Date), plan.Start);
            else if (report.Date < activity.FirstMonth.FirstDay)
                diagnostics.Report(Codes.ReportBeforeActivity, report.Location, NorwegianDates.IsoDate(report.Date), activity.FirstMonth);
            var by = report.Role is { } role ? Resolve([role], roles, "role", Codes.UnknownRole, diagnostics).FirstOrDefault() : null;
            reports.Add(new BoundReport(report, by));
        }
        return reports;
    }

    /// <summary>Names → references; an unknown name is reported at its place with the nearest known name.</summary>
    private static IReadOnlyList<T> Resolve<T>(IReadOnlyList<Located<string>> names, Dictionary<string, T> known, string key,
        DiagnosticDescriptor unknown, DiagnosticBag diagnostics)
    {
        var resolved = new List<T>();
        foreach (var name in names)
        {
            if (known.TryGetValue(name.Value, out var target)) resolved.Add(target);
            else diagnostics.Report(unknown, name.Location, name.Value, key, NearestName.Hint(name.Value, known.Keys));
        }
        return resolved;
    }

    // Each term text belongs to one page; longer terms win over shorter ones inside them at link time.
    private static IReadOnlyList<Term> BuildTerms(IReadOnlyList<Concept> concepts, IReadOnlyList<Role> roles, DiagnosticBag diagnostics)
    {
        var terms = new Dictionary<string, (Term Term, string Owner)>(StringComparer.OrdinalIgnoreCase);
        void Claim(string text, string url, string explanation, bool isAbbreviation, string owner, Diagnostics.SourceSpan location, bool exactCase = false)
        {
            if (terms.TryGetValue(text, out var existing))
            {
                if (existing.Owner != owner) diagnostics.Report(Codes.TermClaimedTwice, location, text, existing.Owner, owner);
                return;
            }
            terms[text] = (new Term(text, url, explanation, isAbbreviation) { ExactCase = exactCase }, owner);
        }
        // A form marked ambiguous links only as the editor spelled it there ("Styrer", not "styrer").
        void ClaimForms(string title, IReadOnlyList<string> aliases, IReadOnlyList<string> ambiguous, string url, string owner, Diagnostics.SourceSpan location)
        {
            foreach (string form in aliases.Prepend(title))
            {
                string? exact = ambiguous.FirstOrDefault(a => string.Equals(a, form, StringComparison.OrdinalIgnoreCase));
                Claim(exact ?? form, url, title, false, owner, location, exactCase: exact is not null);
            }
        }
        foreach (var concept in concepts)
        {
            ClaimForms(concept.Title, [.. concept.Aliases, .. concept.English], concept.Ambiguous, concept.Url, concept.Slug, concept.Location);
            if (concept.Abbreviation is { } abbreviation) Claim(abbreviation, concept.Url, concept.Title, true, concept.Slug, concept.Location);
        }
        // Roles after concepts: a concept keeps a term both could claim.
        foreach (var role in roles)
        {
            ClaimForms(role.Title, role.Aliases, role.Ambiguous, role.Url, "roller/" + role.Slug, role.Location);
            if (role.Abbreviation is { } abbreviation) Claim(abbreviation, role.Url, role.Title, true, "roller/" + role.Slug, role.Location);
        }
        // A link into a page in another language says so (hreflang and a word), so each term knows its page's language.
        var languages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in concepts) languages.TryAdd(c.Url, c.Language);
        foreach (var r in roles) languages.TryAdd(r.Url, r.Language);
        return terms.Values.Select(t => t.Term with { Language = languages.GetValueOrDefault(t.Term.TargetUrl, Language.Bokmal) })
            .OrderByDescending(t => t.Text.Length).ThenBy(t => t.Text, StringComparer.Ordinal).ToList();
    }
}
