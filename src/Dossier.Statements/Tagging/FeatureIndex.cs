using System.Runtime.CompilerServices;

namespace Dossier.Statements.Tagging;

/// <summary>A read-only open-addressing map from feature hashes to weight rows, probed without allocation.</summary>
/// <remarks>Key 0 marks an empty slot, so a real key of 0 is stored as 1.</remarks>
internal sealed class FeatureIndex
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly int _mask;

    public FeatureIndex(ReadOnlySpan<ulong> keys)
    {
        int capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }
        _keys = new ulong[capacity];
        _rows = new int[capacity];
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
            _rows[slot] = i;
        }
    }

    /// <summary>The row of <paramref name="key"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Row(ulong key)
    {
        key = Fix(key);
        int slot = (int)(key & (ulong)_mask);
        while (true)
        {
            ulong k = _keys[slot];
            if (k == key)
            {
                return _rows[slot];
            }
            if (k == 0)
            {
                return -1;
            }
            slot = (slot + 1) & _mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Fix(ulong key) => key == 0 ? 1 : key;
}
