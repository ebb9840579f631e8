using System.Collections.Concurrent;
using System.Threading.Channels;
using Kompetanse.Outputs;

namespace Kompetanse.Writing;

/// <summary>
/// Writes the site into a staging folder beside the output while it is being made, and puts it in place of
/// the output only when the whole build succeeded, so a failed build leaves the previous site exactly as it
/// was. The replaced site is kept as &lt;output&gt;.previous until the next build removes it in the
/// background. Deletes only folders that carry its marker.
/// </summary>
public sealed class StagedWriter
{
    private readonly string _output;
    private readonly string _staging;
    private readonly Channel<OutputFile> _queue = Channel.CreateUnbounded<OutputFile>(new UnboundedChannelOptions { SingleReader = false });
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private readonly Task[] _writers;
    private readonly Task _clearPrevious;
    private int _written;

    private StagedWriter(string output)
    {
        _output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        _staging = StagingFolder(output);
        RemoveOwnFolder(_staging);
        Directory.CreateDirectory(_staging);
        File.WriteAllText(Path.Combine(_staging, OutputGuard.Marker), "Made by the Kompetanse generator. The whole folder is replaced on every build.\n");
        if (Directory.Exists(PreviousFolder(output)) && !IsOwn(PreviousFolder(output)))
            throw new IOException($"{PreviousFolder(output)} exists and was not made by this generator; remove it by hand");
        // The site before last is no longer needed: remove it while this build works.
        _clearPrevious = Task.Run(() => RemoveOwnFolder(PreviousFolder(output)));
        // Writing small files waits on the disk: two writers keep it busy without crowding the processor.
        _writers = Enumerable.Range(0, 2).Select(_ => Task.Factory.StartNew(WriteQueued, TaskCreationOptions.LongRunning)).ToArray();
    }

    public static string StagingFolder(string output) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(output)) + ".staging";
    public static string PreviousFolder(string output) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(output)) + ".previous";

    /// <summary>Starts a fresh staging folder for <paramref name="output"/>.</summary>
    public static StagedWriter Begin(string output) => new(output);

    public int Written => Volatile.Read(ref _written);

    /// <summary>Queues a file; it is written in the background.</summary>
    public void Write(OutputFile file) => _queue.Writer.TryWrite(file);

    /// <summary>Waits for every queued file, then swaps the staging folder in: output → previous, staging → output.</summary>
    public void Commit()
    {
        Finish();
        _clearPrevious.GetAwaiter().GetResult();
        if (Directory.Exists(_output)) Directory.Move(_output, PreviousFolder(_output));
        Directory.Move(_staging, _output);
    }

    /// <summary>Waits for the writers and removes the staging folder; the output is left as it was.</summary>
    public void Abandon()
    {
        // A write that failed was reported already; what matters now is that nothing half-made stays.
        try { Finish(); } catch (AggregateException) { }
        try { _clearPrevious.GetAwaiter().GetResult(); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        RemoveOwnFolder(_staging);
    }

    private void Finish()
    {
        _queue.Writer.TryComplete();
        Task.WaitAll(_writers);
    }

    // A writer thread of its own: plain blocking writes, no async machinery per small file.
    private void WriteQueued()
    {
        var reader = _queue.Reader;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (reader.TryRead(out var file))
            {
                string target = Path.Combine(_staging, file.Path);
                string? folder = Path.GetDirectoryName(target);
                // Each folder is made once; a writer that finds it being made makes sure it exists too.
                if (folder is not null && !_folders.ContainsKey(folder))
                {
                    Directory.CreateDirectory(folder);
                    _folders.TryAdd(folder, true);
                }
                if (file.CopyFrom is { } source) File.Copy(source, target, overwrite: true);
                else File.WriteAllBytes(target, file.Content);
                Interlocked.Increment(ref _written);
            }
        }
    }

    private static bool IsOwn(string folder) =>
        File.Exists(Path.Combine(folder, OutputGuard.Marker)) || !Directory.EnumerateFileSystemEntries(folder).Any();

    /// <summary>Removes a staging or previous folder only if it carries our marker (or is empty).</summary>
    public static void RemoveOwnFolder(string folder)
    {
        if (!Directory.Exists(folder)) return;
        if (!IsOwn(folder)) throw new IOException($"{folder} exists and was not made by this generator; remove it by hand");
        Directory.Delete(folder, recursive: true);
    }
}
