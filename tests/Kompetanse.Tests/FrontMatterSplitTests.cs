using System.Text;
using Kompetanse.Diagnostics;
using Kompetanse.Loading;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>
/// A Markdown file is split into front matter and body where its bytes are, before it is decoded: for every
/// file, what comes out (fields, body, where the body starts, diagnostics) must be what reading it as text
/// and splitting that gives.
/// </summary>
public class FrontMatterSplitTests
{
    // The name says whether the bytes are split ("split: …") or read as text first.
    public static TheoryData<string, byte[]> Files() => new()
    {
        { "split: plain", Utf8("---\ntitle: Tilpasset opplæring\ntags: [a, b]\n---\nTekst med æ, ø og å.\n\n## Del\n") },
        { "split: byte-order mark", [0xEF, 0xBB, 0xBF, .. Utf8("---\ntitle: A\n---\nTekst\n")] },
        { "CRLF", Utf8("---\r\ntitle: A\r\n---\r\nTekst\r\nmer\r\n") },
        { "a lone CR", Utf8("---\ntitle: A\n---\nTekst\rmer\n") },
        { "split: closing line with spaces and tab", Utf8("---\ntitle: A\n---  \t\nTekst\n") },
        { "closing line with no-break space", Utf8("---\ntitle: A\n---\u00A0\nTekst\n---\nmer\n") },
        { "closing line with a control character", Utf8("---\ntitle: A\n---\u001F\nTekst\n---\nmer\n") },
        { "split: a line that only starts with ---", Utf8("---\ntitle: A\n--- ikke slutt\n---\nTekst\n") },
        { "split: closing line last, no newline", Utf8("---\ntitle: A\n---") },
        { "split: empty body", Utf8("---\ntitle: A\n---\n") },
        { "unclosed", Utf8("---\ntitle: A\nTekst\n") },
        { "no front matter", Utf8("Bare tekst\n") },
        { "split: empty front matter", Utf8("---\n---\nTekst\n") },
        { "bad UTF-8 in the body", [.. Utf8("---\ntitle: A\n---\nTekst "), 0xC3, 0x28, .. Utf8("\n")] },
        { "bad UTF-8 in the front matter", [.. Utf8("---\ntitle: A"), 0xFF, .. Utf8("\n---\nTekst\n")] },
        { "split: malformed YAML", Utf8("---\ntitle: [a\n---\nTekst\n") },
        { "only ---", Utf8("---") },
        { "blank", Utf8("  \n") },
    };

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Theory]
    [MemberData(nameof(Files))]
    public void Splitting_the_bytes_gives_what_splitting_the_text_gives(string name, byte[] bytes)
    {
        using var folder = new TempFolder("front-matter");
        folder.Write("side.md", "");
        string path = Path.Combine(folder.Path, "side.md");
        File.WriteAllBytes(path, bytes);
        var file = ContainedFolder.At(path, folder.Path);

        var fromBytes = new DiagnosticBag();
        var read = FrontMatter.Read(file, fromBytes);
        var fromText = new DiagnosticBag();
        string? text = InputText.Decode(bytes, file.DisplayPath, fromText);
        var parsed = text is null ? null : FrontMatter.Parse(text, file.DisplayPath, fromText);

        Assert.Equal(Describe(parsed), Describe(read));
        Assert.Equal(fromText.Sorted().Select(d => d.ToString()), fromBytes.Sorted().Select(d => d.ToString()));
        Assert.Equal(name.StartsWith("split: ", StringComparison.Ordinal), FrontMatter.TrySplit(bytes, file.DisplayPath, new DiagnosticBag(), out _));
    }

    private static string Describe(FrontMatter.Parsed? parsed) => parsed is null ? "(none)"
        : $"title={parsed.Fields.String("title")} at {parsed.Fields.Location} | body@{parsed.Body.Start}: {parsed.Body.Text}";
}
