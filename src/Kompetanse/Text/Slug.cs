using System.Text;

namespace Kompetanse.Text;

/// <summary>URL-safe names: lowercase a–z, 0–9 and hyphens, with æ, ø, å spelt out.</summary>
public static class Slug
{
    public static bool IsValid(string slug) =>
        slug.Length > 0 && slug[0] != '-' && slug[^1] != '-' &&
        slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    /// <summary>"Særskilt språkopplæring" → "saerskilt-spraakopplaering"; used for heading anchors too.</summary>
    public static string From(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool dash = false;
        foreach (char raw in text.ToLowerInvariant())
        {
            string part = raw switch
            {
                'æ' => "ae", 'ø' => "o", 'å' => "a", 'ä' => "a", 'ö' => "o", 'é' or 'è' or 'ê' => "e", 'ü' => "u",
                _ when raw is (>= 'a' and <= 'z') or (>= '0' and <= '9') => raw.ToString(),
                _ => "-",
            };
            if (part == "-") { if (sb.Length > 0) dash = true; continue; }
            if (dash) { sb.Append('-'); dash = false; }
            sb.Append(part);
        }
        return sb.ToString();
    }
}
