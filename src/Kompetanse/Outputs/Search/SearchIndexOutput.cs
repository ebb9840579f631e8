using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kompetanse.Outputs.Html;
using Kompetanse.Outputs.Search;

namespace Kompetanse.Outputs;

/// <summary>
/// The search index, in parts so that a first search loads only what it needs (as Pagefind does):
/// <list type="bullet">
/// <item>/sok/indeks.json, the entry: which files hold which words (the first stem of each chunk) and where
/// the word list is. Its name is fixed, so it is the one file a browser must ask again for.</item>
/// <item>/sok/indeks/ord-HASH.json: every stem with how many pages have it and a form to suggest, each page's
/// kind and fragment, and the common words. Compounds, typos and "Mente du …?" are worked out from it.</item>
/// <item>/sok/indeks/HASH.json, the chunks: for a range of stems, the pages that have each and where on the page
/// (its names, headings, text, and which sections).</item>
/// <item>/sok/indeks/side/HASH.json, one fragment per page: its URL, title, kind and text in sections, loaded
/// only for the results shown.</item>
/// </list>
/// Every name but the entry's is the hash of its content, so it can be cached for good. Pages are stemmed as
/// they are rendered (<see cref="EntryOf"/>, in parallel, while the HTML is at hand); this joins them.
/// </summary>
public sealed class SearchIndexOutput
{
    public const string Url = "/sok/indeks.json";
    public const string Folder = "/sok/indeks/";

    /// <summary>About this many bytes of postings make a chunk (one very common word may be a chunk alone).</summary>
    public const int ChunkBytes = 24 * 1024;

