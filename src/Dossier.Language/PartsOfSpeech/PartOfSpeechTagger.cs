using System.Buffers;
using System.Diagnostics;
using Dossier.Core;
using Dossier.Core.Models;
using Dossier.Core.Tokens;

namespace Dossier.Language.PartsOfSpeech;

/// <summary>Universal part-of-speech tagger: two averaged perceptrons (left to right and right to left) over hashed word,
/// affix, shape and context features, whose scores are summed per token and, where a token stays in doubt, over the
/// sentence (<see cref="CandidateLattice"/>).</summary>
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

    [ThreadStatic]
    private static CandidateLattice? t_lattice;

    private readonly PartOfSpeechModel _model;

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
        Lemmatizer.Lemmas(text, starts, ends, tags, tokens.Lemmas.AsSpan(first, count));
    }

    /// <remarks>
    /// Two greedy passes: the left-to-right model tags on its own predictions to the left, keeping every token's scores
    /// of both models' static rows (probed once); then the right-to-left model adds its tag features on its own
    /// predictions to the right, and each token takes the tag with the best sum of the two models' scores. Where a
    /// runner-up comes within <see cref="CandidateLattice.Margin"/> of that, the lattice re-decides the sentence with
    /// both models scoring each candidate sequence as their context.
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
        var lattice = t_lattice ??= new CandidateLattice();
        lattice.Begin(n);
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
                lattice.SetLeftTag(i, only);
                continue;
            }
            int k = features.Static(i, buffer);
            k += features.Dynamic(i, previous, beforePrevious, buffer[k..]);
            int hits = table.Probe(buffer[..k], found);
            var row = scores.Slice(i * WeightRows.Width, WeightRows.Width);
            table.Score(found[..hits], row);
            beforePrevious = previous;
            previous = ArgMax(row[..TagSet.Count]);
            lattice.SetLeftTag(i, previous);
        }
        int next = -1, afterNext = -2;
        for (int i = n - 1; i >= 0; i--)
        {
            int ambiguity = features.AmbiguityOf(i);
            if ((ambiguity & Unambiguous) != 0)
            {
                afterNext = next;
                next = System.Numerics.BitOperations.TrailingZeroCount(ambiguity & TagBits);
                lattice.Settle(i, next);
                continue;
            }
            int k = features.Backward(i, next, afterNext, buffer);
            int hits = table.Probe(buffer[..k], found);
            table.Score(found[..hits], extra);
            var row = scores.Slice(i * WeightRows.Width, WeightRows.Width);
            int right = 0, best = 0, second = -1;
            int rightScore = int.MinValue, bestScore = int.MinValue, secondScore = int.MinValue;
            for (int c = 0; c < TagSet.Count; c++)
            {
                int r = row[TagSet.Count + c] + extra[TagSet.Count + c];
                if (r > rightScore)
                {
                    rightScore = r;
                    right = c;
                }
                int sum = row[c] + r;
                if (sum > bestScore)
                {
                    secondScore = bestScore;
                    second = bestScore == int.MinValue ? -1 : best;
                    bestScore = sum;
                    best = c;
                }
                else if (sum > secondScore)
                {
                    secondScore = sum;
                    second = c;
                }
            }
            tags[i] = TagSet.TagOf(best);
            lattice.Offer(i, best, bestScore, second, secondScore);
            afterNext = next;
            next = right;
        }
        if (lattice.HasOpen)
        {
            lattice.Decode(features, table, tags);
        }
    }

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
