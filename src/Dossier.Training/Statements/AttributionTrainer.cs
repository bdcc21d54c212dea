using System.Collections.Frozen;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Dossier.Core;
using Dossier.Core.Models;
using Dossier.Statements;
using Dossier.Statements.Attribution;
using Dossier.Statements.Evaluation;
using Dossier.Statements.Quotes;
using Dossier.Statements.Tagging;
using Dossier.Text.Paragraphs;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Training.Statements;

/// <summary>Trains the attribution tagger (averaged perceptron, BIO over source, cue and content) on PolNeAR train and writes <c>models/attribution/</c>.</summary>
/// <remarks>
/// The rules' own labels are features, so the tagger learns where to trust them and what they miss. Every tenth
/// training file is held out to report a score; dev is left for <c>dossier eval statements</c>. The model keeps only
/// feature hashes and weights, no corpus text. A small second pass (<see cref="SecondPassFeatures"/>) is trained on
/// the labels of first taggers that did not see the file (<see cref="Folds"/> folds) and stored with the model, and so is
/// a second one that may add a cue where the first tagger found a source but no cue.
/// </remarks>
public sealed class AttributionTrainer : IModelTrainer
{
    public const int Epochs = 10;
    // Held-out train: pruning at 1.5 and 5 kept the scores of 0.5 and 3 with 154,000 rows instead of 251,000;
    // 3 and 8 (74,000 rows) lost about a point, 6 and 15 (22,000) two to four.
    private const int MinCount = 5;
    private const float PruneBelow = 1.5f;

    public string Name => AttributionModel.Name;

    public string Description => "attribution tagger (source, cue, content; PolNeAR train)";

