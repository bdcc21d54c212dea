namespace Dossier.Statements.Tests;

/// <summary>Statements and quantities from the lead's session-20 dossiers, each on an invented sentence of another story
/// with the same shape.</summary>
public sealed class UnseenStoryLead20Tests
{
    [Theory]
    [InlineData("By Ana Costa | 4 min read\n\nThe dam released 120 cubic metres of water a second on Sunday.")]
    [InlineData("By Ana Costa · 12 minute listen\n\nThe dam released 120 cubic metres of water a second on Sunday.")]
    public void AReadingTimeBadge_IsNoQuantity(string text)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.DoesNotContain(doc.Quantities, q => q.Span.Slice(doc.Text).Contains("min", StringComparison.Ordinal));
        Assert.Contains(doc.Quantities, q => q.Span.Slice(doc.Text).StartsWith("120", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Paros ferry disaster: death toll rises to 9 as survivors describe panic\n\nThe ferry sank on Sunday.")]
    [InlineData("Granada bus crash: death toll rises to 9 as witnesses describe panic\n\nThe bus crashed on Sunday.")]
    public void ANameThatQualifiesAHeadlinesLabel_IsNoSpeaker(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == ":");
    }

    [Fact]
    public void ANameAloneBeforeAHeadlinesColon_StillSpeaks()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Ellison: \"We will not sell the club\"\n\nThe owner spoke after a week of protests.");

        Assert.Contains(doc.Statements, s => s.Cue.Slice(doc.Text) == ":");
    }
}
