using Dossier.Core.Tokens;

namespace Dossier.Language.PartsOfSpeech;

/// <summary>The tags left open after the tagger's two greedy passes (a token's best summed tag, and its runner-up where
/// that scores within <see cref="Margin"/>), and the search that chooses among them one sequence for the whole sentence.</summary>
/// <remarks>
/// The greedy passes give each direction its own predictions as context, so the two directions can build on different
/// neighbours. Here every sequence of candidates is scored by both models with that sequence as their context: a token's
/// left-to-right factor depends on it and the two tags before it, its right-to-left factor on it and the two tags after
/// it, so a second-order Viterbi over at most two tags a token finds the best sequence exactly.
/// Each factor is locally normalised: a direction's score of every tag at a token (its static rows plus its tag features
/// in that context) less their log-sum-exp at <see cref="Temperature"/>. Raw perceptron scores carry an offset that
/// depends on the context; summed over neighbours it rewards contexts with large weights rather than good tags (tried
/// raw, it traded GUM's genres for EWT's). Exponentials and logarithms come from integer tables, so the tags never
/// depend on the machine's floating point.
/// Only factors of tokens the models scored count (words the lexicon settles are context, not factors), and a factor
/// whose three tags are all settled is the same for every sequence, so it is never computed: sentences without an open
/// token cost nothing, the others a few probes around each open token. Arrays grow to the longest sentence and are reused.
/// </remarks>
internal sealed class CandidateLattice
{
    /// <summary>A runner-up within this many score units of the best summed score (the largest weight is 32,767) stays open.</summary>
    public const int Margin = 8000;

    /// <summary>The scale of the log-sum-exp that normalises each factor, in score units.</summary>
    public const int Temperature = 16000;

    private const int Open = 2;
    private const int ExpShift = 6;
    private const int ExpOne = 1 << 20;
    private const int LogShift = 10;

    // s_exp[i] = e^(-(i << ExpShift) / Temperature) in units of 1/ExpOne, up to where it rounds to zero;
    // s_log[s] = Temperature * ln(s / 2^(20 - LogShift)) for a sum of 1 to 17 such units, shifted by LogShift.
    private static readonly int[] s_exp = BuildExp();
    private static readonly int[] s_log = BuildLog();

    private int[] _leftTags = [];
    private int[] _candidates = [];
    private int[] _counts = [];
    private bool[] _scored = [];
    private bool[] _hasStatic = [];
    private int[] _staticLeft = [];
    private int[] _staticRight = [];
    private long[] _best = [];
    private byte[] _back = [];
    private int _count;

    /// <summary>Whether a token of the sentence has two candidates.</summary>
    public bool HasOpen { get; private set; }

    /// <summary>Starts a sentence of <paramref name="n"/> tokens.</summary>
    public void Begin(int n)
    {
        if (_leftTags.Length < n)
        {
            int size = Math.Max(n, _leftTags.Length * 2);
            _leftTags = new int[size];
            _candidates = new int[size * Open];
            _counts = new int[size];
            _scored = new bool[size];
            _hasStatic = new bool[size];
            _staticLeft = new int[size * TagSet.Count];
            _staticRight = new int[size * TagSet.Count];
            _best = new long[size * Open * Open];
            _back = new byte[size * Open * Open];
        }
        _count = n;
        HasOpen = false;
    }

    /// <summary>Records the left-to-right pass's own tag at <paramref name="i"/>, the context its scores were built on.</summary>
    public void SetLeftTag(int i, int tag) => _leftTags[i] = tag;

    /// <summary>A token the lexicon settled: one candidate, no factor of its own.</summary>
    public void Settle(int i, int tag)
    {
        _candidates[i * Open] = tag;
        _counts[i] = 1;
        _scored[i] = false;
        _hasStatic[i] = false;
    }

    /// <summary>A scored token: its best summed tag, and the runner-up if it is within <see cref="Margin"/>.</summary>
    public void Offer(int i, int best, int bestScore, int second, int secondScore)
    {
        _candidates[i * Open] = best;
        _candidates[(i * Open) + 1] = second;
        bool open = second >= 0 && bestScore - secondScore <= Margin;
        _counts[i] = open ? 2 : 1;
        _scored[i] = true;
        _hasStatic[i] = false;
        HasOpen |= open;
    }

