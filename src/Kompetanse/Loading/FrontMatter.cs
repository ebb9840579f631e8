using Kompetanse.Diagnostics;
using Kompetanse.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kompetanse.Loading;

/// <summary>Splits "---\nYAML\n---\nMarkdown" and parses the YAML with positions.</summary>
public static class FrontMatter
{
    public sealed record Parsed(YamlFields Fields, MarkdownSource Body);

    /// <summary>
    /// Reads a Markdown file with front matter; null when it cannot be used (reasons in diagnostics). The
    /// body knows its place in the input, so links to other .md files can be resolved from it.
    /// </summary>
    public static Parsed? Read(InputFile file, DiagnosticBag diagnostics)
    {
        // Through the gate: a link, FIFO, hard link or oversized file is an error here, never read.
        var bytes = ContainedFolder.Read(file, SizeLimit.Text, diagnostics);
        if (bytes is null) return null;
        if (!TrySplit(bytes, file.DisplayPath, diagnostics, out var parsed))
        {
            string? text = InputText.Decode(bytes, file.DisplayPath, diagnostics);
            if (text is null) return null;
            parsed = Parse(text, file.DisplayPath, diagnostics);
        }
        return parsed is null ? null : parsed with { Body = parsed.Body with { InputPath = file.RelativePath } };
    }

    /// <summary>
    /// The common file ("---\n", front matter, a "---" line, the body; no CR, valid UTF-8) split where its bytes
    /// are: the body is kept as its bytes, decoded when its page is rendered, instead of decoded with the front
    /// matter and then copied out. Anything else (false) is for <see cref="Parse"/> to read as text, which reports what is wrong
    /// with it where it is. When true, <paramref name="parsed"/> is what Parse gives for the decoded text.
    /// </summary>
    public static bool TrySplit(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics, out Parsed? parsed)
    {
        parsed = null;
        bytes = InputText.WithoutByteOrderMark(bytes);
        if (!bytes.StartsWith("---\n"u8) || bytes.Contains((byte)'\r')) return false;
        int pos = 4, lineNumber = 2;
        while (true)
        {
            int end = bytes[pos..].IndexOf((byte)'\n');
            var line = end < 0 ? bytes[pos..] : bytes.Slice(pos, end);
            if (line.StartsWith("---"u8))
            {
                var rest = line[3..];
                // A closing line may end in white space. Which control or non-ASCII characters count as white
                // space is for the text path to decide, as it always has.
                bool closes = rest.IndexOfAnyExcept(" \t\v\f"u8) < 0;
                if (!closes && rest.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E) >= 0) return false;
                if (closes)
                {
                    int bodyStart = end < 0 ? bytes.Length : pos + end + 1;
                    var body = bytes[bodyStart..];
                    if (InputText.TryDecode(bytes[4..pos]) is not { } yaml || !System.Text.Unicode.Utf8.IsValid(body)) return false;
                    parsed = Fields(yaml, displayPath, diagnostics) is { } fields ? new Parsed(fields, MarkdownSource.FromUtf8(body, BodyStart(displayPath, lineNumber))) : null;
                    return true;
                }
            }
            if (end < 0) return false; // unclosed: the text path reports it
            pos += end + 1;
            lineNumber++;
        }
    }

    /// <summary>The file name as a slug, reported when it is not a valid one (concepts, roles, forms).</summary>
    public static string SlugOf(InputFile file, DiagnosticBag diagnostics)
    {
        string slug = file.NameWithoutExtension;
        if (!Text.Slug.IsValid(slug)) diagnostics.Report(Codes.InvalidSlug, SourceSpan.File(file.DisplayPath), slug);
        return slug;
    }

    /// <summary>Null when the front matter is unusable; the reason is in diagnostics.</summary>
    public static Parsed? Parse(string text, string displayPath, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Report(Codes.EmptyFile, SourceSpan.File(displayPath));
            return null;
        }
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text.TrimEnd() != "---")
        {
            // No front matter at all: an empty mapping, so required keys are reported where they belong.
            var none = YamlFields.Empty(new SourceSpan(displayPath, 1, 1), diagnostics);
            return new Parsed(none, new MarkdownSource(text, new SourceSpan(displayPath, 1, 1)));
        }

        int closing = FindClosingLine(text, out int closingLineNumber, out int bodyStart);
        if (closing < 0)
        {
            diagnostics.Report(Codes.UnclosedFrontMatter, new SourceSpan(displayPath, 1, 1));
            return null;
        }
        return FromParts(text[4..closing], bodyStart <= text.Length ? text[bodyStart..] : "", closingLineNumber, displayPath, diagnostics);
    }

    private static Parsed? FromParts(string yaml, string body, int closingLineNumber, string displayPath, DiagnosticBag diagnostics)
    {
        return Fields(yaml, displayPath, diagnostics) is { } fields ? new Parsed(fields, new MarkdownSource(body, BodyStart(displayPath, closingLineNumber))) : null;
    }

    // The front matter starts on the file's second line, after the opening "---".
    private static YamlFields? Fields(string yaml, string displayPath, DiagnosticBag diagnostics) =>
        YamlFields.ParseDocument(yaml, displayPath, lineOffset: 1, "front matter", diagnostics);

    // The body starts on the line after the closing "---".
    private static SourceSpan BodyStart(string displayPath, int closingLineNumber) => new(displayPath, closingLineNumber + 1, 1);

    // Finds the "---" line that closes the front matter; returns its offset, or -1.
    private static int FindClosingLine(string text, out int lineNumber, out int bodyStart)
    {
        int pos = 4;
        lineNumber = 2;
        while (pos <= text.Length)
        {
            int end = text.IndexOf('\n', pos);
            var line = end < 0 ? text.AsSpan(pos) : text.AsSpan(pos, end - pos);
            if (line.TrimEnd().SequenceEqual("---"))
            {
                bodyStart = end < 0 ? text.Length : end + 1;
                return pos;
            }
            if (end < 0) break;
            pos = end + 1;
            lineNumber++;
        }
        bodyStart = -1;
        return -1;
    }
}
