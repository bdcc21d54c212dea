using System.Diagnostics;
using System.Security.Cryptography;
using Dossier.Core.Models;
using Dossier.Core.Tokens;
using Dossier.Language.PartsOfSpeech;
using Dossier.Training.Conllu;

namespace Dossier.Training.PartsOfSpeech;

/// <summary>Trains the part-of-speech tagger and lemmatizer on UD EWT train + GUM train and writes <c>models/pos/</c>.</summary>
/// <remarks>
/// Every training sentence is also seen with its hyphen-split compounds joined, because Dossier's tokenizer keeps
/// "152-mm" and "Jong-un" whole while the treebanks split them. Weights are averaged, quantised to int8 rows with a
/// power-of-two scale each, and pruned of rows whose weights are all tiny. With a resources folder, the lexicon also
/// carries every single-word WordNet form's classes (<see cref="WordNetLexicon"/>), which the tagger uses as features;
/// without one it trains the same features with every word "not in WordNet", i.e. without that knowledge.
/// </remarks>
public sealed class PartOfSpeechTrainer : IModelTrainer
{
    public static readonly int Epochs = int.TryParse(Environment.GetEnvironmentVariable("DOSSIER_POS_EPOCHS"), out var ep) ? ep : 8;

    /// <summary>How many perceptrons, on consecutive seeds, are averaged into the model when the options do not say.</summary>
    public const int DefaultEnsemble = 5;

    private const int LexiconFolds = 10;

    // TRIAL switches (temporary, removed before commit).
    private static readonly int ReviewMargin = int.TryParse(Environment.GetEnvironmentVariable("DOSSIER_POS_REVIEW_MARGIN"), out var m) ? m : 0;
    private static readonly int ReviewFolds = int.TryParse(Environment.GetEnvironmentVariable("DOSSIER_POS_REVIEW_FOLDS"), out var f) ? f : 5;
    private static readonly int ReviewEpochs = int.TryParse(Environment.GetEnvironmentVariable("DOSSIER_POS_REVIEW_EPOCHS"), out var e) ? e : 10;
    private static readonly float ReviewTrust = float.TryParse(Environment.GetEnvironmentVariable("DOSSIER_POS_REVIEW_TRUST"), System.Globalization.CultureInfo.InvariantCulture, out var t) ? t : 1f;
    private static readonly int ReviewMinimum = int.TryParse(Environment.GetEnvironmentVariable("DOSSIER_POS_REVIEW_MIN"), out var q) ? q : 1;

    // Rows whose largest weight (of 32767 for the largest row) is below this barely change a score; dropping them
    // keeps the model small.
    private static readonly int AmbiguityPerMille = int.TryParse(Environment.GetEnvironmentVariable("DOSSIER_POS_AMBIGUITY"), out var am) ? am : 10;
    private static readonly int MinimumWeight = int.TryParse(Environment.GetEnvironmentVariable("DOSSIER_POS_MIN"), out var mw) ? mw : 384;

    // Words seen this often with one tag at least 99.8% of the time are tagged from the lexicon, skipping the model.
    private const int UnambiguousCount = 50;

    /// <summary>The file beside the model naming the outside sources its lexicon was built from and their licences.</summary>
    public const string NoticeFile = "NOTICE";

    public string Name => PartOfSpeechTagger.ModelName;

    public string Description => "part-of-speech tagger and lemmatizer (UD EWT + GUM train)";

