using System.Collections.Concurrent;
using Kompetanse.Diagnostics;

namespace Kompetanse.Loading;

/// <summary>
/// For preview: keeps each file's document and diagnostics from the last build, and reads a file again only
/// when its size or time of change differs. Unchanged files give the same document object, which lets later
/// stages reuse what they made from it.
/// </summary>
public sealed class LoadCache
{
    private sealed record Entry(DateTime Changed, long Size, object? Document, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public object? GetOrLoad(InputFile file, DiagnosticBag diagnostics, Func<InputFile, DiagnosticBag, object?> load)
    {
        var info = new FileInfo(file.FullPath);
        if (_entries.TryGetValue(file.FullPath, out var entry) && entry.Changed == info.LastWriteTimeUtc && entry.Size == info.Length)
        {
            foreach (var d in entry.Diagnostics) diagnostics.Add(d);
            return entry.Document;
        }
        var own = new DiagnosticBag();
        object? document = load(file, own);
        var found = own.Sorted();
        foreach (var d in found) diagnostics.Add(d);
        _entries[file.FullPath] = new Entry(info.LastWriteTimeUtc, info.Length, document, found);
        return document;
    }
}
