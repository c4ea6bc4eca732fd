using Dyad.Pipeline;
using Microsoft.Extensions.Time.Testing;

namespace Dyad.Tests.Pipeline;

/// <summary>The time budget of one document (issue 19): a timer on the given clock ends it, checked between sentences.</summary>
public sealed class CodingBudgetTests
{
    private static readonly Document Article = new("t",
        "Embassy reopens\nMarch 7, 2023\n\nSaudi Arabia reopened its embassy in Damascus on Monday. Turkey and Syria held talks in Moscow.",
        Published: Coding.DefaultPublished);

    [Fact]
    public void Check_BeforeTheLimit_Passes_AfterIt_ThrowsAndSaysExceeded()
    {
        var time = new FakeTimeProvider();
        using var budget = new CodingBudget(TimeSpan.FromSeconds(10), time);
        budget.Check();
        time.Advance(TimeSpan.FromSeconds(9));
        budget.Check();
        Assert.False(budget.Exceeded);
        time.Advance(TimeSpan.FromSeconds(2));
        // The timer has cancelled the token already: a rule that only checks the token stops too.
        Assert.True(budget.Token.IsCancellationRequested);
        Assert.True(budget.Exceeded);
        Assert.ThrowsAny<OperationCanceledException>(budget.Check);
    }

    [Fact]
    public void Check_ReadsTheClockEverySixteenthTime_SoALateTimerStillEndsTheBudget()
    {
        // A clock whose timers never fire: only the reads in Check can end the budget.
        var time = new TimerlessClock();
        using var budget = new CodingBudget(TimeSpan.FromSeconds(10), time);
        time.Advance(TimeSpan.FromSeconds(11));
        for (var i = 1; i < 16; i++) budget.Check();
        Assert.False(budget.Exceeded);
        Assert.ThrowsAny<OperationCanceledException>(budget.Check);
        Assert.True(budget.Exceeded);
    }

    private sealed class TimerlessClock : FakeTimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            base.CreateTimer(callback, state, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    [Fact]
    public void RunCancelled_StopsTheDocument_ButIsNotTheBudgetRunningOut()
    {
        using var run = new CancellationTokenSource();
        using var budget = new CodingBudget(TimeSpan.FromSeconds(10), new FakeTimeProvider(), run.Token);
        run.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(budget.Check);
        Assert.False(budget.Exceeded);
    }

    [Fact]
    public void Code_WithinTheBudget_GivesTheEventsCodingWithoutOneGives()
    {
        using var budget = new CodingBudget(TimeSpan.FromSeconds(10), new FakeTimeProvider());
        var within = Coding.Pipeline.Code(Article, budget);
        var plain = Coding.Pipeline.Code(Article);
        Assert.NotEmpty(plain.Events);
        Assert.Equal(Coding.Lines(plain), Coding.Lines(within));
    }

    [Fact]
    public void Code_OverTheBudget_Throws()
    {
        var time = new FakeTimeProvider();
        using var budget = new CodingBudget(TimeSpan.FromSeconds(10), time);
        time.Advance(TimeSpan.FromSeconds(11));
        Assert.ThrowsAny<OperationCanceledException>(() => Coding.Pipeline.Code(Article, budget));
    }

    [Fact]
    public void Budget_LongerThanATimerWaits_StillEndsByTheClock()
    {
        var time = new FakeTimeProvider();
        using var budget = new CodingBudget(TimeSpan.FromDays(400), time);
        time.Advance(TimeSpan.FromDays(401));
        Assert.ThrowsAny<OperationCanceledException>(() => { for (var i = 0; i < 16; i++) budget.Check(); });
        Assert.True(budget.Exceeded);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    public void Budget_NotPositive_IsRefused(double seconds) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CodingBudget(TimeSpan.FromSeconds(seconds), TimeProvider.System));

    [Fact]
    public void Message_NamesTheLimitAndTheOption()
    {
        using var seconds = new CodingBudget(TimeSpan.FromSeconds(30), new FakeTimeProvider());
        using var millis = new CodingBudget(TimeSpan.FromMilliseconds(5), new FakeTimeProvider());
        Assert.Equal("not coded within its time budget of 30 s (--doc-timeout); skipped", seconds.Message);
        Assert.Equal("not coded within its time budget of 5 ms (--doc-timeout); skipped", millis.Message);
    }
}
