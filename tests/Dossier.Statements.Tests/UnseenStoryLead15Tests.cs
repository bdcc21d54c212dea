using Dossier.Core;
using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Statements and numbers from the lead's session-15 dossiers (a diplomatic expulsion told by three reports, a
/// volcanic eruption told by two), each on an invented sentence of the same shape.</summary>
public sealed class UnseenStoryLead15Tests
{
    [Fact]
    public void ADescriptionBeforeANamedSource_IsNoPartOfTheSpeechAfterAName()
    {
        var doc = SampleDocuments.FromTextWithNames("The driver was Ewa Nowak, the regional police chief, Jan Malik, said.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("The driver was Ewa Nowak", s.Content.Slice(doc.Text));
        Assert.Equal("Jan Malik", s.Speaker?.Name);
        Assert.Equal("regional police chief", s.Speaker?.Role);
    }

    [Theory]
    [InlineData("The mayor denied having any access to the files.", "having any access to the files")]
    [InlineData("The company denied seeking permission for the dump.", "seeking permission for the dump")]
    [InlineData("The mayor denied ever having the chance to see the files.", "ever having the chance to see the files")]
    public void AGerundAfterDenied_IsWhatIsDenied(string text, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal(SpeechAct.Deny, s.Act);
        Assert.Equal(content, s.Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("Chile and Peru said the border would reopen.", "Chile and Peru", new[] { "Chile", "Peru" })]
    [InlineData("Spain, Portugal and Morocco said the border would reopen.", "Spain, Portugal and Morocco", new[] { "Spain", "Portugal", "Morocco" })]
    [InlineData("Spain, Portugal, and Morocco said the border would reopen.", "Spain, Portugal, and Morocco", new[] { "Spain", "Portugal", "Morocco" })]
    [InlineData("Both Chile and Peru have said the border would reopen.", "Both Chile and Peru", new[] { "Chile", "Peru" })]
    public void ACoordinatedSource_NamesEverySpeaker(string text, string source, string[] names)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal(source, s.Speaker?.Span?.Slice(doc.Text));
        Assert.Equal(names[0], s.Speaker?.Name);
        Assert.Null(s.Speaker?.Role);
        Assert.Equal(names[1..], (s.Speaker?.With ?? []).Select(w => w.Name));
    }

    [Theory]
    [InlineData("Trinidad and Tobago said the storm had passed.", "Trinidad and Tobago")]
    [InlineData("Separately, Chile and Peru said the border would reopen.", "Chile and Peru")]
    public void OneNameWithAnAnd_OrAnAdverbBeforeTheList_IsNoLongerList(string text, string source)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal(source, s.Speaker?.Span?.Slice(doc.Text));
    }

    [Fact]
    public void TwoTitledPeople_SpeakTogether()
    {
        var doc = SampleDocuments.FromTextWithNames("President Ana Lima and Prime Minister Rui Costa said the talks went well.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("Ana Lima", s.Speaker?.Name);
        Assert.Equal("President", s.Speaker?.Role);
        var other = Assert.Single(s.Speaker?.With ?? []);
        Assert.Equal("Rui Costa", other.Name);
        Assert.Equal("Prime Minister", other.Role);
    }

    [Theory]
    [InlineData("The fire chief said at least four homes had burned down.", "at least four homes had burned down")]
    [InlineData("The coach said at most ten players would travel.", "at most ten players would travel")]
    public void AtLeastAfterTheCue_HedgesTheNumberAndStaysInTheContent(string text, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal("said", s.Cue.Slice(doc.Text));
        Assert.Equal(content, s.Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("The airline has not said which routes it will cut.")]
    [InlineData("The club has not said who will replace the coach.")]
    public void ANegatedTellingOfAnOpenQuestion_Declines(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal(SpeechAct.Decline, s.Act);
    }

    [Fact]
    public void ARefusalJoinedByBut_SharesTheSpeakerAndEndsTheFirstSpeech()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The power company Nordvik Energi said it expected no outages but declined to say how long the reserves would last.");

        var said = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "said");
        Assert.Equal("it expected no outages", said.Content.Slice(doc.Text));
        var declined = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text).StartsWith("declined", StringComparison.Ordinal));
        Assert.Equal(said.Speaker?.Name, declined.Speaker?.Name);
        Assert.Equal(SpeechAct.Decline, declined.Act);
    }

    [Theory]
    [InlineData("Only a few dozen of the villagers have returned.", 24, 119)]
    [InlineData("A few hundred protesters gathered outside.", 200, 999)]
    public void AFewDozen_IsAVagueCount(string text, double low, double high)
    {
        var doc = SampleDocuments.FromText(text);

        var q = Assert.Single(doc.Quantities);
        Assert.Equal(QuantityKind.Count, q.Kind);
        Assert.Equal(low, q.Low);
        Assert.Equal(high, q.High);
    }

    [Fact]
    public void ANameWithAParticleAfterItsDescription_Speaks()
    {
        var doc = SampleDocuments.FromTextWithNames("A spokesperson, Anke van Dijk, said about 40 trains were cancelled.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("Anke van Dijk", s.Speaker?.Name);
        Assert.Equal("about 40 trains were cancelled", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void AComparisonAfterATrailingSource_IsNoSpeech()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "More than 5,000 nurses joined the strike on Wednesday, the union said, nearly twice as many as on Tuesday.");

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "said");
        Assert.Equal("More than 5,000 nurses joined the strike on Wednesday", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void ABodyNamedAfterAPluralPossessive_IsTheSourceAndALaterIt()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The farmers' federation LTO said the plan was unworkable. It denied claims that it had walked out of the talks.");

        var said = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "said");
        Assert.Equal("The farmers' federation LTO", said.Speaker?.Span?.Slice(doc.Text));
        var denied = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "denied");
        Assert.Equal(said.Speaker?.Name, denied.Speaker?.Name);
    }

    [Fact]
    public void AVagueNumberOpeningTheSentenceAfterADateline_IsACount()
    {
        const string dateline = "GDANSK, May 6";
        string text = "Port strike\n" + dateline + " - Hundreds of crane drivers walked out on Monday.";
        var doc = new Document("d", text) { Paragraphs = Dossier.Text.Paragraphs.LineParagraphSplitter.Split(text) };
        int at = text.IndexOf(dateline, StringComparison.Ordinal);
        doc.Metadata.DatelineSpan = new TextSpan(at, at + dateline.Length);

        SampleDocuments.Run(doc);

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "Hundreds");
        Assert.Equal("crane drivers", q.Object);
    }

    [Theory]
    [InlineData("The death toll from last week's floods in the northern valleys has climbed to 57, the ministry said.", "57", "death toll")]
    [InlineData("Landslide toll rises to 19", "19", "toll")]
    public void ANumberATollRisesTo_CountsTheToll(string text, string number, string counted)
    {
        var doc = SampleDocuments.FromText(text);

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == number);
        Assert.Equal(QuantityKind.Count, q.Kind);
        Assert.Equal(counted, q.Object);
    }

    [Fact]
    public void TwoParticiplesCounts_ShareWhatTheFirstCounts()
    {
        var doc = SampleDocuments.FromText("The blast tore through the market, killing at least 9 shoppers and wounding more than 40, police said.");

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "more than 40");
        Assert.Equal("shoppers", q.Object);
    }
}
