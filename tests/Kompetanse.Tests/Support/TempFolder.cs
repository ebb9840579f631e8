namespace Kompetanse.Tests.Support;

/// <summary>A fresh folder under the system temp folder, removed again when disposed.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string? prefix = null)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"kompetanse-tests-{prefix ?? "t"}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Writes a UTF-8 text file (no BOM) at a path relative to this folder, creating folders as needed.</summary>
    public string Write(string relative, string text) => WriteBytes(relative, new System.Text.UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        string full = Combine(relative.Split('/'));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
