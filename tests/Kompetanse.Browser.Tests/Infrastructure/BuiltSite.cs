using Kompetanse.Diagnostics;

namespace Kompetanse.Browser.Tests.Infrastructure;

/// <summary>
/// The real site (input/ + theme/) built once per test process into a temp folder. Static and lazy so that
/// xunit's MemberData (evaluated at discovery, before any fixture exists) and the fixtures share one build.
/// </summary>
public sealed class BuiltSite
{
    /// <summary>"Today" for the build, fixed so the output does not depend on the day the tests run.</summary>
    public static readonly DateOnly Today = new(2026, 11, 23);

    private static readonly Lazy<BuiltSite> instance = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    public static BuiltSite Instance => instance.Value;

    /// <summary>The folder with Kompetanse.sln.</summary>
    public string RepoRoot { get; }

    /// <summary>The built site's root folder.</summary>
    public string Root { get; }

    /// <summary>Site-relative URL paths of every built page (every index.html, and /404.html): "/", "/begreper/", …, sorted.</summary>
    public IReadOnlyList<string> Pages { get; }

    private BuiltSite(string repoRoot, string root, IReadOnlyList<string> pages)
    {
        RepoRoot = repoRoot;
        Root = root;
        Pages = pages;
    }

    /// <summary>The page list as xunit MemberData rows.</summary>
    public static IEnumerable<object[]> PageData => Instance.Pages.Select(p => new object[] { p });

    /// <summary>The file behind a site path such as "/begreper/".</summary>
    public string FileFor(string page) => page.EndsWith(".html", StringComparison.Ordinal)
        ? Path.Combine(Root, page.TrimStart('/').Replace('/', Path.DirectorySeparatorChar))
        : Path.Combine(Root, page.Trim('/').Replace('/', Path.DirectorySeparatorChar), "index.html");

    public static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Kompetanse.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"No Kompetanse.sln in {AppContext.BaseDirectory} or any folder above it.");
    }

    private const string WorkPrefix = "kompetanse-browser-tests-";

    // The test host is not always let to exit normally (so ProcessExit may not run): remove the build folders
    // of earlier test processes that are gone.
    private static void RemoveLeftovers()
    {
        foreach (string dir in Directory.EnumerateDirectories(Path.GetTempPath(), WorkPrefix + "*"))
        {
            string rest = Path.GetFileName(dir)[WorkPrefix.Length..];
            if (!int.TryParse(rest.Split('-')[0], out int pid) || pid == Environment.ProcessId) continue;
            try { using var process = System.Diagnostics.Process.GetProcessById(pid); continue; } // still running
            catch (ArgumentException) { } // no such process
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static BuiltSite Create()
    {
        string repo = FindRepoRoot();
        string input = Path.Combine(repo, "input");
        string theme = Path.Combine(repo, "theme");
        var install = new StringWriter();
        if (!ThemePackages.Ensure(theme, install))
            throw new InvalidOperationException($"The theme's packages could not be installed: {install}");

        RemoveLeftovers();
        string work = Path.Combine(Path.GetTempPath(), $"{WorkPrefix}{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        string output = Path.Combine(work, "site");
        Directory.CreateDirectory(work);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };

        var result = Build.Run(new BuildOptions(input, theme, output) { Today = Today });
        if (!result.Succeeded)
        {
            string errors = string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == Severity.Error));
            throw new InvalidOperationException($"The site did not build ({result.Errors} errors):{Environment.NewLine}{errors}");
        }

        var pages = Directory.EnumerateFiles(output, "index.html", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(output, Path.GetDirectoryName(file)!))
            .Select(rel => rel == "." ? "/" : "/" + rel.Replace(Path.DirectorySeparatorChar, '/') + "/")
            // The editor at /admin/ is Decap CMS, not a page of the site (CmsEditingTests covers it).
            .Where(page => !page.StartsWith("/admin/", StringComparison.Ordinal))
            // The 404 page is a page too, though not a folder's index.
            .Concat(File.Exists(Path.Combine(output, "404.html")) ? ["/404.html"] : [])
            .Order(StringComparer.Ordinal)
            .ToList();
        if (pages.Count == 0) throw new InvalidOperationException($"The build wrote no index.html into {output}.");
        return new BuiltSite(repo, output, pages);
    }
}
