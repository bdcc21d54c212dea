namespace Dossier.Pipeline.Tests;

/// <summary>Round 46's repairs to when things were said, through the whole pipeline (the time stage dates them), each on an
/// invented sentence of another story than the dossier it came from.</summary>
public class UnseenStoryRound46Tests
{
    private static readonly Lazy<DossierAnnotator> s_annotator = new(() => DossierAnnotator.Create());

    [Theory]
    [InlineData("The stadium will stay shut until the inquiry ends, the club said, adding that the league would rule next Tuesday.")]
    [InlineData("The plant will stay closed for repairs, the company said, saying inspectors would return on Friday.")]
    public void ADayOfTheClauseAddedAfterTheCue_DoesNotDateTheSpeech(string text)
    {
        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 5, 7));

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(text) == "said");
        Assert.Equal(-1, s.Time);
    }

    [Fact]
    public void ADayRightAfterTheCue_StillDatesTheSpeech()
    {
        const string text = "The stadium will stay shut until the inquiry ends, the club said on Tuesday.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 5, 7));

        var s = Assert.Single(doc.Statements);
        Assert.Equal("Tuesday", doc.Times[s.Time].Span.Slice(text));
    }

    [Theory]
    [InlineData("The bank said its losses reached 80 million euros, and that regulators had fined it last year.", "80 million euros")]
    [InlineData("The agency raised the death toll to 41 from the 35 it gave on Monday.", "41")]
    public void ATimeOfALaterClause_DoesNotDateTheCount(string text, string number)
    {
        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 5, 7));

        Assert.Equal(-1, Assert.Single(doc.Quantities, q => q.Span.Slice(text) == number).Time);
    }

    [Fact]
    public void ACountsOwnRelativeClause_StillDatesIt()
    {
        const string text = "The agency raised the death toll to 41 from the 35 it gave on Monday.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 5, 7));

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(text) == "35");
        Assert.Equal("Monday", doc.Times[q.Time].Span.Slice(text));
    }
}
