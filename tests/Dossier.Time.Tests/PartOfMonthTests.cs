namespace Dossier.Time.Tests;

/// <summary>Round 42 (session 27): a half or an edge's days of a named month are one expression within that month.</summary>
public sealed class PartOfMonthTests
{
    [Theory]
    [InlineData("Frost is forecast for the second half of October in the Arnby hills.", "the second half of October", "END", 2026, 10, 16, 10, 31)]
    [InlineData("The Kell ferry ran a reduced timetable in the first half of September.", "the first half of September", "START", 2026, 9, 1, 9, 15)]
    [InlineData("Stocks at the Selva depot ran low in the first ten days of September.", "the first ten days of September", "START", 2026, 9, 1, 9, 10)]
    [InlineData("The Marro lock will close for the last five days of November 2026.", "the last five days of November 2026", "END", 2026, 11, 26, 11, 30)]
    public void AHalfOrEdgeOfAMonth_IsThatMonthNarrowedToItsPart(string sentence, string text, string mod, int year, int m1, int d1, int m2, int d2)
    {
        var doc = TestDocuments.Annotated(sentence, new DateOnly(2026, 10, 5));
        var t = TestDocuments.Find(doc, text);

        Assert.Equal($"{year:D4}-{m1:D2}", t.Value.Value);
        Assert.Equal(mod, Core.Time.TimeModNames.Timex(t.Value.Mod));
        Assert.Equal(new DateOnly(year, m1, d1), t.Value.Earliest);
        Assert.Equal(new DateOnly(year, m2, d2), t.Value.Latest);
    }
}
