namespace Dyad.Pipeline;

/// <summary>
/// A bounded first-in first-out queue between threads. A thread that must wait (the queue full, or empty) sleeps
/// at once instead of spinning first as <see cref="System.Collections.Concurrent.BlockingCollection{T}"/> does:
/// with more busy threads than cores, a spinning reader or writer took the core a coding thread needed.
/// </summary>
internal sealed class Handoff<T>
{
    private readonly Queue<T> _items;
    private readonly int _capacity;
    // A plain object, not a Lock: waiting needs Monitor.Wait, which works on monitors only.
    private readonly object _gate = new();
    private bool _completed;

    public Handoff(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        _items = new Queue<T>(capacity);
    }

    /// <summary>Adds an item, waiting for room; throws if adding was completed or <paramref name="cancellationToken"/> is cancelled.</summary>
    public void Add(T item, CancellationToken cancellationToken = default)
    {
        using var wake = cancellationToken.CanBeCanceled ? cancellationToken.Register(WakeAll) : default;
        lock (_gate)
        {
            while (_items.Count >= _capacity && !_completed)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Monitor.Wait(_gate);
            }
            cancellationToken.ThrowIfCancellationRequested();
            if (_completed) throw new InvalidOperationException("Adding to a hand-off that was completed.");
            _items.Enqueue(item);
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Takes the oldest item, waiting for one; false once adding is completed and the queue is empty.</summary>
    public bool TryTake(out T item, CancellationToken cancellationToken = default)
    {
        using var wake = cancellationToken.CanBeCanceled ? cancellationToken.Register(WakeAll) : default;
        lock (_gate)
        {
            while (_items.Count == 0 && !_completed)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Monitor.Wait(_gate);
            }
            cancellationToken.ThrowIfCancellationRequested();
            if (_items.Count == 0)
            {
                item = default!;
                return false;
            }
            item = _items.Dequeue();
            Monitor.PulseAll(_gate);
            return true;
        }
    }

    /// <summary>No more items will be added: takers get the rest, then false.</summary>
    public void CompleteAdding()
    {
        lock (_gate)
        {
            _completed = true;
            Monitor.PulseAll(_gate);
        }
    }

    private void WakeAll()
    {
        lock (_gate) Monitor.PulseAll(_gate);
    }
}
