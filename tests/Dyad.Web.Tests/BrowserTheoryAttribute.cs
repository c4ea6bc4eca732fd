namespace Dyad.Web.Tests;

/// <summary>A browser test with cases: like <see cref="BrowserFactAttribute"/>, skipped without Chromium except under CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = BrowserFixture.SkipReason;
}
