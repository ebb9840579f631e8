using System.Diagnostics;
using Kompetanse.Binding;
using Kompetanse.Diagnostics;
using Kompetanse.Loading;
using Kompetanse.Markdown;
using Kompetanse.Outputs;
using Kompetanse.Outputs.Html;
using Kompetanse.Rendering;
using Kompetanse.Verification;
using Kompetanse.Writing;

namespace Kompetanse;

/// <summary>Where to read and write, and whether to write at all.</summary>
public sealed record BuildOptions(string Input, string Theme, string Output)
{
    /// <summary>False for 'check': every stage but writing.</summary>
    public bool Write { get; init; } = true;

    /// <summary>"Today" for the site: fixed in tests so output does not depend on the day it is built.</summary>
    public DateOnly? Today { get; init; }

    /// <summary>
    /// Let go of each file's bytes once it is written, so memory does not grow with the whole site
    /// (the build command). Off where the caller reads the outputs afterwards (tests, links, preview).
    /// </summary>
    public bool ReleaseWritten { get; init; }

    /// <summary>decap-server's address for the editor at /admin/ (tests run it on a free port); null for the default.</summary>
    public string? CmsLocalBackend { get; init; }

    /// <summary>Preview keeps what did not change from one build to the next; null for a full build.</summary>
    public BuildCache? Cache { get; init; }
}

/// <summary>What preview carries between builds: loaded documents and rendered pages.</summary>
public sealed class BuildCache
{
    public LoadCache Load { get; } = new();
    public RenderCache Render { get; } = new();
}

/// <summary>What a build did: its diagnostics, how many pages and files it made, how long it took.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int Pages, int Files, TimeSpan Elapsed)
{
    /// <summary>What the build made, in memory (written or not): preview serves these.</summary>
    public IReadOnlyCollection<OutputFile> Outputs { get; init; } = [];

    /// <summary>The largest HTML page made, checked whole like every other.</summary>
    public LargestPage? LargestPage { get; init; }

    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}

/// <summary>
/// The pipeline, in order: load → bind → render → verify → write. Each stage reports into one
/// diagnostic bag and goes on where it can, so one run shows every problem. Nothing is written unless
/// the whole build succeeded; then the staged site replaces the output in one move.
/// </summary>
public static class Build
{
    /// <summary>Where pages come from: one source per content type, plus the site's own pages.</summary>
    public static IReadOnlyList<IPageSource> PageSources() =>
        [new ArticlePages(), new ConceptPages(), new RolePages(), new PlanPages(), new FormPages(), new GuidePages(), new AnswerPages(), new UnitPlanPages(), new SitePages(), new RedirectsOutput.Pages()];

    /// <summary>Pages made from the other pages (what changed lately).</summary>
    public static IReadOnlyList<IPageSource> DerivedPageSources() => [new FeedOutput.ChangesPage()];

    /// <summary>The output modules, each one kind of output; they run in parallel on the collected pages.</summary>
    public static IReadOnlyList<IOutputModule> Modules() =>
    [
        new HtmlPagesOutput(),
        new SitemapOutput(),
        new RedirectsOutput(),
        new FeedOutput(),
        new PlanExportsOutput(),
        new FormDocumentsOutput(),
        new ThemeAssetsOutput(),
        new StaticFilesOutput(),
        new Outputs.Cms.CmsConfigOutput(),
    ];

