using System.Diagnostics;
using System.IO.Compression;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Kompetanse.Diagnostics;
using Kompetanse.Loading;
using Kompetanse.Outputs;
using Kompetanse.Preview;
using Kompetanse.Tests.Support;
using Kompetanse.Writing;

namespace Kompetanse.Tests;

/// <summary>
/// The trust boundary (issue 20): the build reads only what lies inside input/ and theme/, through one gate,
/// and writes only inside the output. Each case a tester found is a test here, named after it.
/// </summary>
public class TrustBoundaryTests
{
    private static readonly string Secret = "hemmelig-" + Guid.NewGuid().ToString("N");

    private static void AssertNothingSecret(BuildResult result, string? output = null)
    {
        foreach (var file in result.Outputs)
            Assert.DoesNotContain(Secret, System.Text.Encoding.UTF8.GetString(file.Content));
        if (output is not null && Directory.Exists(output))
            foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
                Assert.DoesNotContain(Secret, File.ReadAllText(file));
    }

    private static void MakeFifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    // ---- Writes anywhere ----

    [Fact]
    public void A_file_name_with_backslashes_is_an_error_at_the_file_and_nothing_is_written_outside_the_output()
    {
        using var site = new TestSite();
        site.File("sider/a\\..\\..\\site.yml", "overskrevet\n").File("sider/\\tmp\\x.txt", Secret);
        string settings = File.ReadAllText(Path.Combine(site.Input, "site.yml"));

        var result = site.Build(write: true);

        Assert.Equal(2, result.With("KMP203").Count);
        Assert.All(result.With("KMP203"), d => Assert.Contains("backslash", d.Message));
        Assert.False(result.Succeeded);
        Assert.Equal(settings, File.ReadAllText(Path.Combine(site.Input, "site.yml")));
        Assert.False(File.Exists("/tmp/x.txt") && File.ReadAllText("/tmp/x.txt") == Secret);
    }

    [Fact]
    public void A_control_character_in_a_name_is_an_error_at_the_file()
    {
        using var site = new TestSite().File("sider/linje\nskift.md", "---\ntitle: X\n---\nx\n");

        var result = site.Build();

        var d = Assert.Single(result.With("KMP203"));
        Assert.Contains("U+000A", d.Message);
        Assert.Contains("\\u000A", d.Location.Path);
    }

    [Fact]
    public void A_published_file_whose_name_a_web_address_cannot_hold_is_an_error_with_a_better_name()
    {
        using var site = new TestSite().Bytes("vedlegg/Plan 2026 #2.pdf", [0x25, 0x50, 0x44, 0x46]);

        var result = site.Build();

        var d = result.Single("KMP204", "vedlegg/Plan 2026 #2.pdf");
        Assert.Contains("'plan-2026-2.pdf'", d.Message);
        Assert.DoesNotContain(result.Outputs, f => f.Path.Contains("Plan", StringComparison.Ordinal));
    }

    [Fact]
    public void A_generic_page_whose_name_a_web_address_cannot_hold_gets_a_slug_like_a_concept()
    {
        using var site = new TestSite().File("Om oss/Kontakt oss.md", "---\ntitle: Kontakt\n---\nRing oss.\n");

        var result = site.Build();

        result.AssertClean();
        Assert.Contains(result.Outputs, f => f.Path == "om-oss/kontakt-oss/index.html");
    }

    [Theory]
    [InlineData("../x.html")]
    [InlineData("/etc/x")]
    [InlineData("a\\b")]
    [InlineData("a//b")]
    [InlineData("a/\r/b")]
    [InlineData("")]
    public void The_output_gate_refuses_any_path_that_could_leave_the_output(string path)
    {
        var diagnostics = new DiagnosticBag();
        var sink = new OutputSink(diagnostics);

        sink.Add(OutputFile.Text(path, "x", SourceSpan.File("input/x.md")));

        Assert.Empty(sink.Files);
        Assert.Equal("KMP205", Assert.Single(diagnostics.Sorted()).Id);
    }

    // ---- Reads from outside ----

