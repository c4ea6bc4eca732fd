using Microsoft.Playwright;

namespace Dyad.Web.Tests;

/// <summary>
/// Headless Chromium from the system (/usr/bin/chromium), driven by Playwright without a browser download.
/// Started on first use so a missing browser fails the browser tests, with a clear message, and nothing else.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>
    /// Why a browser test is skipped here: Chromium is missing and this is not CI. Under CI (CI=true) it runs, and fails
    /// saying Chromium is missing, so CI never passes without it. Null where it runs.
    /// </summary>
    public static string? SkipReason =>
        File.Exists(ChromiumPath) || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"Chromium is not installed at {ChromiumPath}: run .ci/chromium.sh (CI runs this test and fails without it)";
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public static string ScreenshotDirectory { get; } =
        Environment.GetEnvironmentVariable("DYAD_SCREENSHOTS") is { Length: > 0 } d ? d : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task<IBrowser> BrowserAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_browser is not null) return _browser;
            if (!File.Exists(ChromiumPath))
                throw new InvalidOperationException(
                    $"Chromium is not installed at {ChromiumPath}: the browser tests need it. Install it with .ci/chromium.sh (apt-get install -y chromium).");
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            return _browser;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
