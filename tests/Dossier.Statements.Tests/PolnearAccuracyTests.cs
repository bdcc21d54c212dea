using Dossier.Statements.Evaluation;
using Dossier.TestSupport;

namespace Dossier.Statements.Tests;

public sealed class PolnearAccuracyTests
{
    /// <summary>Guards the dev figures recorded in docs/ACCURACY.md ("## Statements") against regressions.</summary>
    [SharedDataFact]
    public void PolnearDev_KeepsRecordedFigures()
    {
        var result = AttributionEvaluation.Run(Path.Combine(RepoPaths.SharedDataOrThrow("polnear"), "dev"));
        Assert.True(result.Documents >= 80, $"only {result.Documents} PolNeAR dev files found");
        Assert.True(result.Overlap["Source"].F1 >= 0.76, $"source overlap F1 {result.Overlap["Source"].F1:F3}");
        Assert.True(result.Overlap["Cue"].F1 >= 0.775, $"cue overlap F1 {result.Overlap["Cue"].F1:F3}");
        Assert.True(result.Overlap["Content"].F1 >= 0.80, $"content overlap F1 {result.Overlap["Content"].F1:F3}");
        Assert.True(result.Exact["Cue"].F1 >= 0.65, $"cue exact F1 {result.Exact["Cue"].F1:F3}");
    }

    [Fact]
    public void BratReader_ConvertsCodePointOffsets_ForCharactersOutsideTheBmp()
    {
        const string text = "😀 Kirby said it.";
        // code points: 😀=0, space=1, K=2 … "Kirby" is code points 2..7
        var spans = BratReader.Read("T1\tSource 2 7\tKirby\nT2\tCue 8 12;13 15\tsaid it\nbad line\n", text);
        Assert.Equal("Kirby", spans[0].Span.Slice(text));
        Assert.Equal("said it", spans[1].Span.Slice(text));
        Assert.Equal(2, spans.Count);
    }

    [Fact]
    public void AQuotationThatGoesOnAfterItsCue_IsScoredAsOneContentOfTwoFragments_AsPolnearMarksIt()
    {
        const string text = "\"This verdict is political,\" Kolev said. \"We will take it to the Supreme Court if we have to.\"";
        int second = text.IndexOf("We will", StringComparison.Ordinal);
        var gold = BratReader.Read($"T1\tContent 1 27;{second} {text.Length - 1}\tx\nT2\tSource 29 34\tKolev\nT3\tCue 35 39\tsaid\n", text);
        var evaluation = new AttributionEvaluation();

        evaluation.Add(text, gold);

        Assert.Equal(1.0, evaluation.Exact["Content"].F1, 3);
        Assert.Equal(1.0, evaluation.Overlap["Content"].Precision, 3);
    }

    [Fact]
    public void AQuotationAfterATailCue_IsScoredWithTheSpeechItsSpeakerQuoted_NotTheTailCue()
    {
        // '"A," X said, referring to Y. "B."': the product gives B to the harbour master's "said" (round 28); the tail cue
        // "referring to" has its own content. Joined to the nearest cue, B was scored as the tail cue's, costing both contents.
        const string text = "\"The jetty has to close for the winter,\" the harbour master said, referring to the old timber pier. "
            + "\"We cannot risk another storm on it.\"";
        int a = text.IndexOf("The jetty", StringComparison.Ordinal), aEnd = text.IndexOf(",\" the", StringComparison.Ordinal);
        int source = text.IndexOf("the harbour", StringComparison.Ordinal), said = text.IndexOf("said", StringComparison.Ordinal);
        int referring = text.IndexOf("referring to", StringComparison.Ordinal), pier = text.IndexOf("the old", StringComparison.Ordinal);
        int b = text.IndexOf("We cannot", StringComparison.Ordinal);
        var gold = BratReader.Read(
            $"T1\tContent {a} {aEnd};{b} {text.Length - 2}\tx\nT2\tSource {source} {said - 1}\tx\nT3\tCue {said} {said + 4}\tsaid\n"
            + $"T4\tCue {referring} {referring + 12}\tx\nT5\tContent {pier} {text.IndexOf(". \"We", StringComparison.Ordinal)}\tx\n"
            + $"T6\tSource {source} {said - 1}\tx\n", text);
        var evaluation = new AttributionEvaluation();

        evaluation.Add(text, gold);

        Assert.Equal(2, evaluation.Exact["Content"].MatchedGold);
        Assert.Equal(1.0, evaluation.Exact["Content"].F1, 3);
    }
}