    public void Produce(BuildContext context, IReadOnlyCollection<OutputFile> made, OutputSink sink)
    {
        var source = context.Site.Settings.Location;
        var byPath = made.Where(f => f.IsHtml).ToDictionary(f => f.Path, StringComparer.Ordinal);
        var pages = InTitleOrder(context.Pages
            .Where(Indexed)
            .Select(p => byPath.TryGetValue(p.OutputPath, out var file) ? file.SearchEntry : null)
            .OfType<SearchPage>()
            .ToArray());

        // Each page's fragment went out with the page (HtmlPagesOutput), so its bytes are not held to the end.

        // Page by page, each posting is encoded onto the end of its stem's list: the pages' stems are read in
        // the order they lie in memory, so the pages come out in page order with no list to sort. Each core
        // joins the stems whose number falls to it, reading every page; no list is shared between cores.
        // The parts are a power of two, so a stem's part is a mask of its number: each core tests every stem of
        // every page, and a division there is slow.
        int cores = 1 << int.Log2(Math.Clamp(Environment.ProcessorCount, 1, 8));
        var byStem = new Dictionary<int, StemPostings>[cores];
        Parallel.For(0, cores, core =>
        {
            var mine = byStem[core] = [];
            for (int p = 0; p < pages.Count; p++)
            {
                var stems = pages[p].Stems;
                for (int i = 0; i < stems.Length; i++)
                    if ((stems[i].Stem & (cores - 1)) == core)
                        (CollectionsMarshal.GetValueRefOrAddDefault(mine, stems[i].Stem, out _) ??= new StemPostings()).Add(p, i, pages[p]);
            }
        });
        // The stems in ordinal order (as JavaScript compares strings); the chunks are cut in that order.
        var stems = byStem.SelectMany(part => part.Keys).Select(SearchVocabulary.Text).ToArray();
        var lists = byStem.SelectMany(part => part.Values).ToArray();
        Array.Sort(stems, lists, StringComparer.Ordinal);
        var postings = stems.Zip(lists, (stem, list) => (Stem: stem, List: list)).ToList();
        var chunks = Chunks(postings, source);
        foreach (var chunk in chunks) sink.Add(chunk.File);
        var buffer = new ArrayBufferWriter<byte>(ChunkBytes * 2);
        var json = new Utf8JsonWriter(buffer, JsonOptions);

        // The word list, the pages' kinds and fragments.
        var kinds = pages.Select(p => p.Kind).Distinct().Order(StringComparer.Ordinal).ToList();
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        json.WriteStartObject();
        json.WriteNumber("n", pages.Count);
        json.WriteStartArray("stop");
        foreach (string w in SearchText.StopWords) json.WriteStringValue(w);
        json.WriteEndArray();
        json.WriteStartArray("kinds");
        foreach (string k in kinds) json.WriteStringValue(k);
        json.WriteEndArray();
        // One character a page: its kind's place in "kinds", times two, plus one for an overview.
        json.WriteString("k", new string(pages.Select(p => (char)('0' + kinds.IndexOf(p.Kind) * 2 + (p.Overview ? 1 : 0))).ToArray()));
        json.WriteString("f", string.Concat(pages.Select(p => p.FragmentHash)));
        json.WriteStartArray("w");
        foreach (var (stem, _) in postings) json.WriteStringValue(stem);
        json.WriteEndArray();
        json.WriteStartArray("d");
        foreach (var (_, list) in postings) json.WriteNumberValue(list.Count);
        json.WriteEndArray();
        // The form a suggestion shows: the shortest on the pages (then the one on most pages), the likeliest base form.
        json.WriteStartArray("o");
        // Empty when it is the stem itself.
        foreach (var (stem, list) in postings)
        {
            string form = list.SuggestedForm();
            json.WriteStringValue(form == stem ? "" : form);
        }
        json.WriteEndArray();
        // The editor's synonyms: groups of phrases, each phrase its stems.
        json.WriteStartArray("syn");
        foreach (var group in context.Site.Synonyms.Groups)
        {
            json.WriteStartArray();
            foreach (string phrase in group)
            {
                json.WriteStartArray();
                foreach (string w in SearchText.Words(phrase).Where(w => !SearchText.IsStopWord(w))) json.WriteStringValue(NorwegianStemmer.Stem(w));
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        var words = buffer.WrittenSpan.ToArray();
        string wordsPath = $"{Folder}ord-{Hash(words)}.json";
        sink.Add(new OutputFile(wordsPath.TrimStart('/'), words, source));

        buffer.ResetWrittenCount();
        json.Reset(buffer);
        json.WriteStartObject();
        json.WriteNumber("v", 3);
        json.WriteString("words", wordsPath);
        json.WriteString("pages", Folder + "side/");
        json.WriteStartArray("chunks");
        foreach (var chunk in chunks)
        {
            json.WriteStartArray();
            json.WriteStringValue(chunk.First);
            json.WriteStringValue("/" + chunk.File.Path);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        sink.Add(new OutputFile(Url.TrimStart('/'), buffer.WrittenSpan.ToArray(), source));
    }

    /// <summary>
    /// Page numbers in title order (nb-NO, case ignored; then by address), so that ties rank alphabetically with
    /// no more data. Each title's sort key is made once, on every core, and the keys are compared as bytes: the
    /// same order as comparing the titles, without asking the collation some 130,000 times (on 10,000 pages) on one core.
    /// </summary>
    private static List<SearchPage> InTitleOrder(SearchPage[] pages)
    {
        var collation = CultureInfo.GetCultureInfo("nb-NO").CompareInfo;
        var keys = new SortKey[pages.Length];
        Parallel.For(0, pages.Length, i => keys[i] = collation.GetSortKey(pages[i].Title, CompareOptions.IgnoreCase));
        var order = new int[pages.Length];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) =>
        {
            int byTitle = SortKey.Compare(keys[a], keys[b]);
            return byTitle != 0 ? byTitle : string.CompareOrdinal(pages[a].Url, pages[b].Url);
        });
        return [.. order.Select(i => pages[i])];
    }

    private sealed record Chunk(string First, OutputFile File);

    /// <summary>
    /// The postings cut into chunks of about <see cref="ChunkBytes"/>, in stem order: where each chunk ends is
    /// worked out from the sizes first, then the chunks are put together and hashed on every core.
    /// </summary>
    private static Chunk[] Chunks(List<(string Stem, StemPostings List)> postings, Diagnostics.SourceSpan source)
    {
        // Each posting as the chunk holds it: "stem":[…], with a comma or brace before it.
        var names = new byte[postings.Count][];
        Parallel.For(0, postings.Count, i => names[i] = JsonEncodedText.Encode(postings[i].Stem, JsonOptions.Encoder).EncodedUtf8Bytes.ToArray());
        int PieceSize(int i) => 1 + 1 + names[i].Length + 3 + postings[i].List.Length + 1;
        var ranges = new List<(int Start, int End, int Size)>();
        int start = 0, size = 0;
        for (int i = 0; i < postings.Count; i++)
        {
            size += PieceSize(i);
            if (size >= ChunkBytes || i == postings.Count - 1)
            {
                ranges.Add((start, i + 1, size + 1));
                start = i + 1;
                size = 0;
            }
        }
        var chunks = new Chunk[ranges.Count];
        Parallel.For(0, ranges.Count, c =>
        {
            var (from, to, length) = ranges[c];
            var bytes = new byte[length];
            int at = 0;
            void Put(ReadOnlySpan<byte> part)
            {
                part.CopyTo(bytes.AsSpan(at));
                at += part.Length;
            }
            for (int i = from; i < to; i++)
            {
                Put(i == from ? "{"u8 : ","u8);
                Put("\""u8);
                Put(names[i]);
                Put("\":["u8);
                at += postings[i].List.CopyTo(bytes.AsSpan(at));
                Put("]"u8);
            }
            Put("}"u8);
            chunks[c] = new Chunk(postings[from].Stem, new OutputFile($"{Folder}{Hash(bytes)}.json".TrimStart('/'), bytes, source));
        });
        return chunks;
    }

    // The first ten hex digits of the SHA-256.
    private static string Hash(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash[..5]);
    }

