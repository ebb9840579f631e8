namespace Kompetanse.Writing;

/// <summary>
/// The files waiting for the writer threads: bounded, so a slow disk holds back the renderers. A writer that
/// finds it empty sleeps until a file comes and then takes every file waiting, instead of spinning for the next
/// one as a blocking collection does: the renderers make a file every few hundred microseconds, so the writers
/// wait most of the time, and their spinning took the processor from the renderers on two cores.
/// </summary>
public sealed class WriteQueue<T>(int capacity)
{
    private readonly object _lock = new();
    private readonly Queue<T> _waiting = new();
    private int _sleepingWriters;
    private bool _sleepingProducer;
    private bool _complete;

    /// <summary>How many items wait.</summary>
    public int Count
    {
        get { lock (_lock) return _waiting.Count; }
    }

    /// <summary>Adds an item, waiting while the queue is full.</summary>
    public void Add(T item)
    {
        lock (_lock)
        {
            if (_complete) throw new InvalidOperationException("The queue is complete.");
            while (_waiting.Count >= capacity)
            {
                _sleepingProducer = true;
                Monitor.Wait(_lock);
            }
            _waiting.Enqueue(item);
            if (_sleepingWriters > 0) Monitor.Pulse(_lock);
        }
    }

    /// <summary>No more items: writers finish what is waiting and stop.</summary>
    public void Complete()
    {
        lock (_lock)
        {
            _complete = true;
            Monitor.PulseAll(_lock);
        }
    }

    /// <summary>
    /// The items waiting, into <paramref name="batch"/>: all of them, or half when another writer sleeps (it is
    /// woken for the rest, so a slow disk has two writes going). False when the queue is complete and empty.
    /// </summary>
    public bool Take(Queue<T> batch)
    {
        batch.Clear();
        lock (_lock)
        {
            while (_waiting.Count == 0)
            {
                if (_complete) return false;
                _sleepingWriters++;
                Monitor.Wait(_lock);
                _sleepingWriters--;
            }
            int take = _sleepingWriters > 0 && _waiting.Count > 1 ? (_waiting.Count + 1) / 2 : _waiting.Count;
            for (int i = 0; i < take; i++) batch.Enqueue(_waiting.Dequeue());
            if (_sleepingProducer)
            {
                _sleepingProducer = false;
                Monitor.PulseAll(_lock);
            }
            else if (_waiting.Count > 0 && _sleepingWriters > 0) Monitor.Pulse(_lock);
            return true;
        }
    }
}
