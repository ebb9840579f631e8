using Kompetanse.Diagnostics;
using Kompetanse.Model;
using Kompetanse.Text;

namespace Kompetanse.Loading;

/// <summary>input/forms/&lt;slug&gt;.yml → <see cref="QuestionSet"/>.</summary>
public static class FormLoader
{
    public const string Folder = "forms";

    public static QuestionSet? Load(InputFile file, DiagnosticBag diagnostics)
    {
        string? text = InputText.Read(file, diagnostics);
        if (text is null) return null;
        var f = YamlFields.ParseDocument(text, file.DisplayPath, 0, "form", diagnostics);
        if (f is null) return null;

        string slug = FrontMatter.SlugOf(file, diagnostics);
        string? title = f.String("title", required: true);
        string version = f.String("version") ?? "1.0";
        var date = f.Date("date");
        if (date is null && !f.Has("date")) diagnostics.Report(Codes.MissingKey, f.Location, "date");
        string? purpose = f.String("purpose", required: true);
        string? who = f.String("who", required: true);
        string? when = f.String("when", required: true);
        string? source = f.String("source");
        var activity = f.StringList("activity").FirstOrDefault();
        var concepts = f.StringList("concepts");
        bool personalData = f.Bool("personal_data");
        bool publishText = f.Bool("publish_text_answers");
        var earlier = f.StringList("earlier_versions").Select(v => v.Value).ToList();
        string? localPlan = f.String("local_plan");
        HandBack? handBack = null;
        if (f.Mapping("hand_back") is { } back)
        {
            string? to = back.String("to", required: true);
            string? by = back.String("by");
            back.ReportUnknownKeys();
            if (to is not null) handBack = new HandBack(to, by);
        }
        if (personalData && publishText) diagnostics.Report(Codes.PersonalDataPublished, f.KeyLocation("publish_text_answers"));

        var header = new List<HeaderField>();
        foreach (var h in f.MappingList("header"))
        {
            string? label = h.String("label", required: true);
            string? type = h.String("type");
            if (type is not null and not "date" and not "text") diagnostics.Report(Codes.WrongType, h.LocationOf("type"), "type", "'text' or 'date'");
            h.ReportUnknownKeys();
            if (label is not null) header.Add(new HeaderField("felt-" + Slug.From(label), label, type == "date"));
        }

        var sections = new List<FormSection>();
        int number = 0;
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in header) ids[field.Id] = 0;
        foreach (var s in f.MappingList("sections"))
        {
            string? sectionTitle = s.String("title", required: true);
            string? intro = s.String("intro");
            var questions = new List<Question>();
            foreach (var q in s.MappingList("questions"))
            {
                if (LoadQuestion(q, ++number) is not { } question) continue;
                if (ids.TryGetValue(question.Id, out int firstLine))
                    diagnostics.Report(Codes.DuplicateQuestionId, q.Has("id") ? q.LocationOf("id") : q.Location, question.Id, firstLine > 0 ? $"line {firstLine}" : "the header");
                else
                    ids[question.Id] = question.Location.Line;
                questions.Add(question);
            }
            s.ReportUnknownKeys();
            if (sectionTitle is not null)
                sections.Add(new FormSection("del-" + (sections.Count + 1), sectionTitle, intro, questions));
        }
        if (number == 0) diagnostics.Report(Codes.FormWithoutQuestions, f.LocationOf("sections"));
        if (localPlan is not null && sections.SelectMany(x => x.Questions).FirstOrDefault(q => q.Id == localPlan) is not { Kind: AnswerKind.Table, Columns.Count: >= 4 })
        {
            diagnostics.Report(Codes.LocalPlanNotATable, f.LocationOf("local_plan"), localPlan);
            localPlan = null;
        }
        f.ReportUnknownKeys();

