using System.Net;
using System.Text.Json;
using Microsoft.Playwright;

// quality SITE JUDGED.json      the judged queries through /sok/ and through Pagefind (SITE/pagefind/, with
//                               SITE/pagefind-harness.html); prints each query's rank and the totals
// speed SITE QUERY…             times our search of each query in the browser once its chunks are loaded
// cold SITE QUERY…              a first query in a new browser context (empty cache), ours and Pagefind's, on a
//                               fast local line and on a throttled one (~9 Mbit/s): time to the first result
//                               shown, bytes transferred (gzip, as Netlify serves), JavaScript heap; ours
//                               only when SITE has no pagefind-harness.html (bench/search/sample.sh)
if (args is not [("quality" or "speed" or "cold") and var command, var site, .. var rest])
{
    Console.Error.WriteLine("usage: quality SITE JUDGED.json | speed SITE QUERY… | cold SITE QUERY…");
    return 2;
}

using var server = new Server(Path.GetFullPath(site));
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = Environment.GetEnvironmentVariable("KOMPETANSE_CHROMIUM") ?? "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
});
if (command == "cold") return await Cold(browser, server, rest);
var page = await browser.NewPageAsync(new() { BaseURL = server.Url });

if (command == "speed") return await Speed(page, rest);

var judged = JsonDocument.Parse(File.ReadAllText(rest[0])).RootElement.GetProperty("queries").EnumerateArray()
    .Select(q => (Query: q.GetProperty("q").GetString()!, Want: q.GetProperty("want").EnumerateArray().Select(w => w.GetString()!).ToHashSet(),
                  Type: q.GetProperty("type").GetString()!))
    .ToList();

var ours = new List<int>();
var pagefind = new List<int>();
Console.WriteLine($"{"query",-32} {"type",-13} ours pagefind");
foreach (var (query, want, type) in judged)
{
    await page.GotoAsync("/sok/?q=" + Uri.EscapeDataString(query));
    await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent.length > 0");
    var ourUrls = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('#search-results .search-result__title a')).map(a => a.getAttribute('href'))");

    await page.GotoAsync("/pagefind-harness.html?q=" + Uri.EscapeDataString(query));
    await page.WaitForFunctionAsync("() => document.body.dataset.done === '1'");
    var theirUrls = await page.EvaluateAsync<string[]>("() => window.pagefindResults");

    int ourRank = Rank(ourUrls, want), theirRank = Rank(theirUrls, want);
    ours.Add(ourRank);
    pagefind.Add(theirRank);
    Console.WriteLine($"{query,-32} {type,-13} {Show(ourRank),4} {Show(theirRank),8}");
}

Console.WriteLine();
Console.WriteLine($"{judged.Count} judged queries      success@3  MRR");
Console.WriteLine($"ours                    {Success(ours),9:0.000}  {Mrr(ours):0.000}   ({ours.Count(r => r is > 0 and <= 3)} of {judged.Count} in the top 3)");
Console.WriteLine($"Pagefind                {Success(pagefind),9:0.000}  {Mrr(pagefind):0.000}   ({pagefind.Count(r => r is > 0 and <= 3)} of {judged.Count} in the top 3)");
Console.WriteLine();
Console.WriteLine($"{"by type",-14} {"n",3}  ours S@3  MRR   Pagefind S@3  MRR");
foreach (var group in judged.Select((j, i) => (j.Type, i)).GroupBy(x => x.Type))
{
    var o = group.Select(x => ours[x.i]).ToList();
    var p = group.Select(x => pagefind[x.i]).ToList();
    Console.WriteLine($"{group.Key,-14} {o.Count,3}  {Success(o),8:0.00} {Mrr(o):0.00}   {Success(p),12:0.00} {Mrr(p):0.00}");
}
return 0;

// The rank (1-based) of the first wanted page among the first ten results, 0 if none: sub-results and
// anchors count as their page.
static int Rank(IEnumerable<string> urls, HashSet<string> want)
{
    int rank = 0;
    foreach (string url in urls.Select(u => u.Split('#')[0]).Distinct().Take(10))
    {
        rank++;
        if (want.Contains(url)) return rank;
    }
    return 0;
}

