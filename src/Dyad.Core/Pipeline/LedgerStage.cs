using Dyad.Ledger;
using Dyad.Packs;

namespace Dyad.Pipeline;

/// <summary>
/// The ledger beside the steps (issue 20): conditions set, goals claimed, notes on what became of conditions, and
/// indicator values, per sentence, from the tokens, actors and dates of each sentence and the steps coded from it.
/// </summary>
internal sealed class LedgerStage(Pack pack) : IStage
{
    private readonly LedgerReader _reader = new(pack);

    public string Name => "ledger";
    public IReadOnlyList<Layer> Writes => [Layer.Ledger];
    public IReadOnlyList<Layer> Reads => [Layer.Sentences, Layer.Dates, Layer.Actors, Layer.Steps];

    public void Process(CodedDocument doc, CancellationToken cancellationToken) =>
        doc.Ledger = _reader.Read(doc.Document, doc.ActorLayer, doc.Events, cancellationToken);
}
