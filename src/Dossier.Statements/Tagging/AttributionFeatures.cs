using System.Buffers;
using Dossier.Language.PartsOfSpeech;
using Dossier.Statements.Attribution;
using Dossier.Statements.Lexicon;

namespace Dossier.Statements.Tagging;

/// <summary>The features of every token of a document for the attribution tagger: fixed ones computed once, label ones at decoding.</summary>
/// <remarks>
/// Fixed features look at the word and its neighbours, the rules' own labels, the quote a token sits in and the
/// distance to the nearest reporting word of its unit. Label features pair the previous labels with a few of these.
/// Training and tagging build features here and nowhere else, so the two cannot drift apart.
/// The fixed features' arrays are rented; <see cref="Dispose"/> returns them when the features are no longer read (the
/// tagger, once per document). Features kept for training are simply never disposed.
/// </remarks>
internal sealed class AttributionFeatures : IDisposable
{
    public const int FixedCount = 34;
    public const int LabelCount = 8;
    public const int PerToken = FixedCount + LabelCount;

    private const int MaxDistance = 40;

    private ulong[] _wide;
    private ushort[] _codes;
    private readonly ulong[] _word;
    private readonly byte[] _rule;
    private readonly byte[] _quote;
    private readonly byte[] _left;
    private readonly byte[] _right;
    private readonly bool[] _unitStart;
    private readonly byte[] _rate;
    private readonly ulong[] _wordSecond;
    private readonly ulong[] _shape;

    /// <param name="cueRates">Per token, the bucket of how often its word is a cue in training (<see cref="CueRates"/>).</param>
    public AttributionFeatures(TokenView v, List<(int First, int End, int Paragraph)> units, byte[] ruleLabels, byte[] cueRates)
        : this(v, units, ruleLabels, cueRates, null)
    {
    }

    /// <summary>Features with each token's cue rate from <paramref name="model"/>'s table (the word is hashed once for both).</summary>
    public AttributionFeatures(TokenView v, List<(int First, int End, int Paragraph)> units, byte[] ruleLabels, AttributionModel model)
        : this(v, units, ruleLabels, new byte[v.Count], model)
    {
    }

