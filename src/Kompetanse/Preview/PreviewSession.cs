using Kompetanse.Diagnostics;

namespace Kompetanse.Preview;

/// <summary>
/// Builds the site in memory, watches the input and theme folders, and rebuilds when something changes.
/// A failed build keeps the last good site (and shows the errors); <see cref="Changed"/> fires after
/// every rebuild so open pages can reload.
/// </summary>
public sealed class PreviewSession : IDisposable
{
    private readonly BuildOptions _options;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly object _gate = new();
    private readonly SemaphoreSlim _pending = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<BuildOptions, BuildResult> _build;
    private Task? _loop;
    private int _version;

    /// <param name="build">The build to run (tests put one here that fails); the real one when null.</param>
    public PreviewSession(BuildOptions options, Func<BuildOptions, BuildResult>? build = null)
    {
        _options = options with { Write = false, Cache = new BuildCache() };
        _build = build ?? (o => Build.Run(o));
        State = new PreviewState(new SiteSnapshot([], 0), [], [], TimeSpan.Zero);
    }

    public PreviewState State { get; private set; }

    /// <summary>After each rebuild, with the new state (also when it failed).</summary>
    public event Action<PreviewState>? Changed;

    /// <summary>Builds once, now; returns the state.</summary>
    public PreviewState Rebuild()
    {
        lock (_gate)
        {
            BuildResult result;
            try
            {
                result = _build(_options);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A bug in the generator, not in the input: say so like any error, and keep watching.
                result = new BuildResult([Failure(e)], 0, 0, TimeSpan.Zero);
            }
            var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            var warnings = result.Diagnostics.Where(d => d.Severity == Severity.Warning).ToList();
            var site = result.Succeeded ? new SiteSnapshot(result.Outputs, Interlocked.Increment(ref _version)) : State.Site;
            State = new PreviewState(site, errors, warnings, result.Elapsed);
        }
        Changed?.Invoke(State);
        return State;
    }

    /// <summary>Starts watching; each burst of changes (an editor saving several files) gives one rebuild.</summary>
    public void Watch()
    {
        foreach (string folder in new[] { _options.Input, _options.Theme }.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(Path.GetFullPath(folder))
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watcher.Error += OnWatcherError;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
        _loop = Task.Run(RebuildLoop);
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        // Editors' swap and backup files, and npm's work in node_modules, are not content.
        string name = Path.GetFileName(e.FullPath);
        if (name.StartsWith('.') || name.EndsWith('~') || e.FullPath.Contains("node_modules")) return;
        _pending.Release();
    }

    // Runs until the session is disposed, whatever a rebuild or a listener throws: live rebuilding must
    // never end without a word (it once stopped for 20 minutes after a run of failed builds).
    // The watcher lost events (too many at once, as a 'git checkout' of many files gives): arm it again and
    // rebuild everything, since what changed is no longer known.
    private void OnWatcherError(object sender, ErrorEventArgs e)
    {
        if (_stop.IsCancellationRequested || sender is not FileSystemWatcher watcher) return;
        try
        {
            watcher.EnableRaisingEvents = false;
            watcher.EnableRaisingEvents = true;
        }
        catch (Exception error) when (error is IOException or ArgumentException or ObjectDisposedException)
        {
            // The folder is gone for now; the rebuild below reports what that means.
        }
        _pending.Release();
    }

    private async Task RebuildLoop()
    {
        var token = _stop.Token;
        try
        {
            while (!token.IsCancellationRequested)
            {
                await _pending.WaitAsync(token);
                // Let a burst of events settle, then take them all as one change.
                await Task.Delay(40, token);
                while (_pending.CurrentCount > 0) await _pending.WaitAsync(token);
                try
                {
                    Rebuild();
                }
                catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
                {
                    lock (_gate) State = State with { Errors = [Failure(e)] };
                    try { Changed?.Invoke(State); } catch (Exception) when (!token.IsCancellationRequested) { /* reported in the state; wait for the next change */ }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private Diagnostic Failure(Exception e) =>
        Codes.RebuildFailed.At(SourceSpan.File(Loading.InputLoader.DisplayPath(_options.Input)), e.GetType().Name, e.Message);

    public void Dispose()
    {
        _stop.Cancel();
        foreach (var watcher in _watchers) watcher.Dispose();
        try { _loop?.Wait(TimeSpan.FromSeconds(2)); } catch (AggregateException) { }
        _stop.Dispose();
    }
}
