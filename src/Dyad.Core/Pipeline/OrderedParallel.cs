using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Dyad.Pipeline;

/// <summary>
/// Maps a sequence on several worker threads and gives the results back in input order: the source is read
/// on one thread, at most <c>window</c> items are in flight (so a large corpus is streamed, never held), and
/// the caller consumes results on its own thread. With one thread it is a plain lazy <c>Select</c>, reading
/// and mapping interleaved exactly as a loop would.
/// </summary>
public static class OrderedParallel
{
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int threads, int window = 0,
        CancellationToken cancellationToken = default)
    {
        if (threads <= 1)
        {
            foreach (var item in source)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return map(item);
            }
            yield break;
        }
        if (window <= 0) window = threads * 8;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = cts.Token;
        using var work = new BlockingCollection<Slot<TIn, TOut>>(window);
        using var order = new BlockingCollection<Slot<TIn, TOut>>(window);
        ExceptionDispatchInfo? readFailure = null;

        var reader = new Thread(() =>
        {
            try
            {
                foreach (var item in source)
                {
                    var slot = new Slot<TIn, TOut>(item);
                    order.Add(slot, token);
                    work.Add(slot, token);
                }
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                readFailure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                work.CompleteAdding();
                order.CompleteAdding();
            }
        })
        { IsBackground = true, Name = "dyad-read" };

        var workers = new Thread[threads];
        for (var w = 0; w < threads; w++)
        {
            workers[w] = new Thread(() =>
            {
                try
                {
                    foreach (var slot in work.GetConsumingEnumerable(token)) slot.Run(map);
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                }
            })
            { IsBackground = true, Name = $"dyad-code-{w}" };
        }
        reader.Start();
        foreach (var t in workers) t.Start();
        try
        {
            foreach (var slot in order.GetConsumingEnumerable(token))
            {
                yield return slot.Wait(token);
            }
            readFailure?.Throw();
            cancellationToken.ThrowIfCancellationRequested();
        }
        finally
        {
            // The consumer stopped (done, failed or abandoned the enumeration): stop the reader and the workers.
            cts.Cancel();
            reader.Join();
            foreach (var t in workers) t.Join();
        }
    }

    private sealed class Slot<TIn, TOut>(TIn input)
    {
        private readonly ManualResetEventSlim _done = new(false);
        private TOut? _output;
        private ExceptionDispatchInfo? _failure;

        public void Run(Func<TIn, TOut> map)
        {
            try
            {
                _output = map(input);
            }
            catch (Exception e)
            {
                _failure = ExceptionDispatchInfo.Capture(e);
            }
            _done.Set();
        }

        public TOut Wait(CancellationToken token)
        {
            _done.Wait(token);
            _done.Dispose();
            _failure?.Throw();
            return _output!;
        }
    }
}
