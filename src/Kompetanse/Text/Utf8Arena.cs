using System.Text;

namespace Kompetanse.Text;

/// <summary>Valid UTF-8 kept in an <see cref="Utf8Arena"/>, decoded each time it is asked for.</summary>
public readonly record struct Utf8Slice(byte[]? Buffer, int Offset, int Length)
{
    public ReadOnlySpan<byte> Bytes => Buffer is null ? default : Buffer.AsSpan(Offset, Length);

    public string Decode() => Length == 0 ? "" : Encoding.UTF8.GetString(Buffer!, Offset, Length);
}

/// <summary>
/// Keeps many small UTF-8 texts side by side in a few arrays of a megabyte. Arrays that large live on the
/// large-object heap, which the collector does not copy: the input's Markdown, kept from reading until its page
/// is rendered, is not moved from generation to generation on the way (10,000 pages: 23 MB of bytes, where the
/// same text as strings was 46 MB copied twice).
/// </summary>
public static class Utf8Arena
{
    private const int ChunkSize = 1 << 20;

    // One chunk per thread, so reading files in parallel takes no lock.
    [ThreadStatic] private static byte[]? t_chunk;
    [ThreadStatic] private static int t_used;

    /// <summary>A copy of <paramref name="utf8"/> (which must be valid UTF-8) in the arena.</summary>
    public static Utf8Slice Keep(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length == 0) return default;
        // A large text gets an array of its own, so a chunk is never mostly wasted.
        if (utf8.Length > ChunkSize / 8) return new Utf8Slice(utf8.ToArray(), 0, utf8.Length);
        if (t_chunk is null || ChunkSize - t_used < utf8.Length)
        {
            t_chunk = GC.AllocateUninitializedArray<byte>(ChunkSize);
            t_used = 0;
        }
        utf8.CopyTo(t_chunk.AsSpan(t_used));
        var slice = new Utf8Slice(t_chunk, t_used, utf8.Length);
        t_used += utf8.Length;
        return slice;
    }
}
