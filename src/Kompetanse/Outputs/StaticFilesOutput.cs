namespace Kompetanse.Outputs;

/// <summary>Files in the input that are not content (images, PDFs): published at the same path, with the bytes the input gate checked.</summary>
public sealed class StaticFilesOutput : IOutputModule
{
    public string Name => "static";

    public void Produce(BuildContext context, OutputSink sink)
    {
        foreach (var file in context.Site.StaticFiles)
            sink.Add(new OutputFile(file.RelativePath, file.Content ?? [], Diagnostics.SourceSpan.File(file.DisplayPath)) { Copied = true });
    }
}