    private static bool Indexed(HtmlPage page) => page.Listed && page.Url != SitePages.SearchUrl;

    /// <summary>
    /// The page's part of the index (its fragment, a file that goes out with the page, and its stems), or null
    /// for a page the index leaves out.
    /// </summary>
    public static SearchPage? EntryOf(HtmlPage page, ReadOnlySpan<char> html)
    {
        if (!Indexed(page)) return null;
        var entry = Entry(page, html);
        var fragment = Encode(entry);
        string hash = Hash(fragment);
        var file = new OutputFile($"{Folder}side/{hash}.json".TrimStart('/'), fragment, page.Source);
        return new SearchPage(page.Url, page.Title, page.Kind, entry.Overview, file, hash)
        {
            Stems = Terms(entry, out var named, out var lengths, out var wide),
            NameStems = named,
            WideSections = wide,
            NameLengths = lengths,
        };
    }

    /// <summary>Where each stem is on the page: in which of its names (a bit each), how often in headings and text, in which sections.</summary>
    private static PageStem[] Terms(IndexEntry e, out NameStem[] nameStems, out int[] nameLengths, out Dictionary<(int, bool), int[]>? wideSections)
    {
        // The thread's scratch (the page's terms, their objects, the folded text) is reused from page to page:
        // only what the index keeps is new.
        var scratch = t_terms ??= new TermScratch();
        scratch.Begin();
        var terms = scratch.Terms;
        // A word (folded) stemmed through the thread's cache, so no word is stemmed or copied twice.
        PageTerm TermOf(ReadOnlySpan<char> folded) => TermOfWord(NorwegianStemmer.Lookup(folded));
        PageTerm TermOfWord(StemmedWord word)
        {
            ref var term = ref CollectionsMarshal.GetValueRefOrAddDefault(terms, word.StemId, out bool known);
            if (!known) term = scratch.Rent(word);
            else if (word.Word.Length < term!.Form.Word.Length) term.Form = word;
            return term!;
        }
        // The title, the other names, and the last part of the address ("/plan/budsjett/" is the budget).
        string? slug = e.Url.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        var names = new List<string> { e.Title };
        names.AddRange(e.Names);
        if (slug is not null) names.Add(slug.Replace('-', ' '));
        if (names.Count > 30) names.RemoveRange(30, names.Count - 30);
        nameLengths = new int[names.Count];
        for (int n = 0; n < names.Count; n++)
        {
            string? last = null;
            foreach (string w in SearchText.Words(names[n]))
            {
                nameLengths[n]++;
                last = w;
                if (!SearchText.IsStopWord(w)) TermOf(w).Names |= 1 << n;
            }
            // The last word of a name is its head ("Tidlig innsats" is a kind of innsats).
            if (last is not null && !SearchText.IsStopWord(last)) TermOf(last).Heads |= 1 << n;
        }
        for (int s = 0; s < e.Sections.Count; s++)
        {
            var section = e.Sections[s];
            foreach (string w in SearchText.Words(section.Heading))
            {
                if (SearchText.IsStopWord(w)) continue;
                var t = TermOf(w);
                t.Headings++;
                if (s > 0) t.HeadingSections.Add(s);
            }
            // Most of the page: its words are slices of the folded text, looked up once (the cache knows stop words).
            foreach (var w in SearchText.FoldedWords(SearchText.Fold(section.Text.Span, ref scratch.Folded)))
            {
                var word = NorwegianStemmer.Lookup(w);
                if (word.IsStopWord) continue;
                var t = TermOfWord(word);
                t.Text++;
                if (s > 0) t.TextSections.Add(s);
            }
        }
        // Kept until the index is joined: a struct of numbers a stem (two million on 10,000 pages), a set of
        // sections as a bit mask; the few stems in the page's names are listed aside.
        var kept = new PageStem[terms.Count];
        var named = new List<NameStem>();
        Dictionary<(int, bool), int[]>? wide = null;
        int k = 0;
        foreach (var (stem, t) in terms)
        {
            kept[k] = new PageStem(stem, t.Form.WordId, t.Headings, t.Text, Mask(t.TextSections, k, false), Mask(t.HeadingSections, k, true));
            if (t.Names != 0 || t.Heads != 0) named.Add(new NameStem(k, t.Names, t.Heads));
            k++;
        }
        nameStems = [.. named];
        wideSections = wide;
        return kept;

        // A set of sections is a bit mask while every section number is below 30; a longer page's list is kept aside.
        int Mask(in SectionSet sections, int stem, bool heading)
        {
            if (!sections.IsWide) return sections.Mask;
            (wide ??= [])[(stem, heading)] = sections.ToArray();
            return PageStem.Wide;
        }
    }

