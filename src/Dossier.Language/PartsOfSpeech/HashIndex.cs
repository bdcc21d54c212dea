using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Dossier.Language.PartsOfSpeech;

/// <summary>A read-only open-addressing map from 64-bit feature hashes to ints, built once and probed without allocation.</summary>
/// <remarks>Key 0 marks an empty slot, so a real key of 0 is stored as 1 (a harmless collision at 2^-64).</remarks>
internal sealed class HashIndex
{
    // Key and value side by side, so a probe touches one cache line.
    private readonly Entry[] _entries;
    private readonly int _mask;

    public HashIndex(ReadOnlySpan<ulong> keys, ReadOnlySpan<int> values)
    {
        int capacity = 16;
        while (capacity < keys.Length * 2)
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
            _entries[slot] = new Entry(key, values[i]);
        }
        Count = keys.Length;
    }

    public int Count { get; }

    /// <summary>A map from each key to its position in <paramref name="keys"/>.</summary>
    public static HashIndex OfPositions(ReadOnlySpan<ulong> keys)
    {
        var positions = GC.AllocateUninitializedArray<int>(keys.Length);
        for (int i = 0; i < positions.Length; i++)
        {
            positions[i] = i;
        }
        return new HashIndex(keys, positions);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(ulong key, out int value)
    {
        key = Fix(key);
        int slot = (int)(key & (ulong)_mask);
        while (true)
        {
            ref readonly var entry = ref _entries[slot];
            if (entry.Key == key)
            {
                value = entry.Value;
                return true;
            }
            if (entry.Key == 0)
            {
                value = 0;
                return false;
            }
            slot = (slot + 1) & _mask;
        }
    }

    public int GetOrDefault(ulong key) => TryGet(key, out int value) ? value : 0;

    /// <summary>Asks the processor to start loading the line where a look-up of <paramref name="key"/> begins.</summary>
    /// <remarks>A sentence's look-ups are independent, so prefetching them all before the first one lets their cache
    /// misses overlap instead of following one another.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void Prefetch(ulong key)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref _entries[(int)(Fix(key) & (ulong)_mask)]));
        }
    }

    private readonly record struct Entry(ulong Key, int Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Fix(ulong key) => key == 0 ? 1 : key;
}
