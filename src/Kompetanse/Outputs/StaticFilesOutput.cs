namespace Kompetanse.Outputs;

/// <summary>Files in the input that are not content (images, PDFs): copied to the same path.</summary>
public sealed class StaticFilesOutput : IOutputModule
{
    public string Name => "static";

    public void Produce(BuildContext context, OutputSink sink)
    {
        foreach (var file in context.Site.StaticFiles)
            sink.Add(new OutputFile(file.RelativePath, [], Diagnostics.SourceSpan.File(file.DisplayPath)) { CopyFrom = file.FullPath });
    }
}
