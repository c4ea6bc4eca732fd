using System.Globalization;

namespace Dyad.Pipeline;

/// <summary>
/// The time one document may take to code (issue 19: a run-on text of a few megabytes took hours, and the good
/// documents of its batch waited for it). Enforced cooperatively, never by stopping a thread: a timer on the given clock
/// cancels <see cref="Token"/> at the deadline, and coding looks at the token between sentences (the pipeline's stages
/// through <see cref="Check"/>, the step and ledger rules directly). Once over, the document is given up: a result, not
/// a crash, for the caller to report.
/// </summary>
public sealed class CodingBudget : IDisposable
{
    /// <summary>The budget of `dyad ingest`, `dyad watch` and POST /api/documents unless told otherwise: a real article
    /// codes in milliseconds, the longest of the corpora in well under a second.</summary>
    public static readonly TimeSpan DefaultLimit = TimeSpan.FromSeconds(30);

    private readonly TimeProvider _time;
    private readonly long _start;
    private readonly long _limitTicks;
    private readonly CancellationTokenSource _source;
    private readonly ITimer _timer;
    private volatile bool _exceeded;
    private int _checks;
    private const double MaxTimerMilliseconds = uint.MaxValue - 1;

    /// <param name="limit">How long coding the document may take; positive.</param>
    /// <param name="time">The clock (tests give a fake one).</param>
    /// <param name="cancellationToken">The run's token: cancelling it stops the document too, but is not the budget's doing.</param>
    public CodingBudget(TimeSpan limit, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(limit, TimeSpan.Zero);
        Limit = limit;
        _time = time;
        // In the clock's own units, so that a check is one subtraction; a limit beyond the range of a long never ends.
        var ticks = limit.TotalSeconds * time.TimestampFrequency;
        _limitTicks = ticks >= long.MaxValue ? long.MaxValue : (long)ticks;
        _source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _start = time.GetTimestamp();
        // A timer waits at most about 49 days; a longer budget is left to the reads of the clock in Check.
        var due = limit.TotalMilliseconds <= MaxTimerMilliseconds ? limit : Timeout.InfiniteTimeSpan;
        _timer = time.CreateTimer(static state => ((CodingBudget)state!).Expire(), this, due, Timeout.InfiniteTimeSpan);
    }

    /// <summary>How long coding may take.</summary>
    public TimeSpan Limit { get; }

    /// <summary>True once the time is up (whether or not coding has noticed yet).</summary>
    public bool Exceeded => _exceeded;

    /// <summary>Cancelled when the time is up or the run is cancelled: what the stages pass on.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>Between two sentences: throws <see cref="OperationCanceledException"/> when the time is up or the run was cancelled.</summary>
    /// <remarks>
    /// Every sixteenth check also reads the clock, so that the budget ends on time when the timer's callback is late
    /// (every pool thread busy coding), or never comes (a budget longer than a timer waits). Not every check: a read of
    /// the clock costs far more than a look at the token (docs/performance.md, "The time budget of a document"). One
    /// document is coded on one thread: the count needs no lock.
    /// </remarks>
    public void Check()
    {
        if ((++_checks & 15) == 0 && !_exceeded && _time.GetTimestamp() - _start > _limitTicks) Expire();
        _source.Token.ThrowIfCancellationRequested();
    }

    /// <summary>
    /// After the last stage: the clock is read once more, so a document finished after its deadline but before a check
    /// or the timer noticed is over budget all the same, whatever the timing of threads (one read per document).
    /// </summary>
    public void Finish()
    {
        if (!_exceeded && _time.GetTimestamp() - _start > _limitTicks) Expire();
        _source.Token.ThrowIfCancellationRequested();
    }

    /// <summary>The one line a caller reports for a document given up.</summary>
    public string Message => $"not coded within its time budget of {Describe(Limit)} (--doc-timeout); skipped";

    private static string Describe(TimeSpan t) => t.TotalSeconds >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:0.###} s")
        : string.Create(CultureInfo.InvariantCulture, $"{t.TotalMilliseconds:0.###} ms");

    private void Expire()
    {
        _exceeded = true;
        try
        {
            _source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The timer fired as the document finished: nothing is left to stop.
        }
    }

    /// <summary>Stops the timer and releases the token; a document still coding with it is no longer cancelled by the budget.</summary>
    public void Dispose()
    {
        _timer.Dispose();
        _source.Dispose();
    }
}
