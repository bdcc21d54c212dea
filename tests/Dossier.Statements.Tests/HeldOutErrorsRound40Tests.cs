namespace Dossier.Statements.Tests;

/// <summary>Round 40 (session 22): a lone "about" that opens an indirect question, and the subject of a cue that opens on
/// auxiliaries, each on an invented sentence of another story.</summary>
public sealed class HeldOutErrorsRound40Tests
{
    private const string PortDebt = "Port rescue plan draws advice.\n\n";

    private const string RatesHeld = "Rates held as growth slows.\n\nThe central bank kept its main rate at 3 percent on Thursday. ";

    [Theory]
    [InlineData("The harbour board's new chairman came into office amid a cacophony of advice flowing his way about how to steer the port out of debt.", "how to steer the port out of debt")]
    [InlineData("Inspectors will interview the ferry crews about whether the alarms were tested before the fire.", "whether the alarms were tested")]
    public void LoneAboutBeforeAnIndirectQuestion_StaysAStatement(string sentence, string question)
    {
        var doc = SampleDocuments.FromTextWithNames(PortDebt + sentence);

        var about = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "about");
        Assert.StartsWith(question, about.Content.Slice(doc.Text).ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The bank does not want to choke the recovery, only to stop prices from running ahead of wages.", "does not want", "The bank")]
    [InlineData("The ferry operator would support a later start to the season.", "would support", "The ferry operator")]
    public void CueOpeningOnAuxiliaries_TakesTheSubjectBeforeIt(string sentence, string cue, string subject)
    {
        var doc = SampleDocuments.FromTextWithNames(RatesHeld + sentence);

        var statement = SampleDocuments.WithCue(doc, cue);
        Assert.Equal(subject, statement.Speaker?.Span?.Slice(doc.Text).ToString());
    }

    [Fact]
    public void CueOfAVerbOfUndergoing_GivesItsSubjectNoSpeech()
    {
        // The port is who the criticism is about: no speaker, as before.
        var doc = SampleDocuments.FromTextWithNames(RatesHeld + "The port has drawn criticism for the delays.");

        Assert.DoesNotContain(doc.Statements, s => s.Speaker?.Span is { } span && span.Slice(doc.Text).ToString().Contains("port", StringComparison.Ordinal));
    }
}
