namespace Kompetanse.Text;

/// <summary>
/// Lower case exactly as <see cref="MemoryExtensions.ToLowerInvariant(ReadOnlySpan{char}, Span{char})"/>, without
/// asking ICU for the letters Norwegian text is made of. .NET lowers plain ASCII itself, but hands the rest of
/// the text to ICU from the first other letter on: on a Norwegian page that is nearly all of it (the first æ,
/// ø or å), and it was a twentieth of the search index's work.
/// </summary>
public static class InvariantLower
{
    /// <summary>Writes the lower case of <paramref name="source"/> into <paramref name="destination"/> (at least as long).</summary>
    public static void Lower(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            if (c < 0x80) destination[i] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
            // Latin-1: À–Þ lower by 0x20, but for × (U+00D7); the rest of the block is lower case already or has none.
            else if (c <= 0xFF) destination[i] = c is >= '\u00C0' and <= '\u00DE' and not '\u00D7' ? (char)(c + 0x20) : c;
            else if (char.IsSurrogate(c))
            {
                // A letter outside the first plane is lowered as a whole code point: leave the rest to .NET.
                source[i..].ToLowerInvariant(destination[i..]);
                return;
            }
            else destination[i] = char.ToLowerInvariant(c);
        }
    }
}
