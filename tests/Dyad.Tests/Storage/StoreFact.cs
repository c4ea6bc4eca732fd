using Xunit.Abstractions;

namespace Dyad.Tests.Storage;

/// <summary>
/// A storage test: runs like [Fact], except in a class marked <see cref="RequiresPostgresAttribute"/> when no test server
/// is configured (DYAD_TEST_PG unset): then it is skipped, or, when CI=true, run so that it fails saying why.
/// </summary>
public sealed class StoreFactAttribute : Corpus.NeedsFactAttribute
{
    public override string? SkipReason(ITestMethod testMethod) =>
        testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any() ? PostgresTestDatabase.SkipReason : null;
}

/// <summary>Marks a test class that needs the PostgreSQL test server of DYAD_TEST_PG.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute;
