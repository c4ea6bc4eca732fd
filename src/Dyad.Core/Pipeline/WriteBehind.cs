using System.Runtime.ExceptionServices;

namespace Dyad.Pipeline;

/// <summary>
/// Runs writes on a thread of its own, one at a time and in the order posted, so that the caller codes the next
/// batch while the store commits this one. At most <c>capacity</c> writes wait; posting more waits for room.
/// A write that fails stops the writer: the failure is thrown to the caller at its next post or at
/// <see cref="Complete"/>, and the writes still waiting are dropped (their documents were never stored).
/// </summary>
internal sealed class WriteBehind : IDisposable
{
    private readonly Handoff<Action> _queue;
    private readonly CancellationTokenSource _failed = new();
    private readonly Thread _thread;
    private ExceptionDispatchInfo? _failure;

    public WriteBehind(int capacity = 2)
    {
        _queue = new Handoff<Action>(Math.Max(1, capacity));
        _thread = new Thread(Run) { IsBackground = true, Name = "dyad-write" };
        _thread.Start();
    }

    private void Run()
    {
        try
        {
            while (_queue.TryTake(out var write)) write();
        }
        catch (Exception e)
        {
            _failure = ExceptionDispatchInfo.Capture(e);
            _failed.Cancel();
        }
    }

    /// <summary>Queues a write; throws the failure of an earlier write, if one failed.</summary>
    public void Post(Action write)
    {
        _failure?.Throw();
        try
        {
            _queue.Add(write, _failed.Token);
        }
        catch (OperationCanceledException) when (_failed.IsCancellationRequested)
        {
            _failure?.Throw();
            throw;
        }
    }

    /// <summary>Waits until every write posted is done; throws the failure of one that failed.</summary>
    public void Complete()
    {
        _queue.CompleteAdding();
        _thread.Join();
        _failure?.Throw();
    }

    /// <summary>Lets the writes already posted finish (a write given a cancelled token stops at once), then stops.</summary>
    public void Dispose()
    {
        _queue.CompleteAdding();
        _thread.Join();
        _failed.Dispose();
    }
}
