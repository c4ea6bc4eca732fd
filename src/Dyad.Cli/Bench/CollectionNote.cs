using System.Globalization;

namespace Dyad.Cli.Bench;

/// <summary>
/// Says why a phase collected garbage so often, when it did. The runtime sizes the GC's generation-0 budget from the
/// processor's cache; a host that reports none (some virtual machines have no /sys/devices/system/cpu/cpu0/cache) gets
/// the smallest budget, a few MB, and a process limited to one processor runs the workstation GC whatever the project
/// asks. Coding then collects every 2 to 3 MB (measured on such a host: 120 collections a pass against 8 with a budget
/// sized for a cache, and a sixth to a fifth more time). Only an environment variable sets the budget (the runtime reads
/// no runtimeconfig.json name for it), so the note names it rather than the bench setting it.
/// </summary>
internal static class CollectionNote
{
    /// <summary>Below this many bytes allocated per collection the budget is the small one.</summary>
    public const long SmallBudget = 8_000_000;

    /// <summary>The note for <paramref name="phase"/>, or null when its collections were few or the budget was set.</summary>
    public static string? For(PhaseResult phase, Func<string, string?> environment)
    {
        // A few collections say nothing of the budget: the phase may be short.
        if (phase.Collections < 20) return null;
        var perCollection = phase.AllocatedBytes / phase.Collections;
        if (perCollection >= SmallBudget) return null;
        if (!string.IsNullOrEmpty(environment("DOTNET_GCgen0size")) || !string.IsNullOrEmpty(environment("COMPlus_GCgen0size"))) return null;
        var threads = phase.Threads == 1 ? "1 thread" : $"{phase.Threads} threads";
        return string.Create(CultureInfo.InvariantCulture,
            $"note: {phase.Phase} ({threads}) collected every {perCollection / 1e6:F1} MB allocated ({phase.Collections} collections): the GC's generation-0 budget is at its smallest, as on a host that reports no processor cache size; DOTNET_GCgen0size=0x2000000 gives about the budget of a 40 MB cache (see docs/performance.md)");
    }
}
