using Kompetanse.Diagnostics;
using Kompetanse.Model;

namespace Kompetanse.Loading;

/// <summary>input/sok/synonymer.yml → <see cref="SynonymList"/>: 'grupper', a list of groups, each a list of words or phrases.</summary>
public static class SynonymsLoader
{
    public const string FileName = "sok/synonymer.yml";

    public static SynonymList? Load(InputFile file, DiagnosticBag diagnostics)
    {
        string? text = InputText.Read(file, diagnostics);
        if (text is null) return null;
        var f = YamlFields.ParseDocument(text, file.DisplayPath, 0, "synonym list", diagnostics);
        if (f is null) return null;
        var groups = new List<IReadOnlyList<string>>();
        // A word or phrase in two groups would join them without the editor seeing it.
        var seen = new Dictionary<string, SourceSpan>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in f.Table("grupper"))
        {
            var group = new List<string>();
            foreach (var item in row)
            {
                string phrase = item.Value.Trim();
                if (!phrase.Any(char.IsLetterOrDigit))
                {
                    diagnostics.Report(Codes.SynonymEmpty, item.Location);
                    continue;
                }
                if (seen.TryGetValue(phrase, out var other))
                {
                    diagnostics.Report(Codes.SynonymTwice, item.Location, phrase, other.Line);
                    continue;
                }
                seen[phrase] = item.Location;
                group.Add(phrase);
            }
            if (group.Count < 2 && row.Count > 0) diagnostics.Report(Codes.SynonymAlone, row[0].Location, row.Count > 0 ? row[0].Value : "");
            else if (group.Count >= 2) groups.Add(group);
        }
        f.ReportUnknownKeys();
        return new SynonymList(groups, SourceSpan.File(file.DisplayPath));
    }
}
