namespace Dyad.Web.Tests;

/// <summary>
/// A browser test: runs like [Fact] where Chromium is installed. Without it, a developer's run skips it with the
/// reason; under CI (CI=true) it runs, and fails saying Chromium is missing, so CI never passes without it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = BrowserFixture.SkipReason;
}
