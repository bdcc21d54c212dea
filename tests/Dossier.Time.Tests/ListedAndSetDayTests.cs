namespace Dossier.Time.Tests;

/// <summary>Days read from their neighbours (round 46's invented dossiers, each tested on a sentence of another story): the
/// second of two listed weekdays follows the first, and the day an event is set for lies ahead of the setting.</summary>
public sealed class ListedAndSetDayTests
{
    [Theory]
    // Published on Thursday 15 January 2026.
    [InlineData("Ferry crossings were cancelled on Thursday and Friday because of the storm, the operator said.", "Friday", "2026-01-16")]
    [InlineData("Ministers met on Monday and Tuesday to discuss the budget.", "Tuesday", "2026-01-13")]
    // Listed the other way round, the nearer day is the one before.
    [InlineData("Police questioned the two men on Thursday and Wednesday, a court heard.", "Wednesday", "2026-01-14")]
    public void TheSecondOfTwoListedWeekdays_FollowsTheFirst(string text, string day, string value)
    {
        var doc = TestDocuments.Annotated(text, new DateOnly(2026, 1, 15));

        Assert.Equal(value, TestDocuments.Find(doc, day).Value.Value);
    }

    [Theory]
    [InlineData("A judge in Bergen on Monday set the retrial for March 2.", "March 2", "2026-03-02")]
    [InlineData("Magistrates set the trial for Friday and released the driver on bail.", "Friday", "2026-01-16")]
    public void TheDayAnEventIsSetFor_LiesAhead(string text, string day, string value)
    {
        var doc = TestDocuments.Annotated(text, new DateOnly(2026, 1, 15));

        Assert.Equal(value, TestDocuments.Find(doc, day).Value.Value);
    }
}
