using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;

namespace Kompetanse;

/// <summary>
/// Installs the theme's npm packages on first use, so the README's one build command works on a fresh clone:
/// only the packages theme/package.json depends on (Designsystemet CSS, the Decap CMS bundle, fflate), each
/// the version and integrity its lock file pins, fetched with <c>npm pack</c> and unpacked without their own
/// dependencies and source maps. The site ships prebuilt files from them; nothing needs the 700 packages
/// Decap is built from. Needs Node.js (npm).
/// </summary>
public static class ThemePackages
{
    /// <summary>Written last, naming what is installed: a changed lock file installs again.</summary>
    public const string Marker = ".kompetanse-packages";

    public sealed record Package(string Name, string Version, string Integrity);

    public static bool Ensure(string theme, TextWriter log)
    {
        if (!File.Exists(Path.Combine(theme, "package.json"))) return true;
        string modules = Path.Combine(theme, "node_modules");
        IReadOnlyList<Package> packages;
        try
        {
            packages = Pinned(theme);
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or IOException)
        {
            log.WriteLine($"{theme}: error KMP054: could not install the theme's npm packages: {e.Message}");
            return false;
        }
        string wanted = string.Concat(packages.Select(p => $"{p.Name}@{p.Version} {p.Integrity}\n"));
        string marker = Path.Combine(modules, Marker);
        if (File.Exists(marker) && File.ReadAllText(marker) == wanted && packages.All(p => Directory.Exists(Path.Combine(modules, p.Name)))) return true;

        log.WriteLine($"Installing the theme's packages ({string.Join(", ", packages.Select(p => $"{p.Name}@{p.Version}"))}) with npm pack …");
        string download = Directory.CreateTempSubdirectory("kompetanse-packages-").FullName;
        try
        {
            var tarballs = Pack(packages, download);
            foreach (var package in packages)
            {
                string tarball = tarballs[package.Name];
                if (!IntegrityMatches(tarball, package.Integrity))
                    throw new InvalidDataException($"{package.Name}@{package.Version} from the registry does not match the integrity in package-lock.json");
                Unpack(tarball, Path.Combine(modules, package.Name));
            }
            File.WriteAllText(marker, wanted);
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or JsonException)
        {
            log.WriteLine($"{theme}: error KMP054: could not install the theme's npm packages: {e.Message}");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            log.WriteLine($"{theme}: error KMP054: npm was not found; install Node.js (it brings npm) and build again");
        }
        finally
        {
            try { Directory.Delete(download, recursive: true); } catch (IOException) { }
        }
        return false;
    }

    /// <summary>The dependencies of package.json (not its devDependencies), at the version and integrity package-lock.json gives them.</summary>
    public static IReadOnlyList<Package> Pinned(string theme)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(theme, "package.json")));
        string lockPath = Path.Combine(theme, "package-lock.json");
        if (!File.Exists(lockPath)) throw new InvalidDataException("theme/package-lock.json is missing (it pins each package's version and integrity)");
        using var lockFile = JsonDocument.Parse(File.ReadAllText(lockPath));
        var locked = lockFile.RootElement.GetProperty("packages");
        var packages = new List<Package>();
        if (!manifest.RootElement.TryGetProperty("dependencies", out var dependencies)) return packages;
        foreach (var dependency in dependencies.EnumerateObject())
        {
            if (!locked.TryGetProperty("node_modules/" + dependency.Name, out var entry)
                || !entry.TryGetProperty("version", out var version) || !entry.TryGetProperty("integrity", out var integrity))
                throw new InvalidDataException($"package-lock.json does not pin {dependency.Name} (run 'npm install --package-lock-only' in the theme folder)");
            packages.Add(new Package(dependency.Name, version.GetString()!, integrity.GetString()!));
        }
        return packages;
    }

    // One npm pack for all of them: the tarballs land in the folder, and npm names each in its JSON answer.
    private static Dictionary<string, string> Pack(IReadOnlyList<Package> packages, string folder)
    {
        var start = new ProcessStartInfo("npm") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { "pack", "--json", "--silent", "--pack-destination", folder }.Concat(packages.Select(p => $"{p.Name}@{p.Version}")))
            start.ArgumentList.Add(argument);
        using var npm = Process.Start(start) ?? throw new IOException("npm did not start");
        var errors = npm.StandardError.ReadToEndAsync();
        string output = npm.StandardOutput.ReadToEnd();
        npm.WaitForExit();
        if (npm.ExitCode != 0) throw new IOException($"npm pack failed (exit {npm.ExitCode}): {errors.Result.Trim()}");
        using var answer = JsonDocument.Parse(output);
        return answer.RootElement.EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => Path.Combine(folder, p.GetProperty("filename").GetString()!));
    }

    /// <summary>True when the file's SHA-512 is the one an npm integrity string ("sha512-…") names.</summary>
    public static bool IntegrityMatches(string file, string integrity)
    {
        if (!integrity.StartsWith("sha512-", StringComparison.Ordinal)) return false;
        using var stream = File.OpenRead(file);
        return Convert.ToBase64String(SHA512.HashData(stream)) == integrity["sha512-".Length..];
    }

    /// <summary>
    /// Unpacks an npm tarball (files under "package/") into a fresh folder, leaving out source maps and the
    /// Markdown documentation (READMEs point at CDNs; nothing of the site may even mention loading from one).
    /// </summary>
    public static void Unpack(string tarball, string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        string root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        using var gzip = new GZipStream(File.OpenRead(tarball), CompressionMode.Decompress);
        using var reader = new TarReader(gzip);
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile)) continue;
            string name = entry.Name.Replace('\\', '/');
            int slash = name.IndexOf('/');
            if (slash < 0 || name.EndsWith(".map", StringComparison.Ordinal) || name.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) continue;
            string target = Path.GetFullPath(Path.Combine(folder, name[(slash + 1)..]));
            if (!target.StartsWith(root, StringComparison.Ordinal)) throw new InvalidDataException($"{Path.GetFileName(tarball)} holds a file outside its folder: {name}");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true);
        }
    }
}
