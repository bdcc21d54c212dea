using System.Runtime.Intrinsics;

namespace Dossier.Statements.Tagging;

/// <summary>The weights of the second attribution pass (<see cref="SecondPassFeatures"/>): one row of label weights per feature hash.</summary>
internal sealed class SecondPassModel
{
    private readonly FeatureIndex _index;
    private readonly float[] _weights;

    public SecondPassModel(ulong[] keys, float[] weights)
    {
        if (weights.Length != keys.Length * AttributionLabel.Count)
        {
            throw new ArgumentException("one row of weights per key is needed", nameof(weights));
        }
        Keys = keys;
        _weights = weights;
        _index = new FeatureIndex(keys, weights);
    }

    public ulong[] Keys { get; }

    public int Rows => Keys.Length;

    /// <summary>The first pass's labels <paramref name="predicted"/> with the tokens of <paramref name="features"/> labelled again, greedily from left to right.</summary>
    /// <remarks>The label before a token is the one this pass gave it, or the first pass's where this pass does not look.</remarks>
    public byte[] Tag(SecondPassFeatures features, byte[] predicted)
    {
        var labels = (byte[])predicted.Clone();
        var tokens = features.Tokens;
        Span<float> scores = stackalloc float[8];
        for (int i = 0; i < tokens.Length; i++)
        {
            int t = tokens[i];
            if (!SecondPassFeatures.Relabels(predicted[t]))
            {
                continue;
            }
            int previous = t >= 1 ? labels[t - 1] : AttributionLabel.Outside;
            int previous2 = t >= 2 ? labels[t - 2] : AttributionLabel.Outside;
            if (features.Kind != 1)
            {
                previous = features.ToPass(previous);
                previous2 = features.ToPass(previous2);
            }
            var sum = Vector256<float>.Zero;
            foreach (ulong f in features.Fixed(i))
            {
                sum += _index.Row(f);
            }
            for (int k = 0; k < SecondPassFeatures.LabelCount; k++)
            {
                sum += _index.Row(features.LabelFeature(i, k, previous, previous2));
            }
            sum.CopyTo(scores);
            labels[t] = (byte)features.FromPass(AttributionModel.Best(scores[..SecondPassFeatures.Labels], previous));
        }
        return labels;
    }

    public void Write(BinaryWriter writer) => AttributionModel.WriteRows(writer, Keys, _weights);

    public static SecondPassModel Read(BinaryReader reader)
    {
        var (keys, weights) = AttributionModel.ReadRows(reader);
        return new SecondPassModel(keys, weights);
    }
}
