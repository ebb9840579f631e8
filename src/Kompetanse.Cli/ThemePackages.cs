using System.Diagnostics;

namespace Kompetanse.Cli;

/// <summary>
/// Installs the theme's npm packages (Designsystemet CSS) on first use, so the README's one build command
/// works on a fresh clone. Needs Node.js; uses the lock file so every machine gets the same files.
/// </summary>
public static class ThemePackages
{
    public static bool Ensure(string theme, TextWriter log)
    {
        string marker = Path.Combine(theme, "node_modules", "@digdir", "designsystemet-css", "package.json");
        if (File.Exists(marker) || !File.Exists(Path.Combine(theme, "package.json"))) return true;

        bool locked = File.Exists(Path.Combine(theme, "package-lock.json"));
        string arguments = locked ? "ci --no-audit --no-fund" : "install --no-audit --no-fund";
        log.WriteLine($"Installing the theme's packages (npm {arguments.Split(' ')[0]} in {theme}) …");
        try
        {
            using var npm = Process.Start(new ProcessStartInfo("npm", arguments) { WorkingDirectory = theme, RedirectStandardOutput = true, RedirectStandardError = true });
            if (npm is null) throw new InvalidOperationException("npm did not start");
            string errors = npm.StandardError.ReadToEnd();
            npm.StandardOutput.ReadToEnd();
            npm.WaitForExit();
            if (npm.ExitCode == 0) return true;
            log.WriteLine($"{theme}: error KMP054: npm failed (exit {npm.ExitCode}): {errors.Trim()}");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            log.WriteLine($"{theme}: error KMP054: npm was not found; install Node.js (it brings npm) and build again");
        }
        return false;
    }
}
