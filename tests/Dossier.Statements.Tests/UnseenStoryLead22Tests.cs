using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Statements from the lead's session-22 dossiers (a hospital ransomware attack told by three outlets, …), each on
/// an invented sentence of another story with the same shape.</summary>
public sealed class UnseenStoryLead22Tests
{
    [Theory]
    [InlineData("A farmers' union, Boerenbond, urged the government to delay the rules.", "to delay the rules")]
    [InlineData("The coach, Ines Duarte, asked the league to postpone the match.", "to postpone the match")]
    public void APhraseThenToAndAVerbAfterTheCue_IsWhoWasUrged_NotTheSpeaker(string text, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Speaker?.Name is "government" or "league");
        Assert.DoesNotContain(doc.Statements, s => s.Content.Slice(doc.Text).StartsWith("A farmers", StringComparison.Ordinal)
            || s.Content.Slice(doc.Text).StartsWith("The coach", StringComparison.Ordinal));
        Assert.Contains(doc.Statements, s => s.Content.Slice(doc.Text).EndsWith(content, StringComparison.Ordinal));
    }

    [Fact]
    public void ASpeakerAfterItsCue_StillSpeaks_BeforeToAndTheHearers()
    {
        var doc = SampleDocuments.FromTextWithNames("\"We will rebuild,\" said the mayor to reporters.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("mayor", s.Speaker?.Name);
    }

    [Theory]
    [InlineData("What we know about the Lisbon metro fire\n\nThe fire started at 6am, officials said.")]
    [InlineData("Metro fire: What we know about the blaze\n\nThe fire started at 6am, officials said.")]
    public void WhatWeKnowOpeningALine_IsNoStatement(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal("officials", s.Speaker?.Name);
    }

    [Fact]
    public void TheGroupNamedWithItsNoun_SpeaksAsThatGroup()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Strikers blocked the gates of the Kessler Werke engineering group in Bremen on Monday. The group said output had stopped.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("Kessler Werke", s.Speaker?.Name);
    }

    [Fact]
    public void TheGroupBeforeAnyGroupIsNamed_IsNoGroupNamedLater()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "A cyberattack hit a hospital group on Sunday. The group said patient data was safe.\n\n"
            + "Strikers blocked the gates of the Kessler Werke engineering group in Bremen.");

        var s = Assert.Single(doc.Statements);
        Assert.NotEqual("Kessler Werke", s.Speaker?.Name);
    }

    [Fact]
    public void ABodyThatToldTheGroup_IsNotTheGroup()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Kessler Werke told the group of investors on Monday that it would sell its plant. The group said it would not buy.");

        var s = Assert.Single(doc.Statements, s => s.Content.Slice(doc.Text) == "it would not buy");
        Assert.NotEqual("Kessler Werke", s.Speaker?.Name);
    }

    [Fact]
    public void SheAfterABodysSpokeswoman_IsTheBodyThroughHer_NotTheAnalystBefore()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Shares in Tessaro Motors fell 4% on Monday. \"The recall is manageable,\" analyst Tom Berg wrote in a note. "
            + "A Tessaro spokeswoman told the paper the company had never hidden faults. She said the inquiry would take months.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("Tessaro Motors", s.Speaker?.Name);
    }

    [Fact]
    public void SheAfterABodysSpokesman_IsNotTheSpokesman()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Shares in Tessaro Motors fell 4% on Monday. \"The recall is manageable,\" analyst Tom Berg wrote in a note. "
            + "A Tessaro spokesman told the paper the company had never hidden faults. She said the inquiry would take months.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.NotEqual("Tessaro Motors", s.Speaker?.Name);
    }

    [Fact]
    public void ASurnameThatHinted_IsWhomTheNextSheMeans()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The commission fined four banks on Monday. Kovacs hinted on Friday that more cases were coming. \"This is not the last,\" she said.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("Kovacs", s.Speaker?.Name);
    }

    [Fact]
    public void AClockStampOpeningALiveEntry_IsNoPartOfTheSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames("Ferries cancelled\n\n14:05 Coastguards say they are still searching for two sailors.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("Coastguards", s.Speaker?.Name);
        Assert.Equal("Coastguards", s.Speaker?.Span?.Slice(doc.Text));
    }

    [Fact]
    public void AClockStampOpeningALiveEntry_IsNoPartOfTheContent()
    {
        var doc = SampleDocuments.FromTextWithNames("Ferries cancelled\n\n9:40 The port has closed all berths, according to the harbour master.");

        var s = Assert.Single(doc.Statements);
        Assert.StartsWith("The port", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Crowns_AreMoney()
    {
        var doc = SampleDocuments.FromText("Norway will spend 40 million crowns on drone detectors, the minister said.");

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text).StartsWith("40 million", StringComparison.Ordinal));
        Assert.Equal(QuantityKind.Money, q.Kind);
    }

    [Fact]
    public void AParticipleAfterATrailingSourceAndItsDay_IsTheStorys()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Measles has been confirmed in a school in Tartu, a second Estonian city, the health board said on Monday, bringing the number of cases to 40.");

        var s = Assert.Single(doc.Statements);
        Assert.StartsWith("Measles has been confirmed", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void AParticipleAfterAnOrdinal_DescribesItsNoun()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Mumps has been found in pupils at four schools in Tartu county, the first confirmed cases in the country this year, the health board said.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("said", s.Cue.Slice(doc.Text));
    }

    [Fact]
    public void ImposingRestrictions_IsNoSpeech()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Norway and Sweden, two of the largest buyers of Estonian timber, have not yet imposed restrictions.");

        Assert.Empty(doc.Statements);
    }

    [Fact]
    public void ABodysNameEndingTheSource_SpeaksBeforeACommonWordTakenForAName()
    {
        var doc = SampleDocuments.FromTextWithNames("Dairy farmers' union LTO said it feared exports could be hit.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("LTO", s.Speaker?.Name);
    }

    [Fact]
    public void ItAfterABodyInAppositionToTheLaboratory_IsThatBody()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Velder Bioveterinary Research, the national reference laboratory, said genetic tests suggested the virus had been introduced by wild birds. "
            + "It said it had found no sign that the virus had adapted.");

        var s = SampleDocuments.WithCue(doc, "said", "no sign");
        Assert.Equal("Velder Bioveterinary Research", s.Speaker?.Name);
    }

    [Fact]
    public void ACapitalisedParticleOpeningTheSentence_IsPartOfTheSurname()
    {
        var doc = SampleDocuments.FromTextWithNames("Cattle movements were banned on Monday. De Boer said the ban would stay until December.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("De Boer", s.Speaker?.Name);
    }

    [Fact]
    public void TalksSoughtWithACountry_AreNoRelay()
    {
        var doc = SampleDocuments.FromTextWithNames("The ministry called the ban \"disproportionate\" and said it would seek talks with Ankara.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Empty(s.Relays);
    }

    [Fact]
    public void AShakingFeltFarAway_IsNoBelief()
    {
        var doc = SampleDocuments.FromTextWithNames("The tremor struck at dawn, the institute said. It was felt as far away as Quito, 300 km to the north.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("said", s.Cue.Slice(doc.Text));
    }

    [Fact]
    public void DeclaringAStateOfEmergency_IsADeed()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The governor said she would visit the coast on Friday and declared a 30-day state of emergency in two districts.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("said", s.Cue.Slice(doc.Text));
    }

    [Fact]
    public void FourDigitsBeforeATimeZone_AreAClockTime_NotACount()
    {
        var doc = SampleDocuments.FromText("The storm made landfall at 4:10 a.m. local time (0910 GMT) near the port, forecasters said.");

        Assert.DoesNotContain(doc.Quantities, q => q.Span.Slice(doc.Text).Contains("0910", StringComparison.Ordinal));
    }

    [Fact]
    public void TheContentsOwnVerbAfterItsPronoun_IsNoSecondStatement()
    {
        var doc = SampleDocuments.FromTextWithNames("The finance ministry said it did not comment on \"speculation\".");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("finance ministry", s.Speaker?.Name);
    }

    [Fact]
    public void AHeadlinesVerbBeforeTheSharedQuotation_IsNoSecondCue()
    {
        var doc = SampleDocuments.FromTextWithNames("Kovac denies he will resign: \"I am staying until the last day\"");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("denies", s.Cue.Slice(doc.Text));
    }

    [Theory]
    [InlineData("The winger will sign a five-year contract, according to reports in Italy. The fee is thought to be high.")]
    [InlineData("The winger will sign a five-year contract, according to media reports. The fee is thought to be high.")]
    public void ReportsAfterAccordingTo_AreTheSource_OfTheClauseBefore(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = SampleDocuments.WithCue(doc, "according to");
        Assert.Equal("The winger will sign a five-year contract", s.Content.Slice(doc.Text));
        Assert.Contains("reports", s.Speaker?.Name, StringComparison.Ordinal);
    }
}
