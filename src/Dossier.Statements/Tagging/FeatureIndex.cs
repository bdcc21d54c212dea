using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Dossier.Statements.Tagging;

/// <summary>A read-only open-addressing table from feature hashes to their seven label weights, probed without allocation.</summary>
/// <remarks>
/// Each slot is 32 bytes on a 32-byte boundary: the seven weights, then a 32-bit key check where an eighth weight would
/// be, so a hit is one cache line and one vector load (<see cref="Row"/>). The table is larger than the caches and is
/// kept at most a third full, so that a probe nearly always ends at its home slot (see <see cref="Row"/> for why that
/// matters more than the size). The check keeps the high half of the hash and the slot comes from the low half, so a
/// feature the model does not know matches a stored one by chance about once in four billion probes. Check 0 marks an
/// empty slot.
/// </remarks>
internal sealed unsafe partial class FeatureIndex
{
    private const int SlotFloats = 8;
    private const int SlotBytes = SlotFloats * sizeof(float);

    private const nuint HugePage = 2 * 1024 * 1024;

    // Native memory on a 2 MB boundary, asked for as huge pages where Linux offers them: with 4 kB pages nearly every
    // probe of a table this size also misses the TLB.
    private readonly float* _slots;
    private readonly int _mask;
    private readonly nuint _bytes;

    public FeatureIndex(ReadOnlySpan<ulong> keys, ReadOnlySpan<float> weights)
    {
        int capacity = 16;
        while (capacity < keys.Length * 3)
        {
            capacity <<= 1;
        }
        nuint bytes = (nuint)capacity * SlotBytes;
        bool huge = bytes >= HugePage;
        _slots = (float*)NativeMemory.AlignedAlloc(bytes, huge ? HugePage : SlotBytes);
        if (huge && OperatingSystem.IsLinux())
        {
            try
            {
                _ = Madvise(_slots, bytes, MadviseHugePage);
            }
            catch (DllNotFoundException)
            {
            }
            catch (EntryPointNotFoundException)
            {
            }
        }
        NativeMemory.Clear(_slots, bytes);
        GC.AddMemoryPressure((long)bytes);
        _bytes = bytes;
        _mask = capacity - 1;
        for (int i = 0; i < keys.Length; i++)
        {
            uint check = Check(keys[i]);
            int slot = (int)(keys[i] & (ulong)_mask);
            while (CheckAt(slot) != 0 && CheckAt(slot) != check)
            {
                slot = (slot + 1) & _mask;
            }
            float* e = _slots + slot * SlotFloats;
            ((uint*)e)[AttributionLabel.Count] = check;
            weights.Slice(i * AttributionLabel.Count, AttributionLabel.Count).CopyTo(new Span<float>(e, AttributionLabel.Count));
        }
    }

    /// <summary>The weights of <paramref name="key"/> in lanes 0–6 (lane 7 zero), or all zeros when the model does not know it.</summary>
    /// <remarks>
    /// Whether the key is known decides no branch: the home slot is loaded and masked by the check's comparison, so a
    /// wrong guess never throws away the probes after it while this slot's line is still on its way. Only a home slot
    /// that holds another key branches to walk on, rarely at this table's load.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<float> Row(ulong key)
    {
        uint check = Check(key);
        int slot = (int)(key & (ulong)_mask);
        float* e = _slots + slot * SlotFloats;
        uint found = ((uint*)e)[AttributionLabel.Count];
        if ((found != check) & (found != 0))
        {
            return RowAfter(slot, check);
        }
        var same = Vector256.Equals(Vector256.Create(found), Vector256.Create(check));
        return Vector256.Load(e) & (same & Vector256.Create(~0u, ~0u, ~0u, ~0u, ~0u, ~0u, ~0u, 0u)).AsSingle();
    }

    private Vector256<float> RowAfter(int slot, uint check)
    {
        while (true)
        {
            slot = (slot + 1) & _mask;
            uint found = CheckAt(slot);
            if (found == check)
            {
                return Vector256.Load(_slots + slot * SlotFloats) & Vector256.Create(~0u, ~0u, ~0u, ~0u, ~0u, ~0u, ~0u, 0u).AsSingle();
            }
            if (found == 0)
            {
                return Vector256<float>.Zero;
            }
        }
    }

    /// <summary>Adds the weights of <paramref name="key"/>, when known, to the seven scores, one at a time (the reference for <see cref="Row"/>).</summary>
    public void Add(ulong key, Span<float> scores)
    {
        uint check = Check(key);
        int slot = (int)(key & (ulong)_mask);
        while (true)
        {
            uint found = CheckAt(slot);
            if (found == check)
            {
                float* e = _slots + slot * SlotFloats;
                for (int l = 0; l < AttributionLabel.Count; l++)
                {
                    scores[l] += e[l];
                }
                return;
            }
            if (found == 0)
            {
                return;
            }
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Asks the processor to start loading the slot of <paramref name="key"/>, so that many misses overlap.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(ulong key)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(_slots + (int)(key & (ulong)_mask) * SlotFloats);
        }
    }

    ~FeatureIndex()
    {
        NativeMemory.AlignedFree(_slots);
        GC.RemoveMemoryPressure((long)_bytes);
    }

    private const int MadviseHugePage = 14;

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(void* address, nuint length, int advice);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint CheckAt(int slot) => ((uint*)(_slots + slot * SlotFloats))[AttributionLabel.Count];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Check(ulong key)
    {
        uint check = (uint)(key >> 32);
        return check == 0 ? 1 : check;
    }
}
