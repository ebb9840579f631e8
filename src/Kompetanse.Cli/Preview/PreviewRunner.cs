using System.Net;
using Kompetanse.Diagnostics;
using Kompetanse.Preview;

namespace Kompetanse.Cli.Preview;

/// <summary>The preview command: first build, then serve and watch until Ctrl+C.</summary>
public static class PreviewRunner
{
    public static async Task<int> RunAsync(BuildOptions options, string host, int port, MessageLanguage language, CancellationToken token)
    {
        if (!ThemePackages.Ensure(options.Theme, Console.Error)) return 1;
        if (!IPAddress.TryParse(host, out var address))
        {
            Console.Error.WriteLine($"error: '{host}' is not an IP address (use 127.0.0.1, or 0.0.0.0 to serve to the network)");
            return 1;
        }
        using var session = new PreviewSession(options);
        session.Changed += state => Report(state, language);
        session.Rebuild();
        var server = new PreviewServer(session, language);
        var app = server.Create(address, port);
        try
        {
            await app.StartAsync(token);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"error: cannot serve on {host}:{port}: {e.Message} (try --port)");
            return 1;
        }
        session.Watch();
        Console.WriteLine($"Serving the site on http://{(address.Equals(IPAddress.Any) ? "127.0.0.1" : host)}:{port}/ · watching {options.Input} and {options.Theme} · Ctrl+C stops");
        Console.WriteLine("Every response carries the headers the build writes into _headers, as on Netlify.");
        // Ctrl+C or SIGTERM: either the command line's token or the web host's own console lifetime sees it.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(token, app.Lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
        server.CloseClients();
        await app.StopAsync(CancellationToken.None);
        Console.WriteLine("Stopped.");
        return 0;
    }

    private static void Report(PreviewState state, MessageLanguage language)
    {
        foreach (var d in state.Errors.Concat(state.Warnings)) Console.WriteLine(d.ToString(language));
        string time = DateTime.Now.ToString("HH:mm:ss");
        bool nb = language == MessageLanguage.Norwegian;
        Console.WriteLine(state.Errors.Count == 0
            ? (nb ? $"[{time}] bygde {state.Site.Count} filer på {state.LastBuild.TotalMilliseconds:0} ms" : $"[{time}] built {state.Site.Count} files in {state.LastBuild.TotalMilliseconds:0} ms")
            : (nb ? $"[{time}] byggingen feilet ({state.Errors.Count} feil); viser fortsatt det siste fungerende nettstedet" : $"[{time}] build failed ({state.Errors.Count} errors); still serving the last good site"));
    }
}
