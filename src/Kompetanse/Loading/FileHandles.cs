using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Kompetanse.Loading;

/// <summary>
/// The few system calls .NET does not offer: opening a file without following a link in its last part, and
/// asking an open file (not its path) what it is, how many names it has and where it really lies. On Linux
/// these are exact; elsewhere the nearest managed equivalents are used (documented in the README).
/// </summary>
internal static class FileHandles
{
    /// <summary>What the kernel says about one file: its type, its number of names, its size and identity.</summary>
    internal readonly record struct Status(FileKind Kind, long Links, long Size, ulong Device, ulong Inode);

    internal enum FileKind { Regular, Directory, Link, Fifo, Socket, Device, Other }

    private static bool Linux => OperatingSystem.IsLinux();

    // open(2) flags; O_NOFOLLOW and O_DIRECTORY differ between x86-64 and the ARM architectures.
    private const int ReadOnly = 0, NonBlocking = 0x800, CloseOnExec = 0x80000;
    private static int NoFollow => RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm ? 0x8000 : 0x20000;
    private const int AtFdCwd = -100, AtSymlinkNoFollow = 0x100, AtEmptyPath = 0x1000;
    private const uint StatxBasic = 0x7ff;

    [DllImport("libc", SetLastError = true, EntryPoint = "open")]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", SetLastError = true, EntryPoint = "pread")]
    private static extern nint PRead(int fd, byte[] buffer, nint count, long offset);

    [DllImport("libc", SetLastError = true, EntryPoint = "readlink")]
    private static extern nint ReadLink([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer, nint size);

    [DllImport("libc", SetLastError = true, EntryPoint = "statx")]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    /// <summary>
    /// Opens a file for reading without following a link in its last part and without blocking (a FIFO
    /// opens at once instead of waiting for a writer). Throws IOException saying why not.
    /// </summary>
    internal static SafeFileHandle OpenNoFollow(string path)
    {
        if (!Linux)
        {
            if (new FileInfo(path).LinkTarget is not null) throw new IOException("it is a symbolic link");
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        int fd = Open(path, ReadOnly | NoFollow | NonBlocking | CloseOnExec);
        if (fd < 0)
        {
            int error = Marshal.GetLastPInvokeError();
            throw new IOException(error == 40 /* ELOOP */ ? "it is a symbolic link, and links are not followed here (put a copy of the file in its place)" : Marshal.GetPInvokeErrorMessage(error));
        }
        return new SafeFileHandle(fd, ownsHandle: true);
    }

    // struct statx, filled by the kernel and read at once: one a thread, not one a file.
    [ThreadStatic] private static byte[]? t_statx;

    /// <summary>The status of an open file.</summary>
    internal static Status Of(SafeFileHandle handle)
    {
        if (!Linux) return Managed(handle);
        var buffer = t_statx ??= new byte[256];
        bool added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            if (Statx((int)handle.DangerousGetHandle(), "", AtEmptyPath, StatxBasic, buffer) != 0)
                throw new IOException(Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError()));
        }
        finally
        {
            if (added) handle.DangerousRelease();
        }
        return Parse(buffer);
    }

    /// <summary>The status of a path; its last part is not followed when <paramref name="followLast"/> is false. Null if it does not exist.</summary>
    internal static Status? Of(string path, bool followLast)
    {
        if (!Linux)
        {
            var info = new FileInfo(path);
            if (!info.Exists && !Directory.Exists(path)) return null;
            var kind = !followLast && info.LinkTarget is not null ? FileKind.Link : Directory.Exists(path) ? FileKind.Directory : FileKind.Regular;
            return new Status(kind, 1, info.Exists ? info.Length : 0, 0, 0);
        }
        var buffer = t_statx ??= new byte[256];
        if (Statx(AtFdCwd, path, followLast ? 0 : AtSymlinkNoFollow, StatxBasic, buffer) != 0) return null;
        return Parse(buffer);
    }

    /// <summary>Where the open file really lies (Linux: the kernel's own name for it), or null if unknown.</summary>
    internal static string? RealPathOf(SafeFileHandle handle, string openedAs)
    {
        if (!Linux) return ContainedFolder.RealPath(openedAs);
        bool added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            // readlink(2) of /proc/self/fd/N; a name as long as the buffer may have been cut, so it is asked again larger.
            string link = "/proc/self/fd/" + (int)handle.DangerousGetHandle();
            for (int size = 4096; size <= 1 << 20; size *= 16)
            {
                var buffer = t_link is { } b && b.Length >= size ? b : t_link = new byte[size];
                nint length = ReadLink(link, buffer, size);
                if (length < 0) return null;
                if (length < size) return System.Text.Encoding.UTF8.GetString(buffer, 0, (int)length);
            }
            return null;
        }
        finally
        {
            if (added) handle.DangerousRelease();
        }
    }

    [ThreadStatic] private static byte[]? t_link;

    /// <summary>
    /// Reads up to <paramref name="count"/> bytes of the open file from <paramref name="offset"/> into the start of
    /// <paramref name="buffer"/> with one pread(2); returns how many (0 at the end). Elsewhere than on Linux,
    /// <see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>.
    /// </summary>
    internal static int ReadAt(SafeFileHandle handle, byte[] buffer, int count, long offset)
    {
        if (!Linux) return RandomAccess.Read(handle, buffer.AsSpan(0, count), offset);
        bool added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            while (true)
            {
                nint read = PRead((int)handle.DangerousGetHandle(), buffer, count, offset);
                if (read >= 0) return (int)read;
                int error = Marshal.GetLastPInvokeError();
                if (error != 4 /* EINTR */) throw new IOException(Marshal.GetPInvokeErrorMessage(error));
            }
        }
        finally
        {
            if (added) handle.DangerousRelease();
        }
    }

    // struct statx is the same on every Linux architecture: nlink at 16, mode at 28, ino at 32, size at 40,
    // rdev at 128, dev at 136.
    private static Status Parse(byte[] b)
    {
        uint links = BitConverter.ToUInt32(b, 16);
        int mode = BitConverter.ToUInt16(b, 28) & 0xF000;
        ulong inode = BitConverter.ToUInt64(b, 32);
        long size = BitConverter.ToInt64(b, 40);
        ulong device = ((ulong)BitConverter.ToUInt32(b, 136) << 32) | BitConverter.ToUInt32(b, 140);
        var kind = mode switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.Link,
            0x1000 => FileKind.Fifo,
            0xC000 => FileKind.Socket,
            0x2000 or 0x6000 => FileKind.Device,
            _ => FileKind.Other,
        };
        return new Status(kind, links, size, device, inode);
    }

    private static Status Managed(SafeFileHandle handle) => new(FileKind.Regular, 1, RandomAccess.GetLength(handle), 0, 0);
}
