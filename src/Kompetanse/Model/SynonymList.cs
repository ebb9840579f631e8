using Kompetanse.Diagnostics;

namespace Kompetanse.Model;

/// <summary>
/// input/sok/synonymer.yml: groups of words or phrases that mean one thing to a reader who searches
/// ("evnerike" and "stort læringspotensial"); a search for one finds the others.
/// </summary>
public sealed record SynonymList(IReadOnlyList<IReadOnlyList<string>> Groups, SourceSpan Location)
{
    public static readonly SynonymList None = new([], default);
}
