using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Dossier.Statements.Tagging;

/// <summary>A read-only open-addressing table from feature hashes to their seven label weights, probed without allocation.</summary>
/// <remarks>
/// Each slot is 32 bytes on a 32-byte boundary: the seven weights, then a 32-bit key check where an eighth weight would
/// be, so a hit is one cache line and one vector load (<see cref="Row"/>). The table is larger than the caches, and misses
/// are what the tagger's time goes on. The check keeps the high half of the hash and the slot comes from the low half,
/// so a feature the model does not know matches a stored one by chance about once in four billion probes. Check 0
/// marks an empty slot.
/// </remarks>
internal sealed unsafe class FeatureIndex
{
    private const int SlotFloats = 8;
    private const int SlotBytes = SlotFloats * sizeof(float);

    // Pinned so that the aligned pointer stays valid; the array is only kept alive through this field.
    private readonly byte[] _memory;
    private readonly float* _slots;
    private readonly int _mask;

    public FeatureIndex(ReadOnlySpan<ulong> keys, ReadOnlySpan<float> weights)
    {
        int capacity = 16;
        while (capacity < keys.Length * 3 / 2)
        {
            capacity <<= 1;
        }
        _memory = GC.AllocateArray<byte>(capacity * SlotBytes + SlotBytes, pinned: true);
        nint address = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_memory));
        _slots = (float*)((address + SlotBytes - 1) & ~(nint)(SlotBytes - 1));
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<float> Row(ulong key)
    {
        uint check = Check(key);
        int slot = (int)(key & (ulong)_mask);
        while (true)
        {
            uint found = CheckAt(slot);
            if (found == check)
            {
                return Vector256.Load(_slots + slot * SlotFloats) & Vector256.Create(~0u, ~0u, ~0u, ~0u, ~0u, ~0u, ~0u, 0u).AsSingle();
            }
            if (found == 0)
            {
                return Vector256<float>.Zero;
            }
            slot = (slot + 1) & _mask;
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint CheckAt(int slot) => ((uint*)(_slots + slot * SlotFloats))[AttributionLabel.Count];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Check(ulong key)
    {
        uint check = (uint)(key >> 32);
        return check == 0 ? 1 : check;
    }
}
