using System.Buffers;
using System.Diagnostics;
using Dossier.Core;
using Dossier.Core.Models;
using Dossier.Core.Tokens;

namespace Dossier.Language.PartsOfSpeech;

/// <summary>Universal part-of-speech tagger: two greedy averaged perceptrons (left to right and right to left) over hashed
/// word, affix, shape and context features, whose scores are summed per token.</summary>
/// <remarks>
/// Pure prediction: <see cref="Tag(ReadOnlySpan{char}, ReadOnlySpan{int}, ReadOnlySpan{int}, Span{PartOfSpeech})"/>
/// fills a span of tags for one sentence; <see cref="Tag(Document, CancellationToken)"/> writes the tags and lemmas of a whole document.
/// Instances are immutable and safe to share across threads; each call keeps its scratch state on its own.
/// </remarks>
public sealed class PartOfSpeechTagger
{
    /// <summary>The model folder name under <c>models/</c>.</summary>
    public const string ModelName = "pos";

    /// <summary>The model file inside that folder.</summary>
    public const string ModelFile = "pos.bin";

    /// <summary>Lexicon flag: the word is frequent and (almost) always had one tag in training.</summary>
    internal const int Unambiguous = 1 << 30;

    /// <summary>Lexicon bits below this shift are the tags the word had in training.</summary>
    internal const int TagBits = (1 << TagSet.Count) - 1;

    /// <summary>Lexicon entries carry the word's WordNet classes (<see cref="WordNetClass"/>) from this bit up.</summary>
    internal const int WordNetShift = TagSet.Count;

    /// <summary>The word's 2-bit capitalisation band (0 unknown, 1 lower case, 2 mixed, 3 capitalised; from raw text and the
    /// training text, see <c>CapitalisationCounts</c>) as lexicon bits: bit 29 and the sign bit, the two that the tag,
    /// WordNet and unambiguous bits leave free.</summary>
    internal static int CaseBandBits(int band) => ((band & 1) << 29) | ((band >> 1) << 31);

    /// <summary>The band stored by <see cref="CaseBandBits"/>.</summary>
    internal static int CaseBand(int entry) => ((entry >> 29) & 1) | (int)(((uint)entry >> 31) << 1);

    private static readonly Lazy<PartOfSpeechTagger> s_default = new(() => Load());

    // Each thread reuses one set of per-sentence arrays (grown to its longest sentence), so tagging a document
    // allocates nothing beyond the lemmas; a call never re-enters the tagger, so one set per thread suffices.
    [ThreadStatic]
    private static SentenceFeatures? t_features;

    private readonly PartOfSpeechModel _model;

    // EXPERIMENT (session 14): joint decoding of the two directions' summed scores over a few candidate tags per token.
    private static readonly bool s_joint = SentenceFeatures.Experiment.Contains('v');
    private static readonly int s_jointMargin = int.TryParse(Environment.GetEnvironmentVariable("DOSSIER_POS_V_MARGIN"), out int m) ? m : 16384;
    private static readonly int s_jointK = int.TryParse(Environment.GetEnvironmentVariable("DOSSIER_POS_V_K"), out int kk) ? kk : 2;
    private static readonly bool s_jointAll = SentenceFeatures.Experiment.Contains('w');
    private static readonly int s_jointQuarters = int.TryParse(Environment.GetEnvironmentVariable("DOSSIER_POS_V_LAMBDA"), out int lq) ? lq : 4;
    private static readonly int s_jointAlpha = int.TryParse(Environment.GetEnvironmentVariable("DOSSIER_POS_V_ALPHA"), out int al) ? al : 4;
    private static readonly int s_jointSoft = int.TryParse(Environment.GetEnvironmentVariable("DOSSIER_POS_V_SOFT"), out int sf) ? sf : 0;
    private static readonly bool s_jointNormal = SentenceFeatures.Experiment.Contains('m');
    private static readonly bool s_jointClass = SentenceFeatures.Experiment.Contains('c');
    private static readonly bool s_jointFactorsAll = SentenceFeatures.Experiment.Contains('x');
    [ThreadStatic]
    private static JointScratch? t_joint;

    internal PartOfSpeechTagger(PartOfSpeechModel model)
    {
        _model = model;
        Lemmatizer = new Lemmatizer(model);
    }

    /// <summary>The tagger of the embedded model, loaded once on first use.</summary>
    public static PartOfSpeechTagger Default => s_default.Value;

    public Lemmatizer Lemmatizer { get; }

    /// <summary>How long reading the model took.</summary>
    public TimeSpan LoadTime { get; private init; }