    [Fact]
    public void A_hard_link_to_a_file_outside_the_input_is_refused_and_not_published()
    {
        using var outside = new TempFolder("outside");
        string secret = outside.Write("hemmelig.txt", Secret);
        using var site = new TestSite();
        if (!HardLink(secret, Path.Combine(site.Input, "lenke.txt"))) return; // a file system without hard links cannot make the case

        var result = site.Build(write: true);

        var d = result.Single("KMP201", "lenke.txt");
        Assert.Contains("2 names", d.Message);
        AssertNothingSecret(result, site.Output);
    }

    [Fact]
    public void A_symbolic_link_placed_in_the_theme_packages_decap_folder_is_refused()
    {
        using var outside = new TempFolder("outside");
        string secret = outside.Write("hemmelig.js", Secret);
        using var theme = ThemeCopy();
        File.CreateSymbolicLink(Path.Combine(theme.Path, "node_modules/decap-cms/dist/999.decap-cms.js"), secret);
        using var site = new TestSite();

        var result = Build.Run(site.Options(write: true) with { Theme = theme.Path });

        Assert.False(result.Succeeded);
        var d = result.Single("KMP002", "node_modules/decap-cms/dist/999.decap-cms.js");
        Assert.Contains("symbolic link", d.Message);
        AssertNothingSecret(result, site.Output);
    }

    [Fact]
    public void A_file_swapped_for_a_link_after_the_folder_was_read_is_refused_not_followed()
    {
        using var outside = new TempFolder("outside");
        string secret = outside.Write("hemmelig.txt", Secret);
        using var site = new TestSite().File("sider/x.md", "---\ntitle: X\n---\nx\n");
        var diagnostics = new DiagnosticBag();
        var file = ContainedFolder.Scan(site.Input, diagnostics, Environment.CurrentDirectory).Single(f => f.RelativePath == "sider/x.md");

        File.Delete(file.FullPath);
        File.CreateSymbolicLink(file.FullPath, secret);
        var bytes = ContainedFolder.Read(file, SizeLimit.Text, diagnostics);

        Assert.Null(bytes);
        Assert.Contains("symbolic link", Assert.Single(diagnostics.Sorted()).Message);
    }

    // A file in /proc says it is empty and then gives its text, as a file that grew after it was checked.
    [Fact]
    public void A_file_that_grew_after_it_was_checked_is_read_to_its_end_and_never_past_the_limit()
    {
        var status = new InputFile("/proc/self/status", "status", "/proc/self/status") { Root = "/proc" };
        var diagnostics = new DiagnosticBag();

        var bytes = ContainedFolder.Read(status, SizeLimit.Text, diagnostics);

        Assert.Empty(diagnostics.Sorted());
        string text = System.Text.Encoding.UTF8.GetString(Assert.IsType<byte[]>(bytes));
        Assert.StartsWith("Name:", text);
        Assert.Contains("VmPeak:", text);
        Assert.EndsWith("\n", text);

        var tooLarge = ContainedFolder.Read(status, new SizeLimit(100, "a test file"), diagnostics);
        Assert.Null(tooLarge);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("KMP202", error.Id);
        Assert.Contains("a test file", error.Message);
    }

