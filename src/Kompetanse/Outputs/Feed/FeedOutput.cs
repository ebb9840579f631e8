using System.Security;
using System.Text;
using Kompetanse.Outputs.Html;
using Kompetanse.Rendering.Views;
using Kompetanse.Text;

namespace Kompetanse.Outputs;

/// <summary>
/// What changed: an Atom feed (/nytt/feed.xml) the steering group can follow, and the /nytt/ page, both
/// listing the most recently changed pages, newest first.
/// </summary>
public sealed class FeedOutput : IOutputModule
{
    public const string FeedUrl = "/nytt/feed.xml";
    public const int Size = 30;

    public string Name => "feed";

    /// <summary>The newest changes among the listed pages with a known date.</summary>
    public static IReadOnlyList<(HtmlPage Page, DateOnly Date)> Latest(BuildContext context) =>
        context.Pages
            .Where(p => p.Listed && p.Url != SitePages.ChangesUrl)
            .Select(p => (Page: p, Date: context.Site.LastChanged(p)))
            .Where(p => p.Date is not null)
            .Select(p => (p.Page, Date: p.Date!.Value))
            .OrderByDescending(p => p.Date).ThenBy(p => p.Page.Url, StringComparer.Ordinal)
            .Take(Size)
            .ToList();

    public void Produce(BuildContext context, OutputSink sink)
    {
        var settings = context.Site.Settings;
        string baseUrl = settings.BaseUrl.TrimEnd('/');
        var latest = Latest(context);
        string updated = (latest.Count > 0 ? latest[0].Date : context.Site.BuildDate).ToString("yyyy-MM-dd") + "T00:00:00Z";
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append($"<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{settings.Language}\">\n");
        xml.Append($"  <title>{X(settings.Name)}: nytt og endret</title>\n");
        xml.Append($"  <id>{X(baseUrl + SitePages.ChangesUrl)}</id>\n");
        xml.Append($"  <link rel=\"self\" href=\"{X(baseUrl + FeedUrl)}\"/>\n");
        xml.Append($"  <link rel=\"alternate\" type=\"text/html\" href=\"{X(baseUrl + SitePages.ChangesUrl)}\"/>\n");
        xml.Append($"  <updated>{updated}</updated>\n");
        xml.Append($"  <author><name>{X(settings.Municipality)}, Oppvekst</name></author>\n");
        foreach (var (page, date) in latest)
        {
            string stamp = date.ToString("yyyy-MM-dd") + "T00:00:00Z";
            xml.Append("  <entry>\n");
            xml.Append($"    <title>{X(page.Title)}</title>\n");
            xml.Append($"    <id>{X(baseUrl + page.Url)}</id>\n");
            xml.Append($"    <link rel=\"alternate\" type=\"text/html\" href=\"{X(baseUrl + page.Url)}\"/>\n");
            xml.Append($"    <updated>{stamp}</updated>\n");
            if (page.Description is { } summary) xml.Append($"    <summary>{X(summary)}</summary>\n");
            xml.Append("  </entry>\n");
        }
        xml.Append("</feed>\n");
        sink.Add(OutputFile.Text(FeedUrl.TrimStart('/'), xml.ToString(), settings.Location));
    }

    private static string X(string text) => SecurityElement.Escape(text) ?? "";

    /// <summary>The /nytt/ page, made from the other pages once they are known.</summary>
    public sealed class ChangesPage : IPageSource
    {
        public IEnumerable<HtmlPage> Pages(BuildContext context)
        {
            var changes = Latest(context)
                .Select(c => new ChangeView(c.Page.Title, c.Page.Url, c.Page.Description,
                    new DateView(NorwegianDates.LongDate(c.Date), NorwegianDates.IsoDate(c.Date)), c.Page.Kind,
                    c.Page.Language != context.Site.Settings.Language ? c.Page.Language : null))
                .ToList();
            yield return new HtmlPage(SitePages.ChangesUrl, "changes", "Nytt og endret", context.Site.Settings.Language,
                new ChangesView("Nytt og endret", "De sist endrede sidene, nyeste først. Abonner på endringene med en nyhetsleser.", FeedUrl, changes),
                Crumbs.From(), context.Site.Settings.Location, "De sist endrede sidene på nettstedet.");
        }
    }
}
