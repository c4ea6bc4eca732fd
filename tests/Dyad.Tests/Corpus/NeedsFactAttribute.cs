using Xunit.Abstractions;
using Xunit.Sdk;

namespace Dyad.Tests.Corpus;

/// <summary>
/// A test that needs something a machine may lack (the shared corpus, a PostgreSQL test server): it runs like [Fact]
/// where <see cref="SkipReason"/> is null, and is otherwise skipped with that reason in its name.
/// </summary>
[XunitTestCaseDiscoverer("Dyad.Tests.Corpus.NeedsFactDiscoverer", "Dyad.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public abstract class NeedsFactAttribute : FactAttribute
{
    /// <summary>Why the test cannot run here, or null when it can.</summary>
    public abstract string? SkipReason(ITestMethod testMethod);
}

public sealed class NeedsFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        if (factAttribute is IReflectionAttributeInfo { Attribute: NeedsFactAttribute needs } && needs.SkipReason(testMethod) is { } reason)
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
