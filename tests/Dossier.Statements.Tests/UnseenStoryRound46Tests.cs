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
}
