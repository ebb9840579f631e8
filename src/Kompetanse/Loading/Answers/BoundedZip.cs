using System.IO.Compression;
using Kompetanse.Diagnostics;

namespace Kompetanse.Loading.Answers;

/// <summary>
/// Opens a handed-back document (.docx, .odt: both zip packages) only after checking it with bounded work:
/// read once through the input gate, recognised by its first bytes, and every entry unpacked as a stream,
/// counted as it comes, and stopped at the caps. A zip bomb is refused after unpacking at most
/// <see cref="MaxUnpackedBytes"/>; a damaged, empty, encrypted or foreign file is an error naming it.
/// The readers then parse these same checked bytes from memory.
/// </summary>
public static class BoundedZip
{
    /// <summary>All entries together, unpacked; a filled form is well under a megabyte.</summary>
    public const long MaxUnpackedBytes = 32L << 20;

    /// <summary>Entries in one package; a filled form has a few dozen.</summary>
    public const int MaxEntries = 1000;

    /// <summary>The checked document with its bytes in <see cref="InputFile.Content"/>, or null with an error at its path.</summary>
    public static InputFile? Check(InputFile file, DiagnosticBag diagnostics)
    {
        var at = SourceSpan.File(file.DisplayPath);
        if (Path.GetFileName(file.RelativePath).StartsWith("~$", StringComparison.Ordinal))
        {
            diagnostics.Report(Codes.NotADocument, at, "this is the lock file Word makes while a document is open (~$…), not a document: close the document in Word and delete this file");
            return null;
        }
        var bytes = ContainedFolder.Read(file, SizeLimit.AnswerDocument, diagnostics);
        if (bytes is null) return null;
        if (Foreign(bytes) is { } problem)
        {
            diagnostics.Report(Codes.NotADocument, at, problem);
            return null;
        }
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                diagnostics.Report(Codes.DocumentTooLarge, at, $"{MaxEntries} parts ({zip.Entries.Count})");
                return null;
            }
            var buffer = new byte[81920];
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                if (entry.IsEncrypted)
                {
                    diagnostics.Report(Codes.NotADocument, at, "it is encrypted: save it again without a password");
                    return null;
                }
                // The sizes the package states are checked first (cheap), then what really comes out is counted.
                if (entry.Length > MaxUnpackedBytes - total)
                {
                    diagnostics.Report(Codes.DocumentTooLarge, at, SizeLimit.Megabytes(MaxUnpackedBytes));
                    return null;
                }
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                    if (total > MaxUnpackedBytes)
                    {
                        diagnostics.Report(Codes.DocumentTooLarge, at, SizeLimit.Megabytes(MaxUnpackedBytes));
                        return null;
                    }
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            diagnostics.Report(Codes.NotADocument, at, $"it is damaged or cut short ({e.Message}); save it again from Word or LibreOffice");
            return null;
        }
        return file with { Content = bytes };
    }

    /// <summary>The checked bytes of a document that passed <see cref="Check"/>, to parse.</summary>
    public static Stream Open(InputFile file) => new MemoryStream(file.Content ?? throw new InvalidOperationException("the document was not checked"), writable: false);

    // What the first bytes say the file is, when it is not a zip package.
    private static string? Foreign(byte[] bytes) => bytes switch
    {
        [] => "the file is empty",
        [(byte)'P', (byte)'K', 3, 4, ..] => null,
        [(byte)'P', (byte)'K', 5, 6, ..] => "the file is an empty zip package, not a document",
        [(byte)'%', (byte)'P', (byte)'D', (byte)'F', ..] => "it is a PDF, not a Word or LibreOffice document: hand back the filled .docx or .odt file",
        [0xD0, 0xCF, 0x11, 0xE0, ..] => "it is encrypted (saved with a password) or in Word's old .doc format: save it as .docx or .odt without a password",
        [(byte)'{', ..] or [0xEF, 0xBB, 0xBF, (byte)'{', ..] => "it is an answer file (JSON), not a document: name it .json",
        _ => "it is not a .docx or .odt document (it holds no document package)",
    };
}
