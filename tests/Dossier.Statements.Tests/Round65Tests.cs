namespace Dossier.Statements.Tests;

/// <summary>Round 65 (session 29): printed interviews — answers under a speaker's label in ordinary case, questions that
/// are no one's statement, "spoke to" an outlet as the interview's introduction — and a participle after ", while".</summary>
public sealed class Round65Tests
{
    private const string Interview =
        "Harbour chief on the dredging delays\n\n"
        + "Port Director Anselm Korvik spoke to the Tidewater Herald two days after the channel was closed to large ships.\n\n"
        + "Q: How long will the channel stay shut?\n\n"
        + "Korvik: Perhaps six weeks. The dredgers arrive on Friday and will work around the clock.\n\n"
        + "Q: Shipping lines say they are losing money every day. What do you tell them?\n\n"
        + "Korvik: We hear them. We have waived 2,500 berth fees and we are talking to each line.\n\n"
        + "Q: Will the port need more money?\n\n"
        + "Korvik: No. The board set aside 80 million crowns in March.";

    [Fact]
    public void AnAnswerUnderASurnameLabel_IsTheWholeTurnOfTheNamedPerson()
    {
        var doc = SampleDocuments.FromTextWithNames(Interview);

        var s = SampleDocuments.WithCue(doc, ":", "waived");
        Assert.Equal("Anselm Korvik", s.Speaker?.Name);
        Assert.True(s.Speaker?.Entity >= 0);
        Assert.Equal("We hear them. We have waived 2,500 berth fees and we are talking to each line.", s.Content.Slice(doc.Text));
        Assert.Equal("Perhaps six weeks. The dredgers arrive on Friday and will work around the clock.",
            SampleDocuments.WithCue(doc, ":", "dredgers").Content.Slice(doc.Text));
    }

    [Fact]
    public void AQuestionLine_IsNoStatementOfTheLetterQ()
    {
        var doc = SampleDocuments.FromTextWithNames(Interview);

        Assert.DoesNotContain(doc.Statements, s => s.Speaker?.Name is "Q" or "Question");
        Assert.DoesNotContain(doc.Statements, s => s.Content.Slice(doc.Text).Contains("How long will", StringComparison.Ordinal));
    }

