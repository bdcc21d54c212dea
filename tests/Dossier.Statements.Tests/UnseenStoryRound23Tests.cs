using Dossier.Core;
using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Repairs from round 23's unseen stories (a chemical leak told by two outlets, a transfer denial, a central-bank
/// interview, a nurses' strike, a launch failure, a council cyberattack, a merger ruling, an election poll, a
/// whistleblower), each on an invented sentence of the same shape.</summary>
public sealed class UnseenStoryRound23Tests
{
    [Fact]
    public void ADocumentsParticipleWithItsDay_IsNoPartOfTheSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Turnout will fall below half, a new study released on Thursday shows.");

        var s = SampleDocuments.WithCue(doc, "shows");
        Assert.NotNull(s.Speaker);
        Assert.DoesNotContain("Thursday", s.Speaker!.Name);
        Assert.EndsWith("study", s.Speaker.Name);
    }

    [Fact]
    public void AWithheldAnswerInAModal_IsADecline_WithoutTheModalsHedge()
    {
        var doc = SampleDocuments.FromText("The water board would not say whether any pipes had burst.");

        var s = SampleDocuments.WithCue(doc, "would not say");
        Assert.Equal(SpeechAct.Decline, s.Act);
        Assert.Equal(Certainty.Certain, s.Certainty);
        Assert.Empty(s.CertaintyCues);
    }

    [Fact]
    public void DecliningToSpeculate_IsADecline()
    {
        var doc = SampleDocuments.FromText("The harbour master declined to speculate about the cause of the fire.");

        var s = Assert.Single(doc.Statements, x => x.Cue.Slice(doc.Text).StartsWith("declined", StringComparison.Ordinal));
        Assert.Equal(SpeechAct.Decline, s.Act);
    }

    [Fact]
    public void ANameBetweenAppositiveCommas_SpeaksAWithheldComment()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The port reopened on Friday. Its harbour master, Lena Voss, would not comment on the damage.");

        var s = Assert.Single(doc.Statements, x => x.Cue.Slice(doc.Text).StartsWith("would not comment", StringComparison.Ordinal));
        Assert.NotNull(s.Speaker);
        Assert.Contains("Lena Voss", s.Speaker!.Name);
        Assert.Equal(SpeechAct.Decline, s.Act);
    }

    [Fact]
    public void ANounPhraseOpeningTheSentence_SpeaksAPastTenseCue()
    {
        var doc = SampleDocuments.FromText("The tenants' association welcomed the court's decision.");

        var s = SampleDocuments.WithCue(doc, "welcomed");
        Assert.NotNull(s.Speaker);
        Assert.Contains("association", s.Speaker!.Name);
    }

    [Fact]
    public void AReportWordAfterADenial_IsItsObject_NotACue()
    {
        var doc = SampleDocuments.FromText("Pilots say jets grounded; airline denies reports\n\nFlights resumed later.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == "reports");
    }

    [Fact]
    public void PeopleNearANamedPlace_DoNotSpeakForIt()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Farmers near the Brenholt Energy refinery said on Tuesday that their wells had been poisoned.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.NotNull(s.Speaker);
        Assert.StartsWith("Farmers", s.Speaker!.Name);
        Assert.Null(s.Speaker.Role);
    }

    [Fact]
    public void AQuestionPutToANamedPerson_InAnAside_IsNoStatementOfTheirs()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Senator Ruth Okoye, asked about the pipeline during a visit, declined to comment.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).StartsWith("asked", StringComparison.Ordinal));
    }

    [Fact]
    public void WhatAThingWasMeantToDo_IsNoSpeech()
    {
        var doc = SampleDocuments.FromText(
            "The rocket failed on Friday, the agency said.\n\nThe radar, which cost an estimated $40 million, was meant to improve flood warnings.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).Contains("meant", StringComparison.Ordinal));
    }

    [Fact]
    public void ACitingPhraseEndingTheContent_NamesWhoSpoke_AndTheOutletRelays()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The Evening Herald reported on Sunday that the mayor would resign, citing two aides to the mayor.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == "citing");
        var s = SampleDocuments.WithCue(doc, "reported");
        Assert.Equal("the mayor would resign", s.Content.Slice(doc.Text));
        Assert.Contains("aides", s.Speaker?.Name);
        Assert.Contains(s.Relays, r => r.Name.Contains("Herald", StringComparison.Ordinal));
    }

    [Fact]
    public void AShortWordBeforeTheOnlyQuotation_MakesTheStatementMixed()
    {
        var doc = SampleDocuments.FromTextWithNames("Its founder, Mara Lind, said it \"saves lives every day\".");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal(StatementKind.Mixed, s.Kind);
    }

    [Theory]
    [InlineData("The railway offered drivers a 6% rise on Tuesday.", "6%", "rise")]
    [InlineData("The fund bought a 12.5% stake in the brewer.", "12.5%", "stake")]
    [InlineData("The takeover, valued at about $3bn, was approved.", "about $3bn", "takeover")]
    public void AShareOrSumBesideTheNounItSizes_NamesThatNoun(string text, string number, string noun)
    {
        var doc = SampleDocuments.FromText(text);

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == number);
        Assert.Equal(noun, q.Object);
    }
}
