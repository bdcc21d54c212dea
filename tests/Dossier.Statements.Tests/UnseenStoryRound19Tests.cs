using Dossier.Core;
using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Repairs from round 19's unseen stories (a drug recall, a ship collision, a data breach, a strike ballot, a
/// wildfire, a sanctions package, a vaccine trial, a stadium inquiry, a coup rumour, an election count), each on an
/// invented sentence of the same shape.</summary>
public sealed class UnseenStoryRound19Tests
{
    [Fact]
    public void AnAdverbOfOrderBeforeTheCue_IsNoSpeaker_AndTheDatingClauseIsNotRelayed()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Velmar, the region's largest water operator, confirmed on Monday that supplies were contaminated, days after it first described the problem as minor.");

        var s = SampleDocuments.WithCue(doc, "described");
        Assert.Equal("Velmar", s.Speaker?.Name);
        Assert.Empty(s.Relays);
    }

    [Fact]
    public void OthersWordsThatDateTheStory_AreNotRelayedByTheSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The ministry on Sunday denied reports of a mutiny, after villagers said soldiers had blocked the road.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("villagers", s.Speaker?.Name);
        Assert.Empty(s.Relays);
    }

    // The issue names "up to" among the hedges that set certainty (the lead's decision after the round: a claim given as a
    // bound is hedged, and the quantity's qualifier says the same of the number).
    [Theory]
    [InlineData("The airline confirmed that up to 4,000 passengers had been affected.", "confirmed", "up to")]
    [InlineData("The union said as many as 900 jobs had been cut.", "said", "as many as")]
    public void ABoundOnANumber_IsAHedgeWithItsWords(string text, string cue, string words)
    {
        var doc = SampleDocuments.FromText(text);

        var s = SampleDocuments.WithCue(doc, cue);
        Assert.Equal(Certainty.Possible, s.Certainty);
        Assert.Contains(words, s.CertaintyCues.Select(c => c.Slice(doc.Text)));
    }

    [Fact]
    public void WithholdingAConfirmation_IsADecline_OfThatAccount()
    {
        var doc = SampleDocuments.FromText("The coastguard would not confirm that account.");

        var s = SampleDocuments.WithCue(doc, "confirm");
        Assert.Equal(SpeechAct.Decline, s.Act);
        Assert.Equal("that account", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void PeopleCitedBetweenTheSubjectAndTheCue_Speak_AndTheSubjectRelays()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The magazine, citing three former managers, reported last month that safety checks were skipped.");

        var s = SampleDocuments.WithCue(doc, "reported");
        Assert.Equal("three former managers", s.Speaker?.Name);
        Assert.Contains(s.Relays, r => r.Name == "magazine");
        Assert.DoesNotContain(doc.Statements, x => x.Cue.Slice(doc.Text) == "citing");
    }

    [Theory]
    [InlineData("Transport Canada said the runway would reopen on Monday.", "Transport Canada")]
    [InlineData("The monitoring team from the Organisation of American States said in an interim report that it had seen delays.", "Organisation of American States")]
    public void ABodyNamedWithAPlaceOrAPeople_IsNotThePlace(string text, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(speaker, SampleDocuments.WithCue(doc, "said").Speaker?.Name);
    }

    [Fact]
    public void ARoleWithOf_IsTheWholeRole()
    {
        var doc = SampleDocuments.FromTextWithNames("The navy chief of staff has not commented publicly.");

        Assert.Equal("navy chief of staff", SampleDocuments.WithCue(doc, "commented").Speaker?.Name);
    }

    [Fact]
    public void UnderQuestioning_IsNoSpeech()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Under questioning from the prosecutor, Mara Lind said she had seen the van twice.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).Contains("questioning", StringComparison.OrdinalIgnoreCase)
            || s.Cue.Slice(doc.Text).Contains("Under", StringComparison.Ordinal));
        Assert.Equal("Mara Lind", SampleDocuments.WithCue(doc, "said").Speaker?.Name);
    }

    [Theory]
    [InlineData("Bloc agrees 9th aid package for farmers")]
    [InlineData("Farm ministers agreed on Monday a new aid package for growers.")]
    public void AgreeingOnAThing_IsNoSpeech(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).Contains("agree", StringComparison.Ordinal));
    }

    [Fact]
    public void AgreeingThat_StaysSpeech()
    {
        var doc = SampleDocuments.FromText("Farm ministers agreed that the aid had come too late.");

        Assert.Contains(doc.Statements, s => s.Cue.Slice(doc.Text).EndsWith("agreed", StringComparison.Ordinal));
    }

    [Fact]
    public void WhatAppearedSo_IsProbable()
    {
        var doc = SampleDocuments.FromText("The inspector said the valve appeared to have failed.");

        Assert.Equal(Certainty.Probable, SampleDocuments.WithCue(doc, "said").Certainty);
    }

    [Fact]
    public void ATitleOfAddressBeforeTheName_IsNoPartOfTheRole()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "\"The data are clear,\" said lead author Professor Maria Lindqvist of Uppsala University.");

        Assert.Equal("lead author", SampleDocuments.WithCue(doc, "said").Speaker?.Role);
    }

    [Fact]
    public void AParticipleAfterTheOfPartOfADocument_IsNoPartOfTheSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The drug cut relapses by a third, according to findings of a large trial published on Monday.");

        Assert.Equal("findings of a large trial", SampleDocuments.WithCue(doc, "according to").Speaker?.Name);
    }

    [Theory]
    [InlineData("The barge carried about 3,000 tonnes of grain.", "tonnes", "grain")]
    [InlineData("The attackers copied 5 terabytes of files.", "terabytes", "files")]
    public void AnAmountOfStuff_MeasuresWhatFollowsItsOf(string text, string unit, string obj)
    {
        var doc = SampleDocuments.FromText(text);

        var q = Assert.Single(doc.Quantities);
        Assert.Equal(QuantityKind.Measure, q.Kind);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(obj, q.Object);
    }

    [Fact]
    public void ADoseInMilligrams_IsAMeasure()
    {
        var doc = SampleDocuments.FromText("The pills come in 25 mg and 50 mg doses.");

        Assert.Equal(2, doc.Quantities.Count);
        Assert.All(doc.Quantities, q => Assert.Equal("mg", q.Unit));
    }

    [Theory]
    [InlineData("The bloc listed 40 more companies.", "companies")]
    [InlineData("Two crew missing after tanker fire", "crew")]
    [InlineData("The breach hit 2 million current and former students.", "current and former students")]
    public void WhatIsCounted_LeavesOutWordsAboutTheCount(string text, string obj)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.Equal(obj, Assert.Single(doc.Quantities).Object);
    }

    [Fact]
    public void FiguresPublishedBySomeone_AreThatOnesStatement()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Nearly 12,000 nurses backed the walkout, according to figures published by the Royal College of Nursing.");

        Assert.Equal("Royal College of Nursing", SampleDocuments.WithCue(doc, "according to").Speaker?.Name);
    }

    [Fact]
    public void AParticipleAsideAfterTheSubject_StaysInTheSpeech()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The authority said two crew were missing.\n\nThe 300-metre container ship Orion Bay, sailing under a Liberian flag, struck the barge at about 4:30 a.m., the authority said in a statement. The tanker was carrying oil, it said.");

        Assert.StartsWith("The 300-metre container ship", SampleDocuments.WithCue(doc, "said", "struck").Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void ARefusalWithADayBeforeIt_IsTheSubjects()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The ruling coalition on Sunday refused to accept the recount, alleging that the tally sheets had been altered.");

        Assert.Equal("ruling coalition", SampleDocuments.WithCue(doc, "refused").Speaker?.Name);
    }

    [Fact]
    public void WhatATrialFinds_IsItsStatement()
    {
        var doc = SampleDocuments.FromTextWithNames("Nasal spray cuts flu cases by nearly half, trial finds");

        Assert.Equal("trial", SampleDocuments.WithCue(doc, "finds").Speaker?.Name);
    }

    [Theory]
    [InlineData("Officials reported a turnout of about 61% in the capital.", "turnout")]
    [InlineData("The gang demanded a ransom of $2 million.", "ransom")]
    public void AnAmountAfterANounAndOf_IsThatNounsValue(string text, string obj)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.Equal(obj, Assert.Single(doc.Quantities).Object);
    }

    [Fact]
    public void TheHearersOfAQuotingTell_AreNoPartOfTheSpeech()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Gate supervisor Tom Aske told the hearing he had phoned the control room \"again and again\" asking for help.");

        Assert.StartsWith("he had phoned", SampleDocuments.WithCue(doc, "told").Content.Slice(doc.Text), StringComparison.Ordinal);
    }
}