    private AttributionFeatures(TokenView v, List<(int First, int End, int Paragraph)> units, byte[] ruleLabels, byte[] cueRates, AttributionModel? model)
    {
        int n = v.Count;
        Count = n;
        // Every slot of both is written below for every token, so the rented arrays need no clearing.
        _wide = ArrayPool<ulong>.Shared.Rent(n * WideCount);
        _codes = ArrayPool<ushort>.Shared.Rent(n * SmallFixedCount);
        _word = new ulong[n];
        _wordSecond = new ulong[n];
        _rule = ruleLabels;
        _quote = new byte[n];
        _left = new byte[n];
        _right = new byte[n];
        _unitStart = new bool[n];
        _rate = cueRates;
        var left2 = new byte[n];
        var right2 = new byte[n];
        var leftRate = new byte[n];
        var rightRate = new byte[n];
        var leftWord = new ulong[n];
        var rightWord = new ulong[n];
        var unitFlags = new byte[n];
        var suffix = new ulong[n];
        var shape = new ulong[n];
        _shape = shape;
        var lex = new byte[n];
        int high = 0;
        for (int t = 0; t < n; t++)
        {
            high |= _rule[t];
            var w = v.Word(t);
            _word[t] = FeatureHash.Normalized(w);
            _wordSecond[t] = FeatureHash.Second(31, _word[t]);
            model?.PrefetchRate(_word[t]);
            suffix[t] = FeatureHash.Suffix(w);
            shape[t] = FeatureHash.Shape(w);
            _quote[t] = (byte)(v.IsQuoteMark(t) ? 2 : v.InQuote(t) ? 1 : 0);
            lex[t] = v.IsWord(t) && StatementLexicon.CueLookup.TryGetValue(w, out var info) ? (byte)(1 + (int)info.Class) : (byte)0;
        }
        // The rates are read a pass after their slots were asked for: one table miss a token otherwise.
        for (int t = 0; t < n; t++)
        {
            if (model is not null)
            {
                _rate[t] = model.RateOf(_word[t]);
            }
            high |= _rate[t] | lex[t];
        }
        if (high >= 16)
        {
            // The small fixed templates keep each value in four bits of a code (SmallFixedFeature).
            throw new ArgumentException("rule labels, cue rates and cue classes must be below 16", nameof(ruleLabels));
        }
        foreach (var (first, end, _) in units)
        {
            _unitStart[first] = true;
            int last = -1;
            for (int t = first; t < end; t++)
            {
                _left[t] = Bucket(last < 0 ? -1 : t - last);
                if (lex[t] != 0 || _rule[t] is AttributionLabel.BeginCue or AttributionLabel.InCue)
                {
                    last = t;
                }
            }
            last = -1;
            for (int t = end - 1; t >= first; t--)
            {
                _right[t] = Bucket(last < 0 ? -1 : last - t);
                if (lex[t] != 0 || _rule[t] is AttributionLabel.BeginCue or AttributionLabel.InCue)
                {
                    last = t;
                }
            }
            // The same distances to words that training saw as cues often, with how often and which word.
            byte flags = (byte)(first == 0 ? 1 : 0);
            for (int t = first; t < end; t++)
            {
                flags |= (byte)(_quote[t] != 0 ? 2 : 0);
            }
            flags |= (byte)(v.IsPunct(end - 1) ? 0 : 4);
            unitFlags.AsSpan(first, end - first).Fill(flags);
            last = -1;
            for (int t = first; t < end; t++)
            {
                left2[t] = Bucket(last < 0 ? -1 : t - last);
                leftRate[t] = last < 0 ? (byte)0 : _rate[last];
                leftWord[t] = last < 0 ? 0 : _word[last];
                if (_rate[t] >= StrongRate)
                {
                    last = t;
                }
            }
            last = -1;
            for (int t = end - 1; t >= first; t--)
            {
                right2[t] = Bucket(last < 0 ? -1 : last - t);
                rightRate[t] = last < 0 ? (byte)0 : _rate[last];
                rightWord[t] = last < 0 ? 0 : _word[last];
                if (_rate[t] >= StrongRate)
                {
                    last = t;
                }
            }
        }
        const ulong none = 0x4E4F_4E45UL;
        for (int t = 0; t < n; t++)
        {
            ulong wm2 = t >= 2 ? _word[t - 2] : none, wm1 = t >= 1 ? _word[t - 1] : none, w0 = _word[t];
            ulong wp1 = t + 1 < n ? _word[t + 1] : none, wp2 = t + 2 < n ? _word[t + 2] : none;
            int rm1 = t >= 1 ? _rule[t - 1] : 9, rp1 = t + 1 < n ? _rule[t + 1] : 9;
            int qm1 = t >= 1 ? _quote[t - 1] : 9, qp1 = t + 1 < n ? _quote[t + 1] : 9;
            int lm1 = t >= 1 ? lex[t - 1] : 9, lp1 = t + 1 < n ? lex[t + 1] : 9;
            int am1 = t >= 1 ? _rate[t - 1] : 9, ap1 = t + 1 < n ? _rate[t + 1] : 9, ap2 = t + 2 < n ? _rate[t + 2] : 9;
            int rule = _rule[t], rate = _rate[t];
            var w = _wide.AsSpan(t * WideCount, WideCount);
            var c = _codes.AsSpan(t * SmallFixedCount, SmallFixedCount);
            // In feature order (see FixedFeature): templates 0–9 and 41–44 where their values are words, codes for the rest.
            c[0] = 1;
            w[0] = FeatureHash.Feature(1, w0);
            w[1] = FeatureHash.Feature(2, wm1);
            w[2] = FeatureHash.Feature(3, wp1);
            w[3] = FeatureHash.Feature(4, wm2);
            w[4] = FeatureHash.Feature(5, wp2);
            w[5] = FeatureHash.Feature(6, wm1, w0);
            w[6] = FeatureHash.Feature(7, w0, wp1);
            w[7] = FeatureHash.Feature(8, suffix[t]);
            w[8] = FeatureHash.Feature(9, shape[t]);
            c[1] = (ushort)rule;
            c[2] = (ushort)(rm1 << 4 | rule);
            c[3] = (ushort)(rule << 4 | rp1);
            w[9] = FeatureHash.Feature(13, (ulong)rule, w0);
            c[4] = (ushort)(lex[t] << 8 | lm1 << 4 | lp1);
            c[5] = (ushort)(_quote[t] << 8 | qm1 << 4 | qp1);
            c[6] = _left[t];
            c[7] = _right[t];
            c[8] = (ushort)(_left[t] << 4 | _right[t]);
            w[10] = FeatureHash.Feature(19, _unitStart[t] ? 1UL : 0UL, shape[t]);
            w[11] = FeatureHash.Feature(20, _left[t], w0);
            w[12] = FeatureHash.Feature(21, _right[t], w0);
            c[9] = (ushort)(rate << 4 | lex[t]);
            c[10] = (ushort)(am1 << 8 | rate << 4 | ap1);
            c[11] = (ushort)(left2[t] << 4 | leftRate[t]);
            c[12] = (ushort)(right2[t] << 4 | rightRate[t]);
            w[13] = FeatureHash.Feature(26, shape[t], (ulong)(ap1 << 8 | ap2));
            ulong wm3 = t >= 3 ? _word[t - 3] : none, wp3 = t + 3 < n ? _word[t + 3] : none;
            w[14] = FeatureHash.Feature(27, wp1, wp2);
            w[15] = FeatureHash.Feature(28, wm2, wm1);
            w[16] = FeatureHash.Feature(29, wm3);
            w[17] = FeatureHash.Feature(41, wp3);
            w[18] = FeatureHash.Feature(42, left2[t], leftWord[t]);
            w[19] = FeatureHash.Feature(43, right2[t], rightWord[t]);
            c[13] = (ushort)(unitFlags[t] << 8 | rate << 4 | rule);
        }
    }

