using System.Diagnostics;
using System.Globalization;

namespace Kompetanse.Loading;

/// <summary>
/// When each file in a folder was last committed, from one 'git log' run: the fallback for "Sist oppdatert"
/// where front matter has no 'updated'. Along first parents, so a change made in a draft branch is dated by
/// the merge that published it. Outside a repository (or without git) there are simply no dates.
/// </summary>
public static class GitDates
{
    public static IReadOnlyDictionary<string, DateOnly> Read(string folder)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        try
        {
            var start = new ProcessStartInfo("git", ["-C", folder, "log", "--first-parent", "--format=@%cs", "--name-only", "--relative", "--no-renames", "--", "."])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var git = Process.Start(start);
            if (git is null) return dates;
            git.StandardError.ReadToEndAsync();
            DateOnly current = default;
            // Newest commit first: the first date seen for a file is its last change.
            while (git.StandardOutput.ReadLine() is { } line)
            {
                if (line.StartsWith('@'))
                    current = DateOnly.TryParseExact(line[1..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : default;
                else if (line.Length > 0 && current != default)
                    dates.TryAdd(InputLoader.DisplayPath(Path.Combine(folder, line)), current);
            }
            git.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No git on this machine.
        }
        return dates;
    }
}
