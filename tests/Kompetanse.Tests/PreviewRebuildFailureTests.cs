using System.Net;
using Kompetanse.Cli.Preview;
using Kompetanse.Diagnostics;
using Kompetanse.Preview;
using Kompetanse.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetanse.Tests;

/// <summary>Preview never goes quiet: a rebuild that throws is reported over the page, and the next change rebuilds again.</summary>
public sealed class PreviewRebuildFailureTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_rebuild_that_throws_is_shown_over_the_page_and_the_next_change_rebuilds_again()
    {
        using var site = new TestSite().Concept("vurdering", "Vurdering", body: "Første tekst.");
        bool failNext = false;
        using var session = new PreviewSession(site.Options(write: false), options =>
            failNext ? throw new InvalidOperationException("noe gikk galt i generatoren") : Build.Run(options));
        Assert.Empty(session.Rebuild().Errors);
        int goodVersion = session.State.Site.Version;
        await using var app = new PreviewServer(session).Create(IPAddress.Loopback, 0);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        session.Watch();

        // Two failing changes in a row: each is reported, and the loop keeps going.
        failNext = true;
        var state = await After(session, () => site.Concept("vurdering", "Vurdering", body: "Andre tekst."), s => s.Errors.Any(e => e.Id == "KMP301"));
        state = await After(session, () => site.Concept("vurdering", "Vurdering", body: "Tredje tekst."), s => s.Errors.Any(e => e.Id == "KMP301") && s != state);
        var error = Assert.Single(state.Errors);
        Assert.Contains("InvalidOperationException: noe gikk galt i generatoren", error.Message);
        Assert.Equal(goodVersion, state.Site.Version);

        using var client = new HttpClient();
        string page = await client.GetStringAsync(new Uri(address, "/begreper/vurdering/"));
        var panel = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page).QuerySelector("#kompetanse-preview-errors");
        Assert.NotNull(panel);
        Assert.Equal("nb", panel.GetAttribute("lang"));
        Assert.Equal("Den siste endringen kunne ikke bygges", panel.QuerySelector("h2")?.TextContent);
        Assert.Contains("KMP301: forhåndsvisningen klarte ikke å bygge på nytt", panel.TextContent);
        Assert.Contains("Første tekst.", page); // the last good site stays served

        // The next change builds again.
        failNext = false;
        state = await After(session, () => site.Concept("vurdering", "Vurdering", body: "Rettet tekst."), s => s.Errors.Count == 0);
        Assert.True(state.Site.Version > goodVersion);
        page = await client.GetStringAsync(new Uri(address, "/begreper/vurdering/"));
        Assert.Contains("Rettet tekst.", page);
        Assert.DoesNotContain("kompetanse-preview-errors", page);
    }

    [Fact]
    public void The_panel_speaks_English_when_the_command_says_lang_en()
    {
        var error = Codes.MissingKey.At(SourceSpan.File("input/concepts/vurdering.md"), "definition");

        string english = WebUtility.HtmlDecode(PreviewServer.ErrorPanel([error], MessageLanguage.English));
        string norwegian = WebUtility.HtmlDecode(PreviewServer.ErrorPanel([error], MessageLanguage.Norwegian));

        Assert.Contains("lang=\"en\"", english);
        Assert.Contains("missing required 'definition'", english);
        Assert.Contains("lang=\"nb\"", norwegian);
        Assert.Contains("mangler påkrevd 'definition'", norwegian);
    }

    // Makes a change and waits for a rebuild that shows it (the watcher reports it; no fixed delay).
    private static async Task<PreviewState> After(PreviewSession session, Action change, Func<PreviewState, bool> shows)
    {
        var rebuilt = new TaskCompletionSource<PreviewState>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnChanged(PreviewState s)
        {
            if (shows(s)) rebuilt.TrySetResult(s);
        }
        session.Changed += OnChanged;
        try
        {
            change();
            return await rebuilt.Task.WaitAsync(Patience);
        }
        finally
        {
            session.Changed -= OnChanged;
        }
    }
}
