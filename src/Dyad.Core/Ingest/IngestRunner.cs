using System.Diagnostics;
using Dyad.Model;
using Dyad.Pipeline;
using Dyad.Storage;

namespace Dyad.Ingest;

/// <summary>How far an ingest has come, for a progress bar.</summary>
public readonly record struct IngestProgress(int Done, int Total, string Current);

/// <summary>What an ingest did, for the summary line.</summary>
public sealed record IngestSummary(
    int Added,
    int Duplicates,
    int Replaced,
    int Sentences,
    int Events,
    int StepEvents,
    int Undated,
    IReadOnlyList<IngestError> Errors,
    IReadOnlyList<string> Notes,
    TimeSpan Elapsed);

/// <summary>
/// Reads, codes and stores articles: the main job of Dyad. Documents already stored (same text) are skipped
/// before coding; each batch is written in one transaction, so stopping the process loses at most the batch
/// being written and a rerun completes it without duplicates. Bad inputs are reported and the batch goes on.
/// </summary>
public sealed class IngestRunner(CodingPipeline pipeline, IDyadStore store, TimeProvider? time = null)
{
    private readonly ArticleReader _reader = new();
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public PartialDate? Published { get; init; }
    public int BatchSize { get; init; } = 16;

    public IngestSummary Run(IReadOnlyList<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var start = _time.GetTimestamp();
        var errors = new List<IngestError>();
        var notes = new List<string>();
        var inputs = new InputWalker().Walk(paths, errors).ToList();
        int added = 0, duplicates = 0, replaced = 0, sentences = 0, events = 0, stepEvents = 0, undated = 0;
        var batch = new List<CodedDocument>(BatchSize);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        void Flush()
        {
            if (batch.Count == 0) return;
            var outcomes = store.AddBatch(batch, cancellationToken);
            for (var i = 0; i < batch.Count; i++)
            {
                switch (outcomes[i])
                {
                    case AddOutcome.Duplicate: duplicates++; continue;
                    case AddOutcome.Replaced: replaced++; break;
                    default: added++; break;
                }
                sentences += batch[i].Sentences.Count;
                events += batch[i].Events.Count;
                stepEvents += batch[i].Events.Count(e => e.Step is not null);
                if (batch[i].Document.Published is null) undated++;
            }
            batch.Clear();
        }

        for (var n = 0; n < inputs.Count; n++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var input = inputs[n];
            progress?.Report(new IngestProgress(n, inputs.Count, input.Path));
            var read = _reader.ReadFile(input.Path, new ArticleHints(input.Id, input.Meta, Published));
            if (read.Error is not null) { errors.Add(read.Error); continue; }
            if (read.Note is not null) notes.Add($"{input.Path}: {read.Note}");
            var doc = read.Document!;
            if (!seen.Add(doc.ContentHash) || store.Contains(doc.ContentHash)) { duplicates++; continue; }
            try
            {
                batch.Add(pipeline.Code(doc, cancellationToken));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                errors.Add(new IngestError(input.Path, $"coding failed: {e.Message}"));
                continue;
            }
            if (batch.Count >= BatchSize) Flush();
        }
        Flush();
        progress?.Report(new IngestProgress(inputs.Count, inputs.Count, ""));
        return new IngestSummary(added, duplicates, replaced, sentences, events, stepEvents, undated, errors, notes, _time.GetElapsedTime(start));
    }
}
