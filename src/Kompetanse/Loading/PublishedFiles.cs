using System.Xml;
using Kompetanse.Diagnostics;

namespace Kompetanse.Loading;

/// <summary>
/// Files of the input that are published as they are (images, PDFs): each is read once through the gate,
/// must have a name a web address can hold, and may not be something that runs in the reader's browser.
/// HTML pages and scripts are refused (they would bypass the templates, the checks and the site's security
/// policy); an SVG image is published only when it holds nothing that can run or load another file.
/// Netlify's own _redirects and _headers are the generator's to write.
/// </summary>
public static class PublishedFiles
{
    private static readonly string[] PageAndScriptExtensions = [".html", ".htm", ".xhtml", ".shtml", ".js", ".mjs", ".cjs"];

    public static InputFile? Load(InputFile file, DiagnosticBag diagnostics)
    {
        var at = SourceSpan.File(file.DisplayPath);
        if (file.RelativePath is "_redirects" or "_headers")
        {
            diagnostics.Report(Codes.NetlifyFileInInput, at, file.RelativePath == "_redirects"
                ? "input/_redirects is not published: the site writes its own. To send an old address on to a page, add 'redirects: [/gammel/adresse/]' to the front matter of the page it now goes to"
                : "input/_headers is not published: the site's headers (its Content-Security-Policy among them) are its own, set by the generator and netlify.toml, and cannot be changed from the content");
            return null;
        }
        if (PageAndScriptExtensions.Contains(file.Extension))
        {
            diagnostics.Report(Codes.ActiveContent, at, file.Extension, file.Extension.Contains("js", StringComparison.Ordinal)
                ? "a script would run on the site's own address; scripts belong in the theme, where they are reviewed"
                : "an HTML file would be a page without the site's templates, checks and security policy; write the page in Markdown");
            return null;
        }
        if (NameProblem(file.RelativePath) is { } problem)
        {
            diagnostics.Report(Codes.NameNotInUrl, at, Path.GetFileName(file.RelativePath), problem.Character, problem.Suggestion);
            return null;
        }
        var bytes = ContainedFolder.Read(file, SizeLimit.Published, diagnostics);
        if (bytes is null) return null;
        if (file.Extension == ".svg" && SvgProblem(bytes) is { } found)
        {
            diagnostics.Report(Codes.UnsafeSvg, at, found);
            return null;
        }
        return file with { Content = bytes };
    }

    /// <summary>
    /// The first character of a path that a web address cannot hold as it is (RFC 3986's path characters,
    /// with letters of any alphabet as in an IRI, but no ':'), and a name to use instead; null if none.
    /// </summary>
    public static (string Character, string Suggestion)? NameProblem(string relativePath)
    {
        foreach (char c in relativePath)
        {
            bool allowed = char.IsLetterOrDigit(c) || c is '/' or '-' or '.' or '_' or '~' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=' or '@';
            if (allowed) continue;
            string name = Path.GetFileName(relativePath);
            string stem = Text.Slug.From(Path.GetFileNameWithoutExtension(name));
            return (char.IsControl(c) || char.IsWhiteSpace(c) ? $"U+{(int)c:X4}" : c.ToString(), (stem.Length > 0 ? stem : "fil") + Path.GetExtension(name).ToLowerInvariant());
        }
        return null;
    }

    // url(...) pointing anywhere but at an element of the same image (url(#gradient)).
    private static bool HasOutsideUrl(string value)
    {
        string compact = value.Replace(" ", "").Replace("'", "").Replace("\"", "");
        for (int at = compact.IndexOf("url(", StringComparison.OrdinalIgnoreCase); at >= 0; at = compact.IndexOf("url(", at + 4, StringComparison.OrdinalIgnoreCase))
            if (at + 4 >= compact.Length || compact[at + 4] != '#') return true;
        return false;
    }

    /// <summary>What in an SVG could run code or load another file, or null when it holds none of it.</summary>
    public static string? SvgProblem(byte[] content)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(content, writable: false),
                new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true });
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.ProcessingInstruction && reader.LocalName != "xml") return $"a processing instruction (<?{reader.LocalName}?>)";
                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA
                    && (reader.Value.Contains("@import", StringComparison.OrdinalIgnoreCase) || HasOutsideUrl(reader.Value)))
                    return "a style that loads another file";
                if (reader.NodeType != XmlNodeType.Element) continue;
                string element = reader.LocalName.ToLowerInvariant();
                if (element is "script" or "foreignobject" or "iframe" or "embed" or "object" or "handler" or "listener")
                    return $"a <{reader.LocalName}> element";
                if (element is "animate" or "set" or "animatetransform" or "animatemotion" && reader.GetAttribute("attributeName") is { } animated
                    && (animated.Contains("href", StringComparison.OrdinalIgnoreCase) || animated.StartsWith("on", StringComparison.OrdinalIgnoreCase)))
                    return $"an animation of '{animated}'";
                for (bool more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                {
                    string name = reader.LocalName.ToLowerInvariant();
                    if (name.StartsWith("on", StringComparison.Ordinal)) return $"an event handler ({reader.Name})";
                    if (name == "href" && !reader.Value.Trim().StartsWith('#')) return $"a link to '{reader.Value}'";
                    if (HasOutsideUrl(reader.Value))
                        return $"a reference to another file ({reader.Name}=\"{reader.Value}\")";
                }
                reader.MoveToElement();
            }
            return null;
        }
        catch (XmlException e)
        {
            return $"XML that cannot be read ({e.Message})";
        }
    }
}
