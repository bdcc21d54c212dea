using Dossier.Core;
using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Readings that went wrong on news stories written for the purpose (cyberattack, drug trial, disputed election,
/// wildfire): who speaks, what they said, and what is a number.</summary>
public sealed class UnseenStoryRepairTests
{
    [Fact]
    public void ARoleBetweenCommasBeforeATrailingName_IsNotPartOfTheSpeech()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Strong winds kept fanning the flames near the ridge, its spokesman, Petros Lainas, said.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("Strong winds kept fanning the flames near the ridge", s.Content.Slice(doc.Text));
        Assert.Equal("Petros Lainas", s.Speaker?.Name);
    }

    [Fact]
    public void ASecondQuotationAfterTheAttribution_JoinsTheQuote()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "\"Safety comes first,\" said Dr. Amara Quist, the agency's medical director. \"We will act wherever there is a sign of harm.\"");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Contains("Safety comes first", s.Quote, StringComparison.Ordinal);
        Assert.Contains("wherever there is a sign of harm", s.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void AContentOpenedInsideAQuotation_HoldsTheWholeQuotation()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "\"Helen has worked tirelessly,\" she said in a post on X. \"I understand and respect her decision.\"");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.StartsWith("Helen has worked", s.Content.Slice(doc.Text), StringComparison.Ordinal);
        Assert.Contains("Helen has worked tirelessly", s.Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A spokesman for the ministry declined to comment on the report.", "declined")]
    [InlineData("The company refused to say which plants would close.", "refused")]
    [InlineData("Mwangi has not commented publicly since the vote.", "commented")]
    public void ARefusalToSpeak_IsADeclineNotAnAssertion(string text, string cue)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.All(doc.Statements.Where(s => s.Cue.Slice(doc.Text).Contains(cue, StringComparison.Ordinal)), s => Assert.Equal(SpeechAct.Decline, s.Act));
        Assert.Contains(doc.Statements, s => s.Act == SpeechAct.Decline);
    }

    [Theory]
    [InlineData("Veltrix cut 6,000 jobs.\n\nThe company did not respond to a request for comment.", "company")]
    [InlineData("The ministry did not immediately respond to requests for comment on Sunday.", "ministry")]
    public void AnUnansweredRequestForComment_IsTheSubjectsDecline(string text, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements, s => s.Act == SpeechAct.Decline);
        Assert.Equal(speaker, s.Speaker?.Name);
        Assert.Contains("comment", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void APhraseAfterAPrepositionInALaterParagraph_IsNotTheLastSpeakersSpeech()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "A spokesman declined to say which divisions would be affected.\n\nThe company did not respond to a request for comment.");

        Assert.DoesNotContain(doc.Statements, s => s.Content.Slice(doc.Text).Contains("request for comment", StringComparison.Ordinal)
            && s.Cue.Start < doc.Text.IndexOf("The company", StringComparison.Ordinal));
    }

    [Fact]
    public void AContent_NeverOpensInsideAName()
    {
        var doc = SampleDocuments.FromTextWithNames("The Bank of Japan is widely expected to keep policy steady at its next meeting.");

        Assert.All(doc.Statements, s => Assert.DoesNotContain(doc.Mentions, m => m.Span.Start < s.Content.Start && s.Content.Start < m.Span.End));
        Assert.NotEmpty(doc.Statements);
    }

    [Fact]
    public void AReportReceived_HasNoVerbAsItsSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The monitoring group said it had received reports that guards beat detainees at the camp.");

        Assert.DoesNotContain(doc.Statements, s => s.Speaker?.Name is { } name && name.Contains("received", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The monitoring group said guards beat detainees at the camp, which a prison spokesman, Captain Odile Marsh, denied.",
        "Odile Marsh", "guards beat detainees at the camp")]
    [InlineData("Rebels said troops had shelled a clinic in the town, which the army denied.", "army", "troops had shelled a clinic in the town")]
    public void WhatAWhichClauseDenies_IsTheClauseBeforeIt(string text, string speaker, string denied)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements, s => s.Act == SpeechAct.Deny);
        Assert.Contains(speaker, s.Speaker?.Name, StringComparison.Ordinal);
        Assert.Equal(denied, s.Content.Slice(doc.Text));
        Assert.Equal(denied, SampleDocuments.WithCue(doc, "said").Content.Slice(doc.Text));
    }

    [Fact]
    public void AnAcronymBetweenCommas_SpeaksWithTheDescriptionAsItsRole()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The bloc's aviation regulator, EASA, warned that near misses had doubled.");

        var s = SampleDocuments.WithCue(doc, "warned");
        Assert.Equal("EASA", s.Speaker?.Name);
        Assert.Equal("near misses had doubled", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void ResidentsOfATown_SpeakForThemselves()
    {
        var doc = SampleDocuments.FromTextWithNames("Residents of Kalamos said they had been given little warning.");

        Assert.Equal("Residents of Kalamos", SampleDocuments.WithCue(doc, "said").Speaker?.Name);
    }

    [Fact]
    public void AParticipleAfterAnArticle_IsNoCue()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The chairman rejected the allegations. \"The count was fair,\" he said in a televised address on Friday night.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).Contains("televised", StringComparison.Ordinal));
    }

    [Fact]
    public void ANamedSourceAfterAnInvertedCue_IsNotTheLastSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Ann Harlow said she backed the plan.\n\n\"I will not vote for this plan,\" said local farmer Jim Becker.");

        var s = Assert.Single(doc.Statements, s => s.Quote is not null);
        Assert.Equal("Jim Becker", s.Speaker?.Name);
    }

    [Fact]
    public void AGroupNounBeforeTheVerb_IsTheSourceNotTheCue()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Firefighters battled the blaze for a second day on Tuesday, as authorities ordered about 9,000 people to leave their homes.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).Contains("authorities", StringComparison.Ordinal));
    }

    [Fact]
    public void ASourceTheTaggerRanIntoAComma_EndsBeforeIt()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Mwangi, 61, who first won office in 2020, has not commented publicly since the declaration.");

        Assert.All(doc.Statements, s => Assert.False(s.Speaker?.Name?.EndsWith(',') ?? false));
    }

    [Fact]
    public void ANameAfterAnInvertedCue_SpeaksNotTheFirmAfterOf()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "\"Handing out cash has not worked before,\" said Daisuke Arakawa of Tenryu Research & Technologies.");

        Assert.Equal("Daisuke Arakawa", SampleDocuments.WithCue(doc, "said").Speaker?.Name);
    }

    [Fact]
    public void SpeakersWhoSpokeOnConditionOfAnonymity_AreTheNounBeforeWho()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Two employees who spoke to Reuters on condition of anonymity said the sales teams would bear the brunt.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("Two employees", s.Speaker?.Name);
        Assert.Equal("the sales teams would bear the brunt", s.Content.Slice(doc.Text));
        Assert.Contains(s.Relays, r => r.Name == "Reuters");
        Assert.DoesNotContain(doc.Statements, x => x.Cue.Slice(doc.Text) == "spoke");
    }

    [Fact]
    public void DataThatShowedSomething_SpeaksForTheClauseBefore()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Output shrank 2.1% in the third quarter, government data showed on Friday, a steeper fall than economists had forecast.");

        var s = SampleDocuments.WithCue(doc, "showed");
        Assert.Equal("government data", s.Speaker?.Name);
        Assert.Equal("Output shrank 2.1% in the third quarter", s.Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("The economy shrank more than expected as exports slumped.")]
    [InlineData("The central bank cut rates by a quarter point, as expected.")]
    public void AComparisonWithAnExpectation_IsNoStatement(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).Contains("expected", StringComparison.Ordinal));
    }

    [Fact]
    public void ANounSummingUpTheClauseBefore_OpensAReducedRelativeDenial()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Ruritania claims the whole of the northern lakes, a position an international tribunal rejected in 2016.");

        var s = Assert.Single(doc.Statements, s => s.Act == SpeechAct.Deny);
        Assert.Equal("an international tribunal", s.Speaker?.Span?.Slice(doc.Text));
    }

    [Fact]
    public void AVerbPhraseBeforeANounCue_IsNoSource()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The company also lowered its revenue forecast for the fiscal year to between $41 billion and $42 billion.");

        Assert.DoesNotContain(doc.Statements, s => s.Speaker?.Name is { } name && name.StartsWith("lowered", StringComparison.Ordinal));
    }

    [Fact]
    public void AWarningTheStoryNamesAfterTheSpeech_IsNotPartOfIt()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The federation president said in July that the country risked exclusion if it failed to curb doping, a warning the government has taken seriously.");

        Assert.Equal("the country risked exclusion if it failed to curb doping", SampleDocuments.WithCue(doc, "said").Content.Slice(doc.Text));
    }

    [Fact]
    public void AnAdverbAfterAnAmount_CountsNothing()
    {
        var doc = SampleDocuments.FromText("It lowered its forecast to $41 billion, from $43.5 billion previously.");

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "$43.5 billion");
        Assert.Null(q.Object);
    }

    [Theory]
    [InlineData("Analysts said the outage could cost the operator between 5 million and 8 million euros a day.", "between 5 million and 8 million euros", "EUR")]
    [InlineData("The fund lost between 2 and 3 billion dollars.", "between 2 and 3 billion dollars", "USD")]
    public void ARangeEndingInACurrency_IsMoney(string text, string span, string currency)
    {
        var doc = SampleDocuments.FromText(text);

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == span);
        Assert.Equal(QuantityKind.Money, q.Kind);
        Assert.Equal(currency, q.Unit);
        Assert.Equal(QuantityQualifier.Range, q.Qualifier);
    }

    [Theory]
    [InlineData("A magnitude 7.1 earthquake struck before dawn.", "7.1")]
    [InlineData("A 6.2-magnitude quake hit the coast.", "6.2-magnitude")]
    public void AQuakesMagnitude_IsAMeasureNotACount(string text, string span)
    {
        var doc = SampleDocuments.FromText(text);

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == span);
        Assert.Equal(QuantityKind.Measure, q.Kind);
        Assert.Equal("magnitude", q.Unit);
        Assert.Null(q.Object);
    }

    [Fact]
    public void ATimePhraseAfterANumber_IsNoRate()
    {
        var doc = SampleDocuments.FromText("The death toll has risen to 212, up from 145 a day earlier.");

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text).StartsWith("145", StringComparison.Ordinal));
        Assert.Equal(QuantityKind.Count, q.Kind);
        Assert.Equal("145", q.Span.Slice(doc.Text));
    }

    [Fact]
    public void SolesAreMoney()
    {
        var doc = SampleDocuments.FromText("The government will release 500 million soles for reconstruction.");

        var q = Assert.Single(doc.Quantities);
        Assert.Equal(QuantityKind.Money, q.Kind);
        Assert.Equal("PEN", q.Unit);
    }

    [Fact]
    public void AboutBeforeANumber_IsNoPrepositionOfTheCue()
    {
        var doc = SampleDocuments.FromTextWithNames("The chief arrived on Sunday. She said about 40 people remained missing.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("said", s.Cue.Slice(doc.Text));
        Assert.StartsWith("about 40", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void ResultsThatShowedSomething_SpeakForTheClauseBefore()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The party won 191 of the 465 seats, down from 247, official results showed on Monday.");

        var s = SampleDocuments.WithCue(doc, "showed");
        Assert.Equal("official results", s.Speaker?.Name);
        Assert.Equal("The party won 191 of the 465 seats, down from 247", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void ACountrysIndustryGroup_SpeaksForItselfNotTheCountry()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Canada's steel industry group called the move \"devastating,\" saying about 23,000 jobs were at risk.");

        Assert.Equal("Canada's steel industry group", SampleDocuments.WithCue(doc, "called").Speaker?.Name);
        Assert.Equal("Canada's steel industry group", SampleDocuments.WithCue(doc, "saying").Speaker?.Name);
    }

    [Theory]
    [InlineData("In a post on X, former Prime Minister Taro Aso called the defeat \"a wake-up call.\"", "called", "X")]
    [InlineData("Aso wrote on Telegram that the defeat was a wake-up call.", "wrote", "Telegram")]
    [InlineData("The senator said in a video on YouTube that she would run again.", "said", "YouTube")]
    public void APlatformItWasPostedOn_RelaysTheStatement(string text, string cue, string platform)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Contains(SampleDocuments.WithCue(doc, cue).Relays, r => r.Name == platform && r.Medium == "post");
    }

    [Fact]
    public void OClock_TellsTheTime_NotHowMany()
    {
        var doc = SampleDocuments.FromText("We saw the smoke at noon and by two o'clock the fire was in the olive groves.");

        Assert.DoesNotContain(doc.Quantities, q => q.Span.Slice(doc.Text).Contains("two", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAuxiliaryAndAdverbBeforeTheCue_AreNoPartOfTheSource()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Fishing communities have long warned that the new locks would empty the river of fish.");

        var s = SampleDocuments.WithCue(doc, "warned");
        Assert.Equal("Fishing communities", s.Speaker?.Name);
    }

    [Fact]
    public void ANameInsideTheSubjectsRelativeClause_DoesNotSpeak()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The Danish operator of a ferry that sank off Norway last week said it had warned the crew about the weather.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("Danish operator of a ferry", s.Speaker?.Name);
        Assert.StartsWith("it had warned", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void ACountrysFirmBeforeTheCue_SpeaksForItself()
    {
        var doc = SampleDocuments.FromTextWithNames("Vietnam ferry operator says storm warnings came too late");

        var s = SampleDocuments.WithCue(doc, "says");
        Assert.Equal("Vietnam ferry operator", s.Speaker?.Name);
    }

    [Fact]
    public void ABareDayAfterTheCue_IsNoPartOfTheSpeech()
    {
        var doc = SampleDocuments.FromTextWithNames("The airline said Thursday it would cancel 40 flights over the weekend.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("it would cancel 40 flights over the weekend", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void TheHearersOfTold_EndAtThat_AndATrailingRelayClauseIsCut()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Halvard Marine said it reported the damage to port officials on Sunday and asked them to close the quay. "
            + "Port officials have not commented on the company's account.\n\n"
            + "Prime Minister Varga told an emergency cabinet meeting that the government would review all bridges under construction, "
            + "the Daily Standard reported. \"We must learn from this disaster,\" she was quoted as saying.");

        var s = SampleDocuments.WithCue(doc, "told");
        Assert.Equal("the government would review all bridges under construction", s.Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("The stadium is part of a $900 million complex built by a Qatari consortium.", "$900 million", "complex")]
    [InlineData("Norway will also provide $250,000 in emergency food aid.", "$250,000", "emergency food aid")]
    [InlineData("At least 12 miners were killed and more than 40 are still trapped underground.", "more than 40", "miners")]
    public void WhatTheNumberCounts_OnUnseenStories(string sentence, string number, string counted)
    {
        var doc = SampleDocuments.FromText(sentence);
        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == number);
        Assert.Equal(counted, q.Object);
    }

    [Fact]
    public void ACountWithItsOwnVerbAndNoNoun_AfterACountOfAnotherSentencePart_NamesNothing()
    {
        var doc = SampleDocuments.FromText("Officials counted 30 ballots on Monday; 12 were unopened.");
        Assert.Null(Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "12").Object);
    }

    [Fact]
    public void APassiveCueEndingAHeadline_TakesNoAgentFromTheByline()
    {
        var doc = SampleDocuments.FromTextWithNames("Miner appeals as penalty is confirmed\n\nBy Lena Park\n\nThe miner said it would appeal.");

        Assert.DoesNotContain(doc.Statements, s => s.Speaker?.Name.Contains("Park", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void PeopleInterviewedByAnOutlet_Speak_AndTheOutletRelays()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Fishermen interviewed by local broadcaster Rede Norte said they had seen dead fish for weeks.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("Fishermen", s.Speaker?.Name);
        Assert.Contains(s.Relays, r => r.Name == "Rede Norte");
    }

    [Fact]
    public void AClauseBeforeATrailingSource_KeepsItsFirstWordAndItsDate()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "At least 14 people died when a ferry capsized late on Sunday, the coast guard said on Monday.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("At least 14 people died when a ferry capsized late on Sunday", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void OfficialsInAPlace_SpeakForItWithTheirRole()
    {
        var doc = SampleDocuments.FromTextWithNames("Health inspectors in Sao Paulo have said the water was safe to drink.");

        var s = SampleDocuments.WithCue(doc, "have said");
        Assert.Equal("Health inspectors in Sao Paulo", s.Speaker?.Span?.Slice(doc.Text));
        Assert.Equal("Health inspectors", s.Speaker?.Role);
    }

    [Fact]
    public void AnalystsInACapital_AreNoGovernment()
    {
        var doc = SampleDocuments.FromTextWithNames("Market analysts in London said the pound would fall further.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal(-1, s.Speaker?.Entity);
    }

    [Fact]
    public void ATimeClauseAfterATrailingCue_LeavesTheSpeechBeforeIt()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The rebels have begun pulling back from the town, a U.N. official said on Thursday, two days after the army warned of an offensive.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("The rebels have begun pulling back from the town", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void APostOnXEndingTheSentence_RelaysTheQuote()
    {
        var doc = SampleDocuments.FromTextWithNames("\"We will not accept these terms,\" Halvorsen wrote on X.");

        var s = SampleDocuments.WithCue(doc, "wrote");
        var relay = Assert.Single(s.Relays);
        Assert.Equal("X", relay.Name);
        Assert.Equal("post", relay.Medium);
    }

    [Theory]
    [InlineData("The number of people still missing fell to 41 from 73 on Thursday.", "41", "people")]
    [InlineData("The number of people still missing fell to 41 from 73 on Thursday.", "73", "people")]
    [InlineData("Officials said the number of soldiers in the valley had risen to about 2,500.", "about 2,500", "soldiers")]
    public void AValueOfTheNumberOfSomething_CountsThatThing(string sentence, string number, string counted)
    {
        var doc = SampleDocuments.FromText(sentence);
        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == number);
        Assert.Equal(counted, q.Object);
    }

    [Fact]
    public void OnAndADayAfterTheCue_AreNoPartOfTheCueOrTheSpeech()
    {
        var doc = SampleDocuments.FromTextWithNames("The port authority said on Monday it would reopen the terminal.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("it would reopen the terminal", s.Content.Slice(doc.Text));
    }
}
