using Dyad.Model;

namespace Dyad.Storage;

/// <summary>
/// A row of the step summary (migration 12): how many step events one source addressed to one target with one step,
/// modality and date as written, and the first and last of their ids. What the overview and a dyad's ladder read
/// instead of the events themselves (issue 19).
/// </summary>
/// <param name="Source">The events' source.</param>
/// <param name="Target">Their target.</param>
/// <param name="Step">Their step.</param>
/// <param name="Modality">Their modality.</param>
/// <param name="Date">The events' date; null for undated events.</param>
/// <param name="Count">How many events; at least one.</param>
/// <param name="FirstId">The smallest event id.</param>
/// <param name="LastId">The largest event id (equal to <paramref name="FirstId"/> for one event).</param>
public sealed record StepCount(string Source, string Target, string Step, Modality Modality, PartialDate? Date, long Count, long FirstId, long LastId);
