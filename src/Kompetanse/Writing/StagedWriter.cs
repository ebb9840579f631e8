using Kompetanse.Outputs;

namespace Kompetanse.Writing;

/// <summary>
/// Writes the whole site into a staging folder beside the output and swaps it in only when everything was
/// written, so a failed build leaves the previous site exactly as it was. Deletes only folders it made.
/// </summary>
public static class StagedWriter
{
    public static string StagingFolder(string output) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(output)) + ".staging";
    public static string PreviousFolder(string output) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(output)) + ".previous";

    /// <summary>Writes every file into a fresh staging folder, in parallel. Returns the staging folder.</summary>
    public static string Stage(string output, IReadOnlyCollection<OutputFile> files, Action<int>? progress = null)
    {
        string staging = StagingFolder(output);
        RemoveOwnFolder(staging);
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, OutputGuard.Marker), "Made by the Kompetanse generator. The whole folder is replaced on every build.\n");

        foreach (string dir in files.Select(f => Path.GetDirectoryName(f.Path)).Distinct().OfType<string>().Where(d => d.Length > 0))
            Directory.CreateDirectory(Path.Combine(staging, dir));

        int written = 0;
        Parallel.ForEach(files, file =>
        {
            string target = Path.Combine(staging, file.Path);
            if (file.CopyFrom is { } source) File.Copy(source, target, overwrite: true);
            else File.WriteAllBytes(target, file.Content);
            int n = Interlocked.Increment(ref written);
            if (progress is not null && n % 250 == 0) progress(n);
        });
        return staging;
    }

    /// <summary>Puts the staged site in place of the output: old output aside, staging in, old output removed.</summary>
    public static void Swap(string staging, string output)
    {
        string target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        string previous = PreviousFolder(output);
        RemoveOwnFolder(previous);
        if (Directory.Exists(target)) Directory.Move(target, previous);
        Directory.Move(staging, target);
        RemoveOwnFolder(previous);
    }

    /// <summary>Removes a staging or previous folder only if it carries our marker (or is empty).</summary>
    public static void RemoveOwnFolder(string folder)
    {
        if (!Directory.Exists(folder)) return;
        bool ours = File.Exists(Path.Combine(folder, OutputGuard.Marker)) || !Directory.EnumerateFileSystemEntries(folder).Any();
        if (!ours) throw new IOException($"{folder} exists and was not made by this generator; remove it by hand");
        Directory.Delete(folder, recursive: true);
    }
}
