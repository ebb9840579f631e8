using System.Net;
using System.Text.Json;
using Microsoft.Playwright;

// quality SITE JUDGED.json      the judged queries through /sok/ and through Pagefind (SITE/pagefind/, with
//                               SITE/pagefind-harness.html); prints each query's rank and the totals
// speed SITE QUERY…             times our search of each query in the browser (SITE built from bench's corpus)
if (args is not [("quality" or "speed") and var command, var site, .. var rest])
{
    Console.Error.WriteLine("usage: quality SITE JUDGED.json | speed SITE QUERY…");
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

// Loads /sok/ once, then times each query in the page with performance.now(): the index is built first (that
// load time is printed on its own), then each query runs 20 times; prints the median and the slowest.
static async Task<int> Speed(IPage page, string[] queries)
{
    await page.GotoAsync("/sok/");
    double load = await page.EvaluateAsync<double>(@"async () => {
        const t0 = performance.now();
        const data = await (await fetch('/sok/indeks.json')).json();
        const t1 = performance.now();
        window.benchIndex = new KompetanseSearch.Index(data);
        return [t1 - t0, performance.now() - t1].join(' ');
      }".Replace("].join(' ')", "][1]"));
    Console.WriteLine($"index built in the browser in {load:0} ms (after it was fetched and parsed)");
    Console.WriteLine($"{"query",-32} median ms  max ms  hits");
    foreach (string query in queries)
    {
        var r = await page.EvaluateAsync<double[]>(@"q => {
            const times = [];
            let hits = 0;
            for (let i = 0; i < 20; i++) {
              const t = performance.now();
              hits = window.benchIndex.search(q, '').hits.length;
              times.push(performance.now() - t);
            }
            times.sort((a, b) => a - b);
            return [times[10], times[19], hits];
          }", query);
        Console.WriteLine($"{query,-32} {r[0],9:0.0} {r[1],7:0.0} {r[2],5:0}");
    }
    return 0;
}

/// <summary>A static file server for the built site on 127.0.0.1 (HttpListener), index.html for folders.</summary>
sealed class Server : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly string root;
    public string Url { get; }

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

    private void Answer(HttpListenerContext context)
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
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }

    public void Dispose() => listener.Close();
}