    public ModelManifest Train(TrainingOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var files = new List<string> { DataSets.EwtTrain(options.DataFolder) };
        files.AddRange(DataSets.GumTrain(options.DataFolder));
        // Tuning scores on held-out train documents, so that EWT dev is read only to compare whole configurations.
        int tune = options.TuneEvery;
        int tuneSources = options.TuneSources;
        var sentences = new List<TaggedSentence>();
        var heldOut = new List<TaggedSentence>();
        var ewt = ConlluReader.ReadFile(files[0]).ToList();
        var bySource = tuneSources > 1 ? SourceSplit.HeldOut(ewt, tuneSources) : null;
        int document = -1;
        for (int i = 0; i < ewt.Count; i++)
        {
            document += ewt[i].NewDocument || document < 0 ? 1 : 0;
            bool held = bySource is not null ? bySource[i] : tune > 1 && document % tune == tune - 1;
            (held ? heldOut : sentences).Add(TaggedCorpus.FromConllu(ewt[i]));
        }
        sentences.AddRange(TaggedCorpus.FromConllu(ConlluReader.ReadFiles(files.Skip(1))));
        var wordnet = WordNetLexicon.Read(options.ResourcesFolder);
        log.WriteLine(options.ResourcesFolder is null
            ? "no --resources: training without WordNet classes"
            : $"WordNet: {wordnet.Count} word forms");
        int original = sentences.Count;
        var origins = new List<int>(original + original / 8);
        for (int i = 0; i < original; i++)
        {
            origins.Add(i);
        }
        for (int i = 0; i < original; i++)
        {
            if (TaggedCorpus.JoinHyphenated(sentences[i]) is { } joined)
            {
                sentences.Add(joined);
                origins.Add(i);
            }
        }
        log.WriteLine($"read {original} sentences (+{sentences.Count - original} with joined hyphen compounds) in {clock.Elapsed.TotalSeconds:F1}s");

        int ensemble = options.Ensemble > 0 ? options.Ensemble : DefaultEnsemble;
        var model = TrainModel(sentences, wordnet, options.Seed, ensemble, log, cancellationToken, out var parts, out float scale);
        int margin = ReviewMargin;
        if (margin > 0)
        {
            var review = TrainReview(sentences, [.. origins], wordnet, options.Seed, margin, scale, log, cancellationToken);
            parts = parts with { Review = (review.Keys, review.Weights, review.Shifts, margin) };
            using var memory = new MemoryStream();
            PartOfSpeechModel.Write(memory, parts);
            memory.Position = 0;
            model = PartOfSpeechModel.Read(memory);
        }
        var tagger = new PartOfSpeechTagger(model);

        TaggerScore score;
        if (heldOut.Count > 0)
        {
            score = TaggerScore.Measure(tagger, heldOut);
            log.WriteLine($"TUNE held-out EWT train {(bySource is not null ? "sources" : "docs")}: UPOS {score.TagAccuracy:F4} ({score.Words} words)");
            var gum = TaggedCorpus.FromConllu(ConlluReader.ReadFiles(DataSets.GumDev(options.DataFolder)));
            log.WriteLine($"TUNE GUM dev: UPOS {TaggerScore.Measure(tagger, gum).TagAccuracy:F4}");
        }
        else
        {
            var dev = TaggedCorpus.FromConllu(ConlluReader.ReadFile(DataSets.EwtDev(options.DataFolder)));
            score = TaggerScore.Measure(tagger, dev);
            log.WriteLine($"EWT dev: UPOS {score.TagAccuracy:P2}, lemma {score.LemmaAccuracy:P2} ({score.Words} words)");
        }

        var checkPath = Path.Combine(options.ModelsFolder, "..", CheckSet.RelativePath);
        double check = 0;
        if (File.Exists(checkPath))
        {
            check = TaggerScore.Measure(tagger, CheckSet.Read(checkPath)).TagAccuracy;
            log.WriteLine($"check set: UPOS {check:P2}");
        }
        else
        {
            log.WriteLine($"no check set at {checkPath}; check score recorded as 0");
        }

        var folder = Path.Combine(options.ModelsFolder, Name);
        Directory.CreateDirectory(folder);
        using (var file = File.Create(Path.Combine(folder, PartOfSpeechTagger.ModelFile)))
        {
            PartOfSpeechModel.Write(file, parts);
        }
        var dataNames = DataNames(options.DataFolder, files);
        var hashed = new List<string>(files);
        var noticePath = Path.Combine(folder, NoticeFile);
        if (options.ResourcesFolder is not null)
        {
            hashed.AddRange(WordNetLexicon.Files(options.ResourcesFolder));
            dataNames.Add($"resources/{WordNetLexicon.Folder}: WordNet 3.0 word classes (Princeton WordNet licence, see {NoticeFile})");
            File.WriteAllText(noticePath, WordNetLexicon.Notice(options.ResourcesFolder));
        }
        else if (File.Exists(noticePath))
        {
            File.Delete(noticePath);
        }
        var manifest = new ModelManifest(
            Name, PartOfSpeechTagger.ModelFile, HashFiles(hashed), dataNames,
            "upos-accuracy-ewt-dev", Math.Round(score.TagAccuracy, 4), Math.Round(check, 4), options.Seed,
            TimeProvider.System.GetUtcNow().ToString("yyyy-MM-dd"), options.Command);
        File.WriteAllText(Path.Combine(folder, ModelManifest.FileName), manifest.ToJson() + "\n");
        log.WriteLine($"wrote {folder} ({new FileInfo(Path.Combine(folder, PartOfSpeechTagger.ModelFile)).Length / 1024} KiB) in {clock.Elapsed.TotalSeconds:F1}s");
        return manifest;
    }

