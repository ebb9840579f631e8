using System.Diagnostics;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>
/// ./kompetanse, the README's build command: it compiles the generator only when a source changed since the last
/// compile that succeeded (a file edited, added or removed), and otherwise runs the compiled program straight away.
/// Where the machine can link native code it compiles to native code and runs that without dotnet; elsewhere, when
/// told to (KOMPETANSE_NATIVE=0) or when the native compile fails, it compiles ReadyToRun code and runs it with
/// dotnet. dotnet is a stand-in that logs its arguments and "compiles" by writing the program file; PATH holds only
/// the tools the launcher uses, and stand-ins for a C linker where a test wants one.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class LauncherTests : IDisposable
{
    private static readonly string[] Tools =
        ["bash", "env", "dirname", "basename", "find", "mkdir", "touch", "rm", "mv", "cp", "sort", "xargs", "sha256sum", "cut", "grep", "head", "cat", "chmod"];

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
        foreach (string tool in Tools)
        {
            string? found = new[] { "/usr/bin", "/bin" }.Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);
            if (found is not null) File.CreateSymbolicLink(Path.Combine(bin, tool), found);
        }
        // A source with a compile error fails both compiles; src/no-native fails only the native one (a linker missing a library, say).
        Script("dotnet", $$"""
            echo "$*" >> '{{log}}'
            case "$1" in
              --version) echo 10.0.100 ;;
              build)
                [ -f '{{repo}}/src/broken' ] && { echo 'Build.cs(1,1): error CS1002: ; expected'; exit 1; }
                mkdir -p '{{repo}}/src/Kompetanse.Cli/bin/Release/net10.0' && touch '{{ReadyToRunProgram}}' ;;
              publish)
                [ -f '{{repo}}/src/broken' ] && { echo 'Build.cs(1,1): error CS1002: ; expected'; exit 1; }
                [ -f '{{repo}}/src/no-native' ] && { echo 'ld: error LNK0001: cannot find -lz'; exit 1; }
                mkdir -p '{{repo}}/src/Kompetanse.Cli/bin/native'
                printf '#!/usr/bin/env bash\necho "native $*" >> {{log}}\n' > '{{NativeProgram}}'
                chmod +x '{{NativeProgram}}' ;;
            esac
            exit 0
            """);
    }

    private string ReadyToRunProgram => $"{repo}/src/Kompetanse.Cli/bin/Release/net10.0/Kompetanse.Cli.dll";
    private string NativeProgram => $"{repo}/src/Kompetanse.Cli/bin/native/Kompetanse.Cli";
    private string ReadyToRunCompile => $"build {repo}/src/Kompetanse.Cli -c Release --nologo -v quiet";
    private string NativeCompile =>
        $"publish {repo}/src/Kompetanse.Cli -c Release -r {NativeRid} -p:PublishAot=true -p:CopyOutputSymbolsToPublishDirectory=false --artifacts-path {repo}/src/Kompetanse.Cli/obj/native -o {repo}/src/Kompetanse.Cli/bin/native --nologo -v quiet";
    private static string NativeRid => System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.Arm64 ? "linux-arm64" : "linux-x64";

    public void Dispose() => work.Dispose();

    [Fact]
    public void TheFirstRunCompilesAndRunsTheProgram_TheNextRunsItWithoutCompiling()
    {
        var first = Run(ReadyToRun, "build", "--output", "ut");
        Assert.True(first.ExitCode == 0, first.Errors);
        Assert.Equal([ReadyToRunCompile, $"{ReadyToRunProgram} build --output ut"], Calls());
        Assert.Contains("compiling the generator", first.Errors);

        Later();
        var second = Run(ReadyToRun, "build");
        Assert.True(second.ExitCode == 0, second.Errors);
        Assert.Equal([$"{ReadyToRunProgram} build"], Calls());
        Assert.Equal("", second.Errors);
    }

    [Fact]
    public void AnEditedAddedOrRemovedSourceCompilesAgain()
    {
        Run(ReadyToRun, "build");
        Later();

        File.SetLastWriteTimeUtc(Path.Combine(repo, "src", "Kompetanse", "Build.cs"), DateTime.UtcNow);
        Run(ReadyToRun, "build");
        Assert.StartsWith("build ", Calls()[0]);
        Later();

        work.Write("repo/src/Kompetanse/New.cs", "// added");
        Run(ReadyToRun, "build");
        Assert.StartsWith("build ", Calls()[0]);
        Later();

        File.Delete(Path.Combine(repo, "src", "Kompetanse", "New.cs"));
        Run(ReadyToRun, "build");
        Assert.StartsWith("build ", Calls()[0]);
        Later();

        Run(ReadyToRun, "build");
        Assert.Equal([$"{ReadyToRunProgram} build"], Calls());
    }

    [Fact]
    public void AFailedCompileSaysSoRunsNothingAndCompilesAgainNextTime()
    {
        Run(ReadyToRun, "build");
        Later();
        work.Write("repo/src/broken", "");

        var failed = Run(ReadyToRun, "build");
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("error CS1002", failed.Errors);
        Assert.Equal("kompetanse: error: compiling the generator failed (dotnet build src/Kompetanse.Cli -c Release)", LastLine(failed.Errors));
        Assert.DoesNotContain(Calls(), c => c.StartsWith(ReadyToRunProgram, StringComparison.Ordinal));

        File.Delete(Path.Combine(repo, "src", "broken"));
        var fixedRun = Run(ReadyToRun, "build");
        Assert.True(fixedRun.ExitCode == 0, fixedRun.Errors);
        Assert.Equal([ReadyToRunCompile, $"{ReadyToRunProgram} build"], Calls());
    }

    [Fact]
    public void WithALinkerItCompilesToNativeCodeAndRunsThatWithoutDotnet()
    {
        var first = Run(WithLinker, "build", "--output", "ut");
        Assert.True(first.ExitCode == 0, first.Errors);
        Assert.Equal([NativeCompile, "native build --output ut"], Calls());
        Assert.Contains("compiling the generator to native code", first.Errors);

        Later();
        var second = Run(WithLinker, "build");
        Assert.True(second.ExitCode == 0, second.Errors);
        Assert.Equal(["native build"], Calls());
        Assert.Equal("", second.Errors);

        // KOMPETANSE_NATIVE=0 compiles and runs ReadyToRun code even where native code could be linked.
        var readyToRun = Run(new() { ["KOMPETANSE_NATIVE"] = "0", ["LINKER"] = "yes" }, "build");
        Assert.Equal([ReadyToRunCompile, $"{ReadyToRunProgram} build"], Calls());
        Assert.True(readyToRun.ExitCode == 0, readyToRun.Errors);
    }

    [Fact]
    public void WithoutALinkerItCompilesReadyToRunCode()
    {
        var run = Run(new(), "build");
        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Equal([ReadyToRunCompile, $"{ReadyToRunProgram} build"], Calls());
        Assert.Contains("(no C linker (gcc or clang) was found; with one, builds take about a quarter less time)", run.Errors);
    }

    [Fact]
    public void AFailedNativeCompileSaysWhyRunsReadyToRunCodeAndTriesAgainOnlyAfterASourceChanges()
    {
        work.Write("repo/src/no-native", "");
        var run = Run(WithLinker, "build");
        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Equal([NativeCompile, ReadyToRunCompile, $"{ReadyToRunProgram} build"], Calls());
        Assert.Contains("ld: error LNK0001: cannot find -lz", run.Errors);
        Assert.StartsWith("kompetanse: warning: compiling to native code failed", LastLine(run.Errors));

        Later();
        var next = Run(WithLinker, "build");
        Assert.Equal([$"{ReadyToRunProgram} build"], Calls());
        Assert.Equal("", next.Errors);

        File.Delete(Path.Combine(repo, "src", "no-native"));
        var afterChange = Run(WithLinker, "build");
        Assert.True(afterChange.ExitCode == 0, afterChange.Errors);
        Assert.Equal([NativeCompile, "native build"], Calls());
    }

    [Fact]
    public void ACompileErrorWhereNativeCodeIsCompiledFailsOnceWithTheCompilersMessage()
    {
        work.Write("repo/src/broken", "");
        var run = Run(WithLinker, "build");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal([NativeCompile, ReadyToRunCompile], Calls());
        Assert.Single(run.Errors.Split('\n'), l => l.Contains("error CS1002", StringComparison.Ordinal));
        Assert.DoesNotContain("warning", run.Errors);
        Assert.Equal("kompetanse: error: compiling the generator failed (dotnet build src/Kompetanse.Cli -c Release)", LastLine(run.Errors));
    }

    [Fact]
    public void TheGeneratorCacheGivesAFreshCheckoutOfTheSameSourcesTheirGeneratorWithoutCompiling()
    {
        string cache = work.Combine("cache");
        var environment = new Dictionary<string, string>(WithLinker) { ["KOMPETANSE_GENERATOR_CACHE"] = cache };
        var first = Run(environment, "build");
        Assert.True(first.ExitCode == 0, first.Errors);
        Assert.Contains(NativeCompile, Calls());
        Assert.Single(Directory.GetDirectories(cache));

        // What Netlify checks out: the sources, no bin/ or obj/.
        Directory.Delete(Path.Combine(repo, "src", "Kompetanse.Cli", "bin"), recursive: true);
        Directory.Delete(Path.Combine(repo, "src", "Kompetanse.Cli", "obj"), recursive: true);
        var fresh = Run(environment, "build");
        Assert.True(fresh.ExitCode == 0, fresh.Errors);
        Assert.Equal(["native build"], Calls());
        Assert.Contains($"is in {cache}; nothing to compile", fresh.Errors);

        // Other sources (the same names, one changed) are another generator: compiled, and the only one kept.
        string before = Directory.GetDirectories(cache).Single();
        Later();
        work.Write("repo/src/Kompetanse/Build.cs", "// the generator, changed");
        Run(environment, "build");
        Assert.Equal([NativeCompile, "native build"], Calls());
        Assert.NotEqual(before, Directory.GetDirectories(cache).Single());
    }

    [Fact]
    public void NativeOnlyRunsACurrentOrCachedNativeGeneratorAndOtherwiseExits75WithoutDoingAnything()
    {
        string cache = work.Combine("cache");
        var nativeOnly = new Dictionary<string, string>(WithLinker) { ["KOMPETANSE_NATIVE_ONLY"] = "1", ["KOMPETANSE_GENERATOR_CACHE"] = cache };

        var nothingYet = Run(nativeOnly, "build");
        Assert.Equal(75, nothingYet.ExitCode);
        Assert.Empty(Calls());
        Assert.False(Directory.Exists(cache));

        Run(new Dictionary<string, string>(WithLinker) { ["KOMPETANSE_GENERATOR_CACHE"] = cache }, "build");
        Later();
        var current = Run(nativeOnly, "build");
        Assert.True(current.ExitCode == 0, current.Errors);
        Assert.Equal(["native build"], Calls());

        Directory.Delete(Path.Combine(repo, "src", "Kompetanse.Cli", "bin"), recursive: true);
        var cached = Run(nativeOnly, "build");
        Assert.True(cached.ExitCode == 0, cached.Errors);
        Assert.Equal(["native build"], Calls());

        // ReadyToRun code needs dotnet, so even a current ReadyToRun generator is left alone.
        Run(ReadyToRun, "build");
        Later();
        var readyToRun = Run(new() { ["KOMPETANSE_NATIVE_ONLY"] = "1", ["KOMPETANSE_NATIVE"] = "0" }, "build");
        Assert.Equal(75, readyToRun.ExitCode);
        Assert.Empty(Calls());
    }

    [Fact]
    public void TheFoldersACompileMakesDoNotMakeTheNextRunCompileAgain()
    {
        // The sources as if checked out a while ago; no Later() after the compile, so nothing hides a folder it made.
        SetSourceTimes(DateTime.UtcNow.AddMinutes(-2));

        Run(WithLinker, "build");
        Assert.Equal([NativeCompile, "native build"], Calls());
        Run(WithLinker, "build");
        Assert.Equal(["native build"], Calls());
    }

    private static Dictionary<string, string> ReadyToRun => new() { ["KOMPETANSE_NATIVE"] = "0" };

    private static Dictionary<string, string> WithLinker => new() { ["LINKER"] = "yes" };

    private static string LastLine(string text) => text.TrimEnd().Split('\n')[^1];

    private void Script(string name, string body)
    {
        string path = Path.Combine(bin, name);
        File.WriteAllText(path, "#!/usr/bin/env bash\n" + body);
        File.SetUnixFileMode(path, (UnixFileMode)0b111_101_101);
    }

    // As if time had passed since the compile (file times are coarser than a test is quick): the sources two
    // minutes back, the last compile one minute back.
    private void Later()
    {
        SetSourceTimes(DateTime.UtcNow.AddMinutes(-2));
        string obj = Path.Combine(repo, "src", "Kompetanse.Cli", "obj");
        foreach (string stamp in Directory.Exists(obj) ? Directory.GetFiles(obj, "kompetanse-launcher.*") : [])
            File.SetLastWriteTimeUtc(stamp, DateTime.UtcNow.AddMinutes(-1));
    }

    /// <summary>Every source file and folder (not bin/ or obj/) and global.json, written at <paramref name="time"/>.</summary>
    private void SetSourceTimes(DateTime time)
    {
        foreach (string entry in Directory.EnumerateFileSystemEntries(Path.Combine(repo, "src"), "*", SearchOption.AllDirectories).Prepend(Path.Combine(repo, "src")))
        {
            if (entry.Contains("/bin", StringComparison.Ordinal) || entry.Contains("/obj", StringComparison.Ordinal)) continue;
            if (Directory.Exists(entry)) Directory.SetLastWriteTimeUtc(entry, time);
            else File.SetLastWriteTimeUtc(entry, time);
        }
        File.SetLastWriteTimeUtc(Path.Combine(repo, "global.json"), time);
    }

    private List<string> Calls() => File.Exists(log) ? [.. File.ReadAllLines(log)] : [];

    private (int ExitCode, string Errors) Run(Dictionary<string, string> environment, params string[] arguments)
    {
        if (File.Exists(log)) File.Delete(log);
        // A C linker and objcopy (stand-ins: only whether they are there counts) where the test asks for one.
        foreach (string tool in new[] { "gcc", "objcopy" })
        {
            string path = Path.Combine(bin, tool);
            if (environment.ContainsKey("LINKER") && !File.Exists(path)) Script(tool, "exit 0\n");
            else if (!environment.ContainsKey("LINKER") && File.Exists(path)) File.Delete(path);
        }
        var start = new ProcessStartInfo(Path.Combine(repo, "kompetanse"), arguments) { WorkingDirectory = repo, RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["PATH"] = bin;
        foreach (string name in new[] { "KOMPETANSE_NATIVE", "KOMPETANSE_GENERATOR_CACHE", "KOMPETANSE_NATIVE_ONLY" }) start.Environment.Remove(name);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, errors.Result);
    }
}
