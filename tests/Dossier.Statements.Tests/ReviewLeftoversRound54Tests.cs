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
}
