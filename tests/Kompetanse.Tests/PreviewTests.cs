using Kompetanse.Preview;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>The preview session: rebuilds on change, keeps the last good site, and serves only what the build made.</summary>
public class PreviewTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/begreper/vurdering/", "begreper/vurdering/index.html")]
    [InlineData("/begreper/vurdering", "begreper/vurdering/index.html")]
    [InlineData("/assets/site.css", "assets/site.css")]
    [InlineData("/begreper/vurdering/%69ndex.html", "begreper/vurdering/index.html")]
    public void Resolves_what_the_build_made(string request, string expected)
    {
        using var site = SmallSite();
        var snapshot = new SiteSnapshot(site.Build().Outputs, 1);
        Assert.Equal(expected, snapshot.Resolve(request)?.Path);
    }

    [Theory]
    [InlineData("/../site.yml")]
    [InlineData("/begreper/../../input/site.yml")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/..%2f..%2fetc%2fpasswd")]
    [InlineData("/begreper%2fvurdering/")]
    [InlineData("/assets%5csite.css")]
    [InlineData("/index.html%00.css")]
    [InlineData("/concepts/vurdering.md")]
    [InlineData("/site.yml")]
    [InlineData("/%E0%A4%A")]
    public void Refuses_everything_else(string request)
    {
        using var site = SmallSite();
        var snapshot = new SiteSnapshot(site.Build().Outputs, 1);
        Assert.Null(snapshot.Resolve(request));
    }

    [Fact]
    public async Task A_change_a_new_file_a_delete_and_a_broken_file_then_fixed()
    {
        using var site = SmallSite();
        using var session = new PreviewSession(site.Options(write: false));
        Assert.Empty(session.Rebuild().Errors);
        session.Watch();

        // A change to one page shows after the rebuild.
        var state = await After(session, () => site.Concept("vurdering", "Vurdering", body: "Ny tekst om vurdering."),
            s => s.Errors.Count == 0 && Page(s, "/begreper/vurdering/").Contains("Ny tekst"));
        Assert.Contains("Ny tekst om vurdering.", Page(state, "/begreper/vurdering/"));

        // A new file becomes a page.
        state = await After(session, () => site.Concept("tidlig-innsats", "Tidlig innsats"),
            s => s.Site.Resolve("/begreper/tidlig-innsats/") is not null);
        Assert.NotNull(state.Site.Resolve("/begreper/tidlig-innsats/"));

        // A deleted file's page is gone.
        state = await After(session, () => site.Delete("concepts/tidlig-innsats.md"),
            s => s.Site.Resolve("/begreper/tidlig-innsats/") is null);
        Assert.Null(state.Site.Resolve("/begreper/tidlig-innsats/"));

        // A broken file: errors are shown, the last good site stays.
        int goodVersion = state.Site.Version;
        state = await After(session, () => site.File("concepts/vurdering.md", "---\ntitle: [Vurdering\n---\nx\n"),
            s => s.Errors.Count > 0);
        Assert.Contains(state.Errors, e => e.Id == "KMP004");
        Assert.Equal(goodVersion, state.Site.Version);
        Assert.Contains("Ny tekst om vurdering.", Page(state, "/begreper/vurdering/"));

        // Fixed again: no errors, the new site.
        state = await After(session, () => site.Concept("vurdering", "Vurdering", body: "Rettet tekst."),
            s => s.Errors.Count == 0);
        Assert.Empty(state.Errors);
        Assert.True(state.Site.Version > goodVersion);
        Assert.Contains("Rettet tekst.", Page(state, "/begreper/vurdering/"));
    }

    // Makes a change and waits for a rebuild that shows it (the watcher reports it; no fixed delay). An
    // editor's save can give more than one rebuild, so a stale one from the step before is passed over.
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

    private static string Page(PreviewState state, string url) =>
        System.Text.Encoding.UTF8.GetString(SiteSnapshot.Read(state.Site.Resolve(url)!));

    private static TestSite SmallSite() => new TestSite().Concept("vurdering", "Vurdering", body: "Første tekst.");
}

/// <summary>
/// Preview keeps the Markdown renderer between builds while nothing every page depends on changes: a broken
/// link must still be reported where the file has it now, not where an earlier version had it.
/// </summary>
public class PreviewLinkPositionTests
{
    [Fact]
    public void A_broken_link_moved_by_an_edit_is_reported_at_its_new_line()
    {
        using var site = new TestSite().Concept("vurdering", "Vurdering", body: "Se [planen](/finnes-ikke/).");
        var options = site.Options(write: false) with { Cache = new BuildCache() };

        var first = Kompetanse.Build.Run(options).Single("KMP070", "concepts/vurdering.md");
        site.Concept("vurdering", "Vurdering", body: "Ny innledning.\n\nEnda et avsnitt.\n\nSe [planen](/finnes-ikke/).");
        var second = Kompetanse.Build.Run(options).Single("KMP070", "concepts/vurdering.md");

        second.AssertAt(first.Location.Line + 4, first.Location.Column);
    }
}
