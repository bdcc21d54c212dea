using System.Buffers;
using System.Collections.Frozen;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Dossier.Core.Models;

namespace Dossier.Statements.Tagging;

/// <summary>The weights of the attribution tagger: one row of <see cref="AttributionLabel.Count"/> weights per feature hash.</summary>
/// <remarks>
/// File layout (little-endian): "DATT", version 2, row count, the row keys, then the weights as halves, row by row;
/// then the cue-rate table: its size, and per word a hash and a rate bucket; version 3 then holds the second pass
/// (<see cref="SecondPassModel"/>): its row count, keys and weights as halves.
/// </remarks>
internal sealed class AttributionModel
{
    public const string Name = "attribution";
    public const string FileName = "attribution.bin";
    private const int Magic = 0x54544144; // "DATT"

    private static readonly Lazy<AttributionModel?> s_default = new(LoadDefault);

    private readonly FeatureIndex _index;
    private readonly float[] _weights;
    // The cue-rate table as open addressing (rate 0 marks an empty slot: the table keeps only buckets above 0).
    private readonly ulong[] _rateKeys;
    private readonly byte[] _rateValues;
    // The label features whose values are few, looked up once here instead of per token (see AttributionFeatures.Write).
    private readonly Vector256<float>[] _biasRows;
    private readonly Vector256<float>[] _smallRows;
    // The small fixed templates' rows, every code of each (AttributionFeatures.SmallFixedFeature), from _fixedOffsets[s].
    private readonly Vector256<float>[] _fixedRows;
    private readonly int[] _fixedOffsets;

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
        int capacity = 16;
        while (capacity < cueRates.Count * 4)
        {
            capacity <<= 1;
        }
        _rateKeys = new ulong[capacity];
        _rateValues = new byte[capacity];
        foreach (var (word, rate) in cueRates)
        {
            if (rate == 0)
            {
                continue;
            }
            int slot = (int)(word & (ulong)(capacity - 1));
            while (_rateValues[slot] != 0)
            {
                slot = (slot + 1) & (capacity - 1);
            }
            _rateKeys[slot] = word;
            _rateValues[slot] = rate;
        }
        _fixedOffsets = new int[AttributionFeatures.SmallFixedCount];
        int rows = 0;
        for (int s = 0; s < AttributionFeatures.SmallFixedCount; s++)
        {
            _fixedOffsets[s] = rows;
            rows += AttributionFeatures.SmallFixedDomain(s);
        }
        _fixedRows = new Vector256<float>[rows];
        for (int s = 0; s < AttributionFeatures.SmallFixedCount; s++)
        {
            for (int code = 0; code < AttributionFeatures.SmallFixedDomain(s); code++)
            {
                _fixedRows[_fixedOffsets[s] + code] = _index.Row(AttributionFeatures.SmallFixedFeature(s, code));
            }
        }
        _biasRows = new Vector256<float>[AttributionLabel.Count];
        _smallRows = new Vector256<float>[AttributionFeatures.SmallLabelTemplates * AttributionLabel.Count * AttributionFeatures.SmallDomain];
        for (int p = 0; p < AttributionLabel.Count; p++)
        {
            _biasRows[p] = _index.Row(AttributionFeatures.BiasLabelFeature(p));
            for (int k = 0; k < AttributionFeatures.SmallLabelTemplates; k++)
            {
                for (int v = 0; v < AttributionFeatures.SmallDomain; v++)
                {
                    _smallRows[(k * AttributionLabel.Count + p) * AttributionFeatures.SmallDomain + v] = _index.Row(AttributionFeatures.SmallLabelFeature(k, p, v));
                }
            }
        }
    }

    /// <summary>The model shipped with the library, or null when none is embedded (the rules then work alone).</summary>
    public static AttributionModel? Default => s_default.Value;

    public ulong[] Keys { get; }

    /// <summary>The weights, <see cref="AttributionLabel.Count"/> per row of <see cref="Keys"/>.</summary>
    public float[] Weights => _weights;

    /// <summary>The second pass, which labels again around the cues this model finds (file version 3), or null.</summary>
    public SecondPassModel? Second { get; init; }

    /// <summary>The pass that may add a cue where the first found a source but no cue (<see cref="SecondPassFeatures"/> of kind 2), when the model has one.</summary>
    public SecondPassModel? SecondCue { get; init; }

    /// <summary>Word hash to the bucket of how often training saw the word as a cue (<see cref="AttributionFeatures.RateBucket"/>).</summary>
    public FrozenDictionary<ulong, byte> CueRates { get; }

    public int Rows => Keys.Length;

    /// <summary>The cue-rate bucket of the word with hash <paramref name="word"/> (<see cref="AttributionFeatures.WordKey"/>), 0 when unseen.</summary>
    public byte RateOf(ulong word)
    {
        int mask = _rateKeys.Length - 1;
        int slot = (int)(word & (ulong)mask);
        // The home slot answers without a branch on the outcome (the table is a quarter full); only a home slot
        // holding another word walks on.
        byte rate = _rateValues[slot];
        ulong key = _rateKeys[slot];
        if (key == word | rate == 0)
        {
            return key == word ? rate : (byte)0;
        }
        while (true)
        {
            slot = (slot + 1) & mask;
            rate = _rateValues[slot];
            if (rate == 0 || _rateKeys[slot] == word)
            {
                return rate;
            }
        }
    }

    /// <summary>Asks the processor to start loading the cue-rate slot of <paramref name="word"/>, read later by <see cref="RateOf"/>.</summary>
    public unsafe void PrefetchRate(ulong word)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            int slot = (int)(word & (ulong)(_rateKeys.Length - 1));
            fixed (ulong* keys = _rateKeys)
            fixed (byte* rates = _rateValues)
            {
                System.Runtime.Intrinsics.X86.Sse.Prefetch0(keys + slot);
                System.Runtime.Intrinsics.X86.Sse.Prefetch0(rates + slot);
            }
        }
    }

    /// <summary>Adds the weights of every known feature in <paramref name="features"/> to <paramref name="scores"/>, one at a time (the reference for <see cref="Tag(AttributionFeatures)"/>).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (ulong f in features)
        {
            _index.Add(f, scores);
        }
    }

    /// <summary>Labels every token greedily from left to right; an inside label only follows a label of its own kind.</summary>
    /// <remarks>
    /// The fixed features' rows are summed for all tokens first (their look-ups do not wait on any decision, so the
    /// next token's slots load while this one's are added), then each step adds the label features' rows, most of them
    /// from small tables built with the model. Rows are added in the order <see cref="AttributionFeatures.Write"/>
    /// lists the features, eight lanes at a time, so the scores equal <see cref="TagReference"/>'s float for float.
    /// </remarks>
    public byte[] Tag(AttributionFeatures features) => Tag(features, null);

    /// <summary>As <see cref="Tag(AttributionFeatures)"/>, also writing per token how far a source label was from winning (<see cref="SourceMargin"/>) into <paramref name="margins"/>.</summary>
    /// <remarks>
    /// This, <see cref="FixedSums"/> and <see cref="LabelSum"/> are compiled fully optimized at their first call, skipping
    /// the tiers: the first two run a loop over a document's tokens once a call, so until the tiered JIT's queue (every
    /// rule's method is in it for the first seconds of a run) reached them they ran as on-stack-replacement code
    /// (<see cref="FixedSums"/> about 40 % of its time in a 2000-round benchmark). Straight-line vector sums gain nothing
    /// from the tiers' profile.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public byte[] Tag(AttributionFeatures features, byte[]? margins)
    {
        int n = features.Count;
        var labels = new byte[n];
        if (n == 0)
        {
            return labels;
        }
        var sums = ArrayPool<Vector256<float>>.Shared.Rent(n);
        FixedSums(features, sums);
        Span<byte> values = stackalloc byte[AttributionFeatures.SmallLabelTemplates];
        Span<float> scores = stackalloc float[8];
        int previous = AttributionLabel.Outside, previous2 = AttributionLabel.Outside;
        for (int t = 0; t < n; t++)
        {
            if (t + 2 < n)
            {
                // The word-and-label feature waits on the decision before it; ask early for the two likeliest labels.
                _index.Prefetch(features.WordLabelFeature(t + 2, AttributionLabel.Outside));
                _index.Prefetch(features.WordLabelFeature(t + 2, AttributionLabel.InContent));
            }
            var sum = LabelSum(features, t, sums[t], previous, previous2, values);
            sum.CopyTo(scores);
            int best = Best(scores[..AttributionLabel.Count], previous);
            labels[t] = (byte)best;
            if (margins is not null)
            {
                margins[t] = SourceMargin(scores, previous);
            }
            previous2 = previous;
            previous = best;
        }
        ArrayPool<Vector256<float>>.Shared.Return(sums);
        return labels;
    }

    // How many tokens ahead the fixed features' slots are asked for.
    private const int PrefetchAhead = 2;

    /// <summary>Per token, the sum of its fixed features' rows, in feature order.</summary>
    /// <remarks>The wide features' rows come from the table, the small ones' from the rows built with the model, so only
    /// the wide ones are asked for ahead.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void FixedSums(AttributionFeatures features, Span<Vector256<float>> sums)
    {
        int n = features.Count;
        for (int t = 0; t < Math.Min(PrefetchAhead, n); t++)
        {
            foreach (ulong f in features.Wide(t))
            {
                _index.Prefetch(f);
            }
        }
        var o = _fixedOffsets;
        var rows = _fixedRows;
        var index = _index;
        for (int t = 0; t < n; t++)
        {
            if (t + PrefetchAhead < n)
            {
                foreach (ulong f in features.Wide(t + PrefetchAhead))
                {
                    index.Prefetch(f);
                }
            }
            var w = features.Wide(t);
            var c = features.SmallCodes(t);
            // AttributionFeatures.SmallFixedSlots spelt out: a loop over the slots spent a load and a branch on every row.
            // The rows are added in feature order, so the sum is the reference's float for float (AttributionTaggerEqualityTests).
            var sum = Vector256<float>.Zero;
            sum += rows[o[0] + c[0]];
            sum += index.Row(w[0]);
            sum += index.Row(w[1]);
            sum += index.Row(w[2]);
            sum += index.Row(w[3]);
            sum += index.Row(w[4]);
            sum += index.Row(w[5]);
            sum += index.Row(w[6]);
            sum += index.Row(w[7]);
            sum += index.Row(w[8]);
            sum += rows[o[1] + c[1]];
            sum += rows[o[2] + c[2]];
            sum += rows[o[3] + c[3]];
            sum += index.Row(w[9]);
            sum += rows[o[4] + c[4]];
            sum += rows[o[5] + c[5]];
            sum += rows[o[6] + c[6]];
            sum += rows[o[7] + c[7]];
            sum += rows[o[8] + c[8]];
            sum += index.Row(w[10]);
            sum += index.Row(w[11]);
            sum += index.Row(w[12]);
            sum += rows[o[9] + c[9]];
            sum += rows[o[10] + c[10]];
            sum += rows[o[11] + c[11]];
            sum += rows[o[12] + c[12]];
            sum += index.Row(w[13]);
            sum += index.Row(w[14]);
            sum += index.Row(w[15]);
            sum += index.Row(w[16]);
            sum += index.Row(w[17]);
            sum += index.Row(w[18]);
            sum += index.Row(w[19]);
            sum += rows[o[13] + c[13]];
            sums[t] = sum;
        }
    }

    /// <summary>Adds token <paramref name="t"/>'s label features, given the labels before it, to its fixed sum.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal Vector256<float> LabelSum(AttributionFeatures features, int t, Vector256<float> sum, int previous, int previous2, Span<byte> values)
    {
        sum += _biasRows[previous];
        sum += _index.Row(features.WordLabelFeature(t, previous));
        features.SmallValues(t, previous2, values);
        for (int k = 0; k < values.Length; k++)
        {
            int v = values[k];
            sum += v < AttributionFeatures.SmallDomain
                ? _smallRows[(k * AttributionLabel.Count + previous) * AttributionFeatures.SmallDomain + v]
                : _index.Row(AttributionFeatures.SmallLabelFeature(k, previous, v));
        }
        return sum;
    }

    /// <summary>The greedy decoding of <see cref="Tag(AttributionFeatures)"/>, scoring each token's hashed features one at a time.</summary>
    internal byte[] TagReference(AttributionFeatures features)
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

    /// <summary>The bucket (0–15) of the best allowed source label's score minus the best other label's: 0–7 source behind, 8–15 ahead, by powers of two.</summary>
    public static byte SourceMargin(ReadOnlySpan<float> scores, int previous)
    {
        float source = scores[AttributionLabel.BeginSource];
        if (AttributionLabel.Kind(previous) == 1 && scores[AttributionLabel.InSource] > source)
        {
            source = scores[AttributionLabel.InSource];
        }
        float other = scores[AttributionLabel.Outside];
        int allowed = AllowedAfter(previous);
        for (int l = AttributionLabel.BeginCue; l < AttributionLabel.Count; l++)
        {
            if ((allowed >> l & 1) != 0 && scores[l] > other)
            {
                other = scores[l];
            }
        }
        float d = source - other;
        float a = MathF.Abs(d);
        int bucket = a < 1 ? 0 : a < 2 ? 1 : a < 4 ? 2 : a < 8 ? 3 : a < 16 ? 4 : a < 32 ? 5 : a < 64 ? 6 : 7;
        return (byte)(d < 0 ? 7 - bucket : 8 + bucket);
    }

    /// <summary>The highest-scoring label allowed after <paramref name="previous"/>.</summary>
    public static int Best(ReadOnlySpan<float> scores, int previous)
    {
        int best = 0;
        float top = float.NegativeInfinity;
        int allowed = AllowedAfter(previous);
        for (int l = 0; l < scores.Length; l++)
        {
            if ((allowed >> l & 1) != 0 && scores[l] > top)
            {
                top = scores[l];
                best = l;
            }
        }
        return best;
    }

    // Per previous label, bit l set when label l may follow it: a begin label or outside always, an inside label only
    // after a label of its own kind.
    private static readonly byte[] s_allowedAfter = AllowedTable();

    private static byte[] AllowedTable()
    {
        var table = new byte[AttributionLabel.Count];
        for (int previous = 0; previous < table.Length; previous++)
        {
            for (int l = 0; l < AttributionLabel.Count; l++)
            {
                if (!AttributionLabel.IsInside(l) || AttributionLabel.Kind(previous) == AttributionLabel.Kind(l))
                {
                    table[previous] |= (byte)(1 << l);
                }
            }
        }
        return table;
    }

    private static int AllowedAfter(int previous) => s_allowedAfter[previous];

    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Second is null ? 2 : SecondCue is null ? 3 : 4);
        WriteRows(writer, Keys, _weights);
        var words = CueRates.Keys.ToArray();
        Array.Sort(words);
        writer.Write(words.Length);
        foreach (var w in words)
        {
            writer.Write(w);
            writer.Write(CueRates[w]);
        }
        Second?.Write(writer);
        SecondCue?.Write(writer);
    }

    public static AttributionModel Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        int magic = reader.ReadInt32();
        int version = reader.ReadInt32();
        if (magic != Magic || version is not (2 or 3 or 4))
        {
            throw new InvalidDataException("not an attribution model (version 2, 3 or 4)");
        }
        var (keys, weights) = ReadRows(reader);
        int count = reader.ReadInt32();
        var rates = new Dictionary<ulong, byte>(count);
        for (int i = 0; i < count; i++)
        {
            ulong word = reader.ReadUInt64();
            rates[word] = reader.ReadByte();
        }
        var second = version >= 3 ? SecondPassModel.Read(reader) : null;
        var secondCue = version >= 4 ? SecondPassModel.Read(reader) : null;
        return new AttributionModel(keys, weights, rates.ToFrozenDictionary()) { Second = second, SecondCue = secondCue };
    }

    /// <summary>Writes feature keys and their rows of label weights (as halves), the layout both passes share.</summary>
    internal static void WriteRows(BinaryWriter writer, ulong[] keys, float[] weights)
    {
        writer.Write(keys.Length);
        foreach (var k in keys)
        {
            writer.Write(k);
        }
        foreach (var x in weights)
        {
            writer.Write((Half)x);
        }
    }

    /// <summary>Reads what <see cref="WriteRows"/> wrote.</summary>
    internal static (ulong[] Keys, float[] Weights) ReadRows(BinaryReader reader)
    {
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
        return (keys, weights);
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
