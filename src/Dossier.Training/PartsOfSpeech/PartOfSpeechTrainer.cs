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
    public const int Epochs = 8;

    /// <summary>How many perceptrons, on consecutive seeds, are averaged into the model when the options do not say.</summary>
    public const int DefaultEnsemble = 5;

    private const int LexiconFolds = 10;

    // Rows whose largest weight (of 32767 for the largest row) is below this barely change a score; dropping them
    // keeps the model small. With both directions' rows, 384 gave a 13 MB file; 512 keeps it near 11 MB at the same
    // tuning-split accuracy (docs/ACCURACY.md, round 9).
    private const int MinimumWeight = 512;

    // A right guess that beats the runner-up by less than this (in update steps) is still learnt from, as if wrong: the
    // models then separate close tags by a margin, which carried over to held-out text (docs/ACCURACY.md, round 10).
    private const float Margin = 3;

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
        var sentences = new List<TaggedSentence>();
        var heldOut = new List<TaggedSentence>();
        var ewt = ConlluReader.ReadFile(files[0]).ToList();
        var bySource = options.TuneSources > 1 ? SourceSplit.HeldOut(ewt, options.TuneSources) : null;
        int document = -1;
        for (int i = 0; i < ewt.Count; i++)
        {
            document += ewt[i].NewDocument || document < 0 ? 1 : 0;
            bool held = bySource is not null ? bySource[i] : tune > 1 && document % tune == tune - 1;
            (held ? heldOut : sentences).Add(TaggedCorpus.FromConllu(ewt[i]));
        }
        sentences.AddRange(TaggedCorpus.FromConllu(ConlluReader.ReadFiles(files.Skip(1))));
        var wordnet = WordNetLexicon.Read(options.ResourcesFolder);
        var capitals = CapitalisationCounts.Read(options.DataFolder, options.ResourcesFolder, log);
        log.WriteLine(options.ResourcesFolder is null
            ? "no --resources: training without WordNet classes"
            : $"WordNet: {wordnet.Count} word forms");
        int original = sentences.Count;
        for (int i = 0; i < original; i++)
        {
            if (TaggedCorpus.JoinHyphenated(sentences[i]) is { } joined)
            {
                sentences.Add(joined);
            }
        }
        log.WriteLine($"read {original} sentences (+{sentences.Count - original} with joined hyphen compounds) in {clock.Elapsed.TotalSeconds:F1}s");

        int ensemble = options.Ensemble > 0 ? options.Ensemble : DefaultEnsemble;
        var model = TrainModel(sentences, wordnet, capitals, options.Seed, ensemble, log, cancellationToken, out var parts);
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
        hashed.AddRange(capitals.Files);
        dataNames.AddRange(capitals.Sources);
        var noticePath = Path.Combine(folder, NoticeFile);
        if (options.ResourcesFolder is not null)
        {
            hashed.AddRange(WordNetLexicon.Files(options.ResourcesFolder));
            dataNames.Add($"resources/{WordNetLexicon.Folder}: WordNet 3.0 word classes (Princeton WordNet licence, see {NoticeFile})");
            File.WriteAllText(noticePath, CapitalisationCounts.Notice + WordNetLexicon.Notice(options.ResourcesFolder));
        }
        else if (File.Exists(noticePath))
        {
            File.Delete(noticePath);
        }
        var manifest = new ModelManifest(
            Name, PartOfSpeechTagger.ModelFile, HashFiles(hashed), dataNames,
            "upos-accuracy-ewt-dev", TruncatedScore(score.TagAccuracy), Math.Round(check, 4), options.Seed,
            TimeProvider.System.GetUtcNow().ToString("yyyy-MM-dd"), options.Command);
        File.WriteAllText(Path.Combine(folder, ModelManifest.FileName), manifest.ToJson() + "\n");
        log.WriteLine($"wrote {folder} ({new FileInfo(Path.Combine(folder, PartOfSpeechTagger.ModelFile)).Length / 1024} KiB) in {clock.Elapsed.TotalSeconds:F1}s");
        return manifest;
    }

    // 24140/25147 is 0.95996: rounded to four places it would read as the 0.96 target met, which it is not. The manifest
    // keeps four places cut, never rounded up.
    private static double TruncatedScore(double score) => Math.Floor(score * 10_000) / 10_000;

    /// <summary>Trains the perceptron, lexicon and lemma tables; the quantised model and the parts to write it.</summary>
    /// <param name="ensemble">
    /// How many perceptrons to train, on seeds <paramref name="seed"/>, <paramref name="seed"/> + 1, …; their averaged
    /// weights are averaged again (a missing key counts as zero) before quantising. The tagger is linear, so this is
    /// the sum of the models' scores at the cost of one.
    /// </param>
    internal static PartOfSpeechModel TrainModel(List<TaggedSentence> sentences, Dictionary<ulong, int> wordnet, CapitalisationCounts capitals, int seed, int ensemble,
        TextWriter log, CancellationToken cancellationToken, out PartOfSpeechModel.Parts parts)
    {
        var (lexiconKeys, lexiconMasks) = BuildLexicon(sentences, -1, wordnet, capitals);
        // Each sentence sees ambiguity classes built without its own fold, as unseen text sees them.
        var folds = new HashIndex[LexiconFolds];
        for (int f = 0; f < LexiconFolds; f++)
        {
            var (foldKeys, foldMasks) = BuildLexicon(sentences, f, wordnet, capitals);
            folds[f] = new HashIndex(foldKeys, foldMasks);
        }

        int models = Math.Max(1, ensemble);
        var (keys, averaged) = ModelAverage.Mean(models, seed, WeightRows.Width, s =>
        {
            log.WriteLine($"model trained on seed {s} ({s - seed + 1} of {models})");
            return TrainPerceptron(sentences, folds, s, log, cancellationToken);
        });
        var (keptKeys, quantised, shifts) = Quantise(keys, averaged, MinimumWeight);
        log.WriteLine($"kept {keptKeys.Length} of {keys.Length} feature rows after quantising");

        var lemmas = LemmaLearner.Learn(sentences);
        parts = new PartOfSpeechModel.Parts(keptKeys, quantised, shifts, lexiconKeys, lexiconMasks,
            lemmas.LemmaKeys, lemmas.Lemmas, lemmas.RuleKeys, lemmas.RuleStrip, lemmas.RuleAppend);
        using var memory = new MemoryStream();
        PartOfSpeechModel.Write(memory, parts);
        memory.Position = 0;
        return PartOfSpeechModel.Read(memory);
    }

    /// <summary>Trains the left-to-right and right-to-left averaged perceptrons on the sentences in an order shuffled by
    /// <paramref name="seed"/>: each sentence is tagged (and learnt from) left to right, then right to left, each model
    /// on its own predictions.</summary>
    /// <returns>The averaged weights, one row of <see cref="WeightRows.Width"/> per key (left-to-right tags, then
    /// right-to-left tags; zeros where a model lacks the key), keys in ascending order.</returns>
    private static (ulong[] Keys, float[] Weights) TrainPerceptron(List<TaggedSentence> sentences, HashIndex[] folds,
        int seed, TextWriter log, CancellationToken cancellationToken)
    {
        var forward = new AveragedPerceptron(TagSet.Count);
        var backward = new AveragedPerceptron(TagSet.Count);
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
            int right = 0, rightBackward = 0, total = 0;
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
                    forward.Score(active, scores);
                    int guess = ArgMax(scores);
                    int gold = TagSet.ClassOf(s.Tags[i]);
                    forward.Tick();
                    forward.Update(active, gold, Rival(scores, gold, guess));
                    right += guess == gold ? 1 : 0;
                    total++;
                    beforePrevious = previous;
                    previous = guess;
                }
                int next = -1, afterNext = -2;
                for (int i = s.Count - 1; i >= 0; i--)
                {
                    int k = features.Static(i, buffer);
                    k += features.Backward(i, next, afterNext, buffer[k..]);
                    var active = buffer[..k];
                    backward.Score(active, scores);
                    int guess = ArgMax(scores);
                    int gold = TagSet.ClassOf(s.Tags[i]);
                    backward.Tick();
                    backward.Update(active, gold, Rival(scores, gold, guess));
                    rightBackward += guess == gold ? 1 : 0;
                    afterNext = next;
                    next = guess;
                }
            }
            log.WriteLine($"epoch {epoch}: training accuracy {(double)right / total:P2} / {(double)rightBackward / total:P2} (right to left), {forward.Rows} / {backward.Rows} feature rows");
        }
        var (forwardKeys, forwardRows) = forward.Average();
        var (backwardKeys, backwardRows) = backward.Average();
        return ModelAverage.Add(forwardKeys, Widen(forwardRows, 0), backwardKeys, Widen(backwardRows, TagSet.Count), WeightRows.Width);
    }

    /// <summary>One direction's rows placed in its half of <see cref="WeightRows.Width"/>-wide rows, the other half zero.</summary>
    private static float[] Widen(float[] rows, int offset)
    {
        int count = rows.Length / TagSet.Count;
        var wide = new float[count * WeightRows.Width];
        for (int r = 0; r < count; r++)
        {
            Array.Copy(rows, r * TagSet.Count, wide, (r * WeightRows.Width) + offset, TagSet.Count);
        }
        return wide;
    }

    /// <summary>
    /// Ambiguity classes: for words seen at least twice, the tags that make up at least 1% of their uses; with every
    /// word's WordNet classes above them (words WordNet knows but training did not see have only those).
    /// </summary>
    /// <param name="leaveOut">The fold of sentences (index modulo the fold count) to leave out, or -1 for none.</param>
    private static (ulong[] Keys, int[] Masks) BuildLexicon(List<TaggedSentence> sentences, int leaveOut, Dictionary<ulong, int> wordnet, CapitalisationCounts capitals)
    {
        var counts = new Dictionary<ulong, int[]>();
        // Mid-sentence capitals: the raw text's counts plus the training text outside the left-out fold.
        var cases = new Dictionary<ulong, (int Capitalised, int Lower)>(capitals.Counts);
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
                if (i > 0 && !IsSentenceBreak(s.Word(i - 1)))
                {
                    var w = s.Text.AsSpan(s.Starts[i], s.Ends[i] - s.Starts[i]);
                    if (w.Length > 0 && char.IsLetter(w[0]) && !(char.IsUpper(w[0]) && w.Length > 1 && !HasLower(w[1..])))
                    {
                        var (cap, lower) = cases.GetValueOrDefault(key);
                        cases[key] = char.IsUpper(w[0]) ? (cap + 1, lower) : (cap, lower + 1);
                    }
                }
            }
        }
        var bands = new Dictionary<ulong, int>();
        foreach (var (key, (cap, lower)) in cases)
        {
            int band = CapitalisationCounts.Band(cap, lower);
            if (band != 0)
            {
                bands[key] = band;
            }
        }
        var distinct = new HashSet<ulong>(wordnet.Keys);
        distinct.UnionWith(bands.Keys);
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
            masks[i] = wn | PartOfSpeechTagger.CaseBandBits(bands.GetValueOrDefault(keys[i]));
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
                if (byTag[c] > 0 && byTag[c] * 100 >= total)
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
    /// Scales the averaged weights so the largest is 32767 (one scale for both directions, so their sums compare), then
    /// stores each row half as int8 values and a power of two (the smallest that fits the half's largest value in 127),
    /// so rare features' small rows keep their precision. Rows whose largest scaled weight is below
    /// <paramref name="minimum"/> are dropped.
    /// </summary>
    private static (ulong[] Keys, sbyte[] Weights, byte[] Shifts) Quantise(ulong[] keys, float[] weights, int minimum)
    {
        float max = 0;
        foreach (var w in weights)
        {
            max = Math.Max(max, Math.Abs(w));
        }
        float scale = max == 0 ? 1 : short.MaxValue / max;
        var keptKeys = new List<ulong>(keys.Length);
        var kept = new List<sbyte>(weights.Length);
        var shifts = new List<byte>(keys.Length * 2);
        Span<int> row = stackalloc int[WeightRows.Width];
        for (int r = 0; r < keys.Length; r++)
        {
            int largest = 0;
            for (int c = 0; c < WeightRows.Width; c++)
            {
                row[c] = (int)Math.Round(weights[r * WeightRows.Width + c] * scale);
                largest = Math.Max(largest, Math.Abs(row[c]));
            }
            if (largest == 0 || largest < minimum)
            {
                continue;
            }
            keptKeys.Add(keys[r]);
            for (int half = 0; half < WeightRows.Width; half += TagSet.Count)
            {
                var part = row.Slice(half, TagSet.Count);
                int halfLargest = 0;
                foreach (var v in part)
                {
                    halfLargest = Math.Max(halfLargest, Math.Abs(v));
                }
                int shift = 0;
                while (Math.Round(halfLargest / (double)(1 << shift)) > sbyte.MaxValue)
                {
                    shift++;
                }
                shifts.Add((byte)shift);
                foreach (var v in part)
                {
                    kept.Add((sbyte)Math.Round(v / (double)(1 << shift)));
                }
            }
        }
        return ([.. keptKeys], [.. kept], [.. shifts]);
    }

    /// <summary>The tag to update against: the guess when it is wrong; when it is right, the runner-up if that scores
    /// within <see cref="Margin"/> of it (a margin perceptron), else the gold tag itself, which updates nothing.</summary>
    private static int Rival(ReadOnlySpan<float> scores, int gold, int guess)
    {
        if (guess != gold)
        {
            return guess;
        }
        int second = -1;
        for (int c = 0; c < scores.Length; c++)
        {
            if (c != gold && (second < 0 || scores[c] > scores[second]))
            {
                second = c;
            }
        }
        return scores[gold] - scores[second] < Margin ? second : gold;
    }

    private static bool IsSentenceBreak(string word) => word is "." or "!" or "?" or ":" or "\"" or "``" or "''" or "(" or "-" or "--" or "*";

    private static bool HasLower(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }
        return false;
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
