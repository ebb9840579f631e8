using System.Diagnostics;

namespace Kompetanse.Tests.Support;

/// <summary>git in a test folder, with commits (and merges) at the dates a test gives.</summary>
internal sealed class Git(string folder)
{
    public void Commit(string date, string message)
    {
        Run("add", "-A");
        Run(["commit", "-q", "-m", message], date);
    }

    public void Merge(string date, string branch) => Run(["merge", "-q", "--no-ff", "--no-edit", "-m", "Publiser " + branch, branch], date);

    public void Run(params string[] args) => Run(args, null);

    private void Run(string[] args, string? date)
    {
        var start = new ProcessStartInfo("git", ["-C", folder, "-c", "user.name=Test", "-c", "user.email=test@example.no", "-c", "commit.gpgsign=false", .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (date is not null)
        {
            start.Environment["GIT_AUTHOR_DATE"] = $"{date}T12:00:00+0000";
            start.Environment["GIT_COMMITTER_DATE"] = $"{date}T12:00:00+0000";
        }
        using var git = Process.Start(start)!;
        string error = git.StandardError.ReadToEnd();
        git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', args)}: {error}");
    }
}
