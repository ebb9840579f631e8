using Kompetanse.Diagnostics;
using Kompetanse.Model;
using Kompetanse.Text;

namespace Kompetanse.Loading;

/// <summary>input/plan/budsjett.yml → <see cref="Budget"/>; a written total that disagrees with the row's sum is an error at its line.</summary>
public static class BudgetLoader
{
    public static Budget? Load(InputFile file, DiagnosticBag diagnostics)
    {
        string? text = InputText.Read(file, diagnostics);
        if (text is null) return null;
        var f = YamlFields.ParseDocument(text, file.DisplayPath, 0, "budget", diagnostics);
        if (f is null) return null;
        string title = f.String("title", required: true) ?? "Budsjett";
        f.String("currency");
        f.StringList("columns");
        var rows = new List<BudgetRow>();
        foreach (var r in f.MappingList("rows"))
        {
            string? scheme = r.String("ordning", required: true);
            long? owner = r.Long("eier");
            long? university = r.Long("uh");
            long? total = r.Long("total");
            r.ReportUnknownKeys();
            if (scheme is null) continue;
            var row = new BudgetRow(scheme, owner, university, r.Location);
            if (total is { } written && written != row.Total)
                diagnostics.Report(Codes.BudgetTotalMismatch, r.LocationOf("total"), NorwegianNumbers.Kroner(written), NorwegianNumbers.Kroner(row.Total));
            rows.Add(row);
        }
        var periods = new List<BudgetPeriod>();
        foreach (var p in f.MappingList("periods"))
        {
            string? name = p.String("name", required: true);
            string? description = p.String("description", required: true);
            p.ReportUnknownKeys();
            if (name is not null && description is not null) periods.Add(new BudgetPeriod(name, description));
        }
        f.ReportUnknownKeys();
        return new Budget(title, rows, periods, SourceSpan.File(file.DisplayPath));
    }
}
