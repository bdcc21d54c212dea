using Dossier.Language.PartsOfSpeech;

namespace Dossier.Statements.Tagging;

/// <summary>The features of a second attribution pass: the first pass's labels around a token, where its cues (or sources) are, how near it came to a source, and the word.</summary>
/// <remarks>
/// The source pass (kind 1) looks only at the units where the first pass found a cue but no source (<see cref="Tokens"/>),
/// and there only at the tokens it left outside: it can add a source the first pass missed, nothing else. Held-out train
/// showed why: a small pass that could relabel everything (or every outside and source token) in paragraphs with a cue
/// lost more cues, contents and sources than it found, while the units with a cue and no source are where the first
/// pass most often misses a source it nearly chose. The cue pass (kind 2) is its mirror: units with a source but no cue,
/// where the first pass's source (and often its content) is dropped for want of a cue; its distances are to the
/// predicted source. Both look at few units, so they cost little.
/// </remarks>
internal sealed class SecondPassFeatures
{
    public const int FixedCount = 16;
    public const int LabelCount = 5;
    public const int PerToken = FixedCount + LabelCount;

    /// <summary>The feature every looked-at token has.</summary>
    public static readonly ulong Bias = FeatureHash.Feature(100, 1);

    private readonly ulong[] _fixed;
    private readonly ulong[] _word;
    private readonly byte[] _right;
    private readonly byte[] _predicted;
    private readonly byte[] _margins;

    /// <param name="first">The first pass's features of the document (words, rules' labels, quotes).</param>
    /// <param name="predicted">The first pass's labels, one per token.</param>
    /// <param name="margins">Per token, how near the first pass came to a source label (<see cref="AttributionModel.SourceMargin"/>).</param>
    /// <param name="passKind">The kind the pass may add: 1 source, 2 cue.</param>
    public SecondPassFeatures(AttributionFeatures first, List<(int First, int End, int Paragraph)> units, byte[] predicted, byte[] margins, int passKind = 1)
    {
        _predicted = predicted;
        _margins = margins;
        Kind = passKind;
        int anchor = passKind == 1 ? 2 : 1;
        int selected = 0;
        var take = new bool[units.Count];
        for (int u = 0; u < units.Count; u++)
        {
            bool cue = false, source = false;
            for (int t = units[u].First; t < units[u].End; t++)
            {
                int kind = AttributionLabel.Kind(predicted[t]);
                cue |= kind == 2;
                source |= kind == 1;
            }
            if (passKind == 1 ? cue && !source : source && !cue)
            {
                take[u] = true;
                selected += units[u].End - units[u].First;
            }
        }
        Tokens = new int[selected];
        _fixed = new ulong[selected * FixedCount];
        _word = new ulong[selected];
        _right = new byte[selected];
        var left = new byte[selected];
        var unitFlags = new byte[selected];
        int at = 0;
        for (int u = 0; u < units.Count; u++)
        {
            if (!take[u])
            {
                continue;
            }
            var (firstToken, end, _) = units[u];
            int start = at;
            byte flags = 0;
            int last = -1;
            for (int t = firstToken; t < end; t++, at++)
            {
                Tokens[at] = t;
                _word[at] = first.Word(t);
                int kind = AttributionLabel.Kind(predicted[t]);
                flags |= (byte)(kind == 0 ? 0 : 1 << (kind - 1));
                left[at] = AttributionFeatures.Bucket(last < 0 ? -1 : t - last);
                if (kind == anchor)
                {
                    last = t;
                }
            }
            last = -1;
            for (int i = at - 1; i >= start; i--)
            {
                int t = Tokens[i];
                _right[i] = AttributionFeatures.Bucket(last < 0 ? -1 : last - t);
                if (AttributionLabel.Kind(predicted[t]) == anchor)
                {
                    last = t;
                }
            }
            unitFlags.AsSpan(start, at - start).Fill(flags);
        }
        const ulong none = 0x4E4F_4E45UL;
        int n = predicted.Length;
        for (int i = 0; i < selected; i++)
        {
            int t = Tokens[i];
            ulong p = predicted[t];
            ulong pm1 = t >= 1 ? predicted[t - 1] : 9UL, pp1 = t + 1 < n ? predicted[t + 1] : 9UL;
            ulong wm1 = t >= 1 ? first.Word(t - 1) : none, wp1 = t + 1 < n ? first.Word(t + 1) : none, w0 = _word[i];
            var f = _fixed.AsSpan(i * FixedCount, FixedCount);
            f[0] = Bias;
            f[1] = FeatureHash.Feature(101, p, w0);
            f[2] = FeatureHash.Feature(102, p, pm1 << 8 | pp1);
            f[3] = FeatureHash.Feature(103, (ulong)left[i] << 8 | _right[i], p);
            f[4] = FeatureHash.Feature(104, unitFlags[i], p << 8 | first.Rule(t));
            f[5] = FeatureHash.Feature(105, _right[i], w0);
            f[6] = FeatureHash.Feature(106, left[i], w0);
            f[7] = FeatureHash.Feature(107, p, wm1);
            f[8] = FeatureHash.Feature(108, p, wp1);
            f[9] = FeatureHash.Feature(109, p, (ulong)first.Rule(t) << 8 | first.Quote(t));
            ulong m = margins[t];
            f[10] = FeatureHash.Feature(114, m, (ulong)left[i] << 8 | _right[i]);
            f[11] = FeatureHash.Feature(115, m, p << 8 | unitFlags[i]);
            f[12] = FeatureHash.Feature(116, m, w0);
            f[13] = FeatureHash.Feature(118, (ulong)left[i] << 8 | _right[i], first.Shape(t));
            f[14] = FeatureHash.Feature(119, wm1, w0);
            f[15] = FeatureHash.Feature(120, w0, wp1);
        }
    }

