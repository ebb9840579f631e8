using System.Diagnostics;
using System.Text.RegularExpressions;
using Kompetanse.Browser.Tests.Infrastructure;
using Kompetanse.Diagnostics;
using Kompetanse.Netlify;
using Microsoft.Playwright;

namespace Kompetanse.Browser.Tests;

/// <summary>
/// The editor at /admin/ in Chromium, end to end: decap-server (the theme's pinned npm package, in its default
/// file-system mode) on 127.0.0.1:8081 over a copy of the repository's input, the site built from that copy and
/// served with the headers netlify.toml gives each path (so Decap runs under the /admin/ policy), and Decap CMS
/// from the build. An edit saved in the CMS must be in input/ and in the next build; a concept created in the
/// CMS must build without an error or a warning.
/// </summary>
public sealed class CmsEditingTests : IAsyncLifetime
{
    private const int DecapServerPort = 8081; // Decap looks for its local backend on localhost:8081 only
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly string work = Path.Combine(Path.GetTempPath(), $"kompetanse-cms-tests-{Guid.NewGuid():N}");
    private readonly List<string> consoleErrors = [];
    private Process? decapServer;
    private readonly System.Text.StringBuilder decapLog = new();
    private StaticFileServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;
    private IPage? page;

    private string Repo => Path.Combine(work, "repo");
    private string Input => Path.Combine(Repo, "input");
    private string Output => Path.Combine(work, "site");
    private static string RepoRoot => BuiltSite.FindRepoRoot();
    private static string Theme => Path.Combine(RepoRoot, "theme");