    /// <summary>Trains the perceptron, lexicon and lemma tables; the quantised model and the parts to write it.</summary>
    /// <param name="ensemble">
    /// How many perceptrons to train, on seeds <paramref name="seed"/>, <paramref name="seed"/> + 1, …; their averaged
    /// weights are averaged again (a missing key counts as zero) before quantising. The tagger is linear, so this is
    /// the sum of the models' scores at the cost of one.
    /// </param>
    internal static PartOfSpeechModel TrainModel(List<TaggedSentence> sentences, Dictionary<ulong, int> wordnet, int seed, int ensemble,
        TextWriter log, CancellationToken cancellationToken, out PartOfSpeechModel.Parts parts, out float scale)
    {
        var (lexiconKeys, lexiconMasks) = BuildLexicon(sentences, -1, wordnet);
        // Each sentence sees ambiguity classes built without its own fold, as unseen text sees them.
        var folds = new HashIndex[LexiconFolds];
        for (int f = 0; f < LexiconFolds; f++)
        {
            var (foldKeys, foldMasks) = BuildLexicon(sentences, f, wordnet);
            folds[f] = new HashIndex(foldKeys, foldMasks);
        }

        int models = Math.Max(1, ensemble);
        var (keys, averaged) = ModelAverage.Mean(models, seed, TagSet.Count, s =>
        {
            log.WriteLine($"model trained on seed {s} ({s - seed + 1} of {models})");
            return TrainPerceptron(sentences, folds, s, log, cancellationToken);
        });
        var (keptKeys, quantised, shifts) = Quantise(keys, averaged, MinimumWeight, 0, out scale);
        log.WriteLine($"kept {keptKeys.Length} of {keys.Length} feature rows after quantising");

        var lemmas = LemmaLearner.Learn(sentences);
        parts = new PartOfSpeechModel.Parts(keptKeys, quantised, shifts, lexiconKeys, lexiconMasks,
            lemmas.LemmaKeys, lemmas.Lemmas, lemmas.RuleKeys, lemmas.RuleStrip, lemmas.RuleAppend);
        using var memory = new MemoryStream();
        PartOfSpeechModel.Write(memory, parts);
        memory.Position = 0;
        return PartOfSpeechModel.Read(memory);
    }

