using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dyad.Web.Tests;

/// <summary>What a server's default log keeps of its requests (issue 19, item 7: every URL at information level).</summary>
public sealed class RequestLogTests
{
    [Fact]
    public async Task Requests_AreNotLoggedAtInformationLevel_Issue19()
    {
        var log = new Captured();
        await using (var site = await TestSite.StartAsync("dyad-log-", beforeStart: app => app.Services.GetRequiredService<ILoggerFactory>().AddProvider(log)))
        {
            await site.Client.GetAsync("/api/events?q=whisperedword");
            await site.Client.GetAsync("/api/nosuchthing/whisperedword");
        }
        // The log works (the server said where it listens), and holds no URL at information level or above.
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("127.0.0.1", StringComparison.Ordinal));
        Assert.DoesNotContain(log.Entries, e => e.Level >= LogLevel.Information && e.Message.Contains("whisperedword", StringComparison.Ordinal));
    }

    private sealed class Captured : ILoggerProvider
    {
        public ConcurrentBag<(LogLevel Level, string Message)> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(Captured owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Entries.Add((logLevel, formatter(state, exception)));
        }
    }
}
