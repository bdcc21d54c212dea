namespace Dossier.Time.Tests;

/// <summary>Time words that are only the first part of a hyphenated compound name no time.</summary>
public sealed class CompoundWordTests
{
    [Theory]
    [InlineData("Her results were disqualified, including a second-place finish in Boston.")]
    [InlineData("The paper gave a minute-by-minute account of the raid.")]
    public void AUnitOpeningACompound_IsNoLengthOfTime(string text)
    {
        var doc = TestDocuments.Annotated(text, new DateOnly(2025, 1, 5));

        Assert.Empty(doc.Times);
    }

    [Theory]
    [InlineData("Talks resume on Thursday. The operator said that night buses would not run.")]
    [InlineData("Talks resume on Thursday. Services will be cut, and that night trains will not stop at the airport.")]
    public void APartOfDayBeforeAServiceAfterThat_IsNoNight(string text)
    {
        var doc = TestDocuments.Annotated(text, new DateOnly(2027, 2, 16));

        Assert.DoesNotContain(doc.Times, t => doc.Slice(t.Span).Contains("night", StringComparison.OrdinalIgnoreCase));
    }
}