    public static BuildResult Run(BuildOptions options, IProgress<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();

        if (!CheckFolders(options, diagnostics))
            return new BuildResult(diagnostics.Sorted(), 0, 0, clock.Elapsed);

        progress?.Report("reading input");
        // The theme and the input do not depend on each other: read them side by side.
        var themeLoading = Task.Run(() => Theme.Load(options.Theme, diagnostics));
        var input = InputLoader.Load(options.Input, diagnostics, options.Cache?.Load);
        var theme = themeLoading.GetAwaiter().GetResult();

        progress?.Report("binding");
        var today = options.Today ?? DateOnly.FromDateTime(DateTime.Now);
        var site = Binder.Bind(input, today, diagnostics);

        progress?.Report($"preparing {site.Pages.Count + site.Concepts.Count + site.Roles.Count} pages");
        var publishedFiles = site.StaticFiles.ToDictionary(f => f.RelativePath, f => f.Content ?? [], StringComparer.Ordinal);
        var markdown = options.Cache is { } cache ? cache.Render.Begin(Fingerprint(options, site), site.Terms, publishedFiles) : new MarkdownRenderer(site.Terms, publishedFiles);
        var context = new BuildContext(site, theme, markdown, diagnostics) { Cache = options.Cache?.Render, Progress = progress, CmsLocalBackend = options.CmsLocalBackend };
        context = context with { Pages = HtmlPagesOutput.Collect(context, PageSources()) };
        context = context with { Pages = [.. context.Pages, .. HtmlPagesOutput.Collect(context, DerivedPageSources())] };
        progress?.Report($"rendering {context.Pages.Count} pages");
        // Files are written to a staging folder while the site is being made; it replaces the output only
        // if the whole build succeeds.
        StagedWriter? staging = null;
        if (options.Write && !diagnostics.HasErrors)
        {
            try
            {
                staging = StagedWriter.Begin(options.Output, options.ReleaseWritten);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Report(Codes.WriteFailed, SourceSpan.File(InputLoader.DisplayPath(options.Output)), e.Message);
            }
        }
        var sink = new OutputSink(diagnostics, staging is null ? null : staging.Write);
        Parallel.ForEach(Modules(), module => module.Produce(context, sink));
        // The search index reads the finished HTML, so it runs after the modules that make it.
        progress?.Report("building the search index");
        new SearchIndexOutput().Produce(context, sink.Files, sink);
        // The headers cover every file written, so they come last.
        new HeadersOutput().Produce(context, sink.Files, sink);
        var files = sink.Files;
        int pages = files.Count(f => f.IsHtml);

        progress?.Report("checking links");
        var cascade = Cascade.Find(diagnostics, options.Input);
        LinkVerifier.Verify(files, diagnostics, context.Markdown.LinkPosition, cascade.Explains);
        cascade.Finish(diagnostics);
        progress?.Report("checking that every page is whole");
        var largest = PageCompleteness.Verify(files, diagnostics);

        if (staging is not null)
        {
            progress?.Report($"writing {files.Count} files");
            try
            {
                if (diagnostics.HasErrors) staging.Abandon();
                else staging.Commit();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or AggregateException)
            {
                diagnostics.Report(Codes.WriteFailed, SourceSpan.File(InputLoader.DisplayPath(options.Output)), (e as AggregateException)?.InnerException?.Message ?? e.Message);
                try { staging.Abandon(); } catch (IOException) { }
            }
        }
        progress?.Report("done");
        return new BuildResult(diagnostics.Sorted(), pages, files.Count, clock.Elapsed) { Outputs = files, LargestPage = largest };
    }

    // What every page depends on besides its own file: site settings, the theme's files, the terms, the day.
    private static string Fingerprint(BuildOptions options, Model.SiteModel site)
    {
        var text = new System.Text.StringBuilder();
        // The settings by size and time of change, never opened here: only the input gate reads files.
        var settings = new FileInfo(Path.Combine(options.Input, SiteSettingsLoader.FileName));
        if (settings.Exists) text.Append(settings.Length).Append(settings.LastWriteTimeUtc.Ticks);
        foreach (var file in Directory.EnumerateFiles(options.Theme, "*", new EnumerationOptions { RecurseSubdirectories = true })
                     .Where(f => !f.Contains("node_modules", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(file);
            text.Append(file).Append(info.Length).Append(info.LastWriteTimeUtc.Ticks);
        }
        foreach (var term in site.Terms) text.Append(term.Text).Append(term.TargetUrl).Append(term.Explanation).Append(term.ExactCase);
        // Images take their size from these files, and are checked against them.
        foreach (var file in site.StaticFiles)
        {
            var info = new FileInfo(file.FullPath);
            text.Append(file.RelativePath).Append(info.Length).Append(info.LastWriteTimeUtc.Ticks);
        }
        text.Append(site.BuildDate);
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static bool CheckFolders(BuildOptions options, DiagnosticBag diagnostics)
    {
        bool ok = true;
        foreach (var (what, folder) in new[] { ("input", options.Input), ("theme", options.Theme) })
        {
            if (Directory.Exists(folder)) continue;
            diagnostics.Report(Codes.MissingFolder, SourceSpan.File(InputLoader.DisplayPath(folder)), what, InputLoader.DisplayPath(folder));
            ok = false;
        }
        if (ok && options.Write && OutputGuard.Check(options.Output, options.Input, options.Theme) is { } reason)
        {
            string shown = string.IsNullOrWhiteSpace(options.Output) ? "--output \"\"" : InputLoader.DisplayPath(options.Output);
            diagnostics.Report(Codes.UnsafeOutput, SourceSpan.File(shown), shown, reason);
            ok = false;
        }
        return ok;
    }
}
