using System.Text.Encodings.Web;
using System.Text.Json;
using Kompetanse.Outputs.Html;

namespace Kompetanse.Outputs;

/// <summary>
/// /sok/indeks.json: for each listed page its URL, title, kind, headings and the text of its &lt;main&gt;
/// (navigation and footer left out). The search script matches inside words, so "undervisning" finds
/// "spesialundervisning": Norwegian compounds need no dictionary. Each page's entry is made as the page is
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

        byte[] head = "{\"v\":1,\"pages\":["u8.ToArray(), tail = "]}"u8.ToArray();
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
        json.WriteStartArray("h");
        foreach (string h in e.Headings) json.WriteStringValue(h);
        json.WriteEndArray();
        json.WriteString("x", e.Text.Span);
        json.WriteEndObject();
        json.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    private sealed record IndexEntry(string Url, string Title, string Kind, IReadOnlyList<string> Headings, ReadOnlyMemory<char> Text);

    private static IndexEntry Entry(HtmlPage page, string html)
    {
        if (ReadableText.OfMain(html) is not var (text, headings)) return new IndexEntry(page.Url, page.Title, page.Kind, [], ReadOnlyMemory<char>.Empty);
        // The title starts the text (it is the h1); leave it out, it is indexed on its own.
        var body = text.AsMemory();
        if (text.StartsWith(page.Title, StringComparison.Ordinal)) body = body[page.Title.Length..].TrimStart();
        return new IndexEntry(page.Url, page.Title, page.Kind, headings.Where(h => h.Length > 0 && h != page.Title).Distinct().ToList(), body);
    }
}
