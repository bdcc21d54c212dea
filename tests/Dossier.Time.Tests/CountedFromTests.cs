namespace Dossier.Time.Tests;

/// <summary>Round 41 (session 27): what a length counted from something says it counts from, and a range's two ends.</summary>
public sealed class CountedFromTests
{
    [Theory]
    [InlineData("A year after the flood, the town of Brenmoor is still rebuilding.", "A year", "\"the flood\"")]
    [InlineData("Two months before the vote, the party split.", "Two months", "\"the vote\"")]
    public void ALengthBeforeAnUndatedEvent_SaysWhatItCountsFrom(string sentence, string length, string from)
    {
        var doc = TestDocuments.Annotated(sentence, new DateOnly(2026, 10, 12));
        var t = TestDocuments.Find(doc, length);

        Assert.Equal(Core.Time.TimeType.Duration, t.Type);
        Assert.NotNull(t.Value.Reason);
        Assert.Contains(from, t.Value.Reason, StringComparison.Ordinal);
        Assert.Contains("not known", t.Value.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ARangeOfEdges_KeepsEachEndsModAndRunsFromTheStartsStartToTheEndsEnd()
    {
        var doc = TestDocuments.Annotated("The Lorne festival will run from late May to mid-June, organisers said.", new DateOnly(2026, 3, 10));
        var t = TestDocuments.Find(doc, "late May to mid-June");

        Assert.Equal(Core.Time.TimeMod.End, t.Value.Mod);
        Assert.Equal(Core.Time.TimeMod.Mid, t.RangeEnd!.Mod);
        Assert.Equal(new DateOnly(2026, 5, 22), t.Value.Earliest);
        Assert.Equal(new DateOnly(2026, 6, 20), t.RangeEnd.Latest);
    }
}
