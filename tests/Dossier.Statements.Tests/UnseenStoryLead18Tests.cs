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
}
