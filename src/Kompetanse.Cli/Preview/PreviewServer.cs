using System.Net;
using System.Text;
using System.Threading.Channels;
using Kompetanse.Diagnostics;
using Kompetanse.Preview;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kompetanse.Cli.Preview;

/// <summary>
/// Serves the preview session's site from memory on loopback, and tells open pages to reload after each
/// rebuild (server-sent events). The reload script and the error panel exist only in what this server
/// sends, never in the built site.
/// </summary>
public sealed class PreviewServer
{
    public const string EventsPath = "/__kompetanse/events";
    public const string ScriptPath = "/__kompetanse/reload.js";
    public const string StylePath = "/__kompetanse/preview.css";

    private readonly PreviewSession _session;
    private readonly MessageLanguage _language;
    private readonly List<Channel<int>> _clients = [];

    /// <remarks>Each response carries the headers the served build's _headers gives its path (security headers, CSP), as Netlify sends them, so a problem shows while editing.</remarks>
    /// <param name="language">The error panel's language: Norwegian for editors, unless the command says --lang en.</param>
    public PreviewServer(PreviewSession session, MessageLanguage language = MessageLanguage.Norwegian)
    {
        _session = session;
        _language = language;
        _session.Changed += state =>
        {
            lock (_clients) foreach (var client in _clients) client.Writer.TryWrite(state.Site.Version);
        };
    }