    /// <summary>The labels the pass chooses from: outside or source (the first pass's cues and contents stay).</summary>
    public const int Labels = 3;

    /// <summary>Whether the pass labels a token the first pass labelled <paramref name="predicted"/> again: only outside ones.</summary>
    public static bool Relabels(int predicted) => predicted == AttributionLabel.Outside;

    /// <summary>The kind the pass adds: 1 source, 2 cue.</summary>
    public int Kind { get; }

    /// <summary>A label of the document as one of the pass's own (outside, begin, inside of its kind).</summary>
    public int ToPass(int label) => AttributionLabel.Kind(label) == Kind ? label - AttributionLabel.Begin(Kind) + 1 : AttributionLabel.Outside;

    /// <summary>One of the pass's own labels as a label of the document.</summary>
    public int FromPass(int label) => label == 0 ? AttributionLabel.Outside : AttributionLabel.Begin(Kind) + label - 1;

    /// <summary>The tokens the pass looks at, in document order.</summary>
    public int[] Tokens { get; }

    /// <summary>The fixed features of the <paramref name="i"/>-th token of <see cref="Tokens"/>.</summary>
    public ReadOnlySpan<ulong> Fixed(int i) => _fixed.AsSpan(i * FixedCount, FixedCount);

    /// <summary>Writes the <paramref name="i"/>-th token's features, given the two labels before it, into <paramref name="into"/> (length <see cref="PerToken"/>).</summary>
    public void Write(int i, int previous, int previous2, Span<ulong> into)
    {
        Fixed(i).CopyTo(into);
        for (int k = 0; k < LabelCount; k++)
        {
            into[FixedCount + k] = LabelFeature(i, k, previous, previous2);
        }
    }

    /// <summary>Label feature <paramref name="k"/> of the <paramref name="i"/>-th token: the previous label with the first pass's label, the label before it, the word, the distance to the next cue, the source margin.</summary>
    public ulong LabelFeature(int i, int k, int previous, int previous2)
    {
        ulong p = _predicted[Tokens[i]];
        return k switch
        {
            0 => FeatureHash.Feature(110, (ulong)previous, p),
            1 => FeatureHash.Feature(111, (ulong)previous, (ulong)previous2 << 8 | p),
            2 => FeatureHash.Feature(112, (ulong)previous, _word[i]),
            3 => FeatureHash.Feature(113, (ulong)previous, (ulong)_right[i] << 8 | p),
            _ => FeatureHash.Feature(117, (ulong)previous, _margins[Tokens[i]]),
        };
    }
}
