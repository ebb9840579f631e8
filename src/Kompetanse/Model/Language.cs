namespace Kompetanse.Model;

/// <summary>The languages a page may be written in, as BCP 47 tags for the lang attribute.</summary>
public static class Language
{
    public const string Bokmal = "nb";
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["nb"] = "bokmål",
        ["nn"] = "nynorsk",
        ["sv"] = "svensk",
    };

    public static bool IsKnown(string tag) => Names.ContainsKey(tag);
}
