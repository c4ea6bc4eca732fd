using System.Runtime.InteropServices;

namespace Dyad.Web;

/// <summary>
/// Bounds what the C library's allocator keeps of SQLite's freed memory in a long-running server (issue 19, eighth round).
/// SQLite allocates through glibc's malloc: a search for a common word's prefix builds its whole list of matches in one
/// buffer (8 MB of 17 to 23 MB at ten million events), on whichever request thread reads it. glibc serves each thread
/// from one of up to eight arenas per core, and after freeing a large mapped buffer it raises its threshold for mapping
/// to that size, so the next buffers of that size come from the arenas, whose freed pages it rarely gives back: the
/// server kept 100 to 145 MB of such memory after the benchmark's searches and dyad pages, a third of its peak. A fixed
/// threshold maps every buffer of 128 KB or more on its own (given back when freed), and an arena per core keeps what
/// the small allocations leave fragmented to a few. The same as MALLOC_MMAP_THRESHOLD_=131072 MALLOC_ARENA_MAX=2 on
/// two cores; nothing on other systems or C libraries.
/// </summary>
internal static class NativeHeap
{
    private const int MmapThreshold = -3, ArenaMax = -8;

    private delegate int Mallopt(int parameter, int value);

    /// <summary>Sets the bounds, once, before the store opens; false where the C library has no mallopt (not glibc).</summary>
    public static bool Bound()
    {
        if (!OperatingSystem.IsLinux() || !NativeLibrary.TryLoad("libc.so.6", out var libc)) return false;
        if (!NativeLibrary.TryGetExport(libc, "mallopt", out var address)) return false;
        var mallopt = Marshal.GetDelegateForFunctionPointer<Mallopt>(address);
        return mallopt(MmapThreshold, 128 * 1024) == 1 & mallopt(ArenaMax, Math.Max(2, Environment.ProcessorCount)) == 1;
    }
}
