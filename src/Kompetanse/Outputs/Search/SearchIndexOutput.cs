using System.Text.Encodings.Web;
using System.Text.Json;
using Kompetanse.Outputs.Html;

namespace Kompetanse.Outputs;

/// <summary>
/// /sok/indeks.json: for each listed page its URL, title, kind, the other names search counts as its title
/// (a concept's or role's aliases and abbreviation), and the text of its &lt;main&gt; (navigation and footer
/// left out) in sections, one per heading with the heading's id, so a hit can link to its section. The search
/// script (theme/assets/js/search.js) stems, finds words inside compounds and forgives typos; the index is text. Each page's entry is made as the page is
/// rendered, while its HTML is at hand; this joins them once all pages are made.
/// </summary>
public sealed class SearchIndexOutput
{
    public const string Url = "/sok/indeks.json";

    public void Produce(BuildContext context, IReadOnlyCollection<OutputFile> made, OutputSink sink)
    {
        var byPath = made.Where(f => f.IsHtml).ToDictionary(f => f.Path, StringComparer.Ordinal);
        // Each page's entry was encoded as the page was rendered; the index is those entries joined.
        var entries = context.Pages
            .Where(Indexed)
            .Select(p => byPath.TryGetValue(p.OutputPath, out var file) ? file.SearchEntry : null)
            .OfType<byte[]>()
            .ToList();

        byte[] head = "{\"v\":2,\"pages\":["u8.ToArray(), tail = "]}"u8.ToArray();
        var index = new byte[head.Length + entries.Sum(e => e.Length + 1) - (entries.Count > 0 ? 1 : 0) + tail.Length];
        int at = 0;
        head.CopyTo(index, at);
        at += head.Length;
        for (int i = 0; i < entries.Count; i++)
        {
            if (i > 0) index[at++] = (byte)',';
            entries[i].CopyTo(index, at);
            at += entries[i].Length;
        }
        tail.CopyTo(index, at);
        sink.Add(new OutputFile(Url.TrimStart('/'), index, context.Site.Settings.Location));
    }

    private static bool Indexed(HtmlPage page) => page.Listed && page.Url != SitePages.SearchUrl;

    /// <summary>The page's entry in the index as UTF-8 JSON, or null for a page the index leaves out.</summary>
    public static byte[]? EntryOf(HtmlPage page, string html) => Indexed(page) ? Encode(Entry(page, html)) : null;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [ThreadStatic] private static System.Buffers.ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_json;

    // Encoded into the thread's buffer, which keeps its size; only the finished entry is a new array.
    private static byte[] Encode(IndexEntry e)
    {
        var buffer = t_buffer ??= new System.Buffers.ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        var json = t_json ??= new Utf8JsonWriter(buffer, JsonOptions);
        json.Reset(buffer);
        json.WriteStartObject();
        json.WriteString("u", e.Url);
        json.WriteString("t", e.Title);
        json.WriteString("k", e.Kind);
        if (e.Overview) json.WriteNumber("o", 1);
        if (e.Names.Count > 0)
        {
            json.WriteStartArray("n");
            foreach (string n in e.Names) json.WriteStringValue(n);
            json.WriteEndArray();
        }
        json.WriteStartArray("s");
        foreach (var section in e.Sections)
        {
            json.WriteStartArray();
            json.WriteStringValue(section.Id);
            json.WriteStringValue(section.Heading);
            json.WriteStringValue(section.Text.Span);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A part of the page under one heading: the heading's id (empty: the page itself), its text, and the text under it.</summary>
    private readonly record struct IndexSection(string Id, string Heading, ReadOnlyMemory<char> Text);

    private sealed record IndexEntry(string Url, string Title, string Kind, IReadOnlyList<string> Names, IReadOnlyList<IndexSection> Sections)
    {
        /// <summary>A page that lists other pages (concepts, roles, forms, what changed): search ranks it below the pages themselves.</summary>
        public bool Overview { get; init; }
    }

    private static bool IsOverview(HtmlPage page) => page.Template.EndsWith("-index", StringComparison.Ordinal) || page.Template == "changes";

    private static IndexEntry Entry(HtmlPage page, string html)
    {
        var names = page.SearchNames.Where(n => !n.Equals(page.Title, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (ReadableText.SectionsOfMain(html) is not var (text, headings))
            return new IndexEntry(page.Url, page.Title, page.Kind, names, [new IndexSection("", "", ReadOnlyMemory<char>.Empty)]) { Overview = IsOverview(page) };
        var all = text.AsMemory();
        // The text before the first heading, and under the h1 (the title, indexed on its own), is the page's own
        // first section; every other heading starts a section that a result can link to by its id.
        var sections = new List<IndexSection>();
        int introEnd = headings.Count > 0 ? headings[0].HeadingStart : text.Length;
        var intro = all[..introEnd].Trim();
        int first = 0;
        if (headings.Count > 0 && headings[0].Heading == page.Title)
        {
            int end = headings.Count > 1 ? headings[1].HeadingStart : text.Length;
            intro = all[headings[0].BodyStart..end].Trim();
            first = 1;
        }
        sections.Add(new IndexSection("", "", intro));
        for (int i = first; i < headings.Count; i++)
        {
            var h = headings[i];
            if (h.Heading.Length == 0) continue;
            int end = i + 1 < headings.Count ? headings[i + 1].HeadingStart : text.Length;
            sections.Add(new IndexSection(h.Id, h.Heading, all[h.BodyStart..Math.Max(h.BodyStart, end)].Trim()));
        }
        return new IndexEntry(page.Url, page.Title, page.Kind, names, sections) { Overview = IsOverview(page) };
    }
}
