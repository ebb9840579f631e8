namespace Kompetanse.Tests.Support;

/// <summary>Where the repository, its real input and its theme are, found from the test assembly's folder.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder that holds Kompetanse.sln.</summary>
    public static string Root => RootPath.Value;
    public static string Theme => ThemeInstalled.Value;
    public static string Input => Path.Combine(Root, "input");

    // The build installs the theme's packages on first use; the tests build through the library, so they do it here, once.
    private static readonly Lazy<string> ThemeInstalled = new(() =>
    {
        string theme = Path.Combine(Root, "theme");
        var install = new StringWriter();
        if (!ThemePackages.Ensure(theme, install)) throw new InvalidOperationException($"The theme's packages could not be installed: {install}");
        return theme;
    });

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Kompetanse.sln"))) return dir.FullName;
        throw new InvalidOperationException("Kompetanse.sln not found above " + AppContext.BaseDirectory);
    }
}
