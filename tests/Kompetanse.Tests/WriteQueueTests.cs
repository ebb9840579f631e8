using Kompetanse.Writing;

namespace Kompetanse.Tests;

/// <summary>The queue between the renderers and the writer threads: nothing lost, nothing twice, and bounded.</summary>
public class WriteQueueTests
{
    [Fact]
    public void EveryFileAddedIsTakenOnceWhenTwoWritersShareTheQueue()
    {
        const int capacity = 8, perProducer = 3000;
        var queue = new WriteQueue<int>(capacity);
        var taken = new List<int>[2];
        int largestBatch = 0;
        var writers = Enumerable.Range(0, 2).Select(w => new Thread(() =>
        {
            var mine = taken[w] = [];
            var batch = new Queue<int>();
            while (queue.Take(batch))
            {
                InterlockedMax(ref largestBatch, batch.Count);
                mine.AddRange(batch);
            }
        })).ToArray();
        foreach (var writer in writers) writer.Start();
        Parallel.For(0, 3, producer =>
        {
            for (int i = 0; i < perProducer; i++) queue.Add(producer * perProducer + i);
        });
        queue.Complete();
        foreach (var writer in writers) writer.Join();

        var all = taken[0].Concat(taken[1]).Order().ToList();
        Assert.Equal(Enumerable.Range(0, 3 * perProducer), all);
        Assert.InRange(largestBatch, 1, capacity);
    }

    [Fact]
    public async Task AFullQueueHoldsTheRendererBackUntilAWriterTakes()
    {
        var queue = new WriteQueue<int>(capacity: 2);
        var producer = Task.Run(() =>
        {
            for (int i = 0; i < 10; i++) queue.Add(i);
        });
        SpinWait.SpinUntil(() => queue.Count == 2 || producer.IsCompleted);
        Assert.False(producer.IsCompleted);

        var batch = new Queue<int>();
        var seen = new List<int>();
        while (seen.Count < 10)
        {
            Assert.True(queue.Take(batch));
            Assert.InRange(batch.Count, 1, 2);
            seen.AddRange(batch);
        }
        await producer;
        Assert.Equal(Enumerable.Range(0, 10), seen);
    }

    [Fact]
    public void CompletingLetsTheWritersFinishWhatIsWaitingAndThenStop()
    {
        var queue = new WriteQueue<string>(capacity: 16);
        foreach (string name in new[] { "a", "b", "c" }) queue.Add(name);
        queue.Complete();

        var batch = new Queue<string>();
        Assert.True(queue.Take(batch));
        Assert.Equal(["a", "b", "c"], batch);
        Assert.False(queue.Take(batch));
        Assert.Empty(batch);
        Assert.Throws<InvalidOperationException>(() => queue.Add("d"));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }
}
