using System.Diagnostics;

namespace Kompetanse.Tests.Support;

/// <summary>Runs the real command line (Kompetanse.Cli.dll beside the tests) in a process of its own, as a user would.</summary>
public static class CliProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Errors)
    {
        public string All => Output + Errors;
    }

    public static Outcome Run(string workingFolder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Kompetanse.Cli.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // A developer's English environment: diagnostics in English unless a test says --lang nb.
        start.Environment["LANG"] = "en_US.UTF-8";
        start.Environment.Remove("LC_ALL");
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new Outcome(process.ExitCode, output, errors.GetAwaiter().GetResult());
    }
}
