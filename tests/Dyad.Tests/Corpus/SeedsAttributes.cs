using Xunit.Abstractions;
using Xunit.Sdk;

namespace Dyad.Tests.Corpus;

/// <summary>
/// A test of the shared seed corpus: runs like [Fact] where the corpus is found; where it is absent (a fresh clone)
/// it is skipped with <see cref="RepoPaths.SeedsSkipReason"/> in its name, so that the default output of
/// `dotnet test` says why.
/// </summary>
[XunitTestCaseDiscoverer("Dyad.Tests.Corpus.SeedsFactDiscoverer", "Dyad.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class SeedsFactAttribute : FactAttribute;

public sealed class SeedsFactDiscoverer(IMessageSink diagnosticMessageSink) : SkippingFactDiscoverer(diagnosticMessageSink)
{
    protected override string? SkipReason(ITestMethod testMethod) => RepoPaths.SeedsSkipReason;
}

/// <summary>
/// Finds the cases of a [Fact] that needs something a machine may lack (the shared corpus, a test server): where
/// <see cref="SkipReason"/> names what is missing, one skipped case with that reason in its name.
/// </summary>
public abstract class SkippingFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    /// <summary>Why the test cannot run here, or null when it can.</summary>
    protected abstract string? SkipReason(ITestMethod testMethod);

    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        if (SkipReason(testMethod) is { } reason)
            return [new NamedSkipTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)];
        return base.Discover(discoveryOptions, testMethod, factAttribute);
    }
}

/// <summary>
/// A skipped test whose display name carries its reason. The console logger of `dotnet test` prints a skipped
/// test's name but not its reason unless asked for more detail: a developer would see only "Skipped [1 ms]".
/// </summary>
public sealed class NamedSkipTestCase : XunitSkippedDataRowTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public NamedSkipTestCase()
    {
    }

    public NamedSkipTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay defaultMethodDisplay, TestMethodDisplayOptions defaultMethodDisplayOptions,
        ITestMethod testMethod, string skipReason)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod, skipReason)
    {
    }

    protected override string GetDisplayName(IAttributeInfo factAttribute, string displayName) =>
        $"{base.GetDisplayName(factAttribute, displayName)} [skipped: {GetSkipReason(factAttribute)}]";
}
