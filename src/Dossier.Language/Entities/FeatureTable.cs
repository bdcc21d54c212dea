namespace Dossier.Language.Entities;

/// <summary>An open-addressing table from feature hash to a row of label weights; built once, read by many threads.</summary>
/// <remarks>Faster to build on load than a frozen dictionary and lookups touch one or two cache lines.</remarks>
internal sealed class FeatureTable
{
    private readonly ulong[] _keys;
    private readonly float[] _weights;
    private readonly int _mask;
    private readonly int _labels;

    public FeatureTable(ReadOnlySpan<ulong> keys, ReadOnlySpan<float> rows, int labels)
    {
        _labels = labels;
        int capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }
        _mask = capacity - 1;
        _keys = new ulong[capacity];
        _weights = new float[capacity * labels];
        for (int i = 0; i < keys.Length; i++)
        {
            // Zero marks an empty slot; a real zero key is vanishingly unlikely and would only lose one feature.
            ulong key = keys[i];
            if (key == 0)
            {
                continue;
            }
            int slot = (int)(Scramble(key) & (ulong)_mask);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }
            _keys[slot] = key;
            rows.Slice(i * labels, labels).CopyTo(_weights.AsSpan(slot * labels, labels));
        }
        Count = keys.Length;
    }

    public int Count { get; }

    public int Labels => _labels;

    /// <summary>Adds the weights of every known feature to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (ulong key in features)
        {
            int slot = (int)(Scramble(key) & (ulong)_mask);
            while (true)
            {
                ulong k = _keys[slot];
                if (k == key)
                {
                    var row = _weights.AsSpan(slot * _labels, _labels);
                    for (int l = 0; l < row.Length; l++)
                    {
                        scores[l] += row[l];
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

    private static ulong Scramble(ulong key) => (key ^ (key >> 29)) * 0xBF58476D1CE4E5B9UL;
}
