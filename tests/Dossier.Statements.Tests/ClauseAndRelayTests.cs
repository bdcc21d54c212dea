using Dossier.Core;
using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Who speaks and where the speech ends in wire-story sentences the rules once misread: documents that carry a
/// body's words, outlets that carried a statement, described sources, coordinated and contrasted clauses.</summary>
public sealed class ClauseAndRelayTests
{
    [Fact]
    public void AccordingToADocumentFromABody_TheBodySpeaks()
    {
        var doc = SampleDocuments.FromText("The outage began on May 2 and lasted three days, according to a statement from the National Grid Authority.");

        var s = SampleDocuments.WithCue(doc, "according to");
        Assert.Equal("the National Grid Authority", s.Speaker?.Span?.Slice(doc.Text));
        Assert.StartsWith("The outage began", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void AStatementCarriedByAnAgency_IsRelayedByIt()
    {
        var doc = SampleDocuments.FromText("\"We reject these claims,\" spokesman Omar Haddad said in a statement carried by the state news agency SANA.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Contains(s.Relays, r => r.Span.Slice(doc.Text).Contains("SANA", StringComparison.Ordinal));
    }

    [Fact]
    public void SourcesFamiliarWithSomething_AreOneSpeaker_AndTheirSpeechIsTheClauseBefore()
    {
        var doc = SampleDocuments.FromText("The army believes the strike was a warning, two officials familiar with the matter told the Daily Courier, speaking on condition of anonymity.");

        var s = SampleDocuments.WithCue(doc, "told");
        Assert.Equal("two officials familiar with the matter", s.Speaker?.Span?.Slice(doc.Text));
        Assert.Equal("The army believes the strike was a warning", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void ASecondVerbJoinedByAnd_SharesTheSentenceSubject()
    {
        var doc = SampleDocuments.FromText("European officials have linked the group to the navy and said it sank at least four ships in 2023.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("European officials", s.Speaker?.Span?.Slice(doc.Text));
        Assert.StartsWith("it sank", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void ASpeakerInAContrastedClause_IsNotRelayedByTheFirst()
    {
        var doc = SampleDocuments.FromText("Caracas on Monday rejected the findings as \"invented\", while Foreign Minister Hugo Vidal said his government would respond.");

        var first = SampleDocuments.WithCue(doc, "rejected");
        var second = SampleDocuments.WithCue(doc, "said");
        Assert.DoesNotContain("Vidal", first.Content.Slice(doc.Text), StringComparison.Ordinal);
        Assert.Empty(second.Relays);
    }

    [Fact]
    public void AContent_GoesToTheCueOfItsOwnSentence()
    {
        var doc = SampleDocuments.FromText("The interior ministry rejected the report. \"These are lies told to serve a political agenda,\" spokesman Omar Haddad said.");

        var s = SampleDocuments.WithCue(doc, "rejected");
        Assert.Equal("the report", s.Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("Halden Motors recalls 800,000 vans over faulty brakes.", "recalls")]
    [InlineData("The recall covers 2020 models, according to documents posted on the regulator's website.", "posted")]
    [InlineData("Owners say they complained about airbag warning lights as early as 2021.", "warning")]
    public void ARecallAPostedFileAndAWarningLight_AreNoSpeech(string text, string word)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).Contains(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("She recalled that the plant had flooded twice.", "recalled")]
    [InlineData("The minister posted on Telegram that the bridge was open.", "posted")]
    public void RememberingAndPosting_AreSpeechWhenWordsFollow(string text, string word)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.Contains(doc.Statements, s => s.Cue.Slice(doc.Text).Contains(word, StringComparison.Ordinal));
    }

    [Fact]
    public void ANextSentenceWithoutACue_IsNotMoreOfTheSpeech()
    {
        var doc = SampleDocuments.FromText("Senator Ana Ruiz said the recall came far too late and called for hearings. Halden did not respond to a request for comment on her remarks.");

        Assert.All(doc.Statements, s => Assert.DoesNotContain("Halden", s.Content.Slice(doc.Text), StringComparison.Ordinal));
    }

    [Fact]
    public void AMediumPhraseBeforeThat_IsNotTheSpeech()
    {
        var doc = SampleDocuments.FromText("Analysts at Northgate Capital said in a note to clients that the cost could reach $500 million.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("the cost could reach $500 million", s.Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("Owners of Halden vans say they complained about the brakes as early as 2021.", "Owners of Halden vans")]
    [InlineData("The supporters of Mayor Ana Ruiz said the vote had been stolen.", "supporters of Mayor Ana Ruiz")]
    public void AGroupOfSomething_IsTheSpeaker_NotTheNameAfterOf(string text, string speaker)
    {
        var doc = SampleDocuments.FromText(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal(speaker, s.Speaker?.Name);
    }

    [Fact]
    public void ASubordinateClauseAfterAnInvertedSource_IsNarration()
    {
        var doc = SampleDocuments.FromText("Floods have killed at least 41 people and left dozens missing, officials said Saturday, as rivers continued to rise across the region.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("officials", s.Speaker?.Span?.Slice(doc.Text));
        Assert.DoesNotContain(doc.Statements, st => st.Cue.Slice(doc.Text).StartsWith("continued", StringComparison.Ordinal));
        Assert.Equal("Floods have killed at least 41 people and left dozens missing", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void ASubjectWithARelativeClause_SpeaksAndIsTheCompanyLater()
    {
        var doc = SampleDocuments.FromText("A company that operates the dam denied that it was at risk. \"The dam is stable,\" the company said in a statement.");

        var denial = SampleDocuments.WithCue(doc, "denied");
        var quote = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("A company that operates the dam", denial.Speaker?.Span?.Slice(doc.Text));
        Assert.Equal(denial.Speaker?.Name, quote.Speaker?.Name);
    }

    [Fact]
    public void ADescriptionThenANameBetweenCommas_TheNameSpeaks_AndUpToStaysInTheSpeech()
    {
        var doc = SampleDocuments.FromText("Meteorologists warned that more rain was expected. The national weather institute, Meteora, said up to 150 millimeters could fall in some areas by Monday.");

        var s = Assert.Single(doc.Statements, st => st.Content.Slice(doc.Text).Contains("150", StringComparison.Ordinal));
        Assert.Equal("Meteora", s.Speaker?.Name);
        Assert.Equal("national weather institute", s.Speaker?.Role);
        Assert.StartsWith("up to 150", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Polls continue to show that voters are worried about prices.", "continue")]
    [InlineData("He was suspended after he posted a comment on Twitter in August.", "posted")]
    [InlineData("\"They rushed through everything,\" Mr. Hale recalled of the sale.", "recalled")]
    [InlineData("Small groups of protesters continued to call for more information about the shooting.", "continued")]
    [InlineData("Officials feared the dam would fail.", "feared")]
    public void GoingOnAndPostingWithSpeechAfterThem_AreCues(string text, string word)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.Contains(doc.Statements, s => s.Cue.Slice(doc.Text).Contains(word, StringComparison.Ordinal));
    }

    [Fact]
    public void ASubjectWithAMannerAside_Speaks_AndTheSameNounLaterIsThem()
    {
        var doc = SampleDocuments.FromText("A senior Western official, speaking on condition of anonymity, said the strikes would continue. \"They have been very clear,\" the official said.");

        var first = Assert.Single(doc.Statements, s => s.Content.Slice(doc.Text).StartsWith("the strikes", StringComparison.Ordinal));
        Assert.Equal("A senior Western official", first.Speaker?.Span?.Slice(doc.Text));
        Assert.All(doc.Statements, s => Assert.Equal(first.Speaker?.Name, s.Speaker?.Name));
    }

    [Fact]
    public void AHeadlineClauseBeforeSourcesSay_KeepsItsSubjectAndVerb()
    {
        var doc = SampleDocuments.FromText("Ukraine struck Russian refinery with new long-range drone, sources say");

        var s = SampleDocuments.WithCue(doc, "say");
        Assert.Equal("Ukraine struck Russian refinery with new long-range drone", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void AParticipleClauseAfterAnInvertedSource_IsCircumstance_NotTheSourcesWords()
    {
        var doc = SampleDocuments.FromText("Consumer prices rose 2.4% in May, the Labor Department said Wednesday, giving the central bank more room to cut rates.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("Consumer prices rose 2.4% in May", s.Content.Slice(doc.Text));
        Assert.DoesNotContain(doc.Statements, st => st.Cue.Slice(doc.Text) == "giving" && st.Speaker is not null);
    }

    [Fact]
    public void AProportionOfPeople_IsTheSpeakerWithItsNumbers()
    {
        var doc = SampleDocuments.FromText("Roughly one in five households said in a recent survey that they had cut back on groceries.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("Roughly one in five households", s.Speaker?.Span?.Slice(doc.Text));
    }

    [Theory]
    [InlineData("Most analysts expect two rate cuts before the end of the year.", "expect")]
    [InlineData("Critics argue that the plan will raise prices.", "argue")]
    public void ABaseFormAfterAPluralSubject_IsACue(string text, string cue)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.Contains(doc.Statements, s => s.Cue.Slice(doc.Text).EndsWith(cue, StringComparison.Ordinal) && s.Speaker is not null);
    }

    [Theory]
    [InlineData("At least 230 complaints were filed, according to a review of the federal database by the Harbour Times.", "the Harbour Times")]
    [InlineData("A former official was charged with taking bribes, according to an indictment unsealed in a Dutch court.", "an indictment")]
    public void AccordingToADocument_TheDocumentOrWhoMadeItSpeaks(string text, string source)
    {
        var doc = SampleDocuments.FromText(text);

        var s = SampleDocuments.WithCue(doc, "according to");
        Assert.Equal(source, s.Speaker?.Span?.Slice(doc.Text));
    }

    [Theory]
    [InlineData("Former port official charged with taking bribes from shipping firm", "charged")]
    [InlineData("The judge wrote that he posed a flight risk and denied his request for bail.", "denied")]
    [InlineData("Brazil floods: dam collapse feared as death toll rises to 56", "feared")]
    [InlineData("Three miners feared dead after tunnel collapse", "feared")]
    public void BeingChargedAndRefusingARequest_AreNoSpeech(string text, string word)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).Contains(word, StringComparison.Ordinal));
    }

    [Fact]
    public void ToldReportersLateFriday_RelaysThroughReporters()
    {
        var doc = SampleDocuments.FromText("\"We are facing the worst disaster in our history,\" Governor Ana Leite told reporters late Friday.");

        var s = SampleDocuments.WithCue(doc, "told");
        var relay = Assert.Single(s.Relays);
        Assert.Equal("reporters", relay.Span.Slice(doc.Text));
    }

    [Fact]
    public void AccordingToATranscriptReleasedBySomeone_TheSpeechStartsAfterThePhrase()
    {
        var doc = SampleDocuments.FromText("According to a transcript released by the White House, Sullivan also said the curbs would affect a small slice of trade.");

        var s = SampleDocuments.WithCue(doc, "According to");
        Assert.Equal("a transcript", s.Speaker?.Span?.Slice(doc.Text));
        Assert.StartsWith("Sullivan also said", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void AsFirstReportedBy_TheOutletSpeaksWhenNoOneElseDoes()
    {
        var doc = SampleDocuments.FromText("The administration is considering new restrictions on chip exports, as first reported by Politico on Tuesday.");

        var s = Assert.Single(doc.Statements, st => st.Speaker?.Name == "Politico");
        Assert.Equal("The administration is considering new restrictions on chip exports", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void AQuotationThenTheSourceToldABriefing_TheSpeechIsTheQuotation_AndAFamilyNameFirstIsThePerson()
    {
        var doc = SampleDocuments.FromText("Spokesperson Mao Ning said Beijing opposed the move. \"The other side should stop politicizing trade,\" Mao told a regular news briefing in Beijing on Wednesday.");

        var s = SampleDocuments.WithCue(doc, "told");
        Assert.Equal("\"The other side should stop politicizing trade,\"", s.Content.Slice(doc.Text));
        Assert.Equal("Mao Ning", s.Speaker?.Name);
    }

    [Fact]
    public void ReportedCitingOfficialsThat_TheSpeechIsAfterThat()
    {
        var doc = SampleDocuments.FromText("On May 2, the Harbour Times reported, citing two port officials, that the terminal would close in June for repairs.");

        var s = SampleDocuments.WithCue(doc, "reported");
        Assert.Equal("the terminal would close in June for repairs", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void TellingAStateBroadcaster_IsARelay_AndTheSpeechStartsAfterThat()
    {
        var doc = SampleDocuments.FromText("Fire chief Anna Lund told state broadcaster SVT that about 200 firefighters were battling the blaze.");

        var s = SampleDocuments.WithCue(doc, "told");
        Assert.StartsWith("about 200 firefighters", s.Content.Slice(doc.Text), StringComparison.Ordinal);
        Assert.Contains(s.Relays, r => r.Span.Slice(doc.Text).Contains("SVT", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Okoro, 31, denied any wrongdoing in the case.", "denied", "Okoro")]
    [InlineData("Okoro, 31, has always denied any wrongdoing in the case.", "denied", "Okoro")]
    [InlineData("The minister has always rejected the findings of the inquiry.", "rejected", "minister")]
    public void AnAgeOrAnAdverbBetweenSubjectAndCue_LeavesTheSubjectTheSpeaker(string text, string cue, string speaker)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.Equal(speaker, SampleDocuments.WithCue(doc, cue).Speaker?.Name);
    }

    [Theory]
    [InlineData("The Maritime Safety Board (MSB), which led the inquiry, welcomed the verdict on Friday.")]
    public void ARelativePronounSource_NamesTheBodyBeforeIt(string text)
    {
        var doc = SampleDocuments.FromText(text);

        var s = SampleDocuments.WithCue(doc, "welcomed");
        Assert.Equal("Maritime Safety Board", s.Speaker?.Name);
    }

    [Fact]
    public void TellingReportersWithoutThat_TheHearersEndBeforeTheSpeechsSubject()
    {
        var doc = SampleDocuments.FromText("Union leader Pia Holm told reporters the strike would go ahead on Monday.");

        var s = SampleDocuments.WithCue(doc, "told");
        Assert.Equal("the strike would go ahead on Monday", s.Content.Slice(doc.Text));
        Assert.Equal("reporters", Assert.Single(s.Relays).Span.Slice(doc.Text));
    }

    [Fact]
    public void AParticipleAfterATrailingSource_GoesOnWithTheStory_NotTheSpeech()
    {
        var doc = SampleDocuments.FromText("The ferry operator lost its licence on Monday, the regulator said, ending a decade of service on the route.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("The ferry operator lost its licence on Monday", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void PeopleWithKnowledgeOfSomething_AreOneSpeaker()
    {
        var doc = SampleDocuments.FromText("The airline will cut up to 900 flights, three people with direct knowledge of the schedule told the Evening Post.");

        var s = SampleDocuments.WithCue(doc, "told");
        Assert.Equal("three people with direct knowledge of the schedule", s.Speaker?.Span?.Slice(doc.Text));
        Assert.EndsWith("airline will cut up to 900 flights", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void CitingPeopleFamiliarWithSomething_CitesTheWholeGroup_AndTheSpeechStartsAfterThat()
    {
        var doc = SampleDocuments.FromText("The Courier reported, citing people familiar with the talks, that the merger had collapsed.");

        var s = SampleDocuments.WithCue(doc, "reported");
        Assert.Equal("people familiar with the talks", s.Speaker?.Span?.Slice(doc.Text));
        Assert.Equal("the merger had collapsed", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void TellingATelevisionChannel_IsARelay()
    {
        var doc = SampleDocuments.FromText("\"We will not back down,\" she told RTV television.");

        Assert.Contains(SampleDocuments.WithCue(doc, "told").Relays, r => r.Name == "RTV television");
    }

    [Theory]
    [InlineData("The chief executive told analysts on a call that margins would recover.")]
    [InlineData("The chief executive said on a call that margins would recover.")]
    public void ACallWithNamedOrUnnamedHearers_InventsNoReporters(string text)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.DoesNotContain(doc.Statements.Single().Relays, r => r.Name == "reporters");
    }

    [Fact]
    public void AnOutletReadTwice_IsOneRelay()
    {
        var doc = SampleDocuments.FromText("The firm said in May it would build a new plant, a project now on hold, according to Bloomberg.");

        Assert.Single(SampleDocuments.WithCue(doc, "said").Relays, r => r.Name == "Bloomberg");
    }

    [Fact]
    public void TheHearersOfATellingVerb_AreNotTheSpeech_EvenWhenItQuotes()
    {
        var doc = SampleDocuments.FromText("Finance chief Maja Lind told investors on a call that costs would fall and that no depot would close \"for now\".");

        Assert.StartsWith("costs would fall", SampleDocuments.WithCue(doc, "told").Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void APossessiveDescriptionThenANameBetweenCommas_TheNameSpeaks_AndWhereTheHearersWereIsNotThem()
    {
        var doc = SampleDocuments.FromText("His lawyer, Marta Nowak, told reporters outside the court that her client would appeal.");

        var s = SampleDocuments.WithCue(doc, "told");
        Assert.Equal("Marta Nowak", s.Speaker?.Name);
        Assert.Equal("His lawyer", s.Speaker?.Role);
        Assert.Equal("reporters", Assert.Single(s.Relays).Name);
        Assert.Equal("her client would appeal", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void AQuotationRightAfterAnAttributedOne_GoesOnWithItsSpeaker()
    {
        var doc = SampleDocuments.FromText("\"This ruling is political,\" Nowak said. \"We will take it to the highest court if we have to.\"");

        var next = Assert.Single(doc.Statements, s => s.Quote?.StartsWith("We will", StringComparison.Ordinal) == true);
        Assert.Equal("Nowak", next.Speaker?.Name);
    }

    [Fact]
    public void WhatASurveyShowed_IsItsStatement_SpokenByWhoMadeIt()
    {
        var doc = SampleDocuments.FromText("Support for the ruling party has fallen to 33%, a survey by the Opinia institute for the daily Kurier showed on Tuesday.");

        var s = SampleDocuments.WithCue(doc, "showed");
        Assert.Equal("a survey by the Opinia institute for the daily Kurier", s.Speaker?.Span?.Slice(doc.Text));
        Assert.Equal("Support for the ruling party has fallen to 33%", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void WhatPoliceFound_IsNoStatement()
    {
        var doc = SampleDocuments.FromText("Police found the car abandoned near the border on Sunday.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == "found");
    }
}
