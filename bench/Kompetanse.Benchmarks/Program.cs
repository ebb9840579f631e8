using BenchmarkDotNet.Running;
using Kompetanse.Benchmarks;

// corpus DIR N       writes the synthetic corpus (for bench/run.sh)
// anything else      runs the BenchmarkDotNet benchmarks of the hot paths
if (args is ["corpus", var folder, var count])
{
    Corpus.Write(folder, int.Parse(count));
    Console.WriteLine($"wrote {count} pages to {folder}");
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(Corpus).Assembly).Run(args);
return 0;