        if (title is null || date is null || purpose is null || who is null || when is null) return null;
        return new QuestionSet(slug, title, version, date.Value, purpose, who, when, activity, concepts, header, sections, SourceSpan.File(file.DisplayPath))
        {
            PersonalData = personalData,
            PublishTextAnswers = publishText,
            HandBack = handBack,
            Source = source,
            EarlierVersions = earlier,
            LocalPlanQuestion = localPlan,
        };
    }

    /// <summary>
    /// A question's answer name made from its text: the first words, as a slug of at most 56 characters
    /// ("Hvordan sørger vi for at alle …" → "hvordan-sorger-vi-for-at-alle"). Rewording a question makes it
    /// a new question; an 'id' in the YAML keeps the old name.
    /// </summary>
    public static string IdFrom(string text)
    {
        string slug = Slug.From(text);
        if (slug.Length <= MaxIdLength) return slug;
        int cut = slug.LastIndexOf('-', MaxIdLength);
        return slug[..(cut > 0 ? cut : MaxIdLength)];
    }

    // Room for a table cell's ".r12.c8" within the 64 characters Word allows a content control's tag.
    private const int MaxIdLength = 56;

    private static Question? LoadQuestion(YamlFields q, int number)
    {
        string? text = q.String("text", required: true);
        string? help = q.String("help");
        string? answer = q.String("answer", required: true);
        string? id = q.String("id");
        if (id is not null && (!Slug.IsValid(id) || id.Length > MaxIdLength))
        {
            q.Diagnostics.Report(Codes.InvalidQuestionId, q.LocationOf("id"), id, MaxIdLength);
            id = null;
        }
        var steps = q.StringList("steps").Select(s => s.Value).ToList();
        var columns = q.StringList("columns").Select(c => c.Value).ToList();
        var widthValues = q.StringList("widths");
        var widths = new List<int>();
        foreach (var w in widthValues)
        {
            if (int.TryParse(w.Value, out int width) && width is >= 1 and <= 10) widths.Add(width);
            else q.Diagnostics.Report(Codes.WrongType, w.Location, "widths", "whole numbers from 1 to 10 (a column's share of the width)");
        }
        if (widthValues.Count > 0 && widthValues.Count != columns.Count)
            q.Diagnostics.Report(Codes.WidthsDoNotMatchColumns, q.LocationOf("widths"), widthValues.Count, columns.Count);
        if (widths.Count != columns.Count) widths = columns.Select(_ => 1).ToList();
        long? rows = q.Long("rows");
        q.ReportUnknownKeys();

        AnswerKind? kind = null;
        if (answer is not null)
        {
            if (AnswerKinds.ByName.TryGetValue(answer, out var known)) kind = known;
            else q.Diagnostics.Report(Codes.UnknownAnswerKind, q.LocationOf("answer"), answer, NearestName.Hint(answer, AnswerKinds.ByName.Keys));
        }
        if (kind == AnswerKind.Scale && steps.Count < 2) q.Diagnostics.Report(Codes.ScaleWithoutSteps, q.Has("steps") ? q.LocationOf("steps") : q.KeyLocation("answer"));
        if (kind == AnswerKind.Table && columns.Count == 0) q.Diagnostics.Report(Codes.TableWithoutColumns, q.KeyLocation("answer"));
        if (kind is { } k && k != AnswerKind.Scale && steps.Count > 0) q.Diagnostics.Report(Codes.OptionNotForKind, q.KeyLocation("steps"), "steps", answer);
        if (kind is { } t && t != AnswerKind.Table && (columns.Count > 0 || rows is not null)) q.Diagnostics.Report(Codes.OptionNotForKind, q.KeyLocation(columns.Count > 0 ? "columns" : "rows"), columns.Count > 0 ? "columns" : "rows", answer);
        if (text is null || kind is null) return null;
        if (kind == AnswerKind.Scale && steps.Count < 2) return null;
        if (kind == AnswerKind.Table && columns.Count == 0) return null;
        return new Question(id ?? IdFrom(text), number, text, help, kind.Value, steps, columns, widths, (int)Math.Clamp(rows ?? 3, 1, 50), q.Location);
    }
}
