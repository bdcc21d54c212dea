using Dossier.Core;

namespace Dossier.Pipeline.Tests;

/// <summary>The lead's session-26 repairs that need the time stage or the dateline, each on an invented sentence of another
/// story than the dossier it came from (a disputed mayoral count).</summary>
public class UnseenStoryLead26Tests
{
    private static readonly Lazy<DossierAnnotator> s_annotator = new(() => DossierAnnotator.Create());

    [Fact]
    public void AFigureBeforeAnEarlierOne_IsNotDatedByTheEarlierOnesTime_AndAgoMeasuresNothing()
    {
        const string text = "Membership was 41 percent, up from 36 percent three years ago, the union said.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 6, 13));

        Assert.Equal(-1, Assert.Single(doc.Quantities, q => q.Span.Slice(text) == "41 percent").Time);
        Assert.NotEqual(-1, Assert.Single(doc.Quantities, q => q.Span.Slice(text) == "36 percent").Time);
        Assert.DoesNotContain(doc.Quantities, q => q.Span.Slice(text).StartsWith("three years", StringComparison.Ordinal));
    }

    [Fact]
    public void ABodyNamedByItsNounBeforeItsDay_AfterADateline_SpeaksTheOrder()
    {
        const string text = "Cranes checked at port\n\nKORVIK - The port's safety board on Tuesday ordered a full inspection of the cranes.";

        var doc = s_annotator.Value.Process(text, new DateOnly(2025, 6, 13));

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(text) == "ordered" && s.Content.Slice(text).Contains("inspection", StringComparison.Ordinal));
        Assert.NotNull(s.Speaker);
        Assert.Contains("safety board", s.Speaker!.Name, StringComparison.Ordinal);
    }
}
