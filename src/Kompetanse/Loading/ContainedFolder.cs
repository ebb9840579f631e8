using System.IO.Enumeration;
using Kompetanse.Diagnostics;

namespace Kompetanse.Loading;

/// <summary>
/// Lists the files of a folder that the site may publish: only what really lies inside it. A symbolic link
/// whose target is outside the folder (input/passord.txt → /etc/passwd) is refused with an error at its
/// path; a link that stays inside is followed as if it were a copy, and one back into a folder it stands in
/// is a loop (an error, never a hang). Hidden files and
/// folders (.git, .DS_Store) are left out. A name with a backslash or control character, and anything but
/// a regular file with one name (a FIFO, socket, device or hard link), is an error at its path. The files
/// listed are then read only through <see cref="Read"/>, the gate that checks each open file again.
/// </summary>
public static partial class ContainedFolder
{
    // As Linux's own limit on links followed in one path (ELOOP).
    private const int MaxLinkHops = 40;

    /// <summary>
    /// Every file under <paramref name="folder"/>, sorted by relative path. Each file's FullPath is its real
    /// path (what is read and copied); its RelativePath and DisplayPath are where it stands in the folder.
    /// </summary>
    /// <param name="found">Told of each file as soon as it is found, in the order of the walk (the loader starts on it at once).</param>
    public static IReadOnlyList<InputFile> Scan(string folder, DiagnosticBag diagnostics, string workingFolder, Action<InputFile>? found = null)
    {
        string root = RealPath(Path.GetFullPath(folder)) ?? Path.GetFullPath(folder);
        var files = new List<InputFile>();
        Walk(root, Path.GetFullPath(folder), "", root, files, found, [root], diagnostics, workingFolder);
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }

    // directory is the real folder read; shownAs is where it stands in the tree, for diagnostics.
    private static void Walk(string directory, string shownAs, string relative, string root, List<InputFile> files, Action<InputFile>? found, List<string> ancestors, DiagnosticBag diagnostics, string workingFolder)
    {
        List<Listed> entries;
        try
        {
            // The listing's names only: a FileSystemInfo costs an lstat, and (on Linux) no attribute is asked of the
            // listing. The one statx below says what each entry is.
            var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = OperatingSystem.IsWindows() ? FileAttributes.System : 0 };
            entries = new FileSystemEnumerable<Listed>(directory, (ref FileSystemEntry e) => new Listed(e.FileName.ToString(), e.ToFullPath(), e.IsDirectory), options)
                .OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(Codes.UnreadableFile, SourceSpan.File(InputLoader.DisplayPath(shownAs, workingFolder)), e.Message);
            return;
        }
        foreach (var entry in entries)
        {
            if (entry.Name.StartsWith('.')) continue;
            if (UnsafeName(entry.Name) is { } unsafeCharacter)
            {
                diagnostics.Report(Codes.UnsafeFileName, SourceSpan.File(InputLoader.DisplayPath(shownAs, workingFolder) + "/" + Printable(entry.Name)), unsafeCharacter);
                continue;
            }
            string entryRelative = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
            string display = InputLoader.DisplayPath(Path.Combine(shownAs, entry.Name), workingFolder);
            string real = entry.FullName;
            // One statx an entry, not following a link, says whether it is a link, a folder or a file (and a file's
            // kind and number of names): only a link costs more questions. Whatever changes after this is caught
            // when the file is opened. An entry gone since the listing is left to the gate, which reports it.
            var status = FileHandles.Of(entry.FullName, followLast: false);
            bool isLink = status?.Kind == FileHandles.FileKind.Link;
            if (isLink)
            {
                if (RealPath(entry.FullName) is not { } target || !(File.Exists(target) || Directory.Exists(target)))
                {
                    diagnostics.Report(Codes.UnfollowableLink, SourceSpan.File(display), entry.LinkTarget);
                    continue;
                }
                if (!IsInside(target, root))
                {
                    diagnostics.Report(Codes.LinkOutsideFolder, SourceSpan.File(display), entry.LinkTarget, InputLoader.DisplayPath(root, workingFolder));
                    continue;
                }
                real = target;
            }
            if (isLink ? Directory.Exists(real) : status is { } listed ? listed.Kind == FileHandles.FileKind.Directory : entry.IsDirectory)
            {
                // A folder link to a folder it stands in would be walked for ever.
                if (ancestors.Contains(real, StringComparer.Ordinal))
                {
                    diagnostics.Report(Codes.UnfollowableLink, SourceSpan.File(display), entry.LinkTarget ?? real);
                    continue;
                }
                ancestors.Add(real);
                Walk(real, Path.Combine(shownAs, entry.Name), entryRelative, root, files, found, ancestors, diagnostics, workingFolder);
                ancestors.RemoveAt(ancestors.Count - 1);
            }
            else if ((isLink ? Refusal(real) : status is { } plain ? Refusal(plain) : null) is { } refusal)
            {
                diagnostics.Report(refusal.Code, SourceSpan.File(display), refusal.Argument);
            }
            else
            {
                var file = new InputFile(real, entryRelative, display) { Root = root };
                files.Add(file);
                found?.Invoke(file);
            }
        }
    }

    /// <summary>An entry of a folder as listed: its name, its path, and whether the listing says it is a folder.</summary>
    private sealed record Listed(string Name, string FullName, bool IsDirectory)
    {
        /// <summary>Where the entry points if it is a symbolic link (asked only of links: it costs a readlink).</summary>
        public string? LinkTarget => new FileInfo(FullName).LinkTarget;
    }

    /// <summary>True when <paramref name="path"/> (a real path) is <paramref name="root"/> or lies under it.</summary>
    public static bool IsInside(string path, string root) =>
        path == root || path.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>
    /// The path with every symbolic link in it resolved, component by component (as the kernel does, so
    /// "a/link/../b" goes where the link goes, not where the text says); null when a loop or too many links
    /// stand in the way. Parts that do not exist are kept as written.
    /// </summary>
    public static string? RealPath(string path)
    {
        string full = Path.GetFullPath(path);
        string current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse());
        int hops = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            string next = Path.Combine(current, part);
            string? target;
            try { target = new FileInfo(next).LinkTarget; }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { target = null; }
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++hops > MaxLinkHops) return null;
            if (Path.IsPathRooted(target)) current = Path.GetPathRoot(target)!;
            foreach (var step in target[(Path.IsPathRooted(target) ? Path.GetPathRoot(target)!.Length : 0)..]
                         .Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse())
                pending.Push(step);
        }
        return current;
    }
}
