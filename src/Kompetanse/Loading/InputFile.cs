namespace Kompetanse.Loading;

/// <summary>A file under the input folder. <see cref="DisplayPath"/> is what diagnostics print.</summary>
public sealed record InputFile(string FullPath, string RelativePath, string DisplayPath)
{
    /// <summary>The path inside the input folder with forward slashes, e.g. "concepts/vurdering.md".</summary>
    public string RelativePath { get; } = RelativePath.Replace('\\', '/');

    public string Extension => Path.GetExtension(FullPath).ToLowerInvariant();
    public string NameWithoutExtension => Path.GetFileNameWithoutExtension(FullPath);

    /// <summary>The first folder of the relative path ("concepts"), or "" for files at the top.</summary>
    public string TopFolder => RelativePath.Contains('/') ? RelativePath[..RelativePath.IndexOf('/')] : "";
}
