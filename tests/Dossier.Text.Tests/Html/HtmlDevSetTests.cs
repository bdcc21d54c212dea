using Dossier.TestSupport;
using Dossier.Training.Html;

namespace Dossier.Text.Tests.Html;

public class HtmlDevSetTests
{
    // Recorded in docs/ACCURACY.md ("## HTML main text"); the guard sits a little below the measured figure.
    private const double MinF1 = 0.92;

    [SharedDataFact]
    public void HtmlDev_MainTextF1_StaysAboveRecordedThreshold()
    {
        var score = HtmlDevEvaluation.Run(RepoPaths.SharedDataOrThrow("html-dev"));

        Assert.Equal(119, score.Pages);
        Assert.True(score.F1 >= MinF1, $"F1 {score.F1:F3} (P {score.Precision:F3}, R {score.Recall:F3}) fell below {MinF1}");
        Assert.All(score.PageResults, p => Assert.Null(p.Error));
    }
}
