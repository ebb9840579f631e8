using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Kompetanse.Browser.Tests.Infrastructure;

/// <summary>
/// A tiny HTTP/1.1 static file server on 127.0.0.1 and a free port, for the built site only: GET and HEAD,
/// index.html for folder URLs, a redirect from "/folder" to "/folder/", a fixed Content-Type table, 404 for
/// anything else, and never a file outside the root. One request per connection (Connection: close).
/// </summary>
public sealed class StaticFileServer : IAsyncDisposable
{
    private const int MaxRequestHead = 16 * 1024;

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".webp"] = "image/webp",
        [".ico"] = "image/x-icon",
        [".woff2"] = "font/woff2",
        [".txt"] = "text/plain; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".yml"] = "text/yaml; charset=utf-8",
        [".wasm"] = "application/wasm",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".odt"] = "application/vnd.oasis.opendocument.text",
    };

    private readonly string root;
    private readonly Kompetanse.Netlify.NetlifyHeaders headers;
    private readonly TcpListener listener;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task acceptLoop;

    /// <param name="headers">Sent with every response as Netlify sends them (CSP and the other security headers).</param>
    public StaticFileServer(string root, Kompetanse.Netlify.NetlifyHeaders? headers = null)
    {
        this.root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        this.headers = headers ?? Kompetanse.Netlify.NetlifyHeaders.None;
        listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        BaseUrl = $"http://127.0.0.1:{Port}";
        acceptLoop = Task.Run(AcceptLoopAsync);
    }

    public int Port { get; }

    /// <summary>"http://127.0.0.1:PORT", without a trailing slash.</summary>
    public string BaseUrl { get; }

    public static string? ContentTypeFor(string path) =>
        ContentTypes.TryGetValue(Path.GetExtension(path), out var type) ? type : null;

    private async Task AcceptLoopAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await listener.AcceptTcpClientAsync(stopping.Token); }
            catch (OperationCanceledException) { return; }
            catch (ObjectDisposedException) { return; }
            catch (SocketException) { if (stopping.IsCancellationRequested) return; continue; }
            _ = Task.Run(() => HandleAsync(client));
        }
    }

    private async Task HandleAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                client.NoDelay = true;
                var stream = client.GetStream();
                string? head = await ReadHeadAsync(stream);
                if (head is null) return;
                var (status, responseHeaders, body) = Respond(head);
                var response = new StringBuilder();
                response.Append("HTTP/1.1 ").Append(status).Append("\r\n");
                foreach (var (name, value) in responseHeaders) response.Append(name).Append(": ").Append(value).Append("\r\n");
                foreach (var (name, value) in headers.For(PathOf(head)))
                    if (!responseHeaders.Any(h => h.Item1.Equals(name, StringComparison.OrdinalIgnoreCase)))
                        response.Append(name).Append(": ").Append(value).Append("\r\n");
                response.Append("Connection: close\r\n\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(response.ToString()), stopping.Token);
                if (body.Length > 0) await stream.WriteAsync(body, stopping.Token);
                await stream.FlushAsync(stopping.Token);
            }
            catch (IOException) { }
            catch (SocketException) { }
            catch (OperationCanceledException) { }
            catch (ObjectDisposedException) { }
        }
    }

    // The request's path, as Netlify matches header rules against it.
    private static string PathOf(string head)
    {
        string[] parts = head.Split("\r\n", 2)[0].Split(' ');
        string target = parts.Length > 1 ? parts[1] : "/";
        int cut = target.IndexOfAny(['?', '#']);
        return cut >= 0 ? target[..cut] : target;
    }

    private async Task<string?> ReadHeadAsync(NetworkStream stream)
    {
        var buffer = new byte[MaxRequestHead];
        int length = 0;
        while (length < buffer.Length)
        {
            int read = await stream.ReadAsync(buffer.AsMemory(length), stopping.Token);
            if (read == 0) return null;
            length += read;
            int end = buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8);
            if (end >= 0) return Encoding.Latin1.GetString(buffer, 0, end);
        }
        return null;
    }

    private (string Status, List<(string, string)> Headers, byte[] Body) Respond(string head)
    {
        string requestLine = head.Split("\r\n", 2)[0];
        string[] parts = requestLine.Split(' ');
        if (parts.Length != 3 || !parts[2].StartsWith("HTTP/1.", StringComparison.Ordinal))
            return Text("400 Bad Request", "Bad request");
        string method = parts[0];
        bool isHead = method == "HEAD";
        if (method != "GET" && !isHead)
            return Text("405 Method Not Allowed", "Only GET and HEAD", ("Allow", "GET, HEAD"));

        string target = parts[1];
        if (!target.StartsWith('/')) return Text("400 Bad Request", "Bad request target");
        int cut = target.IndexOfAny(['?', '#']);
        string rawPath = cut >= 0 ? target[..cut] : target;
        string path;
        try { path = Uri.UnescapeDataString(rawPath); }
        catch (UriFormatException) { return Text("400 Bad Request", "Bad escape"); }

        string? file = Resolve(path, out bool redirectToFolder);
        if (redirectToFolder)
        {
            string location = rawPath + "/" + (cut >= 0 && target[cut] == '?' ? target[cut..] : "");
            return Text("301 Moved Permanently", "Moved", ("Location", location));
        }
        if (file is null || ContentTypeFor(file) is not { } contentType)
            return Text("404 Not Found", "Not found");

        byte[] content = File.ReadAllBytes(file);
        var headers = new List<(string, string)>
        {
            ("Content-Type", contentType),
            ("Content-Length", content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Cache-Control", "no-store"),
            ("X-Content-Type-Options", "nosniff"),
        };
        return ("200 OK", headers, isHead ? [] : content);
    }

    /// <summary>
    /// The file for a decoded URL path, or null. Null for anything that would leave the root (".." segments,
    /// absolute or rooted parts, backslashes, NUL) and for hidden files such as the build's marker file.
    /// </summary>
    public string? Resolve(string urlPath, out bool redirectToFolder)
    {
        redirectToFolder = false;
        if (!urlPath.StartsWith('/') || urlPath.Contains('\0') || urlPath.Contains('\\')) return null;
        string[] segments = urlPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s == "." || s == ".." || s.StartsWith('.') || s.Contains(':'))) return null;

        string candidate = Path.GetFullPath(Path.Combine([root, .. segments]));
        if (candidate != root && !candidate.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return null;

        if (Directory.Exists(candidate))
        {
            if (!urlPath.EndsWith('/')) { redirectToFolder = true; return null; }
            candidate = Path.Combine(candidate, "index.html");
        }
        if (!File.Exists(candidate)) return null;
        // A symbolic link could point anywhere: serve only what really lies under the root.
        var info = new FileInfo(candidate);
        if (info.LinkTarget is not null) return null;
        return candidate;
    }

    private static (string, List<(string, string)>, byte[]) Text(string status, string text, params (string, string)[] extra)
    {
        byte[] body = Encoding.UTF8.GetBytes(text + "\n");
        var headers = new List<(string, string)>
        {
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Length", body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        headers.AddRange(extra);
        return (status, headers, body);
    }

    public async ValueTask DisposeAsync()
    {
        stopping.Cancel();
        listener.Stop();
        try { await acceptLoop; } catch (OperationCanceledException) { }
        stopping.Dispose();
    }
}
