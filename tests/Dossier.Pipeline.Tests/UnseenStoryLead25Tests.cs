using Dossier.Core;

namespace Dossier.Pipeline.Tests;

/// <summary>The lead's session-25 repairs that need the time stage, each on an invented sentence of another story than
/// the dossier it came from (a copper mine's collapse).</summary>
public class UnseenStoryLead25Tests
{
    private static readonly Lazy<DossierAnnotator> s_annotator = new(() => DossierAnnotator.Create());

    [Fact]
    public void ADayBetweenTheCueAndAContentTheTaggerStartedPastIt_StillDatesTheSpeech()
    {
        const string text = "Shares in Ostmark fell 4% on Thursday.\n\nInvestigators in Molde said on Thursday they had recovered the flight recorder.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 6, 13));

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(text) == "said");
        Assert.True(s.Time >= 0);
        Assert.Equal(new TextSpan(text.LastIndexOf("Thursday", StringComparison.Ordinal), text.LastIndexOf("Thursday", StringComparison.Ordinal) + 8), doc.Times[s.Time].Span);
    }

    [Fact]
    public void AFigureFromBeforeAYear_CountsWhatTheNewFigureCounts()
    {
        const string text = "Road deaths rose to 212 last year from 187 in 2023.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 6, 13));

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(text) == "187");
        Assert.Equal("Road deaths", q.Object);
    }

    [Fact]
    public void APartOfTheDayAfterTheCuesWeekday_DatesTheSpeech_AndLeavesTheContent()
    {
        const string text = "The minister said on Monday night she would resign.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 6, 17));

        var s = Assert.Single(doc.Statements);
        Assert.Equal("she would resign", s.Content.Slice(text));
        Assert.Equal("Monday night", doc.Times[s.Time].Span.Slice(text));
    }
}
