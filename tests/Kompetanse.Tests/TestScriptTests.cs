using System.Diagnostics;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>
/// test.sh, the README's test command, on a "fresh machine": dpkg knows none of the packages, and apt-get, npm and
/// dotnet are stand-ins that record what they were asked. .ci/run must be exactly that command.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class TestScriptTests
{
    [Fact]
    public void OnAFreshMachineItInstallsEveryPackageTheTestsNeedThenRunsDotnetTest()
    {
        using var work = new TempFolder("test-sh");
        string repo = Directory.CreateDirectory(work.Combine("repo")).FullName;
        File.Copy(Path.Combine(RepoPaths.Root, "test.sh"), Path.Combine(repo, "test.sh"));
        Directory.CreateDirectory(Path.Combine(repo, "theme", "tools"));
        File.WriteAllText(Path.Combine(repo, "theme", "tools", "package-lock.json"), "{}");
        string log = work.Combine("calls.log");
        string bin = Directory.CreateDirectory(work.Combine("bin")).FullName;
        foreach (string tool in new[] { "apt-get", "dotnet" })
            Executable(Path.Combine(bin, tool), $"#!/bin/bash\necho \"{tool} $*\" >> '{log}'\n");
        Executable(Path.Combine(bin, "npm"), $"#!/bin/bash\necho \"npm $* (in ${{PWD#{repo}/}})\" >> '{log}'\n");
        Executable(Path.Combine(bin, "dpkg-query"), "#!/bin/bash\nexit 1\n");
        Executable(Path.Combine(bin, "id"), "#!/bin/bash\necho 0\n");
        // Only the shell's own helpers: no chromium, libreoffice, node or hunspell on this PATH.
        foreach (string tool in new[] { "bash", "dirname", "cat" })
            File.CreateSymbolicLink(Path.Combine(bin, tool), "/usr/bin/" + tool);

        var start = new ProcessStartInfo("/usr/bin/bash", [Path.Combine(repo, "test.sh"), "--filter", "Something"])
        {
            WorkingDirectory = repo,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PATH"] = bin;
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, output);
        var calls = File.ReadAllLines(log);
        Assert.Equal("apt-get update -qq", calls[0]);
        Assert.StartsWith("apt-get install -y -qq ", calls[1]);
        var installed = calls[1].Split(' ').Skip(4).ToHashSet();
        foreach (string package in new[] { "chromium", "fonts-dejavu-core", "hunspell", "hunspell-no", "libreoffice-writer-nogui", "nodejs" })
            Assert.Contains(package, installed);
        Assert.DoesNotContain("npm", installed); // the npm stand-in is on PATH: a program found counts as installed
        // Only decap-server, for the editor's tests: the build installs what the site ships by itself.
        Assert.Equal("npm ci --no-audit --no-fund --loglevel=error (in theme/tools)", calls[2]);
        Assert.Equal("dotnet test --filter Something", calls[3]);
        Assert.Equal(4, calls.Length);
    }

    [Fact]
    public void CiRunsExactlyTheReadmesTestCommand()
    {
        string ci = File.ReadAllText(Path.Combine(RepoPaths.Root, ".ci", "run"));
        Assert.Contains("exec ./test.sh\n", ci);
        Assert.DoesNotContain("apt-get", ci);
        string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        Assert.Contains("./test.sh ", readme);
    }

    private static void Executable(string path, string text)
    {
        File.WriteAllText(path, text);
        File.SetUnixFileMode(path, (UnixFileMode)0b111_101_101);
    }
}
