namespace Dossier.Statements.Tests;

/// <summary>Statements and quantities from the lead's session-21 dossiers (a prisoner exchange told by three outlets, a
/// refinery strike told by two), each on an invented sentence of another story with the same shape.</summary>
public sealed class UnseenStoryLead21Tests
{
    [Theory]
    [InlineData("The climber was flown to Innsbruck on Monday. Doctors treating Lena Vogt said she was in stable condition.", "Doctors treating Lena Vogt")]
    [InlineData("Lawyers representing Omar Haddad said the ruling would be appealed.", "Lawyers representing Omar Haddad")]
    public void PeopleWhoServeANamedPerson_SpeakThemselves(string text, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal(speaker, s.Speaker?.Name);
    }

    [Fact]
    public void AGroupBeforeItsParticiplesObject_Speaks()
    {
        var doc = SampleDocuments.FromTextWithNames("Teachers working at the flooded school said the classrooms were unusable.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("Teachers working at the flooded school", s.Speaker?.Name);
    }

    [Theory]
    [InlineData("The border crossing reopened after nine hours, officials on both sides said.", "officials on both sides")]
    [InlineData("The ceasefire held overnight, diplomats from both countries said.", "diplomats from both countries")]
    public void OfficialsOnASide_AreTheSpeakers(string text, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal(speaker, s.Speaker?.Name);
        Assert.StartsWith("The ", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void OfficialsOnADay_KeepTheDayOutOfTheSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames("The ceasefire held overnight, officials on Tuesday said.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("officials", s.Speaker?.Name);
    }

    [Fact]
    public void AClauseWithACount_StaysWholeBeforeATrailingSource()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Chad released 20 rebels on Monday in an exchange for two Libyans held in Sudan, officials on both sides said.");

        var s = Assert.Single(doc.Statements);
        Assert.StartsWith("Chad released 20 rebels on Monday", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void CitingAReason_IsTheSubjectsStatement()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "A Transport Ministry spokesperson confirmed that two pilots had been suspended but declined to name them, citing privacy concerns.");

        var citing = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "citing");
        Assert.NotNull(citing.Speaker);
        Assert.Contains("Transport Ministry", citing.Speaker!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAdjectiveThatIsAlsoAPapersName_DoesNotMakeThePaperSpeak()
    {
        var doc = SampleDocuments.FromTextWithNames("Independent engineers said the bridge was unsafe.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("Independent engineers", s.Speaker?.Name);
    }

    [Fact]
    public void ATallyBySomeone_IsTheirs()
    {
        var doc = SampleDocuments.FromTextWithNames("The fire was the ninth at a recycling plant since March, according to a tally by Bloomberg.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("Bloomberg", s.Speaker?.Name);
    }

    [Fact]
    public void ABareRefusalToComment_IsADecline()
    {
        var doc = SampleDocuments.FromTextWithNames("The stadium's owners would not comment.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal(Dossier.Core.Statements.SpeechAct.Decline, s.Act);
        Assert.Equal("would not", s.Cue.Slice(doc.Text));
        Assert.Equal("comment", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void AnAgedDescription_IsThePersonJustNamed()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Tomas Brenner spent 40 hours trapped under the rubble before rescuers reached him.\n\n"
            + "\"I could hear them digging,\" the 44-year-old mechanic told reporters on Friday.");

        var s = Assert.Single(doc.Statements, s => s.Kind == Dossier.Core.Statements.StatementKind.Direct);
        Assert.Equal("Tomas Brenner", s.Speaker?.Name);
        Assert.Equal("44-year-old mechanic", s.Speaker?.Role);
    }

    [Fact]
    public void AnAgedDescription_OfAnotherAge_IsNotThePersonJustNamed()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Police charged Tomas Brenner, 52, on Monday.\n\n\"He attacked me,\" the 29-year-old waiter told reporters.");

        var s = Assert.Single(doc.Statements, s => s.Kind == Dossier.Core.Statements.StatementKind.Direct);
        Assert.NotEqual("Tomas Brenner", s.Speaker?.Name);
    }

    [Fact]
    public void ADescriptionAfterAnOpeningSource_IsNoPartOfWhatItSays()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "According to Amnesty, a London-based rights group, 300 protesters remain in detention.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("300 protesters remain in detention", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void AQuestionWordTheWritersKnow_IsNoStatement()
    {
        var doc = SampleDocuments.FromTextWithNames("Bridge collapse: what we know\n\nThe bridge fell into the river on Sunday.");

        Assert.Empty(doc.Statements);
    }

    [Theory]
    [InlineData("The activist was held in cell 12 for three weeks.")]
    [InlineData("The minister met the families in room 101 of the ministry.")]
    public void ANumberThatLabelsAPlace_IsNoCount(string text)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.DoesNotContain(doc.Quantities, q => q.Span.Slice(doc.Text) is "12" or "101");
    }

    [Fact]
    public void AParticipleAfterACount_IsNotWhatIsCounted()
    {
        var doc = SampleDocuments.FromText("Montenegro returned six of its citizens: two convicted of smuggling in Serbia and four held in Croatia.");

        Assert.DoesNotContain(doc.Quantities, q => q.Object is "convicted" or "held");
    }

    [Theory]
    [InlineData("Estonia expelled two diplomats on Friday, the Estonian prosecutor's office said.", "Estonia", "prosecutor's office")]
    [InlineData("Georgia's General Staff confirmed that its troops had left the village.", "Georgia", "General Staff")]
    public void ACountrysBody_IsTheCountrysRole(string text, string speaker, string role)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal(speaker, s.Speaker?.Name);
        Assert.Equal(role, s.Speaker?.Role);
    }

    [Theory]
    [InlineData("Sources close to the Elysee said the reshuffle had been delayed.", "Sources close to the Elysee")]
    [InlineData("A source at Airbus said deliveries would slip.", "source at Airbus")]
    [InlineData("Two sources in the Turkish foreign ministry said the visit was off.", "Two sources in the Turkish foreign ministry")]
    public void AnUnnamedSourceNearABody_IsNotTheBody(string text, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal(speaker, s.Speaker?.Name);
        Assert.Equal(-1, s.Speaker?.Entity);
    }

    [Theory]
    [InlineData("The court adjourned.\n\nHis daughter, Mira, said the family had not been told.", "Mira")]
    [InlineData("The court adjourned.\n\nHer lawyer, Tomas Brenner, said the ruling would be appealed.", "Tomas Brenner")]
    public void ANameBetweenCommasAfterANounForAPerson_Speaks(string text, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal(speaker, s.Speaker?.Name);
    }

    [Fact]
    public void ABodyAndTheCityItSitsIn_IsTheBody()
    {
        var doc = SampleDocuments.FromTextWithNames("The Supreme Court in Madrid, which heard the appeal in May, said the fine was lawful.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("Supreme Court", s.Speaker?.Name);
    }

    [Fact]
    public void ATradesNoun_IsTheFirmThatJustSpoke()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Ryanair said it had cancelled 40 flights. The airline said it would refund passengers within a week.");

        Assert.All(doc.Statements, s => Assert.Equal("Ryanair", s.Speaker?.Name));
        Assert.Equal(2, doc.Statements.Count);
    }

    [Theory]
    [InlineData("The talks ended.\n\nThe handover took place at a checkpoint near Narva early in the morning, Estonian Interior Minister Lauri Tamm told reporters in Tallinn. \"It went calmly, and it is over,\" he said.")]
    [InlineData("The talks ended.\n\nThe swap took place at a border crossing near Brest early in the morning, Polish Foreign Minister Adam Nowak told reporters in Warsaw. \"This was months of quiet work, and it is not over,\" he said.")]
    public void ATaggedExtentThatStopsOnAnArticle_LeavesThePhraseWhole(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "told");
        Assert.EndsWith("early in the morning", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }
}
