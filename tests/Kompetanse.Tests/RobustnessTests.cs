using System.Text;
using Kompetanse.Diagnostics;
using Kompetanse.Loading;
using Kompetanse.Markdown;
using Kompetanse.Model;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>
/// Mutated copies of the real input, from a fixed seed: whatever is wrong with a file, the generator reports
/// it and never throws. A failure lists the iteration and mutation, so it can be replayed.
/// </summary>
public class RobustnessTests
{
    private const int Seed = 20261123;

    private sealed record Sample(string Relative, byte[] Bytes);

    private static List<Sample> Samples()
    {
        string input = RepoPaths.Input;
        return Directory.GetFiles(Path.Combine(input, "concepts"), "*.md")
            .Append(Path.Combine(input, "index.md"))
            .Append(Path.Combine(input, "tilgjengelighet.md"))
            .Append(Path.Combine(input, "site.yml"))
            .Where(File.Exists)
            .Select(f => new Sample(Path.GetRelativePath(input, f).Replace('\\', '/'), File.ReadAllBytes(f)))
            .OrderBy(s => s.Relative, StringComparer.Ordinal)
            .ToList();
    }

    private static readonly byte[][] BadUtf8 =
    [
        [0xFF], [0xC3], [0xE5], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80],
    ];

    private static readonly string[] YamlNoise =
    [
        "&a ", "*a", "*nope", "!!binary ", "!tag ", "? ", "- ", ": ", "{", "}", "[", "]", "|", ">", "'", "\"", "%YAML 1.1\n", "---", "...",
        "\t", "#", "@", "`", "~", "null", "title:", "related: [", "legal:\n  - act: ", "lang: ", "updated: 2026-02-30", "\"\\uD800\"", "\\",
    ];

    private static readonly string[] MarkdownNoise =
    [
        "<script>", "</script>", "[x](/nope/#y)", "[x](#)", "[x](?)", "[x](/%)", "[x](%zz)", "[x](::)", "[x](1:2)", "[x](\\\\host\\a)", "[x](</a b>)",
        "```", "~~~", "# ", "## Vurdering", "| a | b |\n|---|---|\n", "![i](x.png)", "<", "&#0;", "&amp;", "\\", "*", "**", "_", "[", "](", ")",
        "<https://x>", "www.", "http://", "    ", "> ", "1. ", "- [ ] ", "\u0000", "\u200B", "\u202E", "e\u0301", "😀", "𝐀", "Æøå", "IOP", "vurdering",
    ];

    /// <summary>One to three random changes; returns the new bytes and a description for failure messages.</summary>
    private static (byte[] Bytes, string What) Mutate(byte[] source, Random rng)
    {
        var bytes = source.ToList();
        var what = new List<string>();
        int count = rng.Next(1, 4);
        for (int n = 0; n < count; n++)
        {
            int kind = rng.Next(12);
            var lines = Encoding.UTF8.GetString(bytes.ToArray()).Split('\n').ToList();
            switch (kind)
            {
                case 0 when lines.Count > 1: // cut a line
                {
                    int i = rng.Next(lines.Count);
                    lines.RemoveAt(i);
                    bytes = Lines(lines);
                    what.Add($"cut line {i + 1}");
                    break;
                }
                case 1 when lines.Count > 1: // swap two lines
                {
                    int i = rng.Next(lines.Count), j = rng.Next(lines.Count);
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                    bytes = Lines(lines);
                    what.Add($"swap lines {i + 1} and {j + 1}");
                    break;
                }
                case 2 when bytes.Count > 0: // flip a byte
                {
                    int i = rng.Next(bytes.Count);
                    bytes[i] ^= (byte)rng.Next(1, 256);
                    what.Add($"flip byte {i}");
                    break;
                }
                case 3: // break indentation
                {
                    int i = rng.Next(lines.Count);
                    string[] indents = ["", " ", "  ", "   ", "\t", "    - "];
                    lines[i] = indents[rng.Next(indents.Length)] + lines[i].TrimStart();
                    bytes = Lines(lines);
                    what.Add($"indent line {i + 1}");
                    break;
                }
                case 4: // invalid UTF-8
                {
                    int i = rng.Next(bytes.Count + 1);
                    var bad = BadUtf8[rng.Next(BadUtf8.Length)];
                    bytes.InsertRange(i, bad);
                    what.Add($"bad UTF-8 {Convert.ToHexString(bad)} at byte {i}");
                    break;
                }
                case 5 when rng.Next(8) == 0: // empty file (rarely: it hides every other mutation)
                    bytes = [];
                    what.Add("empty");
                    break;
                case 6: // truncate anywhere, often inside the front matter
                {
                    int i = rng.Next(Math.Min(bytes.Count, rng.Next(2) == 0 ? 200 : int.MaxValue) + 1);
                    bytes = bytes.Take(i).ToList();
                    what.Add($"truncate at {i}");
                    break;
                }
                case 7 when lines.Count > 1: // drop the closing front-matter line
                {
                    int i = lines.FindIndex(1, l => l.TrimEnd() == "---");
                    if (i > 0) lines.RemoveAt(i);
                    bytes = Lines(lines);
                    what.Add("no closing ---");
                    break;
                }
                case 8: // duplicate a line
                {
                    int i = rng.Next(lines.Count);
                    lines.Insert(i, lines[i]);
                    bytes = Lines(lines);
                    what.Add($"duplicate line {i + 1}");
                    break;
                }
                case 9: // YAML noise
                case 10: // Markdown noise
                {
                    var pool = kind == 9 ? YamlNoise : MarkdownNoise;
                    string noise = pool[rng.Next(pool.Length)];
                    int i = rng.Next(lines.Count);
                    int at = rng.Next(lines[i].Length + 1);
                    lines[i] = lines[i].Insert(at, noise);
                    bytes = Lines(lines);
                    what.Add($"insert {Escape(noise)} in line {i + 1}");
                    break;
                }
                case 11: // CRLF / CR line endings
                {
                    string text = Encoding.UTF8.GetString(bytes.ToArray());
                    text = rng.Next(2) == 0 ? text.Replace("\n", "\r\n") : text.Replace("\n", "\r");
                    bytes = Encoding.UTF8.GetBytes(text).ToList();
                    what.Add("line endings");
                    break;
                }
            }
        }
        return (bytes.ToArray(), string.Join(", ", what));
    }

    private static List<byte> Lines(List<string> lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines)).ToList();

    private static string Escape(string s) => string.Concat(s.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString()));

    private static void AssertNoFailures(List<string> failures, int runs)
    {
        Assert.True(failures.Count == 0,
            $"{failures.Count} of {runs} runs threw (seed {Seed}); first ones:\n" + string.Join("\n\n", failures.Take(6)));
    }

    private static string Start(byte[] bytes) => Escape(Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 700)));

    private static string Describe(Exception e) =>
        $"{e.GetType().Name}: {e.Message}\n   at {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}";

    [Fact]
    public void LoadersNeverThrowOnMutatedFiles()
    {
        var samples = Samples();
        Assert.NotEmpty(samples);
        var rng = new Random(Seed);
        using var temp = new TempFolder("fuzz-load");
        var failures = new List<string>();
        const int runs = 2500;
        for (int run = 0; run < runs; run++)
        {
            var sample = samples[rng.Next(samples.Count)];
            var (bytes, what) = Mutate(sample.Bytes, rng);
            string full = temp.WriteBytes(sample.Relative, bytes);
            var file = new InputFile(full, sample.Relative, sample.Relative);
            var diagnostics = new DiagnosticBag();
            try
            {
                if (sample.Relative == "site.yml") SiteSettingsLoader.Load(file, "input", diagnostics);
                else if (sample.Relative.StartsWith("concepts/", StringComparison.Ordinal)) ConceptLoader.Load(file, diagnostics);
                else PageLoader.Load(file, diagnostics);
                foreach (var d in diagnostics.Sorted()) Assert.True(d.Location.Line >= 0 && d.Location.Column >= 0);
            }
            catch (Exception e)
            {
                failures.Add($"run {run}: {sample.Relative} ({what}): {Describe(e)}\n   file starts: {Start(bytes)}");
            }
        }
        AssertNoFailures(failures, runs);
    }

    [Fact]
    public void MarkdownRendererNeverThrowsOnMutatedBodies()
    {
        var samples = Samples().Where(s => s.Relative.EndsWith(".md", StringComparison.Ordinal)).ToList();
        var terms = samples.Where(s => s.Relative.StartsWith("concepts/", StringComparison.Ordinal))
            .Select(s => (Slug: Path.GetFileNameWithoutExtension(s.Relative), Text: Encoding.UTF8.GetString(s.Bytes)))
            .SelectMany(c => c.Text.Split('\n')
                .Where(l => l.StartsWith("title:") || l.StartsWith("abbreviation:"))
                .Select(l => new Term(l[(l.IndexOf(':') + 1)..].Trim(), $"/begreper/{c.Slug}/", c.Slug, l.StartsWith("abbreviation:"))))
            .Where(t => t.Text.Length > 0)
            .ToList();
        var renderer = new MarkdownRenderer(terms);
        var rng = new Random(Seed + 1);
        var failures = new List<string>();
        const int runs = 2000;
        for (int run = 0; run < runs; run++)
        {
            var sample = samples[rng.Next(samples.Count)];
            var (bytes, what) = Mutate(sample.Bytes, rng);
            string text = Encoding.UTF8.GetString(bytes);
            string url = rng.Next(3) == 0 ? terms[rng.Next(terms.Count)].TargetUrl : "/om/";
            try
            {
                var diagnostics = new DiagnosticBag();
                renderer.Render(new MarkdownSource(text, new SourceSpan(sample.Relative, 1 + rng.Next(20), 1)), url, diagnostics);
                foreach (var d in diagnostics.Sorted()) Assert.True(d.Location.Line >= 1, d.ToString());
            }
            catch (Exception e)
            {
                failures.Add($"run {run}: {sample.Relative} ({what}): {Describe(e)}");
            }
        }
        AssertNoFailures(failures, runs);
    }

    [Fact]
    public void BuildNeverThrowsOnMutatedInput()
    {
        var samples = Samples();
        var concepts = samples.Where(s => s.Relative.StartsWith("concepts/", StringComparison.Ordinal)).ToList();
        var rng = new Random(Seed + 2);
        // A small site: the real site settings and pages and a handful of real concepts.
        var chosen = samples.Where(s => !s.Relative.StartsWith("concepts/", StringComparison.Ordinal))
            .Concat(concepts.OrderBy(_ => rng.Next()).Take(6))
            .ToList();

        using var site = new TestSite(minimal: false);
        var failures = new List<string>();
        const int runs = 80;
        for (int run = 0; run < runs; run++)
        {
            foreach (var s in chosen) site.Bytes(s.Relative, s.Bytes);
            var what = new List<string>();
            int changes = rng.Next(1, 3);
            for (int n = 0; n < changes; n++)
            {
                var victim = chosen[rng.Next(chosen.Count)];
                var (bytes, how) = Mutate(victim.Bytes, rng);
                site.Bytes(victim.Relative, bytes);
                what.Add($"{victim.Relative}: {how}");
            }
            try
            {
                var result = site.Build(write: false);
                Assert.Equal(result.Errors == 0, result.Succeeded);
            }
            catch (Exception e)
            {
                failures.Add($"run {run} ({string.Join("; ", what)}): {Describe(e)}");
            }
        }
        AssertNoFailures(failures, runs);
    }

    /// <summary>What an attacker or an unlucky editor might put in the input, beside the real content.</summary>
    private static readonly Func<TestSite, Random, string, string>[] Hostile =
    [
        (site, rng, outside) => Link(site, $"lenke-{rng.Next(1000)}.txt", outside, directory: false),
        (site, rng, outside) => Link(site, $"mappe-{rng.Next(1000)}", Path.GetDirectoryName(outside)!, directory: true),
        (site, rng, _) => Link(site, "om/sirkel", "..", directory: true),
        (site, rng, _) => Link(site, "a.txt", "b.txt", directory: false) + Link(site, "b.txt", "a.txt", directory: false),
        (site, rng, _) => Write(site, $"dyp-{rng.Next(1000)}.md", $"---\ntitle: Dyp\nx: {new string('[', rng.Next(60, 5000))}\n---\nTekst.\n"),
        (site, rng, _) => Write(site, $"sitat-{rng.Next(1000)}.md", $"---\ntitle: Sitat\n---\n{new string("->[*_"[rng.Next(5)], rng.Next(100, 5000))} hei\n"),
        (site, rng, _) => Write(site, "forms/dyp.yml", $"title: Dypt\nsections:\n  - {new string('{', rng.Next(60, 5000))}\n"),
        (site, rng, _) => Image(site, rng, "![Kart](kart.png)"),
        (site, rng, _) => Image(site, rng, "![](kart.png)"),
        (site, rng, _) => Image(site, rng, "![Borte](../borte.png)"),
        (site, rng, _) => Image(site, rng, "![Ute](https://example.com/x.png)"),
        (site, rng, _) => Image(site, rng, "[Plan](vedlegg/plan.pdf) ![x](/om/kart.png \"dekorativ\")"),
        (site, rng, _) => Write(site, "om/_index.md", "# Om oss\n\nTekst uten front matter.\n"),
    ];

    private static string Link(TestSite site, string relative, string target, bool directory)
    {
        string full = Path.Combine(site.Input, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (File.Exists(full) || Directory.Exists(full)) return $"link {relative} (exists)";
        if (directory) Directory.CreateSymbolicLink(full, target);
        else File.CreateSymbolicLink(full, target);
        return $"link {relative} → {target}";
    }

    private static string Write(TestSite site, string relative, string text)
    {
        site.File(relative, text);
        return $"write {relative} ({text.Length} chars)";
    }

    private static string Image(TestSite site, Random rng, string markdown)
    {
        site.Bytes("om/kart.png", rng.Next(4) == 0 ? [0x89, 0x50] : TestImages.Png(8, 6));
        site.File("om/kontor.md", $"---\ntitle: Kontoret\n---\n{markdown}\n");
        return $"om/kontor.md: {markdown}";
    }

    [Fact]
    public void BuildNeverThrowsOnHostileInput()
    {
        var rng = new Random(Seed + 3);
        using var outside = new TempFolder("outside");
        string secret = "hemmelig-" + rng.Next();
        string outsideFile = outside.Write("hemmelig.txt", secret + "\n");
        var failures = new List<string>();
        const int runs = 40;
        for (int run = 0; run < runs; run++)
        {
            using var site = new TestSite();
            var what = new List<string>();
            for (int n = rng.Next(1, 4); n > 0; n--) what.Add(Hostile[rng.Next(Hostile.Length)](site, rng, outsideFile));
            try
            {
                var result = site.Build(write: true);
                Assert.Equal(result.Errors == 0, result.Succeeded);
                Assert.DoesNotContain(result.Diagnostics, d => d.Id == "KMP999");
                foreach (var file in result.Outputs)
                    Assert.DoesNotContain(secret, System.Text.Encoding.UTF8.GetString(file.Content));
                if (what.Any(w => w.Contains(outside.Path, StringComparison.Ordinal))) Assert.False(result.Succeeded, "a link out of the input built");
            }
            catch (Exception e)
            {
                failures.Add($"run {run} ({string.Join("; ", what)}): {Describe(e)}");
            }
        }
        AssertNoFailures(failures, runs);
    }
}
