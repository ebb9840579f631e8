using Kompetanse.Diagnostics;
using Kompetanse.Text;

namespace Kompetanse.Loading;

/// <summary>The forms a concept or role is linked by: 'aliases', and 'ambiguous' for forms that are also everyday words.</summary>
public static class TermForms
{
    /// <summary>
    /// Reads 'ambiguous'. Each entry names the title or an alias (in any case); its own spelling is the only
    /// one that links, so "Styrer" links the role and leaves the verb "styrer" alone.
    /// </summary>
    public static IReadOnlyList<string> Ambiguous(YamlFields fields, string? title, IReadOnlyList<string> aliases)
    {
        var forms = new List<string>();
        if (title is not null) forms.Add(title);
        forms.AddRange(aliases);
        var ambiguous = new List<string>();
        foreach (var entry in fields.StringList("ambiguous"))
        {
            if (forms.Contains(entry.Value, StringComparer.OrdinalIgnoreCase))
            {
                if (!ambiguous.Contains(entry.Value, StringComparer.OrdinalIgnoreCase)) ambiguous.Add(entry.Value);
            }
            else if (title is not null)
            {
                fields.Diagnostics.Report(Codes.AmbiguousFormUnknown, entry.Location, entry.Value, NearestName.Hint(entry.Value, forms));
            }
        }
        return ambiguous;
    }
}
