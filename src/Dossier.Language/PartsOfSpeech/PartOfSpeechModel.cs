using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using System.Text;

namespace Dossier.Language.PartsOfSpeech;

/// <summary>The trained tagger and lemmatizer data: quantised perceptron weights, the lexicon of ambiguity classes and lemma tables.</summary>
/// <remarks>
/// File layout (uncompressed, little-endian, so it loads with a few bulk reads and no parsing): magic "DPOS",
/// version, tag count and the block sizes; then the blocks: feature keys, their weight rows (<see cref="WeightRows.Width"/>
/// int8 each: the left-to-right model's tags, then the right-to-left model's) and each row's two power-of-two scales (one per half), lexicon keys and tag masks, lemma keys with the lemmas as one UTF-16 character block and its offsets,
/// and suffix rules (key, characters to strip, string to append, likewise as characters and offsets).
/// Keys are sorted, so the same training run writes the same bytes.
/// </remarks>
internal sealed class PartOfSpeechModel
{
    private const uint Magic = 0x534F5044; // "DPOS"
    private const int Version = 4;

    private readonly char[] _lemmaChars;
    private readonly int[] _lemmaOffsets;
    private readonly string?[] _lemmas;

    private PartOfSpeechModel(
        WeightRows rows, HashIndex lexicon, HashIndex lemmaKeys, char[] lemmaChars, int[] lemmaOffsets,
        HashIndex ruleKeys, byte[] ruleStrip, string[] ruleAppend)
    {
        Rows = rows;
        Lexicon = lexicon;
        LemmaKeys = lemmaKeys;
        _lemmaChars = lemmaChars;
        _lemmaOffsets = lemmaOffsets;
        _lemmas = new string?[lemmaOffsets.Length - 1];
        RuleKeys = ruleKeys;
        RuleStrip = ruleStrip;
        RuleAppend = ruleAppend;
    }

    /// <summary>Feature hash → its row of int8 weights for both directions and the powers of two they are scaled by
    /// (row-wise quantisation keeps small rows precise).</summary>
    public WeightRows Rows { get; }

    /// <summary>Normalised word hash → bit mask of the tags it had in training, and its WordNet classes above them.</summary>
    public HashIndex Lexicon { get; }

    /// <summary>Lemma key (word and tag) → index for <see cref="Lemma"/>.</summary>
    public HashIndex LemmaKeys { get; }

    /// <summary>Rule key (tag and word ending) → rule index.</summary>
    public HashIndex RuleKeys { get; }

    public byte[] RuleStrip { get; }

    public string[] RuleAppend { get; }

    /// <summary>The lemma at <paramref name="index"/>, made into a string on first use and then shared.</summary>
    /// <remarks>Two threads may both make the string once; either copy is equal, so the race is harmless.</remarks>
    public string Lemma(int index) =>
        _lemmas[index] ??= new string(_lemmaChars, _lemmaOffsets[index], _lemmaOffsets[index + 1] - _lemmaOffsets[index]);

