using System.Collections.Concurrent;
using System.Text;
using Kompetanse.Diagnostics;

namespace Kompetanse.Outputs;

/// <summary>One file of the built site: its path under the output folder, its bytes, and what it was made from.</summary>
public sealed record OutputFile(string Path, byte[] Content, SourceSpan Source)
{
    public static OutputFile Text(string path, string text, SourceSpan source) => new(path, Encoding.UTF8.GetBytes(text), source);

    /// <summary>
    /// A file published as it is (an image, a theme asset), not made by the generator. Its bytes are the ones
    /// the input gate read and checked, held in memory: nothing is read from disk again when it is written or served.
    /// </summary>
    public bool Copied { get; init; }

    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>This page's entry in the search index, encoded when the page was rendered; null if not indexed.</summary>
    public SearchPage? SearchEntry { get; init; }

    private byte[]? _content = Content;

    /// <summary>The size in bytes, known after the bytes are released.</summary>
    public int Length { get; } = Content.Length;

    private string? _notWhole;

    /// <summary>Why this HTML page is not whole (see <see cref="Verification.PageCompleteness"/>), or null if it is.</summary>
    public string? NotWhole
    {
        get
        {
            if (Volatile.Read(ref _notWhole) is { } known) return known.Length == 0 ? null : known;
            // Released content always has this read first (see ReleaseContent).
            if (Volatile.Read(ref _content) is not { } content) return null;
            string found = Verification.PageCompleteness.Problem(content.AsSpan()) ?? "";
            Volatile.Write(ref _notWhole, found);
            return found.Length == 0 ? null : found;
        }
    }

    /// <summary>The file's bytes. A build that streams its output to disk releases them once written.</summary>
    public byte[] Content
    {
        get => Volatile.Read(ref _content) ?? throw new InvalidOperationException($"{Path} was written and its bytes released");
        init => _content = value;
    }

    private HtmlFacts? _facts;

    /// <summary>
    /// Links and ids of an HTML file. Pages get them as they are rendered; any other HTML file
    /// is read the first time they are asked for.
    /// </summary>
    public HtmlFacts Facts
    {
        get
        {
            if (Volatile.Read(ref _facts) is { } facts) return facts;
            // A copied file (the theme's admin/index.html) is the theme's own: its links are not the site's to check.
            if (Copied) return _facts = new HtmlFacts { Links = [], Ids = new HashSet<string>() };
            // Released content always has its facts read first (see ReleaseContent).
            if (Volatile.Read(ref _content) is not { } content) return Volatile.Read(ref _facts)!;
            return _facts = HtmlFacts.Read(Encoding.UTF8.GetString(content));
        }
        init => _facts = value;
    }

    /// <summary>
    /// Lets go of the bytes once they are on disk, so a large site is not held in memory whole. The link
    /// check still needs an HTML file's links and ids: they are read first if the renderer has not.
    /// </summary>
    public void ReleaseContent()
    {
        if (IsHtml && Volatile.Read(ref _facts) is null) Volatile.Write(ref _facts, Facts);
        if (IsHtml && !Copied) _ = NotWhole;
        Volatile.Write(ref _content, null);
    }
}

/// <summary>Collects what the output modules make; safe for parallel modules. Two makers of one path is a bug we report.</summary>
public sealed class OutputSink
{
    private readonly ConcurrentDictionary<string, OutputFile> _files = new(StringComparer.OrdinalIgnoreCase);
    private readonly DiagnosticBag _diagnostics;
    private readonly Action<OutputFile>? _onAdded;

    /// <param name="onAdded">Told of each new file as soon as it is made (the writer starts on it at once).</param>
    public OutputSink(DiagnosticBag diagnostics, Action<OutputFile>? onAdded = null)
    {
        _diagnostics = diagnostics;
        _onAdded = onAdded;
    }

    public void Add(OutputFile file)
    {
        // The gate for every byte that goes out: a path that could leave the output folder is never written.
        if (!IsContainedPath(file.Path))
        {
            _diagnostics.Report(Codes.UnsafeOutputPath, file.Source, ContainedFolderName(file.Path));
            return;
        }
        if (!_files.TryAdd(file.Path, file))
            _diagnostics.Report(Codes.DuplicateSlug, file.Source, "/" + file.Path, _files[file.Path].Source.Path);
        else
        {
            lock (_added) _added.Add(file);
            _onAdded?.Invoke(file);
        }
    }

    /// <summary>
    /// True for a relative path of plain segments: no leading slash, backslash, control character, empty,
    /// "." or ".." segment, so joined to the output folder it always lies inside it.
    /// </summary>
    public static bool IsContainedPath(string path) =>
        path.Length > 0 && !path.Any(c => c == '\\' || char.IsControl(c)) && !System.IO.Path.IsPathRooted(path)
        && path.Split('/').All(segment => segment.Length > 0 && segment is not ("." or ".."));

    private static string ContainedFolderName(string path) => Loading.ContainedFolder.Printable(path);

    /// <summary>Everything added so far, in path order.</summary>
    public IReadOnlyCollection<OutputFile> Files
    {
        get
        {
            lock (_added)
            {
                // Asked for after the pages, again after the search index, and after the headers: only the
                // files added since the last time are sorted, and merged into the order already known.
                if (_sorted.Length == _added.Count) return _sorted;
                var fresh = _added.GetRange(_sorted.Length, _added.Count - _sorted.Length);
                fresh.Sort(ByPath);
                var merged = new OutputFile[_added.Count];
                int a = 0, b = 0, m = 0;
                while (a < _sorted.Length && b < fresh.Count) merged[m++] = ByPath.Compare(_sorted[a], fresh[b]) <= 0 ? _sorted[a++] : fresh[b++];
                while (a < _sorted.Length) merged[m++] = _sorted[a++];
                while (b < fresh.Count) merged[m++] = fresh[b++];
                return _sorted = merged;
            }
        }
    }

    private static readonly Comparer<OutputFile> ByPath = Comparer<OutputFile>.Create((x, y) => string.CompareOrdinal(x.Path, y.Path));

    // The files in the order they were added (under its own lock), and the first of them in path order.
    private readonly List<OutputFile> _added = [];
    private OutputFile[] _sorted = [];
}
