namespace Dossier.Statements.Tests;

/// <summary>Round 38 (session 21): groups of held-out train's source and cue errors, each on an invented sentence of another story.</summary>
public sealed class HeldOutErrorsRound38Tests
{
    private const string Roadworks = "The town council voted on Tuesday to close Mill Street to traffic for the summer.\n\n";

    [Fact]
    public void QuantifierOpeningItsClauseAfterAComma_IsTheSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames(Roadworks + "Not every resident was angry. In fact, most welcomed the decision to close the road.");

        Assert.Equal("most", SampleDocuments.WithCue(doc, "welcomed").Speaker?.Name);
    }

    [Fact]
    public void CalledAfterANewThing_GivesItsName_NotASpeech()
    {
        var doc = SampleDocuments.FromTextWithNames(Roadworks + "Residents of the old town set up a fund called the River Street Appeal.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).Contains("called", StringComparison.Ordinal));
    }

    [Fact]
    public void CalledBySomeoneWhoSpeaks_StaysASpeech()
    {
        var doc = SampleDocuments.FromTextWithNames(Roadworks + "A spokesman called the claims \"baseless\".");

        Assert.Equal("spokesman", SampleDocuments.WithCue(doc, "called").Speaker?.Name);
    }

    [Theory]
    [InlineData("The council wants to address concerns about the cost of the closure before the vote.")]
    [InlineData("The debate over the bridge is in many ways about the future of the harbour.")]
    public void LoneAboutWithoutASpeaker_IsNoStatement(string sentence)
    {
        var doc = SampleDocuments.FromTextWithNames(Roadworks + sentence);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == "about");
    }
}