    public async Task InitializeAsync()
    {
        Folders.Copy(Path.Combine(RepoRoot, "input"), Input);
        BuildSite().AssertClean();
        var headers = NetlifyHeaders.LoadSite(Output);
        server = new StaticFileServer(Output, headers);
        decapServer = await StartDecapServerAsync();

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = SiteFixture.ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                // Only loopback: the site's server and decap-server (which Decap calls 'localhost').
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
            ],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "nb-NO",
            BaseURL = server.BaseUrl,
        });
        page = await context.NewPageAsync();
        page.Console += (_, message) => { if (message.Type == "error") lock (consoleErrors) consoleErrors.Add(message.Text); };
        page.PageError += (_, error) => { lock (consoleErrors) consoleErrors.Add(error); };
    }

    [Fact]
    public async Task AnEditSavedInTheCmsIsInInputAndInTheNextBuild_AndANewConceptBuildsCleanly()
    {
        var tab = page!;
        await OpenEditorAsync(tab);
        await SaveScreenshotAsync(tab, "admin-collections.png");

        // 1. Change a concept's definition.
        string file = Path.Combine(Input, "concepts", "tilpasset-opplaering.md");
        string definition = "Tilpasset opplæring er endret i redigeringen " + Guid.NewGuid().ToString("N")[..8] + ".";
        await tab.GotoAsync("/admin/#/collections/begreper/entries/tilpasset-opplaering");
        var field = tab.GetByLabel("Definisjon", new() { Exact = true });
        await field.WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        await SaveScreenshotAsync(tab, "admin-concept.png");
        await field.FillAsync(definition);
        await PublishAsync(tab);
        await WaitUntilAsync(() => File.ReadAllText(file).Contains(definition), $"{file} to hold the new definition");

        var edited = BuildSite();
        edited.AssertClean();
        string html = File.ReadAllText(Path.Combine(Output, "begreper", "tilpasset-opplaering", "index.html"));
        Assert.Contains(definition, System.Net.WebUtility.HtmlDecode(html));

        // 2. Create a new concept.
        await tab.GotoAsync("/admin/#/collections/begreper/new");
        var title = tab.GetByLabel("Begrep", new() { Exact = true });
        await title.WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        await title.FillAsync("Læringsmiljø i redigering");
        await tab.GetByLabel("Definisjon", new() { Exact = true }).FillAsync("Læringsmiljø er de kulturelle, relasjonelle og fysiske forholdene som har betydning for læring.");
        await PublishAsync(tab);
        string created = Path.Combine(Input, "concepts", "laeringsmiljo-i-redigering.md");
        await WaitUntilAsync(() => File.Exists(created), $"{created} to be written (concepts now: {string.Join(", ", Directory.GetFiles(Path.Combine(Input, "concepts")).Select(Path.GetFileName).Where(n => n!.StartsWith('l')))})");

        var withNew = BuildSite();
        Assert.True(withNew.Errors == 0 && withNew.Diagnostics.All(d => d.Id == "KMP142"),
            $"the build reported problems with what the CMS wrote:\n{string.Join("\n", withNew.Diagnostics)}\n--- {created}\n{File.ReadAllText(created)}");
        Assert.True(File.Exists(Path.Combine(Output, "begreper", "laeringsmiljo-i-redigering", "index.html")));
        lock (consoleErrors)
            Assert.DoesNotContain(consoleErrors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }

    // --- steps ---

    private async Task OpenEditorAsync(IPage tab)
    {
        var response = await tab.GotoAsync("/admin/");
        Assert.True(response is { Ok: true }, $"/admin/ answered {response?.Status}");
        Assert.Contains("'unsafe-eval'", await response!.HeaderValueAsync("content-security-policy") ?? "");
        // The local backend has a login button but no password.
        var login = tab.GetByRole(AriaRole.Button, new() { Name = "Logg inn" });
        var collections = tab.GetByRole(AriaRole.Link, new() { Name = "Begreper" }).First;
        await login.Or(collections).First.WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        if (await login.IsVisibleAsync()) await login.ClickAsync();
        await collections.WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
    }

    private static async Task PublishAsync(IPage tab)
    {
        // Locally decap-server offers the simple mode only: "Publiser" → "Publiser nå".
        await tab.GetByRole(AriaRole.Button, new() { Name = "Publiser", Exact = true }).ClickAsync();
        await tab.GetByText("Publiser nå", new() { Exact = true }).ClickAsync();
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > Patience) throw new TimeoutException($"waited {Patience.TotalSeconds} s for {what}");
            await Task.Delay(50);
        }
    }

    private static async Task SaveScreenshotAsync(IPage tab, string name)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await tab.ScreenshotAsync(new() { Path = Path.Combine(folder, name) });
    }

    private BuildResult BuildSite() =>
        Build.Run(new BuildOptions(Input, Theme, Output) { Today = BuiltSite.Today });

    private async Task<Process> StartDecapServerAsync()
    {
        string script = Path.Combine(Theme, "tools", "node_modules", "decap-server", "dist", "index.js");
        if (!File.Exists(script)) throw new InvalidOperationException($"{script} is missing: run 'npm ci' in {Theme}/tools (./test.sh does).");
        var start = new ProcessStartInfo("node", [script])
        {
            WorkingDirectory = Repo,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PORT"] = DecapServerPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["BIND_HOST"] = "127.0.0.1";
        start.Environment["MODE"] = "fs";
        start.Environment["GIT_REPO_DIRECTORY"] = Repo;
        var process = Process.Start(start)!;
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Read(string? line)
        {
            if (line is null) return;
            lock (decapLog) decapLog.AppendLine(line);
            if (line.Contains("listening on", StringComparison.Ordinal)) listening.TrySetResult();
        }
        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"decap-server exited: {decapLog}"));
        await listening.Task.WaitAsync(Patience);
        return process;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
        if (server is not null) await server.DisposeAsync();
        if (decapServer is { HasExited: false })
        {
            decapServer.Kill();
            await decapServer.WaitForExitAsync();
        }
        decapServer?.Dispose();
        try { Directory.Delete(work, recursive: true); } catch (IOException) { }
    }
}

internal static class BuildResultChecks
{
    /// <summary>
    /// No error, and no warning but the plan's reminders to ask for status reports (KMP142): the real plan has
    /// no reports, and those warnings are about the plan, not about what the editor saved.
    /// </summary>
    public static void AssertClean(this BuildResult result) =>
        Assert.True(result.Errors == 0 && result.Diagnostics.All(d => d.Id == "KMP142"), string.Join("\n", result.Diagnostics));
}
