namespace Kompetanse.Tests.Support;

/// <summary>Where the repository, its real input and its theme are, found from the test assembly's folder.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder that holds Kompetanse.sln.</summary>
    public static string Root => RootPath.Value;
    public static string Theme => Path.Combine(Root, "theme");
    public static string Input => Path.Combine(Root, "input");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Kompetanse.sln"))) return dir.FullName;
        throw new InvalidOperationException("Kompetanse.sln not found above " + AppContext.BaseDirectory);
    }
}