    public WebApplication Create(IPAddress address, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(address, port));
        var app = builder.Build();
        app.Run(Handle);
        return app;
    }

    private async Task Handle(HttpContext context)
    {
        // A page on another site can point a name it controls at 127.0.0.1 (DNS rebinding) and then read
        // the preview as its own origin; such requests carry that name in Host. Only addresses and
        // localhost are served.
        if (!IsLocalHost(context.Request.Host.Host))
        {
            await Send(context, 403, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes($"preview serves only requests addressed to an IP address or localhost, not '{context.Request.Host.Host}'\n"));
            return;
        }
        string path = context.Request.Path.HasValue ? context.Request.Path.Value! : "/";
        foreach (var (name, value) in _session.State.Site.Headers.For(path)) context.Response.Headers[name] = value;
        // Kestrel has decoded the path once; the raw target is what the client sent, and what we judge.
        string raw = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? path;
        raw = raw.Split('?', 2)[0];
        switch (path)
        {
            case EventsPath: await Events(context); return;
            case ScriptPath: await Send(context, 200, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(ReloadScript)); return;
            case StylePath: await Send(context, 200, "text/css; charset=utf-8", Encoding.UTF8.GetBytes(PanelStyle)); return;
        }

        var state = _session.State;
        var file = state.Site.Resolve(raw);
        if (file is null)
        {
            var notFound = state.Site.Resolve("/404.html");
            byte[] body = notFound is null ? Encoding.UTF8.GetBytes("<!DOCTYPE html><html lang=\"nb\"><title>Fant ikke siden</title><h1>Fant ikke siden</h1></html>") : SiteSnapshot.Read(notFound);
            await Send(context, 404, "text/html; charset=utf-8", Inject(body, state, _language));
            return;
        }
        byte[] bytes = SiteSnapshot.Read(file);
        string type = ContentTypes.For(file.Path);
        // The editor at /admin/ is left alone: reloading it on every change would reload it on every save.
        if (file.IsHtml && !file.Path.StartsWith("admin/", StringComparison.Ordinal)) bytes = Inject(bytes, state, _language);
        await Send(context, 200, type, bytes);
    }

    /// <summary>True for an IP address (v4 or v6) and for localhost: names no other site can point here.</summary>
    public static bool IsLocalHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || IPAddress.TryParse(host.Trim('[', ']'), out _);

    private static async Task Send(HttpContext context, int status, string type, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = type;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.Body.WriteAsync(body);
    }

    // Adds the reload script, and a panel with the errors of a failed rebuild over the last good page.
    private static byte[] Inject(byte[] html, PreviewState state, MessageLanguage language)
    {
        string text = Encoding.UTF8.GetString(html);
        var extra = new StringBuilder();
        extra.Append($"<link rel=\"stylesheet\" href=\"{StylePath}\"><script src=\"{ScriptPath}\" defer></script>");
        if (state.Errors.Count > 0) extra.Append(ErrorPanel(state.Errors, language));
        int body = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        text = body >= 0 ? text.Insert(body, extra.ToString()) : text + extra;
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>The panel over the page after a failed rebuild: what to fix, in the editors' language.</summary>
    public static string ErrorPanel(IReadOnlyList<Kompetanse.Diagnostics.Diagnostic> errors, MessageLanguage language)
    {
        bool nb = language == MessageLanguage.Norwegian;
        var panel = new StringBuilder();
        panel.Append($"<section id=\"kompetanse-preview-errors\" role=\"alert\" lang=\"{(nb ? "nb" : "en")}\" aria-labelledby=\"kompetanse-preview-errors-title\">");
        panel.Append("<h2 id=\"kompetanse-preview-errors-title\">").Append(nb ? "Den siste endringen kunne ikke bygges" : "The last change did not build").Append("</h2>");
        panel.Append("<p>").Append(nb
            ? (errors.Count == 1 ? "Siden under er det siste som ble bygget. Rett feilen og lagre, så bygges den på nytt:" : $"Siden under er det siste som ble bygget. Rett disse {errors.Count} feilene og lagre, så bygges den på nytt:")
            : "The site below is the last good build. Fix these and save:").Append("</p><ul>");
        foreach (var error in errors) panel.Append("<li><code>").Append(WebUtility.HtmlEncode(error.ToString(language))).Append("</code></li>");
        panel.Append("</ul></section>");
        return panel.ToString();
    }

    private async Task Events(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var channel = Channel.CreateUnbounded<int>();
        lock (_clients) _clients.Add(channel);
        try
        {
            await context.Response.WriteAsync($"retry: 500\ndata: {_session.State.Site.Version}\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (int version in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync($"data: {version}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or the server is stopping.
        }
        finally
        {
            lock (_clients) _clients.Remove(channel);
        }
    }

    /// <summary>Ends every open event stream, so stopping does not wait for browsers.</summary>
    public void CloseClients()
    {
        lock (_clients) foreach (var client in _clients) client.Writer.TryComplete();
    }

    // The first message tells the page which build it shows; any later one means a rebuild: reload.
    private const string ReloadScript = """
        (function () {
          "use strict";
          var first = null;
          var events = new EventSource("/__kompetanse/events");
          events.onmessage = function (e) {
            if (first === null) { first = e.data; return; }
            location.reload();
          };
        })();
        """;

    private const string PanelStyle = """
        #kompetanse-preview-errors { position: fixed; inset: auto 1rem 1rem 1rem; max-height: 50vh; overflow: auto; z-index: 1000;
          background: #fff4f4; color: #4a0000; border: 3px solid #b00020; border-radius: 8px; padding: 1rem 1.5rem; font: 15px/1.4 system-ui, sans-serif; }
        #kompetanse-preview-errors h2 { margin: 0 0 .5rem; font-size: 1.1rem; }
        #kompetanse-preview-errors code { white-space: pre-wrap; }
        """;
}

/// <summary>Content types for what the site holds.</summary>
public static class ContentTypes
{
    public static string For(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".xml" => "application/xml; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        ".yml" or ".yaml" => "text/yaml; charset=utf-8",
        ".wasm" => "application/wasm",
        ".csv" => "text/csv; charset=utf-8",
        ".ics" => "text/calendar; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".ico" => "image/x-icon",
        ".pdf" => "application/pdf",
        ".odt" => "application/vnd.oasis.opendocument.text",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "application/octet-stream",
    };
}
