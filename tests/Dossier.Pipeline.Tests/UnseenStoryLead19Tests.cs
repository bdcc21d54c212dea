namespace Dossier.Pipeline.Tests;

/// <summary>The lead's session-19 repairs to when things were counted and said, through the whole pipeline, each on an
/// invented sentence of another story than the unseen dossier it came from.</summary>
public class UnseenStoryLead19Tests
{
    private static readonly Lazy<DossierAnnotator> s_annotator = new(() => DossierAnnotator.Create());

    [Theory]
    [InlineData("The insurer, which has about 90,000 policyholders in Wales, had been looking for a partner since March.", "about 90,000")]
    [InlineData("Output fell 4% to its lowest level since 2009.", "4%")]
    public void ATimeThatOpensAPeriod_DatesNoQuantity(string text, string number)
    {
        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 5, 7));

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(text) == number);
        Assert.Equal(-1, q.Time);
    }

    [Fact]
    public void AnAmountOfANounAfterAVerb_CountsTheNounAlone()
    {
        const string text = "The carrier faced fines of up to €50 million for the delays, regulators said.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 5, 7));

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(text) == "up to €50 million");
        Assert.Equal("fines", q.Object);
    }

    [Fact]
    public void ADatelineOnALineOfItsOwn_DatesTheReport()
    {
        const string text = "Ferry strike strands holidaymakers\nValletta, 12 August 2025 —\n\nFerry crews walked out on Tuesday, the union said.\n";

        var doc = s_annotator.Value.Process(text, null);

        Assert.Equal(new DateOnly(2025, 8, 12), doc.PublishedWindow?.Earliest);
        Assert.Equal(new DateOnly(2025, 8, 12), doc.PublishedWindow?.Latest);
    }
}
