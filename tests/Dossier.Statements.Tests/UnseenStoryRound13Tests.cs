using Dossier.Core;
using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Readings that went wrong on news stories written for round 13 (a sentencing, a cup final, an outbreak, a
/// protest, a cyclone appeal, a summit, a space find, a carmaker's denial): who speaks, what they said, what is a number.</summary>
public sealed class UnseenStoryRound13Tests
{
    [Fact]
    public void AParticipleCueAfterAPronounSource_SharesItsSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Judge Hilda Marsh told Tom Pryce, 61, that he had shown \"no remorse\" during the trial. \"You stole from the sick,\" she said.\n\n"
            + "Pryce's lawyer, Owen Brack, said his client would appeal. \"The sentence is far too harsh,\" he told reporters outside the court, adding that Pryce had repaid roughly $90,000.");

        var adding = SampleDocuments.WithCue(doc, "adding");
        Assert.Equal("Owen Brack", adding.Speaker?.Name);
    }

    [Fact]
    public void AQuotationAfterAPronounCue_GoesOnWithThatSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Winger Colm Dreyer, 23, said the goal was for his mother. \"She never missed a game,\" Dreyer told the broadcaster NetSport.\n\n"
            + "Eastport coach Piet Halvorsen declined to criticise the referee. \"We played well,\" he said. \"That is all I can ask.\"");

        var s = Assert.Single(doc.Statements, s => s.Content.Slice(doc.Text).Contains("That is all I can ask", StringComparison.Ordinal));
        Assert.Equal("Piet Halvorsen", s.Speaker?.Name);
    }

    [Fact]
    public void APronounAfterTheSpeechThatTheTaggerReadAsACue_SpeaksForTheBodyBefore()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "At least 75 people were killed and dozens are still missing, the provincial disaster agency said. The toll is expected to rise, it added.");

        var s = SampleDocuments.WithCue(doc, "added");
        Assert.Equal("The toll is expected to rise", s.Content.Slice(doc.Text));
        Assert.Equal("provincial disaster agency", s.Speaker?.Name);
        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).Contains("expected", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Former mayor jailed for nine years over bribes\n\nA former town mayor was sentenced on Friday to nine years in prison for taking more than $1.4 million in bribes from builders, in a case that prosecutors called \"an insult to every taxpayer\".", "sentenced")]
    [InlineData("The agency said there were at least 900 suspected infections and 12 deaths reported since early June.", "reported")]
    [InlineData("\"We will not give up,\" said organiser Ida Fenn, addressing the crowd outside the town hall. \"Not now, not ever.\"", "addressing")]
    public void AVerbThatReportsNoSpeech_IsNoCue(string text, string verb)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).Contains(verb, StringComparison.Ordinal));
    }

    [Fact]
    public void AHyphenatedPairOfDigits_IsARange()
    {
        var doc = SampleDocuments.FromTextWithNames("Medics said 20-30 villagers were treated for burns.");

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text).Contains("20-30", StringComparison.Ordinal));
        Assert.Equal(QuantityQualifier.Range, q.Qualifier);
        Assert.Equal(20, q.Low);
        Assert.Equal(30, q.High);
        Assert.Equal(QuantityKind.Count, q.Kind);
        Assert.Equal("villagers", q.Object);
    }

    [Theory]
    [InlineData("Northvale beat the holders 4-1 on Saturday.")]
    [InlineData("It was their first 2-2 draw of the season.")]
    public void AScore_CountsNothing(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Quantities, q => q.Span.Slice(doc.Text).Contains('-'));
    }

    [Fact]
    public void ASpeedWithASlash_IsOneUnit()
    {
        var doc = SampleDocuments.FromTextWithNames("Gusts of 180 km/h tore roofs from houses.");

        var q = Assert.Single(doc.Quantities);
        Assert.Equal("km/h", q.Unit);
        Assert.Equal("180 km/h", q.Span.Slice(doc.Text));
    }

    [Fact]
    public void AParticipleAfterTheCountedNoun_IsNoPartOfIt()
    {
        var doc = SampleDocuments.FromTextWithNames("Divers freed one miner trapped in the shaft.");

        var q = Assert.Single(doc.Quantities);
        Assert.Equal("miner", q.Object);
    }

    [Theory]
    [InlineData("\"We will not stop,\" said tenants' leader Orla Quinn.", "Orla Quinn", "tenants' leader")]
    public void TheWordsBeforeANameThatEndWithItsRole_AreTheWholeRole(string text, string name, string role)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal(name, s.Speaker?.Name);
        Assert.Equal(role, s.Speaker?.Role);
    }

    [Fact]
    public void ACourtesyTitleAlone_IsNoRole()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "\"The samples look clean,\" said Dr. Ines Varga. Varga told reporters that more tests would follow.");

        var s = SampleDocuments.WithCue(doc, "told");
        Assert.Equal("Ines Varga", s.Speaker?.Name);
        Assert.NotEqual("Dr.", s.Speaker?.Role);
    }

    [Fact]
    public void AHearerWithHisAge_IsNoPartOfWhatHeWasTold()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Judge Carla Benn told Victor Hale, 47, that he had shown \"contempt for the court\" throughout the hearing.");

        var s = SampleDocuments.WithCue(doc, "told");
        Assert.StartsWith("he had shown", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void AHedgeAloneBeforeAnotherAttribution_IsNoSecondStatement()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The bank's finance chief, Lars Udo, is reportedly preparing to resign, Nordposten reported, citing a person close to the board.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).Trim() is "reportedly" or "is reportedly");
    }

    [Fact]
    public void TheOutletThatCitesASource_IsNoPartOfTheSpeech()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The bank's finance chief, Lars Udo, is reportedly preparing to resign, the newspaper Nordposten reported, citing a person close to the board.");

        var s = SampleDocuments.WithCue(doc, "reported");
        Assert.StartsWith("The bank's finance chief", s.Content.Slice(doc.Text), StringComparison.Ordinal);
        Assert.Contains(s.Relays, r => r.Name.Contains("Nordposten", StringComparison.Ordinal));
    }

    [Fact]
    public void ToldANewsConference_IsRelayedByTheConference()
    {
        var doc = SampleDocuments.FromTextWithNames("\"We are ready to talk,\" Mayor Elin Voss told a news conference on Monday.");

        var s = SampleDocuments.WithCue(doc, "told");
        // The lead's convention since round 47: the meeting told is the relay, as written.
        Assert.Contains(s.Relays, r => r.Name == "a news conference" && r.Medium == "conference");
    }
}