    [ThreadStatic] private static TermScratch? t_terms;

    /// <summary>What reading one page's terms needs, kept by each thread from page to page.</summary>
    private sealed class TermScratch
    {
        public readonly Dictionary<int, PageTerm> Terms = [];
        public char[] Folded = new char[8 * 1024];
        private readonly List<PageTerm> _pool = [];
        private int _rented;

        public void Begin()
        {
            Terms.Clear();
            _rented = 0;
        }

        public PageTerm Rent(StemmedWord form)
        {
            if (_rented == _pool.Count) _pool.Add(new PageTerm());
            var term = _pool[_rented++];
            term.Reset(form);
            return term;
        }
    }

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_json;

    // Encoded into the thread's buffer, which keeps its size; only the finished fragment is a new array.
    private static byte[] Encode(IndexEntry e)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
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

    private static IndexEntry Entry(HtmlPage page, ReadOnlySpan<char> html)
    {
        var names = page.SearchNames.Where(n => !n.Equals(page.Title, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (ReadableText.SectionsOfMain(html) is not var (text, headings))
            return new IndexEntry(page.Url, page.Title, page.Kind, names, [new IndexSection("", "", ReadOnlyMemory<char>.Empty)]) { Overview = IsOverview(page) };
        // The text before the first heading, and under the h1 (the title, indexed on its own), is the page's own
        // first section; every other heading starts a section that a result can link to by its id.
        var sections = new List<IndexSection>();
        int introEnd = headings.Count > 0 ? headings[0].HeadingStart : text.Length;
        var intro = text[..introEnd].Trim();
        int first = 0;
        if (headings.Count > 0 && headings[0].Heading == page.Title)
        {
            int end = headings.Count > 1 ? headings[1].HeadingStart : text.Length;
            intro = text[headings[0].BodyStart..end].Trim();
            first = 1;
        }
        sections.Add(new IndexSection("", "", intro));
        for (int i = first; i < headings.Count; i++)
        {
            var h = headings[i];
            if (h.Heading.Length == 0) continue;
            int end = i + 1 < headings.Count ? headings[i + 1].HeadingStart : text.Length;
            sections.Add(new IndexSection(h.Id, h.Heading, text[h.BodyStart..Math.Max(h.BodyStart, end)].Trim()));
        }
        return new IndexEntry(page.Url, page.Title, page.Kind, names, sections) { Overview = IsOverview(page) };
    }
}

/// <summary>
/// One stem's postings while the index is joined: each page that has the stem, encoded as the chunk holds it
/// (written by hand: two million small arrays of numbers, where a JSON writer's checks on every value cost
/// more than the writing), how many pages, and the page's word for it on each.
/// </summary>
internal sealed class StemPostings
{
    // Written into blocks that double in size, so growing never copies what is written (a common word's list
    // is written onto a hundred kilobytes or more).
    private List<(byte[] Block, int Used)>? _full;
    private byte[] _bytes = new byte[32];
    private int _length;
    private int _firstForm = -1;
    // The pages each word has, once a second word for the stem turns up (most stems have one).
    private Dictionary<int, int>? _pagesWithForm;

    public int Count { get; private set; }

    /// <summary>The size in bytes of the postings, comma-separated, without the brackets around them.</summary>
    public int Length { get; private set; }

    /// <summary>Copies the postings (see <see cref="Length"/>) to the start of <paramref name="into"/>; returns how many bytes.</summary>
    public int CopyTo(Span<byte> into)
    {
        int at = 0;
        foreach (var (block, used) in _full ?? [])
        {
            block.AsSpan(0, used).CopyTo(into[at..]);
            at += used;
        }
        _bytes.AsSpan(0, _length).CopyTo(into[at..]);
        return at + _length;
    }

    // [page, names, headings, text, text sections, heading sections, (name lengths, names it ends)]. A set of
    // sections is a bit mask while every section number is below 30, else a list.
    public void Add(int p, int i, SearchPage page)
    {
        ref readonly var t = ref page.Stems[i];
        CountForm(t.Form);
        var (names, heads) = page.NamesOf(i);
        if (Count++ > 0) Write(","u8);
        Write("["u8);
        WriteNumber(p);
        Write(","u8);
        WriteNumber(names);
        Write(","u8);
        WriteNumber(t.Headings);
        Write(","u8);
        WriteNumber(t.Text);
        Write(","u8);
        WriteSections(t.TextMask, page, i, heading: false);
        Write(","u8);
        WriteSections(t.HeadingMask, page, i, heading: true);
        if (names != 0)
        {
            Write(",["u8);
            for (int n = 0; n < page.NameLengths.Length; n++)
            {
                if (n > 0) Write(","u8);
                WriteNumber(page.NameLengths[n]);
            }
            Write("],"u8);
            WriteNumber(heads);
        }
        Write("]"u8);
    }

    /// <summary>The form a suggestion shows: the shortest on the pages, then the one on most pages, then the first in ordinal order.</summary>
    public string SuggestedForm()
    {
        string first = SearchVocabulary.Text(_firstForm);
        if (_pagesWithForm is null) return first;
        string best = first;
        int bestCount = _pagesWithForm[_firstForm];
        foreach (var (id, count) in _pagesWithForm)
        {
            string form = SearchVocabulary.Text(id);
            int order = form.Length != best.Length ? form.Length.CompareTo(best.Length)
                : count != bestCount ? bestCount.CompareTo(count)
                : string.CompareOrdinal(form, best);
            if (order < 0) (best, bestCount) = (form, count);
        }
        return best;
    }

    private void CountForm(int form)
    {
        if (_firstForm < 0) _firstForm = form;
        else if (_pagesWithForm is not null) _pagesWithForm[form] = _pagesWithForm.GetValueOrDefault(form) + 1;
        else if (form != _firstForm) _pagesWithForm = new() { [_firstForm] = Count, [form] = 1 };
    }

    private void WriteSections(int mask, SearchPage page, int stem, bool heading)
    {
        if (mask != PageStem.Wide) { WriteNumber(mask); return; }
        Write("["u8);
        bool first = true;
        foreach (int n in page.WideSections![(stem, heading)])
        {
            if (!first) Write(","u8);
            first = false;
            WriteNumber(n);
        }
        Write("]"u8);
    }

    private Span<byte> Room(int size)
    {
        if (_length + size > _bytes.Length)
        {
            (_full ??= []).Add((_bytes, _length));
            _bytes = new byte[Math.Max(Math.Min(_bytes.Length * 2, 64 * 1024), size)];
            _length = 0;
        }
        return _bytes.AsSpan(_length);
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Room(bytes.Length));
        _length += bytes.Length;
        Length += bytes.Length;
    }

    private void WriteNumber(int value)
    {
        System.Buffers.Text.Utf8Formatter.TryFormat(value, Room(11), out int written);
        _length += written;
        Length += written;
    }
}

/// <summary>One page's part of the search index, made as the page is rendered: its fragment (the text results show) and its stems.</summary>
public sealed record SearchPage(string Url, string Title, string Kind, bool Overview, OutputFile FragmentFile, string FragmentHash)
{
    public PageStem[] Stems { get; init; } = [];

