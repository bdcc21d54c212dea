using System.IO.Compression;
using Dossier.Core.Models;

namespace Dossier.Language.Entities;

/// <summary>The trained name tagger: averaged-perceptron weights over hashed token features, decoded greedily with BIO constraints.</summary>
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

    private readonly FeatureTable _table;

    internal NerModel(FeatureTable table, CommonWords common)
    {
        _table = table;
        Common = common;
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

    /// <summary>Labels every prepared token greedily, left to right, never producing an I- label without its B-.</summary>
    internal void Tag(NerFeatures features, Span<int> labels)
    {
        Span<ulong> buffer = stackalloc ulong[NerFeatures.MaxStatic + NerFeatures.MaxDynamic];
        Span<float> scores = stackalloc float[NerLabels.Count];
        int previous = 0, previous2 = 0;
        for (int i = 0; i < features.Count; i++)
        {
            int n = features.Static(i, buffer);
            n += features.Dynamic(i, previous, previous2, buffer[n..]);
            scores.Clear();
            _table.Score(buffer[..n], scores);
            int best = Best(scores, previous);
            labels[i] = best;
            previous2 = previous;
            previous = best;
        }
    }

    internal static int Best(ReadOnlySpan<float> scores, int previous)
    {
        int best = 0;
        float bestScore = float.NegativeInfinity;
        for (int l = 0; l < scores.Length; l++)
        {
            if (scores[l] > bestScore && NerLabels.Allowed(previous, l))
            {
                best = l;
                bestScore = scores[l];
            }
        }
        return best;
    }
}
