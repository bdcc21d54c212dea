namespace Dossier.Statements.Tests;

/// <summary>Round 54's unified rules (the review's leftovers): each case is one the rule handled for some of the words it
/// listed and not for the others before the lists were made one, on an invented sentence.</summary>
public sealed class ReviewLeftoversRound54Tests
{
    [Theory]
    [InlineData("The ballots rejected at the first count in town had been wrongly excluded, the commission said.")]
    [InlineData("The ballots rejected on the first count in town had been wrongly excluded, the commission said.")]
    public void AParticipleAfterItsNoun_AndAFiveWordPhrase_SaysNothing_WhicheverPrepositionOpensIt(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal("said", s.Cue.Slice(doc.Text));
    }

    [Theory]
    [InlineData("minutes")]
    [InlineData("a decade")]
    public void ALengthOfTimeAfterATrailingSource_PlacesTheStory_AndIsNotSpeech(string length)
    {
        var doc = SampleDocuments.FromTextWithNames(
            $"Rainfall in the valley reached 90 mm on Monday, the weather office said, {length} after floods closed the old bridge.");

        Assert.Equal("Rainfall in the valley reached 90 mm on Monday", SampleDocuments.WithCue(doc, "said").Content.Slice(doc.Text));
    }

    // A guard: a hedged range after "out of" or "an estimate of" (whose span holds its hedge since round 55) still counts
    // what the count before it counts.
    [Theory]
    [InlineData("The two finalists were separated by 87 votes out of about 11,000 to 12,000 cast.", "about 11,000 to 12,000", "votes")]
    [InlineData("The outage hit about 3.4 million customers, above the firm's estimate of roughly 2 to 3 million.", "roughly 2 to 3 million", "customers")]
    public void AHedgedRangeAfterOutOfOrAnEstimateOf_CountsWhatTheCountBeforeCounts(string text, string range, string counted)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(counted, Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == range).Object);
    }

    [Theory]
    [InlineData("The network signed up about 3.4 million subscribers this year, above its target of 2 million.")]
    [InlineData("The network signed up about 3.4 million subscribers this year, above its projection of 2 million.")]
    public void ABareFigureAfterATargetOrProjectionOf_CountsWhatTheCountBeforeCounts(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal("subscribers", Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "2 million").Object);
    }

    [Theory]
    [InlineData("Mayor Ilse Brandt said the bridge was safe but refuses to name the engineers.")]
    [InlineData("Mayor Ilse Brandt said the bridge was safe but declines to name the engineers.")]
    [InlineData("Mayor Ilse Brandt said the bridge was safe but refused to name the engineers.")]
    public void ARefusalInAnyTenseAfterBut_IsTheSpeakersNextAct_NotPartOfWhatWasSaid(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal("the bridge was safe", SampleDocuments.WithCue(doc, "said").Content.Slice(doc.Text));
        Assert.Contains(doc.Statements, s => s.Act == Dossier.Core.Statements.SpeechAct.Decline && s.Speaker?.Name == "Ilse Brandt");
    }
}
