using Dossier.Language.Entities;

namespace Dossier.Training.Ner;

/// <summary>Trains averaged-perceptron weights for the name tagger, with the tagger's own features and greedy decoding.</summary>
internal sealed class NerPerceptron
{
    private const int L = NerLabels.Count;

    private readonly Dictionary<ulong, int> _index = [];
    private float[] _weights = new float[1 << 16];
    private double[] _totals = new double[1 << 16];
    private int[] _stamps = new int[1 << 16];
    private int _clock;

    public int FeatureCount => _index.Count;

    /// <summary>One pass over the sentences in the given order; returns the number of token errors.</summary>
    public int Epoch(IReadOnlyList<NerSentence> sentences, int[] order, CommonWords common)
    {
        int errors = 0;
        using var features = new NerFeatures();
        Span<ulong> buffer = stackalloc ulong[NerFeatures.MaxStatic + NerFeatures.MaxDynamic];
        Span<float> scores = stackalloc float[L];
        foreach (int s in order)
        {
            var sentence = sentences[s];
            features.Prepare(sentence.Text, sentence.Starts, sentence.Ends, 0, sentence.Count, common, Gazetteer.Default);
            int previous = 0, previous2 = 0;
            for (int i = 0; i < sentence.Count; i++)
            {
                _clock++;
                int n = features.Static(i, buffer);
                n += features.Dynamic(i, previous, previous2, buffer[n..]);
                var feats = buffer[..n];
                scores.Clear();
                foreach (var f in feats)
                {
                    if (_index.TryGetValue(f, out int row))
                    {
                        var w = _weights.AsSpan(row * L, L);
                        for (int l = 0; l < L; l++)
                        {
                            scores[l] += w[l];
                        }
                    }
                }
                int guess = NerModel.Best(scores, previous);
                int gold = sentence.Labels[i];
                if (guess != gold)
                {
                    errors++;
                    foreach (var f in feats)
                    {
                        int row = Row(f);
                        Update(row, gold, 1f);
                        Update(row, guess, -1f);
                    }
                }
                previous2 = previous;
                previous = guess;
            }
        }
        return errors;
    }

    /// <summary>The averaged weights, without features whose weights all round to nothing.</summary>
    public (ulong[] Keys, float[] Rows) Averaged(float prune)
    {
        var keys = new List<ulong>();
        var rows = new List<float>();
        Span<float> avg = stackalloc float[L];
        foreach (var (key, row) in _index.OrderBy(kv => kv.Key))
        {
            float max = 0;
            for (int l = 0; l < L; l++)
            {
                int k = (row * L) + l;
                double total = _totals[k] + ((_clock - _stamps[k]) * (double)_weights[k]);
                avg[l] = (float)(total / _clock);
                max = Math.Max(max, Math.Abs(avg[l]));
            }
            if (max < prune)
            {
                continue;
            }
            keys.Add(key);
            foreach (var a in avg)
            {
                rows.Add(a);
            }
        }
        return ([.. keys], [.. rows]);
    }

    private int Row(ulong feature)
    {
        if (_index.TryGetValue(feature, out int row))
        {
            return row;
        }
        row = _index.Count;
        _index[feature] = row;
        if ((row + 1) * L > _weights.Length)
        {
            Array.Resize(ref _weights, _weights.Length * 2);
            Array.Resize(ref _totals, _totals.Length * 2);
            Array.Resize(ref _stamps, _stamps.Length * 2);
        }
        for (int l = 0; l < L; l++)
        {
            _stamps[(row * L) + l] = _clock;
        }
        return row;
    }

    private void Update(int row, int label, float delta)
    {
        int k = (row * L) + label;
        _totals[k] += (_clock - _stamps[k]) * (double)_weights[k];
        _stamps[k] = _clock;
        _weights[k] += delta;
    }
}
