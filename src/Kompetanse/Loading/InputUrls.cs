namespace Kompetanse.Loading;

/// <summary>The page URL a file in the input becomes; used to turn links between .md files into links between pages.</summary>
public static class InputUrls
{
    /// <summary>"concepts/vurdering.md" → "/begreper/vurdering/", "a/b.md" → "/a/b/", "index.md" → "/".</summary>
    public static string For(string relativePath)
    {
        string name = Path.GetFileNameWithoutExtension(relativePath);
        if (relativePath.StartsWith(ConceptLoader.Folder + "/", StringComparison.Ordinal)) return $"/begreper/{name}/";
        if (relativePath.StartsWith(RoleLoader.Folder + "/", StringComparison.Ordinal)) return $"/roller/{name}/";
        return PageLoader.UrlOf(relativePath);
    }
}