    /// <summary>Of the <see cref="FixedCount"/> fixed features, those whose values include a word, a suffix or a shape: hashed per token.</summary>
    public const int WideCount = 20;

    /// <summary>Of the fixed features, those whose values are all small (labels, buckets, rates, flags): kept as codes (<see cref="SmallFixedFeature"/>).</summary>
    public const int SmallFixedCount = FixedCount - WideCount;

    /// <summary>Per fixed feature in order, the small fixed template it is (0 to <see cref="SmallFixedCount"/> − 1), or −1 for a wide one.</summary>
    /// <remarks>A model sums a token's fixed rows in this order, taking the small ones from tables it builds once (<see cref="SmallFixedDomain"/>).</remarks>
    public static ReadOnlySpan<sbyte> SmallFixedSlots =>
    [
        0, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        1, 2, 3, -1, 4, 5, 6, 7, 8, -1,
        -1, -1, 9, 10, 11, 12, -1, -1, -1, -1,
        -1, -1, -1, 13,
    ];

    /// <summary>How many codes small fixed template <paramref name="s"/> has: every value in a code is below 16, four bits each.</summary>
    public static int SmallFixedDomain(int s) => s switch
    {
        0 or 1 or 6 or 7 => 16,
        4 or 5 or 10 or 13 => 4096,
        _ => 256,
    };

