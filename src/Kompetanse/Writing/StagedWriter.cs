using System.Collections.Concurrent;
using Kompetanse.Outputs;

namespace Kompetanse.Writing;

/// <summary>
/// Double-buffered output. The output folder and &lt;output&gt;.staging take turns: a build writes into the
/// staging folder while the site is being made, and only when the whole build succeeded do the two swap
/// names. So a failed build leaves the output exactly as it was, and the next build writes over the site
/// before last, where most folders and files already exist (on many disks creating ten thousand folders
/// costs far more than overwriting ten thousand files). Files the new site no longer has are removed
/// before the swap. Only folders carrying the generator's marker are ever written into or removed.
/// </summary>
public sealed class StagedWriter
{
    private readonly string _output;
    private readonly string _staging;
    // The writers are threads of their own that block on the queue, waking as soon as a file comes (an async
    // channel woke them through the thread pool, which the renderers keep busy, so files piled up in memory).
    // Bounded and short, so a slow disk holds back the renderers: files that wait long are promoted by the
    // collector and stay in the heap after they are written (with 1,024 places, a slow disk cost 40-50 MB).
    private readonly WriteQueue<OutputFile> _queue = new(capacity: 128);
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    // The files written, by their path in the site (the strings the outputs already hold): a queue keeps them in
    // a few arrays, where a set made an entry and a full path for each of twenty thousand files, kept to the end.
    private readonly ConcurrentQueue<string> _written = new();
    private readonly Task<HashSet<string>> _existing;
    private readonly Task _clearOld;
    private readonly Thread[] _writers;
    private readonly bool _releaseWritten;
    private Exception? _failure;

    private StagedWriter(string output, bool releaseWritten)
    {
        _releaseWritten = releaseWritten;
        _output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        _staging = StagingFolder(output);
        if (Directory.Exists(_staging) && !IsOwn(_staging))
            throw new IOException($"{_staging} exists and was not made by this generator; remove it by hand");
        Directory.CreateDirectory(_staging);
        File.WriteAllText(Path.Combine(_staging, OutputGuard.Marker), "Made by the Kompetanse generator. The whole folder is replaced on every build.\n");
        _written.Enqueue(OutputGuard.Marker);
        // What the staging folder holds from the build before last: whatever this build does not write goes.
        _existing = Task.Run(() => Directory.EnumerateFiles(_staging, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .ToHashSet(StringComparer.Ordinal));
        // Earlier versions kept the replaced site as <output>.previous: remove it if it is ours.
        string previous = _output + ".previous";
        if (Directory.Exists(previous) && !IsOwn(previous))
            throw new IOException($"{previous} exists and was not made by this generator; remove it by hand");
        _clearOld = Task.Run(() => RemoveOwnFolder(previous));
        // Writing small files waits on the disk: two writers keep it busy without crowding the processor.
        _writers = Enumerable.Range(0, 2).Select(_ => new Thread(WriteQueued) { IsBackground = true, Name = "staged writer" }).ToArray();
        foreach (var writer in _writers) writer.Start();
    }

    public static string StagingFolder(string output) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(output)) + ".staging";

    /// <summary>Starts writing a build into the staging folder of <paramref name="output"/>.</summary>
    /// <param name="releaseWritten">Release each file's bytes once written (see <see cref="OutputFile.ReleaseContent"/>).</param>
    public static StagedWriter Begin(string output, bool releaseWritten = false) => new(output, releaseWritten);

    /// <summary>Queues a file; it is written in the background.</summary>
    public void Write(OutputFile file) => _queue.Add(file);

    /// <summary>Waits for every file, removes what the new site no longer has, and swaps staging and output.</summary>
    public void Commit()
    {
        Finish();
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        var existing = _existing.GetAwaiter().GetResult();
        HashSet<string> written = existing.Count == 0 ? [] : _written.Select(path => Path.Combine(_staging, path)).ToHashSet(StringComparer.Ordinal);
        // A stale file whose path is now one of the new site's folders was removed to make way for it.
        foreach (string stale in existing.Where(f => !written.Contains(f) && !_folders.ContainsKey(f)))
        {
            try
            {
                File.Delete(stale);
            }
            catch (DirectoryNotFoundException)
            {
                continue; // its folder became a file of the new site, and took the old files with it
            }
            if (Path.GetDirectoryName(stale) is { } folder) emptied.Add(folder);
        }
        // Only a folder that lost files can have become empty; walking just those keeps a large site's
        // commit from listing every folder.
        foreach (string folder in emptied.OrderByDescending(f => f.Length)) RemoveIfEmpty(folder);
        _clearOld.GetAwaiter().GetResult();

        if (!Directory.Exists(_output))
        {
            Directory.Move(_staging, _output);
            return;
        }
        string swap = _output + ".swap";
        RemoveOwnFolder(swap);
        Directory.Move(_output, swap);
        Directory.Move(_staging, _output);
        Directory.Move(swap, _staging);
    }

