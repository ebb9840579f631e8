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
    public static IReadOnlyDictionary<string, IReadOnlyList<ReturnedForm>> Bind(IReadOnlyList<ReturnedAnswers> returns, IReadOnlyList<QuestionSet> forms, DiagnosticBag diagnostics)
    {
        var bySlug = forms.ToDictionary(f => f.Slug, StringComparer.Ordinal);
        var result = forms.ToDictionary(f => f.Slug, _ => new List<ReturnedForm>(), StringComparer.Ordinal);
        foreach (var returned in returns)
        {
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
            if (string.IsNullOrWhiteSpace(returned.Unit))
            {
                diagnostics.Report(Codes.AnswerWithoutUnit, returned.UnitLocation);
                continue;
            }
            var answers = Answers(returned, form, diagnostics);
            if (answers is null) continue;
            var earlierFile = result[form.Slug].FirstOrDefault(r => string.Equals(r.Unit, returned.Unit.Trim(), StringComparison.OrdinalIgnoreCase));
            if (earlierFile is not null)
            {
                diagnostics.Report(Codes.AnswersTwice, returned.UnitLocation, returned.Unit.Trim(), form.Slug, earlierFile.Location.Path);
                continue;
            }
            result[form.Slug].Add(new ReturnedForm(returned.Unit.Trim(), returned.Date, returned.Format, answers, returned.Location));
        }
        return result.ToDictionary(p => p.Key, p => (IReadOnlyList<ReturnedForm>)p.Value.OrderBy(r => r.Unit, NorwegianCollation.Instance).ToList(), StringComparer.Ordinal);
    }

    // Every value by answer name; a document's ticked check box "<id>#<n>" becomes "<id>" = the step's text.
    private static Dictionary<string, string>? Answers(ReturnedAnswers returned, QuestionSet form, DiagnosticBag diagnostics)
    {
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
                diagnostics.Report(Codes.UnknownAnswerQuestion, value.Location, value.Name + (question?.Choices.Count > 0 && !name.Groups["step"].Success ? $": '{value.Value}'" : ""), form.Slug, returned.Version ?? form.Version, hint);
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
