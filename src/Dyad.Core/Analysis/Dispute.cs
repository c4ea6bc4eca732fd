using Dyad.Model;
using Dyad.Storage;

namespace Dyad.Analysis;

/// <summary>
/// A step asserted by one source and denied by another between the same actors within a story's window (issue 20):
/// one disputed story carrying both sides. <see cref="Doc"/>, <see cref="Date"/> and <see cref="Evidence"/> are the
/// representative assertion's; <see cref="DenialEvidence"/> the first denial's sentence. The ladder does not move on a
/// disputed step: it is marked disputed instead.
/// </summary>
public sealed record Dispute(
    string Source,
    string? Target,
    string Step,
    IReadOnlyList<string> AssertedDocs,
    IReadOnlyList<string> DeniedDocs,
    string Doc,
    PartialDate? Date,
    string Evidence,
    string DenialEvidence,
    IReadOnlyList<StoredEvent> Asserted,
    IReadOnlyList<StoredEvent> Denied);
