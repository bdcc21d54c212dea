using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dossier.Statements.Tagging;

/// <summary>A read-only open-addressing table from feature hashes to their seven label weights, probed without allocation.</summary>
/// <remarks>
/// Key and weights sit side by side (36 bytes, floats: converting halves cost more than the misses), so a probe that hits costs one cache line; the table is far larger
/// than the caches, and misses are what the tagger's time goes on. Key 0 marks an empty slot (a real 0 is stored as 1).
/// </remarks>
internal sealed class FeatureIndex
{
    private readonly Entry[] _entries;
    private readonly int _mask;

    public FeatureIndex(ReadOnlySpan<ulong> keys, ReadOnlySpan<float> weights)
    {
        int capacity = 16;
        while (capacity < keys.Length * 3 / 2)
        {
            capacity <<= 1;
        }
        _entries = new Entry[capacity];
        _mask = capacity - 1;
        for (int i = 0; i < keys.Length; i++)
        {
            ulong key = Fix(keys[i]);
            int slot = (int)(key & (ulong)_mask);
            while (_entries[slot].Key != 0 && _entries[slot].Key != key)
            {
                slot = (slot + 1) & _mask;
            }
            ref var e = ref _entries[slot];
            e.Key = key;
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
        key = Fix(key);
        int slot = (int)(key & (ulong)_mask);
        while (true)
        {
            ref readonly var e = ref _entries[slot];
            if (e.Key == key)
            {
                scores[0] += e.W0;
                scores[1] += e.W1;
                scores[2] += e.W2;
                scores[3] += e.W3;
                scores[4] += e.W4;
                scores[5] += e.W5;
                scores[6] += e.W6;
                return;
            }
            if (e.Key == 0)
            {
                return;
            }
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Asks the processor to start loading the slot of <paramref name="key"/>, so that many misses overlap.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void Prefetch(ulong key)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            int slot = (int)(Fix(key) & (ulong)_mask);
            fixed (Entry* p = &_entries[slot])
            {
                System.Runtime.Intrinsics.X86.Sse.Prefetch0(p);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Fix(ulong key) => key == 0 ? 1 : key;

    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct Entry
    {
        public ulong Key;
        public float W0, W1, W2, W3, W4, W5, W6;
    }
}