    /// <summary>The stems (by their place in <see cref="Stems"/>, in order) that are in the page's names.</summary>
    public NameStem[] NameStems { get; init; } = [];

    /// <summary>In which names (a bit each) the stem is, and which names it ends.</summary>
    public (int Names, int Heads) NamesOf(int stem)
    {
        foreach (var n in NameStems)
        {
            if (n.Stem == stem) return (n.Names, n.Heads);
            if (n.Stem > stem) break;
        }
        return (0, 0);
    }

    /// <summary>The sections of a stem (by its place in <see cref="Stems"/>, and whether in headings) that a bit mask cannot hold.</summary>
    public IReadOnlyDictionary<(int Stem, bool Heading), int[]>? WideSections { get; init; }

    /// <summary>How many words each of the page's names has (the title first): a query that is all of a name is about the page.</summary>
    public int[] NameLengths { get; init; } = [];
}

/// <summary>
/// Where one stem is on one page: the stem and the page's shortest word for it (numbers in
/// <see cref="SearchVocabulary"/>), how often in headings and text, and in which sections: a bit mask
/// (sections 1–29), or <see cref="Wide"/> when the page keeps the list aside (<see cref="SearchPage.WideSections"/>).
/// Twenty-four bytes; two million of them on 10,000 pages.
/// </summary>
public readonly record struct PageStem(int Stem, int Form, int Headings, int Text, int TextMask, int HeadingMask)
{
    /// <summary>A mask no set of sections makes (bit 31 is never a section's): the list is kept aside.</summary>
    public const int Wide = -1;
}

/// <summary>A stem of the page's names (by its place in <see cref="SearchPage.Stems"/>): in which names (a bit each), and which it ends.</summary>
public readonly record struct NameStem(int Stem, int Names, int Heads);

/// <summary>Where one stem is on one page, while the page is read (reused from page to page by the thread).</summary>
internal sealed class PageTerm
{
    /// <summary>The shortest word on the page with this stem (folded), the likeliest base form.</summary>
    public StemmedWord Form = null!;
    public int Names;
    /// <summary>The names (a bit each) whose last word this is.</summary>
    public int Heads;
    public int Headings;
    public int Text;
    public SectionSet TextSections;
    public SectionSet HeadingSections;

    public void Reset(StemmedWord form)
    {
        Form = form;
        Names = Heads = Headings = Text = 0;
        TextSections.Clear();
        HeadingSections.Clear();
    }
}

/// <summary>
/// The sections (numbered from 1, added in order) a stem is in: a bit mask while all are below 30, and those
/// from 30 on in a list, which makes the set wide.
/// </summary>
internal struct SectionSet
{
    public int Mask;
    private List<int>? _from30;

    public readonly bool IsWide => _from30 is { Count: > 0 };

    public void Add(int section)
    {
        if (section < 30) { Mask |= 1 << section; return; }
        _from30 ??= [];
        if (_from30.Count == 0 || _from30[^1] != section) _from30.Add(section);
    }

    public void Clear()
    {
        Mask = 0;
        _from30?.Clear();
    }

    /// <summary>Every section in the set, in order.</summary>
    public readonly int[] ToArray()
    {
        var all = new List<int>();
        for (int n = 0; n < 30; n++)
            if ((Mask & (1 << n)) != 0) all.Add(n);
        if (_from30 is not null) all.AddRange(_from30);
        return [.. all];
    }
}
