using Microsoft.Playwright;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Kompetanse.Browser.Tests.Infrastructure;

/// <summary>
/// Shared by every browser test: the site built once (see <see cref="BuiltSite"/>), served on 127.0.0.1 on a
/// free port, and one headless Debian Chromium (never a downloaded browser).
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; override with KOMPETANSE_CHROMIUM for another system browser.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("KOMPETANSE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private readonly IMessageSink messages;
    private StaticFileServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;
    private readonly Dictionary<(int Width, int Height), SitePage> tabs = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task> memo = new();

    public SiteFixture(IMessageSink messages) => this.messages = messages;

    public BuiltSite Site => BuiltSite.Instance;

    public IReadOnlyList<string> Pages => Site.Pages;

    public string BaseUrl => server?.BaseUrl ?? throw new InvalidOperationException("The fixture is not started.");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The fixture is not started.");

    public void Log(string message) => messages.OnMessage(new DiagnosticMessage(message));

    public async Task InitializeAsync()
    {
        var site = Site;
        // Served with the headers the build wrote into _headers, CSP included, so a page that breaks the policy fails here.
        server = new StaticFileServer(site.Root, Kompetanse.Netlify.NetlifyHeaders.LoadSite(site.Root));

        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"No Chromium at {ChromiumPath}: install Debian's with 'apt-get install -y chromium' (never 'playwright install').");

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                // Belt and braces: any host but the test server fails at once instead of waiting on DNS.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            ],
        });
        Log($"{site.Pages.Count} pages built into {site.Root}, served at {server.BaseUrl}, Chromium {browser.Version}");
    }

    /// <summary>
    /// The page at <paramref name="path"/>, loaded in a tab with the given viewport. Tabs are kept per viewport
    /// size and reused (a new browser context per page load would cost more than the checks themselves); each
    /// load starts from a new document, with cookies and storage cleared, so no test sees another's state.
    /// The collection runs its tests one at a time, so one tab per viewport is enough.
    /// </summary>
    public async Task<SitePage> OpenAsync(string path, int width = 1280, int height = 900)
    {
        var key = (width, height);
        if (!tabs.TryGetValue(key, out var tab))
        {
            var context = await Browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = width, Height = height },
                Locale = "nb-NO",
                ColorScheme = ColorScheme.Light,
                ReducedMotion = ReducedMotion.Reduce,
                BaseURL = BaseUrl,
            });
            // Injected by the browser itself, not the page, so the policy under test does not block it.
            await context.AddInitScriptAsync(SitePage.CspRecorder);
            tab = new SitePage(context, await context.NewPageAsync(), BaseUrl);
            tabs[key] = tab;
        }
        await tab.ResetAsync(path);
        var response = await tab.Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (response is null || !response.Ok)
            throw new InvalidOperationException($"{path} answered {response?.Status.ToString() ?? "nothing"}");
        return tab;
    }

    /// <summary>Computes something once per fixture and key (e.g. one Tab walk per page, shared by two tests).</summary>
    public Task<T> Once<T>(string key, Func<Task<T>> compute) =>
        (Task<T>)memo.GetOrAdd(key, _ => compute());

    public async Task DisposeAsync()
    {
        foreach (var tab in tabs.Values) await tab.Context.CloseAsync();
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
        if (server is not null) await server.DisposeAsync();
    }
}

/// <summary>
/// A browser tab (in its own context) with the page a test opened, and what that page requested from other
/// hosts and what failed since it was opened. Disposing it hands the tab back for the next test.
/// </summary>
public sealed class SitePage : IAsyncDisposable
{
    private readonly List<string> foreignRequests = [];
    private readonly List<string> failedRequests = [];
    private readonly List<string> cspMessages = [];

    /// <summary>Keeps every Content-Security-Policy violation the document reports.</summary>
    internal const string CspRecorder = """
        window.__cspViolations = [];
        document.addEventListener("securitypolicyviolation", function (e) {
          window.__cspViolations.push(e.effectiveDirective + " blocked " + (e.blockedURI || "inline") + " at " + e.sourceFile + ":" + e.lineNumber);
        });
        """;

    internal SitePage(IBrowserContext context, IPage page, string baseUrl)
    {
        Context = context;
        Page = page;
        page.Request += (_, request) =>
        {
            string url = request.Url;
            bool local = url.StartsWith(baseUrl + "/", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal)
                || url.StartsWith("blob:", StringComparison.Ordinal) || url == "about:blank";
            if (!local) lock (foreignRequests) foreignRequests.Add($"{request.ResourceType} {url}");
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) lock (failedRequests) failedRequests.Add($"{response.Status} {response.Url}");
        };
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) lock (cspMessages) cspMessages.Add(message.Text);
        };
        page.RequestFailed += (_, request) =>
        {
            lock (failedRequests) failedRequests.Add($"failed ({request.Failure}) {request.Url}");
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Requests to any origin but the test server (data: and blob: URLs do not count).</summary>
    public IReadOnlyList<string> ForeignRequests { get { lock (foreignRequests) return [.. foreignRequests]; } }

    /// <summary>Responses with status 400 or more, and requests that failed outright.</summary>
    public IReadOnlyList<string> FailedRequests { get { lock (failedRequests) return [.. failedRequests]; } }

    /// <summary>
    /// Every CSP violation since the page was opened: the document's own reports and the console's. Waits one
    /// task first, so reports queued by the last script have arrived.
    /// </summary>
    public async Task<IReadOnlyList<string>> CspViolationsAsync()
    {
        var reported = await Page.EvaluateAsync<string[]>("() => new Promise(done => setTimeout(() => done(window.__cspViolations || []), 0))");
        lock (cspMessages) return [.. reported, .. cspMessages];
    }

    /// <summary>Forgets the previous page's requests and clears cookies and storage before the next load.</summary>
    internal async Task ResetAsync(string nextPath)
    {
        lock (foreignRequests) foreignRequests.Clear();
        lock (failedRequests) failedRequests.Clear();
        lock (cspMessages) cspMessages.Clear();
        await Context.ClearCookiesAsync();
        if (Page.Url.StartsWith("http", StringComparison.Ordinal))
        {
            await Page.EvaluateAsync("() => { try { localStorage.clear(); sessionStorage.clear(); } catch { } }");
            // Opening the same page again (say "/" after "/#hovedinnhold") could be a same-document jump that
            // keeps focus and scroll position: leave it first, so every test gets a new document.
            string current = Page.Url.Split('#')[0];
            if (new Uri(current).AbsolutePath == new Uri(new Uri(current), nextPath).AbsolutePath)
                await Page.GotoAsync("about:blank");
        }
    }

    /// <summary>The tab stays open for the next test; the next load replaces the document.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Built site in Chromium";
}
