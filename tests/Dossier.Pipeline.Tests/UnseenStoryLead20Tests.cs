namespace Dossier.Pipeline.Tests;

/// <summary>The lead's session-20 repairs through the whole pipeline, each on an invented report of another story than the
/// unseen dossier it came from.</summary>
public class UnseenStoryLead20Tests
{
    private static readonly Lazy<DossierAnnotator> s_annotator = new(() => DossierAnnotator.Create());

    [Fact]
    public void ATimeOfASecondPredicate_DatesNotTheCountBeforeIt()
    {
        const string text = "Brightwater, which is based in Cork, employs about 1,900 people and reported a profit of €40 million last year.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 5, 7));

        Assert.Equal(-1, Assert.Single(doc.Quantities, q => q.Span.Slice(text) == "about 1,900").Time);
        Assert.NotEqual(-1, Assert.Single(doc.Quantities, q => q.Span.Slice(text) == "€40 million").Time);
    }
}