    /// <summary>The hash of small fixed template <paramref name="s"/> with code <paramref name="code"/>, as the template hashes its values.</summary>
    /// <remarks>Rule labels (below 7), quote positions (below 3), cue classes (below 4), distance buckets (below 11), rate
    /// buckets (below 6), unit flags (below 8) and the "no neighbour" value 9 all fit in four bits of a code.</remarks>
    public static ulong SmallFixedFeature(int s, int code)
    {
        ulong hi = (ulong)(code >> 8), mid = (ulong)(code >> 4 & 15), lo = (ulong)(code & 15);
        return s switch
        {
            0 => FeatureHash.Feature(0, (ulong)code),
            1 => FeatureHash.Feature(10, (ulong)code),
            2 => FeatureHash.Feature(11, mid, lo),
            3 => FeatureHash.Feature(12, mid, lo),
            4 => FeatureHash.Feature(14, hi, mid << 8 | lo),
            5 => FeatureHash.Feature(15, hi, mid << 8 | lo),
            6 => FeatureHash.Feature(16, (ulong)code),
            7 => FeatureHash.Feature(17, (ulong)code),
            8 => FeatureHash.Feature(18, mid, lo),
            9 => FeatureHash.Feature(22, mid, lo),
            10 => FeatureHash.Feature(23, hi << 8 | mid, lo),
            11 => FeatureHash.Feature(24, mid, lo),
            12 => FeatureHash.Feature(25, mid, lo),
            13 => FeatureHash.Feature(44, hi, mid << 8 | lo),
            _ => throw new ArgumentOutOfRangeException(nameof(s)),
        };
    }

    public int Count { get; }

    /// <summary>Token <paramref name="t"/>'s word hash.</summary>
    public ulong Word(int t) => _word[t];

    /// <summary>Token <paramref name="t"/>'s word shape hash.</summary>
    public ulong Shape(int t) => _shape[t];

    /// <summary>Token <paramref name="t"/>'s label from the rules.</summary>
    public byte Rule(int t) => _rule[t];

    /// <summary>Token <paramref name="t"/>'s quote position: 0 outside, 1 inside, 2 a quote mark.</summary>
    public byte Quote(int t) => _quote[t];


    /// <summary>Writes token <paramref name="t"/>'s fixed features (<see cref="FixedCount"/> hashes), the same whatever the labels before it, into <paramref name="into"/>.</summary>
    public void Fixed(int t, Span<ulong> into)
    {
        var wide = Wide(t);
        var codes = SmallCodes(t);
        var slots = SmallFixedSlots;
        for (int j = 0, wi = 0; j < FixedCount; j++)
        {
            into[j] = slots[j] < 0 ? wide[wi++] : SmallFixedFeature(slots[j], codes[slots[j]]);
        }
    }

    /// <summary>Returns the fixed features' arrays to the pool; the features must not be read after.</summary>
    public void Dispose()
    {
        if (_wide.Length > 0)
        {
            ArrayPool<ulong>.Shared.Return(_wide);
            ArrayPool<ushort>.Shared.Return(_codes);
            _wide = [];
            _codes = [];
        }
    }

    /// <summary>Token <paramref name="t"/>'s wide fixed features (<see cref="WideCount"/> hashes), in feature order.</summary>
    public ReadOnlySpan<ulong> Wide(int t) => _wide.AsSpan(t * WideCount, WideCount);

    /// <summary>Token <paramref name="t"/>'s codes of the small fixed templates (<see cref="SmallFixedCount"/>), in template order.</summary>
    public ReadOnlySpan<ushort> SmallCodes(int t) => _codes.AsSpan(t * SmallFixedCount, SmallFixedCount);

