using Dossier.Core;
using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Readings that went wrong on news stories written for round 14 (a rate decision, an earnings call, a hostage
/// negotiation, a mine rescue, a bribery trial, a transfer rumour, a glacier report, a satellite analysis, an inquiry, a
/// flight diversion): who speaks, what they said, what is a number.</summary>
public sealed class UnseenStoryRound14Tests
{
    [Fact]
    public void AMoneyRangeWithTheSignRepeated_IsOneRange()
    {
        var doc = SampleDocuments.FromTextWithNames("The retailer expects a dividend of $1.20 to $1.35 a share.");

        var q = Assert.Single(doc.Quantities);
        Assert.Equal(QuantityQualifier.Range, q.Qualifier);
        Assert.Equal(QuantityKind.Money, q.Kind);
        Assert.Equal(1.20, q.Low);
        Assert.Equal(1.35, q.High);
    }

    [Fact]
    public void AMoveFromOneAmountToAnother_IsNoRange()
    {
        var doc = SampleDocuments.FromTextWithNames("The fare rose from $2.50 to $2.75 in May.");

        Assert.Equal(2, doc.Quantities.Count);
        Assert.All(doc.Quantities, q => Assert.Equal(QuantityQualifier.Exact, q.Qualifier));
    }

    [Fact]
    public void ARangeOfCentimetres_IsAMeasure()
    {
        var doc = SampleDocuments.FromTextWithNames("Snow depths of 40 to 60 centimetres were recorded in the passes.");

        var q = Assert.Single(doc.Quantities);
        Assert.Equal(QuantityKind.Measure, q.Kind);
        Assert.Equal("centimetres", q.Unit);
        Assert.Null(q.Object);
    }

    [Fact]
    public void AParticipleRightAfterAnAmount_IsNoObject()
    {
        var doc = SampleDocuments.FromTextWithNames("The council cancelled grants worth 3 million euros awarded to two charities.");

        // Round 48: the sum is the worth of the noun before "worth"; the participle after it is still no object.
        var q = Assert.Single(doc.Quantities, q => q.Kind == QuantityKind.Money);
        Assert.Equal("grants", q.Object);
    }

    [Fact]
    public void AHedgeBeforeTheArticle_QualifiesTheNumber()
    {
        var doc = SampleDocuments.FromTextWithNames("Traders now see roughly a 40% chance of a hike.");

        var q = Assert.Single(doc.Quantities);
        Assert.Equal(QuantityQualifier.Approximate, q.Qualifier);
        Assert.Equal(40, q.Value);
    }

    [Fact]
    public void AnAmountWrittenAsOneModifier_IsMoney()
    {
        var doc = SampleDocuments.FromTextWithNames("The port agreed a 30-million-euro upgrade.");

        var q = Assert.Single(doc.Quantities);
        Assert.Equal(QuantityKind.Money, q.Kind);
        Assert.Equal("EUR", q.Unit);
        Assert.Equal(30_000_000, q.Value);
    }

    [Fact]
    public void AnAgeWrittenAsOneWord_CountsNothing()
    {
        var doc = SampleDocuments.FromTextWithNames("The 31-year-old signed a new deal.");

        Assert.DoesNotContain(doc.Quantities, q => q.Span.Slice(doc.Text).Contains("31", StringComparison.Ordinal));
    }

    [Fact]
    public void APartOfAGroup_CountsItsMembers()
    {
        var doc = SampleDocuments.FromTextWithNames("Police said 14 of the protesters were charged.");

        var q = Assert.Single(doc.Quantities);
        Assert.Equal("protesters", q.Object);
    }

    [Theory]
    [InlineData("One resident told the radio station that the water had risen fast.")]
    [InlineData("One economist, Lea Marr, said the slowdown would pass.")]
    public void OneBeforeASpeaker_CountsNothing(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Empty(doc.Quantities);
    }

    [Fact]
    public void SheAfterAnUnnamedPassenger_IsThatPassenger()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Captain Rolf Ekman said the crew had followed every procedure.\n\n"
            + "One passenger told the radio station that the lights had gone out. \"Children were crying,\" she said.");

        var s = SampleDocuments.WithCue(doc, "said", "Children");
        Assert.Equal("One passenger", s.Speaker?.Name);
    }

    [Fact]
    public void SheAfterASpokeswomanForABody_IsTheSpokeswoman()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Mayor Tom Ridley said the ferry had been overloaded.\n\n"
            + "The crossing will resume on Monday, a spokeswoman for the ferry operator said. She said refunds would be paid.");

        var s = SampleDocuments.WithCue(doc, "said", "refunds");
        Assert.Equal("spokeswoman for the ferry operator", s.Speaker?.Name);
    }

    [Theory]
    [InlineData("The agency now expects growth of about 2 percent next year.", "expects", "agency")]
    [InlineData("Turnout will be the lowest since 1990, a poll published on Sunday said.", "said", "poll")]
    [InlineData("Rents will keep rising for years, the think tank said.", "said", "think tank")]
    public void WordsAtTheSourcesEdge_AreNoPartOfTheSpeaker(string text, string cue, string name)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(name, SampleDocuments.WithCue(doc, cue).Speaker?.Name);
    }

    [Fact]
    public void ARelativeClauseInTheDescription_IsNoPartOfTheRole()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Nora Blix, a historian at the city museum who was not involved in the dig, said the coins were Roman.");

        var s = SampleDocuments.WithCue(doc, "said");
        // The role is the apposition's, without its article, as for every role word ("spokeswoman at the city museum");
        // "historian" joined the role words in session 13.
        Assert.Equal("historian at the city museum", s.Speaker?.Role);
    }

    [Fact]
    public void AnOfficialInsideABody_IsTheSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames("A senior official in the transport ministry denied that the bridge was unsafe.");

        var s = SampleDocuments.WithCue(doc, "denied");
        Assert.StartsWith("senior official", s.Speaker?.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void TheMinutesOfAMeeting_SpeakForIt()
    {
        var doc = SampleDocuments.FromTextWithNames("Three of the seven directors opposed the merger, the minutes showed.");

        var s = SampleDocuments.WithCue(doc, "showed");
        Assert.Equal("Three of the seven directors opposed the merger", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void APatientsCondition_IsNoCue()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The driver was flown to a hospital in Leeds, police said. Her condition was not known on Sunday night.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).Contains("condition", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Vance told the public transport committee she had not known that an aide owned shares in the firm when the deal was signed.", "she had not known")]
    public void TheHearersOfToldWithoutThat_AreNoPartOfTheSpeech(string text, string start)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = SampleDocuments.WithCue(doc, "told");
        Assert.StartsWith(start, s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void TheSourcesAnOutletCitesAfterAccordingTo_SpeakThroughIt()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The club has agreed a fee for the defender, according to Radio Norte, citing people close to the player.");

        var s = SampleDocuments.WithCue(doc, "according to");
        Assert.Equal("people close to the player", s.Speaker?.Name);
        Assert.Contains(s.Relays, r => r.Name == "Radio Norte");
        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == "citing");
    }

    [Fact]
    public void RefusingToBeDrawn_IsARefusal()
    {
        var doc = SampleDocuments.FromTextWithNames("Coach Ana Ruiz refused to be drawn on her future at the club.");

        Assert.Equal(SpeechAct.Decline, SampleDocuments.WithCue(doc, "refused").Act);
    }

    [Fact]
    public void AQuotationAfterAParticipleTail_GoesOnWithTheSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "\"The water came in so fast,\" one fisherman told the local paper, asking not to be named. \"We lost everything.\"");

        var s = Assert.Single(doc.Statements, s => s.Content.Slice(doc.Text).Contains("We lost everything", StringComparison.Ordinal));
        Assert.Equal("one fisherman", s.Speaker?.Name);
    }

    [Fact]
    public void TheSubjectOfIsSaidTo_IsNoSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Coach Ivo Brandt praised the squad. The goalkeeper is said to want a move to Spain, where his family lives.");

        var s = SampleDocuments.WithCue(doc, "said", "move to Spain");
        Assert.Null(s.Speaker);
        Assert.StartsWith("The goalkeeper", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void AnAideToATitledPerson_IsTheSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames("A former aide to Governor Lisa Hart told the court that the payments were routine.");

        var s = SampleDocuments.WithCue(doc, "told");
        Assert.NotEqual("Lisa Hart", s.Speaker?.Name);
        Assert.Contains("aide", s.Speaker?.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void APersonOfAFirm_IsThePerson()
    {
        var doc = SampleDocuments.FromTextWithNames("Tom Hale of Sunbridge said the shares were overpriced.");

        Assert.Equal("Tom Hale", SampleDocuments.WithCue(doc, "said").Speaker?.Name);
    }

    [Fact]
    public void ACountryNamingWhereAFundIs_IsNoSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "\"The margins are shrinking,\" said a trader at a big German bank who asked not to be named.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.NotEqual("Germany", s.Speaker?.Name);
        Assert.DoesNotContain("who", s.Speaker?.Name ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void AThatOpeningItsSentence_StaysInTheSpeech()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The levee could fail within days, the survey found. That would flood about 4,000 homes, it said.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.StartsWith("That would flood", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void TheSpeakersDescriptionBeforeTheName_IsNoPartOfTheSpeech()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "All 12 were rescued unharmed, the resort's owner, Talvik Group, said in a statement.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.EndsWith("rescued unharmed", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kestrel Airways profit beats forecasts, shares climb 6%\n\nKestrel Airways said on Monday that bookings were strong.", "forecasts")]
    [InlineData("The brewer reported sales of $2 billion, beating analyst estimates.", "estimates")]
    [InlineData("Ferry evacuated off Dover, fire reported in engine room\n\nAll 90 passengers were safe, the coastguard said.", "reported")]
    public void AWordThatNamesNoSpeechHere_IsNoCue(string text, string word)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).Contains(word, StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Statements, s => s.Relays.Any(r => r.Name.Contains("analyst", StringComparison.Ordinal)));
        Assert.All(doc.Statements, s => Assert.NotEqual(Certainty.Belief, s.Certainty));
    }

    [Fact]
    public void SeveralMillion_IsAVagueAmount()
    {
        var doc = SampleDocuments.FromTextWithNames("The kidnappers demanded several million dollars.");

        var q = Assert.Single(doc.Quantities);
        Assert.Equal(QuantityKind.Money, q.Kind);
        Assert.Equal("USD", q.Unit);
        Assert.Equal(2_000_000, q.Low);
    }

    [Fact]
    public void ThePeopleAPollAsked_SpeakThroughThePollster()
    {
        var doc = SampleDocuments.FromTextWithNames("Analysts surveyed by Bloomberg had forecast a rise of 0.3%.");

        var s = SampleDocuments.WithCue(doc, "forecast");
        Assert.Equal("Analysts", s.Speaker?.Name);
        Assert.Contains(s.Relays, r => r.Name == "Bloomberg");
    }

    [Fact]
    public void AnAuthorBeforeAName_IsTheRole()
    {
        var doc = SampleDocuments.FromTextWithNames("\"The decline is steeper than we feared,\" said co-author Petra Lind.");

        Assert.Equal("co-author", SampleDocuments.WithCue(doc, "said").Speaker?.Role);
    }
}
