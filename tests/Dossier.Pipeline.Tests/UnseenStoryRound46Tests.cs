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
}
