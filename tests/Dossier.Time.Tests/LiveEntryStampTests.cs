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

    // Round 37 (session 24): a one-digit stamp is on the dial the page's other stamps show.
    private const string MarathonOldestFirst =
        "Live: the city marathon\n\n"
        + "11:40 The leaders are through the halfway mark on the river path.\n\n"
        + "12:15 A pacemaker has dropped out near the old bridge.\n\n"
        + "1:05 The winner crosses the line; the course stays closed until 6 a.m.\n\n"
        + "2:30 Medics say 14 runners were treated for heat.";

    private const string MarathonNewestFirst =
        "Live: the city marathon\n\n"
        + "2:30 Medics say 14 runners were treated for heat.\n\n"
        + "1:05 The winner crosses the line.\n\n"
        + "12:15 A pacemaker has dropped out near the old bridge.\n\n"
        + "11:40 The leaders are through the halfway mark on the river path.";

    [Fact]
    public void OneDigitStamps_PastNoonOnATwelveHourPage_AreAfternoon()
    {
        var doc = TestDocuments.Annotated(MarathonOldestFirst, new DateOnly(2026, 4, 19));

        Assert.Equal("2026-04-19T11:40", TestDocuments.Find(doc, "11:40").ValueText);
        Assert.Equal("2026-04-19T12:15", TestDocuments.Find(doc, "12:15").ValueText);
        Assert.Equal("2026-04-19T13:05", TestDocuments.Find(doc, "1:05").ValueText);
        Assert.Equal("2026-04-19T14:30", TestDocuments.Find(doc, "2:30").ValueText);
        // Ahead of the 13:05 entry and earlier than it: the next morning.
        Assert.Equal("2026-04-20T06:00", TestDocuments.Find(doc, "6 a.m.").ValueText);
    }

    [Fact]
    public void OneDigitStamps_BeforeTheTurnOnANewestFirstTwelveHourPage_AreAfternoon()
    {
        var doc = TestDocuments.Annotated(MarathonNewestFirst, new DateOnly(2026, 4, 19));

        Assert.Equal("2026-04-19T14:30", TestDocuments.Find(doc, "2:30").ValueText);
        Assert.Equal("2026-04-19T13:05", TestDocuments.Find(doc, "1:05").ValueText);
        Assert.Equal("2026-04-19T11:40", TestDocuments.Find(doc, "11:40").ValueText);
    }

    [Fact]
    public void OneDigitStamps_OnAPageThatShowsNoDial_GiveTheDayOnly()
    {
        var doc = TestDocuments.Annotated(
            "Live: the city marathon\n\n8:50 Runners are gathering at the start.\n\n9:20 The elite field is away.", new DateOnly(2026, 4, 19));

        var first = TestDocuments.Find(doc, "8:50");
        Assert.Equal(TimeType.Time, first.Type);
        Assert.Equal("2026-04-19", first.ValueText);
        Assert.Equal("2026-04-19", TestDocuments.Find(doc, "9:20").ValueText);
    }

    [Fact]
    public void AOneDigitStamp_OnAPageWithTwentyFourHourStamps_IsAsWritten()
    {
        var doc = TestDocuments.Annotated(
            "Live: the city marathon\n\n07:50 Runners are gathering at the start.\n\n9:20 The elite field is away.\n\n13:10 The last runners finish.",
            new DateOnly(2026, 4, 19));

        Assert.Equal("2026-04-19T09:20", TestDocuments.Find(doc, "9:20").ValueText);
    }

    [Fact]
    public void StampsWithAFullStop_OnAPageOfThem_AreStamps_AndALoneNumberedLineIsNot()
    {
        var doc = TestDocuments.Annotated(
            "Live: the city marathon\n\n9.05 The elite field is away.\n\n14.20 The last runners finish.", new DateOnly(2026, 4, 19));

        Assert.Equal("2026-04-19T09:05", TestDocuments.Find(doc, "9.05").ValueText);
        Assert.Equal("2026-04-19T14:20", TestDocuments.Find(doc, "14.20").ValueText);
        var report = TestDocuments.Annotated("Review of the marathon\n\n2.10 The organisers kept the old route.", new DateOnly(2026, 4, 19));
        Assert.Empty(report.Times);
    }

    [Fact]
    public void AClockAheadInTheStampsOwnSentence_EarlierThanTheStamp_IsTheNextDay()
    {
        var doc = TestDocuments.Annotated("Live: storm\n\n21:05 Trains will not run before 5 a.m., the operator says.", new DateOnly(2026, 4, 19));

        Assert.Equal("2026-04-20T05:00", TestDocuments.Find(doc, "5 a.m.").ValueText);
    }
}
