namespace Dossier.Statements.Tests;

/// <summary>Statements from the lead's session-19 dossiers, each on an invented sentence of another story with the same
/// shape.</summary>
public sealed class UnseenStoryLead19Tests
{
    [Fact]
    public void AHedgedNumberOpeningTheSpeech_StaysInItsContent()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The strike began before dawn on Monday.\n\nThe port authority of Valencia said around 2,100 containers had been stranded by mid-morning, delaying an estimated 40 ships.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.StartsWith("around 2,100 containers", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void TheDescriptionBeforeAnAcronymBetweenCommas_OwnsAPluralsApostrophe()
    {
        var doc = SampleDocuments.FromTextWithNames("The nurses' union, RCN, rejected claims that its members had walked out without notice.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("RCN", s.Speaker?.Name);
        Assert.Equal("nurses' union", s.Speaker?.Role);
    }

    [Fact]
    public void AnAmountFirstReported_IsNoRelay()
    {
        var doc = SampleDocuments.FromTextWithNames("Analysts at Morgan Stanley said repairs could cost $300 million, well above the figure first reported.");

        var s = Assert.Single(doc.Statements);
        Assert.Empty(s.Relays);
    }

    [Theory]
    [InlineData("Farmers began blocking roads near Lyon on Monday but warned that the protests could spread.", "Farmers")]
    [InlineData("The dockers began blocking the port on Monday but warned that the strike could spread.", "dockers")]
    public void ASubjectThatRunsIntoItsFirstVerb_EndsBeforeIt(string text, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal(speaker, s.Speaker?.Name);
    }

    [Theory]
    [InlineData("A police spokeswoman said the suspect may have fled to Spain, but gave no evidence.", "said", "the suspect may have fled to Spain")]
    [InlineData("Foreign ministry spokesman Omer Celik told a weekly press briefing that Athens had \"invented\" the incident and urged Greece to \"stop the provocations\".", "told", "Athens had \"invented\" the incident")]
    public void TheSpeakersNextVerb_IsNotPartOfWhatWasSaid(string text, string cue, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(content, SampleDocuments.WithCue(doc, cue).Content.Slice(doc.Text));
    }

    [Fact]
    public void AComparisonWithWhatWasFirstThought_IsPartOfTheBelief()
    {
        var doc = SampleDocuments.FromTextWithNames("Engineers believe the cost of the repairs is far higher than first thought.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("the cost of the repairs is far higher than first thought", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void WhatTheSpeakerCalledSomething_LeavesTheSpeakerAndCueOutOfTheContent()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Turkey on Friday summoned Greece's ambassador in Ankara to protest what it called \"hostile remarks\" by the Greek minister.");

        var s = SampleDocuments.WithCue(doc, "called");
        Assert.Equal("Turkey", s.Speaker?.Name);
        Assert.StartsWith("\"hostile remarks\"", s.Content.Slice(doc.Text), StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Statements, o => o.Cue.Slice(doc.Text) == "to");
    }

    [Fact]
    public void AnEstimatedNumber_DoesNotMakeTheSpeechABelief()
    {
        var doc = SampleDocuments.FromTextWithNames("The rail operator said 120 trains had been cancelled, affecting an estimated 80,000 commuters.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal(Dossier.Core.Statements.Certainty.Certain, s.Certainty);
    }

    [Fact]
    public void PeopleWhoReadSomething_SayNothing_ButATextThatReads_Does()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Thieves read customers' mail for a year, bank says\n\nThe sign on the gate read: \"Closed until further notice.\"");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == "read" && s.Speaker?.Name == "Thieves");
        Assert.Contains(doc.Statements, s => s.Cue.Slice(doc.Text).StartsWith("read", StringComparison.Ordinal) && s.Content.Slice(doc.Text).Contains("Closed", StringComparison.Ordinal));
    }
}
