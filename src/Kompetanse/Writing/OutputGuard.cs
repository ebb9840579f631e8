namespace Kompetanse.Writing;

/// <summary>
/// Decides whether a folder may be used as output. The build replaces the output folder whole, so it
/// must never be (or hold) the input, the theme, the repository, or a folder the generator did not make.
/// </summary>
public static class OutputGuard
{
    /// <summary>A file the generator leaves in every output folder it makes, so it knows which folders are its own.</summary>
    public const string Marker = ".kompetanse-output";

    /// <summary>Null when the folder is safe to replace; otherwise why not.</summary>
    public static string? Check(string output, string input, string theme)
    {
        string o = Normalize(output), i = Normalize(input), t = Normalize(theme);
        if (Path.GetPathRoot(o) == o) return "it is the root of a file system";
        string? home = Environment.GetEnvironmentVariable("HOME");
        if (!string.IsNullOrEmpty(home) && o == Normalize(home)) return "it is the home folder";
        if (o == Normalize(Environment.CurrentDirectory)) return "it is the working folder";
        if (Contains(o, i)) return o == i ? "it is the input folder" : "it contains the input folder";
        if (Contains(o, t)) return o == t ? "it is the theme folder" : "it contains the theme folder";
        if (Contains(i, o)) return "it is inside the input folder (the next build would read its own output)";
        if (Contains(t, o)) return "it is inside the theme folder";
        foreach (string root in RepositoryRoots(i).Concat(RepositoryRoots(t)))
            if (Contains(o, root)) return o == root ? "it is the repository root" : "it contains the repository root";
        if (Directory.Exists(o) && Directory.EnumerateFileSystemEntries(o).Any() && !File.Exists(Path.Combine(o, Marker)))
            return $"it is not empty and was not made by this generator (no {Marker} file); remove it or choose another folder";
        return null;
    }

    /// <summary>True when <paramref name="outer"/> is <paramref name="inner"/> or one of its ancestors.</summary>
    public static bool Contains(string outer, string inner)
    {
        string o = Normalize(outer), i = Normalize(inner);
        return i == o || i.StartsWith(o.EndsWith(Path.DirectorySeparatorChar) ? o : o + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    // Folders above the input or theme that hold a .git: a repository the output must not swallow.
    private static IEnumerable<string> RepositoryRoots(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
                yield return Normalize(dir.FullName);
    }
}
