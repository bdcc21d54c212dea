namespace Dossier.Pipeline.Tests;

/// <summary>Round 33's statement repairs that show only through the whole pipeline (the names and times the statements
/// read), each on an invented sentence of another story than the unseen dossier it came from.</summary>
public class UnseenStoryRound33Tests
{
    private static readonly Lazy<DossierAnnotator> s_annotator = new(() => DossierAnnotator.Create());

    [Theory]
    [InlineData("The port authority did not respond to requests for comment.", "did not respond")]
    public void ASpeakerlessCueInsideARefusalOrDenial_IsNoStatementOfItsOwn(string text, string cue)
    {
        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 5, 7));

        var s = Assert.Single(doc.Statements);
        Assert.Equal(cue, s.Cue.Slice(text));
    }

    [Fact]
    public void APeriodAfterTheCue_DatesTheSpeech()
    {
        const string text = "The ferry operator said last month it had cancelled all crossings to the island.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 5, 7));

        var s = Assert.Single(doc.Statements);
        Assert.Equal("it had cancelled all crossings to the island", s.Content.Slice(text));
        Assert.Equal("last month", doc.Times[s.Time].Span.Slice(text));
    }
}
