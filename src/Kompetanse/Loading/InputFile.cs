namespace Kompetanse.Loading;

/// <summary>A file under the input folder. <see cref="DisplayPath"/> is what diagnostics print.</summary>
public sealed record InputFile(string FullPath, string RelativePath, string DisplayPath)
{
    /// <summary>The path inside the input folder with forward slashes, e.g. "concepts/vurdering.md".</summary>
    public string RelativePath { get; } = RelativePath.Replace('\\', '/');

    // From the name in the folder, not FullPath: a link's target may be named otherwise.
    public string Extension => Path.GetExtension(RelativePath).ToLowerInvariant();
    public string NameWithoutExtension => Path.GetFileNameWithoutExtension(RelativePath);

    /// <summary>The real path of the folder the file was found in: reading it checks that it still lies there.</summary>
    public string Root { get; init; } = "";

    /// <summary>The file's bytes, as read (and checked) once through <see cref="ContainedFolder.Read"/>; set for files published as they are.</summary>
    public byte[]? Content { get; init; }

    /// <summary>The first folder of the relative path ("concepts"), or "" for files at the top.</summary>
    public string TopFolder => RelativePath.Contains('/') ? RelativePath[..RelativePath.IndexOf('/')] : "";
}
