using Dossier.Time.Dating;

namespace Dossier.Pipeline.Tests;

/// <summary>Time round 44 (session 28) through the whole pipeline: an undated follow-up that names a dated report's
/// weekday event gets that day as evidence, on invented reports.</summary>
public class UnseenStoryRound44TimeTests
{
    private static readonly Lazy<DossierAnnotator> s_annotator = new(() => DossierAnnotator.Create());

    private const string Dated = "Flash flood sweeps through Pellock\nPublished: 21 May 2026\n\nA flash flood swept through the market "
        + "town of Pellock late on Tuesday, the Ostrava basin agency said. Four people were missing.\n";

    [Theory]
    [InlineData("The Ostrava basin agency said on Thursday that the search for those missing after Tuesday's flood in Pellock had ended.", true)]
    [InlineData("The Ostrava basin agency said on Thursday that the cleanup after Tuesday's fire in Pellock had ended.", false)]
    public void AnUndatedFollowUp_GetsTheDatedReportsWeekdayEventAsEvidence(string sentence, bool expected)
    {
        var dated = s_annotator.Value.Process(Dated, null, "dated");
        var followUp = s_annotator.Value.Process("Pellock search ends\n\n" + sentence + "\n", null, "followup");

        new DossierDating().InferWindows([dated, followUp]);

        var window = followUp.PublishedWindow!;
        Assert.Equal(expected, window.Evidence.Any(e => e.Contains("written on or after 2026-05-19", StringComparison.Ordinal)));
        Assert.False(window.HasEarliest);
    }
}
