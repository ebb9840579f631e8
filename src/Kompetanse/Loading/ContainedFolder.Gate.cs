using System.Globalization;
using Kompetanse.Diagnostics;

namespace Kompetanse.Loading;

/// <summary>How large a file of one kind may be; said in the error when a file is larger.</summary>
public sealed record SizeLimit(long Bytes, string What)
{
    public static readonly SizeLimit Text = new(4L << 20, "a page, data file or template");
    public static readonly SizeLimit AnswerDocument = new(20L << 20, "a handed-back document");
    public static readonly SizeLimit Published = new(50L << 20, "a file published as it is");
    public static readonly SizeLimit ThemeFile = new(16L << 20, "a theme file");

    public string Shown => Megabytes(Bytes);

    internal static string Megabytes(long bytes) => (bytes / 1048576.0).ToString(bytes % 1048576 == 0 ? "0" : "0.#", CultureInfo.InvariantCulture) + " MB";
}

/// <summary>
/// The gate every byte from input/ and theme/ comes through: a file is opened once without following a
/// link, the open file is checked (a regular file with one name, still inside its folder by the path the
/// kernel gives it, under its size limit) and read from that same handle. What is published or parsed is
/// what was checked; a file swapped for a link after the folder was read is refused, not followed.
/// </summary>
public static partial class ContainedFolder
{
    /// <summary>The file's bytes, or null with an error at its path.</summary>
    public static byte[]? Read(InputFile file, SizeLimit limit, DiagnosticBag diagnostics)
    {
        var at = SourceSpan.File(file.DisplayPath);
        try
        {
            using var handle = FileHandles.OpenNoFollow(file.FullPath);
            var status = FileHandles.Of(handle);
            if (Refusal(status) is { } refusal)
            {
                diagnostics.Report(refusal.Code, at, refusal.Argument);
                return null;
            }
            string root = file.Root.Length > 0 ? file.Root : RealPath(Path.GetDirectoryName(Path.GetFullPath(file.FullPath))!) ?? "/";
            if (FileHandles.RealPathOf(handle, file.FullPath) is not { } real || !IsInside(real, root))
            {
                diagnostics.Report(Codes.LinkOutsideFolder, at, FileHandles.RealPathOf(handle, file.FullPath) ?? file.FullPath, InputLoader.DisplayPath(root));
                return null;
            }
            if (status.Size > limit.Bytes)
            {
                diagnostics.Report(Codes.FileTooLarge, at, SizeLimit.Megabytes(status.Size), limit.Shown, limit.What);
                return null;
            }
            // Most files: the size checked and one byte more asked for in one read into the thread's scratch. Getting
            // exactly the size means the file ended there, unchanged; the bytes are copied out once.
            if (status.Size < ScratchBytes)
            {
                var scratch = t_scratch ??= new byte[ScratchBytes];
                if (FileHandles.ReadAt(handle, scratch, (int)status.Size + 1, 0) == status.Size) return scratch[..(int)status.Size];
            }
            // The size may change while reading: read to the end, never past the limit. The buffer is the size
            // the file had, so the bytes of a file that did not change are returned as read, not copied again.
            var buffer = new byte[status.Size];
            Span<byte> probe = stackalloc byte[1];
            int length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    // Full: one byte more means the file grew since it was checked.
                    if (RandomAccess.Read(handle, probe, length) == 0) break;
                    if (length + 1L > limit.Bytes)
                    {
                        diagnostics.Report(Codes.FileTooLarge, at, "over " + limit.Shown, limit.Shown, limit.What);
                        return null;
                    }
                    Array.Resize(ref buffer, (int)Math.Min(limit.Bytes, Math.Max(buffer.Length * 2L, 4096)));
                    buffer[length++] = probe[0];
                    continue;
                }
                int n = RandomAccess.Read(handle, buffer.AsSpan(length), length);
                if (n == 0) break;
                length += n;
            }
            return length == buffer.Length ? buffer : buffer[..length];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(Codes.UnreadableFile, at, e.Message);
            return null;
        }
    }

    private const int ScratchBytes = 256 * 1024;
    [ThreadStatic] private static byte[]? t_scratch;

    /// <summary>
    /// A file at a fixed place in a folder (a theme package's script), to be read through <see cref="Read"/>:
    /// its real path must lie inside <paramref name="folder"/>.
    /// </summary>
    public static InputFile At(string path, string folder)
    {
        string full = Path.GetFullPath(path);
        string root = RealPath(Path.GetFullPath(folder)) ?? Path.GetFullPath(folder);
        return new InputFile(full, Path.GetRelativePath(Path.GetFullPath(folder), full), InputLoader.DisplayPath(full)) { Root = root };
    }

    // What is read must be a regular file with one name: a hard link may be a file from anywhere on the disk,
    // and a FIFO, socket or device could block the build for ever or never end.
    private static (DiagnosticDescriptor Code, string Argument)? Refusal(FileHandles.Status status) => status switch
    {
        { Kind: not FileHandles.FileKind.Regular } => (Codes.NotARegularFile, KindName(status.Kind)),
        { Links: > 1 } => (Codes.HardLinkedFile, status.Links.ToString(CultureInfo.InvariantCulture)),
        _ => null,
    };

    private static (DiagnosticDescriptor Code, string Argument)? Refusal(string path) =>
        FileHandles.Of(path, followLast: false) is { } status ? Refusal(status) : null;

    private static string KindName(FileHandles.FileKind kind) => kind switch
    {
        FileHandles.FileKind.Fifo => "a FIFO (named pipe)",
        FileHandles.FileKind.Socket => "a socket",
        FileHandles.FileKind.Device => "a device",
        FileHandles.FileKind.Directory => "a folder",
        FileHandles.FileKind.Link => "a symbolic link",
        _ => "not a regular file",
    };

    /// <summary>A description of the first character no file name of the site may hold (a backslash or a control character), or null.</summary>
    public static string? UnsafeName(string name)
    {
        foreach (char c in name)
        {
            if (c == '\\') return "a backslash (\\)";
            if (char.IsControl(c)) return $"a control character (U+{(int)c:X4})";
        }
        return null;
    }

    // A name as diagnostics can print it: control characters shown as their code.
    internal static string Printable(string name) =>
        string.Concat(name.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