static string Show(int rank) => rank == 0 ? "–" : rank.ToString();
static double Success(IReadOnlyCollection<int> ranks) => ranks.Count(r => r is > 0 and <= 3) / (double)ranks.Count;
static double Mrr(IReadOnlyCollection<int> ranks) => ranks.Sum(r => r == 0 ? 0 : 1.0 / r) / ranks.Count;

// Loads /sok/ once, then times each query in the page with performance.now(): each query runs once to load
// its chunks (that first time is printed too), then 20 times; prints the median and the slowest.
static async Task<int> Speed(IPage page, string[] queries)
{
    await page.GotoAsync("/sok/");
    await page.EvaluateAsync("async () => { window.benchIndex = await KompetanseSearch.open('/sok/indeks.json'); await window.benchIndex.ready; }");
    Console.WriteLine($"{"query",-32} first ms  median ms  max ms  hits");
    foreach (string query in queries)
    {
        var r = await page.EvaluateAsync<double[]>(@"async q => {
            let t = performance.now();
            let hits = (await window.benchIndex.search(q, '')).hits.length;
            const first = performance.now() - t;
            const times = [];
            for (let i = 0; i < 20; i++) {
              t = performance.now();
              hits = (await window.benchIndex.search(q, '')).hits.length;
              times.push(performance.now() - t);
            }
            times.sort((a, b) => a - b);
            return [first, times[10], times[19], hits];
          }", query);
        Console.WriteLine($"{query,-32} {r[0],8:0.0} {r[1],10:0.0} {r[2],7:0.0} {r[3],5:0}");
    }
    return 0;
}

// Each query, for each search and line, in a new browser context (an empty cache): the search page is loaded
// first (the site's own page for ours, pagefind-harness.html for Pagefind), then the clock starts and the
// query is run as a reader's would be; it stops when the first result is on the page. Bytes are what the
// server sent from the start of the query until the network is idle (compressed, as served); heap is the
// page's JavaScript heap. The slow line is made by the server (one 9 Mbit/s line shared by all requests, 20 ms
// before each answer), not by Chromium's Network.emulateNetworkConditions: Pagefind 1.6 fetches its index
// from a web worker, which a page's DevTools session neither throttles nor sees.
static async Task<int> Cold(IBrowser browser, Server server, string[] queries)
{
    var lines = new (string Name, double BytesPerSecond, int LatencyMs)[] { ("local", 0, 0), ("9 Mbit/s", 9_000_000 / 8.0, 20) };
    Console.WriteLine($"{"query",-26} {"line",-9} {"search",-9} {"first result ms",15} {"KB",8} {"requests",8} {"heap MB",8}");
    var totals = new Dictionary<(string, string), List<double>>();
    bool withPagefind = File.Exists(Path.Combine(server.Root, "pagefind-harness.html"));
    foreach (string query in queries)
        foreach (var line in lines)
            foreach (string engine in withPagefind ? new[] { "ours", "pagefind" } : ["ours"])
            {
                await using var context = await browser.NewContextAsync(new() { BaseURL = server.Url });
                var page = await context.NewPageAsync();
                var cdp = await context.NewCDPSessionAsync(page);
                server.Line = (0, 0);
                await page.GotoAsync(engine == "ours" ? "/sok/" : "/pagefind-harness.html", new() { WaitUntil = WaitUntilState.NetworkIdle });
                server.Line = (line.BytesPerSecond, line.LatencyMs);
                server.Count();
                double ms = engine == "ours"
                    ? await page.EvaluateAsync<double>(@"q => new Promise(done => {
                        const results = document.getElementById('search-results');
                        const t0 = performance.now();
                        new MutationObserver((_, o) => { if (results.querySelector('.search-result')) { o.disconnect(); done(performance.now() - t0); } })
                          .observe(results, { childList: true });
                        const input = document.getElementById('q');
                        input.value = q;
                        document.getElementById('search-form').requestSubmit();
                      })", query)
                    : await page.EvaluateAsync<double>("q => window.firstResult(q)", query);
                // Let the fragments still on their way land before reading the total: ours shows up to 50
                // results, Pagefind's harness has loaded its first five.
                if (engine == "ours" && withPagefind)
                    await page.WaitForFunctionAsync(@"() => {
                        const status = document.getElementById('search-status').textContent, n = parseInt(status, 10);
                        return status.length > 0 && document.querySelectorAll('#search-results .search-result').length === Math.min(50, n || 0);
                      }", null, new() { Timeout = 120_000 });
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                var (bytes, requests) = server.Count();
                var heap = await cdp.SendAsync("Runtime.getHeapUsage");
                double heapMb = heap!.Value.GetProperty("usedSize").GetDouble() / 1e6;
                Console.WriteLine($"{query,-26} {line.Name,-9} {engine,-9} {ms,15:0} {bytes / 1024.0,8:0} {requests,8} {heapMb,8:0.0}");
                if (!totals.TryGetValue((line.Name, engine), out var list)) totals[(line.Name, engine)] = list = [];
                list.Add(ms);
                await cdp.DetachAsync();
            }
    Console.WriteLine();
    foreach (var ((lineName, engine), list) in totals)
        Console.WriteLine($"median first result, {lineName}, {engine}: {list.Order().ElementAt(list.Count / 2):0} ms");
    return 0;
}

