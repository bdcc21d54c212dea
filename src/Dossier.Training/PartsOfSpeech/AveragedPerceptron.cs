namespace Dossier.Training.PartsOfSpeech;

/// <summary>Multi-class averaged perceptron over hashed features, with lazily updated weight sums for averaging.</summary>
public sealed class AveragedPerceptron(int classes)
{
    private readonly Dictionary<ulong, int> _rows = [];
    private float[] _weights = new float[1 << 16];
    private double[] _totals = new double[1 << 16];
    private int[] _stamps = new int[1 << 16];
    private int _instances;

    public int Classes => classes;

    public int Rows => _rows.Count;

    /// <summary>Adds the current weights of every known feature into <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var f in features)
        {
            if (_rows.TryGetValue(f, out int row))
            {
                var w = _weights.AsSpan(row * classes, classes);
                for (int c = 0; c < classes; c++)
                {
                    scores[c] += w[c];
                }
            }
        }
    }

    /// <summary>Counts one training instance; call once per prediction, right or wrong.</summary>
    public void Tick() => _instances++;

    public void Update(ReadOnlySpan<ulong> features, int gold, int guess)
    {
        if (gold == guess)
        {
            return;
        }
        foreach (var f in features)
        {
            int row = Row(f);
            Change(row * classes + gold, 1);
            Change(row * classes + guess, -1);
        }
    }

    /// <summary>The averaged weights: feature keys in ascending order, and their rows.</summary>
    public (ulong[] Keys, float[] Weights) Average()
    {
        var keys = new ulong[_rows.Count];
        _rows.Keys.CopyTo(keys, 0);
        Array.Sort(keys);
        var averaged = new float[keys.Length * classes];
        for (int i = 0; i < keys.Length; i++)
        {
            int row = _rows[keys[i]];
            for (int c = 0; c < classes; c++)
            {
                int at = row * classes + c;
                double total = _totals[at] + (double)(_instances - _stamps[at]) * _weights[at];
                averaged[i * classes + c] = (float)(total / Math.Max(1, _instances));
            }
        }
        return (keys, averaged);
    }

    private void Change(int at, float delta)
    {
        _totals[at] += (double)(_instances - _stamps[at]) * _weights[at];
        _stamps[at] = _instances;
        _weights[at] += delta;
    }

    private int Row(ulong key)
    {
        if (_rows.TryGetValue(key, out int row))
        {
            return row;
        }
        row = _rows.Count;
        _rows.Add(key, row);
        int needed = (row + 1) * classes;
        if (needed > _weights.Length)
        {
            int size = Math.Max(needed, _weights.Length * 2);
            Array.Resize(ref _weights, size);
            Array.Resize(ref _totals, size);
            Array.Resize(ref _stamps, size);
        }
        return row;
    }
}
