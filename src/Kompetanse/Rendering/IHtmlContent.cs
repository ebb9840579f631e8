namespace Kompetanse.Rendering;

/// <summary>
/// HTML the generator made itself, which writes itself into a template's output where the template prints it
/// (as is, with or without <c>| raw</c>): a page's rendered Markdown goes straight into the page, with no string
/// in between.
/// </summary>
public interface IHtmlContent
{
    void WriteTo(System.Text.StringBuilder output);
}
