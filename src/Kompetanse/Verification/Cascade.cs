using System.Collections.Concurrent;
using Kompetanse.Diagnostics;
using Kompetanse.Loading;

namespace Kompetanse.Verification;

/// <summary>
/// Errors that only follow from another one are not errors of their own. A file that cannot be read (an
/// unquoted colon in a title) makes no page, so every link to that page and every mention of its name would
/// be an error too: one typo, dozens of errors, the real one buried among them. Those are left out, and
/// counted in one line at the file that caused them; the file's own error comes first.
/// </summary>
public sealed class Cascade
{
    /// <summary>Errors that mean a file could not be read at all, or was refused by the input gate: the file makes nothing.</summary>
    public static readonly IReadOnlySet<string> UnreadableFileIds = new HashSet<string>(StringComparer.Ordinal)
    {
        Codes.NotUtf8.Id, Codes.UnreadableFile.Id, Codes.UnclosedFrontMatter.Id, Codes.MalformedYaml.Id,
        Codes.NotAMapping.Id, Codes.EmptyFile.Id, Codes.NestedTooDeeply.Id,
        Codes.LinkOutsideFolder.Id, Codes.UnfollowableLink.Id, Codes.NotARegularFile.Id, Codes.HardLinkedFile.Id,
        Codes.FileTooLarge.Id, Codes.UnsafeFileName.Id,
    };

    private sealed record Unreadable(SourceSpan Cause, string Url, string? Name, DiagnosticDescriptor? NameCode);

    private readonly IReadOnlyList<Unreadable> _files;
    private readonly ConcurrentDictionary<Unreadable, int> _hidden = new();

    private Cascade(IReadOnlyList<Unreadable> files) => _files = files;

    /// <summary>The input files that could not be read, from the errors reported so far.</summary>
    public static Cascade Find(DiagnosticBag diagnostics, string inputFolder)
    {
        string prefix = InputLoader.DisplayPath(inputFolder).TrimEnd('/') + "/";
        var files = diagnostics.Snapshot()
            .Where(d => UnreadableFileIds.Contains(d.Id) && d.Location.Path.StartsWith(prefix, StringComparison.Ordinal))
            .GroupBy(d => d.Location.Path)
            .Select(g => Describe(g.OrderBy(d => d.Location.Line).First().Location, g.Key[prefix.Length..]))
            .OfType<Unreadable>()
            .ToList();
        return new Cascade(files);
    }

    // What the file would have made: its page's URL, and the name other files refer to it by.
    private static Unreadable? Describe(SourceSpan cause, string relative)
    {
        string name = Path.GetFileNameWithoutExtension(relative);
        string extension = Path.GetExtension(relative);
        if (relative.StartsWith(ConceptLoader.Folder + "/", StringComparison.Ordinal) && extension == ".md")
            return new(cause, InputUrls.For(relative), name, Codes.UnknownConcept);
        if (relative.StartsWith(RoleLoader.Folder + "/", StringComparison.Ordinal) && extension == ".md")
            return new(cause, InputUrls.For(relative), name, Codes.UnknownRole);
        if (relative.StartsWith(FormLoader.Folder + "/", StringComparison.Ordinal) && extension is ".yml" or ".yaml")
            return new(cause, $"/skjema/{name}/", null, null);
        if (relative == PlanLoader.PlanFile) return new(cause, "/plan/", null, null);
        if (relative == PlanLoader.BudgetFile) return new(cause, "/plan/budsjett/", null, null);
        if (extension == ".md" && !InputLoader.ContentFolders.Contains(relative.Split('/')[0]))
            return new(cause, PageLoader.UrlOf(relative), null, null);
        return null;
    }

    /// <summary>
    /// True (and counted) when a broken link goes to a page an unreadable file would have made: the link is
    /// fine, the file is not.
    /// </summary>
    public bool Explains(string targetUrl)
    {
        if (_files.Count == 0) return false;
        string target = targetUrl.EndsWith('/') || Path.HasExtension(targetUrl) ? targetUrl : targetUrl + "/";
        foreach (var file in _files)
        {
            bool hit = target == file.Url || (file.Url != "/" && target.StartsWith(file.Url, StringComparison.Ordinal));
            if (!hit) continue;
            _hidden.AddOrUpdate(file, 1, (_, n) => n + 1);
            return true;
        }
        return false;
    }

    /// <summary>
    /// Takes out the errors that name what an unreadable file would have defined ("unknown concept 'x'"), and
    /// says in one line per file how many errors were left out.
    /// </summary>
    public void Finish(DiagnosticBag diagnostics)
    {
        foreach (var file in _files.Where(f => f.Name is not null))
        {
            string mention = MentionOf(file.NameCode!, file.Name!);
            int removed = diagnostics.RemoveAll(d => d.Descriptor == file.NameCode && d.Message.StartsWith(mention, StringComparison.Ordinal));
            if (removed > 0) _hidden.AddOrUpdate(file, removed, (_, n) => n + removed);
        }
        foreach (var (file, count) in _hidden)
            diagnostics.Report(Codes.FollowsFromUnreadable, file.Cause, count, file.Url);
    }

    // "unknown concept '{0}' in '{1}'{2}" → "unknown concept 'feil' in '"
    private static string MentionOf(DiagnosticDescriptor code, string name)
    {
        string format = code.Format;
        int next = format.IndexOf("{1}", StringComparison.Ordinal);
        return (next < 0 ? format : format[..next]).Replace("{0}", name, StringComparison.Ordinal);
    }
}