    /// <summary>Writes token <paramref name="t"/>'s features, given the two labels before it, into <paramref name="into"/> (length <see cref="PerToken"/>).</summary>
    /// <remarks>
    /// The label features in order: the previous label alone, with the word, then the <see cref="SmallLabelTemplates"/>
    /// whose second value has fewer than <see cref="SmallDomain"/> values (<see cref="SmallValues"/>), which a model can
    /// keep in a small table instead of hashing and probing them per token.
    /// </remarks>
    public void Write(int t, int previous, int previous2, Span<ulong> into)
    {
        Fixed(t, into);
        into[FixedCount] = BiasLabelFeature(previous);
        into[FixedCount + 1] = WordLabelFeature(t, previous);
        Span<byte> values = stackalloc byte[SmallLabelTemplates];
        SmallValues(t, previous2, values);
        for (int k = 0; k < SmallLabelTemplates; k++)
        {
            into[FixedCount + 2 + k] = SmallLabelFeature(k, previous, values[k]);
        }
    }

    /// <summary>The label templates after the first two: with the label before the previous, the rules' label, quote and unit start, both distances, the cue rate.</summary>
    public const int SmallLabelTemplates = 6;

    /// <summary>Every <see cref="SmallValues"/> value is below this.</summary>
    public const int SmallDomain = 16;

    /// <summary>The feature of the previous label alone.</summary>
    public static ulong BiasLabelFeature(int previous) => FeatureHash.Feature(30, (ulong)previous);

    /// <summary>The feature of small label template <paramref name="k"/> with the previous label and the token's value.</summary>
    public static ulong SmallLabelFeature(int k, int previous, int value) => FeatureHash.Feature(32 + k, (ulong)previous, (ulong)value);

    /// <summary>The feature of the previous label with token <paramref name="t"/>'s word (its word half hashed once per document).</summary>
    public ulong WordLabelFeature(int t, int previous) => FeatureHash.WithFirst((ulong)previous, _wordSecond[t]);

    /// <summary>Token <paramref name="t"/>'s values for the <see cref="SmallLabelTemplates"/>, in template order.</summary>
    public void SmallValues(int t, int previous2, Span<byte> into)
    {
        into[0] = (byte)previous2;
        into[1] = _rule[t];
        into[2] = (byte)(_quote[t] | (_unitStart[t] ? 8 : 0));
        into[3] = _left[t];
        into[4] = _right[t];
        into[5] = _rate[t];
    }

    /// <summary>The cue-rate bucket of token <paramref name="t"/>'s word.</summary>
    public byte Rate(int t) => _rate[t];

    /// <summary>Rate buckets from this one up count as cue words for the second pair of distance features.</summary>
    public const byte StrongRate = 4;

    /// <summary>The bucket of a word's cue rate: 0 unseen (or fewer than 3 times), then below 2%, 10%, 30%, 60%, and above.</summary>
    public static byte RateBucket(int cue, int total) => total < 3 ? (byte)0
        : cue * 50 < total ? (byte)1
        : cue * 10 < total ? (byte)2
        : cue * 10 < total * 3 ? (byte)3
        : cue * 10 < total * 6 ? (byte)4
        : (byte)5;

    /// <summary>The hash a word's cue rate is stored under.</summary>
    public static ulong WordKey(ReadOnlySpan<char> word) => FeatureHash.Normalized(word);

    /// <summary>Per token of <paramref name="v"/>, the cue-rate bucket of its word in <paramref name="rates"/>.</summary>
    public static byte[] CueRates(TokenView v, System.Collections.Frozen.FrozenDictionary<ulong, byte> rates)
    {
        var result = new byte[v.Count];
        if (rates.Count == 0)
        {
            return result;
        }
        for (int t = 0; t < result.Length; t++)
        {
            result[t] = rates.GetValueOrDefault(WordKey(v.Word(t)));
        }
        return result;
    }

    internal static byte Bucket(int distance) => distance switch
    {
        < 0 => 0,
        0 => 1,
        1 => 2,
        2 => 3,
        3 => 4,
        <= 5 => 5,
        <= 8 => 6,
        <= 12 => 7,
        <= 20 => 8,
        <= MaxDistance => 9,
        _ => 10,
    };
}