    [Fact]
    public void A_file_whose_folder_is_swapped_for_a_link_outside_is_refused_by_its_real_path()
    {
        using var outside = new TempFolder("outside");
        outside.Write("sider/x.md", Secret);
        using var site = new TestSite().File("sider/x.md", "---\ntitle: X\n---\nx\n");
        var diagnostics = new DiagnosticBag();
        var file = ContainedFolder.Scan(site.Input, diagnostics, Environment.CurrentDirectory).Single(f => f.RelativePath == "sider/x.md");

        Directory.Delete(Path.Combine(site.Input, "sider"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(site.Input, "sider"), outside.Combine("sider"));
        var bytes = ContainedFolder.Read(file, SizeLimit.Text, diagnostics);

        Assert.Null(bytes);
        Assert.Equal("KMP007", Assert.Single(diagnostics.Sorted()).Id);
    }

    [Fact]
    public void Preview_serves_the_last_good_build_from_memory_after_a_link_to_the_password_file_appears()
    {
        using var site = new TestSite().File("x.txt", "offentlig tekst\n");
        var first = site.Build();
        first.AssertClean();
        var snapshot = new SiteSnapshot(first.Outputs, 1);

        File.Delete(Path.Combine(site.Input, "x.txt"));
        File.CreateSymbolicLink(Path.Combine(site.Input, "x.txt"), "/etc/passwd");
        var second = site.Build();

        Assert.False(second.Succeeded);
        second.Single("KMP007", "x.txt");
        Assert.Equal("offentlig tekst\n", System.Text.Encoding.UTF8.GetString(SiteSnapshot.Read(snapshot.Resolve("/x.txt")!)));
    }

    // ---- The output guard compares real folders, not text ----

    [Fact]
    public void An_output_reached_through_a_link_into_the_input_is_refused()
    {
        using var site = new TestSite();
        Directory.CreateDirectory(Path.Combine(site.Input, "ut"));
        string link = Path.Combine(site.Root, "lenke-ut");
        Directory.CreateSymbolicLink(link, Path.Combine(site.Input, "ut"));

        var result = Build.Run(site.Options(write: true) with { Output = link });

        Assert.Contains("inside the input folder", Assert.Single(result.With("KMP060")).Message);
        Assert.False(File.Exists(Path.Combine(site.Input, "ut", "index.html")));
    }

    [Fact]
    public void An_output_that_is_the_input_through_a_chain_of_links_is_refused()
    {
        using var site = new TestSite();
        string first = Path.Combine(site.Root, "a");
        string second = Path.Combine(site.Root, "b");
        Directory.CreateSymbolicLink(second, site.Input);
        Directory.CreateSymbolicLink(first, second);

        Assert.Contains("input folder", OutputGuard.Check(first, site.Input, RepoPaths.Theme));
        Assert.Contains("input folder", OutputGuard.Check(Path.Combine(first, "site"), site.Input, RepoPaths.Theme));
        Assert.True(File.Exists(Path.Combine(site.Input, "site.yml")));
    }

    [Fact]
    public void An_output_whose_staging_folder_is_a_link_into_the_input_is_refused()
    {
        using var site = new TestSite();
        Directory.CreateSymbolicLink(site.Output + ".staging", site.Input);

        Assert.Contains("input folder", OutputGuard.Check(site.Output, site.Input, RepoPaths.Theme));
    }

    [Fact]
    public void An_empty_output_is_a_clear_error_not_an_internal_one()
    {
        using var site = new TestSite();

        var result = Build.Run(site.Options(write: true) with { Output = "" });

        var d = Assert.Single(result.With("KMP060"));
        Assert.Contains("no folder is named", d.Message);
        Assert.DoesNotContain(result.Diagnostics, x => x.Id == "KMP999");
    }

    // ---- Hangs and floods ----

    [Fact]
    public void A_fifo_in_the_input_is_an_error_at_its_path_and_never_a_hang()
    {
        using var site = new TestSite();
        MakeFifo(Path.Combine(site.Input, "ror.md"));
        MakeFifo(Path.Combine(site.Input, "site.yml.tmp"));

        var result = site.Build();

        var fifo = result.Single("KMP200", "ror.md");
        Assert.Contains("FIFO", fifo.Message);
        // The kind of file is told in the editors' language too, not in English inside a Norwegian sentence.
        Assert.StartsWith("dette er en FIFO (navngitt rør), ikke en vanlig fil", DiagnosticMessages.Format(fifo, MessageLanguage.Norwegian));
        result.Single("KMP200", "site.yml.tmp");
    }

    [Fact]
    public void A_fifo_reached_through_the_gate_directly_is_refused_without_blocking()
    {
        using var folder = new TempFolder("fifo");
        string path = folder.Combine("ror.md");
        MakeFifo(path);
        var diagnostics = new DiagnosticBag();

        var bytes = ContainedFolder.Read(ContainedFolder.At(path, folder.Path), SizeLimit.Text, diagnostics);

        Assert.Null(bytes);
        Assert.Equal("KMP200", Assert.Single(diagnostics.Sorted()).Id);
    }

    [Fact]
    public void A_socket_in_the_input_is_an_error_at_its_path()
    {
        using var site = new TestSite();
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(site.Input, "sokkel.md")));

