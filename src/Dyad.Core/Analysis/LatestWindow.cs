namespace Dyad.Analysis;

/// <summary>
/// The last <c>capacity</c> items added, in the order added, and how many were added in all: a list that is read for its
/// latest entries and its length only, kept without holding what came before (issue 19: an overview listed every change
/// of rung of every counterpart, 11 MB of its 25 MB at 7.4 million events).
/// </summary>
internal sealed class LatestWindow<T>(int capacity)
{
    private readonly Queue<T> _items = new();

    /// <summary>How many items were added in all.</summary>
    public int Total { get; private set; }

    /// <summary>The last item added.</summary>
    public T Last { get; private set; } = default!;

    public void Add(T item)
    {
        Total++;
        Last = item;
        if (capacity <= 0) return;
        if (_items.Count == capacity) _items.Dequeue();
        _items.Enqueue(item);
    }

    /// <summary>The latest items, oldest first.</summary>
    public List<T> ToList() => [.. _items];
}
