using Dossier.Core;
using Dossier.Core.Statements;
using Dossier.Text.Paragraphs;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Statements.Tests;

/// <summary>Round 36 (session 20): the lead's items from reading unseen news, and faults found reading invented dossiers
/// (deeds read as speech, a written thing that speaks, a description and its name after an inverted cue, one of a group
/// named, tallies and cents), each on an invented sentence of another story.</summary>
public sealed class LeadItemsRound36Tests
{
    [Theory]
    [InlineData("The coastguard offered a reward of 10,000 euros for news of the missing trawler.", "offered")]
    [InlineData("The airline offered passengers a free night in a hotel near the terminal.", "offered")]
    public void OfferingAThing_IsNoSpeech(string text, string cue)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).EndsWith(cue, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The mayor offered condolences to the families of the crew.")]
    [InlineData("The ministry offered little information about the cost of the new jets.")]
    public void OfferingWords_StaysSpeech(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Contains(doc.Statements, s => s.Cue.Slice(doc.Text).StartsWith("offered", StringComparison.Ordinal));
    }

    [Fact]
    public void ADeedInsideAReport_StaysInTheContent()
    {
        var doc = SampleDocuments.FromTextWithNames("Officials evacuated 300 homes along the canal on Sunday, police said.");

        Assert.Equal("Officials evacuated 300 homes along the canal on Sunday", SampleDocuments.WithCue(doc, "said").Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("The sign on the ferry terminal read: \"All sailings cancelled.\"", "sign on the ferry terminal", "The sign on the ferry terminal")]
    [InlineData("A label on the drum read \"Industrial solvent.\"", "label on the drum", "A label on the drum")]
    public void AWrittenThingBeforeItsPlace_Speaks(string text, string name, string source)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text).StartsWith("read", StringComparison.Ordinal));
        Assert.Equal(name, s.Speaker?.Name);
        Assert.Equal(source, s.Speaker?.Span?.Slice(doc.Text));
    }

    [Theory]
    [InlineData("The ferry was late again. \"The timetable is a fiction,\" said the association's vice-chair, Ruth Okafor.")]
    [InlineData("Trains ran late. \"The timetable is a fiction,\" said the passengers' association chair, Ruth Okafor.")]
    public void ADescriptionAndItsNameAfterAnInvertedCue_NameTheSpeaker(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("Ruth Okafor", s.Speaker?.Name);
        Assert.Equal("\"The timetable is a fiction,\"", s.Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("One commuter, Dev Patel, said the trains had been late all week.", "Dev Patel")]
    [InlineData("Another driver, Lena Hoff, said the road had flooded twice.", "Lena Hoff")]
    public void OneOfAGroupThenTheName_NamesTheSpeaker(string text, string name)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(name, SampleDocuments.WithCue(doc, "said").Speaker?.Name);
    }

    [Theory]
    [InlineData("The line reopened. \"We will keep the line open,\" the operator said on Friday, but added that fares would rise.")]
    [InlineData("The line reopened. \"We will keep the line open,\" the operator said, but added that fares would rise.")]
    public void ButAddedAfterAQuotationsCue_GivesASecondStatement(string text)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.Equal("\"We will keep the line open,\"", SampleDocuments.WithCue(doc, "said").Content.Slice(doc.Text));
        Assert.Equal("fares would rise", SampleDocuments.WithCue(doc, "added").Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("The line reopened. \"We will keep the line open,\" the operator said on Friday, but added that fares would rise.")]
    [InlineData("The line reopened. \"We will keep the line open,\" the operator said, but also warned that fares would rise.")]
    public void ButAddedAfterAQuotationsCue_GivesASecondStatement_FromTheRulesAlone(string text)
    {
        var doc = new Document("t", text) { Paragraphs = LineParagraphSplitter.Split(text) };
        new TokenizerStage().Process(doc, default);
        new SentenceStage().Process(doc, default);
        new StatementStage(useTagger: false).Process(doc, default);

        Assert.Equal("\"We will keep the line open,\"", SampleDocuments.WithCue(doc, "said").Content.Slice(doc.Text));
        Assert.Contains(doc.Statements, s => s.Content.Slice(doc.Text) == "fares would rise" && !s.Cue.Slice(doc.Text).EndsWith("said", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Ashford school board said the bus routes would be cut.", "Ashford school board")]
    public void ANameBeforeABodysNoun_NamesTheBody(string text, string name)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(name, SampleDocuments.WithCue(doc, "said").Speaker?.Name);
    }

    [Fact]
    public void ACueThatReachesItsVerbAfterItsAuxiliary_LeavesItselfOutOfItsContent()
    {
        var doc = SampleDocuments.FromTextWithNames("Rain fell all day. The state has agreed to fund 60 percent of the repairs, the harbour board said in a statement.");

        Assert.DoesNotContain(doc.Statements, s => !s.Cue.IsEmpty && s.Content.Start <= s.Cue.Start && s.Cue.End <= s.Content.End);
    }

    [Fact]
    public void OneOfAGroupBeforeTheName_IsNoPartOfTheRole()
    {
        var doc = SampleDocuments.FromTextWithNames("Rain fell all day. \"The water came in fast,\" said one shopkeeper, Tariq Aziz.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("Tariq Aziz", s.Speaker?.Name);
        Assert.Equal("shopkeeper", s.Speaker?.Role);
    }

    [Fact]
    public void TheSubjectOfASubordinateClause_SpeaksForItsCue()
    {
        var doc = SampleDocuments.FromTextWithNames("Kelby will get a new library after councillors backed the plan by nine votes to two on Monday.");

        Assert.Equal("councillors", SampleDocuments.WithCue(doc, "backed").Speaker?.Name);
    }

    [Theory]
    [InlineData("The committee vote was 7 to 3 against the new runway.", "7", "3")]
    [InlineData("The governors voted 11 to 2 to close the old library.", "11", "2")]
    [InlineData("The amendment passed by 14 votes to 6.", "14", "6")]
    public void TwoCountsOfAVote_CountVotes(string text, string first, string second)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.Equal("votes", Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == first).Object);
        Assert.Equal("votes", Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == second).Object);
    }

    [Fact]
    public void AChangeInVotesAndItsLevel_IsNoTally()
    {
        var doc = SampleDocuments.FromText("Her majority fell by 2,300 votes to 5,100.");

        Assert.NotEqual("votes", Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "5,100").Object);
    }

    [Fact]
    public void AScoreWithoutAVote_CountsNothing()
    {
        var doc = SampleDocuments.FromText("Harbour United won 3 to 1 at home on Saturday.");

        Assert.Null(Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "3").Object);
    }

    [Fact]
    public void Cents_AreMoneyInTheStorysCurrency()
    {
        var doc = SampleDocuments.FromText("The city will spend $2 million on new meters. Parking will cost 75 cents an hour.");

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "75 cents");
        Assert.Equal(QuantityKind.Money, q.Kind);
        Assert.Equal(0.75, q.Value, 6);
        Assert.Equal("USD", q.Unit);
    }

    [Fact]
    public void CentsInAStoryWithoutACurrency_AreMoneyWithNoUnit()
    {
        var doc = SampleDocuments.FromText("A loaf now costs 90 cents more than last year.");

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "90 cents");
        Assert.Equal(QuantityKind.Money, q.Kind);
        Assert.Equal(0.9, q.Value, 6);
        Assert.Null(q.Unit);
    }

    [Theory]
    [InlineData("Riders will pay 75 cents a crossing on the new ferry.", "75 cents")]
    [InlineData("The new bus will cost $3 a ride.", "$3")]
    public void APriceAfterItsArticle_IsReckonedByTheNounNotSpentOnIt(string text, string amount)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.Null(Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == amount).Object);
    }

    [Fact]
    public void FivePerCent_StaysAPercentage()
    {
        var doc = SampleDocuments.FromText("Fares rose 5 per cent in March.");

        Assert.Equal(QuantityKind.Percent, Assert.Single(doc.Quantities).Kind);
    }
}
