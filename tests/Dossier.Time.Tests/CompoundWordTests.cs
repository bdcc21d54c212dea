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
}
