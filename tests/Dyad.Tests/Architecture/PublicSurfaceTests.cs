namespace Dyad.Tests.Architecture;

/// <summary>
/// Issue 18: Dyad.Core is public where a caller outside it needs it (the CLI, the web app, the bench) or where a public
/// signature of another folder shows it, and internal elsewhere. The public types of these folders are written down
/// here: a type made public, or one that went internal, fails until this list says so, so the surface grows only on
/// purpose.
/// </summary>
public sealed class PublicSurfaceTests
{
    [Theory]
    [InlineData("Model",
        "DateBasis Document Event DatePrecision Mention MentionKind Modality ModalityNames ParseResult`1 ParseResultExtensions PartialDate " +
        "RoleLevel RoleLevelNames Sentence")]
    // The typed entries Pack exposes; the shapes of the JSON files the loader reads are internal.
    [InlineData("Packs",
        "DescriptionEntry DescriptionKind EraEntry Frame IndicatorDefinition LedgerData LedgerTopic NamesFile NumberWords OrganisationEntry " +
        "Pack PackException PackLoader PersonEntry RoleNounGroup RoleSpan StateEntry StepDefinition StepPattern TextFile UnitDefinition")]
    // Nothing of the text layer is needed outside: tokens, sentences and boilerplate are read through the pipeline's layers.
    [InlineData("Text", "")]
    // Date mentions are a layer of CodedDocument and StoredDocument; the recognizer is internal.
    [InlineData("Dates", "DateMention DateRole")]
    [InlineData("Actors", "")]
    // Cue traces are what CodedDocument.Cues holds for dyad explain.
    [InlineData("Steps", "CueTrace")]
    [InlineData("Ledger",
        "ClaimedGoal Condition ConditionStatus ConditionStatusNames IndicatorValue LedgerRecord RefusedAmount SentenceLedger StatusNote")]
    [InlineData("Analysis",
        "CounterpartOutlines CounterpartViews Dispute DisputeLines Disputes DyadAnalyzer DyadEra DyadOutline DyadOutliner DyadStanding DyadView EraSplitter RungChange")]
    [InlineData("Export", "EventExport EventRow LedgerExport PloverExport")]
    // The store interface and its factory, the queries and records its public members take and return, and the
    // shorthands the bench stores generated documents with; the providers, SqlStore, batches and spans are internal.
    [InlineData("Storage",
        "AddOutcome DocumentLink DocumentSummary EventQuery EventSort GovernmentFalls IDyadStore LedgerQuery StoreException StoreExtensions StoreFactory " +
        "StepCount StoreStats StoredDocument StoredEvent")]
    // The coding pipeline and its budget; stages, layers and the threading internals behind OrderedParallel are internal.
    [InlineData("Pipeline", "CodedDocument CodingBudget CodingPipeline OrderedParallel PipelineBuilder")]
    // The readers of filters, actor names, stories and the ledger that the CLI and the API share.
    [InlineData("Query",
        "ActorLookup ActorNames EventFilterText EventQueryParse EventQueryParser LedgerLine LedgerView Stories StoryEvent")]
    // The runner, the watch job and the sources and reads the CLI and the API hand it; the five stages, the readers of
    // each format (HTML, PDF, feeds, JSON Lines) and the near-copy index are internal.
    [InlineData("Ingest",
        "ArticleHints ArticleHintsDefaults ArticleReader FileSource IArticleSource IngestError IngestProgress IngestRunner IngestSummary " +
        "InputFile InputWalker MetaEntry ReadResult ReadSource WatchJob WatchPoll WebFetcher")]
    public void Folder_IsPublicOnlyWhereListed(string folder, string expected)
    {
        var prefix = $"Dyad.{folder}.";
        var actual = typeof(Dyad.Model.Document).Assembly.GetExportedTypes()
            .Where(t => t.FullName!.StartsWith(prefix, StringComparison.Ordinal))
            .Select(t => t.FullName![prefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToArray();
        var listed = expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToArray();
        Assert.True(listed.SequenceEqual(actual),
            $"Dyad.{folder}: public but not listed: {string.Join(", ", actual.Except(listed))}; listed but not public: " +
            $"{string.Join(", ", listed.Except(actual))}. Make a type public only for a caller outside Dyad.Core, then list it here.");
    }
}
