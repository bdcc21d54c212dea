using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Round 58: the lead's items from invented news (a lawyer's client as the speaker, the suspect of an agentless
/// passive, what was not mentioned, a headline's whole object, a place's body after "and", standing by a figure, a
/// comparison after the speaker's aside, a document's issuer as no relay of the speaker the document backs) and a
/// dossier's thing that did something inside a report, each on invented text of another story.</summary>
public sealed class Round58Tests
{
    [Theory]
    [InlineData("Her client rejects the claim, Jonas Erlig's lawyer, Petra Kahl, said on Monday.", "Jonas Erlig")]
    [InlineData("Ada Morrow was detained on Friday. Her lawyer, Piet Jansen, said his client denies any wrongdoing.", "Ada Morrow")]
    [InlineData("His client denies the charges, said Piet Jansen, the lawyer for Ada Morrow.", "Ada Morrow")]
    public void ALawyersClient_IsThePersonTheLawyerActsFor(string text, string client)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements, s => s.Act == SpeechAct.Deny);
        Assert.Equal(client, s.Speaker?.Name);
    }

    [Theory]
    [InlineData("Mirko Salo, 44, is suspected of leaking the tender documents to a rival bidder.", "Mirko Salo, 44, is suspected of leaking")]
    [InlineData("The mayor's former driver was accused of taking bribes from two builders.", "The mayor's former driver was accused of taking")]
    [InlineData("In the years before the war, unlike his partners, he was suspected of hiding assets abroad.", "he was suspected of hiding")]
    public void AnAgentlessPassiveBelief_KeepsItsSuspectInTheContent(string text, string opening)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Null(s.Speaker);
        Assert.StartsWith(opening, s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The governor did not mention the audit in her address on Thursday.", "mention")]
    [InlineData("The club's chairman never mentioned the transfer fee at the meeting.", "mentioned")]
    public void NotMentioningSomething_IsNoAssertion(string text, string cue)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).EndsWith(cue, StringComparison.Ordinal) && s.Act != SpeechAct.Decline);
    }

    [Theory]
    [InlineData("Orsdal orders water rationing\n\nORSDAL, May 9 (Nordwire) - The city of Orsdal ordered water rationing on Tuesday after reservoir levels fell.\n\nThe mayor said the cuts would last a month.", "water rationing")]
    public void AHeadlinesOrder_KeepsItsWholeObject(string text, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(content, SampleDocuments.WithCue(doc, "orders").Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("Trains were halted across the north on Sunday, and Ostrania's Civil Aviation Authority said it would inspect the runways.", "Ostrania's Civil Aviation Authority")]
    [InlineData("Shares fell sharply after Belmark's Financial Conduct Office said it would open an inquiry.", "Belmark's Financial Conduct Office")]
    public void APlacesBodyAfterAConjunction_SpeaksAsTheBody(string text, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(speaker, SampleDocuments.WithCue(doc, "said").Speaker?.Name);
    }

    [Theory]
    [InlineData("The relief agency stood by its figure of 12,000 homeless families.", "relief agency", "its figure of 12,000 homeless families")]
    [InlineData("The Harwick Gazette stands by its report on the contracts.", "Harwick Gazette", "its report on the contracts")]
    public void StandingByAFigure_AssertsItAgain(string text, string speaker, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = SampleDocuments.WithCue(doc, "by");
        Assert.Equal(SpeechAct.Assert, s.Act);
        Assert.Equal(speaker, s.Speaker?.Name);
        Assert.Equal(content, s.Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("Unemployment was 7.2 percent in March, the statistics office said, down from 8.1 percent a year earlier.",
        "Unemployment was 7.2 percent in March, the statistics office said, down from 8.1 percent a year earlier")]
    [InlineData("Ticket sales reached 40,000, the organisers said, compared with 31,000 last year.",
        "Ticket sales reached 40,000, the organisers said, compared with 31,000 last year")]
    public void AComparisonAfterTheSpeakersAside_StaysInTheContent(string text, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(content, SampleDocuments.WithCue(doc, "said").Content.Slice(doc.Text));
    }

    [Fact]
    public void AComparisonReadAloneAfterTheAside_TakesTheSentenceBeforeIt()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Nine climbers died when the storm hit the northern ridge on Friday, the rescue service said, up from five reported on Thursday.");

        Assert.Equal("Nine climbers died when the storm hit the northern ridge on Friday, the rescue service said, up from five reported on Thursday",
            SampleDocuments.WithCue(doc, "said").Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("Survivors said the boat listed sharply about ten minutes before it went down.")]
    [InlineData("Witnesses said the tanker listed sharply about an hour before it sank.")]
    public void AThingsDeedInsideAReport_IsNoStatementOfItsOwn(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.EndsWith("said", s.Cue.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The port authority said cargo volumes had fallen by a fifth, according to figures released by the agency.")]
    [InlineData("The weather service said rainfall was half the usual amount, according to readings published by the institute.")]
    public void ADocumentsIssuer_RelaysNoOne(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Empty(SampleDocuments.WithCue(doc, "said").Relays);
    }
}
