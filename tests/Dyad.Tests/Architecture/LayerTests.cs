using NetArchTest.Rules;

namespace Dyad.Tests.Architecture;

/// <summary>
/// The folders' one-way dependencies (issue 18), written down once and checked on every test run:
/// Model &lt;- Text &lt;- Dates/Actors &lt;- Steps &lt;- Pipeline &lt;- Storage &lt;- Ingest, and Storage &lt;- Query/Analysis/Export
/// &lt;- CLI/Web. Ingest uses the store's interface; the store never reaches back into ingest, and answers queries
/// in its own vocabulary (EventQuery, StoredEvent), which Query builds on. A new rule is one more row in
/// <see cref="Rules"/>; a rule another branch is still making true is a row in <see cref="Pending"/>.
/// </summary>
public sealed class LayerTests
{
    /// <summary>A folder (namespace) of Dyad.Core and the folders it must not use, but for the named exceptions.</summary>
    public sealed record Layer(string Namespace, string[] MustNotUse, string[]? Except = null, string? Why = null)
    {
        public override string ToString() => Namespace;
    }

    // Above Storage: what reads the store or feeds it.
    private static readonly string[] AboveStorage = ["Dyad.Ingest", "Dyad.Query", "Dyad.Analysis", "Dyad.Export", "Dyad.Bench"];

    public static readonly Layer[] Rules =
    [
        new("Dyad.Storage", AboveStorage, null, "the store is below ingest and queries: it implements links, it does not import them"),
        new("Dyad.Query", ["Dyad.Ingest", "Dyad.Analysis", "Dyad.Export", "Dyad.Bench"], null, "queries read the store; they do not run ingest"),
        new("Dyad.Ingest", ["Dyad.Query", "Dyad.Analysis", "Dyad.Export", "Dyad.Bench"], null, "ingest feeds the store through its interface, and reads nothing above it"),
        new("Dyad.Pipeline", ["Dyad.Storage", .. AboveStorage], null, "coding knows nothing of where documents come from or go"),
        new("Dyad.Model", ["Dyad.Text", "Dyad.Dates", "Dyad.Actors", "Dyad.Steps", "Dyad.Pipeline", "Dyad.Storage", .. AboveStorage], null, "the bottom layer"),
    ];

    /// <summary>Rules other work is making true: listed so they are not forgotten, skipped until then.</summary>
    public static readonly Layer[] Pending =
    [
        new("Dyad.Text", ["Dyad.Actors", "Dyad.Dates", "Dyad.Steps"], null, "Text <-> Actors: stages that own their output (issue 18, later)"),
    ];

    public static TheoryData<Layer> RuleData() => [.. Rules];

    public static TheoryData<Layer> PendingData() => [.. Pending];

    // DYAD_ARCH_ASSEMBLY checks another build of Dyad.Core (e.g. an older commit's) against the same rules.
    private static string CorePath =>
        Environment.GetEnvironmentVariable("DYAD_ARCH_ASSEMBLY") is { Length: > 0 } other ? other : typeof(Dyad.Storage.IDyadStore).Assembly.Location;

    [Theory]
    [MemberData(nameof(RuleData))]
    public void Folder_DependsOnlyDownward(Layer layer) => AssertHolds(layer);

    [Theory(Skip = "pending: Text <-> Actors is broken by later work on issue 18")]
    [MemberData(nameof(PendingData))]
    public void Folder_DependsOnlyDownward_Pending(Layer layer) => AssertHolds(layer);

    private static void AssertHolds(Layer layer)
    {
        var forbidden = ForbiddenTypes(layer);
        var result = Types.FromFile(CorePath).That().ResideInNamespace(layer.Namespace).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(result.IsSuccessful,
            $"{layer.Namespace} must not use {string.Join(", ", layer.MustNotUse)} ({layer.Why}), but these types do: " +
            string.Join(", ", result.FailingTypeNames ?? []));
    }

    // Every top-level type of the forbidden folders but the exceptions, by full name (a name matches its nested types
    // too): a dependency on a namespace matches any type in it, and an exception is one type, not its folder. Read
    // with Cecil, as NetArchTest reads, so that another build's types are listed without loading it.
    private static string[] ForbiddenTypes(Layer layer)
    {
        if (layer.Except is not { Length: > 0 } except) return layer.MustNotUse;
        using var core = Mono.Cecil.AssemblyDefinition.ReadAssembly(CorePath);
        return [.. core.MainModule.Types.Where(t => layer.MustNotUse.Any(f => t.Namespace == f || t.Namespace.StartsWith(f + ".", StringComparison.Ordinal)))
            .Select(t => t.FullName).Where(n => !except.Contains(n)).Order(StringComparer.Ordinal)];
    }
}
