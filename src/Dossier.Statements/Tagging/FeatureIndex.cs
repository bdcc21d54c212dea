using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dossier.Statements.Tagging;

/// <summary>A read-only open-addressing table from feature hashes to their seven label weights, probed without allocation.</summary>
/// <remarks>
/// Each slot is 32 bytes on a 32-byte boundary (a 32-bit key check and seven floats), so a probe that hits touches one
/// cache line and never two; the table is larger than the caches, and misses are what the tagger's time goes on.
/// The check keeps the high half of the hash and the slot comes from the low half, so a feature the model does not
/// know matches a stored one by chance about once in four billion probes. Check 0 marks an empty slot.
/// </remarks>
internal sealed unsafe class FeatureIndex
{
    private const int SlotBytes = 32;

    // Pinned so that the aligned pointer stays valid; the array is only kept alive through this field.
    private readonly byte[] _memory;
    private readonly Slot* _slots;
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
        _slots = (Slot*)((address + SlotBytes - 1) & ~(nint)(SlotBytes - 1));
        _mask = capacity - 1;
        for (int i = 0; i < keys.Length; i++)
        {
            uint check = Check(keys[i]);
            int slot = (int)(keys[i] & (ulong)_mask);
            while (_slots[slot].Check != 0 && _slots[slot].Check != check)
            {
                slot = (slot + 1) & _mask;
            }
            ref var e = ref _slots[slot];
            e.Check = check;
            var w = weights.Slice(i * AttributionLabel.Count, AttributionLabel.Count);
            e.W0 = w[0];
            e.W1 = w[1];
            e.W2 = w[2];
            e.W3 = w[3];
            e.W4 = w[4];
            e.W5 = w[5];
            e.W6 = w[6];
        }
    }

    /// <summary>Adds the weights of <paramref name="key"/>, when known, to the seven scores.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ulong key, Span<float> scores)
    {
        uint check = Check(key);
        int slot = (int)(key & (ulong)_mask);
        while (true)
        {
            Slot* e = _slots + slot;
            if (e->Check == check)
            {
                scores[0] += e->W0;
                scores[1] += e->W1;
                scores[2] += e->W2;
                scores[3] += e->W3;
                scores[4] += e->W4;
                scores[5] += e->W5;
                scores[6] += e->W6;
                return;
            }
            if (e->Check == 0)
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
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(_slots + (int)(key & (ulong)_mask));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Check(ulong key)
    {
        uint check = (uint)(key >> 32);
        return check == 0 ? 1 : check;
    }

    [StructLayout(LayoutKind.Sequential, Size = SlotBytes)]
    private struct Slot
    {
        public uint Check;
        public float W0, W1, W2, W3, W4, W5, W6;
    }
}
