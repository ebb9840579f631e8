using System.Text;
using Kompetanse.Diagnostics;

namespace Kompetanse.Loading;

/// <summary>Reads input files as strict UTF-8, pointing at the first bad byte rather than guessing an encoding.</summary>
public static class InputText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(InputFile file, DiagnosticBag diagnostics)
    {
        // Through the gate: a link, FIFO, hard link or oversized file is an error here, never read.
        var bytes = ContainedFolder.Read(file, SizeLimit.Text, diagnostics);
        return bytes is null ? null : Decode(bytes, file.DisplayPath, diagnostics);
    }

    /// <summary>Strict UTF-8 (no byte-order mark handling, no line ends changed), or null when a byte is not.</summary>
    internal static string? TryDecode(ReadOnlySpan<byte> bytes) =>
        System.Text.Unicode.Utf8.IsValid(bytes) ? Strict.GetString(bytes) : null;

    /// <summary>The bytes after a UTF-8 byte-order mark, if the file starts with one.</summary>
    internal static ReadOnlySpan<byte> WithoutByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;

    public static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics)
    {
        bytes = WithoutByteOrderMark(bytes);
        try
        {
            return Strict.GetString(bytes).Replace("\r\n", "\n");
        }
        catch (DecoderFallbackException e)
        {
            int index = Math.Clamp(e.Index, 0, bytes.Length);
            var (line, column) = Position(bytes[..index]);
            diagnostics.Report(Codes.NotUtf8, new SourceSpan(displayPath, line, column));
            return null;
        }
    }

    // Line and column of the byte after the prefix, counting the valid text before it.
    private static (int Line, int Column) Position(ReadOnlySpan<byte> prefix)
    {
        int line = 1, lineStart = 0;
        for (int i = 0; i < prefix.Length; i++)
            if (prefix[i] == (byte)'\n') { line++; lineStart = i + 1; }
        string lastLine = Encoding.UTF8.GetString(prefix[lineStart..]);
        return (line, lastLine.Length + 1);
    }
}