        var result = site.Build();

        Assert.Contains("socket", result.Single("KMP200", "sokkel.md").Message);
    }

    [Fact]
    public void A_device_reached_through_a_link_is_refused()
    {
        using var site = new TestSite();
        File.CreateSymbolicLink(Path.Combine(site.Input, "null.txt"), "/dev/zero");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Id is "KMP007" or "KMP200" && DiagnosticQueries.IsFile(d, "null.txt"));
    }

    [Fact]
    public void Three_hundred_megabytes_of_markdown_are_refused_by_their_size_naming_the_limit()
    {
        using var site = new TestSite();
        string path = Path.Combine(site.Input, "stor.md");
        using (var stream = File.Create(path)) stream.SetLength(300L << 20); // sparse: no disk is filled

        var result = site.Build();

        var d = result.Single("KMP202", "stor.md");
        Assert.Contains("300 MB", d.Message);
        Assert.Contains("4 MB", d.Message);
        Assert.Equal("filen er 300 MB, over grensen på 4 MB for en side, datafil eller mal", DiagnosticMessages.Format(d, MessageLanguage.Norwegian));
    }

    // Every limit names its kind of file in the editors' language too (KMP202 puts it in a Bokmål sentence).
    [Fact]
    public void Every_size_limit_names_its_kind_of_file_in_Norwegian()
    {
        var limits = typeof(SizeLimit).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(f => f.GetValue(null)).OfType<SizeLimit>().ToList();
        Assert.NotEmpty(limits);
        foreach (var limit in limits)
            Assert.True(DiagnosticMessages.Norwegian.ContainsKey("=" + limit.What), $"no Norwegian for '{limit.What}' in Messages.nb.resx");
    }

    [Fact]
    public void A_published_file_over_its_limit_is_refused_naming_the_limit()
    {
        using var site = new TestSite();
        using (var stream = File.Create(Path.Combine(site.Input, "film.mp4"))) stream.SetLength(SizeLimit.Published.Bytes + 1);

        var result = site.Build();

        Assert.Contains("50 MB", result.Single("KMP202", "film.mp4").Message);
    }

    private static TestSite AnswerSite() => new TestSite().File("forms/kartlegging.yml", """
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

    /// <summary>A small zip whose one entry unpacks to <paramref name="megabytes"/> MB of zeros.</summary>
    public static byte[] ZipBomb(int megabytes, string entry = "word/document.xml")
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry(entry, CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) stream.Write(zeros);
        }
        return output.ToArray();
    }

    [Fact]
    public void A_zip_bomb_in_the_answers_is_refused_at_the_file_naming_the_limit()
    {
        byte[] bomb = ZipBomb(64);
        Assert.True(bomb.Length < 200_000);
        using var site = AnswerSite().Bytes("svar/kartlegging/bombe.docx", bomb).Bytes("svar/kartlegging/bombe.odt", bomb);

        var result = site.Build();

        Assert.Contains("32 MB", result.Single("KMP206", "svar/kartlegging/bombe.docx").Message);
        result.Single("KMP206", "svar/kartlegging/bombe.odt");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "KMP999");
    }

    [Fact]
    public void A_zip_with_too_many_entries_is_refused()
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            for (int i = 0; i <= BoundedZipMaxEntries; i++) zip.CreateEntry($"e{i}");
        using var site = AnswerSite().Bytes("svar/kartlegging/mange.docx", output.ToArray());

        var result = site.Build();

        Assert.Contains("parts", result.Single("KMP206", "svar/kartlegging/mange.docx").Message);
    }

    private const int BoundedZipMaxEntries = Kompetanse.Loading.Answers.BoundedZip.MaxEntries;

    [Theory]
    [InlineData("tom.docx", new byte[0], "empty")]
    [InlineData("pdf.docx", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A }, "PDF")]
    [InlineData("passord.docx", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 }, "encrypted")]
    [InlineData("~$rtlegging.docx", new byte[] { 0x0A, 0x4E, 0x4E, 0, 0, 0 }, "lock file")]
    [InlineData("rot.odt", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00 }, "damaged")]
    [InlineData("tekst.odt", new byte[] { 0x68, 0x65, 0x69 }, "not a .docx or .odt")]
    public void A_corrupt_empty_encrypted_or_foreign_document_is_an_error_naming_the_file(string name, byte[] bytes, string said)
    {
        using var site = AnswerSite().Bytes("svar/kartlegging/" + name, bytes);

        var result = site.Build();

        Assert.Contains(said, result.Single("KMP207", "svar/kartlegging/" + name).Message);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "KMP999");
    }

    [Fact]
    public void A_truncated_docx_is_an_error_naming_the_file()
    {
        byte[] whole = ZipBomb(1);
        using var site = AnswerSite().Bytes("svar/kartlegging/kuttet.docx", whole[..(whole.Length / 2)]);

        var result = site.Build();

        Assert.Contains("damaged", result.Single("KMP207", "svar/kartlegging/kuttet.docx").Message);
    }

    [Fact]
    public void The_command_exits_1_not_2_for_a_foreign_document()
    {
        using var site = AnswerSite().Bytes("svar/kartlegging/pdf.docx", "%PDF-1.7\n"u8.ToArray());

        var outcome = CliProcess.Run(site.Root, "check", "--input", site.Input, "--theme", RepoPaths.Theme);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("pdf.docx", outcome.All);
        Assert.Contains("KMP207", outcome.All);
        Assert.DoesNotContain("KMP999", outcome.All);
    }

    // ---- Nothing executable slips in ----

    [Theory]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<JavaScript:alert(document.cookie)>")]
    [InlineData("<vbscript:msgbox>")]
    [InlineData("[klikk](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[klikk](data:image/svg+xml,abc)")]
    public void Executable_urls_in_markdown_and_autolinks_are_refused(string markdown)
    {
        using var site = new TestSite().File("sider/x.md", "---\ntitle: X\n---\nLes " + markdown + " her.\n");

        var result = site.Build();

        result.Single("KMP031", "sider/x.md").AssertAt(4, 5);
        var page = System.Text.Encoding.UTF8.GetString(result.Outputs.Single(f => f.Path == "sider/x/index.html").Content);
        Assert.DoesNotContain("script:", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"data:", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_javascript_url_in_the_navigation_is_refused_at_its_line()
    {
        using var site = new TestSite().File("site.yml", TestSite.SiteYml + "\nnavigation:\n  - title: Klikk\n    url: \" javascript:alert(1)\"\n");

        var result = site.Build();

        result.Single("KMP208", "site.yml").AssertAt(8, 10);
        Assert.DoesNotContain(result.Outputs, f => System.Text.Encoding.UTF8.GetString(f.Content).Contains("javascript:alert", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"/gammel\\tside/\"")]
    [InlineData("\"/gammel\\rside/\"")]
    [InlineData("\"/gammel side/\"")]
    public void A_redirect_with_whitespace_or_control_characters_is_refused(string from)
    {
        using var site = new TestSite().File("sider/ny.md", $"---\ntitle: Ny\nredirects: [{from}]\n---\nx\n");

        var result = site.Build();

        Assert.Contains("no spaces or line breaks", result.Single("KMP026", "sider/ny.md").Message);
    }

    [Theory]
    [InlineData("_redirects", "redirects: [/gammel/adresse/]")]
    [InlineData("_headers", "headers")]
    public void Netlify_files_in_the_input_are_errors_saying_what_to_do(string name, string said)
    {
        using var site = new TestSite().File(name, "/* /x 200\n");

        var result = site.Build();

        Assert.Contains(said, result.Single("KMP209", name).Message);
        Assert.DoesNotContain(result.Outputs, f => System.Text.Encoding.UTF8.GetString(f.Content).Contains("/* /x 200", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("side.html")]
    [InlineData("vedlegg/skript.js")]
    [InlineData("modul.mjs")]
    public void Html_and_script_files_in_the_input_are_refused_with_the_reason(string name)
    {
        using var site = new TestSite().File(name, "<script>alert(1)</script>");

        var result = site.Build();

        result.Single("KMP210", name);
        Assert.DoesNotContain(result.Outputs, f => f.Path == name);
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "<script>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", "event handler")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><div/></foreignObject></svg>", "foreignObject")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:x=\"http://www.w3.org/1999/xlink\"><a x:href=\"javascript:alert(1)\"><text>x</text></a></svg>", "link")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://sporing.example/p.png\"/></svg>", "link")]
    [InlineData("<!DOCTYPE svg [<!ENTITY x \"y\">]><svg xmlns=\"http://www.w3.org/2000/svg\"/>", "XML")]
    public void An_svg_that_could_run_code_is_refused_at_the_top_level_too(string svg, string said)
    {
        using var site = new TestSite().File("logo.svg", svg);

        var result = site.Build();

        Assert.Contains(said, result.Single("KMP211", "logo.svg").Message);
        Assert.DoesNotContain(result.Outputs, f => f.Path == "logo.svg");
    }

    [Fact]
    public void A_plain_svg_with_its_own_gradient_is_published()
    {
        using var site = new TestSite().File("logo.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><defs><linearGradient id=\"g\"/></defs><rect fill=\"url(#g)\" width=\"10\" height=\"10\"/></svg>");

        var result = site.Build();

        result.AssertClean();
        Assert.Contains(result.Outputs, f => f.Path == "logo.svg");
    }

    // ---- Exports are safe to open ----

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("Kartlegging", "Kartlegging")]
    public void Csv_cells_that_start_like_a_formula_are_neutralised(string value, string cell)
    {
        Assert.Equal(cell, PlanExportsOutput.Field(value));
    }

    [Fact]
    public void A_bare_carriage_return_in_ics_text_does_not_split_the_event()
    {
        string escaped = PlanExportsOutput.Escape("Tittel\rEND:VEVENT\nBEGIN:VEVENT\r\nx");

        Assert.DoesNotContain('\r', escaped);
        Assert.DoesNotContain('\n', escaped);
        Assert.Equal("Tittel\\nEND:VEVENT\\nBEGIN:VEVENT\\nx", escaped);
    }

    [Theory]
    [InlineData("\"https://test.example.no/\\nDisallow: /\"")]
    [InlineData("http://test.example.no/")]
    [InlineData("test.example.no")]
    [InlineData("javascript:alert(1)")]
    public void Base_url_must_be_one_absolute_https_address(string value)
    {
        using var site = new TestSite().File("site.yml", TestSite.SiteYml.Replace("base_url: https://test.example.no/", "base_url: " + value) + "\n");

        var result = site.Build();

        result.Single("KMP212", "site.yml").AssertAt(3, 11);
        var robots = result.Outputs.Single(f => f.Path == "robots.txt");
        Assert.DoesNotContain("Disallow: /\n", System.Text.Encoding.UTF8.GetString(robots.Content).Replace("Disallow: /admin/", ""));
    }

    // ---- helpers ----

    private static TempFolder ThemeCopy()
    {
        var theme = new TempFolder("theme");
        foreach (string folder in new[] { "layouts", "assets", "admin" })
            foreach (string file in Directory.GetFiles(Path.Combine(RepoPaths.Theme, folder), "*", SearchOption.AllDirectories))
                theme.WriteBytes(folder + "/" + Path.GetRelativePath(Path.Combine(RepoPaths.Theme, folder), file), File.ReadAllBytes(file));
        ThemePackagesCopy.Into(theme.Path);
        return theme;
    }

    [DllImport("libc", SetLastError = true, EntryPoint = "link")]
    private static extern int Link(string existing, string created);

    private static bool HardLink(string existing, string created) => OperatingSystem.IsLinux() && Link(existing, created) == 0;
}
