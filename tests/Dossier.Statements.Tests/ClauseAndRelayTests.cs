using Dossier.Core;
using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Who speaks and where the speech ends in wire-story sentences the rules once misread: documents that carry a
/// body's words, outlets that carried a statement, described sources, coordinated and contrasted clauses.</summary>
public sealed class ClauseAndRelayTests
{
    private static Statement WithCue(Document doc, string cue) =>
        Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text).EndsWith(cue, StringComparison.Ordinal));

    [Fact]
    public void AccordingToADocumentFromABody_TheBodySpeaks()
    {
        var doc = SampleDocuments.FromText("The outage began on May 2 and lasted three days, according to a statement from the National Grid Authority.");

        var s = WithCue(doc, "according to");
        Assert.Equal("the National Grid Authority", s.Speaker?.Span?.Slice(doc.Text));
        Assert.StartsWith("The outage began", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void AStatementCarriedByAnAgency_IsRelayedByIt()
    {
        var doc = SampleDocuments.FromText("\"We reject these claims,\" spokesman Omar Haddad said in a statement carried by the state news agency SANA.");

        var s = WithCue(doc, "said");
        Assert.Contains(s.Relays, r => r.Span.Slice(doc.Text).Contains("SANA", StringComparison.Ordinal));
    }

    [Fact]
    public void SourcesFamiliarWithSomething_AreOneSpeaker_AndTheirSpeechIsTheClauseBefore()
    {
        var doc = SampleDocuments.FromText("The army believes the strike was a warning, two officials familiar with the matter told the Daily Courier, speaking on condition of anonymity.");

        var s = WithCue(doc, "told");
        Assert.Equal("two officials familiar with the matter", s.Speaker?.Span?.Slice(doc.Text));
        Assert.Equal("The army believes the strike was a warning", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void ASecondVerbJoinedByAnd_SharesTheSentenceSubject()
    {
        var doc = SampleDocuments.FromText("European officials have linked the group to the navy and said it sank at least four ships in 2023.");

        var s = WithCue(doc, "said");
        Assert.Equal("European officials", s.Speaker?.Span?.Slice(doc.Text));
        Assert.StartsWith("it sank", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void ASpeakerInAContrastedClause_IsNotRelayedByTheFirst()
    {
        var doc = SampleDocuments.FromText("Caracas on Monday rejected the findings as \"invented\", while Foreign Minister Hugo Vidal said his government would respond.");

        var first = WithCue(doc, "rejected");
        var second = WithCue(doc, "said");
        Assert.DoesNotContain("Vidal", first.Content.Slice(doc.Text), StringComparison.Ordinal);
        Assert.Empty(second.Relays);
    }

    [Fact]
    public void AContent_GoesToTheCueOfItsOwnSentence()
    {
        var doc = SampleDocuments.FromText("The interior ministry rejected the report. \"These are lies told to serve a political agenda,\" spokesman Omar Haddad said.");

        var s = WithCue(doc, "rejected");
        Assert.Equal("the report", s.Content.Slice(doc.Text));
    }
}
