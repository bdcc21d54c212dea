using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Statements and numbers from the lead's session-18 dossiers, each on an invented sentence of another story with
/// the same shape.</summary>
public sealed class UnseenStoryLead18Tests
{
    [Fact]
    public void AReportPhraseClosingTheSentence_RelaysTheStatement_AndSaysNothingItself()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Spokesman Ivan Petrov told journalists the claims were \"absurd\", as reported by the Tass news agency.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("Ivan Petrov", s.Speaker?.Name);
        Assert.Contains(s.Relays, r => r.Span.Slice(doc.Text) == "the Tass news agency");
    }

    [Fact]
    public void AHedgeInAClauseCutAway_DoesNotHedgeWhatIsLeft()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The embassy rejected the report as \"slander\" and said the government would respond \"in kind\", according to the state news agency.");

        var rejected = SampleDocuments.WithCue(doc, "rejected");
        Assert.Equal(Certainty.Certain, rejected.Certainty);
        Assert.Empty(rejected.CertaintyCues);
        Assert.Equal(Certainty.Probable, SampleDocuments.WithCue(doc, "said").Certainty);
    }

    [Fact]
    public void ASpeakerlessReadingOfTheSameSpeech_WithANounForItsCue_IsOneStatement()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The regulator said in its annual report last month that banks were the main source of risk, and that at least 20 lenders were believed to hold too little capital.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("regulator", s.Speaker?.Name);
    }

    [Fact]
    public void AHeadlineWhoseSpeechNounIsTheSubjectOfAVerb_SaysNothing()
    {
        var doc = SampleDocuments.FromTextWithNames("Analysis: What the Chile–Peru fishing dispute tells us\n\nThe talks broke down in May.");

        Assert.Empty(doc.Statements);
    }

    [Fact]
    public void TheReportersLinkOpeningTheSentence_IsNotTheSourcesWords()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Meanwhile the number of refugees crossing the border has risen to 4,000, a UN official told AFP on condition of anonymity.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("the number of refugees crossing the border has risen to 4,000", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void ANumberWordAfterAChangeVerb_CountsTheVerbsSubject()
    {
        var doc = SampleDocuments.FromTextWithNames("The number of miners trapped underground has risen to eleven, a union official told AFP.");

        var q = Assert.Single(doc.Quantities);
        Assert.Equal(11, q.Value);
        Assert.Equal("miners", q.Object);
    }

    [Fact]
    public void ANumberWordWithMore_CountsWhatTheCountBeforeCounts()
    {
        var doc = SampleDocuments.FromTextWithNames("Rescuers freed 12 miners on Monday and seven more were brought up on Tuesday.");

        Assert.Contains(doc.Quantities, q => q.Value == 7 && q.Object == "miners");
    }

    [Fact]
    public void PlacesNamedWithPoints_AreCounted_PercentagePointsMeasured()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Inspectors found oil at three sampling points, and the jobless rate rose by two percentage points.");

        Assert.Contains(doc.Quantities, q => q.Value == 3 && q.Kind == QuantityKind.Count && q.Object == "sampling points");
        Assert.Contains(doc.Quantities, q => q.Value == 2 && q.Kind == QuantityKind.Measure);
    }

    [Fact]
    public void SoFar_BetweenTheSubjectAndTheCue_LeavesTheSubjectSpeaking()
    {
        var doc = SampleDocuments.FromTextWithNames("Lisbon has so far rejected calls for compensation, saying the cause of the flood was natural.");

        Assert.Equal("Portugal", SampleDocuments.WithCue(doc, "rejected").Speaker?.Name);
    }

    [Fact]
    public void AdjectivesSharingASourcesHead_EachSpeak()
    {
        var doc = SampleDocuments.FromTextWithNames("More than 40 boats have been damaged since late May, Spanish and French authorities said on Tuesday.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("Spain", s.Speaker?.Name);
        Assert.Equal("authorities", s.Speaker?.Role);
        var with = Assert.Single(s.Speaker!.With!);
        Assert.Equal("France", with.Name);
    }

    [Fact]
    public void AHeadlinesBlamedOn_HasNoSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames("Bridge collapse on the Douro blamed on corroded cables\n\nThe bridge fell in May.");

        var s = Assert.Single(doc.Statements);
        Assert.Null(s.Speaker);
    }

    [Fact]
    public void ASpokesmanRightAfterABodySpoke_SpeaksForIt()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The mining company denied that its pumps were to blame. \"Our discharges were legal,\" a spokesman said in a statement.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("mining company", s.Speaker?.Name);
        Assert.Equal("spokesman", s.Speaker?.Role);
    }

    [Fact]
    public void ASurnameThatShowsAFeeling_SaysNothing()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "A court jailed the former mayor, Tomas Varga, on Monday. Varga, 58, who has denied the charges since 2021, showed no emotion as the verdict was read.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).EndsWith("showed", StringComparison.Ordinal));
    }

    [Fact]
    public void APlaceBeforeAHeadlinesColon_IsItsLabel_NotASpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames("Chile: mine appeal filed, lawyers say fine \"excessive\"\n\nThe appeal was filed on Thursday.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == ":");
    }

    [Fact]
    public void AHedgingCue_IsListedOnceAmongTheWordsThatSetTheCertainty()
    {
        var doc = SampleDocuments.FromTextWithNames("The finance minister doubts that the tax cut will pay for itself.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal(Certainty.Doubtful, s.Certainty);
        Assert.Equal("doubts", Assert.Single(s.CertaintyCues).Slice(doc.Text));
    }

    [Fact]
    public void APressWordModifyingTheNextNoun_NamesNoRelay()
    {
        var doc = SampleDocuments.FromTextWithNames("The mayor said the council had gone back to paper ballots for the vote.");

        var s = Assert.Single(doc.Statements);
        Assert.Empty(s.Relays);
    }

    [Fact]
    public void ABodyGivingItselfAName_SaysNothing()
    {
        var doc = SampleDocuments.FromTextWithNames("The group, which calls itself Red Lantern, claimed the attack on the pipeline.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).EndsWith("calls", StringComparison.Ordinal));
    }

    [Fact]
    public void ANameWithAParticleBetweenCommas_Speaks_WithTheRoleBeforeIt()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Hackers hit the port operator Havnlink on Friday.\n\nHavnlink's finance director, Jan van der Berg, said the company would not pay.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("Jan van der Berg", s.Speaker?.Name);
    }

    [Fact]
    public void ABodyOfAPlace_IsTheTrailingSourceWhole()
    {
        var doc = SampleDocuments.FromTextWithNames("Two climbers have died on the glacier, the prefecture of Savoie said.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("Two climbers have died on the glacier", s.Content.Slice(doc.Text));
        Assert.Equal("the prefecture of Savoie", s.Speaker?.Span is { } span ? span.Slice(doc.Text) : null);
    }

    [Fact]
    public void AHeadlinesParticipleBeforeAClauseOfTime_SaysNothing()
    {
        var doc = SampleDocuments.FromTextWithNames("Floods: third victim confirmed as waters recede\n\nThe river peaked on Sunday.");

        Assert.Empty(doc.Statements);
    }

    [Theory]
    [InlineData("Power is back in most districts, the mayor of Kyiv said.", "mayor of Kyiv")]
    [InlineData("The fires are under control, the interior minister of Chile said.", "interior minister")]
    public void AnOfficeOfAPlace_IsTheSpeakersRole(string text, string role)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal(role, s.Speaker?.Role);
    }

    [Fact]
    public void TheGroup_AfterABodyNamedAsAGroup_IsThatBody()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Hackers have demanded $2 million from Norwegian shipping group Fjordvik after an attack that halted its ferries, the group said on Monday.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("Fjordvik", s.Speaker?.Name);
    }

    [Fact]
    public void AHeadlinesNounPhraseBeforeItsVerb_SaysNothing()
    {
        var doc = SampleDocuments.FromTextWithNames("Velta airbag recall widens to 300,000 cars\n\nThe company said on Monday that owners would be contacted.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("said", s.Cue.Slice(doc.Text));
    }
}
