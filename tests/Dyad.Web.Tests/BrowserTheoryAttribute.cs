namespace Dyad.Web.Tests;

/// <summary>A browser test with cases: like <see cref="BrowserFactAttribute"/>, skipped without Chromium except under CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Skip = $"Chromium is not installed at {BrowserFixture.ChromiumPath}: run .ci/chromium.sh (CI runs this test and fails without it)";
    }
}
