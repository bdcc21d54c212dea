using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dossier.Language;

/// <summary>Backing arrays for the taggers' large weight tables: zeroed, pinned, and on Linux backed by 2 MB pages where the kernel allows.</summary>
/// <remarks>
/// The tables are read at random, one cache line per feature, and the parts-of-speech table spans 14 MB (the names table 8 MB):
/// with 4 KB pages nearly every look-up also misses the TLB and walks the page tables (twice over in a virtual machine).
/// Linux commonly gives huge pages only to memory that asks for them (<c>transparent_hugepage=madvise</c>), so the array
/// is allocated pinned (it never moves, so the advice stays with it), advised, its pages given back, then cleared, which
/// faults them in afresh. The contents are the same either way; if the advice fails or the system has no such pages,
/// nothing changes but the speed.
/// </remarks>
internal static partial class TableMemory
{
    private const int HugePage = 2 * 1024 * 1024;
    private const int MadviseDontNeed = 4;
    private const int MadviseHugePage = 14;

    /// <summary>A zeroed array of <paramref name="length"/> words.</summary>
    public static ulong[] Allocate(int length)
    {
        if ((long)length * sizeof(ulong) < 2L * HugePage || !OperatingSystem.IsLinux())
        {
            return new ulong[length];
        }
        var array = GC.AllocateUninitializedArray<ulong>(length, pinned: true);
        Advise(array);
        Array.Clear(array);
        return array;
    }

    private static unsafe void Advise(ulong[] array)
    {
        nint start = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array));
        nint end = start + ((nint)array.Length * sizeof(ulong));
        // madvise takes whole pages: the 2 MB-aligned part inside the array (the only part a huge page can back).
        nint first = (start + HugePage - 1) & ~(nint)(HugePage - 1);
        nint last = end & ~(nint)(HugePage - 1);
        if (last > first)
        {
            try
            {
                // Pages the process used before (a freed array's) keep their 4 KB backing until given back, so the part
                // advised is given back too: the clear below then faults it in afresh, as zeros, on huge pages.
                if (Madvise(first, (nuint)(last - first), MadviseHugePage) == 0)
                {
                    _ = Madvise(first, (nuint)(last - first), MadviseDontNeed);
                }
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // No C library to ask: 4 KB pages, same contents.
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nint address, nuint length, int advice);
}
