namespace Dossier.Statements.Tests;

/// <summary>Statements and quantities from the lead's session-25 dossiers (a copper mine's collapse and rescue, its inquiry),
/// each on an invented sentence of another story with the same shape.</summary>
public sealed class UnseenStoryLead25Tests
{
    [Theory]
    [InlineData("The dockers' union, Portal, said it had warned the port in May that the cranes were unsafe.", "Portal", "it had warned the port in May that the cranes were unsafe")]
    [InlineData("The pilots' union, Avelin, said it had raised the issue with the airline twice.", "Avelin", "it had raised the issue with the airline twice")]
    public void ALoneNameBetweenCommasAfterItsDescription_Speaks(string text, string speaker, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal(speaker, s.Speaker?.Name);
        Assert.Equal(content, s.Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("The pilots accused the airline of ignoring repeated complaints about fatigue.")]
    [InlineData("Residents blamed the council for missing repeated warnings about the river wall.")]
    public void AParticipleBeforeItsNoun_IsNoCue(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == "repeated");
    }

    [Fact]
    public void ANounCueBeforeItsInfinitive_InAHeadline_SaysNothing()
    {
        var doc = SampleDocuments.FromTextWithNames("Ferry inquiry to report by September, minister says");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("says", s.Cue.Slice(doc.Text));
    }

    [Fact]
    public void AFigureAClauseLaterRoseFrom_IsACountOfTheSameThing()
    {
        var doc = SampleDocuments.FromTextWithNames("Eleven climbers died on the mountain, up from four.");

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "four");
        Assert.Equal(4, q.Value);
        Assert.Equal("climbers", q.Object);
    }

    [Theory]
    [InlineData("Forty-one people have died, the agency said on Friday, far more than the \"dozen\" it reported last week.", "Forty-one people have died")]
    [InlineData("Records of 9,000 patients may have been copied in the breach, the hospital said on Friday, far more than the \"handful\" it reported last week.",
        "Records of 9,000 patients may have been copied in the breach")]
    public void AComparisonAfterTheSourcesDay_IsTheWriters_AndItsRelativeClauseSaysNothing(string text, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal("said", s.Cue.Slice(doc.Text));
        Assert.Equal(content, s.Content.Slice(doc.Text));
    }

    private const string CouncilVote =
        "Mayor Lars Eklund's Harbour Party won the most seats in Sunday's city vote but fell short of a majority, official results showed on Monday, leaving Portvik facing weeks of talks.\n\n" +
        "The Harbour Party took 21 of the 61 seats, down from 26 in the last council, the election office said. The Greens won 17 and the Citizens' List 12, more than doubling its five seats.\n\n" +
        "Eklund said on Monday night he would begin talks with \"all serious parties\", a phrase widely read as ruling out a deal with the Citizens' List.\n\n" +
        "The list's leader, Tomas Brandt, said his group had \"earned the right\" to govern and warned that excluding it would \"insult a fifth of the voters\". The list won 19.4% of the vote.\n\n" +
        "Anna Berg, whose Greens gained three seats, declined to say whether she would join an Eklund-led coalition. \"We will listen to what he offers,\" she told the Portvik Courier.";

    [Fact]
    public void APronounAfterAPersonOpeningTheSentenceBefore_IsThatPerson_NotAnEarlierSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames(CouncilVote);

        Assert.Equal("Anna Berg", SampleDocuments.WithCue(doc, "told").Speaker?.Name);
    }

    [Fact]
    public void TheVerbOfSpeechARefusalGoverns_IsNoSecondStatement()
    {
        var doc = SampleDocuments.FromTextWithNames(CouncilVote);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == "say");
    }

    [Fact]
    public void AFirstVerbBeforeAParticiplesQuotation_KeepsOnlyItsObject()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Prime Minister Ola Nyberg dismissed the survey, telling the state broadcaster NRV that \"the only poll that counts is on May 4\".");

        var s = SampleDocuments.WithCue(doc, "dismissed");
        Assert.Equal("the survey", s.Content.Slice(doc.Text));
        Assert.Null(s.Quote);
    }

    [Theory]
    [InlineData("Prime minister calls snap election for March")]
    public void CallingAnEventInAHeadline_IsADeed(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Empty(doc.Statements);
    }

    [Fact]
    public void AnEarlierFigureAfterTheSourcesCall_IsTheWriters_AndMoneyLikeTheNewOne()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The recall will cost about 60 million dollars, finance chief Jens Lie told analysts on a call on Thursday, up from an earlier estimate of 35 million.");

        Assert.Equal("The recall will cost about 60 million dollars", SampleDocuments.WithCue(doc, "told").Content.Slice(doc.Text));
        var earlier = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "35 million");
        Assert.Equal(Dossier.Core.Statements.QuantityKind.Money, earlier.Kind);
        Assert.Equal("USD", earlier.Unit);
    }
}
