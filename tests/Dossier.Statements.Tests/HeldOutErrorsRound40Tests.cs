namespace Dossier.Statements.Tests;

/// <summary>Round 40 (session 22): a lone "about" that opens an indirect question, and the subject of a cue that opens on
/// auxiliaries, each on an invented sentence of another story.</summary>
public sealed class HeldOutErrorsRound40Tests
{
    private const string PortDebt = "Port rescue plan draws advice.\n\n";

    [Theory]
    [InlineData("The harbour board's new chairman came into office amid a cacophony of advice flowing his way about how to steer the port out of debt.", "how to steer the port out of debt")]
    [InlineData("Inspectors will interview the ferry crews about whether the alarms were tested before the fire.", "whether the alarms were tested")]
    public void LoneAboutBeforeAnIndirectQuestion_StaysAStatement(string sentence, string question)
    {
        var doc = SampleDocuments.FromTextWithNames(PortDebt + sentence);

        var about = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "about");
        Assert.StartsWith(question, about.Content.Slice(doc.Text).ToString(), StringComparison.Ordinal);
    }
}
