using Kompetanse.Diagnostics;
using Kompetanse.Model;

namespace Kompetanse.Loading;

/// <summary>input/enheter.yml → <see cref="UnitList"/>: the units expected to hand back the forms.</summary>
public static class UnitsLoader
{
    public const string FileName = "enheter.yml";

    public static UnitList? Load(InputFile file, DiagnosticBag diagnostics)
    {
        string? text = InputText.Read(file, diagnostics);
        if (text is null) return null;
        var f = YamlFields.ParseDocument(text, file.DisplayPath, 0, "unit list", diagnostics);
        if (f is null) return null;
        var units = f.StringList("units");
        if (units.Count == 0) diagnostics.Report(Codes.MissingKey, f.Location, "units");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in units)
            if (!seen.Add(unit.Value)) diagnostics.Report(Codes.DuplicateKey, unit.Location, unit.Value);
        f.ReportUnknownKeys();
        return new UnitList(units.Select(u => u.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList(), SourceSpan.File(file.DisplayPath));
    }
}
