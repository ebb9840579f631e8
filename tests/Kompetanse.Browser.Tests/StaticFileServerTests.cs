using System.Net;
using System.Net.Sockets;
using System.Text;
using Kompetanse.Browser.Tests.Infrastructure;

namespace Kompetanse.Browser.Tests;

/// <summary>The test server itself: folders, content types, 404s, and nothing outside its root.</summary>
public sealed class StaticFileServerTests : IAsyncLifetime
{
    private readonly string work = Path.Combine(Path.GetTempPath(), "kompetanse-server-test-" + Guid.NewGuid().ToString("N")[..12]);
    private string root = "";
    private StaticFileServer server = null!;

    public Task InitializeAsync()
    {
        root = Path.Combine(work, "root");
        Directory.CreateDirectory(Path.Combine(root, "begreper", "a"));
        File.WriteAllText(Path.Combine(root, "index.html"), "<!DOCTYPE html><title>home</title>");
        File.WriteAllText(Path.Combine(root, "begreper", "a", "index.html"), "<!DOCTYPE html><title>a</title>");
        File.WriteAllText(Path.Combine(root, "site.css"), "body{}");
        File.WriteAllText(Path.Combine(root, "app.js"), "1");
        File.WriteAllText(Path.Combine(root, "logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        File.WriteAllBytes(Path.Combine(root, "pixel.png"), [0x89, 0x50, 0x4E, 0x47]);
        File.WriteAllText(Path.Combine(root, "data.json"), "{}");
        File.WriteAllText(Path.Combine(root, "notes.exe"), "x");
        File.WriteAllText(Path.Combine(root, ".kompetanse-output"), "marker");
        File.WriteAllText(Path.Combine(work, "secret.html"), "outside the root");
        server = new StaticFileServer(root);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        Directory.Delete(work, recursive: true);
    }

    [Theory]
    [InlineData("/", "text/html; charset=utf-8", "home")]
    [InlineData("/begreper/a/", "text/html; charset=utf-8", "<title>a</title>")]
    [InlineData("/begreper/a/index.html", "text/html; charset=utf-8", "<title>a</title>")]
    [InlineData("/site.css", "text/css; charset=utf-8", "body{}")]
    [InlineData("/site.css?v=1", "text/css; charset=utf-8", "body{}")]
    [InlineData("/app.js", "text/javascript; charset=utf-8", "1")]
    [InlineData("/logo.svg", "image/svg+xml", "<svg")]
    [InlineData("/pixel.png", "image/png", "PNG")]
    [InlineData("/data.json", "application/json; charset=utf-8", "{}")]
    public async Task Serves_files_with_their_content_type(string path, string contentType, string bodyContains)
    {
        var (status, headers, body) = await RawGetAsync(path);
        Assert.Equal(200, status);
        Assert.Equal(contentType, headers["content-type"]);
        Assert.Contains(bodyContains, body);
    }

    [Fact]
    public async Task Redirects_a_folder_without_its_slash()
    {
        var (status, headers, _) = await RawGetAsync("/begreper/a");
        Assert.Equal(301, status);
        Assert.Equal("/begreper/a/", headers["location"]);
    }

    [Theory]
    [InlineData("/missing/")]
    [InlineData("/missing.html")]
    [InlineData("/begreper/")]               // a folder without index.html
    [InlineData("/notes.exe")]               // no known content type
    [InlineData("/.kompetanse-output")]      // hidden files
    [InlineData("/../secret.html")]
    [InlineData("/begreper/../../secret.html")]
    [InlineData("/%2e%2e/secret.html")]
    [InlineData("/%2E%2E%2Fsecret.html")]
    [InlineData("/..%2fsecret.html")]
    [InlineData("/..%5csecret.html")]
    [InlineData("/%00index.html")]
    public async Task Answers_404_for_anything_not_in_the_root(string path)
    {
        var (status, _, body) = await RawGetAsync(path);
        Assert.Equal(404, status);
        Assert.DoesNotContain("outside the root", body);
    }

    [Fact]
    public async Task Refuses_other_methods_and_bad_requests()
    {
        Assert.Equal(405, (await RawAsync("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")).Status);
        Assert.Equal(400, (await RawAsync("GET ../secret.html HTTP/1.1\r\nHost: x\r\n\r\n")).Status);
        var head = await RawAsync("HEAD /site.css HTTP/1.1\r\nHost: x\r\n\r\n");
        Assert.Equal(200, head.Status);
        Assert.Equal("", head.Body);
    }

    [Fact]
    public void Listens_on_loopback_only()
    {
        Assert.StartsWith("http://127.0.0.1:", server.BaseUrl);
        Assert.InRange(server.Port, 1, 65535);
    }

    private Task<(int Status, Dictionary<string, string> Headers, string Body)> RawGetAsync(string path) =>
        RawAsync($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");

    // A raw socket, so the client does not tidy up "../" before the server sees it.
    private async Task<(int Status, Dictionary<string, string> Headers, string Body)> RawAsync(string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, server.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string response = await reader.ReadToEndAsync();
        int split = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        string[] lines = response[..split].Split("\r\n");
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim());
        return (int.Parse(lines[0].Split(' ')[1]), headers, response[(split + 4)..]);
    }
}
