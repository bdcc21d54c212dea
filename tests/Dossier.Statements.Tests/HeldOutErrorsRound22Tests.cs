namespace Dossier.Statements.Tests;

/// <summary>Repairs from the held-out train errors of round 22: a cue joined by "and" or "but" to the clause before it.</summary>
public sealed class HeldOutErrorsRound22Tests
{
    [Theory]
    [InlineData("Brightline keeps its own accounts private but says its revenue has doubled since 2019.", "says", "Brightline")]
    [InlineData("Earlier Tuesday, Okafor appeared on a morning radio show in Lagos and defended the budget against charges of waste.", "defended", "Okafor")]
    [InlineData("Farm unions condemned the plan but praised the minister for listening.", "praised", "Farm unions")]
    public void CueJoinedByAndOrBut_TakesTheSubjectOfTheClauseBefore(string sentence, string cue, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames("Council row deepens\n\n" + sentence);

        Assert.Equal(speaker, SampleDocuments.WithCue(doc, cue).Speaker?.Span?.Slice(doc.Text));
    }

    [Fact]
    public void CueJoinedInsideARelativeClause_IsNotTheMainSubjects()
    {
        var doc = SampleDocuments.FromTextWithNames("Council row deepens\n\n"
            + "Mensah is trying to win over younger voters such as Ama, who are drawn to his message and feel that the party has ignored them.");

        Assert.NotEqual("Mensah", SampleDocuments.WithCue(doc, "feel").Speaker?.Span?.Slice(doc.Text));
    }
}
