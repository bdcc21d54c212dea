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
        Assert.True(result.Overlap["Source"].F1 >= 0.745, $"source overlap F1 {result.Overlap["Source"].F1:F3}");
        Assert.True(result.Overlap["Cue"].F1 >= 0.77, $"cue overlap F1 {result.Overlap["Cue"].F1:F3}");
        Assert.True(result.Overlap["Content"].F1 >= 0.805, $"content overlap F1 {result.Overlap["Content"].F1:F3}");
        Assert.True(result.Exact["Cue"].F1 >= 0.62, $"cue exact F1 {result.Exact["Cue"].F1:F3}");
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
}
