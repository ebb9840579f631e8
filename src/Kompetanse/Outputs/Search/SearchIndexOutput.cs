using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kompetanse.Outputs.Html;

namespace Kompetanse.Outputs;

/// <summary>
/// /sok/indeks.json: for each listed page its URL, title, kind, headings and the text of its &lt;main&gt;
/// (navigation and footer left out). The search script matches inside words, so "undervisning" finds
/// "spesialundervisning": Norwegian compounds need no dictionary. Runs after the HTML is made, from what
/// was read of each page as it was rendered (<see cref="HtmlFacts"/>).
/// </summary>
public sealed class SearchIndexOutput
{
    public const string Url = "/sok/indeks.json";


    public void Produce(BuildContext context, IReadOnlyCollection<OutputFile> made, OutputSink sink)
    {
        var byPath = made.Where(f => f.IsHtml).ToDictionary(f => f.Path, StringComparer.Ordinal);
        var entries = context.Pages
            .Where(p => p.Listed && p.Url != SitePages.SearchUrl && byPath.ContainsKey(p.OutputPath))
            .Select(p => Entry(p, byPath[p.OutputPath].Facts))
            .ToList();

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("v", 1);
            json.WriteStartArray("pages");
            foreach (var e in entries)
            {
                json.WriteStartObject();
                json.WriteString("u", e.Url);
                json.WriteString("t", e.Title);
                json.WriteString("k", e.Kind);
                json.WriteStartArray("h");
                foreach (string h in e.Headings) json.WriteStringValue(h);
                json.WriteEndArray();
                json.WriteString("x", e.Text);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        sink.Add(new OutputFile(Url.TrimStart('/'), buffer.ToArray(), context.Site.Settings.Location));
    }

    private sealed record IndexEntry(string Url, string Title, string Kind, IReadOnlyList<string> Headings, string Text);

    private static IndexEntry Entry(HtmlPage page, HtmlFacts facts)
    {
        if (facts.MainText is not { } text) return new IndexEntry(page.Url, page.Title, page.Kind, [], "");
        // The title starts the text (it is the h1); leave it out, it is indexed on its own.
        if (text.StartsWith(page.Title, StringComparison.Ordinal)) text = text[page.Title.Length..].TrimStart();
        return new IndexEntry(page.Url, page.Title, page.Kind, facts.Headings.Where(h => h.Length > 0 && h != page.Title).Distinct().ToList(), text);
    }
}
