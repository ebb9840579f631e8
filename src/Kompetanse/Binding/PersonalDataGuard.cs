using Kompetanse.Diagnostics;
using Kompetanse.Loading;
using Kompetanse.Model;

namespace Kompetanse.Binding;

/// <summary>
/// Answers to a form with personal data (an IOP) never belong in the input, which is public twice over: in git
/// and, for any file the site copies, on the web. Such a file is found by what it is, wherever it lies and
/// whatever its folder is called: an answer export naming the form, or a filled document of it (the form's
/// title in its properties, or its answer places by name). Each is an error naming the file.
/// </summary>
public static class PersonalDataGuard
{
    public static void Check(IReadOnlyList<InputFile> files, IReadOnlyList<QuestionSet> forms, DiagnosticBag diagnostics)
    {
        var personal = forms.Where(f => f.PersonalData).ToList();
        if (personal.Count == 0) return;
        // Answers in svar/<form>/ are the answer binder's to report (KMP119); everything else is looked at here.
        var candidates = files.Where(f => f.Extension is ".json" or ".docx" or ".odt" && !InSvarFolder(f, personal)).ToList();
        Parallel.ForEach(candidates, file =>
        {
            if (AnswerLoader.Peek(file) is not { } found) return;
            if (FormOf(found, personal) is not { } form) return;
            string what = found.Format == ReturnFormat.Export ? "an answer file exported from" : "a filled copy of";
            diagnostics.Report(Codes.PersonalDataFile, SourceSpan.File(file.DisplayPath), file.RelativePath, what, form.Title);
        });
    }

    private static bool InSvarFolder(InputFile file, IReadOnlyList<QuestionSet> personal) =>
        file.RelativePath.Split('/') is [AnswerLoader.Folder, var form, _] && personal.Any(p => p.Slug == form);

    private static QuestionSet? FormOf(ReturnedAnswers found, IReadOnlyList<QuestionSet> personal)
    {
        if (found.Format == ReturnFormat.Export) return personal.FirstOrDefault(p => p.Slug == found.FormSlug);
        // A blank copy of the published document holds nothing; a filled one holds at least one answer.
        if (found.Values.Count == 0) return null;
        return personal.FirstOrDefault(p => string.Equals(found.Title?.Trim(), p.Title, StringComparison.Ordinal))
            ?? personal.FirstOrDefault(p => found.Values.Any(v => IsOwnPlace(v.Name, p)));
    }

    // An answer place only this form has: one of its questions (the header's fields are every form's).
    private static bool IsOwnPlace(string name, QuestionSet form)
    {
        int end = name.IndexOfAny(['.', '#']);
        string id = end < 0 ? name : name[..end];
        return form.Questions.Any(q => q.Id == id);
    }
}
