namespace Kompetanse.Cli;

/// <summary>
/// One status line on a terminal, rewritten in place; silent when output is redirected or CI is set.
/// With timings, every stage gets a line of its own with the time since the process started, the processor
/// time used so far (all cores: between two lines, twice the wall time means both of two cores were busy), the
/// memory allocated so far, the memory the process holds (resident), the garbage-collected heap at the last collection,
/// how long the collector has stopped the program so far, and how long compiling methods at run time has taken
/// so far (on any thread).
/// </summary>
public sealed class ProgressLine(TextWriter writer, bool timings = false) : IProgress<string>, IDisposable
{
    private readonly bool _enabled = !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
    private int _width;

    public void Report(string value)
    {
        if (timings)
        {
            using var process = System.Diagnostics.Process.GetCurrentProcess();
            var since = DateTime.Now - process.StartTime;
            lock (writer) writer.WriteLine($"{since.TotalSeconds,6:0.000} s {process.TotalProcessorTime.TotalSeconds,6:0.000} s {GC.GetTotalAllocatedBytes() / 1_048_576,6} MB {Environment.WorkingSet / 1_048_576,5} MB {GC.GetGCMemoryInfo().HeapSizeBytes / 1_048_576,5} MB {GC.GetTotalPauseDuration().TotalMilliseconds,5:0} ms {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds,4:0} ms  {value}");
            return;
        }
        if (!_enabled) return;
        lock (writer)
        {
            string line = value.Length > 70 ? value[..70] : value;
            writer.Write("\r" + line.PadRight(_width));
            _width = line.Length;
        }
    }

    public void Clear()
    {
        if (!_enabled || _width == 0) return;
        lock (writer) { writer.Write("\r" + new string(' ', _width) + "\r"); _width = 0; }
    }

    public void Dispose() => Clear();
}
