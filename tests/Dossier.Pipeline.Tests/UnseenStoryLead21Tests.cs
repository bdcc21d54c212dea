namespace Dossier.Pipeline.Tests;

/// <summary>Quantities from the lead's session-21 dossiers, through the whole pipeline (times need the tagger and the time
/// stage), each on an invented sentence of another story.</summary>
public sealed class UnseenStoryLead21Tests
{
    private static readonly Lazy<DossierAnnotator> s_annotator = new(() => DossierAnnotator.Create());

    [Fact]
    public void ATimeInsideARelativeClause_DatesNotTheCountBeforeIt()
    {
        const string text = "Police closed about 60 shops near the stadium, which had reopened only last month.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 5, 7));

        Assert.Equal(-1, Assert.Single(doc.Quantities, q => q.Span.Slice(text) == "about 60").Time);
    }
}
