namespace Kompetanse.Markdown.TermLinking;

/// <summary>How a link says, in the reader's language, that its page is in another: "på norska" on a Swedish page, "på svensk" on a Norwegian one.</summary>
public static class OtherLanguage
{
    /// <summary>Bokmål and Nynorsk readers read each other; Swedish and Norwegian readers are told.</summary>
    public static bool NeedsWord(string reader, string target) => reader != target && (reader == "sv" || target == "sv");

    public static string Name(string target, string reader) => (reader, target) switch
    {
        ("sv", "nb" or "nn") => "på norska",
        ("sv", _) => "på " + target,
        (_, "sv") => "på svensk",
        _ => "på " + target,
    };
}
