using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dossier.Core.Entities;
using Dossier.Core.Models;
using Dossier.Language.Entities;

namespace Dossier.Training.Ner;

/// <summary>Trains the name tagger on GUM and re3d, scores it on their held-out parts and writes <c>models/ner/</c>.</summary>
/// <remarks>
/// Deterministic: fixed seed, sorted inputs, fixed number of epochs (the held-out part is never used to choose anything).
/// Held out: GUM <c>dev/</c> and every fifth re3d document of each source.
/// </remarks>
public static class NerTrainer
{
    public const int Seed = 20240614;
    public const int Epochs = 18;

    /// <summary>Training runs, each on its own shuffle (seeds <see cref="Seed"/>, Seed + 1, ...), averaged into the model:
    /// on the tuning split one run's F1 moved by 0.003 from seed to seed, five runs' by 0.0005, and stood 0.003 higher.</summary>
    public const int Runs = 5;
    private const float PruneBelow = 0.002f;
    public const string Metric = "ner-span-f1-gum-dev+re3d-heldout";

    /// <summary>Trains, evaluates and writes the model; returns a human-readable report.</summary>
    /// <param name="tuneFold">At 0 to 4: train on four fifths of the training documents and score on the fifth left out
    /// (the GUM train files whose sorted index % 5 is this fold, a second fifth of re3d); the real held-out documents are
    /// not read at all. Below 0: the real held-out split.</param>
    public static string Run(string dataPath, string outPath, TextWriter? log = null, int tuneFold = -1)
    {
        bool tune = tuneFold >= 0;
        log ??= TextWriter.Null;
        var clock = Stopwatch.StartNew();
        var (train, dev, files) = LoadData(dataPath, tuneFold);
        log.WriteLine($"train: {train.Count} sentences, held out: {dev.Count} sentences");

        var common = BuildCommonWords(dataPath, train);
        log.WriteLine($"common words: {common.Count}");

        var contexts = NerEvaluation.Contexts(train);
        var (allKeys, allRows) = ModelAverage.Mean(Runs, Seed, NerLabels.Count, seed =>
        {
            var perceptron = new NerPerceptron();
            var random = new Random(seed);
            var order = Enumerable.Range(0, train.Count).ToArray();
            for (int epoch = 1; epoch <= Epochs; epoch++)
            {
                random.Shuffle(order);
                int errors = perceptron.Epoch(train, order, common, contexts);
                log.WriteLine($"seed {seed}, epoch {epoch}: {errors} token errors, {perceptron.FeatureCount} features");
            }
            return perceptron.Averaged();
        });
        var (keys, rows) = NerPerceptron.Prune(allKeys, allRows, PruneBelow);

        var folder = Path.Combine(outPath, NerModel.ModelName);
        Directory.CreateDirectory(folder);
        var modelPath = Path.Combine(folder, NerModel.FileName);
        using (var file = File.Create(modelPath))
        {
            NerModel.Write(file, common.Hashes, keys, rows);
        }
        var model = NerModel.Load(outPath);
        var recognizer = new EntityRecognizer(model, Gazetteer.Default);
        var score = NerEvaluation.Score(recognizer, dev);
        var check = NerCheckSet.Score(recognizer);

        var manifest = new ModelManifest(
            NerModel.ModelName,
            NerModel.FileName,
            DataHash(dataPath, files),
            ["gum/train", "re3d (4 of 5 documents per source)", "ud-ewt/en_ewt-ud-train.conllu (lower-case word list only)"],
            tune ? "ner-span-f1-tuning-split" : Metric,
            Math.Round(score.F1, 4),
            Math.Round(check.F1, 4),
            Seed,
            DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            tune ? "dossier train ner --data ../shared/data --tune-fold " + tuneFold.ToString(CultureInfo.InvariantCulture) : "dossier train ner --data ../shared/data");
        File.WriteAllText(Path.Combine(folder, ModelManifest.FileName), manifest.ToJson() + "\n");

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"features kept: {keys.Length}, model file: {new FileInfo(modelPath).Length} bytes, trained in {clock.Elapsed.TotalSeconds:F1} s");
        report.Append(Describe(tune ? "tuning split (GUM train 1/5 + re3d 1/5)" : "held-out (GUM dev + re3d 1/5)", score));
        report.Append(Describe(tune ? "  GUM part" : "  GUM dev", NerEvaluation.Score(recognizer, dev.Where(s => s.Source.StartsWith("GUM", StringComparison.Ordinal)))));
        report.Append(Describe(tune ? "  re3d part" : "  re3d held-out", NerEvaluation.Score(recognizer, dev.Where(s => !s.Source.StartsWith("GUM", StringComparison.Ordinal)))));
        report.Append(Describe("check set", check));
        return report.ToString();
    }

    /// <summary>Scores an existing model folder on the held-out data (or the tuning split); returns a human-readable report.</summary>
    public static string Evaluate(string dataPath, string? modelFolder, string? errorsPath = null, int tuneFold = -1)
    {
        bool tune = tuneFold >= 0;
        var (_, dev, _) = LoadData(dataPath, tuneFold);
        var recognizer = new EntityRecognizer(NerModel.Load(modelFolder), Gazetteer.Default);
        var clock = Stopwatch.StartNew();
        var score = NerEvaluation.Score(recognizer, dev);
        var seconds = clock.Elapsed.TotalSeconds;
        var report = new StringBuilder();
        report.Append(Describe(tune ? "tuning split (GUM train 1/5 + re3d 1/5)" : "held-out (GUM dev + re3d 1/5)", score));
        report.Append(Describe(tune ? "  GUM part" : "  GUM dev", NerEvaluation.Score(recognizer, dev.Where(s => s.Source.StartsWith("GUM", StringComparison.Ordinal)))));
        report.Append(Describe(tune ? "  re3d part" : "  re3d held-out", NerEvaluation.Score(recognizer, dev.Where(s => !s.Source.StartsWith("GUM", StringComparison.Ordinal)))));
        report.Append(Describe("check set", NerCheckSet.Score(recognizer)));
        int tokens = dev.Sum(s => s.Count);
        if (errorsPath is not null)
        {
            using var writer = new StreamWriter(errorsPath);
            NerEvaluation.DumpErrors(recognizer, dev, writer);
        }
        report.AppendLine(CultureInfo.InvariantCulture, $"{tokens} tokens in {seconds:F2} s ({tokens / seconds:F0} tokens/s, one thread)");
        return report.ToString();
    }

    /// <summary>The held-out F1 of a model folder (for tests).</summary>
    public static double HeldOutF1(string dataPath, string? modelFolder)
    {
        var (_, dev, _) = LoadData(dataPath, tuneFold: -1);
        return NerEvaluation.Score(new EntityRecognizer(NerModel.Load(modelFolder), Gazetteer.Default), dev).F1;
    }

    private static string Describe(string name, SpanScore score)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{name}: P {score.Precision:F4} R {score.Recall:F4} F1 {score.F1:F4} (gold {score.Gold}, predicted {score.Predicted}, correct {score.Correct})");
        foreach (var type in Enum.GetValues<EntityType>())
        {
            var t = score.Of(type);
            sb.AppendLine(CultureInfo.InvariantCulture, $"    {type.ToString().ToUpperInvariant(),-6} F1 {t.F1:F4} (gold {t.Gold}, predicted {t.Predicted}, correct {t.Correct})");
        }
        return sb.ToString();
    }

    private static (List<NerSentence> Train, List<NerSentence> Dev, List<string> Files) LoadData(string dataPath, int tuneFold)
    {
        bool tune = tuneFold >= 0;
        var gum = Path.Combine(dataPath, "gum");
        var re3d = Path.Combine(dataPath, "re3d");
        if (!Directory.Exists(gum) || !Directory.Exists(re3d))
        {
            throw new DirectoryNotFoundException($"'{dataPath}' must hold gum/ and re3d/ (see ../shared/data/README.md)");
        }
        var files = new List<string>();
        var train = new List<NerSentence>();
        var dev = new List<NerSentence>();
        int index = 0;
        foreach (var f in Directory.GetFiles(Path.Combine(gum, "train"), "*.conllu").Order(StringComparer.Ordinal))
        {
            files.Add(f);
            bool scored = tune && index++ % 5 == tuneFold;
            (scored ? dev : train).AddRange(GumNerReader.Read(f, namesInDescriptions: true, bodiesAcrossCommas: scored));
        }
        foreach (var f in Directory.GetFiles(Path.Combine(gum, "dev"), "*.conllu").Order(StringComparer.Ordinal))
        {
            files.Add(f);
            if (!tune)
            {
                dev.AddRange(GumNerReader.Read(f, namesInDescriptions: true, bodiesAcrossCommas: true));
            }
        }
        var (reTrain, reDev) = Re3dNerReader.Read(re3d, tune);
        // re3d is small but closest to our domain (defence news); it counts twice.
        train.AddRange(reTrain);
        train.AddRange(reTrain);
        dev.AddRange(reDev);
        files.AddRange(Directory.GetFiles(re3d, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        var ewt = Path.Combine(dataPath, "ud-ewt", "en_ewt-ud-train.conllu");
        if (File.Exists(ewt))
        {
            files.Add(ewt);
        }
        return (train, dev, files);
    }

    private static CommonWords BuildCommonWords(string dataPath, List<NerSentence> train)
    {
        var lower = new Dictionary<string, int>(StringComparer.Ordinal);
        var upper = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(string word, bool initial)
        {
            if (word.Length == 0 || !char.IsLetter(word[0]))
            {
                return;
            }
            var key = word.ToLowerInvariant();
            if (char.IsLower(word[0]))
            {
                lower[key] = lower.GetValueOrDefault(key) + 1;
            }
            else if (!initial)
            {
                upper[key] = upper.GetValueOrDefault(key) + 1;
            }
        }
        var ewt = Path.Combine(dataPath, "ud-ewt", "en_ewt-ud-train.conllu");
        if (File.Exists(ewt))
        {
            bool first = true;
            foreach (var line in File.ReadLines(ewt))
            {
                if (line.Length == 0)
                {
                    first = true;
                    continue;
                }
                if (line[0] == '#')
                {
                    continue;
                }
                var cols = line.Split('\t', 3);
                if (cols.Length < 2 || cols[0].Contains('-'))
                {
                    continue;
                }
                Count(cols[1], first);
                first = false;
            }
        }
        foreach (var s in train)
        {
            for (int i = 0; i < s.Count; i++)
            {
                Count(s.Text[s.Starts[i]..s.Ends[i]], i == 0);
            }
        }
        var hashes = new List<ulong>();
        foreach (var (word, n) in lower)
        {
            if (n >= 3 && n > 2 * upper.GetValueOrDefault(word))
            {
                hashes.Add(TextHash.Lower(word));
            }
        }
        hashes.Sort();
        return new CommonWords([.. hashes.Distinct()]);
    }

    private static string DataHash(string dataPath, List<string> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var f in files.Order(StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(dataPath, f).Replace('\\', '/')));
            sha.AppendData(File.ReadAllBytes(f));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