    /// <summary>Loads <c>models/pos/pos.bin</c> from <paramref name="modelsFolder"/>, <c>DOSSIER_MODELS</c> or the embedded copy.</summary>
    /// <exception cref="FileNotFoundException">No copy of the model exists.</exception>
    public static PartOfSpeechTagger Load(string? modelsFolder = null)
    {
        var clock = Stopwatch.StartNew();
        using var stream = ModelResources.Open(typeof(PartOfSpeechTagger).Assembly, ModelName, ModelFile, modelsFolder);
        var model = PartOfSpeechModel.Read(stream);
        return new PartOfSpeechTagger(model) { LoadTime = clock.Elapsed };
    }

    /// <summary>The manifest of the model this tagger would load.</summary>
    public static ModelManifest ReadManifest(string? modelsFolder = null) =>
        ModelResources.ReadManifest(typeof(PartOfSpeechTagger).Assembly, ModelName, modelsFolder);

    /// <summary>Tags one sentence given as token offsets into <paramref name="text"/>.</summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<PartOfSpeech> tags)
    {
        var features = t_features ??= new SentenceFeatures();
        Tag(features, text, starts, ends, tags);
    }

    /// <summary>Writes <see cref="TokenLayer.Tags"/> and <see cref="TokenLayer.Lemmas"/> for every sentence of the document.</summary>
    /// <remarks>Tokens outside any sentence (a document without a sentence layer) are tagged as one sequence.</remarks>
    public void Tag(Document document, CancellationToken cancellationToken = default)
    {
        var tokens = document.Tokens;
        if (tokens.Count == 0)
        {
            return;
        }
        var features = t_features ??= new SentenceFeatures();
        var text = document.Text.AsSpan();
        if (document.Sentences.Length == 0)
        {
            TagRange(features, text, tokens, 0, tokens.Count);
            return;
        }
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TagRange(features, text, tokens, sentence.FirstToken, sentence.TokenCount);
        }
    }

    private void TagRange(SentenceFeatures features, ReadOnlySpan<char> text, TokenLayer tokens, int first, int count)
    {
        if (count <= 0)
        {
            return;
        }
        var starts = tokens.Starts.AsSpan(first, count);
        var ends = tokens.Ends.AsSpan(first, count);
        var tags = tokens.Tags.AsSpan(first, count);
        Tag(features, text, starts, ends, tags);
        var lemmas = tokens.Lemmas;
        for (int i = 0; i < count; i++)
        {
            lemmas[first + i] = Lemmatizer.Lemma(text[starts[i]..ends[i]], tags[i]);
        }
    }

    /// <remarks>
    /// Two greedy passes: the left-to-right model tags on its own predictions to the left, keeping every token's scores
    /// of both models' static rows (probed once); then the right-to-left model adds its tag features on its own
    /// predictions to the right, and each token takes the tag with the best sum of the two models' scores.
    /// </remarks>
    internal void Tag(SentenceFeatures features, ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<PartOfSpeech> tags)
    {
        int n = starts.Length;
        features.Load(text, starts, ends, _model.Lexicon);
        Span<ulong> buffer = stackalloc ulong[SentenceFeatures.MaxFeatures];
        Span<int> found = stackalloc int[SentenceFeatures.MaxFeatures];
        Span<int> extra = stackalloc int[WeightRows.Width];
        var scores = features.Scores;
        var table = _model.Rows;
        JointScratch? joint = null;
        if (s_joint)
        {
            joint = t_joint ??= new JointScratch();
            joint.Ensure(n, s_jointK);
        }
        int previous = -1, beforePrevious = -2;
        for (int i = 0; i < n; i++)
        {
            int ambiguity = features.AmbiguityOf(i);
            if ((ambiguity & Unambiguous) != 0)
            {
                // Frequent words with one tag in training ("the", ",", "said") skip both models.
                int only = System.Numerics.BitOperations.TrailingZeroCount(ambiguity & TagBits);
                tags[i] = TagSet.TagOf(only);
                beforePrevious = previous;
                previous = only;
                if (joint is not null)
                {
                    joint.LeftTags[i] = only;
                }
                continue;
            }
            int k = features.Static(i, buffer);
            k += features.Dynamic(i, previous, beforePrevious, buffer[k..]);
            int hits = table.Probe(buffer[..k], found);
            var row = scores.Slice(i * WeightRows.Width, WeightRows.Width);
            table.Score(found[..hits], row);
            beforePrevious = previous;
            previous = ArgMax(row[..TagSet.Count]);
            if (joint is not null)
            {
                joint.LeftTags[i] = previous;
            }
        }
        int next = -1, afterNext = -2;
        for (int i = n - 1; i >= 0; i--)
        {
            int ambiguity = features.AmbiguityOf(i);
            if ((ambiguity & Unambiguous) != 0)
            {
                afterNext = next;
                next = System.Numerics.BitOperations.TrailingZeroCount(ambiguity & TagBits);
                continue;
            }
            int k = features.Backward(i, next, afterNext, buffer);
            int hits = table.Probe(buffer[..k], found);
            table.Score(found[..hits], extra);
            var row = scores.Slice(i * WeightRows.Width, WeightRows.Width);
            int right = 0, best = 0;
            int rightScore = int.MinValue, bestScore = int.MinValue;
            for (int c = 0; c < TagSet.Count; c++)
            {
                int r = row[TagSet.Count + c] + extra[TagSet.Count + c];
                if (r > rightScore)
                {
                    rightScore = r;
                    right = c;
                }
                int sum = row[c] + r;
                if (joint is not null)
                {
                    joint.Sums[(i * TagSet.Count) + c] = sum;
                }
                if (sum > bestScore)
                {
                    bestScore = sum;
                    best = c;
                }
            }
            tags[i] = TagSet.TagOf(best);
            afterNext = next;
            next = right;
        }
        if (joint is not null)
        {
            JointDecode(features, joint, n, tags);
        }
    }

    /// <summary>EXPERIMENT: per-sentence scratch of the joint decoder.</summary>
    internal sealed class JointScratch
    {
        public int[] LeftTags = [];
        public int[] Sums = [];
        public int[] Candidates = [];
        public int[] Counts = [];
        public long[] Best = [];
        public byte[] Back = [];
        public bool[] Scored = [];
        public bool[] Has = [];
        public int[] StaticL = [];
        public int[] StaticR = [];
        public int K;

        public void Ensure(int n, int k)
        {
            K = k;
            if (LeftTags.Length < n || Candidates.Length < n * k)
            {
                int size = Math.Max(n, LeftTags.Length * 2);
                LeftTags = new int[size];
                Sums = new int[size * TagSet.Count];
                Candidates = new int[size * k];
                Counts = new int[size];
                Best = new long[size * k * k];
                Back = new byte[size * k * k];
                Scored = new bool[size];
                Has = new bool[size];
                StaticL = new int[size * TagSet.Count];
                StaticR = new int[size * TagSet.Count];
            }
        }
    }

    /// <summary>EXPERIMENT: second-order Viterbi over the candidates (tags within the margin of the best summed score, at most
    /// K), scoring each sequence by both models with that sequence as their context.</summary>
    private void JointDecode(SentenceFeatures features, JointScratch j, int n, Span<PartOfSpeech> tags)
    {
        int K = j.K;
        bool any = false;
        for (int i = 0; i < n; i++)
        {
            bool scored = (features.AmbiguityOf(i) & Unambiguous) == 0;
            j.Scored[i] = scored || s_jointFactorsAll;
            j.Has[i] = false;
            if (!scored)
            {
                j.Candidates[i * K] = TagSet.ClassOf(tags[i]);
                j.Counts[i] = 1;
                continue;
            }
            var sums = j.Sums.AsSpan(i * TagSet.Count, TagSet.Count);
            int count = 0;
            int best = TagSet.ClassOf(tags[i]);
            int floor = sums[best] - s_jointMargin;
            // EXPERIMENT 'c': a known word's alternatives only among the tags training gave it.
            int allowed = s_jointClass && (features.AmbiguityOf(i) & TagBits) != 0 ? features.AmbiguityOf(i) & TagBits : TagBits;
            j.Candidates[i * K] = best;
            count = 1;
            // Further candidates by descending summed score.
            while (count < K)
            {
                int pick = -1;
                for (int c = 0; c < TagSet.Count; c++)
                {
                    if (sums[c] < floor || (allowed & (1 << c)) == 0)
                    {
                        continue;
                    }
                    bool taken = false;
                    for (int q = 0; q < count; q++)
                    {
                        taken |= j.Candidates[(i * K) + q] == c;
                    }
                    if (!taken && (pick < 0 || sums[c] > sums[pick]))
                    {
                        pick = c;
                    }
                }
                if (pick < 0)
                {
                    break;
                }
                j.Candidates[(i * K) + count++] = pick;
            }
            j.Counts[i] = count;
            any |= count > 1;
        }
        if (!any && !s_jointAll)
        {
            return;
        }
        var table = _model.Rows;
        Span<ulong> buffer = stackalloc ulong[SentenceFeatures.MaxFeatures];
        Span<int> found = stackalloc int[SentenceFeatures.MaxFeatures];
        Span<int> vec = stackalloc int[WeightRows.Width];
        Span<int> staticScore = stackalloc int[TagSet.Count];
        Span<int> rightVec = stackalloc int[9 * TagSet.Count];
        var scores = features.Scores;
        for (int p = 0; p < n; p++)
        {
            int cp = j.Counts[p], cp1 = Count(j, p - 1, n), cp2 = Count(j, p - 2, n);
            bool constant = cp == 1 && cp1 == 1 && cp2 == 1 && !s_jointAll;
            // Static score of p's candidates (only differences between them matter).
            staticScore.Clear();
            if (j.Scored[p] && cp > 1 && !s_jointNormal)
            {
                int k = LeftGreedy(features, j, p, n, buffer);
                int hits = table.Probe(buffer[..k], found);
                table.Score(found[..hits], vec);
                var row = scores.Slice(p * WeightRows.Width, WeightRows.Width);
                for (int c = 0; c < TagSet.Count; c++)
                {
                    staticScore[c] = row[c] + row[TagSet.Count + c] - vec[c];
                }
            }
            // Right-to-left factor of p - 2, given (t[p-1], t[p]).
            bool right = !constant && p >= 2 && j.Scored[p - 2];
            if (right)
            {
                for (int ia = 0; ia < cp1; ia++)
                {
                    for (int ib = 0; ib < cp; ib++)
                    {
                        int k = features.Backward(p - 2, Tag(j, p - 1, ia, n, left: false), Tag(j, p, ib, n, left: false), buffer);
                        int hits = table.Probe(buffer[..k], found);
                        table.Score(found[..hits], vec);
                        if (s_jointNormal)
                        {
                            Normalise(features, j, p - 2, n, vec, right: true);
                        }
                        vec.Slice(TagSet.Count, TagSet.Count).CopyTo(rightVec.Slice(((ia * 3) + ib) * TagSet.Count, TagSet.Count));
                    }
                }
            }
            for (int ia = 0; ia < cp1; ia++)
            {
                for (int ib = 0; ib < cp; ib++)
                {
                    j.Best[(((p * K) + ia) * K) + ib] = long.MinValue;
                }
                for (int ic = 0; ic < cp2; ic++)
                {
                    long before = p == 0 ? 0 : j.Best[((((p - 1) * K) + ic) * K) + ia];
                    bool left = !constant && j.Scored[p];
                    if (left)
                    {
                        int k = features.Dynamic(p, Tag(j, p - 1, ia, n, left: true), Tag(j, p - 2, ic, n, left: true), buffer);
                        int hits = table.Probe(buffer[..k], found);
                        table.Score(found[..hits], vec);
                        if (s_jointNormal)
                        {
                            Normalise(features, j, p, n, vec, right: false);
                        }
                    }
                    for (int ib = 0; ib < cp; ib++)
                    {
                        int b = j.Candidates[(p * K) + ib];
                        long total = before + staticScore[b];
                        if (left)
                        {
                            total += (long)vec[b] * s_jointQuarters / 4;
                        }
                        if (right)
                        {
                            total += (long)rightVec[(((ia * 3) + ib) * TagSet.Count) + Tag(j, p - 2, ic, n, left: false)] * s_jointQuarters / 4;
                        }
                        int at = (((p * K) + ia) * K) + ib;
                        if (total > j.Best[at])
                        {
                            j.Best[at] = total;
                            j.Back[at] = (byte)ic;
                        }
                    }
                }
            }
        }
        // The last two tokens' right-to-left factors, with the sentence end as their right context.
        int ca = Count(j, n - 2, n), cb = j.Counts[n - 1];
        long bestTotal = long.MinValue;
        int bestA = 0, bestB = 0;
        for (int ia = 0; ia < ca; ia++)
        {
            for (int ib = 0; ib < cb; ib++)
            {
                long total = j.Best[((((n - 1) * K) + ia) * K) + ib];
                if (ca > 1 || cb > 1 || s_jointAll)
                {
                    if (n >= 2 && j.Scored[n - 2])
                    {
                        int k = features.Backward(n - 2, j.Candidates[((n - 1) * K) + ib], -1, buffer);
                        int hits = table.Probe(buffer[..k], found);
                        table.Score(found[..hits], vec);
                        if (s_jointNormal)
                        {
                            Normalise(features, j, n - 2, n, vec, right: true);
                        }
                        total += (long)vec[TagSet.Count + j.Candidates[((n - 2) * K) + ia]] * s_jointQuarters / 4;
                    }
                    if (j.Scored[n - 1])
                    {
                        int k = features.Backward(n - 1, -1, -2, buffer);
                        int hits = table.Probe(buffer[..k], found);
                        table.Score(found[..hits], vec);
                        if (s_jointNormal)
                        {
                            Normalise(features, j, n - 1, n, vec, right: true);
                        }
                        total += (long)vec[TagSet.Count + j.Candidates[((n - 1) * K) + ib]] * s_jointQuarters / 4;
                    }
                }
                if (total > bestTotal)
                {
                    bestTotal = total;
                    bestA = ia;
                    bestB = ib;
                }
            }
        }
        // Back-track: state (ia, ib) at p holds the index of t[p-2].
        for (int p = n - 1; p >= 0; p--)
        {
            tags[p] = TagSet.TagOf(j.Candidates[(p * K) + bestB]);
            int ic = j.Back[(((p * K) + bestA) * K) + bestB];
            bestB = bestA;
            bestA = ic;
        }
    }

    /// <summary>EXPERIMENT 'm': one direction's local score of every tag at <paramref name="q"/> (its static half plus the
    /// tag features in <paramref name="vec"/>), less the best of them, so a factor says how far a tag falls behind
    /// that model's own choice in this context rather than carrying the context's raw offset.</summary>
    private void Normalise(SentenceFeatures features, JointScratch j, int q, int n, Span<int> vec, bool right)
    {
        if (!j.Has[q])
        {
            Span<ulong> buffer = stackalloc ulong[SentenceFeatures.MaxFeatures];
            Span<int> found = stackalloc int[SentenceFeatures.MaxFeatures];
            Span<int> greedy = stackalloc int[WeightRows.Width];
            int k = LeftGreedy(features, j, q, n, buffer);
            int hits = _model.Rows.Probe(buffer[..k], found);
            _model.Rows.Score(found[..hits], greedy);
            var row = features.Scores.Slice(q * WeightRows.Width, WeightRows.Width);
            for (int c = 0; c < TagSet.Count; c++)
            {
                j.StaticL[(q * TagSet.Count) + c] = row[c] - greedy[c];
                j.StaticR[(q * TagSet.Count) + c] = row[TagSet.Count + c];
            }
            j.Has[q] = true;
        }
        var half = vec.Slice(right ? TagSet.Count : 0, TagSet.Count);
        var stat = (right ? j.StaticR : j.StaticL).AsSpan(q * TagSet.Count, TagSet.Count);
        int best = int.MinValue;
        for (int c = 0; c < TagSet.Count; c++)
        {
            half[c] += stat[c];
            best = Math.Max(best, half[c]);
        }
        best = (int)((long)best * s_jointAlpha / 4);
        if (s_jointSoft > 0)
        {
            // EXPERIMENT: log-sum-exp at temperature T instead of the max (a locally normalised model's log-probability).
            int top = int.MinValue;
            for (int c = 0; c < TagSet.Count; c++)
            {
                top = Math.Max(top, half[c]);
            }
            double z = 0;
            for (int c = 0; c < TagSet.Count; c++)
            {
                z += Math.Exp((half[c] - top) / (double)s_jointSoft);
            }
            best = top + (int)(Math.Log(z) * s_jointSoft);
        }
        for (int c = 0; c < TagSet.Count; c++)
        {
            half[c] -= best;
        }
    }

    private static int Count(JointScratch j, int p, int n) => p < 0 || p >= n ? 1 : j.Counts[p];

    /// <summary>The tag of candidate <paramref name="index"/> at <paramref name="p"/>; outside the sentence the padding
    /// tags the two directions use (-1 next to it, -2 beyond).</summary>
    private static int Tag(JointScratch j, int p, int index, int n, bool left) =>
        p < 0 ? p : p >= n ? (p == n ? -1 : -2) : j.Candidates[(p * j.K) + index];

    private static int LeftGreedy(SentenceFeatures features, JointScratch j, int p, int n, Span<ulong> buffer) =>
        features.Dynamic(p, p >= 1 ? j.LeftTags[p - 1] : -1, p >= 2 ? j.LeftTags[p - 2] : -2, buffer);

    private static int ArgMax(ReadOnlySpan<int> scores)
    {
        int best = 0;
        for (int c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }
        return best;
    }
}
