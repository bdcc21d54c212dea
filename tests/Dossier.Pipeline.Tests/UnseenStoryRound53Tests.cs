namespace Dossier.Pipeline.Tests;

/// <summary>Round 53's repair to when things were said, through the whole pipeline (the time stage dates them), on an
/// invented sentence of another story than the dossier it came from.</summary>
public class UnseenStoryRound53Tests
{
    private static readonly Lazy<DossierAnnotator> s_annotator = new(() => DossierAnnotator.Create());

    [Theory]
    [InlineData("The Tarn health board extended its ban on visits to Friday, saying on Tuesday that cases were still rising.", "saying")]
    [InlineData("The club moved the final to Sunday, announcing on Wednesday that the pitch had flooded.", "announcing")]
    public void TheDayTheCueIsSetOn_DatesTheSpeechOverADayBeforeIt(string text, string cue)
    {
        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 5, 7));

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(text) == cue);
        Assert.True(s.Time >= 0);
        Assert.NotEqual("Friday", doc.Times[s.Time].Span.Slice(text));
        Assert.NotEqual("Sunday", doc.Times[s.Time].Span.Slice(text));
    }
}
