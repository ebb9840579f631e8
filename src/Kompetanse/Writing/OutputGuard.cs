using Kompetanse.Loading;

namespace Kompetanse.Writing;

/// <summary>
/// Decides whether a folder may be used as output. The build replaces the output folder whole, so it
/// must never be (or hold) the input, the theme, the repository, or a folder the generator did not make.
/// Folders are compared by what they really are, not by how their paths are spelt: every link on the way is
/// resolved, and existing folders are compared by device and inode, so no link, bind mount or second spelling
/// leads the site into input/ or theme/.
/// </summary>
public static class OutputGuard
{
    /// <summary>A file the generator leaves in every output folder it makes, so it knows which folders are its own.</summary>
    public const string Marker = ".kompetanse-output";

    /// <summary>Null when the folder is safe to replace; otherwise why not.</summary>
    public static string? Check(string output, string input, string theme)
    {
        if (string.IsNullOrWhiteSpace(output)) return "no folder is named: give the folder the site is written to, e.g. --output output";
        if (output.Any(char.IsControl)) return "the folder's name holds a control character";
        // The build also writes beside the output (staging, swap): those must be just as safe.
        // (A folder of someone else's there is the writer's to refuse, and it does: KMP061.)
        if (CheckOne(output, input, theme, beside: false) is { } reason) return reason;
        foreach (string folder in (ReadOnlySpan<string>)[StagedWriter.StagingFolder(output), Normalize(output) + ".swap", Normalize(output) + ".previous"])
            if (CheckOne(folder, input, theme, beside: true) is { } besideReason) return $"{besideReason} (through {folder}, which the build writes beside it)";
        return null;
    }

    private static string? CheckOne(string output, string input, string theme, bool beside)
    {
        string o = Real(output), i = Real(input), t = Real(theme);
        if (Path.GetPathRoot(o) == o) return "it is the root of a file system";
        string? home = Environment.GetEnvironmentVariable("HOME");
        if (!string.IsNullOrEmpty(home) && SameFolder(o, Real(home))) return "it is the home folder";
        if (SameFolder(o, Real(Environment.CurrentDirectory))) return "it is the working folder";
        if (Holds(o, i)) return SameFolder(o, i) ? "it is the input folder" : "it contains the input folder";
        if (Holds(o, t)) return SameFolder(o, t) ? "it is the theme folder" : "it contains the theme folder";
        if (Holds(i, o)) return "it is inside the input folder (the next build would read its own output)";
        if (Holds(t, o)) return "it is inside the theme folder";
        foreach (string root in RepositoryRoots(i).Concat(RepositoryRoots(t)))
            if (Holds(o, root)) return SameFolder(o, root) ? "it is the repository root" : "it contains the repository root";
        if (!beside && Directory.Exists(o) && Directory.EnumerateFileSystemEntries(o).Any() && !File.Exists(Path.Combine(o, Marker)))
            return $"it is not empty and was not made by this generator (no {Marker} file); remove it or choose another folder";
        return null;
    }

    /// <summary>True when <paramref name="outer"/> is <paramref name="inner"/> or one of its ancestors.</summary>
    public static bool Contains(string outer, string inner) => Holds(Real(outer), Real(inner));

    // By path (both real), or by identity: the same folder (device and inode) as inner or one of its parents.
    private static bool Holds(string outer, string inner)
    {
        if (inner == outer || inner.StartsWith(outer.EndsWith(Path.DirectorySeparatorChar) ? outer : outer + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return true;
        if (Identity(outer) is not { } wanted) return false;
        for (var dir = new DirectoryInfo(inner); dir is not null; dir = dir.Parent)
            if (Identity(dir.FullName) == wanted) return true;
        return false;
    }

    private static bool SameFolder(string a, string b) => a == b || (Identity(a) is { } x && x == Identity(b));

    private static (ulong Device, ulong Inode)? Identity(string path) =>
        OperatingSystem.IsLinux() && FileHandles.Of(path, followLast: true) is { } status ? (status.Device, status.Inode) : null;

    // The path with every link resolved (ContainedFolder.RealPath keeps parts that do not exist yet as written).
    private static string Real(string path) => Path.TrimEndingDirectorySeparator(ContainedFolder.RealPath(Normalize(path)) ?? Normalize(path));

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    // Folders above the input or theme that hold a .git: a repository the output must not swallow.
    private static IEnumerable<string> RepositoryRoots(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
                yield return Path.TrimEndingDirectorySeparator(dir.FullName);
    }
}
