using Dossier.Core;

namespace Dossier.Pipeline.Tests;

/// <summary>Round 49 (session 26): the lead's session-25 item that needs the time stage, on invented sentences.</summary>
public class LeadItemsRound49Tests
{
    private static readonly Lazy<DossierAnnotator> s_annotator = new(() => DossierAnnotator.Create());

    [Theory]
    [InlineData("The airline said on Friday, about 40 flights would be cancelled.", "Friday")]
    [InlineData("Police said on Sunday, three men had been arrested near the port.", "Sunday")]
    public void ADayBetweenTheCueAndAComma_DatesTheSpeech(string text, string day)
    {
        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 6, 13));

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(text) == "said");
        Assert.True(s.Time >= 0);
        Assert.Equal(day, doc.Times[s.Time].Span.Slice(text));
    }
}
