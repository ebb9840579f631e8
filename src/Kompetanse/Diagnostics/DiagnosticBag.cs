using System.Collections.Concurrent;

namespace Kompetanse.Diagnostics;

/// <summary>Collects diagnostics from all stages; safe to add to from parallel work.</summary>
public sealed class DiagnosticBag
{
    private ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Report(DiagnosticDescriptor descriptor, SourceSpan location, params object?[] args) =>
        Add(descriptor.At(location, args));

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);
    public int ErrorCount => _items.Count(d => d.Severity == Severity.Error);
    public int WarningCount => _items.Count(d => d.Severity == Severity.Warning);

    /// <summary>What has been reported so far, in the order it came.</summary>
    public IReadOnlyList<Diagnostic> Snapshot() => _items.ToArray();

    /// <summary>Takes out the diagnostics that match (ones that only follow from another); not safe during parallel work.</summary>
    public int RemoveAll(Func<Diagnostic, bool> match)
    {
        var kept = _items.Where(d => !match(d)).ToList();
        int removed = _items.Count - kept.Count;
        if (removed > 0) _items = new ConcurrentQueue<Diagnostic>(kept);
        return removed;
    }

    /// <summary>
    /// In a stable order, whatever order parallel work added them in: first the files that could not be read
    /// at all (the cause of what follows), then by file, line, column and id.
    /// </summary>
    public IReadOnlyList<Diagnostic> Sorted() => _items
        .OrderBy(d => Verification.Cascade.UnreadableFileIds.Contains(d.Id) || d.Descriptor == Codes.FollowsFromUnreadable ? 0 : 1)
        .ThenBy(d => d.Location.Path, StringComparer.Ordinal)
        .ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column)
        .ThenBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)
        .ToList();
}
