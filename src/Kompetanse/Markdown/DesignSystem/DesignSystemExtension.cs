using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kompetanse.Markdown.DesignSystem;

/// <summary>
/// Gives Markdown output the classes of Digdir's Designsystemet (ds-heading, ds-paragraph, ds-list,
/// ds-link, ds-table) and puts each table in a focusable, labelled region that scrolls sideways on narrow screens.
/// </summary>
public sealed class DesignSystemExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= AddClasses;
        pipeline.DocumentProcessed += AddClasses;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        var tables = html.ObjectRenderers.FindExact<HtmlTableRenderer>();
        if (tables is null) return;
        html.ObjectRenderers.Replace<HtmlTableRenderer>(new ScrollingTableRenderer(tables));
    }

    private static void AddClasses(MarkdownDocument document) => AddClasses((ContainerBlock)document);

    // A walk of our own over blocks and inlines: Descendants() makes an enumerator per node.
    private static void AddClasses(ContainerBlock container)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    heading.GetAttributes().AddClass("ds-heading");
                    heading.GetAttributes().AddProperty("data-size", heading.Level <= 2 ? "md" : "sm");
                    break;
                case ParagraphBlock paragraph when paragraph.Parent is MarkdownDocument or Markdig.Syntax.QuoteBlock:
                    paragraph.GetAttributes().AddClass("ds-paragraph");
                    break;
                case ListBlock list:
                    list.GetAttributes().AddClass("ds-list");
                    break;
                case Table table:
                    table.GetAttributes().AddClass("ds-table");
                    table.GetAttributes().AddProperty("data-border", "true");
                    break;
            }
            if (block is LeafBlock { Inline: { } inline }) AddClasses(inline);
            if (block is ContainerBlock nested) AddClasses(nested);
        }
    }

    private static void AddClasses(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LinkInline { IsImage: false } link) link.GetAttributes().AddClass("ds-link");
            else if (inline is AutolinkInline autolink) autolink.GetAttributes().AddClass("ds-link");
            if (inline is ContainerInline nested) AddClasses(nested);
        }
    }

    private sealed class ScrollingTableRenderer(HtmlTableRenderer inner) : HtmlObjectRenderer<Table>
    {
        protected override void Write(HtmlRenderer renderer, Table table)
        {
            renderer.Write("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Tabell som kan rulles sideveis\">");
            inner.Write(renderer, table);
            renderer.Write("</div>");
        }
    }
}
