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
        // Periods first: a row's use by period names them.
        var periods = new List<BudgetPeriod>();
        foreach (var p in f.MappingList("periods"))
        {
            string? name = p.String("name", required: true);
            string? description = p.String("description", required: true);
            long? need = p.Long("need");
            p.ReportUnknownKeys();
            if (name is not null && description is not null) periods.Add(new BudgetPeriod(name, description) { Need = need });
        }
        var rows = new List<BudgetRow>();
        foreach (var r in f.MappingList("rows"))
        {
            string? scheme = r.String("ordning", required: true);
            long? owner = r.Long("eier");
            long? university = r.Long("uh");
            long? total = r.Long("total");
            var used = Used(r, periods);
            r.ReportUnknownKeys();
            if (scheme is null) continue;
            var row = new BudgetRow(scheme, owner, university, r.Location) { Used = used };
            if (total is { } written && written != row.Total)
                diagnostics.Report(Codes.BudgetTotalMismatch, r.LocationOf("total"), NorwegianNumbers.Kroner(written), NorwegianNumbers.Kroner(row.Total));
            if (used is not null && used.Total > row.Total)
                diagnostics.Report(Codes.UsedMoreThanNeed, r.LocationOf("used"), NorwegianNumbers.Kroner(used.Total), NorwegianNumbers.Kroner(row.Total));
            rows.Add(row);
        }
        f.ReportUnknownKeys();
        return new Budget(title, rows, periods, SourceSpan.File(file.DisplayPath));
    }

    /// <summary>'used: 120000', or 'used:' with kroner per period name; null when the row does not say.</summary>
    private static BudgetUse? Used(YamlFields row, IReadOnlyList<BudgetPeriod> periods)
    {
        if (!row.IsMapping("used"))
            return row.Long("used") is { } sum ? new BudgetUse(sum, new Dictionary<string, long>()) : null;
        var byPeriod = new Dictionary<string, long>(StringComparer.Ordinal);
        var names = periods.Select(p => p.Name).ToList();
        var entries = row.Mapping("used")!;
        foreach (var name in entries.Keys())
        {
            long? value = entries.Long(name.Value);
            if (!names.Contains(name.Value))
                row.Diagnostics.Report(Codes.UnknownBudgetPeriod, name.Location, name.Value, NearestName.Hint(name.Value, names));
            else if (value is { } v) byPeriod[name.Value] = v;
        }
        return new BudgetUse(byPeriod.Values.Sum(), byPeriod);
    }
}
