namespace Dossier.Pipeline.Tests;

/// <summary>Round 31's repairs to when things were said and counted, through the whole pipeline (the time stage dates
/// them), each on an invented sentence of another story than the unseen dossier it came from.</summary>
public class UnseenStoryRound31Tests
{
    private static readonly Lazy<DossierAnnotator> s_annotator = new(() => DossierAnnotator.Create());

    [Theory]
    [InlineData("Mayor Ines Duarte, who toured the flooded district on Friday, praised the volunteers.", "the volunteers")]
    [InlineData("Mayor Ines Duarte, who is due to meet the minister on Thursday, has said she will not resign.", "she will not resign")]
    [InlineData("Police had detained two men after a brawl last week, but the club declined to say whether they were fans.", "whether they were fans")]
    public void ATimeOfAnotherClause_DoesNotDateTheSpeech(string text, string content)
    {
        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 5, 7));

        var s = Assert.Single(doc.Statements, s => s.Content.Slice(text).EndsWith(content, StringComparison.Ordinal));
        Assert.Equal(-1, s.Time);
    }

    [Fact]
    public void ATimeBeforeTheSpeakerOfItsOwnClause_StillDatesTheSpeech()
    {
        const string text = "On Friday, Mayor Ines Duarte said the dam would hold.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 5, 7));

        var s = Assert.Single(doc.Statements);
        Assert.Equal("Friday", doc.Times[s.Time].Span.Slice(text));
    }

    [Theory]
    [InlineData("The shares jumped about 4% within minutes of the report.", "about 4%")]
    [InlineData("The club will spend at least 20 million pounds in the squad over three years.", "at least 20 million pounds")]
    public void ALengthOfTime_DatesNoQuantity(string text, string number)
    {
        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 5, 7));

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(text) == number);
        Assert.Equal(-1, q.Time);
    }
}
