// The least a static-site generator can do with the corpus: read each Markdown file, leave out its front
// matter, render it with Markdig (tables on), put it in a minimal page and write it as folder/index.html.
// No templates, no links checked, no search index. bench/floor.sh times it against ours and Hugo.
//   Kompetanse.Floor INPUT OUTPUT
using System.Text;
using Markdig;

if (args.Length != 2) { Console.Error.WriteLine("usage: Kompetanse.Floor INPUT OUTPUT"); return 2; }
string input = Path.GetFullPath(args[0]), output = Path.GetFullPath(args[1]);
var pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseAutoIdentifiers().DisableHtml().Build();
var files = Directory.GetFiles(input, "*.md", SearchOption.AllDirectories);
Parallel.ForEach(files, file =>
{
    string text = File.ReadAllText(file);
    int body = 0;
    if (text.StartsWith("---\n", StringComparison.Ordinal))
    {
        int end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end >= 0) body = end + 5;
    }
    string relative = Path.GetRelativePath(input, file);
    string folder = Path.GetFileNameWithoutExtension(relative) == "index"
        ? Path.Combine(output, Path.GetDirectoryName(relative) ?? "")
        : Path.Combine(output, Path.ChangeExtension(relative, null));
    Directory.CreateDirectory(folder);
    string html = "<!doctype html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>Side</title></head><body><main>"
        + Markdown.ToHtml(text[body..], pipeline) + "</main></body></html>";
    File.WriteAllBytes(Path.Combine(folder, "index.html"), Encoding.UTF8.GetBytes(html));
});
Console.WriteLine($"{files.Length} pages, {GC.GetTotalAllocatedBytes() >> 20} MB allocated");
return 0;