    /// <summary>
    /// Trains the second pass on jackknifed first-pass output: a first pass trained without one fold of the sentences tags
    /// that fold, and every token it is unsure of (margin below <paramref name="margin"/>) becomes a training row, so the
    /// second pass learns from the mistakes the first makes on unseen text.
    /// </summary>
    /// <param name="origins">For each sentence, the index of the sentence it was copied from (itself for originals): a
    /// hyphen-joined copy goes with its original's fold and is not tagged itself.</param>
    private static (ulong[] Keys, sbyte[] Weights, byte[] Shifts) TrainReview(List<TaggedSentence> sentences, int[] origins,
        Dictionary<ulong, int> wordnet, int seed, int margin, float firstScale, TextWriter log, CancellationToken cancellationToken)
    {
        var rows = new List<ulong[]>();
        var firsts = new List<float[]>();
        var rowFolds = new List<int>();
        var rowMargins = new List<int>();
        var golds = new List<int>();
        Span<ulong> buffer = stackalloc ulong[SentenceFeatures.MaxFeatures];
        long words = 0, scored = 0, firstRight = 0;
        var histogram = new long[16];
        for (int fold = 0; fold < ReviewFolds; fold++)
        {
            var train = new List<TaggedSentence>();
            for (int j = 0; j < sentences.Count; j++)
            {
                if (origins[j] % ReviewFolds != fold)
                {
                    train.Add(sentences[j]);
                }
            }
            var model = TrainModel(train, wordnet, seed, 1, TextWriter.Null, cancellationToken, out _, out float foldScale);
            log.WriteLine($"fold scale {foldScale}");
            var tagger = new PartOfSpeechTagger(model);
            var features = new SentenceFeatures();
            for (int j = 0; j < sentences.Count; j++)
            {
                if (origins[j] != j || j % ReviewFolds != fold)
                {
                    continue;
                }
                var s = sentences[j];
                var tags = new PartOfSpeech[s.Count];
                features.Load(s.Text, s.Starts, s.Ends, model.Lexicon);
                tagger.FirstPass(features, tags, margin);
                for (int i = 0; i < s.Count; i++)
                {
                    words++;
                    int m = features.MarginOf(i);
                    if (m != int.MaxValue)
                    {
                        histogram[Math.Clamp(63 - System.Numerics.BitOperations.LeadingZeroCount((ulong)Math.Max(1, m)) - 4, 0, 15)]++;
                    }
                    if (m >= margin)
                    {
                        continue;
                    }
                    scored++;
                    int gold = TagSet.ClassOf(s.Tags[i]);
                    firstRight += tags[i] == s.Tags[i] ? 1 : 0;
                    int k = features.Review(i, buffer);
                    rows.Add(buffer[..k].ToArray());
                    golds.Add(gold);
                    // The first pass's scores in perceptron units, weighted by how much the second pass should trust them.
                    var first = new float[TagSet.Count];
                    var kept = features.ScoresOf(i);
                    for (int c = 0; c < first.Length; c++)
                    {
                        first[c] = kept[c] / foldScale;
                    }
                    firsts.Add(first);
                    rowFolds.Add(fold);
                    rowMargins.Add(m);
                }
            }
            log.WriteLine($"review fold {fold + 1} of {ReviewFolds}: {rows.Count} rows so far");
        }
        log.WriteLine($"review rows: {scored} of {words} words ({100.0 * scored / Math.Max(1, words):F1}%) have margin < {margin}; first pass right on {100.0 * firstRight / Math.Max(1, scored):F1}% of them");
        log.WriteLine($"margin histogram (log2 buckets from 16): {string.Join(" ", histogram)}");

        int firstOnly = 0;
        for (int r = 0; r < rows.Count; r++)
        {
            firstOnly += ArgMax(firsts[r]) == golds[r] ? 1 : 0;
        }
        log.WriteLine($"first scores alone right on {100.0 * firstOnly / Math.Max(1, rows.Count):F1}% of rows; first scale {firstScale}");
        if (Environment.GetEnvironmentVariable("DOSSIER_POS_REVIEW_CHECK") == "1")
        {
            CheckReview(rows, firsts, golds, rowFolds, rowMargins, seed, log);
        }
        var perceptron = new AveragedPerceptron(TagSet.Count);
        Span<float> scores = stackalloc float[TagSet.Count];
        var order = new int[rows.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        var random = new SplitMix(seed);
        for (int epoch = 1; epoch <= ReviewEpochs; epoch++)
        {
            random.Shuffle(order);
            int right = 0;
            foreach (int r in order)
            {
                perceptron.Score(rows[r], scores);
                for (int c = 0; c < scores.Length; c++)
                {
                    scores[c] += ReviewTrust * firsts[r][c];
                }
                int guess = ArgMax(scores);
                perceptron.Tick();
                perceptron.Update(rows[r], golds[r], guess);
                right += guess == golds[r] ? 1 : 0;
            }
            log.WriteLine($"review epoch {epoch}: {100.0 * right / Math.Max(1, rows.Count):F2}% right, {perceptron.Rows} rows");
        }
        var (keys, averaged) = perceptron.Average();
        // On the first pass's integer scale divided by the trust, so the tagger adds the rows to its stored scores as they are.
        var (keptKeys, quantised, shifts) = Quantise(keys, averaged, ReviewMinimum, firstScale / ReviewTrust, out _);
        log.WriteLine($"review: kept {keptKeys.Length} of {keys.Length} rows");
        return (keptKeys, quantised, shifts);
    }

    // TRIAL: trains on the rows of all folds but the last, scores the last fold's rows.
    private static void CheckReview(List<ulong[]> rows, List<float[]> firsts, List<int> golds, List<int> rowFolds, List<int> rowMargins, int seed, TextWriter log)
    {
        int last = ReviewFolds - 1;
        var train = new List<int>();
        var test = new List<int>();
        for (int r = 0; r < rows.Count; r++)
        {
            (rowFolds[r] == last ? test : train).Add(r);
        }
        int[] applies = [4096, 8192, 16384, 32768, 65536, int.MaxValue];
        var firstRight = new int[applies.Length];
        var counts = new int[applies.Length];
        foreach (int r in test)
        {
            for (int a = 0; a < applies.Length; a++)
            {
                if (rowMargins[r] < applies[a])
                {
                    counts[a]++;
                    firstRight[a] += ArgMax(firsts[r]) == golds[r] ? 1 : 0;
                }
            }
        }
        log.WriteLine($"CHECK below {string.Join("/", applies)}: rows {string.Join("/", counts)}, first pass right {string.Join("/", firstRight)}");
        var scores = new float[TagSet.Count];
        int[] nonLexical = [0, 2, 3, 4, 5, 7, 8, 9, 11, 14, 16, 17];
        int[] tagsOnly = [0, 3, 4, 5, 8, 9, 11, 16, 17];
        foreach (var (name, subset, binary) in new (string, int[]?, bool)[] { ("all-binary", null, true), ("nonlex", nonLexical, false), ("nonlex-binary", nonLexical, true), ("tags-binary", tagsOnly, true) })
        {
            var used = new ulong[rows.Count][];
            bool cheat = Environment.GetEnvironmentVariable("DOSSIER_POS_REVIEW_CHEAT") == "1";
            for (int r = 0; r < rows.Count; r++)
            {
                if (cheat)
                {
                    // Sanity check of this harness: a feature that names the gold tag must be learnt.
                    used[r] = [.. rows[r], FeatureHash.Feature(99, (ulong)golds[r])];
                    continue;
                }
                if (subset is null)
                {
                    used[r] = rows[r];
                    continue;
                }
                used[r] = new ulong[subset.Length];
                for (int j = 0; j < subset.Length; j++)
                {
                    used[r][j] = rows[r][subset[j]];
                }
            }
            foreach (float trust in new[] { 4f, 16f, 64f })
            {
                var perceptron = new AveragedPerceptron(TagSet.Count);
                var order = train.ToArray();
                var random = new SplitMix(seed);
                var line = new System.Text.StringBuilder($"CHECK {name} trust {trust}:");
                for (int epoch = 1; epoch <= 5; epoch++)
                {
                    random.Shuffle(order);
                    foreach (int r in order)
                    {
                        perceptron.Score(used[r], scores);
                        for (int c = 0; c < scores.Length; c++)
                        {
                            scores[c] += trust * firsts[r][c];
                        }
                        var (b1, b2) = TopTwo(firsts[r]);
                        if (binary && golds[r] != b1 && golds[r] != b2)
                        {
                            continue;
                        }
                        int guess = binary ? (scores[b2] > scores[b1] ? b2 : b1) : ArgMax(scores);
                        perceptron.Tick();
                        perceptron.Update(used[r], golds[r], guess);
                    }
                    if (epoch is 1 or 2 or 5)
                    {
                        var (keys, averaged) = perceptron.Average();
                        var index = new Dictionary<ulong, int>();
                        for (int i = 0; i < keys.Length; i++)
                        {
                            index[keys[i]] = i;
                        }
                        var right = new int[applies.Length];
                        foreach (int r in test)
                        {
                            Array.Clear(scores);
                            foreach (var f in used[r])
                            {
                                if (index.TryGetValue(f, out int at))
                                {
                                    for (int c = 0; c < scores.Length; c++)
                                    {
                                        scores[c] += averaged[at * TagSet.Count + c];
                                    }
                                }
                            }
                            for (int c = 0; c < scores.Length; c++)
                            {
                                scores[c] += trust * firsts[r][c];
                            }
                            var (b1, b2) = TopTwo(firsts[r]);
                            int guess = binary ? (scores[b2] > scores[b1] ? b2 : b1) : ArgMax(scores);
                            bool ok = guess == golds[r];
                            for (int a = 0; a < applies.Length; a++)
                            {
                                right[a] += ok && rowMargins[r] < applies[a] ? 1 : 0;
                            }
                        }
                        line.Append($" e{epoch} {string.Join("/", right)}");
                    }
                }
                log.WriteLine(line.ToString());
            }
        }
    }

    private static (int Best, int Second) TopTwo(float[] scores)
    {
        int best = scores[1] > scores[0] ? 1 : 0;
        int second = 1 - best;
        for (int c = 2; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                second = best;
                best = c;
            }
            else if (scores[c] > scores[second])
            {
                second = c;
            }
        }
        return (best, second);
    }

