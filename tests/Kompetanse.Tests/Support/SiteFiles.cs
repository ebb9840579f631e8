namespace Kompetanse.Tests.Support;

/// <summary>Two built sites compared file by file: the same relative paths, and the same bytes in each.</summary>
public static class SiteFiles
{
    public static SortedDictionary<string, byte[]> Of(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes), StringComparer.Ordinal);

    public static void AssertSame(string expectedFolder, string actualFolder)
    {
        var expected = Of(expectedFolder);
        var actual = Of(actualFolder);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs");
    }
}
