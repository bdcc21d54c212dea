using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace Dossier.Language.PartsOfSpeech;

/// <summary>The trained tagger and lemmatizer data: quantised perceptron weights, the lexicon of ambiguity classes and lemma tables.</summary>
/// <remarks>
/// File layout (zlib-compressed, little-endian): magic "DPOS", version, tag count; the feature keys, then per row
/// the count of non-zero weights, their classes and their int16 values, each as one block; lexicon (word hash, tag mask); lemma table (key, string index) with its strings; suffix rules
/// (key, characters to strip, string to append). Keys are sorted, so the same training run writes the same bytes.
/// </remarks>
internal sealed class PartOfSpeechModel
{
    private const uint Magic = 0x534F5044; // "DPOS"
    private const int Version = 2;

    public PartOfSpeechModel(
        HashIndex features, short[] weights, HashIndex lexicon, HashIndex lemmaKeys, string[] lemmaStrings,
        HashIndex ruleKeys, byte[] ruleStrip, string[] ruleAppend)
    {
        Features = features;
        Weights = weights;
        Lexicon = lexicon;
        LemmaKeys = lemmaKeys;
        LemmaStrings = lemmaStrings;
        RuleKeys = ruleKeys;
        RuleStrip = ruleStrip;
        RuleAppend = ruleAppend;
    }

    /// <summary>Feature hash → row of <see cref="TagSet.Count"/> weights in <see cref="Weights"/>.</summary>
    public HashIndex Features { get; }

    public short[] Weights { get; }

    /// <summary>Normalised word hash → bit mask of the tags it had in training.</summary>
    public HashIndex Lexicon { get; }

    /// <summary>Lemma key (word and tag) → index into <see cref="LemmaStrings"/>.</summary>
    public HashIndex LemmaKeys { get; }

    public string[] LemmaStrings { get; }

    /// <summary>Rule key (tag and word ending) → rule index.</summary>
    public HashIndex RuleKeys { get; }

    public byte[] RuleStrip { get; }

    public string[] RuleAppend { get; }

    /// <summary>Everything needed to write a model, as training produces it.</summary>
    public sealed record Parts(
        ulong[] FeatureKeys, short[] Weights, ulong[] LexiconKeys, int[] LexiconMasks,
        ulong[] LemmaKeys, string[] Lemmas, ulong[] RuleKeys, byte[] RuleStrip, string[] RuleAppend);

    public static void Write(Stream stream, Parts parts)
    {
        using var zip = new ZLibStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(zip, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Version);
        w.Write(TagSet.Count);

        // Blocks of like values (all keys, then all counts, classes and weights) compress well and load in bulk.
        int rows = parts.FeatureKeys.Length;
        var counts = new byte[rows];
        var classes = new List<byte>();
        var values = new List<short>();
        for (int r = 0; r < rows; r++)
        {
            var row = parts.Weights.AsSpan(r * TagSet.Count, TagSet.Count);
            for (int c = 0; c < row.Length; c++)
            {
                if (row[c] != 0)
                {
                    counts[r]++;
                    classes.Add((byte)c);
                    values.Add(row[c]);
                }
            }
        }
        w.Write(rows);
        w.Write(values.Count);
        w.Write(MemoryMarshal.AsBytes(parts.FeatureKeys.AsSpan()));
        w.Write(counts);
        w.Write(classes.ToArray());
        w.Write(MemoryMarshal.AsBytes(values.ToArray().AsSpan()));

        w.Write(parts.LexiconKeys.Length);
        for (int i = 0; i < parts.LexiconKeys.Length; i++)
        {
            w.Write(parts.LexiconKeys[i]);
            w.Write(parts.LexiconMasks[i]);
        }

        w.Write(parts.LemmaKeys.Length);
        for (int i = 0; i < parts.LemmaKeys.Length; i++)
        {
            w.Write(parts.LemmaKeys[i]);
            w.Write(parts.Lemmas[i]);
        }

        w.Write(parts.RuleKeys.Length);
        for (int i = 0; i < parts.RuleKeys.Length; i++)
        {
            w.Write(parts.RuleKeys[i]);
            w.Write(parts.RuleStrip[i]);
            w.Write(parts.RuleAppend[i]);
        }
    }

    /// <exception cref="InvalidDataException">The stream is not a model this version can read.</exception>
    public static PartOfSpeechModel Read(Stream stream)
    {
        using var zip = new ZLibStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(zip, 1 << 16);
        using var r = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
        if (r.ReadUInt32() != Magic || r.ReadInt32() != Version || r.ReadInt32() != TagSet.Count)
        {
            throw new InvalidDataException("Not a Dossier part-of-speech model of this version.");
        }

        int rows = r.ReadInt32();
        int nonZero = r.ReadInt32();
        var keys = new ulong[rows];
        var counts = new byte[rows];
        var classes = new byte[nonZero];
        var values = new short[nonZero];
        buffered.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        buffered.ReadExactly(counts);
        buffered.ReadExactly(classes);
        buffered.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        var rowIndex = new int[rows];
        var weights = new short[rows * TagSet.Count];
        int at = 0;
        for (int i = 0; i < rows; i++)
        {
            rowIndex[i] = i;
            for (int k = 0; k < counts[i]; k++, at++)
            {
                weights[i * TagSet.Count + classes[at]] = values[at];
            }
        }

        int lexiconCount = r.ReadInt32();
        var lexiconKeys = new ulong[lexiconCount];
        var masks = new int[lexiconCount];
        for (int i = 0; i < lexiconCount; i++)
        {
            lexiconKeys[i] = r.ReadUInt64();
            masks[i] = r.ReadInt32();
        }

        int lemmaCount = r.ReadInt32();
        var lemmaKeys = new ulong[lemmaCount];
        var lemmaIndex = new int[lemmaCount];
        var lemmas = new string[lemmaCount];
        for (int i = 0; i < lemmaCount; i++)
        {
            lemmaKeys[i] = r.ReadUInt64();
            lemmas[i] = r.ReadString();
            lemmaIndex[i] = i;
        }

        int ruleCount = r.ReadInt32();
        var ruleKeys = new ulong[ruleCount];
        var ruleIndex = new int[ruleCount];
        var strip = new byte[ruleCount];
        var append = new string[ruleCount];
        for (int i = 0; i < ruleCount; i++)
        {
            ruleKeys[i] = r.ReadUInt64();
            strip[i] = r.ReadByte();
            append[i] = r.ReadString();
            ruleIndex[i] = i;
        }

        return new PartOfSpeechModel(
            new HashIndex(keys, rowIndex), weights, new HashIndex(lexiconKeys, masks),
            new HashIndex(lemmaKeys, lemmaIndex), lemmas, new HashIndex(ruleKeys, ruleIndex), strip, append);
    }
}
