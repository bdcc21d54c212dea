using System.Runtime.CompilerServices;
using System.IO.Compression;
using Dossier.Core.Models;

namespace Dossier.Language.Entities;

/// <summary>The trained name tagger: averaged-perceptron weights over hashed token features and label transitions, decoded exactly (Viterbi) under BIO constraints.</summary>
/// <remarks>
/// The file is Brotli-compressed: magic "DNER", version, label count, the common-word hashes, then each feature's hash
/// and its label weights as half-precision floats. Immutable after loading and safe to share across threads.
/// </remarks>
public sealed class NerModel
{
    public const string ModelName = "ner";
    public const string FileName = "ner.bin";
    private const int Magic = 0x52454E44; // "DNER"
    private const int Version = 1;

    private static readonly Lazy<NerModel> s_default = new(() => Load(null));

    // The labels each label may follow (NerLabels.Allowed), in ascending order: label l's are
    // s_predecessors[s_predecessorBounds[l]..s_predecessorBounds[l + 1]]. An I- label follows two labels, not nine.
    private static readonly byte[] s_predecessors = Predecessors(out s_predecessorBounds);
    private static readonly int[] s_predecessorBounds;

    private readonly FeatureTable _table;
    private readonly float[] _transitions = new float[NerLabels.Count * NerLabels.Count];

    internal NerModel(FeatureTable table, CommonWords common)
    {
        _table = table;
        Common = common;
        for (int p = 0; p < NerLabels.Count; p++)
        {
            table.TryGetRow(NerFeatures.TransitionKey(p), _transitions.AsSpan(p * NerLabels.Count, NerLabels.Count));
        }
    }

    /// <summary>The model embedded in this library (or under DOSSIER_MODELS).</summary>
    public static NerModel Default => s_default.Value;

    public int FeatureCount => _table.Count;

    /// <summary>Words usually written in lower case (a capitalised one is probably not a name).</summary>
    public CommonWords Common { get; }

    /// <summary>Loads <c>ner/ner.bin</c> from <paramref name="folder"/>, DOSSIER_MODELS or the embedded copy.</summary>
    public static NerModel Load(string? folder)
    {
        using var stream = ModelResources.Open(typeof(NerModel).Assembly, ModelName, FileName, folder);
        return Read(stream);
    }

    public static ModelManifest Manifest(string? folder = null) =>
        ModelResources.ReadManifest(typeof(NerModel).Assembly, ModelName, folder);

