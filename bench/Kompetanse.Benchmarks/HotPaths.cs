using BenchmarkDotNet.Attributes;
using Kompetanse.Binding;
using Kompetanse.Diagnostics;
using Kompetanse.Loading;
using Kompetanse.Markdown;
using Kompetanse.Markdown.TermLinking;
using Kompetanse.Model;
using Kompetanse.Outputs;
using Kompetanse.Outputs.Html;
using Kompetanse.Rendering;

namespace Kompetanse.Benchmarks;

/// <summary>
/// The hot paths of a build, each on 200 pages of the synthetic corpus: Markdown (with our extensions),
/// term matching alone, whole pages (Markdown and templates), and writing. Run: dotnet run -c Release --project bench/Kompetanse.Benchmarks -- --filter '*'
/// </summary>
[MemoryDiagnoser]
public class HotPaths
{
    private string _corpus = "";
    private string _output = "";
    private BuildContext _context = null!;
    private IReadOnlyList<Page> _pages = [];
    private IReadOnlyList<HtmlPage> _htmlPages = [];
    private IReadOnlyList<OutputFile> _files = [];
    private TermMatcher _matcher = null!;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = Path.Combine(Path.GetTempPath(), "kompetanse-bench-corpus");
        _output = Path.Combine(Path.GetTempPath(), "kompetanse-bench-output");
        Corpus.Write(_corpus, 200);
        var diagnostics = new DiagnosticBag();
        var theme = Theme.Load(FindTheme(), diagnostics);
        var site = Binder.Bind(InputLoader.Load(_corpus, diagnostics), new DateOnly(2026, 11, 23), diagnostics);
        _context = new BuildContext(site, theme, new MarkdownRenderer(site.Terms), diagnostics);
        _context = _context with { Pages = HtmlPagesOutput.Collect(_context, Build.PageSources()) };
        _pages = site.Pages;
        _htmlPages = _context.Pages;
        _matcher = new TermMatcher(site.Terms);
        var sink = new OutputSink(diagnostics);
        new HtmlPagesOutput().Produce(_context, sink);
        _files = sink.Files.ToList();
    }

    [Benchmark(Description = "Markdown with term linking, 200 pages")]
    public int Markdown()
    {
        int length = 0;
        foreach (var page in _pages) length += _context.Markdown.Render(page.Body, page.Url, _context.Diagnostics).Length;
        return length;
    }

    [Benchmark(Description = "Term matching alone, 200 pages")]
    public int TermMatching()
    {
        int found = 0;
        foreach (var page in _pages) found += _matcher.Matches(page.Body.Text).Count;
        return found;
    }

    // Article pages render their Markdown in the same worker, right before their template.
    [Benchmark(Description = "Pages (Markdown, page template, layout, links, search entry), 200 pages")]
    public int Pages()
    {
        var sink = new OutputSink(_context.Diagnostics);
        new HtmlPagesOutput().Produce(_context with { Pages = _htmlPages }, sink);
        return sink.Files.Count;
    }

    [Benchmark(Description = "Writing staged output, 200 pages")]
    public void Writing()
    {
        var staging = Kompetanse.Writing.StagedWriter.Begin(_output);
        foreach (var file in _files) staging.Write(file);
        staging.Commit();
    }

    private static string FindTheme()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Kompetanse.sln"))) return Path.Combine(dir.FullName, "theme");
        throw new InvalidOperationException("Kompetanse.sln not found");
    }
}