    /// <summary>Waits for the writers; the output is left as it was (the staging folder is scratch).</summary>
    public void Abandon()
    {
        try { Finish(); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        try { _clearOld.GetAwaiter().GetResult(); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    private void Finish()
    {
        _queue.Complete();
        foreach (var writer in _writers) writer.Join();
        if (_failure is not null) throw new IOException(_failure.Message, _failure);
    }

    // A writer thread of its own: plain blocking writes, no async machinery per small file.
    private void WriteQueued()
    {
        var batch = new Queue<OutputFile>();
        while (_queue.Take(batch))
        {
            foreach (var file in batch)
            {
                try
                {
                    WriteOne(file);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Interlocked.CompareExchange(ref _failure, e, null);
                }
            }
        }
    }

    private void WriteOne(OutputFile file)
    {
        string target = Path.Combine(_staging, file.Path);
        string? folder = Path.GetDirectoryName(target);
        if (folder is not null && !_folders.ContainsKey(folder))
        {
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && File.Exists(folder))
            {
                // The old site had a file where the new one needs a folder.
                File.Delete(folder);
                Directory.CreateDirectory(folder);
            }
            _folders.TryAdd(folder, true);
        }
        try
        {
            WriteFile(file, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && Directory.Exists(target))
        {
            // ... or a folder where the new one has a file.
            Directory.Delete(target, recursive: true);
            WriteFile(file, target);
        }
        _written.Enqueue(file.Path);
        if (_releaseWritten) file.ReleaseContent();
    }

    private static void WriteFile(OutputFile file, string target) => Overwrite(target, file.Content);

    // Writes over the old file's bytes and cuts off what is left, instead of truncating it to nothing
    // first: ext4 flushes a file emptied and rewritten when it is closed (to protect rename-less
    // replacements), which made closing each file cost more than writing it. A file that already holds
    // exactly these bytes is left as it is: reading it is cheaper than writing it back to the disk.
    private static void Overwrite(string path, byte[] content)
    {
        using var handle = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        long length = RandomAccess.GetLength(handle);
        if (length == content.Length && length > 0 && Holds(handle, content)) return;
        RandomAccess.Write(handle, content, 0);
        if (length > content.Length) RandomAccess.SetLength(handle, content.Length);
    }

    [ThreadStatic] private static byte[]? t_compare;

    private static bool Holds(Microsoft.Win32.SafeHandles.SafeFileHandle handle, byte[] content)
    {
        var buffer = t_compare is { } b && b.Length >= content.Length ? b : t_compare = new byte[Math.Max(content.Length, 64 * 1024)];
        var old = buffer.AsSpan(0, content.Length);
        int read = 0;
        while (read < old.Length)
        {
            int n = RandomAccess.Read(handle, old[read..], read);
            if (n == 0) return false;
            read += n;
        }
        return old.SequenceEqual(content);
    }

    // Removes the folder if empty, then its parents as they become empty, up to the staging folder.
    private void RemoveIfEmpty(string folder)
    {
        while (folder.Length > _staging.Length && folder.StartsWith(_staging, StringComparison.Ordinal)
               && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }

    private static bool IsOwn(string folder) =>
        File.Exists(Path.Combine(folder, OutputGuard.Marker)) || !Directory.EnumerateFileSystemEntries(folder).Any();

    /// <summary>Removes a folder only if it carries our marker (or is empty).</summary>
    public static void RemoveOwnFolder(string folder)
    {
        if (!Directory.Exists(folder)) return;
        if (!IsOwn(folder)) throw new IOException($"{folder} exists and was not made by this generator; remove it by hand");
        Directory.Delete(folder, recursive: true);
    }
}
