using System.Collections.Frozen;
using System.Reflection;
using Dossier.Core.Models;

namespace Dossier.Statements.Tagging;

/// <summary>The weights of the attribution tagger: one row of <see cref="AttributionLabel.Count"/> weights per feature hash.</summary>
/// <remarks>
/// File layout (little-endian): "DATT", version 2, row count, the row keys, then the weights as halves, row by row;
/// then the cue-rate table: its size, and per word a hash and a rate bucket.
/// </remarks>
internal sealed class AttributionModel
{
    public const string Name = "attribution";
    public const string FileName = "attribution.bin";
    private const int Magic = 0x54544144; // "DATT"

    private static readonly Lazy<AttributionModel?> s_default = new(LoadDefault);

    private readonly FeatureIndex _index;
    private readonly float[] _weights;

    public AttributionModel(ulong[] keys, float[] weights, FrozenDictionary<ulong, byte> cueRates)
    {
        CueRates = cueRates;
        if (weights.Length != keys.Length * AttributionLabel.Count)
        {
            throw new ArgumentException("one row of weights per key is needed", nameof(weights));
        }
        Keys = keys;
        _weights = weights;
        _index = new FeatureIndex(keys, weights);
    }

    /// <summary>The model shipped with the library, or null when none is embedded (the rules then work alone).</summary>
    public static AttributionModel? Default => s_default.Value;

    public ulong[] Keys { get; }

    /// <summary>Word hash to the bucket of how often training saw the word as a cue (<see cref="AttributionFeatures.RateBucket"/>).</summary>
    public FrozenDictionary<ulong, byte> CueRates { get; }

    public int Rows => Keys.Length;

    /// <summary>Adds the weights of every known feature in <paramref name="features"/> to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (ulong f in features)
        {
            _index.Prefetch(f);
        }
        foreach (ulong f in features)
        {
            _index.Add(f, scores);
        }
    }

    /// <summary>Labels every token greedily from left to right; an inside label only follows a label of its own kind.</summary>
    public byte[] Tag(AttributionFeatures features)
    {
        var labels = new byte[features.Count];
        Span<ulong> buffer = stackalloc ulong[AttributionFeatures.PerToken];
        Span<float> scores = stackalloc float[AttributionLabel.Count];
        int previous = AttributionLabel.Outside, previous2 = AttributionLabel.Outside;
        for (int t = 0; t < labels.Length; t++)
        {
            features.Write(t, previous, previous2, buffer);
            Score(buffer, scores);
            int best = Best(scores, previous);
            labels[t] = (byte)best;
            previous2 = previous;
            previous = best;
        }
        return labels;
    }

    /// <summary>The highest-scoring label allowed after <paramref name="previous"/>.</summary>
    public static int Best(ReadOnlySpan<float> scores, int previous)
    {
        int best = 0;
        float top = float.NegativeInfinity;
        for (int l = 0; l < scores.Length; l++)
        {
            if (AttributionLabel.IsInside(l) && AttributionLabel.Kind(previous) != AttributionLabel.Kind(l))
            {
                continue;
            }
            if (scores[l] > top)
            {
                top = scores[l];
                best = l;
            }
        }
        return best;
    }

    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(2);
        writer.Write(Keys.Length);
        foreach (var k in Keys)
        {
            writer.Write(k);
        }
        foreach (var x in _weights)
        {
            writer.Write((Half)x);
        }
        var words = CueRates.Keys.ToArray();
        Array.Sort(words);
        writer.Write(words.Length);
        foreach (var w in words)
        {
            writer.Write(w);
            writer.Write(CueRates[w]);
        }
    }

    public static AttributionModel Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != 2)
        {
            throw new InvalidDataException("not an attribution model (version 2)");
        }
        int rows = reader.ReadInt32();
        var keys = new ulong[rows];
        for (int i = 0; i < rows; i++)
        {
            keys[i] = reader.ReadUInt64();
        }
        var weights = new float[rows * AttributionLabel.Count];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)reader.ReadHalf();
        }
        int count = reader.ReadInt32();
        var rates = new Dictionary<ulong, byte>(count);
        for (int i = 0; i < count; i++)
        {
            ulong word = reader.ReadUInt64();
            rates[word] = reader.ReadByte();
        }
        return new AttributionModel(keys, weights, rates.ToFrozenDictionary());
    }

    /// <summary>Loads the model from <paramref name="folder"/> (or DOSSIER_MODELS, or the embedded copy).</summary>
    public static AttributionModel Load(string? folder = null)
    {
        using var stream = ModelResources.Open(typeof(AttributionModel).Assembly, Name, FileName, folder);
        return Read(stream);
    }

    private static AttributionModel? LoadDefault()
    {
        try
        {
            return Load();
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    internal static Assembly Owner => typeof(AttributionModel).Assembly;
}
