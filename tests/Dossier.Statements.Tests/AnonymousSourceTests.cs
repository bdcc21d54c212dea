using Dossier.Core;
using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>How wire stories quote unnamed sources and bodies: a part of a group, people described by what they know,
/// why they stay anonymous, a board named only in a member's title, hearers before "that".</summary>
public sealed class AnonymousSourceTests
{
    [Theory]
    [InlineData("The ferry left the harbour at about 6:15 a.m. to avoid the storm, one of the people said.", "one of the people",
        "The ferry left the harbour at about 6:15 a.m. to avoid the storm")]
    [InlineData("The talks stalled over the price of grain, some of the delegates said.", "some of the delegates",
        "The talks stalled over the price of grain")]
    public void APartOfAGroup_SpeaksForTheClauseBefore(string text, string speaker, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal(speaker, s.Speaker?.Span?.Slice(doc.Text));
        Assert.Equal(content, s.Content.Slice(doc.Text));
    }

    [Fact]
    public void AccordingToPeopleFamiliarWithSomething_NamesThemWhole()
    {
        var doc = SampleDocuments.FromTextWithNames("The bank had frozen the accounts in May, according to three people familiar with the inquiry.");

        var s = SampleDocuments.WithCue(doc, "according to");
        Assert.Equal("three people familiar with the inquiry", s.Speaker?.Span?.Slice(doc.Text));
        Assert.Equal("The bank had frozen the accounts in May", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void WhyASourceIsAnonymous_IsNoStatement()
    {
        var doc = SampleDocuments.FromTextWithNames("The people spoke on condition of anonymity because they were not authorized to discuss the inquiry.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).Contains("discuss", StringComparison.Ordinal));
    }

    [Fact]
    public void TheBoardInAMembersTitle_IsNotTheMember()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Maritime Accident Board member Jonas Berg said the hull had been inspected in March.\n\n"
            + "A first report will be published within 60 days, the board said in a statement.");

        var s = Assert.Single(doc.Statements, s => s.Content.Slice(doc.Text).StartsWith("A first report", StringComparison.Ordinal));
        Assert.Equal("board", s.Speaker?.Name);
    }

    [Fact]
    public void ASpeechReadTwice_IsOneStatement()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Divers recovered the ferry's voyage recorder on Tuesday.\n\nA first report is expected within 60 days, the board said in a statement.");

        Assert.Single(doc.Statements, s => s.Content.Slice(doc.Text).StartsWith("A first report", StringComparison.Ordinal));
    }

    [Fact]
    public void HearersWithAnAdjective_AreNotTheSpeech()
    {
        var doc = SampleDocuments.FromTextWithNames("Witnesses told local station WXRT that the plane appeared to bank sharply to the left before it fell.");

        var s = SampleDocuments.WithCue(doc, "told");
        Assert.Equal("the plane appeared to bank sharply to the left before it fell", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void AskingNotToBeNamed_IsNoStatement()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Two diplomats described the talks as tense.\n\nThe diplomats, who asked not to be named, said the deal was close.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == "asked");
        Assert.Contains(doc.Statements, s => s.Content.Slice(doc.Text) == "the deal was close");
    }

    [Fact]
    public void ADayBeforeTheCitedSource_IsPartOfTheLeadIn()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The vote was delayed.\n\nThe Courier reported on Tuesday, citing two people familiar with the plan, that the mayor would resign.");

        var s = SampleDocuments.WithCue(doc, "reported");
        Assert.Equal("the mayor would resign", s.Content.Slice(doc.Text));
        Assert.Equal("two people familiar with the plan", s.Speaker?.Span?.Slice(doc.Text));
    }

    [Fact]
    public void TheReadersOfANote_AreNotItsContent()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Economists at Norbank wrote in a note to clients that the bank had \"all but pre-announced\" a June move.");

        var s = SampleDocuments.WithCue(doc, "wrote");
        Assert.StartsWith("the bank had", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void ASpokespersonForABody_HasTheRoleWithoutItsPreposition()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Some policymakers pushed for a cut, three sources told the paper.\n\nA spokesperson for the ECB declined to comment on the newspaper's account.");

        var s = SampleDocuments.WithCue(doc, "declined");
        Assert.Equal("spokesperson", s.Speaker?.Role);
    }

    [Fact]
    public void WhoWasToldAfterATrailingSource_IsNotTheSpeech()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Some policymakers pushed for a cut, three sources told the paper.\n\nA spokesperson for the ECB declined to comment on the newspaper's account.");

        var s = SampleDocuments.WithCue(doc, "told");
        Assert.Equal("Some policymakers pushed for a cut", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void ASpeakerAnsweringATrailingSource_IsNotRelayedByIt()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The strikes spread north.\n\nTrains have been cancelled across the region, two union officials said, though the rail operator insisted that services were running normally.");

        var agents = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("Trains have been cancelled across the region", agents.Content.Slice(doc.Text));
        Assert.Empty(SampleDocuments.WithCue(doc, "insisted").Relays);
    }

    [Fact]
    public void SpeakingOnConditionOfAnonymity_IsNoStatement()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "A local health official, who spoke on condition of anonymity, said at least nine people had been killed since Sunday.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == "spoke");
    }

    [Fact]
    public void AWireDatelineWithAHyphen_IsNotPartOfTheSpeech()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Fuel shortages worsen\n\nMOMBASA, March 3 (AFP) - Drones struck two fuel depots near the port on Monday, the third attack this month, the navy said.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.StartsWith("Drones struck two fuel depots", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A lawyer for Mr. Adeyemi said his client had done nothing wrong.", "lawyer for Mr. Adeyemi")]
    [InlineData("An aide to Ms. Brandt said the senator was resting.", "aide to Ms. Brandt")]
    public void SomeoneLinkedToANamedPerson_SpeaksAsThemselves(string text, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal(speaker, s.Speaker?.Name);
        Assert.Equal(-1, s.Speaker?.Entity);
    }

    [Fact]
    public void ASpokesmanForANamedPerson_SpeaksForThem()
    {
        var doc = SampleDocuments.FromTextWithNames("A spokesman for Mr. Adeyemi said he would appeal the ruling.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("Adeyemi", s.Speaker?.Name);
        Assert.Equal("spokesman", s.Speaker?.Role);
    }
}
