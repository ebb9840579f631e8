using System.Security;
using System.Text;
using Kompetanse.Outputs.Html;
using Kompetanse.Rendering.Views;
using Kompetanse.Text;

namespace Kompetanse.Outputs;

/// <summary>
/// What changed: an Atom feed (/nytt/feed.xml) the steering group can follow, and the /nytt/ page, both
/// listing the most recently changed pages and the plan's changes since the steering group's last meeting
/// (the same as "Siden sist" on /plan/), newest first.
/// </summary>
public sealed class FeedOutput : IOutputModule
{
    public const string FeedUrl = "/nytt/feed.xml";
    public const int Size = 30;

    public string Name => "feed";

    /// <summary>
    /// One entry: a changed page, or a change in the plan. <paramref name="Id"/> is unique and stable;
    /// <paramref name="Language"/> is the page's language.
    /// </summary>
    public sealed record FeedItem(string Id, string Title, string Url, string? Summary, DateOnly Date, string Kind, string Language);

    /// <summary>The newest changes: listed pages with a known date, and the plan's changes since the last meeting.</summary>
    public static IReadOnlyList<FeedItem> Latest(BuildContext context)
    {
        var pages = new List<FeedItem>();
        foreach (var p in context.Pages)
            if (p.Listed && p.Url != SitePages.ChangesUrl && context.Site.LastChanged(p) is { } date)
                pages.Add(new FeedItem(p.Url, p.Title, p.Url, p.Description, date, p.Kind, p.Language));
        var plan = context.Site.Plan?.Since?.Changes.Select(c => PlanItem(c, context.Site.Settings.Language)) ?? [];
        return pages.Concat(plan)
            .OrderByDescending(p => p.Date).ThenBy(p => p.Url, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal)
            .Take(Size)
            .ToList();
    }

    // "Utarbeide prosessplan: fullført", linked to the activity's row (or "Siden sist" when it was removed).
    private static FeedItem PlanItem(Model.PlanChange change, string language)
    {
        var view = PlanPages.Change(change);
        string text = view.Note is { } note ? $"{view.Text}. {note}" : view.Text;
        string id = $"{PlanPages.Url}#endring-{NorwegianDates.IsoDate(change.Date)}-{view.KindKey}-{change.ActivityId}";
        return new FeedItem(id, $"{view.Kind}: {change.ActivityTitle}", view.Url ?? PlanPages.Url + "#siden-sist",
            $"Fremdriftsplanen: {text}", change.Date, "plan", language);
    }

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
        foreach (var item in latest)
        {
            string stamp = item.Date.ToString("yyyy-MM-dd") + "T00:00:00Z";
            xml.Append("  <entry>\n");
            xml.Append($"    <title>{X(item.Title)}</title>\n");
            xml.Append($"    <id>{X(baseUrl + item.Id)}</id>\n");
            xml.Append($"    <link rel=\"alternate\" type=\"text/html\" href=\"{X(baseUrl + item.Url)}\"/>\n");
            xml.Append($"    <updated>{stamp}</updated>\n");
            if (item.Summary is { } summary) xml.Append($"    <summary>{X(summary)}</summary>\n");
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
                .Select(c => new ChangeView(c.Title, c.Url, c.Summary,
                    new DateView(NorwegianDates.LongDate(c.Date), NorwegianDates.IsoDate(c.Date)), c.Kind,
                    c.Language != context.Site.Settings.Language ? c.Language : null))
                .ToList();
            yield return new HtmlPage(SitePages.ChangesUrl, "changes", "Nytt og endret", context.Site.Settings.Language,
                new ChangesView("Nytt og endret", "De sist endrede sidene, nyeste først. Abonner på endringene med en nyhetsleser.", FeedUrl, changes),
                Crumbs.From(), context.Site.Settings.Location, "De sist endrede sidene på nettstedet.");
        }
    }
}
