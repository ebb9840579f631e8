using System.Buffers.Binary;
using System.Globalization;
using System.Xml;

namespace Kompetanse.Markdown.Images;

/// <summary>
/// An image's size in CSS pixels, read from its header (PNG, GIF, JPEG, WebP, SVG) without decoding it,
/// so every &lt;img&gt; can carry width and height and the page does not shift while images load.
/// </summary>
public readonly record struct ImageSize(int Width, int Height)
{
    /// <summary>The size, or an explanation of why it cannot be read.</summary>
    public static (ImageSize? Size, string? Problem) Read(string path) => Read(File.ReadAllBytes(path), path);

    /// <summary>The size of an image's bytes (as published); <paramref name="path"/> gives its name.</summary>
    public static (ImageSize? Size, string? Problem) Read(byte[] content, string path)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            Span<byte> head = stackalloc byte[32];
            int read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            head = head[..read];
            ImageSize? size = head switch
            {
                [0x89, (byte)'P', (byte)'N', (byte)'G', ..] when read >= 24 => new(BinaryPrimitives.ReadInt32BigEndian(head[16..]), BinaryPrimitives.ReadInt32BigEndian(head[20..])),
                [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] when read >= 10 => new(BinaryPrimitives.ReadUInt16LittleEndian(head[6..]), BinaryPrimitives.ReadUInt16LittleEndian(head[8..])),
                [0xFF, 0xD8, ..] => Jpeg(stream),
                [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] when read >= 30 => WebP(head),
                _ when Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase) => Svg(content),
                _ => null,
            };
            if (size is { Width: > 0, Height: > 0 }) return (size, null);
            return (null, "not a PNG, GIF, JPEG, WebP or SVG image with a size");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or XmlException)
        {
            return (null, e.Message);
        }
    }

    // Segments up to the first start-of-frame marker, which holds the height and width.
    private static ImageSize? Jpeg(Stream stream)
    {
        stream.Position = 2;
        Span<byte> segment = stackalloc byte[7];
        while (true)
        {
            int b = stream.ReadByte();
            while (b == 0xFF) b = stream.ReadByte(); // fill bytes before a marker
            if (b < 0) return null;
            int marker = b;
            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7)) continue; // markers without a length
            if (stream.ReadAtLeast(segment[..2], 2, throwOnEndOfStream: false) < 2) return null;
            int length = BinaryPrimitives.ReadUInt16BigEndian(segment);
            bool startOfFrame = marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);
            if (startOfFrame)
            {
                if (stream.ReadAtLeast(segment[..5], 5, throwOnEndOfStream: false) < 5) return null;
                return new ImageSize(BinaryPrimitives.ReadUInt16BigEndian(segment[3..]), BinaryPrimitives.ReadUInt16BigEndian(segment[1..]));
            }
            if (length < 2) return null;
            stream.Seek(length - 2, SeekOrigin.Current);
        }
    }

    private static ImageSize? WebP(ReadOnlySpan<byte> head) => head[12..16] switch
    {
        [(byte)'V', (byte)'P', (byte)'8', (byte)' '] => new(BinaryPrimitives.ReadUInt16LittleEndian(head[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(head[28..]) & 0x3FFF),
        [(byte)'V', (byte)'P', (byte)'8', (byte)'L'] => new(1 + (head[21] | (head[22] & 0x3F) << 8), 1 + ((head[22] >> 6) | head[23] << 2 | (head[24] & 0x0F) << 10)),
        [(byte)'V', (byte)'P', (byte)'8', (byte)'X'] => new(1 + (head[24] | head[25] << 8 | head[26] << 16), 1 + (head[27] | head[28] << 8 | head[29] << 16)),
        _ => null,
    };

    // width and height on the root element (plain numbers or px), else the viewBox's.
    private static ImageSize? Svg(byte[] content)
    {
        using var reader = XmlReader.Create(new MemoryStream(content, writable: false), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
        if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "svg") return null;
        if (Length(reader.GetAttribute("width")) is { } width && Length(reader.GetAttribute("height")) is { } height) return new(width, height);
        var box = reader.GetAttribute("viewBox")?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (box is { Length: 4 } && Length(box[2]) is { } w && Length(box[3]) is { } h) return new(w, h);
        return null;
    }

    private static int? Length(string? value)
    {
        if (value is null) return null;
        value = value.Trim();
        if (value.EndsWith("px", StringComparison.Ordinal)) value = value[..^2];
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && number > 0 ? (int)Math.Round(number) : null;
    }
}
