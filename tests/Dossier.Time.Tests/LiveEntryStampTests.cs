using Dossier.Core.Time;

namespace Dossier.Time.Tests;

/// <summary>A live page's entry stamps ("23:40 Crews say …") are the page's day by the clock of writing, whichever order the
/// entries run in, and a clock still ahead in an entry that is earlier than its stamp is on the next day.</summary>
public sealed class LiveEntryStampTests
{
    private const string DepotFire =
        "The depot caught fire on Thursday evening.\n\n"
        + "23:40 Crews say the roof has collapsed.\n\n"
        + "22:15 Around 60 firefighters are at the scene. The fire started at about 5.20pm, the owner said. "
        + "The ring road is not expected to reopen before 6 a.m.";

    [Fact]
    public void StampsNewestFirst_AreTheDayOfWriting()
    {
        var doc = TestDocuments.Annotated(DepotFire, new DateOnly(2026, 7, 3));

        var late = TestDocuments.Find(doc, "23:40");
        Assert.Equal(TimeType.Time, late.Type);
        Assert.Equal("2026-07-03T23:40", late.ValueText);
        Assert.Equal("2026-07-03T22:15", TestDocuments.Find(doc, "22:15").ValueText);
    }

    [Fact]
    public void AClockAheadAndEarlierThanItsEntrysStamp_IsTheNextDay_AndAPastOneKeepsTheStorysDay()
    {
        var doc = TestDocuments.Annotated(DepotFire, new DateOnly(2026, 7, 3));

        Assert.Equal("2026-07-04T06:00", TestDocuments.Find(doc, "6 a.m.").ValueText);
        Assert.Equal("2026-07-02T17:20", TestDocuments.Find(doc, "5.20pm").ValueText);
    }
}
