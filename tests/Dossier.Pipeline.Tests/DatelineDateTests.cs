namespace Dossier.Pipeline.Tests;

/// <summary>Round 36 (session 23): a wire dateline with its year states the publication date of a text annotated without
/// one, so the story's weekdays are counted from it as from any stated date.</summary>
public class DatelineDateTests
{
    private static readonly Lazy<DossierAnnotator> s_annotator = new(() => DossierAnnotator.Create());

    [Fact]
    public void ADatelineWithItsYear_IsThePublicationDate()
    {
        const string text = "OSLO, Jan. 14, 2026 (Reuters) - Norway's central bank held its key rate on Wednesday, as economists had expected.";

        var doc = s_annotator.Value.Process(text, published: null);

        Assert.Equal(new DateOnly(2026, 1, 14), doc.Metadata.Published);
        Assert.Equal("dateline", doc.Metadata.PublishedFrom);
        Assert.True(doc.PublishedWindow!.Stated);
        var wednesday = Assert.Single(doc.Times, t => t.Span.Slice(text) == "Wednesday");
        Assert.Equal("2026-01-14", wednesday.Value.Value);
    }

    [Fact]
    public void ADatelineWithItsYearAndNoCommaBeforeIt_IsThePublicationDate()
    {
        // Session 24, the lead: wires write "March 4 2026" as often as "March 4, 2026".
        const string text = "TALLINN, March 4 2026 (Baltic Wire) - Estonia's parliament voted on Wednesday to raise the defence budget.";

        var doc = s_annotator.Value.Process(text, published: null);

        Assert.Equal(new DateOnly(2026, 3, 4), doc.Metadata.Published);
        Assert.Equal("dateline", doc.Metadata.PublishedFrom);
    }
}
