using System.Runtime.Intrinsics;
using Dossier.Core;
using Dossier.Statements.Attribution;
using Dossier.Statements.Quotes;
using Dossier.Statements.Tagging;
using Dossier.TestSupport;
using Dossier.Text.Paragraphs;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Statements.Tests;

/// <summary>The fast tagging path (fixed sums, small label tables, vector rows) against one hashed feature at a time.</summary>
public sealed class AttributionTaggerEqualityTests
{
    [Fact]
    public void Tag_SampleReports_SameLabelsAndScoresAsReference()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Samples, "*.txt"))
        {
            AssertSame(File.ReadAllText(file));
        }
    }

    [SharedDataFact]
    public void Tag_PolnearDev_SameLabelsAndScoresAsReference()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.SharedDataOrThrow("polnear"), "dev", "text"), "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files.AsSpan(0, Math.Min(30, files.Length)))
        {
            AssertSame(File.ReadAllText(file));
        }
    }

    private static void AssertSame(string text)
    {
        var model = AttributionModel.Default!;
        var doc = new Document("t", text) { Paragraphs = LineParagraphSplitter.Split(text) };
        new TokenizerStage().Process(doc, default);
        new SentenceStage().Process(doc, default);
        var view = new TokenView(doc, QuoteScanner.Scan(doc.Text, doc.Paragraphs));
        var units = AttributionExtractor.Units(view);
        var rules = StatementStage.Extract(doc, keepRelayOnly: false, model: null);
        var ruleLabels = AttributionTagger.Labels(view, rules);
        var features = new AttributionFeatures(view, units, ruleLabels, model);
        var reference = model.TagReference(features);
        Assert.Equal(reference, model.Tag(features));
        // The reference cue rates come from the frozen table, each word hashed on its own.
        var slow = new AttributionFeatures(view, units, ruleLabels, AttributionFeatures.CueRates(view, model.CueRates));
        Assert.Equal(reference, model.TagReference(slow));

        var sums = new Vector256<float>[features.Count];
        model.FixedSums(features, sums);
        Span<ulong> buffer = stackalloc ulong[AttributionFeatures.PerToken];
        Span<float> expected = stackalloc float[AttributionLabel.Count];
        Span<byte> values = stackalloc byte[AttributionFeatures.SmallLabelTemplates];
        for (int t = 0; t < features.Count; t++)
        {
            int previous = t > 0 ? reference[t - 1] : 0, previous2 = t > 1 ? reference[t - 2] : 0;
            features.Write(t, previous, previous2, buffer);
            model.Score(buffer, expected);
            var fast = model.LabelSum(features, t, sums[t], previous, previous2, values);
            for (int l = 0; l < AttributionLabel.Count; l++)
            {
                Assert.Equal(expected[l], fast.GetElement(l));
            }
        }
    }
}
