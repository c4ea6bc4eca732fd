using System.Runtime.ExceptionServices;

namespace Dyad.Pipeline;

/// <summary>
/// Maps a sequence on several worker threads and gives the results back in input order: the source is read
/// on one thread, at most <c>window</c> chunks of <c>chunk</c> items are in flight (so a large corpus is
/// streamed, never held), and the caller consumes results on its own thread. With one thread it reads a chunk, maps
/// it and yields its results, on the caller's thread, lazily: a <c>Select</c> a chunk at a time.
/// </summary>
public static class OrderedParallel
{
    /// <summary>
    /// Items handed to a worker at once. Every hand-over costs two queue operations and a wait; an article codes
    /// in about 0.2 ms, so handing them over one by one spent a fifth of the CPU time on passing them around.
    /// </summary>
    public const int DefaultChunk = 8;

    /// <summary>
    /// <paramref name="map"/> applied to every item of <paramref name="source"/>, yielded in the source's order.
    /// </summary>
    /// <param name="source">Read lazily, on one thread of its own when <paramref name="threads"/> is more than one.</param>
    /// <param name="map">Called on the worker threads; must be safe to call concurrently.</param>
    /// <param name="threads">Worker threads; one or fewer maps on the caller's thread.</param>
    /// <param name="window">Chunks in flight at most; zero or less means four per thread.</param>
    /// <param name="cancellationToken">Stops reading and mapping.</param>
    /// <param name="chunk">Items handed to a worker at once (with one thread: read, then mapped, at once); at least one.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>An exception thrown by <paramref name="map"/> or by reading <paramref name="source"/> is rethrown to the
    /// consumer with its stack: one from <paramref name="map"/> at that item's place in the order, one from reading after the items
    /// read before it. Stopping the enumeration early stops every thread.</remarks>
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int threads, int window = 0,
        CancellationToken cancellationToken = default, int chunk = DefaultChunk)
    {
        chunk = Math.Max(1, chunk);
        if (threads <= 1)
        {
            foreach (var output in MapHere(source, map, chunk, cancellationToken)) yield return output;
            yield break;
        }
        if (window <= 0) window = threads * 4;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = cts.Token;
        var work = new Handoff<Slot<TIn, TOut>>(window);
        var order = new Handoff<Slot<TIn, TOut>>(window);
        ExceptionDispatchInfo? readFailure = null;

        var reader = new Thread(() =>
        {
            try
            {
                foreach (var items in source.Chunk(chunk))
                {
                    var slot = new Slot<TIn, TOut>(items);
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
                    while (work.TryTake(out var slot, token)) slot.Run(map);
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
            while (order.TryTake(out var slot, token))
            {
                foreach (var output in slot.Wait(token)) yield return output;
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

    // One thread reads a chunk of items, then maps them all, then hands their outputs on, as a worker does with its chunks:
    // reading a file between two documents, or storing one, put the coder's tables out of the processor's caches, and
    // each document paid to bring them back. Coding the bench's corpus this way took 8 to 11 % less processor time than
    // reading and coding one document at a time (docs/performance.md, "Coding speed, twelfth session").
    private static IEnumerable<TOut> MapHere<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int chunk, CancellationToken cancellationToken)
    {
        var inputs = new List<TIn>(chunk);
        var outputs = new TOut[chunk];
        using var items = source.GetEnumerator();
        while (true)
        {
            inputs.Clear();
            var failure = Fill(items, inputs, chunk);
            var (mapped, mapFailure) = MapAll(inputs, outputs, map, cancellationToken);
            for (var i = 0; i < mapped; i++)
            {
                yield return outputs[i];
                outputs[i] = default!;
            }
            (mapFailure ?? failure)?.Throw();
            if (inputs.Count < chunk) yield break;
        }
    }

    // The outputs of the inputs, in order, until one fails or the run is cancelled: how many were mapped, and the failure.
    private static (int Mapped, ExceptionDispatchInfo? Failure) MapAll<TIn, TOut>(List<TIn> inputs, TOut[] outputs, Func<TIn, TOut> map,
        CancellationToken cancellationToken)
    {
        var i = 0;
        try
        {
            for (; i < inputs.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                outputs[i] = map(inputs[i]);
            }
            return (i, null);
        }
        catch (Exception e)
        {
            return (i, ExceptionDispatchInfo.Capture(e));
        }
    }

    // Up to chunk items; a failure of the source after some of them is given back, to be thrown once they are mapped.
    private static ExceptionDispatchInfo? Fill<TIn>(IEnumerator<TIn> items, List<TIn> into, int chunk)
    {
        try
        {
            while (into.Count < chunk && items.MoveNext()) into.Add(items.Current);
            return null;
        }
        catch (Exception e)
        {
            return ExceptionDispatchInfo.Capture(e);
        }
    }

    private sealed class Slot<TIn, TOut>(TIn[] inputs)
    {
        // Few spins before sleeping: on a machine with as many busy threads as cores, spinning takes a core from
        // the workers whose result is awaited.
        private readonly ManualResetEventSlim _done = new(false, spinCount: 1);
        private readonly TOut[] _outputs = new TOut[inputs.Length];
        private int _mapped;
        private ExceptionDispatchInfo? _failure;

        public void Run(Func<TIn, TOut> map)
        {
            try
            {
                for (; _mapped < inputs.Length; _mapped++) _outputs[_mapped] = map(inputs[_mapped]);
            }
            catch (Exception e)
            {
                _failure = ExceptionDispatchInfo.Capture(e);
            }
            _done.Set();
        }

        /// <summary>The outputs in input order; the failure of an item is thrown after the outputs of the items before it.</summary>
        public IEnumerable<TOut> Wait(CancellationToken token)
        {
            _done.Wait(token);
            _done.Dispose();
            for (var i = 0; i < _mapped; i++) yield return _outputs[i];
            _failure?.Throw();
        }
    }
}
