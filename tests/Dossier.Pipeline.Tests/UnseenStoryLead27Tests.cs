using Dossier.Core;

namespace Dossier.Pipeline.Tests;

/// <summary>The lead's session-27 repairs that need the time stage or the dateline, each on an invented sentence of another
/// story than the dossier it came from (a ferry's sinking).</summary>
public class UnseenStoryLead27Tests
{
    private static readonly Lazy<DossierAnnotator> s_annotator = new(() => DossierAnnotator.Create());

    [Fact]
    public void ACountInAWhenClauseAfterSince_IsDatedByThatTime()
    {
        const string text = "The flood was the region's worst since 1994, when the river killed 41 people.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 6, 13));

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(text) == "41");
        Assert.NotEqual(-1, q.Time);
        Assert.Equal("1994", doc.Times[q.Time].Span.Slice(text));
    }

    // Guard: a count after "since" with no "when" clause is in the period, which it does not date.
    [Fact]
    public void ACountAfterSinceWithoutAWhenClause_IsNotDatedByIt()
    {
        const string text = "Since 1994 the river has killed 41 people.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 6, 13));

        Assert.Equal(-1, Assert.Single(doc.Quantities, q => q.Span.Slice(text) == "41").Time);
    }
}
