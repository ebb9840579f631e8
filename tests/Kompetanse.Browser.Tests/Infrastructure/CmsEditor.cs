using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Kompetanse.Netlify;
using Microsoft.Playwright;

namespace Kompetanse.Browser.Tests.Infrastructure;

/// <summary>
/// The editor at /admin/ as an editor meets it, over a copy of the repository's input: decap-server (the
/// theme's pinned npm package, file-system mode) on a free port, the site built from the copy with its
/// config.yml pointing Decap's local_backend at that port, served with the headers its _headers gives each path
/// (so Decap runs under the /admin/ policy), and Chromium. Saved entries land in <see cref="Input"/>.
/// </summary>
public sealed class CmsEditor : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(120); // the machine may be busy: Decap is large

    private readonly string work = Path.Combine(Path.GetTempPath(), $"kompetanse-cms-tests-{Guid.NewGuid():N}");
    private readonly System.Text.StringBuilder decapLog = new();
    private readonly List<string> consoleErrors = [];
    private Process? decapServer;
    private StaticFileServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;
    private int decapPort;

    public string Repo => Path.Combine(work, "repo");
    public string Input => Path.Combine(Repo, "input");
    public string Output => Path.Combine(work, "site");
    /// <summary>A folder of this session's own, deleted with it.</summary>
    public string Scratch => Path.Combine(work, "scratch");
    public static string RepoRoot => BuiltSite.FindRepoRoot();
    public static string Theme => Path.Combine(RepoRoot, "theme");
    public IPage Page { get; private set; } = null!;

    public IReadOnlyList<string> ConsoleErrors { get { lock (consoleErrors) return [.. consoleErrors]; } }

    /// <summary>What decap-server has printed so far (for a failure's message).</summary>
    public string DecapLog { get { lock (decapLog) return decapLog.ToString(); } }

    public static async Task<CmsEditor> StartAsync()
    {
        var editor = new CmsEditor();
        await editor.InitializeAsync();
        return editor;
    }

    private async Task InitializeAsync()
    {
        Folders.Copy(Path.Combine(RepoRoot, "input"), Input);
        decapServer = await StartDecapServerAsync();
        BuildSite().AssertClean();
        server = new StaticFileServer(Output, NetlifyHeaders.LoadSite(Output));

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
        context.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        Page = await context.NewPageAsync();
        Page.Console += (_, message) => { if (message.Type == "error") lock (consoleErrors) consoleErrors.Add(message.Text); };
        Page.PageError += (_, error) => { lock (consoleErrors) consoleErrors.Add(error); };
        // Leaving an entry with unsaved changes asks first; a test that failed half-way must not block the next.
        Page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
    }

    /// <summary>Builds the copy (Decap's local_backend on this editor's decap-server) into the served folder, or into <paramref name="output"/>.</summary>
    public BuildResult BuildSite(string? output = null) =>
        Build.Run(new BuildOptions(Input, Theme, output ?? Output)
        {
            Today = BuiltSite.Today,
            CmsLocalBackend = $"http://localhost:{decapPort.ToString(CultureInfo.InvariantCulture)}/api/v1",
        });

    /// <summary>Opens /admin/ and logs in to the local backend (a button, no password).</summary>
    public async Task OpenAsync()
    {
        var response = await Page.GotoAsync("/admin/");
        Assert.True(response is { Ok: true }, $"/admin/ answered {response?.Status}");
        Assert.Contains("'unsafe-eval'", await response!.HeaderValueAsync("content-security-policy") ?? "");
        var login = Page.GetByRole(AriaRole.Button, new() { Name = "Logg inn" });
        var collections = Page.GetByRole(AriaRole.Link, new() { Name = "Begreper" }).First;
        await login.Or(collections).First.WaitForAsync();
        if (await login.IsVisibleAsync()) await login.ClickAsync();
        await collections.WaitForAsync();
    }

    /// <summary>Opens an entry ("collections/roller/entries/ppt") and waits until its form is there.</summary>
    public async Task OpenEntryAsync(string route, bool fresh = true)
    {
        // A fresh page: whatever an earlier step left open (a menu, unsaved changes) is gone. Without it, only the
        // route changes (much faster: Decap is not loaded again).
        var publish = Page.GetByRole(AriaRole.Button, new() { Name = "Publiser", Exact = true }).Or(Page.GetByRole(AriaRole.Button, new() { Name = "Publisert", Exact = true })).First;
        if (fresh || !Page.Url.Contains("/admin/", StringComparison.Ordinal)) await Page.GotoAsync("about:blank");
        else if (Page.Url.Contains("/entries/", StringComparison.Ordinal) || Page.Url.EndsWith("/new", StringComparison.Ordinal))
        {
            // Decap keeps the open entry's form when only the route's entry changes: leave the editor first.
            await Page.GotoAsync("/admin/#/" + route[..route.IndexOf("/entries/", StringComparison.Ordinal)]);
            await publish.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        }
        await Page.GotoAsync("/admin/#/" + route);
        await publish.WaitForAsync();
        await Page.Locator("[aria-label^='Feltet ']").First.WaitForAsync();
    }

    /// <summary>A field of the open entry by its widget and its own label ("list", "Oppgaver"); nested lists repeat labels, so several may match.</summary>
    public ILocator Field(string widget, string label) =>
        Page.Locator($"[aria-label='Feltet {widget}']").Filter(new() { Has = Page.Locator(":scope > div > label", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(label) + @"( \(valgfritt\))?$") }) });

    /// <summary>Clicks into an input and types as a person does, key by key.</summary>
    public async Task TypeIntoAsync(ILocator input, string text)
    {
        await input.ClickAsync();
        await Page.Keyboard.TypeAsync(text);
    }

    /// <summary>
    /// Types into a field at a person's pace and, as a person would, looks at what the field holds: a new
    /// entry's title field is re-rendered by Decap while it settles after opening, and a key typed in that
    /// moment can be lost (one run in many lost the first letter, another the space after "å"). Then the
    /// field is selected and typed again, at most three times; the caller asserts what it holds.
    /// </summary>
    public async Task TypeAndCheckAsync(ILocator input, string text)
    {
        await input.ClickAsync();
        for (int attempt = 0; attempt < 3; attempt++)
        {
            if (attempt > 0) await Page.Keyboard.PressAsync("Control+A");
            await Page.Keyboard.TypeAsync(text, new() { Delay = 30 });
            if (await input.InputValueAsync() == text) return;
        }
    }

    /// <summary>Locally decap-server offers the simple mode only: "Publiser" → "Publiser nå".</summary>
    public async Task PublishAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Publiser", Exact = true }).ClickAsync();
        await Page.GetByText("Publiser nå", new() { Exact = true }).ClickAsync();
    }

    /// <summary>Publishes and waits until decap-server has written the file (again), then returns its text.</summary>
    public async Task<string> PublishAndReadAsync(string file, string before)
    {
        var written = File.Exists(file) ? File.GetLastWriteTimeUtc(file) : DateTime.MinValue;
        await PublishAsync();
        // Decap shows "Publisert" once decap-server has answered, which it does after writing the file (before
        // that, the file may be there but still empty).
        await Page.GetByRole(AriaRole.Button, new() { Name = "Publisert", Exact = true }).WaitForAsync();
        await WaitUntilAsync(() => File.Exists(file) && (File.GetLastWriteTimeUtc(file) != written || File.ReadAllText(file) != before), $"{file} to be saved");
        return File.ReadAllText(file);
    }

    public static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > Patience) throw new TimeoutException($"waited {Patience.TotalSeconds} s for {what}");
            await Task.Delay(50);
        }
    }

    public async Task ScreenshotAsync(string name)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, name) });
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private async Task<Process> StartDecapServerAsync()
    {
        string script = Path.Combine(Theme, "tools", "node_modules", "decap-server", "dist", "index.js");
        if (!File.Exists(script)) throw new InvalidOperationException($"{script} is missing: run 'npm ci' in {Theme}/tools (./test.sh does).");
        decapPort = FreePort();
        var start = new ProcessStartInfo("node", [script])
        {
            WorkingDirectory = Repo,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PORT"] = decapPort.ToString(CultureInfo.InvariantCulture);
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

    public async ValueTask DisposeAsync()
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
