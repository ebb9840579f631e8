using Kompetanse.Model;
using Kompetanse.Rendering.Views;
using Kompetanse.Text;

namespace Kompetanse.Outputs.Html;

/// <summary>/skjema/ and /skjema/&lt;slug&gt;/: each form as a page that reads well and as a real HTML form to fill in.</summary>
public sealed class FormPages : IPageSource
{
    public const string IndexUrl = "/skjema/";
    public static readonly LinkView Crumb = new("Skjema", IndexUrl);

    public IEnumerable<HtmlPage> Pages(BuildContext context)
    {
        var site = context.Site;
        if (site.Forms.Count == 0) yield break;
        var summaries = site.Forms.Select(f => new FormSummaryView(f.Form.Title, f.Form.Url, f.Form.Purpose, f.Form.Who, f.Form.When,
            f.Form.Questions.Count(), Downloads(f.Form))).ToList();
        yield return new HtmlPage(IndexUrl, "form-index", "Skjema", site.Settings.Language,
            new FormIndexView("Skjema",
                "Her er spørsmålene til gapanalysen og skjemaene enhetene bruker når de planlegger tiltak. Du kan fylle dem ut her på nettsiden, skrive dem ut, eller laste dem ned som dokument du kan redigere.",
                summaries),
            Crumbs.From(), site.Settings.Location, "Gapanalyse og planleggingsskjema for barnehager og skoler.");

        foreach (var model in site.Forms)
        {
            var form = model.Form;
            var view = new FormView(
                form.Title,
                form.Slug,
                form.Purpose,
                form.Who,
                form.When,
                form.Version,
                new DateView(NorwegianDates.LongDate(form.Date), NorwegianDates.IsoDate(form.Date)),
                // One key per form, not per version: answers are kept by question id, so a new version keeps what still applies.
                $"kompetanse:skjema:{form.Slug}",
                model.Activity is { } a ? new LinkView(a.Activity.Title, PlanPages.Url + "#" + Gantt.Anchor(a.Activity)) : null,
                model.Activity is { } b ? Gantt.MonthsText(b.Activity.Months) : null,
                model.Concepts.Select(ConceptPages.Link).ToList(),
                form.Header.Select(h => new FieldView(h.Id, h.Label, h.IsDate ? "date" : "text")).ToList(),
                form.Sections.Select(s => new FormSectionView(s.Id, s.Title, s.Intro, s.Questions.Select(Question).ToList())).ToList(),
                form.Questions.Count(),
                Downloads(form))
            {
                Answers = form.PersonalData ? null : new LinkView(AnswerPages.Summary(model.Returns.Count, site.Units.Names.Count), form.AnswersUrl),
                Municipality = site.Settings.Municipality,
                PersonalData = form.PersonalData,
                HandBack = FormDocuments.FormLayout.HandBackText(form),
                Source = form.Source,
                DocxUrl = FormDocumentsOutput.DocxUrl(form),
                OdtUrl = FormDocumentsOutput.OdtUrl(form),
            };
            yield return new HtmlPage(form.Url, "form", form.Title, site.Settings.Language, view, Crumbs.From(Crumb), form.Location, form.Purpose) { Kind = "skjema", SearchNames = ["skjema"] };
        }
    }

    public static IReadOnlyList<DownloadView> Downloads(QuestionSet form) =>
    [
        new(FormDocumentsOutput.OdtUrl(form), $"{form.Title} (ODT, for LibreOffice)", "ODT"),
        new(FormDocumentsOutput.DocxUrl(form), $"{form.Title} (DOCX, for Word)", "DOCX"),
    ];

    private static QuestionView Question(Question q)
    {
        int number = q.Number;
        // Element ids get a prefix so no question can take an id the page itself uses; names are the answer ids.
        string element = "sp-" + q.Id;
        var choices = q.Choices.Select((c, i) => new ChoiceView($"{element}-valg-{i + 1}", c, c)).ToList();
        var rows = q.Kind == AnswerKind.Table
            ? Enumerable.Range(1, q.Rows).Select(r => new TableRowView(r,
                q.Columns.Select((c, i) => new TableCellView($"{element}-r{r}-k{i + 1}", q.CellId(r, i + 1), $"{c}, rad {r}")).ToList())).ToList()
            : [];
        string kind = q.Kind switch { AnswerKind.Table => "table", AnswerKind.Text => "text", _ => "choice" };
        return new QuestionView(element, q.Id, number, q.Text, q.Help, kind, choices, q.Columns, rows);
    }
}
