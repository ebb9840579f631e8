namespace Kompetanse.Model;

/// <summary>
/// A word or phrase that links to the page explaining it wherever it appears in running text.
/// <paramref name="Explanation"/> is the full name an abbreviation stands for (for &lt;abbr title&gt;).
/// </summary>
public sealed record Term(string Text, string TargetUrl, string Explanation, bool IsAbbreviation)
{
    /// <summary>
    /// Found only where written exactly as <see cref="Text"/>, case and all: abbreviations, and forms the
    /// editor marked as ambiguous ("Styrer" the role, not "styrer" the verb).
    /// </summary>
    public bool ExactCase { get => field || IsAbbreviation; init; }

    /// <summary>The language of the page the term links to ("nb", "nn", "sv").</summary>
    public string Language { get; init; } = Model.Language.Bokmal;
}
