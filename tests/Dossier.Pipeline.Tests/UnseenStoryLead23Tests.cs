namespace Dossier.Pipeline.Tests;

/// <summary>The lead's session-23 repairs that show only through the whole pipeline (the parts of speech the time rules
/// read), each on an invented sentence of another story than the dossier it came from.</summary>
public class UnseenStoryLead23Tests
{
    private static readonly Lazy<DossierAnnotator> s_annotator = new(() => DossierAnnotator.Create());

    [Theory]
    [InlineData("Norway will cap the price of power exported from its dams from May 1, the minister said.", "May 1", "2025-05-01")]
    [InlineData("Duties will rise on steel made in Asia from May 1.", "May 1", "2025-05-01")]
    public void APastFormAfterAPrepositionsNoun_IsNoPastVerbOfTheClause(string text, string time, string value)
    {
        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 3, 10));

        var t = Assert.Single(doc.Times, t => t.Span.Slice(text) == time);
        Assert.Equal(value, t.Value.Value);
    }

    [Fact]
    public void APastVerbAfterASubordinatorsNoun_StaysThePast()
    {
        const string text = "Prices fell sharply after talks collapsed on Friday.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 3, 10));

        var t = Assert.Single(doc.Times);
        Assert.Equal("2025-03-07", t.Value.Value);
    }

    [Fact]
    public void AHeadlinesSecondCueAfterAComma_IsNoPartOfTheFirstContent()
    {
        const string text = "Opposition rejects Kavari election result, alleges fraud\n\nThe opposition Liberty Front on Monday rejected the result.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 3, 10));

        Assert.DoesNotContain(doc.Statements, s => s.Content.Slice(text).EndsWith(", alleges", StringComparison.Ordinal));
        Assert.Contains(doc.Statements, s => s.Content.Slice(text) == "Kavari election result");
    }
}
