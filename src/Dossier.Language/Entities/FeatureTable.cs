using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dossier.Language.Entities;

/// <summary>An open-addressing table from feature hash to a row of half-precision label weights; built once, read by many threads.</summary>
/// <remarks>
/// Each slot is 32 bytes — the key and its nine weights together — so a look-up touches one cache line (two slots per
/// line). Half precision is what the model file stores, so nothing is lost by keeping it in memory.
/// </remarks>
internal sealed class FeatureTable
{
    private const int SlotWords = 4;

    private readonly ulong[] _slots;
    private readonly int _mask;

    public FeatureTable(ReadOnlySpan<ulong> keys, ReadOnlySpan<float> rows, int labels)
    {
        if (labels > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(labels), "a slot holds at most 12 weights");
        }
        Labels = labels;
        int capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }
        _mask = capacity - 1;
        _slots = new ulong[capacity * SlotWords];
        for (int i = 0; i < keys.Length; i++)
        {
            // Zero marks an empty slot; a real zero key is vanishingly unlikely and would only lose one feature.
            ulong key = keys[i];
            if (key == 0)
            {
                continue;
            }
            int slot = (int)(Scramble(key) & (ulong)_mask);
            while (_slots[slot * SlotWords] != 0)
            {
                slot = (slot + 1) & _mask;
            }
            _slots[slot * SlotWords] = key;
            var weights = MemoryMarshal.Cast<ulong, Half>(_slots.AsSpan((slot * SlotWords) + 1, SlotWords - 1));
            for (int l = 0; l < labels; l++)
            {
                weights[l] = (Half)rows[(i * labels) + l];
            }
        }
        Count = keys.Length;
    }

    public int Count { get; }

    public int Labels { get; }

    /// <summary>Adds the weights of every known feature to <paramref name="scores"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var slots = _slots;
        int labels = Labels;
        foreach (ulong key in features)
        {
            int slot = (int)(Scramble(key) & (ulong)_mask);
            while (true)
            {
                ulong k = slots[slot * SlotWords];
                if (k == key)
                {
                    var row = MemoryMarshal.Cast<ulong, Half>(slots.AsSpan((slot * SlotWords) + 1, SlotWords - 1));
                    for (int l = 0; l < labels; l++)
                    {
                        scores[l] += (float)row[l];
                    }
                    break;
                }
                if (k == 0)
                {
                    break;
                }
                slot = (slot + 1) & _mask;
            }
        }
    }

    /// <summary>The weights of one feature, or false if the table does not hold it.</summary>
    public bool TryGetRow(ulong key, Span<float> row)
    {
        row.Clear();
        Score([key], row);
        foreach (var w in row)
        {
            if (w != 0)
            {
                return true;
            }
        }
        return false;
    }

    private static ulong Scramble(ulong key) => (key ^ (key >> 29)) * 0xBF58476D1CE4E5B9UL;
}
