using Dossier.Core;

namespace Dossier.Statements.Tests;

/// <summary>Repairs from round 46's invented dossiers (an airline grounding after an engine failure, a central bank
/// governor's resignation over a leaked letter, an ivory seizure and its court hearing), each on an invented sentence of
/// another story.</summary>
public sealed class UnseenStoryRound46Tests
{
    [Theory]
    [InlineData("Bank fraud suspects denied bail as inquiry widens")]
    [InlineData("Arson suspects jailed as damage estimate revised")]
    public void SuspectsBeforeAVerbInEd_IsTheNounNotACue(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).Contains("suspects", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void ACountFirstReported_IsNoSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Fisheries inspector Lena Holm told the court that the trawler's illegal catch weighed 212 tonnes, not the 150 tonnes "
            + "first reported, and that the crew had thrown at least two nets overboard.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("Lena Holm", s.Speaker?.Name);
    }

    [Theory]
    [InlineData("Union leader Ana Costa called the closure \"a betrayal\" and demanded that the company reopen the plant.", "Ana Costa", "the closure \"a betrayal\"")]
    [InlineData("Club captain Sara Lind called the defeat \"embarrassing\" and demanded that the players apologise.", "Sara Lind", "the defeat \"embarrassing\"")]
    public void ASecondVerbAfterAnd_SharesTheSubject(string text, string speaker, string first)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(speaker, SampleDocuments.WithCue(doc, "demanded").Speaker?.Name);
        Assert.Equal(first, SampleDocuments.WithCue(doc, "called").Content.Slice(doc.Text));
    }

    [Fact]
    public void ASpokesmanForAShareOfAGroup_IsTheSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames("A spokesman for three of the airlines said the strike would cost millions.");

        Assert.Equal("spokesman for three of the airlines", Assert.Single(doc.Statements).Speaker?.Name);
    }
}
