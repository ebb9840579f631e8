using Kompetanse.Diagnostics;
using Kompetanse.Outputs;

namespace Kompetanse.Tests;

/// <summary>The sink lists every file in path order however the files came and whenever it is asked.</summary>
public class OutputSinkTests
{
    [Fact]
    public void Files_are_in_path_order_after_every_batch_added_in_parallel()
    {
        var sink = new OutputSink(new DiagnosticBag());
        var random = new Random(25);
        var expected = new List<string>();
        // As a build adds them: the pages on many threads, then the search index, then one more file.
        foreach (int batch in new[] { 5000, 0, 97, 1 })
        {
            var paths = Enumerable.Range(0, batch).Select(_ => $"s-{random.Next(100)}/t-{random.Next(1000)}/{Guid.NewGuid():N}.html").ToList();
            Parallel.ForEach(paths, path => sink.Add(new OutputFile(path, [1], SourceSpan.File("x"))));
            expected.AddRange(paths);
            expected.Sort(StringComparer.Ordinal);

            Assert.Equal(expected, sink.Files.Select(f => f.Path));
            Assert.Equal(expected, sink.Files.Select(f => f.Path));
        }
    }
}