    /// <summary>Chooses the best sequence of candidates and writes it to <paramref name="tags"/>.</summary>
    /// <param name="features">The sentence's features, with the left-to-right pass's scores still in <see cref="SentenceFeatures.Scores"/>.</param>
    public void Decode(SentenceFeatures features, WeightRows table, Span<PartOfSpeech> tags)
    {
        int n = _count;
        Span<ulong> buffer = stackalloc ulong[SentenceFeatures.MaxFeatures];
        Span<int> found = stackalloc int[SentenceFeatures.MaxFeatures];
        Span<int> vector = stackalloc int[WeightRows.Width];
        Span<int> greedy = stackalloc int[WeightRows.Width];
        Span<int> right = stackalloc int[Open * Open * TagSet.Count];
        for (int p = 0; p < n; p++)
        {
            int cp = _counts[p], cp1 = CountAt(p - 1), cp2 = CountAt(p - 2);
            bool settled = cp == 1 && cp1 == 1 && cp2 == 1;
            // The right-to-left factor of p - 2, which closes once t[p-1] and t[p] are chosen.
            bool hasRight = !settled && p >= 2 && _scored[p - 2];
            if (hasRight)
            {
                for (int ia = 0; ia < cp1; ia++)
                {
                    for (int ib = 0; ib < cp; ib++)
                    {
                        int k = features.Backward(p - 2, TagAt(p - 1, ia), TagAt(p, ib), buffer);
                        Factor(features, table, p - 2, buffer[..k], found, vector, greedy, rightHalf: true);
                        vector.Slice(TagSet.Count, TagSet.Count).CopyTo(right.Slice(((ia * Open) + ib) * TagSet.Count, TagSet.Count));
                    }
                }
            }
            bool hasLeft = !settled && _scored[p];
            for (int ia = 0; ia < cp1; ia++)
            {
                for (int ib = 0; ib < cp; ib++)
                {
                    _best[State(p, ia, ib)] = long.MinValue;
                }
                for (int ic = 0; ic < cp2; ic++)
                {
                    long before = p == 0 ? 0 : _best[State(p - 1, ic, ia)];
                    if (hasLeft)
                    {
                        int k = features.Dynamic(p, TagAt(p - 1, ia), TagAt(p - 2, ic), buffer);
                        Factor(features, table, p, buffer[..k], found, vector, greedy, rightHalf: false);
                    }
                    for (int ib = 0; ib < cp; ib++)
                    {
                        long total = before;
                        if (hasLeft)
                        {
                            total += vector[_candidates[(p * Open) + ib]];
                        }
                        if (hasRight)
                        {
                            total += right[(((ia * Open) + ib) * TagSet.Count) + TagAt(p - 2, ic)];
                        }
                        int at = State(p, ia, ib);
                        if (total > _best[at])
                        {
                            _best[at] = total;
                            _back[at] = (byte)ic;
                        }
                    }
                }
            }
        }
        // The last two tokens' right-to-left factors, with the sentence end as their right context.
        int ca = CountAt(n - 2), cb = _counts[n - 1];
        bool open = ca > 1 || cb > 1;
        bool lastFactor = open && _scored[n - 1];
        if (lastFactor)
        {
            int k = features.Backward(n - 1, -1, -2, buffer);
            Factor(features, table, n - 1, buffer[..k], found, vector, greedy, rightHalf: true);
            vector.Slice(TagSet.Count, TagSet.Count).CopyTo(right[..TagSet.Count]);
        }
        long bestTotal = long.MinValue;
        int bestA = 0, bestB = 0;
        for (int ib = 0; ib < cb; ib++)
        {
            bool beforeLast = open && n >= 2 && _scored[n - 2];
            if (beforeLast)
            {
                int k = features.Backward(n - 2, _candidates[((n - 1) * Open) + ib], -1, buffer);
                Factor(features, table, n - 2, buffer[..k], found, vector, greedy, rightHalf: true);
            }
            for (int ia = 0; ia < ca; ia++)
            {
                long total = _best[State(n - 1, ia, ib)];
                if (beforeLast)
                {
                    total += vector[TagSet.Count + _candidates[((n - 2) * Open) + ia]];
                }
                if (lastFactor)
                {
                    total += right[_candidates[((n - 1) * Open) + ib]];
                }
                if (total > bestTotal || (total == bestTotal && (ia < bestA || (ia == bestA && ib < bestB))))
                {
                    bestTotal = total;
                    bestA = ia;
                    bestB = ib;
                }
            }
        }
        // Back-track: the state (t[p-1], t[p]) at p holds which candidate t[p-2] was.
        for (int p = n - 1; p >= 0; p--)
        {
            tags[p] = TagSet.TagOf(_candidates[(p * Open) + bestB]);
            int ic = _back[State(p, bestA, bestB)];
            bestB = bestA;
            bestA = ic;
        }
    }

