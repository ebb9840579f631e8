using System.Globalization;
using Kompetanse.Diagnostics;
using Kompetanse.Model;
using Kompetanse.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kompetanse.Loading;

/// <summary>
/// Typed, positioned access to one YAML mapping. Every accessor reports what is wrong with the value and
/// returns a usable default, so a loader reads a whole file and reports every problem in one pass.
/// Keys nobody asked for are reported by <see cref="ReportUnknownKeys"/> with the nearest known key.
/// </summary>
public sealed class YamlFields
{
    private readonly YamlMappingNode _node;
    private readonly string _path;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);

    private YamlFields(YamlMappingNode node, string path, int lineOffset, DiagnosticBag diagnostics, SourceSpan location)
    {
        _node = node;
        _path = path;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
        Location = location;
    }

    /// <summary>Where this mapping starts.</summary>
    public SourceSpan Location { get; }
    public DiagnosticBag Diagnostics => _diagnostics;

    public static YamlFields Empty(SourceSpan location, DiagnosticBag diagnostics) =>
        new(new YamlMappingNode(), location.Path, 0, diagnostics, location);

    /// <summary>Parses a YAML document whose first line is line <paramref name="lineOffset"/>+1 of the file.</summary>
    public static YamlFields? ParseDocument(string yaml, string path, int lineOffset, string what, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        IParser source = SimpleYaml.TryEvents(yaml) is { } events ? new SimpleYaml.EventParser(events) : new Parser(new StringReader(yaml));
        var parser = new LastContentParser(source);
        try
        {
            stream.Load(parser);
        }
        catch (NestedTooDeepException e)
        {
            diagnostics.Report(Codes.NestedTooDeeply, new SourceSpan(path, (int)e.At.Line + lineOffset, (int)e.At.Column), "the YAML", MaxDepth);
            return null;
        }
        catch (YamlException e)
        {
            var at = new SourceSpan(path, (int)e.Start.Line + lineOffset, (int)e.Start.Column);
            diagnostics.Report(Codes.MalformedYaml, at, Explain(e));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these for a few malformed inputs (an unclosed flow list, junk after a quoted
            // value) without a position; the file is still named.
            var near = parser.LastContent;
            var at = new SourceSpan(path, Math.Max(1, (int)near.Line) + lineOffset, Math.Max(1, (int)near.Column));
            diagnostics.Report(Codes.MalformedYaml, at, "the YAML cannot be read here (check brackets, quotes and indentation)");
            return null;
        }
        var start = new SourceSpan(path, lineOffset + 1, 1);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return Empty(start, diagnostics);
        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            diagnostics.Report(Codes.NotAMapping, Position(stream.Documents[0].RootNode, path, lineOffset), what);
            return null;
        }
        return new YamlFields(mapping, path, lineOffset, diagnostics, Position(mapping, path, lineOffset));
    }

    /// <summary>How deep lists and mappings may nest: far more than any content needs, far less than the stack holds.</summary>
    public const int MaxDepth = 64;

    private sealed class NestedTooDeepException(Mark at) : Exception
    {
        public Mark At { get; } = at;
    }

    /// <summary>
    /// Remembers where the last key or value started, to point near a failure that has no position; and
    /// stops at <see cref="MaxDepth"/>, because loading a document recurses once per level and
    /// x: [[[[…]]]] would otherwise overflow the stack, which no handler can catch.
    /// </summary>
    private sealed class LastContentParser(IParser inner) : IParser
    {
        private int _depth;

        public Mark LastContent { get; private set; } = Mark.Empty;
        public YamlDotNet.Core.Events.ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            bool moved = inner.MoveNext();
            switch (inner.Current)
            {
                case YamlDotNet.Core.Events.SequenceStart or YamlDotNet.Core.Events.MappingStart:
                    if (++_depth > MaxDepth) throw new NestedTooDeepException(inner.Current.Start);
                    break;
                case YamlDotNet.Core.Events.SequenceEnd or YamlDotNet.Core.Events.MappingEnd:
                    _depth--;
                    break;
            }
            if (inner.Current is YamlDotNet.Core.Events.Scalar or YamlDotNet.Core.Events.AnchorAlias or YamlDotNet.Core.Events.NodeEvent)
                LastContent = inner.Current.Start;
            return moved;
        }
    }

    // YamlDotNet's messages carry their own positions in parentheses; ours are in front already.
    private static string Explain(YamlException e)
    {
        string message = (e.InnerException?.Message is { Length: > 0 } inner && e.Message.Contains("Exception during") ? inner : e.Message);
        int paren = message.IndexOf("(Line:", StringComparison.Ordinal);
        if (paren > 0) message = message[..paren];
        int colon = message.LastIndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && colon > 0) message = message[(colon + 3)..];
        message = message.Trim().TrimEnd('.');
        // The usual cause in Norwegian titles ("title: Møte: oppstart"): say how to write it.
        if (message.Contains("invalid mapping", StringComparison.Ordinal) || message.Contains("Mapping values are not allowed", StringComparison.Ordinal))
            message += "; a value with ': ' in it needs quotes, e.g. title: \"Møte: oppstart\"";
        return message;
    }

    private static SourceSpan Position(YamlNode node, string path, int lineOffset) =>
        new(path, (int)node.Start.Line + lineOffset, (int)node.Start.Column);

    public SourceSpan PositionOf(YamlNode node) => Position(node, _path, _lineOffset);

    public bool Has(string key) => Find(key) is not null;

    /// <summary>Where a key's value starts, or the mapping's start when the key is absent.</summary>
    public SourceSpan LocationOf(string key) => Find(key) is { } value ? PositionOf(value) : Location;

    /// <summary>
    /// A text value written over several lines: where it starts, and whether as a block (| or >, where the start
    /// is the indicator). Null for a value on one line.
    /// </summary>
    public (SourceSpan Start, bool Block)? MultiLineText(string key) =>
        Find(key) is YamlScalarNode node && node.End.Line > node.Start.Line
            ? (PositionOf(node), node.Style is ScalarStyle.Literal or ScalarStyle.Folded)
            : null;

    /// <summary>Where the key itself stands, for problems with the key (unknown, missing).</summary>
    public SourceSpan KeyLocation(string key)
    {
        foreach (var (k, _) in _node.Children)
            if (k is YamlScalarNode s && s.Value == key) return PositionOf(k);
        return Location;
    }

    private YamlNode? Find(string key)
    {
        _asked.Add(key);
        foreach (var (k, v) in _node.Children)
            if (k is YamlScalarNode s && s.Value == key) return v;
        return null;
    }

    public string? String(string key, bool required = false)
    {
        var node = Find(key);
        if (node is null || node is YamlScalarNode { Value: null } || IsNullScalar(node))
        {
            if (required) _diagnostics.Report(Codes.MissingKey, Location, key);
            return null;
        }
        if (node is not YamlScalarNode scalar)
        {
            _diagnostics.Report(Codes.WrongType, PositionOf(node), key, "text");
            return null;
        }
        string value = scalar.Value!.Trim();
        if (value.Length == 0)
        {
            if (required) _diagnostics.Report(Codes.EmptyValue, PositionOf(node), key);
            return null;
        }
        return value;
    }

    public bool Bool(string key)
    {
        var node = Find(key);
        if (node is null) return false;
        if (node is YamlScalarNode { Value: "true" or "yes" or "ja" }) return true;
        if (node is YamlScalarNode { Value: "false" or "no" or "nei" }) return false;
        _diagnostics.Report(Codes.WrongType, PositionOf(node), key, "true or false");
        return false;
    }

    public DateOnly? Date(string key)
    {
        string? text = String(key);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        _diagnostics.Report(Codes.InvalidDate, LocationOf(key), text);
        return null;
    }

    /// <summary>A whole number; null when absent or written as null.</summary>
    public long? Long(string key)
    {
        var node = Find(key);
        if (node is null || IsNullScalar(node)) return null;
        if (node is YamlScalarNode { Value: { } text } && long.TryParse(text.Replace(" ", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
            return value;
        _diagnostics.Report(Codes.WrongNumber, PositionOf(node), key);
        return null;
    }

    /// <summary>A list of text values; a single value is taken as a list of one.</summary>
    public IReadOnlyList<Located<string>> StringList(string key)
    {
        var node = Find(key);
        if (node is null || IsNullScalar(node)) return [];
        if (node is YamlScalarNode single)
            return string.IsNullOrWhiteSpace(single.Value) ? [] : [new(single.Value!.Trim(), PositionOf(single))];
        if (node is not YamlSequenceNode sequence)
        {
            _diagnostics.Report(Codes.WrongType, PositionOf(node), key, "a list of text values");
            return [];
        }
        var items = new List<Located<string>>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { } v } && v.Trim().Length > 0)
                items.Add(new(v.Trim(), PositionOf(item)));
            else
                _diagnostics.Report(Codes.WrongType, PositionOf(item), key, "a list of text values");
        }
        return items;
    }

    /// <summary>A list of rows, each a list of text values (empty ones kept: a blank cell is a cell).</summary>
    public IReadOnlyList<IReadOnlyList<Located<string>>> Table(string key)
    {
        var node = Find(key);
        if (node is null || IsNullScalar(node)) return [];
        if (node is not YamlSequenceNode rows)
        {
            _diagnostics.Report(Codes.WrongType, PositionOf(node), key, "a list of rows, each a list of text values");
            return [];
        }
        var table = new List<IReadOnlyList<Located<string>>>();
        foreach (var row in rows.Children)
        {
            if (row is not YamlSequenceNode cells)
            {
                _diagnostics.Report(Codes.WrongType, PositionOf(row), key, "a list of rows, each a list of text values");
                continue;
            }
            table.Add(cells.Children.Select(c => new Located<string>(c is YamlScalarNode { Value: { } v } ? v : "", PositionOf(c))).ToList());
        }
        return table;
    }

    /// <summary>A list of mappings, each read with its own <see cref="YamlFields"/>.</summary>
    public IReadOnlyList<YamlFields> MappingList(string key)
    {
        var node = Find(key);
        if (node is null || IsNullScalar(node)) return [];
        if (node is not YamlSequenceNode sequence)
        {
            _diagnostics.Report(Codes.WrongType, PositionOf(node), key, "a list");
            return [];
        }
        var items = new List<YamlFields>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
                items.Add(new YamlFields(mapping, _path, _lineOffset, _diagnostics, PositionOf(mapping)));
            else
                _diagnostics.Report(Codes.WrongType, PositionOf(item), key, "a list of 'key: value' entries");
        }
        return items;
    }

    /// <summary>A nested mapping, or null when absent.</summary>
    public YamlFields? Mapping(string key)
    {
        var node = Find(key);
        if (node is null || IsNullScalar(node)) return null;
        if (node is YamlMappingNode mapping) return new YamlFields(mapping, _path, _lineOffset, _diagnostics, PositionOf(mapping));
        _diagnostics.Report(Codes.WrongType, PositionOf(node), key, "'key: value' entries");
        return null;
    }

    /// <summary>Whether the key's value is a nested mapping (and not a single value or a list).</summary>
    public bool IsMapping(string key) => Find(key) is YamlMappingNode;

    /// <summary>Every key of this mapping with its place, for mappings whose keys are data (a name per entry).</summary>
    public IReadOnlyList<Located<string>> Keys() =>
        _node.Children.Select(c => new Located<string>((c.Key as YamlScalarNode)?.Value ?? c.Key.ToString(), PositionOf(c.Key))).ToList();

    /// <summary>Warns about each key no accessor asked for, with the nearest known key.</summary>
    public void ReportUnknownKeys()
    {
        foreach (var (k, _) in _node.Children)
        {
            string name = (k as YamlScalarNode)?.Value ?? k.ToString();
            if (_asked.Contains(name)) continue;
            _diagnostics.Report(Codes.UnknownKey, PositionOf(k), name, NearestName.Hint(name, _asked));
        }
    }

    private static bool IsNullScalar(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: "" or "~" or "null" };
}
