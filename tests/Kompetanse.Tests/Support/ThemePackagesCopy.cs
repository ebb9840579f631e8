namespace Kompetanse.Tests.Support;

/// <summary>
/// Copies what a build reads from the real theme's npm packages into another theme folder: real files, not
/// links (the build refuses links that leave the theme), and only the few megabytes it uses.
/// </summary>
public static class ThemePackagesCopy
{
    public static void Into(string theme, bool withDecap = true)
    {
        string from = Path.Combine(RepoPaths.Theme, "node_modules");
        string to = Path.Combine(theme, "node_modules");
        Copy(Path.Combine(from, "@digdir"), Path.Combine(to, "@digdir"), _ => true);
        Copy(Path.Combine(from, "fflate"), Path.Combine(to, "fflate"), _ => true); // the form pages' zip library
        if (!withDecap) return;
        Copy(Path.Combine(from, "decap-cms"), Path.Combine(to, "decap-cms"),
            name => !name.EndsWith(".map", StringComparison.Ordinal) && !name.Contains(".cms.js", StringComparison.Ordinal) && name != "cms.js" && name != "cms.css");
        // Every package is there, so a build run as a command installs nothing.
        File.Copy(Path.Combine(from, ThemePackages.Marker), Path.Combine(to, ThemePackages.Marker));
    }

    private static void Copy(string from, string to, Func<string, bool> wanted)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            if (!wanted(Path.GetFileName(file))) continue;
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
