using Dossier.Language.Entities;

namespace Dossier.Training.Ner;

/// <summary>Trains averaged structured-perceptron weights for the name tagger, with the tagger's own features and Viterbi decoding.</summary>
internal sealed class NerPerceptron
{
    private const int L = NerLabels.Count;

    private readonly Dictionary<ulong, int> _index = [];
    private float[] _weights = new float[1 << 16];
    private double[] _totals = new double[1 << 16];
    private int[] _stamps = new int[1 << 16];
    private int _clock;

    public int FeatureCount => _index.Count;

    /// <summary>One pass over the sentences in the given order (structured perceptron: Viterbi decoding, whole-sequence
    /// updates); returns the number of token errors.</summary>
    public int Epoch(IReadOnlyList<NerSentence> sentences, int[] order, CommonWords common, Dictionary<string, NameContext> contexts)
    {
        int errors = 0;
        using var features = new NerFeatures();
        var buffer = new ulong[256 * NerFeatures.MaxStatic];
        var counts = new int[256];
        var gold = new int[256];
        var predicted = new int[256];
        var transitions = new float[L * L];
        foreach (int s in order)
        {
            var sentence = sentences[s];
            int count = sentence.Count;
            if (count == 0)
            {
                continue;
            }
            if (counts.Length < count)
            {
                buffer = new ulong[count * NerFeatures.MaxStatic];
                counts = new int[count];
                gold = new int[count];
                predicted = new int[count];
            }
            _clock++;
            features.Prepare(sentence.Text, sentence.Starts, sentence.Ends, 0, count, common, Gazetteer.Default, contexts[sentence.Document]);
            var candidates = features.Candidates;
            var emissions = features.Emissions;
            emissions.Clear();
            for (int i = 0; i < count; i++)
            {
                // The tagger never labels a token that is not a candidate, so neither does the gold sequence it learns from.
                int label = candidates[i] ? sentence.Labels[i] : NerLabels.Outside;
                if (NerLabels.IsInside(label) && !NerLabels.Allowed(i > 0 ? gold[i - 1] : 0, label))
                {
                    label = NerLabels.Begin(NerLabels.ClassOf(label));
                }
                gold[i] = label;
                counts[i] = 0;
                if (!candidates[i])
                {
                    continue;
                }
                var feats = buffer.AsSpan(i * NerFeatures.MaxStatic, NerFeatures.MaxStatic);
                int n = features.Static(i, feats);
                counts[i] = n;
                var scores = emissions.Slice(i * L, L);
                foreach (var f in feats[..n])
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
            }
            for (int p = 0; p < L; p++)
            {
                var row = transitions.AsSpan(p * L, L);
                if (_index.TryGetValue(NerFeatures.TransitionKey(p), out int r))
                {
                    _weights.AsSpan(r * L, L).CopyTo(row);
                }
                else
                {
                    row.Clear();
                }
            }
            NerModel.Decode(emissions, transitions, candidates, features.BackPointers, predicted.AsSpan(0, count));
            for (int i = 0; i < count; i++)
            {
                int g = gold[i], p = predicted[i];
                if (g != p)
                {
                    errors++;
                    foreach (var f in buffer.AsSpan(i * NerFeatures.MaxStatic, counts[i]))
                    {
                        int row = Row(f);
                        Update(row, g, 1f);
                        Update(row, p, -1f);
                    }
                }
                int gp = i > 0 ? gold[i - 1] : 0, pp = i > 0 ? predicted[i - 1] : 0;
                if (gp != pp || g != p)
                {
                    Update(Row(NerFeatures.TransitionKey(gp)), g, 1f);
                    Update(Row(NerFeatures.TransitionKey(pp)), p, -1f);
                }
            }
        }
        return errors;
    }

    /// <summary>The averaged weights, one row of labels per feature, features in ascending key order.</summary>
    public (ulong[] Keys, float[] Rows) Averaged()
    {
        var keys = new ulong[_index.Count];
        var rows = new float[_index.Count * L];
        int next = 0;
        foreach (var (key, row) in _index.OrderBy(kv => kv.Key))
        {
            keys[next] = key;
            for (int l = 0; l < L; l++)
            {
                int k = (row * L) + l;
                double total = _totals[k] + ((_clock - _stamps[k]) * (double)_weights[k]);
                rows[(next * L) + l] = (float)(total / _clock);
            }
            next++;
        }
        return (keys, rows);
    }

    /// <summary>The table without features whose weights are all below <paramref name="below"/> in size.</summary>
    public static (ulong[] Keys, float[] Rows) Prune(ulong[] keys, float[] rows, float below)
    {
        var keptKeys = new List<ulong>();
        var keptRows = new List<float>();
        for (int r = 0; r < keys.Length; r++)
        {
            var row = rows.AsSpan(r * L, L);
            float max = 0;
            foreach (var w in row)
            {
                max = Math.Max(max, Math.Abs(w));
            }
            if (max < below)
            {
                continue;
            }
            keptKeys.Add(keys[r]);
            foreach (var w in row)
            {
                keptRows.Add(w);
            }
        }
        return ([.. keptKeys], [.. keptRows]);
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
