using Dyad.Pipeline;

namespace Dyad.Tests.Pipeline;

/// <summary>The queues between the reading, coding and writing threads: order kept, room bounded, failures surfaced.</summary>
public sealed class HandoffTests
{
    [Fact]
    public void Handoff_ManyItemsThroughASmallQueue_ArriveAllInOrder()
    {
        var queue = new Handoff<int>(3);
        var producer = new Thread(() =>
        {
            for (var i = 0; i < 10_000; i++) queue.Add(i);
            queue.CompleteAdding();
        });
        producer.Start();
        var taken = new List<int>();
        while (queue.TryTake(out var item)) taken.Add(item);
        producer.Join();
        Assert.Equal(Enumerable.Range(0, 10_000), taken);
    }

    [Fact]
    public void Handoff_Full_AddWaitsUntilAnItemIsTaken()
    {
        var queue = new Handoff<int>(1);
        queue.Add(1);
        using var added = new ManualResetEventSlim();
        var producer = new Thread(() => { queue.Add(2); added.Set(); });
        producer.Start();
        Assert.False(added.Wait(200), "Add returned while the queue was full");
        Assert.True(queue.TryTake(out var first));
        Assert.True(added.Wait(10_000));
        Assert.True(queue.TryTake(out var second));
        producer.Join();
        Assert.Equal((1, 2), (first, second));
    }

    [Fact]
    public void Handoff_CancelledWhileWaiting_Throws()
    {
        var queue = new Handoff<int>(1);
        using var cts = new CancellationTokenSource(100);
        Assert.Throws<OperationCanceledException>(() => queue.TryTake(out _, cts.Token));
    }

    [Fact]
    public void Handoff_AddAfterComplete_Throws()
    {
        var queue = new Handoff<string>(2);
        queue.Add("a");
        queue.CompleteAdding();
        Assert.Throws<InvalidOperationException>(() => queue.Add("b"));
        Assert.True(queue.TryTake(out var a));
        Assert.Equal("a", a);
        Assert.False(queue.TryTake(out _));
    }

    [Fact]
    public void WriteBehind_RunsWritesInOrderOnItsOwnThread()
    {
        var done = new List<int>();
        var threads = new HashSet<int>();
        using (var writer = new WriteBehind(2))
        {
            for (var i = 0; i < 500; i++)
            {
                var n = i;
                writer.Post(() => { done.Add(n); threads.Add(Environment.CurrentManagedThreadId); });
            }
            writer.Complete();
        }
        Assert.Equal(Enumerable.Range(0, 500), done);
        Assert.DoesNotContain(Environment.CurrentManagedThreadId, threads);
        Assert.Single(threads);
    }

    [Fact]
    public void WriteBehind_AWriteFails_LaterWritesAreDroppedAndTheFailureReachesTheCaller()
    {
        var done = new List<int>();
        var writer = new WriteBehind(1);
        writer.Post(() => done.Add(1));
        writer.Post(() => throw new InvalidDataException("disk full"));
        var thrown = Assert.Throws<InvalidDataException>(() =>
        {
            for (var i = 0; i < 100; i++) writer.Post(() => done.Add(2));
            writer.Complete();
        });
        Assert.Equal("disk full", thrown.Message);
        Assert.Equal([1], done);
        writer.Dispose();
    }

    [Fact]
    public void OrderedParallel_ChunksAndThreads_KeepInputOrder()
    {
        foreach (var (threads, chunk) in new[] { (1, 8), (2, 1), (3, 8), (4, 5) })
        {
            var output = OrderedParallel.Map(Enumerable.Range(0, 1_003), i => i * 2, threads, chunk: chunk).ToList();
            Assert.Equal(Enumerable.Range(0, 1_003).Select(i => i * 2), output);
        }
    }

    [Fact]
    public void OrderedParallel_OneThread_ReadingFails_OutputsOfItemsReadBeforeComeFirst()
    {
        static IEnumerable<int> Source()
        {
            for (var i = 0; i < 40; i++) yield return i == 13 ? throw new InvalidDataException("read 13") : i;
        }
        var seen = new List<int>();
        var thrown = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (var x in OrderedParallel.Map(Source(), i => i * 2, 1, chunk: 8)) seen.Add(x);
        });
        Assert.Equal("read 13", thrown.Message);
        Assert.Equal(Enumerable.Range(0, 13).Select(i => i * 2), seen);
    }

    [Fact]
    public void OrderedParallel_OneThread_ItemFails_OutputsBeforeItComeFirst()
    {
        var seen = new List<int>();
        var thrown = Assert.Throws<ArgumentException>(() =>
        {
            foreach (var x in OrderedParallel.Map(Enumerable.Range(0, 40), i => i == 13 ? throw new ArgumentException("item 13") : i, 1, chunk: 8))
                seen.Add(x);
        });
        Assert.Equal("item 13", thrown.Message);
        Assert.Equal(Enumerable.Range(0, 13), seen);
    }

    [Fact]
    public void OrderedParallel_ItemFails_OutputsBeforeItComeFirst()
    {
        var seen = new List<int>();
        var thrown = Assert.Throws<ArgumentException>(() =>
        {
            foreach (var x in OrderedParallel.Map(Enumerable.Range(0, 40), i => i == 13 ? throw new ArgumentException("item 13") : i, 2, chunk: 8))
                seen.Add(x);
        });
        Assert.Equal("item 13", thrown.Message);
        Assert.Equal(Enumerable.Range(0, 13), seen);
    }
}
