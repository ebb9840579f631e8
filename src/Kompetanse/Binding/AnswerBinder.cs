using System.Text.RegularExpressions;
using Kompetanse.Diagnostics;
using Kompetanse.Model;
using Kompetanse.Text;

namespace Kompetanse.Binding;

/// <summary>
/// Checks what units handed back against the forms: a known form and version, known answer names, a named
/// unit, one file per unit and form, and never a form that holds personal data. Each problem is an error at
/// the file, and at its line where the file has lines.
/// </summary>
public static partial class AnswerBinder
{
    public static IReadOnlyDictionary<string, IReadOnlyList<ReturnedForm>> Bind(IReadOnlyList<ReturnedAnswers> returns, IReadOnlyList<QuestionSet> forms, DiagnosticBag diagnostics, UnitList? units = null)
    {
        var listed = (units ?? UnitList.None).Names;
        var bySlug = forms.ToDictionary(f => f.Slug, StringComparer.Ordinal);
        var result = forms.ToDictionary(f => f.Slug, _ => new List<ReturnedForm>(), StringComparer.Ordinal);
        foreach (var handedBack in returns)
        {
            var returned = handedBack;
            if (!bySlug.TryGetValue(returned.FormSlug, out var form))
            {
                diagnostics.Report(Codes.UnknownAnswerForm, returned.Location, returned.FormSlug, NearestName.Hint(returned.FormSlug, bySlug.Keys));
                continue;
            }
            if (form.PersonalData)
            {
                diagnostics.Report(Codes.PersonalDataHandedBack, returned.Location, form.Title);
                continue;
            }
            if (returned.Version is { } version && version != form.Version && !form.EarlierVersions.Contains(version))
            {
                string earlier = form.EarlierVersions.Count > 0 ? " and accepts " + string.Join(", ", form.EarlierVersions) : "";
                diagnostics.Report(Codes.UnknownAnswerVersion, returned.VersionLocation, version, form.Slug, form.Version, earlier);
                continue;
            }
            var named = Named(returned, form, diagnostics);
            if (named is null) continue;
            returned = named;
            if (string.IsNullOrWhiteSpace(returned.Unit))
            {
                diagnostics.Report(Codes.AnswerWithoutUnit, returned.UnitLocation);
                continue;
            }
            // A unit the list does not have (a typo) would be counted as one more that returned: "7 av 6".
            if (listed.Count > 0 && !listed.Any(u => string.Equals(u.Trim(), returned.Unit.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                diagnostics.Report(Codes.UnitNotListed, returned.UnitLocation, returned.Unit.Trim(), NearestName.Hint(returned.Unit.Trim(), listed));
                continue;
            }
            var dropped = new List<string>();
            var answers = Answers(returned, form, diagnostics, dropped);
            if (answers is null) continue;
            var earlierFile = result[form.Slug].FirstOrDefault(r => string.Equals(r.Unit, returned.Unit.Trim(), StringComparison.OrdinalIgnoreCase));
            if (earlierFile is not null)
            {
                diagnostics.Report(Codes.AnswersTwice, returned.UnitLocation, returned.Unit.Trim(), form.Slug, earlierFile.Location.Path);
                continue;
            }
            result[form.Slug].Add(new ReturnedForm(returned.Unit.Trim(), returned.Date, returned.Format, answers, returned.Location) { Dropped = dropped });
        }
        return result.ToDictionary(p => p.Key, p => (IReadOnlyList<ReturnedForm>)p.Value.OrderBy(r => r.Unit, NorwegianCollation.Instance).ToList(), StringComparer.Ordinal);
    }

    // A document whose places lost their names (saved again by LibreOffice) is read by place, against the
    // form's own layout: only when it has exactly the places the form's current documents have.
    private static ReturnedAnswers? Named(ReturnedAnswers returned, QuestionSet form, DiagnosticBag diagnostics)
    {
        if (returned.PositionalPlaces is not { } count) return returned;
        var places = Outputs.FormDocuments.DocumentAnswerPlaces.Of(form);
        if (count != places.Count || (returned.Version is { } v && v != form.Version))
        {
            diagnostics.Report(Codes.UnreadableAnswers, returned.Location,
                $"the document's answer places have lost their names (it was saved again by another program), and its {count} places are not the {places.Count} of '{form.Slug}' version {form.Version}: fill in the form's current document");
            return null;
        }
        var values = returned.Values.Select(v => v.Name.StartsWith(Loading.AnswerLoader.PositionPrefix, StringComparison.Ordinal)
            ? v with { Name = places[int.Parse(v.Name[Loading.AnswerLoader.PositionPrefix.Length..], System.Globalization.CultureInfo.InvariantCulture)] } : v).ToList();
        string? unit = values.FirstOrDefault(v => v.Name == HeaderField.UnitId)?.Value;
        string? date = values.FirstOrDefault(v => v.Name == "felt-dato")?.Value;
        return returned with { Values = values, Unit = unit, Date = Loading.AnswerLoader.DateOf(date), PositionalPlaces = null };
    }

    // Every value by answer name; a document's ticked check box "<id>#<n>" becomes "<id>" = the step's text.
    // Answers to an earlier version keep every question that still exists; the others go to 'dropped'.
    private static Dictionary<string, string>? Answers(ReturnedAnswers returned, QuestionSet form, DiagnosticBag diagnostics, List<string> dropped)
    {
        bool earlier = returned.Version is { } version && version != form.Version;
        var questions = form.Questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        var header = form.Header.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        var known = header.Concat(questions.Keys).ToList();
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        var ticked = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var unknown = new HashSet<string>(StringComparer.Ordinal); // a table's cells would repeat one wrong id
        bool ok = true;
        foreach (var value in returned.Values)
        {
            var name = AnswerName().Match(value.Name);
            string id = name.Success ? name.Groups["id"].Value : value.Name;
            questions.TryGetValue(id, out var question);
            bool fits = name.Success && (header.Contains(id) || question is not null) && (question, name) switch
            {
                (null, _) => !name.Groups["row"].Success && !name.Groups["step"].Success,
                ({ Kind: AnswerKind.Table }, _) => name.Groups["row"].Success && int.Parse(name.Groups["column"].Value) is var c && c >= 1 && c <= question.Columns.Count && int.Parse(name.Groups["row"].Value) >= 1,
                (_, _) when name.Groups["step"].Success => int.Parse(name.Groups["step"].Value) is var n && n >= 1 && n <= question.Choices.Count,
                ({ Kind: AnswerKind.Text }, _) => !name.Groups["row"].Success,
                (_, _) => !name.Groups["row"].Success && question.Choices.Contains(value.Value),
            };
            if (!fits && earlier && question is null && !header.Contains(id))
            {
                string what = value.Question is { Length: > 0 } text ? text : id;
                if (!dropped.Contains(what)) dropped.Add(what);
                continue;
            }
            if (!fits && question is null && !header.Contains(id) && !unknown.Add(id))
            {
                ok = false;
                continue;
            }
            if (!fits)
            {
                string hint = question is not null && question.Choices.Count > 0 && !name.Groups["step"].Success
                    ? $" (a step of '{id}' is one of: {string.Join(", ", question.Choices)})"
                    : NearestName.Hint(id, known);
                diagnostics.Report(Codes.UnknownAnswerQuestion, value.Location, value.Name + (question?.Choices.Count > 0 && !name.Groups["step"].Success ? $": '{value.Value}'" : ""), form.Slug, form.Version, hint);
                ok = false;
                continue;
            }
            if (name.Groups["step"].Success)
            {
                if (!ticked.TryGetValue(id, out var steps)) ticked[id] = steps = [];
                steps.Add(question!.Choices[int.Parse(name.Groups["step"].Value) - 1]);
            }
            else answers[value.Name] = value.Value;
        }
        foreach (var (id, steps) in ticked)
        {
            if (steps.Count == 1) answers[id] = steps[0];
            else diagnostics.Report(Codes.SeveralStepsTicked, returned.Location, id, string.Join(", ", steps));
        }
        return ok ? answers : null;
    }

    [GeneratedRegex(@"^(?<id>[a-z0-9-]+)(?:\.r(?<row>\d{1,3})\.c(?<column>\d{1,2})|#(?<step>\d{1,2}))?$")]
    private static partial Regex AnswerName();
}
