using Dyad.Analysis;
using Dyad.Packs;
using Dyad.Storage;

namespace Dyad.Web.Api;

/// <summary>
/// The overview of a focal state kept in the store itself (issue 19: the first /api/dyads after a restart read the
/// focus's summary rows and contested claims again, 3 to 6 s at a million events, a minute at ten million). An answer is
/// kept under a version naming the store's <see cref="IDyadStore.ChangeMark"/> read before it was computed, this build of
/// the program and the pack's files, so that a kept answer is read only where computing would give the same bytes: any
/// write (by any process) moves the mark, a new build or an edited pack changes the version, and the answer is computed
/// again. `dyad ingest` computes again, at its end, the overviews kept (<see cref="Refresh"/>).
/// </summary>
public static class KeptOverviews
{
    // The program's part of the version: the identity of the two assemblies that compute and write the answer (a
    // deterministic build gives the same identity to the same code).
    private static readonly string Build = $"{typeof(DyadOutliner).Assembly.ManifestModule.ModuleVersionId:N}.{typeof(KeptOverviews).Assembly.ManifestModule.ModuleVersionId:N}";

    private const string Prefix = "overview:";

    /// <summary>The name an overview of <paramref name="focus"/> is kept under.</summary>
    public static string Name(string focus) => Prefix + focus;

    /// <summary>The version of an answer computed now by this build with <paramref name="pack"/> on a store at <paramref name="mark"/>; null when the pack was not read from files (nothing is kept then).</summary>
    public static string? Version((long Documents, long Events) mark, Pack pack) =>
        pack.Fingerprint is null ? null : $"{mark.Documents}.{mark.Events}/{Build}/{pack.Fingerprint}";

    /// <summary>
    /// The whole overview of <paramref name="focus"/>: the JSON /api/dyads answers, every counterpart in it and no paging
    /// (<see cref="OverviewPages"/> cuts it into pages).
    /// </summary>
    public static byte[] Compute(IDyadStore store, Pack pack, string focus, CancellationToken cancellationToken)
    {
        // No dispute read whole and no condition read: the overview tells disputes without their records and counts the
        // conditions (the dyad's page lists both).
        var views = CounterpartOutlines.Read(new DyadOutliner(pack) { WholeDisputes = 0, Keep = Dto.MaxCounterpartHistory }, store, focus, 0, cancellationToken);
        var falls = DyadsApi.Falls(store, [focus], cancellationToken);
        return System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(
            new Whole(focus, pack.DisplayName(focus), views.Select(v => Dto.Counterpart(v, pack)).ToList(),
                falls.Latest.Select(e => Dto.Event(e, pack)).ToList(), falls.Total), System.Text.Json.JsonSerializerOptions.Web);
    }

    // The whole overview: the fields of DyadsDto in its order, without the paging.
    private sealed record Whole(string Focus, string FocusName, IReadOnlyList<CounterpartDto> Counterparts, IReadOnlyList<EventDto> Falls, long FallsTotal);

    /// <summary>
    /// Keeps an answer computed under <paramref name="version"/> unless the store changed while it was computed (another
    /// process's batch: the answer may hold part of it, and that process or the next request computes it again). Returns
    /// whether it was kept.
    /// </summary>
    internal static bool Keep(IDyadStore store, Pack pack, string focus, string version, byte[] answer, CancellationToken cancellationToken)
    {
        if (Version(store.ChangeMark(cancellationToken), pack) != version) return false;
        store.KeepAnswer(Name(focus), version, answer);
        return true;
    }

    /// <summary>
    /// Computes again every overview kept in the store whose version is not the current one (after an ingest: the foci
    /// someone asked for, so that the first request after it reads a row). Returns the foci computed.
    /// </summary>
    public static IReadOnlyList<string> Refresh(IDyadStore store, Pack pack, CancellationToken cancellationToken = default)
    {
        var refreshed = new List<string>();
        foreach (var (name, version) in store.KeptAnswers(cancellationToken))
        {
            if (!name.StartsWith(Prefix, StringComparison.Ordinal)) continue;
            var mark = store.ChangeMark(cancellationToken);
            var current = Version(mark, pack);
            if (current is null) break;
            if (version == current) continue;
            var focus = name[Prefix.Length..];
            // A focus the pack no longer knows is computed as the API would compute it: the API resolves names before it
            // asks, and an id it resolved once stays an id of the store's rows.
            if (Keep(store, pack, focus, current, Compute(store, pack, focus, cancellationToken), cancellationToken)) refreshed.Add(focus);
        }
        return refreshed;
    }
}
