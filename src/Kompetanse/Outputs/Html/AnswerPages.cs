using Kompetanse.Model;
using Kompetanse.Rendering.Views;
using Kompetanse.Text;

namespace Kompetanse.Outputs.Html;

/// <summary>
/// The answers overview, /skjema/&lt;slug&gt;/svar/: which units have handed the form back and when, which have
/// not, and the answers as counts per step. Text answers only where the form says they may be published,
/// because the site is public; a form with personal data has no overview at all.
/// </summary>
public sealed class AnswerPages : IPageSource
{
    public IEnumerable<HtmlPage> Pages(BuildContext context)
    {
        var site = context.Site;
        foreach (var model in site.Forms.Where(f => !f.Form.PersonalData))
        {
            var form = model.Form;
            var returned = model.Returns;
            var missing = site.Units.Names.Where(u => !returned.Any(r => string.Equals(r.Unit, u, StringComparison.OrdinalIgnoreCase)))
                .Order(NorwegianCollation.Instance).ToList();
            var view = new AnswersView(
                $"Svar på {Lower(form.Title)}",
                "Her ser du hvilke enheter som har levert skjemaet, og hva de har svart på spørsmålene med faste svaralternativer. Siden viser bare det enhetene har levert til koordinatoren og som er lagt inn på nettstedet.",
                new LinkView(form.Title, form.Url),
                Summary(returned.Count, site.Units.Names.Count),
                returned.Select(r => new ReturnedUnitView(r.Unit, r.Date is { } d ? new DateView(NorwegianDates.LongDate(d), NorwegianDates.IsoDate(d)) : null, FormatName(r.Format)) { Dropped = r.Dropped }).ToList(),
                missing,
                site.Units.Names.Count == 0 ? "Nettstedet har ingen liste over enhetene, så siden kan ikke vise hvem som ikke har levert ennå." : null,
                form.Questions.Where(q => q.Choices.Count > 0).Select(q => Counts(q, returned)).ToList(),
                form.PublishTextAnswers ? form.Questions.Where(q => q.Choices.Count == 0).Select(q => Texts(q, returned)).Where(t => t.Units.Count > 0).ToList() : [],
                form.PublishTextAnswers
                    ? "Skjemaet sier at tekstsvarene kan vises her."
                    : "Tekstsvarene vises ikke her, fordi nettstedet er åpent for alle. Koordinatoren har dem.");
            yield return new HtmlPage(form.AnswersUrl, "form-answers", view.Title, site.Settings.Language, view,
                Crumbs.From(FormPages.Crumb, new LinkView(form.Title, form.Url)), form.Location,
                $"Hvilke enheter som har levert {Lower(form.Title)}, og svarene i tall.") { Kind = "skjema" };
        }
    }

    /// <summary>"Levert av 3 av 8 enheter", or without a unit list "Levert av 3 enheter".</summary>
    public static string Summary(int returned, int expected) => expected > 0
        ? $"Levert av {returned} av {expected} enheter."
        : returned switch { 0 => "Ingen enheter har levert ennå.", 1 => "Levert av 1 enhet.", _ => $"Levert av {returned} enheter." };

    private static string Lower(string title) => title.Length > 1 && char.IsUpper(title[0]) && !char.IsUpper(title[1]) ? char.ToLowerInvariant(title[0]) + title[1..] : title;

    private static string FormatName(ReturnFormat format) => format switch
    {
        ReturnFormat.Docx => "Word-dokument",
        ReturnFormat.Odt => "LibreOffice-dokument",
        _ => "svarfil fra nettsiden",
    };

    private static ChoiceCountsView Counts(Question q, IReadOnlyList<ReturnedForm> returned)
    {
        var counts = q.Choices.Select(step => returned.Count(r => r.Answers.TryGetValue(q.Id, out var a) && a == step)).ToList();
        int max = Math.Max(1, counts.Count > 0 ? counts.Max() : 1);
        return new ChoiceCountsView("svar-" + q.Id, q.Number, q.Text,
            q.Choices.Select((step, i) => new StepCountView(step, counts[i], max)).ToList(),
            returned.Count(r => !r.Answers.ContainsKey(q.Id)));
    }

    private static TextAnswersView Texts(Question q, IReadOnlyList<ReturnedForm> returned)
    {
        var units = new List<UnitTextView>();
        foreach (var r in returned)
        {
            if (q.Kind == AnswerKind.Table)
            {
                var rows = Enumerable.Range(1, 50)
                    .Select(row => (IReadOnlyList<string>)Enumerable.Range(1, q.Columns.Count).Select(c => r.Answers.GetValueOrDefault(q.CellId(row, c)) ?? "").ToList())
                    .Where(cells => cells.Any(c => c.Length > 0)).ToList();
                if (rows.Count > 0) units.Add(new UnitTextView(r.Unit, null, rows));
            }
            else if (r.Answers.TryGetValue(q.Id, out var text) && text.Length > 0)
            {
                units.Add(new UnitTextView(r.Unit, text, []));
            }
        }
        return new TextAnswersView("tekst-" + q.Id, q.Number, q.Text, q.Columns, units);
    }
}