    [Fact]
    public void TheFiguresOfAnAnswer_AreThatSpeakers()
    {
        var doc = SampleDocuments.FromTextWithNames(Interview);

        foreach (string figure in new[] { "2,500", "80 million crowns" })
        {
            var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text).StartsWith(figure, StringComparison.Ordinal));
            Assert.True(q.Statement >= 0, figure);
            Assert.Equal("Anselm Korvik", doc.Statements[q.Statement].Speaker?.Name);
        }
    }

    [Fact]
    public void SpokeToAnOutlet_IntroducesTheInterview_AndTheOutletRelaysTheAnswers()
    {
        var doc = SampleDocuments.FromTextWithNames(Interview);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).StartsWith("spoke", StringComparison.Ordinal));
        var answer = SampleDocuments.WithCue(doc, ":", "crowns");
        Assert.Contains(answer.Relays, r => r.Name.Contains("Tidewater Herald", StringComparison.Ordinal) && r.Medium == "interview");
    }

    [Fact]
    public void AnAnswersOpeningHedge_StaysWithTheWholeTurn()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Harbour chief on the dredging delays\n\n"
            + "Port Director Anselm Korvik spoke to the Tidewater Herald two days after the channel was closed to large ships.\n\n"
            + "Q: How long will the channel stay shut?\n\n"
            + "Korvik: Perhaps six weeks.\n\n"
            + "Q: Will the port need more money?\n\n"
            + "Korvik: No. The board set aside 80 million crowns in March.");

        var s = SampleDocuments.WithCue(doc, ":", "six weeks");
        Assert.Equal("Anselm Korvik", s.Speaker?.Name);
        Assert.Equal(Dossier.Core.Statements.Certainty.Possible, s.Certainty);
    }

    [Theory]
    [InlineData("Coach Ilse Marten spoke with the Riverside Echo on Sunday.")]
    [InlineData("Fisheries Minister Oskar Brenne spoke to the Coastal Tribune a day after trawlers blockaded 12 harbours in the west.")]
    [InlineData("Health Secretary Dana Whitlow talked to the Valley Post three weeks after the clinic closures began.")]
    public void SpeakingToAnOutletWithNoTopic_IsNoStatement(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Empty(doc.Statements);
    }

    [Fact]
    public void SpeakingToAnOutletAboutATopic_StaysAStatement()
    {
        var doc = SampleDocuments.FromTextWithNames("Fisheries Minister Oskar Brenne spoke to the Coastal Tribune about the quota cuts.");

        Assert.Equal("Oskar Brenne", SampleDocuments.WithCue(doc, "spoke to").Speaker?.Name);
    }

    [Fact]
    public void QuestionAndAnswerWords_AnswerByTheIntervieweeNamedBefore()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Transport Secretary Mirela Dunstan talked with the Northgate Ledger on Monday.\n\n"
            + "Question: When will the bridge reopen?\n\n"
            + "Answer: Not before the summer. The engineers found 14 cracked bearings.\n\n"
            + "Question: Who pays for the repairs?\n\n"
            + "Answer: The contractor does, under the warranty.");

        var s = SampleDocuments.WithCue(doc, ":", "bearings");
        Assert.Equal("Mirela Dunstan", s.Speaker?.Name);
        Assert.Equal("Not before the summer. The engineers found 14 cracked bearings.", s.Content.Slice(doc.Text));
        Assert.DoesNotContain(doc.Statements, o => o.Content.Slice(doc.Text).Contains("Who pays", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Statements, o => o.Speaker?.Name is "Answer" or "Question");
    }

    [Fact]
    public void AnAnswerBetweenTwoNamedSpeakers_IsItsLabelsSpeech()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The radio debate between the two candidates for mayor turned to the budget.\n\n"
            + "Okafor: The city owes its bankers far too much, and I will cut that debt.\n\n"
            + "Lindqvist: You said that last year as well. Nothing happened.\n\n"
            + "Okafor: I was not in office last year.\n\n"
            + "Lindqvist: Then tell voters how you would do it.");

        Assert.Equal("Okafor", SampleDocuments.WithCue(doc, ":", "bankers").Speaker?.Name);
        Assert.Equal("You said that last year as well. Nothing happened.", SampleDocuments.WithCue(doc, ":", "Nothing happened").Content.Slice(doc.Text));
    }

    [Fact]
    public void SurnameLabelsInCapitals_AreThePeopleNamedBefore()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Deputy Finance Minister Tomas Balin spoke to Radio Kestrel host Ann Morrow on Thursday about the fuel subsidy.\n\n"
            + "MORROW: Minister, how many families lose the subsidy next month?\n\n"
            + "BALIN: Roughly 12,000. Most of them are on the highest incomes.\n\n"
            + "MORROW: Your own backbenchers call that a tax rise.\n\n"
            + "BALIN: It is not a tax. We are spending 300 million pesos more on transport than last year.");

        var s = SampleDocuments.WithCue(doc, ":", "highest incomes");
        Assert.Equal("Tomas Balin", s.Speaker?.Name);
        Assert.Equal("Deputy Finance Minister", s.Speaker?.Role);
        Assert.Contains(s.Relays, r => r.Name == "Radio Kestrel");
        var pesos = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text).StartsWith("300 million", StringComparison.Ordinal));
        Assert.Equal("Tomas Balin", doc.Statements[pesos.Statement].Speaker?.Name);
    }

    [Fact]
    public void ALoneLabelInOrdinaryCase_IsNoTurn()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The council met on Tuesday.\n\nBackground: The levy was first raised in 2019.\n\nThe mayor said the levy would stay.");

        Assert.DoesNotContain(doc.Statements, s => s.Content.Slice(doc.Text).Contains("first raised", StringComparison.Ordinal) && s.Cue.Slice(doc.Text) == ":");
    }

    [Theory]
    [InlineData("Union leader Petra Salo said the offer was \"a step backwards,\" while suggesting that the pension terms had improved.", "Petra Salo", "suggesting")]
    [InlineData("Officials, speaking privately, said the talks had stalled, while warning that a deal could still come within days.", "Officials", "warning")]
    public void AParticipleAfterCommaWhile_SharesTheClausesSpeaker(string text, string speaker, string cue)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(speaker, SampleDocuments.WithCue(doc, cue).Speaker?.Name);
    }
}
