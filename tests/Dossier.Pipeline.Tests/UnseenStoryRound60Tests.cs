namespace Dossier.Pipeline.Tests;

/// <summary>Round 60's repairs through the whole pipeline (names and times found first), each on an invented sentence of
/// another story than the dossier it came from.</summary>
public class UnseenStoryRound60Tests
{
    private static readonly Lazy<DossierAnnotator> s_annotator = new(() => DossierAnnotator.Create());

    [Theory]
    [InlineData("Turnout was about 58 percent, the board's chairman told reporters, slightly below the 63 percent recorded in 2019.", "about 58 percent")]
    [InlineData("Occupancy reached 71 percent, the hotel group said, well above the 55 percent seen in 2020.", "71 percent")]
    public void ATimeOfTheFigureComparedWith_DoesNotDateTheFigureBefore(string text, string number)
    {
        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 5, 7));

        Assert.Equal(-1, Assert.Single(doc.Quantities, q => q.Span.Slice(text) == number).Time);
    }

    [Theory]
    [InlineData("About 900 people have fled the valley, according to the United Nations refugee agency.", "United Nations", "refugee agency")]
    [InlineData("The number of injured has risen to 14, the Varnesh defence ministry said on Sunday.", "Varnesh", "defence ministry")]
    public void ALowerCaseBodyAfterAnOrganisation_IsTheSpeakersRole(string text, string speaker, string role)
    {
        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 5, 7));

        var s = Assert.Single(doc.Statements);
        Assert.Equal(speaker, s.Speaker?.Name);
        Assert.Equal(role, s.Speaker?.Role);
    }
}