    /// <summary>Trains one averaged perceptron on the sentences in an order shuffled by <paramref name="seed"/>.</summary>
    /// <returns>The averaged weights, one row of <see cref="TagSet.Count"/> per key, keys in ascending order.</returns>
    private static (ulong[] Keys, float[] Weights) TrainPerceptron(List<TaggedSentence> sentences, HashIndex[] folds,
        int seed, TextWriter log, CancellationToken cancellationToken)
    {
        var perceptron = new AveragedPerceptron(TagSet.Count);
        var features = new SentenceFeatures();
        Span<ulong> buffer = stackalloc ulong[SentenceFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[TagSet.Count];
        var order = new int[sentences.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        var random = new SplitMix(seed);
        for (int epoch = 1; epoch <= Epochs; epoch++)
        {
            random.Shuffle(order);
            int right = 0, total = 0;
            foreach (int index in order)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var s = sentences[index];
                features.Load(s.Text, s.Starts, s.Ends, folds[index % LexiconFolds]);
                int previous = -1, beforePrevious = -2;
                for (int i = 0; i < s.Count; i++)
                {
                    int k = features.Static(i, buffer);
                    k += features.Dynamic(i, previous, beforePrevious, buffer[k..]);
                    var active = buffer[..k];
                    perceptron.Score(active, scores);
                    int guess = ArgMax(scores);
                    int gold = TagSet.ClassOf(s.Tags[i]);
                    perceptron.Tick();
                    perceptron.Update(active, gold, guess);
                    right += guess == gold ? 1 : 0;
                    total++;
                    beforePrevious = previous;
                    previous = guess;
                }
            }
            log.WriteLine($"epoch {epoch}: training accuracy {(double)right / total:P2}, {perceptron.Rows} feature rows");
        }
        return perceptron.Average();
    }

    /// <summary>
    /// Ambiguity classes: for words seen at least twice, the tags that make up at least 1% of their uses; with every
    /// word's WordNet classes above them (words WordNet knows but training did not see have only those).
    /// </summary>
    /// <param name="leaveOut">The fold of sentences (index modulo the fold count) to leave out, or -1 for none.</param>
    private static (ulong[] Keys, int[] Masks) BuildLexicon(List<TaggedSentence> sentences, int leaveOut, Dictionary<ulong, int> wordnet)
    {
        var counts = new Dictionary<ulong, int[]>();
        for (int index = 0; index < sentences.Count; index++)
        {
            if (index % LexiconFolds == leaveOut)
            {
                continue;
            }
            var s = sentences[index];
            for (int i = 0; i < s.Count; i++)
            {
                var key = FeatureHash.Normalized(s.Text.AsSpan(s.Starts[i], s.Ends[i] - s.Starts[i]));
                if (!counts.TryGetValue(key, out var byTag))
                {
                    counts[key] = byTag = new int[TagSet.Count];
                }
                byTag[TagSet.ClassOf(s.Tags[i])]++;
            }
        }
        var distinct = new HashSet<ulong>(wordnet.Keys);
        foreach (var (key, byTag) in counts)
        {
            if (byTag.Sum() >= 2)
            {
                distinct.Add(key);
            }
        }
        var keys = distinct.ToList();
        keys.Sort();
        var masks = new int[keys.Count];
        for (int i = 0; i < keys.Count; i++)
        {
            int wn = wordnet.GetValueOrDefault(keys[i]) << PartOfSpeechTagger.WordNetShift;
            masks[i] = wn;
            // Words seen once in training carry only their WordNet classes.
            if (!counts.TryGetValue(keys[i], out var byTag))
            {
                continue;
            }
            int total = byTag.Sum();
            if (total < 2)
            {
                continue;
            }
            for (int c = 0; c < byTag.Length; c++)
            {
                if (byTag[c] > 0 && byTag[c] * 1000 >= total * AmbiguityPerMille)
                {
                    masks[i] |= 1 << c;
                }
                if (leaveOut < 0 && total >= UnambiguousCount && byTag[c] * 1000 >= total * 998)
                {
                    masks[i] = (1 << c) | PartOfSpeechTagger.Unambiguous | wn;
                    break;
                }
            }
        }
        return ([.. keys], masks);
    }

    /// <summary>
    /// Scales the averaged weights so the largest is 32767, then stores each row as int8 values and a power of two
    /// (the smallest that fits the row's largest value in 127), so rare features' small rows keep their precision.
    /// Rows whose largest scaled weight is below <paramref name="minimum"/> are dropped.
    /// </summary>
    private static (ulong[] Keys, sbyte[] Weights, byte[] Shifts) Quantise(ulong[] keys, float[] weights, int minimum)
        => Quantise(keys, weights, minimum, 0, out _);

    /// <param name="scale">The factor from weights to integers, or 0 to map the largest weight to 32767.</param>
    /// <param name="used">The factor used.</param>
    private static (ulong[] Keys, sbyte[] Weights, byte[] Shifts) Quantise(ulong[] keys, float[] weights, int minimum, float scale, out float used)
    {
        float max = 0;
        foreach (var w in weights)
        {
            max = Math.Max(max, Math.Abs(w));
        }
        if (scale == 0)
        {
            scale = max == 0 ? 1 : short.MaxValue / max;
        }
        used = scale;
        var keptKeys = new List<ulong>(keys.Length);
        var kept = new List<sbyte>(weights.Length);
        var shifts = new List<byte>(keys.Length);
        Span<int> row = stackalloc int[TagSet.Count];
        for (int r = 0; r < keys.Length; r++)
        {
            int largest = 0;
            for (int c = 0; c < TagSet.Count; c++)
            {
                row[c] = (int)Math.Round(weights[r * TagSet.Count + c] * scale);
                largest = Math.Max(largest, Math.Abs(row[c]));
            }
            if (largest == 0 || largest < minimum)
            {
                continue;
            }
            int shift = 0;
            while (Math.Round(largest / (double)(1 << shift)) > sbyte.MaxValue)
            {
                shift++;
            }
            keptKeys.Add(keys[r]);
            shifts.Add((byte)shift);
            foreach (var v in row)
            {
                kept.Add((sbyte)Math.Round(v / (double)(1 << shift)));
            }
        }
        return ([.. keptKeys], [.. kept], [.. shifts]);
    }

    private static int ArgMax(ReadOnlySpan<float> scores)
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

    /// <summary>SHA-256 over the training files' bytes, in the order read.</summary>
    internal static string HashFiles(IEnumerable<string> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            sha.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>The training files relative to the data folder, one entry per folder ("gum/train/*.conllu (150 files)").</summary>
    private static List<string> DataNames(string dataFolder, List<string> files)
    {
        var byFolder = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var f in files)
        {
            var relative = Path.GetRelativePath(dataFolder, f).Replace('\\', '/');
            var folder = relative.Contains('/') ? relative[..relative.LastIndexOf('/')] : "";
            if (!byFolder.TryGetValue(folder, out var list))
            {
                byFolder[folder] = list = [];
            }
            list.Add(relative);
        }
        var names = new List<string>();
        foreach (var (folder, list) in byFolder)
        {
            names.Add(list.Count == 1 ? list[0] : $"{folder}/*{Path.GetExtension(list[0])} ({list.Count} files)");
        }
        return names;
    }
}
