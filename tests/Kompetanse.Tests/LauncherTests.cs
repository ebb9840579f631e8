using System.Diagnostics;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>
/// ./kompetanse, the README's build command: it compiles the generator only when a source changed since the last
/// compile that succeeded (a file edited, added or removed), and otherwise runs the compiled program straight away.
/// dotnet is a stand-in that logs its arguments and "compiles" by writing the program file.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class LauncherTests : IDisposable
{
    private readonly TempFolder work = new("launcher");
    private readonly string repo;
    private readonly string bin;
    private readonly string log;

    public LauncherTests()
    {
        repo = Directory.CreateDirectory(work.Combine("repo")).FullName;
        File.Copy(Path.Combine(RepoPaths.Root, "kompetanse"), Path.Combine(repo, "kompetanse"));
        work.Write("repo/global.json", "{}");
        work.Write("repo/src/Kompetanse/Build.cs", "// the generator");
        work.Write("repo/src/Kompetanse.Cli/Program.cs", "// its command line");
        log = work.Combine("dotnet.log");
        bin = Directory.CreateDirectory(work.Combine("bin")).FullName;
        string dotnet = Path.Combine(bin, "dotnet");
        File.WriteAllText(dotnet, $"""
            #!/usr/bin/env bash
            echo "$*" >> '{log}'
            if [ "$1" = build ]; then
              [ -f '{repo}/src/broken' ] && {"{"} echo 'Build.cs(1,1): error CS1002: ; expected'; exit 1; {"}"}
              mkdir -p '{repo}/src/Kompetanse.Cli/bin/Release/net10.0' && touch '{Program}'
            fi
            exit 0
            """);
        File.SetUnixFileMode(dotnet, (UnixFileMode)0b111_101_101);
    }

    private string Program => $"{repo}/src/Kompetanse.Cli/bin/Release/net10.0/Kompetanse.Cli.dll";
    private string Stamp => $"{repo}/src/Kompetanse.Cli/obj/kompetanse-launcher.stamp";

    public void Dispose() => work.Dispose();

    [Fact]
    public void TheFirstRunCompilesAndRunsTheProgram_TheNextRunsItWithoutCompiling()
    {
        var first = Run("build", "--output", "ut");
        Assert.True(first.ExitCode == 0, first.Errors);
        Assert.Equal([$"build {repo}/src/Kompetanse.Cli -c Release --nologo -v quiet", $"{Program} build --output ut"], Calls());
        Assert.Contains("compiling the generator", first.Errors);

        Later();
        var second = Run("build");
        Assert.True(second.ExitCode == 0, second.Errors);
        Assert.Equal([$"{Program} build"], Calls());
        Assert.Equal("", second.Errors);
    }

    [Fact]
    public void AnEditedAddedOrRemovedSourceCompilesAgain()
    {
        Run("build");
        Later();

        File.SetLastWriteTimeUtc(Path.Combine(repo, "src", "Kompetanse", "Build.cs"), DateTime.UtcNow);
        Run("build");
        Assert.StartsWith("build ", Calls()[0]);
        Later();

        work.Write("repo/src/Kompetanse/New.cs", "// added");
        Run("build");
        Assert.StartsWith("build ", Calls()[0]);
        Later();

        File.Delete(Path.Combine(repo, "src", "Kompetanse", "New.cs"));
        Run("build");
        Assert.StartsWith("build ", Calls()[0]);
        Later();

        Run("build");
        Assert.Equal([$"{Program} build"], Calls());
    }

    [Fact]
    public void AFailedCompileSaysSoRunsNothingAndCompilesAgainNextTime()
    {
        Run("build");
        Later();
        work.Write("repo/src/broken", "");

        var failed = Run("build");
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("error CS1002", failed.Errors);
        Assert.Equal("kompetanse: error: compiling the generator failed (dotnet build src/Kompetanse.Cli -c Release)", failed.Errors.TrimEnd().Split('\n')[^1]);
        Assert.DoesNotContain(Calls(), c => c.StartsWith(Program, StringComparison.Ordinal));

        File.Delete(Path.Combine(repo, "src", "broken"));
        var fixedRun = Run("build");
        Assert.True(fixedRun.ExitCode == 0, fixedRun.Errors);
        Assert.Equal([$"build {repo}/src/Kompetanse.Cli -c Release --nologo -v quiet", $"{Program} build"], Calls());
    }

    // As if time had passed since the compile (file times are coarser than a test is quick): the sources two
    // minutes back, the last compile one minute back.
    private void Later()
    {
        var sourcesTime = DateTime.UtcNow.AddMinutes(-2);
        foreach (string entry in Directory.EnumerateFileSystemEntries(Path.Combine(repo, "src"), "*", SearchOption.AllDirectories).Prepend(Path.Combine(repo, "src")))
        {
            if (Directory.Exists(entry)) Directory.SetLastWriteTimeUtc(entry, sourcesTime);
            else File.SetLastWriteTimeUtc(entry, sourcesTime);
        }
        File.SetLastWriteTimeUtc(Path.Combine(repo, "global.json"), sourcesTime);
        File.SetLastWriteTimeUtc(Stamp, DateTime.UtcNow.AddMinutes(-1));
    }

    private List<string> Calls() => File.Exists(log) ? [.. File.ReadAllLines(log)] : [];

    private (int ExitCode, string Errors) Run(params string[] arguments)
    {
        if (File.Exists(log)) File.Delete(log);
        var start = new ProcessStartInfo(Path.Combine(repo, "kompetanse"), arguments) { WorkingDirectory = repo, RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["PATH"] = bin + ":/usr/bin:/bin";
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, errors.Result);
    }
}
