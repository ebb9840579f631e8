using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Kompetanse.Loading;

/// <summary>
/// A fast path for the front matter almost every page has: one "key: value" per line, where a value is a
/// plain or quoted scalar on the line or a flow list of plain scalars ("tags: [a, b]"). It makes the same
/// parsing events, with the same positions, as YamlDotNet's parser would, so the document is built by
/// YamlDotNet as before. Anything else (nesting, block lists, multi-line values, comments after values,
/// escapes, anchors, tags) gives null, and the full parser reads the document.
/// </summary>
public static class SimpleYaml
{
    /// <summary>The parsing events of <paramref name="yaml"/>, or null when it is not in the simple form.</summary>
    public static List<ParsingEvent>? TryEvents(string yaml)
    {
        if (yaml.Contains('\r') || yaml.Contains('\t')) return null;
        var events = new List<ParsingEvent>(16);
        var origin = new Mark(0, 1, 1);
        events.Add(new StreamStart(origin, origin));
        bool started = false;
        int lineStart = 0, line = 1;
        while (lineStart < yaml.Length)
        {
            int lineEnd = yaml.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = yaml.Length;
            var text = yaml.AsSpan(lineStart, lineEnd - lineStart);
            if (text.Trim(' ').Length > 0 && text[0] != '#')
            {
                int keyLength = KeyLength(text);
                // "key:" then a space and a value; an empty value means nesting or null: the full parser decides.
                if (keyLength == 0 || keyLength + 1 >= text.Length || text[keyLength + 1] != ' ') return null;
                if (!started)
                {
                    var first = At(lineStart, line, 0);
                    events.Add(new DocumentStart(null, null, true, first, first));
                    events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, first, first));
                    started = true;
                }
                events.Add(Scalar(text[..keyLength].ToString(), ScalarStyle.Plain, At(lineStart, line, 0), At(lineStart, line, keyLength)));
                int valueAt = keyLength + 1;
                while (valueAt < text.Length && text[valueAt] == ' ') valueAt++;
                if (valueAt == text.Length || !Value(text, valueAt, lineStart, line, events)) return null;
            }
            lineStart = lineEnd + 1;
            line++;
        }
        if (!started) return null;
        var end = At(yaml.Length, line, 0);
        events.Add(new MappingEnd(end, end));
        events.Add(new DocumentEnd(true, end, end));
        events.Add(new StreamEnd(end, end));
        return events;
    }

    /// <summary>An <see cref="IParser"/> over events made beforehand.</summary>
    public sealed class EventParser(List<ParsingEvent> events) : IParser
    {
        private int _next;
        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            if (_next >= events.Count) { Current = null; return false; }
            Current = events[_next++];
            return true;
        }
    }

    private static Mark At(int lineStart, int line, int column) => new(lineStart + column, line, column + 1);

    private static Scalar Scalar(string value, ScalarStyle style, Mark start, Mark end) =>
        new(AnchorName.Empty, TagName.Empty, value, style, style == ScalarStyle.Plain, style != ScalarStyle.Plain, start, end);

    // A key of letters, digits, '_' and '-', starting with a letter or '_', followed by ':'.
    private static int KeyLength(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || !(char.IsAsciiLetter(text[0]) || text[0] == '_')) return 0;
        int n = 1;
        while (n < text.Length && (char.IsAsciiLetterOrDigit(text[n]) || text[n] is '_' or '-')) n++;
        return n < text.Length && text[n] == ':' ? n : 0;
    }

    private static bool Value(ReadOnlySpan<char> text, int at, int lineStart, int line, List<ParsingEvent> events)
    {
        var rest = text[at..].TrimEnd(' ');
        int end = at + rest.Length;
        switch (rest[0])
        {
            case '"' or '\'':
            {
                char quote = rest[0];
                int close = rest[1..].IndexOf(quote) + 1;
                // One closing quote, at the end: no escapes, no doubled quotes, nothing after it.
                if (close != rest.Length - 1 || close == 0 || (quote == '"' && rest.Contains('\\'))) return false;
                events.Add(Scalar(rest[1..close].ToString(), quote == '"' ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted,
                    At(lineStart, line, at), At(lineStart, line, end)));
                return true;
            }
            case '[':
            {
                if (rest[^1] != ']') return false;
                events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow, At(lineStart, line, at), At(lineStart, line, at + 1)));
                var items = rest[1..^1];
                int offset = at + 1;
                if (items.Trim(' ').Length > 0)
                {
                    while (true)
                    {
                        int comma = items.IndexOf(',');
                        var item = comma < 0 ? items : items[..comma];
                        int lead = item.Length - item.TrimStart(' ').Length;
                        var value = item.Trim(' ');
                        if (!IsSafePlain(value, inFlow: true)) return false;
                        events.Add(Scalar(value.ToString(), ScalarStyle.Plain, At(lineStart, line, offset + lead), At(lineStart, line, offset + lead + value.Length)));
                        if (comma < 0) break;
                        items = items[(comma + 1)..];
                        offset += comma + 1;
                    }
                }
                events.Add(new SequenceEnd(At(lineStart, line, end - 1), At(lineStart, line, end)));
                return true;
            }
            default:
                if (!IsSafePlain(rest, inFlow: false)) return false;
                events.Add(Scalar(rest.ToString(), ScalarStyle.Plain, At(lineStart, line, at), At(lineStart, line, end)));
                return true;
        }
    }

    // A plain scalar that means just its text: no indicator first, no ": " or " #" inside, nothing at its end
    // YAML would read otherwise; in a flow list also no brackets, braces or commas.
    private static bool IsSafePlain(ReadOnlySpan<char> value, bool inFlow)
    {
        if (value.Length == 0 || "-?:,[]{}#&*!|>'\"%@`".Contains(value[0])) return false;
        if (value[^1] == ':' || value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal)) return false;
        return !inFlow || value.IndexOfAny("[]{},") < 0;
    }
}
