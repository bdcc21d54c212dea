namespace Dossier.Time.Tests;

/// <summary>"next Tuesday" said on a Monday, "last Tuesday" said on a Wednesday: English uses both for the nearest such day and
/// for the one a week further; the nearest is kept and the reason names the other day.</summary>
public sealed class WeekdayAmbiguityTests
{
    [Theory]
    [InlineData("The Corrin council will vote next Tuesday.", 2026, 12, 7, "2026-12-08", "2026-12-15")]
    [InlineData("The Corrin council will vote next Sunday.", 2026, 12, 7, "2026-12-13", "2026-12-20")]
    [InlineData("The Abley committee met last Tuesday.", 2026, 12, 9, "2026-12-08", "2026-12-01")]
    [InlineData("The Abley committee met last Monday.", 2026, 12, 11, "2026-12-07", "2026-11-30")]
    public void NextOrLast_WithinTheWeekOfWriting_KeepsTheNearestAndNamesTheOther(string sentence, int y, int m, int d, string value, string other)
    {
        var doc = TestDocuments.Annotated(sentence, new DateOnly(y, m, d));
        var t = Assert.Single(doc.Times);
        Assert.Equal(value, t.ValueText);
        Assert.Contains("ambiguous", t.Value.Reason, StringComparison.Ordinal);
        Assert.Contains(other, t.Value.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Corrin council will vote next Tuesday.", 2026, 12, 9, "2026-12-15")]
    [InlineData("The Corrin council will vote next Monday.", 2026, 12, 11, "2026-12-14")]
    [InlineData("The Abley committee met last Friday.", 2026, 12, 7, "2026-12-04")]
    [InlineData("The Abley committee met last Tuesday.", 2026, 12, 8, "2026-12-01")]
    [InlineData("The Corrin council will vote Tuesday week.", 2026, 12, 7, "2026-12-15")]
    public void NextOrLast_ThatCrossesAWeek_IsNotAmbiguous(string sentence, int y, int m, int d, string value)
    {
        var doc = TestDocuments.Annotated(sentence, new DateOnly(y, m, d));
        var t = Assert.Single(doc.Times);
        Assert.Equal(value, t.ValueText);
        Assert.DoesNotContain("ambiguous", t.Value.Reason ?? "", StringComparison.Ordinal);
    }
}
