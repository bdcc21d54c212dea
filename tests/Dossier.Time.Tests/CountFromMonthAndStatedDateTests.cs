using Dossier.Core.Time;

namespace Dossier.Time.Tests;

/// <summary>Round 45 (session 29): a count of days or weeks from a month says which days it can point to; a stated
/// publication date ahead of the clock is flagged.</summary>
public sealed class CountFromMonthAndStatedDateTests
{
    [Theory]
    [InlineData("The Hallon talks will open in May and close two weeks later.", "2024-03-10", "two weeks", "2024-05-15", "2024-06-14")]
    [InlineData("The Hallon talks will open in May. Ten days later the delegates will vote.", "2024-03-10", "Ten days", "2024-05-11", "2024-06-10")]
    [InlineData("The Orsk plant closed in May. Two weeks later it reopened.", "2024-08-10", "Two weeks", "2024-05-15", "2024-06-14")]
    public void ADayOrWeekCountFromAMonth_StaysALength_AndSaysWhichDaysItCanBe(string text, string published, string length, string first, string last)
    {
        var doc = TestDocuments.Annotated(text, DateOnly.Parse(published));
        var t = TestDocuments.Find(doc, length);

        Assert.Equal(TimeType.Duration, t.Type);
        Assert.NotNull(t.Value.Reason);
        Assert.Contains($"between {first} and {last}", t.Value.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Hallon talks will open in May and last two weeks.")]
    [InlineData("The Hallon talks will open in May and run for two weeks after that.")]
    public void ALengthThatIsHowLong_GetsNoDaysFromTheMonth(string text)
    {
        var doc = TestDocuments.Annotated(text, new DateOnly(2024, 3, 10));
        var t = TestDocuments.Find(doc, "two weeks");

        Assert.DoesNotContain("between", t.Value.Reason ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Hallon bridge will reopen in June, a year later than expected.", "2024-03-10", "2025-06")]
    [InlineData("The Hallon bridge reopened in March 2023, a year later than planned.", "2024-03-10", "2024-03")]
    public void AYearLaterThan_IsADelay_NotTheYearOnFromTheMonthJustTold(string text, string published, string notThis)
    {
        var doc = TestDocuments.Annotated(text, DateOnly.Parse(published));

        Assert.NotEqual(notThis, TestDocuments.Find(doc, "a year").ValueText);
    }

    [Fact]
    public void AStatedPublicationDateAfterToday_IsFlaggedInTheWindowsEvidence()
    {
        // The test clock reads 2026-01-15.
        var doc = TestDocuments.Annotated("The Pellan council met on Friday.", new DateOnly(2027, 1, 14));

        var window = doc.PublishedWindow!;
        Assert.True(window.Stated);
        Assert.Equal(new DateOnly(2027, 1, 14), window.Earliest);
        Assert.Contains(window.Evidence, e => e.StartsWith("warning:", StringComparison.Ordinal)
            && e.Contains("2027-01-14 is after today's date 2026-01-15", StringComparison.Ordinal));
        Assert.Equal("2027-01-08", TestDocuments.Find(doc, "Friday").ValueText);
    }

    [Theory]
    [InlineData(2026, 1, 15)]
    [InlineData(2026, 1, 16)]
    [InlineData(2025, 12, 1)]
    public void AStatedPublicationDateUpToTomorrow_IsNotFlagged(int y, int m, int d)
    {
        var doc = TestDocuments.Annotated("The Pellan council met on Friday.", new DateOnly(y, m, d));

        Assert.DoesNotContain(doc.PublishedWindow!.Evidence, e => e.StartsWith("warning:", StringComparison.Ordinal));
    }
}
