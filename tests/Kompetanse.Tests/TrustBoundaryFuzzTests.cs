using System.IO.Compression;
using CsCheck;
using Kompetanse.Diagnostics;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>
/// Property-based tests of the trust boundary: generated file names, YAML, Markdown and answer documents.
/// Whatever they hold, the build does not crash (an exception here is a KMP999 in the command), writes
/// nothing outside its output folder, and every error it reports names a file. Iteration counts are kept
/// small so the suite stays quick; CsCheck shrinks a failing case to the smallest one and prints its seed.
/// </summary>
public class TrustBoundaryFuzzTests
{
    // A longer robustness run: KOMPETANSE_FUZZ_ITERATIONS=500 ./test.sh --filter TrustBoundaryFuzzTests
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("KOMPETANSE_FUZZ_ITERATIONS"), out int n) && n > 0 ? n : 10;

    private static readonly Gen<string> NameCharacters = Gen.Char["aZ9 -_.~æø\\\t\r\n#?%:@+=,;'\"<>|*$!()[]{}\u00a0\u200b\u202e"].Array[1, 12].Select(c => new string(c));

    private static readonly Gen<string> Folders = Gen.OneOf("", "sider/", "svar/kartlegging/", "concepts/", "a b/", "roles/", "bilder/");

    private static readonly Gen<string> Extensions = Gen.OneOf(".md", ".txt", ".png", ".svg", ".html", ".docx", ".odt", ".json", ".yml", "");

    private static Gen<string> Joined(params string[] tokens) => Gen.OneOf(tokens).Array[0, 30].Select(parts => string.Concat(parts));

    private static readonly Gen<string> Yaml = Joined(
        "name: ", "x", ":", "- ", "\n", "  ", "[", "]", "{", "}", "\"", "'", "&a ", "*a", "!!str ", "javascript:alert(1)",
        "url: ", "navigation:\n", "base_url: ", "https://x.no/", "\t", "\r", "# ", "|", ">", "title: ", "redirects: ", "/a b/", "0x1F", "~", "null");

    private static readonly Gen<string> Markdown = Joined(
        "[a](", ")", "<", ">", "javascript:", "data:", "http://x", "![b](", "x.png", "`", "```\n", "# ", "\n", "*", "_", "{", "}", "|",
        "---\n", "<script>", "&amp;", "\\", "vbscript:", " ", "æøå", "../", "#anker", "[[", "]]", "\r", "\u0000", "<https://x.no>");

    private static void AssertWellBehaved(TestSite site, BuildResult result, IReadOnlyCollection<string> before)
    {
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "KMP999");
        Assert.All(result.Diagnostics.Where(d => d.Severity == Severity.Error), d => Assert.False(string.IsNullOrEmpty(d.Location.Path), $"no position: {d}"));
        // Outside the output folder (and its staging folder) the build changes nothing: the input is as it was.
        var after = Directory.EnumerateFileSystemEntries(site.Root, "*", SearchOption.AllDirectories)
            .Where(p => !p.StartsWith(site.Output, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(before, after);
        foreach (var file in result.Outputs) Assert.True(Outputs.OutputSink.IsContainedPath(file.Path), file.Path);
    }

    private static List<string> Listing(TestSite site) =>
        Directory.EnumerateFileSystemEntries(site.Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    private static TestSite WithForm() => new TestSite().File("forms/kartlegging.yml", """
        title: Kartlegging
        version: "1.0"
        date: 2026-09-01
        purpose: Å se hvor vi står.
        who: Enhetsleder.
        when: Høsten 2026.
        header:
          - label: Enhet
        sections:
          - title: Del én
            questions:
              - id: kommentar
                text: Noe mer?
                answer: text
        """);

    [Fact]
    public void Any_file_name_is_built_without_a_crash_and_nothing_is_written_outside_the_output()
    {
        Gen.Select(Folders, NameCharacters, Extensions, Markdown).Sample((folder, name, extension, body) =>
        {
            if (name is "." or ".." || name.StartsWith('.')) return;
            using var site = WithForm();
            site.File(folder + name + extension, "---\ntitle: T\n---\n" + body);
            var before = Listing(site);

            var result = site.Build(write: true);

            AssertWellBehaved(site, result, before);
        }, iter: Iterations, threads: 2);
    }

    [Fact]
    public void Any_site_settings_and_front_matter_are_built_without_a_crash()
    {
        Gen.Select(Yaml, Yaml, Gen.Bool).Sample((settings, frontMatter, withSettingsPrefix) =>
        {
            using var site = new TestSite()
                .File("site.yml", (withSettingsPrefix ? TestSite.SiteYml + "\n" : "") + settings)
                .File("concepts/prøve.md", "---\ntitle: Prøve\ndefinition: En prøve.\n" + frontMatter + "\n---\nTekst.\n")
                .File("sider/side.md", "---\n" + frontMatter + "\n---\nTekst.\n");
            var before = Listing(site);

            var result = site.Build();

            AssertWellBehaved(site, result, before);
        }, iter: Iterations, threads: 2);
    }

    [Fact]
    public void Any_markdown_is_built_without_a_crash_and_no_executable_link_is_published()
    {
        Markdown.Sample(body =>
        {
            using var site = new TestSite().File("sider/side.md", "---\ntitle: Side\n---\n" + body + "\n");
            var before = Listing(site);

            var result = site.Build();

            AssertWellBehaved(site, result, before);
            var page = result.Outputs.FirstOrDefault(f => f.Path == "sider/side/index.html");
            if (page is not null)
            {
                string html = System.Text.Encoding.UTF8.GetString(page.Content).ToLowerInvariant();
                Assert.DoesNotContain("href=\"javascript:", html);
                Assert.DoesNotContain("href=\"vbscript:", html);
                Assert.DoesNotContain("href=\"data:", html);
            }
        }, iter: Iterations, threads: 2);
    }

    private static readonly byte[] SmallDocument = MakeDocument();

    private static byte[] MakeDocument()
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
            Add("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
            Add("content.xml", "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
            Add("word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>");
        }
        return output.ToArray();
    }

    [Fact]
    public void Any_damaged_answer_document_is_an_error_at_the_file_never_a_crash()
    {
        var mutations = Gen.Select(Gen.Int[0, 2], Gen.Int[0, SmallDocument.Length], Gen.Byte.Array[0, 16], Gen.OneOf(".docx", ".odt"));
        mutations.Sample((kind, at, noise, extension) =>
        {
            byte[] document = kind switch
            {
                0 => SmallDocument[..at], // cut short
                1 => [.. SmallDocument[..at], .. noise, .. SmallDocument[Math.Min(SmallDocument.Length, at + noise.Length)..]], // overwritten
                _ => noise, // anything at all
            };
            using var site = WithForm().Bytes("svar/kartlegging/svar" + extension, document);
            var before = Listing(site);

            var result = site.Build();

            AssertWellBehaved(site, result, before);
        }, iter: Iterations, threads: 2);
    }
}
