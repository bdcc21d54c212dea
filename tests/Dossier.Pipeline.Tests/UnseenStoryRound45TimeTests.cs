using Dossier.Time.Dating;

namespace Dossier.Pipeline.Tests;

/// <summary>Time round 45 (session 29) through the whole pipeline: an undated follow-up that names a dated report's weekday
/// event with "last" or across a relative clause's verb gets that day as evidence; a stated date ahead of the clock is
/// flagged. Invented reports.</summary>
public class UnseenStoryRound45TimeTests
{
    private static readonly Lazy<DossierAnnotator> s_annotator = new(() => DossierAnnotator.Create());

    private const string Dated = "Flash flood sweeps through Pellock\nPublished: 21 May 2026\n\nA flash flood swept through the market "
        + "town of Pellock late on Tuesday, the Ostrava basin agency said. Four people were missing.\n";

    [Theory]
    [InlineData("The Ostrava basin agency said the search for those missing since the flood last Tuesday in Pellock had ended.", true)]
    [InlineData("The Ostrava basin agency said the search for those missing after the flood that swept through Pellock on Tuesday had ended.", true)]
    [InlineData("The Ostrava basin agency said the cleanup after the fire that gutted a warehouse in Pellock on Tuesday had ended.", false)]
    [InlineData("The Ostrava basin agency said the search for those missing since the flood last Monday in Pellock had ended.", false)]
    public void AnUndatedFollowUp_WithLastOrARelativeClause_GetsTheDatedReportsWeekdayEventAsEvidence(string sentence, bool expected)
    {
        var dated = s_annotator.Value.Process(Dated, null, "dated");
        var followUp = s_annotator.Value.Process("Pellock search ends\n\n" + sentence + "\n", null, "followup");

        new DossierDating().InferWindows([dated, followUp]);

        var window = followUp.PublishedWindow!;
        Assert.Equal(expected, window.Evidence.Any(e => e.Contains("written on or after 2026-05-19", StringComparison.Ordinal)));
        Assert.False(window.HasEarliest);
    }

    [Fact]
    public void AStatedDateAheadOfTheClock_IsFlagged_AndADateBehindItIsNot()
    {
        var ahead = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1);
        var typo = s_annotator.Value.Process($"Pellock council meets\nPublished: {ahead:d MMMM yyyy}\n\nThe Pellock council met on Friday.\n", null, "typo");
        var fine = s_annotator.Value.Process(Dated, null, "dated");

        Assert.Equal(ahead, typo.Metadata.Published);
        Assert.Contains(typo.PublishedWindow!.Evidence, e => e.StartsWith("warning:", StringComparison.Ordinal));
        Assert.DoesNotContain(fine.PublishedWindow!.Evidence, e => e.StartsWith("warning:", StringComparison.Ordinal));
    }
}
