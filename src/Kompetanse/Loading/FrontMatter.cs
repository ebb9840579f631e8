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
        string? text = InputText.Read(file, diagnostics);
        if (text is null) return null;
        var parsed = Parse(text, file.DisplayPath, diagnostics);
        return parsed is null ? null : parsed with { Body = parsed.Body with { InputPath = file.RelativePath } };
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
        string yaml = text[4..closing];
        var fields = YamlFields.ParseDocument(yaml, displayPath, lineOffset: 1, "front matter", diagnostics);
        if (fields is null) return null;
        string body = bodyStart <= text.Length ? text[bodyStart..] : "";
        return new Parsed(fields, new MarkdownSource(body, new SourceSpan(displayPath, closingLineNumber + 1, 1)));
    }

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
