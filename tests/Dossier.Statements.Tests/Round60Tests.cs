namespace Dossier.Statements.Tests;

/// <summary>Round 60 (session 28): faults from invented dossiers (a border clash, a disputed count, a questioned drug
/// trial), repaired in general and tested on invented sentences of other stories.</summary>
public sealed class Round60Tests
{
    // The tagger read words of the participle's own content as its source ("council changed its route midway"), and the
    // first verb took those words as a relay.
    [Theory]
    [InlineData("Local farmers criticised the plan, saying the council changed its route midway through the year.", "Local farmers")]
    [InlineData("Residents questioned the survey, saying the firm changed its methods halfway through the count.", "Residents")]
    public void AParticiplesSpeaker_IsNotWordsOfItsOwnContent(string text, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = SampleDocuments.WithCue(doc, "saying");
        Assert.Equal(speaker, s.Speaker?.Name);
        Assert.DoesNotContain(doc.Statements, o => o.Relays.Any(r => r.Name.Contains("changed", StringComparison.Ordinal)));
    }

    // The tagger stopped the source on the capitalised modifier that opens the sentence ("Independent").
    [Fact]
    public void ACapitalisedModifierAtTheSentencesStart_SpeaksWithItsHeadNoun()
    {
        const string text = "Scientists question Halvor trial figures\n\nBy Edda Lorne, Science Desk\nIndependent researchers have raised doubts "
            + "about the results of Halvor Biotech' lung trial, saying the company changed its main goal midway through the study.\n\n"
            + "Dr. Sam Oyel, a chemist, said the figure was wrong.\n";
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal("Independent researchers", SampleDocuments.WithCue(doc, "doubts about").Speaker?.Name);
        Assert.Equal("Independent researchers", SampleDocuments.WithCue(doc, "saying").Speaker?.Name);
    }

    [Theory]
    [InlineData("Kesh and Durra agree truce after border clashes\n\nThe talks were held in a hotel.\n")]
    [InlineData("Tova and Rense agree truce after river clashes\n\nThe deal was signed at noon.\n")]
    [InlineData("Varnel and Ostria agree ceasefire after week of fighting\n\n(Published March 20)\n\nVarnel and Ostria agreed to a ceasefire late on Wednesday, officials from both sides said.\n")]
    public void AHeadlinesAgreeingToADeal_IsNoStatement(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).Contains("agree ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("State media in Ostria said the border crossing had reopened.", "State media in Ostria")]
    [InlineData("Late on Friday, state media in Korvin reported that two dams had burst.", "state media in Korvin")]
    public void StateMediaInAPlace_SpeakWithTheirPlace(string text, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(speaker, Assert.Single(doc.Statements).Speaker?.Name);
    }
}
