using System.Diagnostics;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>
/// netlify-build.sh, the build Netlify runs, on every branch: the pinned SDK on PATH, a wrong SDK, no dotnet at
/// all (the real generator then builds the real site with an SDK "installed" by a local stand-in for Microsoft's
/// dotnet-install.sh), an SDK cached by an earlier build, and each way it can fail. Nothing here uses the internet.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class NetlifyBuildScriptTests : IClassFixture<NetlifyBuildScriptTests.ToolFolder>
{
    private const string Script = "netlify-build.sh";
    private readonly ToolFolder tools;

    public NetlifyBuildScriptTests(ToolFolder tools) => this.tools = tools;

    private static string PinnedVersion =>
        System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "global.json")))
            .RootElement.GetProperty("sdk").GetProperty("version").GetString()!;

    [Fact]
    public void GlobalJsonPinsA10FeatureBandAndRollsForwardOnlyWithinIt()
    {
        var sdk = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "global.json"))).RootElement.GetProperty("sdk");
        Assert.Matches(@"^10\.0\.\d{3}$", sdk.GetProperty("version").GetString());
        Assert.Equal("latestFeature", sdk.GetProperty("rollForward").GetString());
    }

    [Fact]
    public void NetlifyRunsTheScript()
    {
        string toml = File.ReadAllText(Path.Combine(RepoPaths.Root, "netlify.toml"));
        Assert.Contains($"command = \"./{Script}\"", toml);
    }

    [Fact]
    public void WithoutDotnetTheScriptInstallsThePinnedSdkAndBuildsTheSite()
    {
        using var work = new TempFolder("netlify-build");
        string repo = CopyRepository(work);
        string cache = work.Combine("cache");
        string installLog = work.Combine("installer.log");
        string installer = work.Write("dotnet-install.sh", $"""
            #!/usr/bin/env bash
            # Stand-in for Microsoft's dotnet-install.sh: "installs" by linking this machine's SDK into --install-dir.
            echo "$*" >> '{installLog}'
            while [ $# -gt 0 ]; do case "$1" in --install-dir) dir="$2"; shift;; esac; shift; done
            mkdir -p "$dir"
            for entry in '{tools.DotnetRoot}'/*; do ln -s "$entry" "$dir/"; done
            """);

        var first = Run(repo, tools.WithoutDotnet, cache, installer);
        Assert.True(first.ExitCode == 0, first.Describe());
        Assert.Equal([$"--version {PinnedVersion} --install-dir {cache}/dotnet --no-path"], File.ReadAllLines(installLog));
        Assert.Contains($"installing .NET SDK {PinnedVersion} into {cache}/dotnet", first.Output);
        Assert.True(File.Exists(Path.Combine(repo, "output", "index.html")), first.Describe());
        Assert.True(File.Exists(Path.Combine(repo, "output", "begreper", "tilpasset-opplaering", "index.html")));
        Assert.True(File.Exists(Path.Combine(repo, "src", "Kompetanse.Cli", "bin", "Release", "net10.0", "Kompetanse.Cli.dll")), "the generator runs from a Release build");

        // The next build finds the SDK in the cache folder and installs nothing.
        var second = Run(repo, tools.WithoutDotnet, cache, installer);
        Assert.True(second.ExitCode == 0, second.Describe());
        Assert.Contains($"from the cache ({cache}/dotnet)", second.Output);
        Assert.Single(File.ReadAllLines(installLog));
    }

    /// <summary>
    /// Netlify's path with a C linker: the generator is compiled to native code once, builds the same site,
    /// byte for byte, as the IL generator beside the tests, and a fresh checkout of the same sources takes it from
    /// the cache instead of compiling.
    /// </summary>
    [Fact]
    public void WithALinkerTheGeneratorIsNativeCodeThatBuildsTheSameSiteAndAFreshCheckoutTakesItFromTheCache()
    {
        using var work = new TempFolder("netlify-build");
        string repo = CopyRepository(work);
        string cache = work.Combine("cache");
        string path = tools.DotnetRoot + ":" + tools.WithoutDotnet;
        var native = new Dictionary<string, string> { ["KOMPETANSE_NATIVE"] = "1" };

        var first = Run(repo, path, cache, FailingInstaller(work), native);
        Assert.True(first.ExitCode == 0, first.Describe());
        Assert.Contains("compiling the generator to native code", first.Errors);
        Assert.True(File.Exists(Path.Combine(repo, "src", "Kompetanse.Cli", "bin", "native", "Kompetanse.Cli")), first.Describe());
        Assert.False(File.Exists(Path.Combine(repo, "src", "Kompetanse.Cli", "bin", "Release", "net10.0", "Kompetanse.Cli.dll")), "no IL build was needed");

        var il = CliProcess.Run(repo, "build", "--output", Path.Combine(work.Path, "il-output"));
        Assert.True(il.ExitCode == 0, il.All);
        SiteFiles.AssertSame(Path.Combine(work.Path, "il-output"), Path.Combine(repo, "output"));

        // A fresh checkout: no bin/ or obj/ anywhere, no output.
        foreach (string project in Directory.GetDirectories(Path.Combine(repo, "src")))
            foreach (string made in new[] { "bin", "obj" })
                if (Directory.Exists(Path.Combine(project, made))) Directory.Delete(Path.Combine(project, made), recursive: true);
        Directory.Delete(Path.Combine(repo, "output"), recursive: true);
        var second = Run(repo, path, cache, FailingInstaller(work), native);
        Assert.True(second.ExitCode == 0, second.Describe());
        Assert.Contains("nothing to compile", second.Errors);
        Assert.DoesNotContain("compiling", second.Errors);
        Assert.DoesNotContain("using .NET SDK", second.Output);
        SiteFiles.AssertSame(Path.Combine(work.Path, "il-output"), Path.Combine(repo, "output"));
    }

    [Fact]
    public void WithThePinnedSdkOnPathNothingIsInstalledAndTheGeneratorRunsFromRelease()
    {
        using var work = new TempFolder("netlify-build");
        string repo = ScriptOnly(work);
        string log = work.Combine("dotnet.log");
        string bin = FakeDotnet(work, "bin", log, version: PinnedVersion);
        string installer = FailingInstaller(work);

        var run = Run(repo, bin + ":" + tools.WithoutDotnet, work.Combine("cache"), installer);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains($"using .NET SDK {PinnedVersion} from {bin}/dotnet", run.Output);
        var calls = File.ReadAllLines(log).Where(l => l != "--version").ToList();
        Assert.Equal($"build {repo}/src/Kompetanse.Cli -c Release --nologo -v quiet", calls[0]);
        Assert.Equal($"{Program(repo)} build", calls[^1]);
        Assert.DoesNotContain(calls, c => c.StartsWith("run", StringComparison.Ordinal));
        Assert.DoesNotContain("installing", run.Output);
    }

    [Fact]
    public void ADotnetWithoutThePinnedSdkIsNotUsed()
    {
        using var work = new TempFolder("netlify-build");
        string repo = ScriptOnly(work);
        // dotnet answers --version with an error when no installed SDK satisfies global.json.
        string wrong = FakeDotnet(work, "wrong", work.Combine("wrong.log"), version: null);
        string installed = work.Combine("installed.log");
        string installer = work.Write("dotnet-install.sh", $"""
            #!/usr/bin/env bash
            echo "$*" >> '{work.Combine("installer.log")}'
            while [ $# -gt 0 ]; do case "$1" in --install-dir) dir="$2"; shift;; esac; shift; done
            mkdir -p "$dir"
            printf '#!/usr/bin/env bash\necho "$*" >> {installed}\n[ "$1" = --version ] && echo {PinnedVersion}\nexit 0\n' > "$dir/dotnet"
            chmod +x "$dir/dotnet"
            """);

        var run = Run(repo, wrong + ":" + tools.WithoutDotnet, work.Combine("cache"), installer);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Single(File.ReadAllLines(work.Combine("installer.log")));
        Assert.Contains($"{Program(repo)} build", File.ReadAllLines(installed));
        Assert.DoesNotContain(File.ReadAllLines(work.Combine("wrong.log")), l => l.StartsWith("run", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutAnInstallerOverrideItDownloadsMicrosoftsAndSaysSoWhenThatFails()
    {
        using var work = new TempFolder("netlify-build");
        string repo = ScriptOnly(work);
        // curl that cannot reach the internet (it never can in the tests).
        string bin = Directory.CreateDirectory(work.Combine("curlbin")).FullName;
        string curlLog = work.Combine("curl.log");
        File.WriteAllText(Path.Combine(bin, "curl"), $"#!/usr/bin/env bash\necho \"$*\" >> '{curlLog}'\nexit 6\n");
        File.SetUnixFileMode(Path.Combine(bin, "curl"), (UnixFileMode)0b111_101_101);

        var run = Run(repo, bin + ":" + tools.WithoutDotnet, work.Combine("cache"), installer: null);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("https://dot.net/v1/dotnet-install.sh", File.ReadAllText(curlLog));
        Assert.Equal("netlify-build: error: could not download dotnet-install.sh from https://dot.net/v1/dotnet-install.sh", run.LastErrorLine);
    }

    [Fact]
    public void AFailingInstallerIsReportedInOneLine()
    {
        using var work = new TempFolder("netlify-build");
        string repo = ScriptOnly(work);
        string installer = FailingInstaller(work);

        var run = Run(repo, tools.WithoutDotnet, work.Combine("cache"), installer);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"netlify-build: error: installing .NET SDK {PinnedVersion} with {installer} failed (exit 3)", run.LastErrorLine);
    }

    [Theory]
    [InlineData("build *", "compiling the generator (./kompetanse) failed")]
    [InlineData("*Kompetanse.Cli.dll build", "building the site failed (the diagnostics above say where)")]
    public void AFailingStepIsReportedInOneLine(string failingCommand, string message)
    {
        using var work = new TempFolder("netlify-build");
        string repo = ScriptOnly(work);
        string bin = FakeDotnet(work, "bin", work.Combine("dotnet.log"), version: PinnedVersion, failing: failingCommand);

        var run = Run(repo, bin + ":" + tools.WithoutDotnet, work.Combine("cache"), FailingInstaller(work));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("netlify-build: error: " + message, run.LastErrorLine);
    }

    [Fact]
    public void AHeadersBlockInNetlifyTomlStopsTheBuild()
    {
        using var work = new TempFolder("netlify-build");
        string repo = ScriptOnly(work);
        File.WriteAllText(Path.Combine(repo, "netlify.toml"), "[build]\n  command = \"./netlify-build.sh\"\n\n  [[headers]]\n  for = \"/sider/*\"\n");
        string log = work.Combine("dotnet.log");
        string bin = FakeDotnet(work, "bin", log, version: PinnedVersion);

        var run = Run(repo, bin + ":" + tools.WithoutDotnet, work.Combine("cache"), FailingInstaller(work));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("netlify-build: error: netlify.toml has a [[headers]] block", run.LastErrorLine);
        // Checked before anything else: no SDK asked, nothing compiled or run.
        Assert.False(File.Exists(log), "dotnet was not called");
    }

    [Fact]
    public void WithoutGlobalJsonItSaysWhatIsMissing()
    {
        using var work = new TempFolder("netlify-build");
        string repo = ScriptOnly(work);
        File.Delete(Path.Combine(repo, "global.json"));

        var run = Run(repo, tools.WithoutDotnet, work.Combine("cache"), FailingInstaller(work));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("netlify-build: error: global.json is missing, so the .NET SDK version is unknown", run.LastErrorLine);
    }

    [Fact]
    public void OnNetlifyWithoutNetlifyCacheDirTheCacheIsNetlifysOwnFolder()
    {
        using var work = new TempFolder("netlify-build");
        string repo = ScriptOnly(work);
        // A mkdir that only says what it was asked to make, so /opt/build/cache is never made on this machine.
        string bin = Directory.CreateDirectory(work.Combine("mkdirbin")).FullName;
        string log = work.Combine("mkdir.log");
        File.WriteAllText(Path.Combine(bin, "mkdir"), $"#!/usr/bin/env bash\necho \"$*\" >> '{log}'\nexit 1\n");
        File.SetUnixFileMode(Path.Combine(bin, "mkdir"), (UnixFileMode)0b111_101_101);

        var run = Run(repo, bin + ":" + tools.WithoutDotnet, cache: null, installer: null, environment: new() { ["NETLIFY"] = "true" });

        Assert.Equal(["-p /opt/build/cache"], File.ReadAllLines(log));
        Assert.Equal("netlify-build: error: cannot create the cache folder /opt/build/cache", run.LastErrorLine);
    }

    // --- helpers ---

    public sealed record ScriptRun(int ExitCode, string Output, string Errors)
    {
        public string LastErrorLine => Errors.TrimEnd().Split('\n')[^1];
        public string Describe() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Errors}";
    }

    private static ScriptRun Run(string repo, string path, string? cache, string? installer, Dictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("/bin/bash", [Path.Combine(repo, Script)])
        {
            WorkingDirectory = repo,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string name in new[] { "DOTNET_ROOT", "NETLIFY", "NETLIFY_CACHE_DIR", "KOMPETANSE_CACHE_DIR", "KOMPETANSE_DOTNET_INSTALL", "KOMPETANSE_GENERATOR_CACHE", "KOMPETANSE_NATIVE_ONLY", "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "DOTNET_HOST_PATH" })
            start.Environment.Remove(name);
        start.Environment["PATH"] = path;
        // ReadyToRun code, which compiles in a minute: the script's own steps are what these tests are about.
        // One test compiles native code, as Netlify's image does (KOMPETANSE_NATIVE=1).
        start.Environment["KOMPETANSE_NATIVE"] = "0";
        if (cache is not null) start.Environment["KOMPETANSE_CACHE_DIR"] = cache;
        foreach (var (name, value) in environment ?? []) start.Environment[name] = value;
        // The machine's NuGet packages: restore needs no registry.
        start.Environment["NUGET_PACKAGES"] = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        if (installer is not null) start.Environment["KOMPETANSE_DOTNET_INSTALL"] = installer;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new ScriptRun(process.ExitCode, output.Result, errors.Result);
    }

    /// <summary>The compiled generator, which ./kompetanse runs.</summary>
    private static string Program(string repo) => $"{repo}/src/Kompetanse.Cli/bin/Release/net10.0/Kompetanse.Cli.dll";

    /// <summary>The scripts and global.json alone: enough where dotnet is a stand-in.</summary>
    private static string ScriptOnly(TempFolder work)
    {
        string repo = Directory.CreateDirectory(work.Combine("repo")).FullName;
        File.Copy(Path.Combine(RepoPaths.Root, Script), Path.Combine(repo, Script));
        File.Copy(Path.Combine(RepoPaths.Root, "kompetanse"), Path.Combine(repo, "kompetanse"));
        File.Copy(Path.Combine(RepoPaths.Root, "global.json"), Path.Combine(repo, "global.json"));
        return repo;
    }

    /// <summary>What Netlify checks out (the tracked files), with what the build uses of the theme's npm packages.</summary>
    private static string CopyRepository(TempFolder work)
    {
        string repo = Directory.CreateDirectory(work.Combine("repo")).FullName;
        var git = Process.Start(new ProcessStartInfo("git", ["-C", RepoPaths.Root, "ls-files", "-z", "--cached", "--others", "--exclude-standard"]) { RedirectStandardOutput = true })!;
        string list = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        foreach (string file in list.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            if (file.StartsWith("tests/", StringComparison.Ordinal) || file.StartsWith("bench/", StringComparison.Ordinal)) continue;
            string from = Path.Combine(RepoPaths.Root, file);
            if (!File.Exists(from)) continue;
            string to = Path.Combine(repo, file);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(from, to);
        }
        ThemePackagesCopy.Into(Path.Combine(repo, "theme"));
        return repo;
    }

    /// <summary>A dotnet stand-in that logs its arguments; --version prints the version or, if null, fails like a dotnet without the pinned SDK; it fails when its arguments match the pattern <paramref name="failing"/>.</summary>
    private static string FakeDotnet(TempFolder work, string folder, string log, string? version, string? failing = null)
    {
        string bin = Directory.CreateDirectory(work.Combine(folder)).FullName;
        string dotnet = Path.Combine(bin, "dotnet");
        File.WriteAllText(dotnet, $$"""
            #!/usr/bin/env bash
            echo "$*" >> '{{log}}'
            if [ "$1" = --version ]; then {{(version is null ? "echo 'A compatible .NET SDK was not found.' >&2; exit 145" : $"echo {version}; exit 0")}}; fi
            [[ "$*" == {{(failing ?? "-").Replace(" ", "\\ ", StringComparison.Ordinal)}} ]] && exit 1
            exit 0
            """);
        File.SetUnixFileMode(dotnet, (UnixFileMode)0b111_101_101);
        return bin;
    }

    private static string FailingInstaller(TempFolder work) =>
        work.Write("failing-install.sh", "#!/usr/bin/env bash\necho 'dotnet-install: cannot reach the feed' >&2\nexit 3\n");

    /// <summary>
    /// A PATH with every program of this machine except dotnet (links to them in one folder), so the script
    /// runs as on a build image without .NET; and the real SDK's folder, for the installer stand-in.
    /// </summary>
    public sealed class ToolFolder : IDisposable
    {
        private readonly TempFolder folder = new("tools");

        public ToolFolder()
        {
            string bin = Directory.CreateDirectory(folder.Combine("bin")).FullName;
            foreach (string dir in new[] { "/usr/local/bin", "/usr/bin", "/bin", "/usr/sbin", "/sbin" })
            {
                if (!Directory.Exists(dir)) continue;
                foreach (string program in Directory.EnumerateFiles(dir))
                {
                    string name = Path.GetFileName(program);
                    if (name == "dotnet" || File.Exists(Path.Combine(bin, name))) continue;
                    File.CreateSymbolicLink(Path.Combine(bin, name), program);
                }
            }
            WithoutDotnet = bin;
            string muxer = Environment.ProcessPath is { } p && Path.GetFileName(p) == "dotnet" ? p : "/usr/bin/dotnet";
            DotnetRoot = Path.GetDirectoryName(new FileInfo(muxer).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? muxer)!;
        }

        public string WithoutDotnet { get; }
        public string DotnetRoot { get; }

        public void Dispose() => folder.Dispose();
    }
}