    public ModelManifest Train(TrainingOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var folder = Path.Combine(options.DataFolder, "polnear", "train");
        var pairs = Pairs(folder);
        var trainDocs = new List<Parsed>();
        var heldDocs = new List<Parsed>();
        for (int i = 0; i < pairs.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var parsed = Read(pairs[i].Text, pairs[i].Ann);
            (i % 10 == 9 ? heldDocs : trainDocs).Add(parsed);
        }
        // The cue-rate table comes from the training files; each training file sees the counts without its own
        // (so that rare words do not look like sure cues in training only), held-out files see the whole table.
        var totals = new Dictionary<ulong, (int Cue, int All)>();
        foreach (var d in trainDocs)
        {
            foreach (var (k, c) in d.Counts)
            {
                var old = totals.GetValueOrDefault(k);
                totals[k] = (old.Cue + c.Cue, old.All + c.All);
            }
        }
        var table = new Dictionary<ulong, byte>();
        foreach (var (k, c) in totals)
        {
            byte bucket = AttributionFeatures.RateBucket(c.Cue, c.All);
            if (bucket > 0)
            {
                table[k] = bucket;
            }
        }
        // A first tagger trained by an earlier version of the features can tag better than a retrain of the current
        // one (round 8: 0.6 cue overlap F1 apart on held-out train); with KeepFirstFrom only the second passes learn.
        var kept = options.KeepFirstFrom is { } keep ? AttributionModel.Load(keep) : null;
        var cueRates = kept?.CueRates ?? table.ToFrozenDictionary();
        var train = new List<Example>(trainDocs.Count);
        foreach (var d in trainDocs)
        {
            var rates = new byte[d.View.Count];
            for (int t = 0; t < rates.Length; t++)
            {
                var key = AttributionFeatures.WordKey(d.View.Word(t));
                var all = totals[key];
                var own = d.Counts[key];
                rates[t] = AttributionFeatures.RateBucket(all.Cue - own.Cue, all.All - own.All);
            }
            train.Add(new Example(new AttributionFeatures(d.View, d.Units, d.RuleLabels, rates), d.Gold));
        }
        var held = new List<Example>(heldDocs.Count);
        foreach (var d in heldDocs)
        {
            held.Add(new Example(new AttributionFeatures(d.View, d.Units, d.RuleLabels, AttributionFeatures.CueRates(d.View, cueRates)), d.Gold));
        }
        log.WriteLine($"read {train.Count} + {held.Count} held-out files in {clock.Elapsed.TotalSeconds:F1}s; {cueRates.Count} words in the cue-rate table");

        var model = kept is not null ? new AttributionModel(kept.Keys, kept.Weights, kept.CueRates) : Fit(train, cueRates, options.Seed, log, cancellationToken);
        double score = CueF1(model, held);
        log.WriteLine($"held-out cue token F1 {score:F4}, {model.Rows} rows; token F1 source / cue / content {Show(KindF1(model, held, null))}");
        // The second pass learns from labels like those it will see: each training file labelled by a first tagger
        // trained on the other folds, the held-out files (and documents at run time) by the full first tagger.
        var (predicted, margins) = FoldLabels(train, cueRates, options.Seed, log, cancellationToken);
        var train2 = new List<SecondExample>(train.Count);
        for (int i = 0; i < train.Count; i++)
        {
            train2.Add(new SecondExample(new SecondPassFeatures(train[i].Features, trainDocs[i].Units, predicted[i], margins[i]), predicted[i], train[i].Gold));
        }
        var held2 = new List<SecondExample>(held.Count);
        var heldMarginList = new List<byte[]>(held.Count);
        for (int i = 0; i < held.Count; i++)
        {
            var heldMargins = new byte[held[i].Gold.Length];
            var labels = model.Tag(held[i].Features, heldMargins);
            held2.Add(new SecondExample(new SecondPassFeatures(held[i].Features, heldDocs[i].Units, labels, heldMargins), labels, held[i].Gold));
            heldMarginList.Add(heldMargins);
        }
        var second = FitSecond(train2, options.Seed, log, cancellationToken);
        var train3 = new List<SecondExample>(train.Count);
        for (int i = 0; i < train.Count; i++)
        {
            train3.Add(new SecondExample(new SecondPassFeatures(train[i].Features, trainDocs[i].Units, predicted[i], margins[i], 2), predicted[i], train[i].Gold));
        }
        var secondCue = FitSecond(train3, options.Seed, log, cancellationToken);
        model = new AttributionModel(model.Keys, model.Weights, cueRates) { Second = second, SecondCue = secondCue };
        var heldUnits = heldDocs.ConvertAll(d => d.Units);
        var withPasses = KindF1(model, held, held2, heldUnits, heldMarginList);
        score = withPasses[1];
        log.WriteLine($"with the second passes ({second.Rows} source rows, {secondCue.Rows} cue rows): held-out cue token F1 {score:F4}; token F1 source / cue / content {Show(withPasses)}");

        var outFolder = Path.Combine(options.ModelsFolder, Name);
        Directory.CreateDirectory(outFolder);
        using (var stream = File.Create(Path.Combine(outFolder, AttributionModel.FileName)))
        {
            model.Write(stream);
        }
        var manifest = new ModelManifest(Name, AttributionModel.FileName, Hash(pairs), ["polnear/train (every 10th file held out)"],
            "cue-token-f1-polnear-train-heldout", Math.Round(score, 4), Math.Round(score, 4), options.Seed,
            DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), options.Command);
        File.WriteAllText(Path.Combine(outFolder, ModelManifest.FileName), manifest.ToJson());
        return manifest;
    }

    private sealed record Example(AttributionFeatures Features, byte[] Gold);

    private sealed record SecondExample(SecondPassFeatures Features, byte[] Predicted, byte[] Gold);

    /// <summary>How many folds the training files are split into for the first tagger's labels the second pass learns from.</summary>
    public const int Folds = 4;

    private static (byte[][] Labels, byte[][] Margins) FoldLabels(List<Example> train, FrozenDictionary<ulong, byte> cueRates, int seed, TextWriter log, CancellationToken cancellationToken)
    {
        var predicted = new byte[train.Count][];
        var margins = new byte[train.Count][];
        for (int k = 0; k < Folds; k++)
        {
            var part = new List<Example>();
            for (int i = 0; i < train.Count; i++)
            {
                if (i % Folds != k)
                {
                    part.Add(train[i]);
                }
            }
            var foldModel = Fit(part, cueRates, seed, TextWriter.Null, cancellationToken);
            for (int i = k; i < train.Count; i += Folds)
            {
                margins[i] = new byte[train[i].Gold.Length];
                predicted[i] = foldModel.Tag(train[i].Features, margins[i]);
            }
            log.WriteLine($"fold {k + 1} of {Folds} tagged");
        }
        return (predicted, margins);
    }

    private static SecondPassModel FitSecond(List<SecondExample> examples, int seed, TextWriter log, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<ulong, int>();
        var buffer = new ulong[SecondPassFeatures.PerToken];
        foreach (var e in examples)
        {
            var tokens = e.Features.Tokens;
            for (int i = 0; i < tokens.Length; i++)
            {
                int t = tokens[i];
                if (!SecondPassFeatures.Relabels(e.Predicted[t]))
                {
                    continue;
                }
                e.Features.Write(i, e.Features.ToPass(t > 0 ? e.Gold[t - 1] : 0), e.Features.ToPass(t > 1 ? e.Gold[t - 2] : 0), buffer);
                foreach (var f in buffer)
                {
                    counts[f] = counts.GetValueOrDefault(f) + 1;
                }
            }
        }
        var perceptron = new LabelPerceptron(counts, MinCount);
        log.WriteLine($"second pass (kind {(examples.Count > 0 ? examples[0].Features.Kind : 0)}): {perceptron.Rows} features (of {counts.Count})");
        var rows = new int[SecondPassFeatures.PerToken];
        var scores = new float[AttributionLabel.Count];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        for (int epoch = 0; epoch < Epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(order);
            int errors = 0, tokenCount = 0;
            foreach (int index in order)
            {
                var e = examples[index];
                var labels = (byte[])e.Predicted.Clone();
                var tokens = e.Features.Tokens;
                for (int i = 0; i < tokens.Length; i++)
                {
                    int t = tokens[i];
                    if (!SecondPassFeatures.Relabels(e.Predicted[t]))
                    {
                        continue;
                    }
                    int previous = e.Features.ToPass(t > 0 ? labels[t - 1] : 0), previous2 = e.Features.ToPass(t > 1 ? labels[t - 2] : 0);
                    e.Features.Write(i, previous, previous2, buffer);
                    perceptron.Score(buffer, rows, scores);
                    int guess = AttributionModel.Best(scores.AsSpan(0, SecondPassFeatures.Labels), previous);
                    int gold = e.Features.ToPass(e.Gold[t]);
                    if (AttributionLabel.IsInside(gold) && AttributionLabel.Kind(previous) != AttributionLabel.Kind(gold))
                    {
                        gold = AttributionLabel.Begin(AttributionLabel.Kind(gold));
                    }
                    tokenCount++;
                    if (guess != gold)
                    {
                        errors++;
                        perceptron.Update(rows, gold, guess);
                    }
                    labels[t] = (byte)e.Features.FromPass(guess);
                }
            }
            log.WriteLine($"second pass epoch {epoch + 1}: {errors * 100.0 / Math.Max(1, tokenCount):F2}% token errors over {tokenCount} tokens");
        }
        var (keptKeys, keptWeights) = perceptron.Averaged(PruneBelow);
        return new SecondPassModel(keptKeys, keptWeights);
    }

    private sealed record Parsed(TokenView View, List<(int First, int End, int Paragraph)> Units, byte[] RuleLabels, byte[] Gold,
        Dictionary<ulong, (int Cue, int All)> Counts);

    private static List<(string Text, string Ann)> Pairs(string folder)
    {
        var annFolder = Path.Combine(folder, "attributions");
        if (!Directory.Exists(annFolder))
        {
            throw new DirectoryNotFoundException($"Data folder '{annFolder}' is missing.");
        }
        var files = Directory.GetFiles(annFolder, "*.ann");
        Array.Sort(files, StringComparer.Ordinal);
        var pairs = new List<(string, string)>();
        foreach (var ann in files)
        {
            var name = Path.GetFileNameWithoutExtension(ann);
            int cut = name.LastIndexOf('_');
            var text = Path.Combine(folder, "text", (cut > 0 ? name[..cut] : name) + ".txt");
            if (!File.Exists(text))
            {
                text = Path.Combine(folder, "text", name + ".txt");
            }
            if (File.Exists(text))
            {
                pairs.Add((text, ann));
            }
        }
        return pairs;
    }

    private static Parsed Read(string textPath, string annPath)
    {
        var text = File.ReadAllText(textPath);
        var doc = new Document("train", text) { Paragraphs = LineParagraphSplitter.Split(text) };
        new TokenizerStage().Process(doc, default);
        new SentenceStage().Process(doc, default);
        var view = new TokenView(doc, QuoteScanner.Scan(doc.Text, doc.Paragraphs));
        var units = AttributionExtractor.Units(view);
        var rules = StatementStage.Extract(doc, keepRelayOnly: true, model: null);
        var ruleLabels = AttributionTagger.Labels(view, rules);
        var gold = new byte[view.Count];
        var spans = BratReader.Read(File.ReadAllText(annPath), text);
        foreach (var kind in (ReadOnlySpan<(string, int)>)[("Content", 3), ("Cue", 2), ("Source", 1)])
        {
            foreach (var s in spans)
            {
                if (s.Type == kind.Item1)
                {
                    AttributionTagger.Mark(view, gold, s.Span, kind.Item2);
                }
            }
        }
        var counts = new Dictionary<ulong, (int Cue, int All)>();
        for (int t = 0; t < view.Count; t++)
        {
            var key = AttributionFeatures.WordKey(view.Word(t));
            var old = counts.GetValueOrDefault(key);
            counts[key] = (old.Cue + (AttributionLabel.Kind(gold[t]) == 2 ? 1 : 0), old.All + 1);
        }
        return new Parsed(view, units, ruleLabels, gold, counts);
    }

    private static AttributionModel Fit(List<Example> examples, FrozenDictionary<ulong, byte> cueRates, int seed, TextWriter log, CancellationToken cancellationToken)
    {
        // Features seen fewer than MinCount times along the gold path are left out.
        var counts = new Dictionary<ulong, int>();
        var buffer = new ulong[AttributionFeatures.PerToken];
        foreach (var e in examples)
        {
            for (int t = 0; t < e.Gold.Length; t++)
            {
                e.Features.Write(t, t > 0 ? e.Gold[t - 1] : 0, t > 1 ? e.Gold[t - 2] : 0, buffer);
                foreach (var f in buffer)
                {
                    counts[f] = counts.GetValueOrDefault(f) + 1;
                }
            }
        }
        var perceptron = new LabelPerceptron(counts, MinCount);
        log.WriteLine($"{perceptron.Rows} features (of {counts.Count})");
        var rows = new int[AttributionFeatures.PerToken];
        var scores = new float[AttributionLabel.Count];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        for (int epoch = 0; epoch < Epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(order);
            int errors = 0, tokens = 0;
            foreach (int index in order)
            {
                var e = examples[index];
                int previous = 0, previous2 = 0;
                for (int t = 0; t < e.Gold.Length; t++)
                {
                    e.Features.Write(t, previous, previous2, buffer);
                    perceptron.Score(buffer, rows, scores);
                    int guess = AttributionModel.Best(scores, previous);
                    int gold = e.Gold[t];
                    if (AttributionLabel.IsInside(gold) && AttributionLabel.Kind(previous) != AttributionLabel.Kind(gold))
                    {
                        gold = AttributionLabel.Begin(AttributionLabel.Kind(gold));
                    }
                    tokens++;
                    if (guess != gold)
                    {
                        errors++;
                        perceptron.Update(rows, gold, guess);
                    }
                    previous2 = previous;
                    previous = guess;
                }
            }
            log.WriteLine($"epoch {epoch + 1}: {errors * 100.0 / tokens:F2}% token errors");
        }
        var (keptKeys, keptWeights) = perceptron.Averaged(PruneBelow);
        return new AttributionModel(keptKeys, keptWeights, cueRates);
    }

    private static double CueF1(AttributionModel model, List<Example> examples)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var e in examples)
        {
            var labels = model.Tag(e.Features);
            for (int t = 0; t < labels.Length; t++)
            {
                bool p = AttributionLabel.Kind(labels[t]) == 2, g = AttributionLabel.Kind(e.Gold[t]) == 2;
                tp += p && g ? 1 : 0;
                fp += p && !g ? 1 : 0;
                fn += !p && g ? 1 : 0;
            }
        }
        return tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
    }

    /// <summary>Token F1 of source, cue and content on <paramref name="examples"/>, after the second pass when <paramref name="second"/> is given.</summary>
    private static double[] KindF1(AttributionModel model, List<Example> examples, List<SecondExample>? second,
        List<List<(int First, int End, int Paragraph)>>? units = null, List<byte[]>? margins = null)
    {
        var tp = new int[4];
        var fp = new int[4];
        var fn = new int[4];
        for (int i = 0; i < examples.Count; i++)
        {
            var e = examples[i];
            var labels = second is null || model.Second is null ? model.Tag(e.Features) : model.Second.Tag(second[i].Features, second[i].Predicted);
            if (model.SecondCue is { } cuePass && units is not null && margins is not null)
            {
                labels = cuePass.Tag(new SecondPassFeatures(e.Features, units[i], labels, margins[i], 2), labels);
            }
            for (int t = 0; t < labels.Length; t++)
            {
                int p = AttributionLabel.Kind(labels[t]), g = AttributionLabel.Kind(e.Gold[t]);
                if (p == g)
                {
                    tp[p]++;
                }
                else
                {
                    fp[p]++;
                    fn[g]++;
                }
            }
        }
        var f1 = new double[3];
        for (int k = 1; k <= 3; k++)
        {
            f1[k - 1] = tp[k] == 0 ? 0 : 2.0 * tp[k] / (2 * tp[k] + fp[k] + fn[k]);
        }
        return f1;
    }

    private static string Show(double[] f1) =>
        string.Join(" / ", Array.ConvertAll(f1, x => x.ToString("F4", CultureInfo.InvariantCulture)));

    private static string Hash(List<(string Text, string Ann)> pairs)
    {
        using var sha = SHA256.Create();
        foreach (var (text, ann) in pairs)
        {
            var bytes = File.ReadAllBytes(ann);
            sha.TransformBlock(bytes, 0, bytes.Length, null, 0);
            bytes = File.ReadAllBytes(text);
            sha.TransformBlock(bytes, 0, bytes.Length, null, 0);
        }
        sha.TransformFinalBlock([], 0, 0);
        return Convert.ToHexStringLower(sha.Hash!);
    }
}
