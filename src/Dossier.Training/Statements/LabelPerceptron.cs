using Dossier.Statements.Tagging;

namespace Dossier.Training.Statements;

/// <summary>Averaged perceptron over hashed features and attribution labels, shared by the first tagger and the second pass.</summary>
internal sealed class LabelPerceptron
{
    private const int L = AttributionLabel.Count;
    private readonly Dictionary<ulong, int> _rowOf = [];
    private readonly List<ulong> _keys = [];
    private readonly float[] _weights;
    private readonly double[] _totals;
    private readonly int[] _stamps;
    private int _step;

    /// <summary>Rows for the features counted at least <paramref name="minCount"/> times, in key order (so the file is deterministic).</summary>
    public LabelPerceptron(Dictionary<ulong, int> counts, int minCount)
    {
        foreach (var (k, c) in counts.OrderBy(p => p.Key))
        {
            if (c >= minCount)
            {
                _rowOf[k] = _keys.Count;
                _keys.Add(k);
            }
        }
        _weights = new float[_keys.Count * L];
        _totals = new double[_keys.Count * L];
        _stamps = new int[_keys.Count * L];
    }

    public int Rows => _keys.Count;

    /// <summary>Counts one scored token, looks up its features' rows into <paramref name="rows"/> (-1 when unknown) and sums their scores.</summary>
    public void Score(ulong[] features, int[] rows, float[] scores)
    {
        _step++;
        Array.Clear(scores);
        for (int j = 0; j < features.Length; j++)
        {
            rows[j] = _rowOf.TryGetValue(features[j], out int r) ? r : -1;
            if (rows[j] >= 0)
            {
                for (int l = 0; l < L; l++)
                {
                    scores[l] += _weights[rows[j] * L + l];
                }
            }
        }
    }

    /// <summary>Moves the token's rows towards <paramref name="gold"/> and away from <paramref name="guess"/>.</summary>
    public void Update(int[] rows, int gold, int guess)
    {
        foreach (int r in rows)
        {
            if (r >= 0)
            {
                Add(r * L + gold, 1f);
                Add(r * L + guess, -1f);
            }
        }
    }

    /// <summary>The averaged weights, rows whose every weight is below <paramref name="pruneBelow"/> left out.</summary>
    public (ulong[] Keys, float[] Weights) Averaged(float pruneBelow)
    {
        var keptKeys = new List<ulong>();
        var keptWeights = new List<float>();
        for (int r = 0; r < _keys.Count; r++)
        {
            bool keep = false;
            for (int l = 0; l < L; l++)
            {
                int i = r * L + l;
                double total = _totals[i] + (double)(_step - _stamps[i]) * _weights[i];
                float avg = (float)(total / _step);
                _weights[i] = avg;
                keep |= Math.Abs(avg) >= pruneBelow;
            }
            if (keep)
            {
                keptKeys.Add(_keys[r]);
                for (int l = 0; l < L; l++)
                {
                    keptWeights.Add(_weights[r * L + l]);
                }
            }
        }
        return ([.. keptKeys], [.. keptWeights]);
    }

    private void Add(int i, float delta)
    {
        _totals[i] += (double)(_step - _stamps[i]) * _weights[i];
        _stamps[i] = _step;
        _weights[i] += delta;
    }
}
