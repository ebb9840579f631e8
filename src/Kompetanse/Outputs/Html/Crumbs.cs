using Kompetanse.Rendering.Views;

namespace Kompetanse.Outputs.Html;

/// <summary>Breadcrumb trails; each starts at the front page.</summary>
public static class Crumbs
{
    public static readonly LinkView Home = new("Forside", "/");
    public static readonly LinkView Concepts = new("Begreper", "/begreper/");

    public static IReadOnlyList<LinkView> From(params LinkView[] trail) => [Home, .. trail];
}
