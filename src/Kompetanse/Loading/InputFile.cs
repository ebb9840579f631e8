namespace Kompetanse.Loading;

/// <summary>A file under the input folder. <see cref="DisplayPath"/> is what diagnostics print.</summary>
public sealed record InputFile(string FullPath, string RelativePath, string DisplayPath)
{
    /// <summary>The path inside the input folder with forward slashes, e.g. "concepts/vurdering.md".</summary>
    public string RelativePath { get; } = RelativePath.Replace('\\', '/');

    // From the name in the folder, not FullPath: a link's target may be named otherwise.
    public string Extension => Path.GetExtension(RelativePath).ToLowerInvariant();
    public string NameWithoutExtension => Path.GetFileNameWithoutExtension(RelativePath);

    /// <summary>The first folder of the relative path ("concepts"), or "" for files at the top.</summary>
    public string TopFolder => RelativePath.Contains('/') ? RelativePath[..RelativePath.IndexOf('/')] : "";
}
