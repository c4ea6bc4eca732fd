using Xunit.Abstractions;

namespace Dyad.Tests.Corpus;

/// <summary>
/// A test of the shared seed corpus: runs like [Fact] where the corpus is found; where it is absent (a fresh clone)
/// it is skipped with <see cref="RepoPaths.SeedsSkipReason"/> in its name, so that the default output of
/// `dotnet test` says why.
/// </summary>
public sealed class SeedsFactAttribute : NeedsFactAttribute
{
    public override string? SkipReason(ITestMethod testMethod) => RepoPaths.SeedsSkipReason;
}
