namespace Kompetanse.Text;

/// <summary>
/// Addresses that run code or carry a whole document inside the link: javascript:, vbscript: and data:.
/// Browsers drop spaces and control characters before they read the scheme, so this does too.
/// </summary>
public static class ExecutableUrls
{
    private static readonly string[] Schemes = ["javascript:", "vbscript:", "data:"];

    /// <summary>The scheme ("javascript:") when the address is one of them, else null.</summary>
    public static string? SchemeOf(string url)
    {
        if (!url.Contains(':')) return null; // a path or an anchor
        string compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        return Schemes.FirstOrDefault(s => compact.StartsWith(s, StringComparison.Ordinal));
    }
}
