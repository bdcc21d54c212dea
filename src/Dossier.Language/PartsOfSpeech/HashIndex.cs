using System.Runtime.CompilerServices;

namespace Dossier.Language.PartsOfSpeech;

/// <summary>A read-only open-addressing map from 64-bit feature hashes to ints, built once and probed without allocation.</summary>
/// <remarks>Key 0 marks an empty slot, so a real key of 0 is stored as 1 (a harmless collision at 2^-64).</remarks>
internal sealed class HashIndex
{
    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly int _mask;

    public HashIndex(ReadOnlySpan<ulong> keys, ReadOnlySpan<int> values)
    {
        int capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }
        _keys = new ulong[capacity];
        _values = new int[capacity];
        _mask = capacity - 1;
        for (int i = 0; i < keys.Length; i++)
        {
            ulong key = Fix(keys[i]);
            int slot = (int)(key & (ulong)_mask);
            while (_keys[slot] != 0 && _keys[slot] != key)
            {
                slot = (slot + 1) & _mask;
            }
            _keys[slot] = key;
            _values[slot] = values[i];
        }
        Count = keys.Length;
    }

    public int Count { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(ulong key, out int value)
    {
        key = Fix(key);
        int slot = (int)(key & (ulong)_mask);
        while (true)
        {
            ulong k = _keys[slot];
            if (k == key)
            {
                value = _values[slot];
                return true;
            }
            if (k == 0)
            {
                value = 0;
                return false;
            }
            slot = (slot + 1) & _mask;
        }
    }

    public int GetOrDefault(ulong key) => TryGet(key, out int value) ? value : 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Fix(ulong key) => key == 0 ? 1 : key;
}