/// <summary>A static file server for the built site on 127.0.0.1 (HttpListener), index.html for folders.</summary>
sealed class Server : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly string root;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> compressed = new();
    private readonly object line = new();
    private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();
    private long lineFree, sent, answered;

    /// <summary>The line answers go out on: bytes a second (0: as fast as it goes) and milliseconds before each answer.</summary>
    public (double BytesPerSecond, int LatencyMs) Line { get; set; }

    /// <summary>Bytes and answers sent since the last call.</summary>
    public (long Bytes, long Requests) Count() => (Interlocked.Exchange(ref sent, 0), Interlocked.Exchange(ref answered, 0));
    public string Url { get; }
    public string Root => root;

    public Server(string root)
    {
        this.root = root;
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}";
        listener.Prefixes.Add(Url + "/");
        listener.Start();
        _ = Task.Run(Loop);
    }

    private async Task Loop()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await listener.GetContextAsync(); } catch { return; }
            _ = Task.Run(() => Answer(context));
        }
    }

    private async Task Answer(HttpListenerContext context)
    {
        using var response = context.Response;
        string path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
        string file = Path.GetFullPath(Path.Combine(root, path));
        if (Directory.Exists(file)) file = Path.Combine(file, "index.html");
        if (!file.StartsWith(root, StringComparison.Ordinal) || !File.Exists(file)) { response.StatusCode = 404; return; }
        response.ContentType = Path.GetExtension(file) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".json" => "application/json; charset=utf-8",
            ".wasm" or ".pagefind" => "application/wasm",
            _ => "application/octet-stream",
        };
        var bytes = File.ReadAllBytes(file);
        // Text is sent gzipped when the browser asks for it, as Netlify does; Pagefind's files are gzipped already.
        if (response.ContentType.StartsWith("text/", StringComparison.Ordinal) || response.ContentType.StartsWith("application/json", StringComparison.Ordinal))
        {
            if ((context.Request.Headers["Accept-Encoding"] ?? "").Contains("gzip", StringComparison.Ordinal))
            {
                bytes = compressed.GetOrAdd(file, _ =>
                {
                    using var buffer = new MemoryStream();
                    using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Optimal)) gzip.Write(bytes);
                    return buffer.ToArray();
                });
                response.AddHeader("Content-Encoding", "gzip");
            }
        }
        response.ContentLength64 = bytes.Length;
        Interlocked.Add(ref sent, bytes.Length);
        Interlocked.Increment(ref answered);
        var (rate, latency) = Line;
        if (rate <= 0) { await response.OutputStream.WriteAsync(bytes); return; }
        await Task.Delay(latency);
        // One line for all answers: each 8 KB piece waits for the line to be free, then takes its time on it.
        for (int at = 0; at < bytes.Length; at += 8192)
        {
            int length = Math.Min(8192, bytes.Length - at);
            long due;
            lock (line)
            {
                long now = clock.ElapsedTicks;
                lineFree = Math.Max(lineFree, now) + (long)(length / rate * System.Diagnostics.Stopwatch.Frequency);
                due = lineFree;
            }
            long wait = due - clock.ElapsedTicks;
            if (wait > 0) await Task.Delay(TimeSpan.FromSeconds(wait / (double)System.Diagnostics.Stopwatch.Frequency));
            await response.OutputStream.WriteAsync(bytes.AsMemory(at, length));
        }
    }

    public void Dispose() => listener.Close();
}
