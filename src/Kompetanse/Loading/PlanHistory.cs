using System.Diagnostics;
using System.Globalization;
using System.Text;
using Kompetanse.Model;

namespace Kompetanse.Loading;

/// <summary>
/// The published versions of one file, from two git runs: 'git log --first-parent' names the commits on the
/// built branch that changed it, and one 'git cat-file --batch' hands back its text at each. Along first
/// parents a draft made on a branch of its own (the editor's editorial workflow) shows up once, as the merge
/// that published it, dated by that merge; its draft commits, which were never on the site, are not read.
/// Outside a repository (or without git) there is no history, and the plan's changes are its status reports alone.
/// </summary>
public static class PlanHistory
{
    /// <summary>At most this many versions are read, the newest: more than a programme's plan ever needs.</summary>
    public const int MaxVersions = 500;

    public static IReadOnlyList<PlanVersion> Read(string folder, string relativePath)
    {
        try
        {
            var commits = new List<(string Hash, DateOnly Date)>();
            foreach (string line in Run(folder, ["log", "--first-parent", $"-{MaxVersions}", "--format=%H %cs", "--", relativePath], null).Split('\n'))
            {
                var parts = line.Trim().Split(' ');
                if (parts.Length == 2 && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    commits.Add((parts[0], date));
            }
            if (commits.Count == 0) return [];
            commits.Reverse(); // oldest first
            string requests = string.Concat(commits.Select(c => $"{c.Hash}:./{relativePath}\n"));
            byte[] batch = RunBytes(folder, ["cat-file", "--batch"], requests);
            var versions = new List<PlanVersion>();
            int at = 0;
            foreach (var (hash, date) in commits)
            {
                int eol = Array.IndexOf(batch, (byte)'\n', at);
                if (eol < 0) break;
                string header = Encoding.UTF8.GetString(batch, at, eol - at);
                at = eol + 1;
                var fields = header.Split(' ');
                // "<object> missing" where the commit deleted the file.
                if (fields.Length != 3 || !int.TryParse(fields[2], out int size)) continue;
                versions.Add(new PlanVersion(date, hash, Encoding.UTF8.GetString(batch, at, size)));
                at += size + 1;
            }
            return versions;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return []; // no git on this machine
        }
    }

    private static string Run(string folder, string[] args, string? input) => Encoding.UTF8.GetString(RunBytes(folder, args, input));

    private static byte[] RunBytes(string folder, string[] args, string? input)
    {
        var start = new ProcessStartInfo("git", ["-C", folder, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
        };
        using var git = Process.Start(start) ?? throw new InvalidOperationException("git did not start");
        var errors = git.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            // Written beside the reading, so neither side waits on a full pipe.
            var writing = Task.Run(() =>
            {
                var bytes = Encoding.UTF8.GetBytes(input);
                git.StandardInput.BaseStream.Write(bytes);
                git.StandardInput.Close();
            });
            using var output = new MemoryStream();
            git.StandardOutput.BaseStream.CopyTo(output);
            writing.GetAwaiter().GetResult();
            git.WaitForExit();
            return output.ToArray();
        }
        using var buffer = new MemoryStream();
        git.StandardOutput.BaseStream.CopyTo(buffer);
        git.WaitForExit();
        _ = errors.Result;
        return git.ExitCode == 0 ? buffer.ToArray() : [];
    }
}