    /// <summary>Sums the rows of <paramref name="keys"/> into <paramref name="vector"/> and turns the chosen direction's
    /// half into that direction's locally normalised score of every tag at <paramref name="q"/>.</summary>
    private void Factor(SentenceFeatures features, WeightRows table, int q, ReadOnlySpan<ulong> keys, Span<int> found,
        Span<int> vector, Span<int> greedy, bool rightHalf)
    {
        if (!_hasStatic[q])
        {
            // The first pass summed the static rows with the left-to-right tag features of its own context; take the
            // latter out again to keep each direction's static score.
            Span<ulong> context = stackalloc ulong[SentenceFeatures.MaxFeatures];
            int k = features.Dynamic(q, q >= 1 ? _leftTags[q - 1] : -1, q >= 2 ? _leftTags[q - 2] : -2, context);
            int contextHits = table.Probe(context[..k], found);
            table.Score(found[..contextHits], greedy);
            var row = features.Scores.Slice(q * WeightRows.Width, WeightRows.Width);
            for (int c = 0; c < TagSet.Count; c++)
            {
                _staticLeft[(q * TagSet.Count) + c] = row[c] - greedy[c];
                _staticRight[(q * TagSet.Count) + c] = row[TagSet.Count + c];
            }
            _hasStatic[q] = true;
        }
        int hits = table.Probe(keys, found);
        table.Score(found[..hits], vector);
        var half = vector.Slice(rightHalf ? TagSet.Count : 0, TagSet.Count);
        var fixedPart = (rightHalf ? _staticRight : _staticLeft).AsSpan(q * TagSet.Count, TagSet.Count);
        int top = int.MinValue;
        for (int c = 0; c < TagSet.Count; c++)
        {
            half[c] += fixedPart[c];
            top = Math.Max(top, half[c]);
        }
        int sum = 0;
        for (int c = 0; c < TagSet.Count; c++)
        {
            int step = (top - half[c]) >> ExpShift;
            sum += (uint)step < (uint)s_exp.Length ? s_exp[step] : 0;
        }
        int logSumExp = top + s_log[sum >> LogShift];
        for (int c = 0; c < TagSet.Count; c++)
        {
            half[c] -= logSumExp;
        }
    }

    private int CountAt(int p) => p < 0 || p >= _count ? 1 : _counts[p];

    /// <summary>Candidate <paramref name="index"/> at <paramref name="p"/>; outside the sentence the padding tags both
    /// directions use (-1 next to it, -2 beyond).</summary>
    private int TagAt(int p, int index) => p < 0 ? p : p >= _count ? (p == _count ? -1 : -2) : _candidates[(p * Open) + index];

    private static int State(int p, int previous, int current) => (((p * Open) + previous) * Open) + current;

    private static int[] BuildExp()
    {
        var table = new List<int>();
        for (int i = 0; ; i++)
        {
            int value = (int)Math.Round(Math.Exp(-(double)(i << ExpShift) / Temperature) * ExpOne);
            if (value == 0)
            {
                return [.. table];
            }
            table.Add(value);
        }
    }

    private static int[] BuildLog()
    {
        // A sum of at most TagSet.Count terms of at most ExpOne each, and at least the best tag's ExpOne.
        int size = (TagSet.Count * ExpOne >> LogShift) + 1;
        var table = new int[size];
        for (int s = 1; s < size; s++)
        {
            table[s] = (int)Math.Round(Temperature * Math.Log(s / (double)(ExpOne >> LogShift)));
        }
        return table;
    }
}
