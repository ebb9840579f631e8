using System.Runtime.CompilerServices;
using Kompetanse.Markdown;
using Kompetanse.Model;
using Kompetanse.Outputs.Html;

namespace Kompetanse.Outputs;

/// <summary>
/// For preview: what the last build made from documents that did not change, so a one-file change renders
/// one page (plus the indexes) instead of all of them. Everything is dropped when anything every page
/// depends on changes: site settings, theme, the terms that link pages together.
/// </summary>
public sealed class RenderCache
{
    private readonly object _gate = new();
    private string _fingerprint = "";
    private MarkdownRenderer? _markdown;
    private ConditionalWeakTable<Page, HtmlPage> _articles = new();
    private ConditionalWeakTable<HtmlPage, OutputFile> _rendered = new();

    /// <summary>Starts a build: keeps the cache if <paramref name="fingerprint"/> is what it was, else empties it.</summary>
    public MarkdownRenderer Begin(string fingerprint, IReadOnlyList<Term> terms, IReadOnlyDictionary<string, byte[]> publishedFiles)
    {
        lock (_gate)
        {
            if (fingerprint != _fingerprint || _markdown is null)
            {
                _fingerprint = fingerprint;
                _markdown = new MarkdownRenderer(terms, publishedFiles);
                _articles = new ConditionalWeakTable<Page, HtmlPage>();
                _rendered = new ConditionalWeakTable<HtmlPage, OutputFile>();
            }
            _markdown.StartBuild();
            return _markdown;
        }
    }

    public HtmlPage Article(Page page, Func<Page, HtmlPage> make) => _articles.GetValue(page, p => make(p));

    public OutputFile Rendered(HtmlPage page, Func<HtmlPage, OutputFile> render) => _rendered.GetValue(page, p => render(p));
}