    /// <summary>Asks the processor to start loading the slot <see cref="Lemma"/> reads for <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void PrefetchLemma(int index)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref _lemmas[index]));
        }
    }

    /// <summary>Everything needed to write a model, as training produces it.</summary>
    public sealed record Parts(
        ulong[] FeatureKeys, sbyte[] Weights, byte[] Shifts, ulong[] LexiconKeys, int[] LexiconMasks,
        ulong[] LemmaKeys, string[] Lemmas, ulong[] RuleKeys, byte[] RuleStrip, string[] RuleAppend);

    public static void Write(Stream stream, Parts parts)
    {
        var (lemmaChars, lemmaOffsets) = Pack(parts.Lemmas);
        var (ruleChars, ruleOffsets) = Pack(parts.RuleAppend);
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Version);
        w.Write(TagSet.Count);
        w.Write(parts.FeatureKeys.Length);
        w.Write(parts.LexiconKeys.Length);
        w.Write(parts.LemmaKeys.Length);
        w.Write(lemmaChars.Length);
        w.Write(parts.RuleKeys.Length);
        w.Write(ruleChars.Length);
        w.Write(MemoryMarshal.AsBytes(parts.FeatureKeys.AsSpan()));
        w.Write(MemoryMarshal.AsBytes(parts.Weights.AsSpan()));
        w.Write(parts.Shifts);
        w.Write(MemoryMarshal.AsBytes(parts.LexiconKeys.AsSpan()));
        w.Write(MemoryMarshal.AsBytes(parts.LexiconMasks.AsSpan()));
        w.Write(MemoryMarshal.AsBytes(parts.LemmaKeys.AsSpan()));
        w.Write(MemoryMarshal.AsBytes(lemmaOffsets.AsSpan()));
        w.Write(MemoryMarshal.AsBytes(lemmaChars.AsSpan()));
        w.Write(MemoryMarshal.AsBytes(parts.RuleKeys.AsSpan()));
        w.Write(parts.RuleStrip);
        w.Write(MemoryMarshal.AsBytes(ruleOffsets.AsSpan()));
        w.Write(MemoryMarshal.AsBytes(ruleChars.AsSpan()));
    }

    /// <exception cref="InvalidDataException">The stream is not a model this version can read.</exception>
    public static PartOfSpeechModel Read(Stream stream)
    {
        Span<int> header = stackalloc int[9];
        stream.ReadExactly(MemoryMarshal.AsBytes(header));
        if ((uint)header[0] != Magic || header[1] != Version || header[2] != TagSet.Count)
        {
            throw new InvalidDataException("Not a Dossier part-of-speech model of this version.");
        }
        for (int i = 3; i < header.Length; i++)
        {
            if (header[i] < 0 || header[i] > 1 << 26)
            {
                throw new InvalidDataException("The part-of-speech model's header is damaged.");
            }
        }
        int rows = header[3], lexiconCount = header[4], lemmaCount = header[5], lemmaCharCount = header[6];
        int ruleCount = header[7], ruleCharCount = header[8];

        var keys = Block<ulong>(stream, rows);
        var weights = Block<sbyte>(stream, rows * WeightRows.Width);
        var shifts = Block<byte>(stream, rows * 2);
        var lexiconKeys = Block<ulong>(stream, lexiconCount);
        var masks = Block<int>(stream, lexiconCount);
        var lemmaKeys = Block<ulong>(stream, lemmaCount);
        var lemmaOffsets = Block<int>(stream, lemmaCount + 1);
        var lemmaChars = Block<char>(stream, lemmaCharCount);
        var ruleKeys = Block<ulong>(stream, ruleCount);
        var strip = Block<byte>(stream, ruleCount);
        var ruleOffsets = Block<int>(stream, ruleCount + 1);
        var ruleChars = Block<char>(stream, ruleCharCount);
        CheckOffsets(lemmaOffsets, lemmaCharCount);
        CheckOffsets(ruleOffsets, ruleCharCount);

        var append = new string[ruleCount];
        for (int i = 0; i < ruleCount; i++)
        {
            append[i] = new string(ruleChars, ruleOffsets[i], ruleOffsets[i + 1] - ruleOffsets[i]);
        }
        return new PartOfSpeechModel(
            new WeightRows(keys, weights, shifts), new HashIndex(lexiconKeys, masks),
            HashIndex.OfPositions(lemmaKeys), lemmaChars, lemmaOffsets, HashIndex.OfPositions(ruleKeys), strip, append);
    }

    private static T[] Block<T>(Stream stream, int count) where T : unmanaged
    {
        var items = GC.AllocateUninitializedArray<T>(count);
        stream.ReadExactly(MemoryMarshal.AsBytes(items.AsSpan()));
        return items;
    }

    private static void CheckOffsets(int[] offsets, int length)
    {
        int last = 0;
        foreach (int offset in offsets)
        {
            if (offset < last || offset > length)
            {
                throw new InvalidDataException("The part-of-speech model's string offsets are damaged.");
            }
            last = offset;
        }
    }

    private static (char[] Chars, int[] Offsets) Pack(string[] strings)
    {
        var offsets = new int[strings.Length + 1];
        var chars = new StringBuilder();
        for (int i = 0; i < strings.Length; i++)
        {
            offsets[i] = chars.Length;
            chars.Append(strings[i]);
        }
        offsets[^1] = chars.Length;
        return (chars.ToString().ToCharArray(), offsets);
    }
}