    internal static NerModel Read(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(brotli);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("not a Dossier NER model (version 1)");
        }
        int labels = reader.ReadInt32();
        if (labels != NerLabels.Count)
        {
            throw new InvalidDataException($"NER model has {labels} labels, expected {NerLabels.Count}");
        }
        int commonCount = reader.ReadInt32();
        var common = new ulong[commonCount];
        for (int i = 0; i < commonCount; i++)
        {
            common[i] = reader.ReadUInt64();
        }
        int count = reader.ReadInt32();
        var keys = new ulong[count];
        var rows = new float[count * labels];
        for (int i = 0; i < count; i++)
        {
            keys[i] = reader.ReadUInt64();
            for (int l = 0; l < labels; l++)
            {
                rows[(i * labels) + l] = (float)reader.ReadHalf();
            }
        }
        return new NerModel(new FeatureTable(keys, rows, labels), new CommonWords(common));
    }

    /// <summary>Writes a model file; <paramref name="rows"/> holds <see cref="NerLabels.Count"/> weights per key.</summary>
    internal static void Write(Stream stream, ReadOnlySpan<ulong> common, ReadOnlySpan<ulong> keys, ReadOnlySpan<float> rows)
    {
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(NerLabels.Count);
        writer.Write(common.Length);
        foreach (var c in common)
        {
            writer.Write(c);
        }
        writer.Write(keys.Length);
        for (int i = 0; i < keys.Length; i++)
        {
            writer.Write(keys[i]);
            for (int l = 0; l < NerLabels.Count; l++)
            {
                writer.Write((Half)rows[(i * NerLabels.Count) + l]);
            }
        }
    }

    /// <summary>Labels every prepared token: emission scores for candidate tokens, then the best BIO-consistent sequence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Tag(NerFeatures features, Span<int> labels)
    {
        Span<ulong> buffer = stackalloc ulong[NerFeatures.MaxStatic];
        Span<ulong> ahead = stackalloc ulong[NerFeatures.MaxStatic];
        var emissions = features.Emissions;
        var candidates = features.Candidates;
        int count = features.Count;
        emissions.Clear();
        // The next candidate's features are written (to ahead) and their slots prefetched one candidate early, so their
        // cache misses overlap this candidate's scoring; every candidate is still scored with the same features in the same order.
        int aheadAt = NextCandidate(candidates, 0);
        int aheadCount = aheadAt < count ? features.Static(aheadAt, ahead) : 0;
        while (aheadAt < count)
        {
            int i = aheadAt;
            int n = aheadCount;
            var current = ahead;
            ahead = buffer;
            buffer = current;
            aheadAt = NextCandidate(candidates, i + 1);
            if (aheadAt < count)
            {
                aheadCount = features.Static(aheadAt, ahead);
                _table.Prefetch(ahead[..aheadCount]);
            }
            _table.Score(buffer[..n], emissions.Slice(i * NerLabels.Count, NerLabels.Count));
        }
        Decode(emissions, _transitions, candidates, features.BackPointers, labels);
    }

    private static int NextCandidate(ReadOnlySpan<bool> candidates, int from)
    {
        while (from < candidates.Length && !candidates[from])
        {
            from++;
        }
        return from;
    }

    private static byte[] Predecessors(out int[] bounds)
    {
        var predecessors = new List<byte>();
        bounds = new int[NerLabels.Count + 1];
        for (int l = 0; l < NerLabels.Count; l++)
        {
            bounds[l] = predecessors.Count;
            for (int p = 0; p < NerLabels.Count; p++)
            {
                if (NerLabels.Allowed(p, l))
                {
                    predecessors.Add((byte)p);
                }
            }
        }
        bounds[NerLabels.Count] = predecessors.Count;
        return [.. predecessors];
    }

    /// <summary>Viterbi over BIO labels with first-order transitions; tokens that are not candidates are outside.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, ReadOnlySpan<bool> candidates,
        Span<byte> back, Span<int> labels)
    {
        const int L = NerLabels.Count;
        int count = candidates.Length;
        if (count == 0)
        {
            return;
        }
        Span<float> previous = stackalloc float[L];
        Span<float> current = stackalloc float[L];
        previous.Fill(float.NegativeInfinity);
        previous[NerLabels.Outside] = 0;
        const int OutsideToOutside = (NerLabels.Outside * L) + NerLabels.Outside;
        var predecessors = s_predecessors.AsSpan();
        var bounds = s_predecessorBounds.AsSpan();
        // True while only the outside label is reachable: then a token that is no candidate has one path and needs no search.
        bool onlyOutside = true;
        for (int i = 0; i < count; i++)
        {
            var emission = emissions.Slice(i * L, L);
            var pointers = back.Slice(i * L, L);
            if (!candidates[i] && onlyOutside)
            {
                // The same two additions, in the same order, as the search below would make.
                previous[NerLabels.Outside] = previous[NerLabels.Outside] + transitions[OutsideToOutside] + emission[NerLabels.Outside];
                pointers[NerLabels.Outside] = NerLabels.Outside;
                continue;
            }
            onlyOutside = !candidates[i];
            int labelCount = candidates[i] ? L : 1;
            current.Fill(float.NegativeInfinity);
            for (int l = 0; l < labelCount; l++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                // The allowed labels in ascending order, so ties go to the same label as a search over all nine.
                for (int k = bounds[l]; k < bounds[l + 1]; k++)
                {
                    int p = predecessors[k];
                    if (float.IsNegativeInfinity(previous[p]))
                    {
                        continue;
                    }
                    float score = previous[p] + transitions[(p * L) + l];
                    if (score > best)
                    {
                        best = score;
                        arg = p;
                    }
                }
                current[l] = best + emission[l];
                pointers[l] = (byte)arg;
            }
            current.CopyTo(previous);
        }
        int label = 0;
        for (int l = 1; l < L; l++)
        {
            if (previous[l] > previous[label])
            {
                label = l;
            }
        }
        for (int i = count - 1; i >= 0; i--)
        {
            labels[i] = label;
            label = back[(i * L) + label];
        }
    }
}
