using Dossier.Core;
using Dossier.Core.Time;
using Dossier.Time.Dating;

namespace Dossier.Time.Tests;

/// <summary>Undated wire copy dated through a reprint: shared sentences bound both ways, a dateline picks the day.</summary>
public sealed class DossierDatingTests
{
    private const string Shared = "The death toll from Monday's earthquake in the south rose to at least 2,300 on Tuesday, the disaster agency said, "
        + "as rescuers dug through the rubble of nearly 6,000 collapsed buildings in freezing rain.";

    private const string Reprint = "Quake deaths pass 5,000 as aid arrives\n" + "Officials said the toll would rise further.\n" + Shared;

    [Fact]
    public void ASharedSentence_BoundsTheWindowOnBothSides()
    {
        var wire = TestDocuments.Prepare("wire", "Quake toll rises\n" + Shared, null);
        var reprint = TestDocuments.Prepare("reprint", Reprint, new DateOnly(2023, 2, 8));

        var result = Assert.Single(Date(wire, reprint));

        Assert.True(result.Window.Earliest < new DateOnly(2023, 2, 8), $"window {result.Window}");
        Assert.True(result.Window.Latest > new DateOnly(2023, 2, 8), $"window {result.Window}");
        Assert.Contains(result.Window.Evidence, e => e.Contains("either may have copied the other", StringComparison.Ordinal));
    }

    [Fact]
    public void AYearlessDateline_InsideTheWindow_IsTheFilingDay()
    {
        const string dateline = "ANKARA, Feb 7 (Wire)";
        var wire = TestDocuments.Prepare("wire", "Quake toll rises\n" + dateline + " - " + Shared, null);
        MarkDateline(wire, dateline);
        var reprint = TestDocuments.Prepare("reprint", Reprint, new DateOnly(2023, 2, 8));

        var result = Assert.Single(Date(wire, reprint));

        Assert.Equal(new DateOnly(2023, 2, 7), result.Window.Earliest);
        Assert.Equal(new DateOnly(2023, 2, 7), result.Window.Latest);
        Assert.Equal("2023-02-06", TestDocuments.Find(wire, "Monday").ValueText);
        Assert.Equal("2023-02-07", TestDocuments.Find(wire, "Tuesday").ValueText);
        Assert.Equal(YearSource.Inferred, TestDocuments.Find(wire, "Feb 7").Value.Year);
    }

    [Fact]
    public void AYearlessDateline_WithNoWindow_AnchorsDayAndMonthButNotTheYear()
    {
        const string dateline = "OSLO, Nov 15 (Wire)";
        var wire = TestDocuments.Prepare("wire", dateline + " - The fund sold its stake yesterday and will report by the end of the month. "
            + "Its shares fell last month and on Friday.", null);
        MarkDateline(wire, dateline);

        new TimeStage(TestDocuments.Clock).Process(wire, CancellationToken.None);

        Assert.Equal("XXXX-11-14", TestDocuments.Find(wire, "yesterday").ValueText);
        Assert.Contains("dateline", TestDocuments.Find(wire, "yesterday").Value.Reason, StringComparison.Ordinal);
        Assert.Equal("XXXX-11", TestDocuments.Find(wire, "the end of the month").ValueText);
        Assert.Equal(TimeMod.End, TestDocuments.Find(wire, "the end of the month").Value.Mod);
        Assert.Equal("XXXX-10", TestDocuments.Find(wire, "last month").ValueText);
        Assert.Equal(YearSource.Unknown, TestDocuments.Find(wire, "last month").Value.Year);
        // Which day of November a Friday is depends on the year.
        Assert.Equal("XXXX-WXX-5", TestDocuments.Find(wire, "Friday").ValueText);
    }

    [Fact]
    public void ADatelineWithAYear_OnAnUndatedStory_IsTheFilingDay()
    {
        const string dateline = "OSLO, March 3, 2025 (Wire)";
        var wire = TestDocuments.Prepare("wire", dateline + " - The fund sold its stake yesterday.", null);
        MarkDateline(wire, dateline);

        new TimeStage(TestDocuments.Clock).Process(wire, CancellationToken.None);

        Assert.Equal("2025-03-02", TestDocuments.Find(wire, "yesterday").ValueText);
    }

    [Fact]
    public void AYearlessDateline_AndALedeWeekday_GiveTheFittingYearsAsEvidenceOnly()
    {
        const string dateline = "MANILA, Feb 15 (Wire)";
        var wire = TestDocuments.Prepare("wire", dateline + " - A strong earthquake struck the south on Saturday, killing at least 12 people, "
            + "officials said. The agency said it would send tents on Monday.", null);
        MarkDateline(wire, dateline);

        new TimeStage(TestDocuments.Clock).Process(wire, CancellationToken.None);

        var window = wire.PublishedWindow!;
        Assert.Contains(window.Evidence, e => e.Contains("February 15 is a Saturday in 2025, 2020, 2014, 2003, 1997, ...", StringComparison.Ordinal));
        // Evidence, not a guess: no year is chosen, neither for the window nor for the weekday.
        Assert.False(window.HasEarliest);
        Assert.Equal("XXXX-WXX-6", TestDocuments.Find(wire, "Saturday").ValueText);
    }

    [Fact]
    public void AMentionAfterTheClock_BoundsNothing_AndTheOtherMentionsStillBound()
    {
        // Round 40 (session 26): a planned period told with a past verb ("the budget set aside 3% for 2027", read in January 2026)
        // once wiped every lower bound; now it is noted and skipped, and "in 2024" still bounds the window.
        var doc = TestDocuments.Annotated("Profits at the Orvale mill fell in 2024. Its new budget set aside 3% for 2027.");

        var window = doc.PublishedWindow!;
        Assert.Equal(new DateOnly(2024, 1, 1), window.Earliest);
        Assert.Contains(window.Evidence, e => e.Contains("\"2027\"", StringComparison.Ordinal) && e.Contains("no bound", StringComparison.Ordinal));
    }

    [Fact]
    public void AYearlessDateline_AndALedeWeekdayAhead_GiveNoYears()
    {
        const string dateline = "MANILA, Feb 15 (Wire)";
        var wire = TestDocuments.Prepare("wire", dateline + " - Ministers will meet on Saturday to discuss the budget.", null);
        MarkDateline(wire, dateline);

        new TimeStage(TestDocuments.Clock).Process(wire, CancellationToken.None);

        Assert.DoesNotContain(wire.PublishedWindow!.Evidence, e => e.Contains("lede", StringComparison.Ordinal));
    }

    [Fact]
    public void ADatedReportOfTheSameStory_ThatDatesTheDatelinesDay_SuggestsTheYearWithoutChangingTheWindow()
    {
        const string dateline = "OSLO, Mar 5 (Wire)";
        var wire = TestDocuments.Prepare("wire", "Ferry crews strike\n" + dateline + " - Fjordline cancelled 40 crossings on Tuesday as "
            + "crews of the Sjømann union began a two-day strike over pay.", null);
        MarkDateline(wire, dateline);
        var later = TestDocuments.Prepare("later", "Ferry strike ends\nFjordline said on Wednesday that sailings would resume, after the "
            + "Sjømann union called off a strike it began the day before.", new DateOnly(2024, 3, 6));

        Assert.Empty(Date(wire, later));

        var window = wire.PublishedWindow!;
        Assert.Contains(window.Evidence, e => e.Contains("2024-03-05", StringComparison.Ordinal) && e.Contains("written in 2024", StringComparison.Ordinal));
        Assert.Equal("XXXX-03-05", TestDocuments.Find(wire, "Mar 5").ValueText);
    }

    [Fact]
    public void ADatedReportOfAnotherStory_SuggestsNothing()
    {
        const string dateline = "OSLO, Mar 5 (Wire)";
        var wire = TestDocuments.Prepare("wire", "Ferry crews strike\n" + dateline + " - Fjordline cancelled 40 crossings on Tuesday.", null);
        MarkDateline(wire, dateline);
        var other = TestDocuments.Prepare("other", "Budget passes\nLawmakers in Lisbon passed the budget on Wednesday, a day after "
            + "talks that began on March 5.", new DateOnly(2024, 3, 6));

        Date(wire, other);

        Assert.DoesNotContain(wire.PublishedWindow!.Evidence, e => e.Contains("2024-03-05", StringComparison.Ordinal));
    }

    [Fact]
    public void AYearlessDatelineInsideTheSpanOfTheDatedReports_GivesItsYearAsEvidenceOnly()
    {
        const string dateline = "KESTRA, July 30 (Baltwire)";
        var wire = TestDocuments.Prepare("wire", "Harbour cranes idle\n" + dateline + " - Dock workers at Kestra walked out on Wednesday "
            + "over a new shift rota.", null);
        MarkDateline(wire, dateline);
        var before = TestDocuments.Prepare("before", "Union warns of walkout\nThe Kestra dockers' union said it would ballot members "
            + "over the rota.", new DateOnly(2025, 7, 21));
        var after = TestDocuments.Prepare("after", "Port strike ends\nKestra dockers returned to work after the port agreed to "
            + "drop the rota.", new DateOnly(2025, 8, 4));
        new TimeStage(TestDocuments.Clock).Process(wire, CancellationToken.None);
        var alone = wire.PublishedWindow!;

        Assert.Empty(Date(wire, before, after));

        var window = wire.PublishedWindow!;
        Assert.Contains(window.Evidence, e => e.Contains("filed on 2025-07-30", StringComparison.Ordinal)
            && e.Contains("2025-07-21 .. 2025-08-04", StringComparison.Ordinal));
        Assert.Equal((alone.Earliest, alone.Latest), (window.Earliest, window.Latest));
        Assert.Equal("XXXX-07-30", TestDocuments.Find(wire, "July 30").ValueText);
    }

    [Theory]
    [InlineData(2025, 8, 2, 2025, 8, 20)]
    [InlineData(2025, 3, 2, 2025, 8, 20)]
    public void AYearlessDatelineOutsideTheSpan_OrReportsSpreadOverMonths_GiveNoSuchLine(int y1, int m1, int d1, int y2, int m2, int d2)
    {
        const string dateline = "KESTRA, July 30 (Baltwire)";
        var wire = TestDocuments.Prepare("wire", "Harbour cranes idle\n" + dateline + " - Dock workers at Kestra walked out.", null);
        MarkDateline(wire, dateline);
        var one = TestDocuments.Prepare("one", "Union warns of walkout\nThe Kestra dockers' union said it would ballot members.", new DateOnly(y1, m1, d1));
        var two = TestDocuments.Prepare("two", "Port strike ends\nKestra dockers returned to work.", new DateOnly(y2, m2, d2));

        Date(wire, one, two);

        Assert.DoesNotContain(wire.PublishedWindow?.Evidence ?? [], e => e.Contains("falls inside the span", StringComparison.Ordinal));
    }

    private const string Buried = "Landslide buries homes in Quarnby\nA landslide buried part of the hill village of Quarnby early on Friday "
        + "after days of rain, the Delvish regional authority said. At least six people were killed.";

    [Theory]
    [InlineData("The number of people confirmed dead in Friday's landslide in Quarnby rose to 19 on Sunday, the Delvish regional authority said.")]
    [InlineData("Families of those missing since the landslide on Friday in Quarnby gathered at a school, the Delvish authority said.")]
    [InlineData("Rescuers searching the mud after Friday's deadly landslide said two more bodies were found near Quarnby.")]
    public void AnUndatedFollowUp_NamingTheDatedReportsWeekdayEvent_GetsItsDayAsEvidenceOnly(string sentence)
    {
        var followUp = TestDocuments.Prepare("followup", "Quarnby landslide toll rises\n" + sentence, null);
        var dated = TestDocuments.Prepare("dated", Buried, new DateOnly(2026, 3, 14));
        new TimeStage(TestDocuments.Clock).Process(followUp, CancellationToken.None);
        var alone = followUp.PublishedWindow!;

        Assert.Empty(Date(followUp, dated));

        var window = followUp.PublishedWindow!;
        Assert.Contains(window.Evidence, e => e.Contains("written on or after 2026-03-13", StringComparison.Ordinal)
            && e.Contains("within about a week", StringComparison.Ordinal) && e.Contains("landslide", StringComparison.Ordinal));
        Assert.Equal((alone.Earliest, alone.Latest), (window.Earliest, window.Latest));
        Assert.Equal("XXXX-WXX-5", TestDocuments.Find(followUp, "Friday").ValueText);
    }

    [Theory]
    [InlineData("Families of those missing since the landslide last Friday in Quarnby gathered at a school, the Delvish authority said.", "two weeks")]
    [InlineData("Rescuers are still digging through the mud of the landslide that buried homes in Quarnby on Friday, the Delvish authority said.", "a week")]
    [InlineData("Rescuers say the landslide which buried part of Quarnby last Friday has left 300 people homeless.", "two weeks")]
    [InlineData("Volunteers in Quarnby cleared mud left by the landslide that swept through their streets last Friday.", "two weeks")]
    public void AnUndatedFollowUp_NamingTheEventWithLastOrAcrossItsVerb_GetsItsDayAsEvidenceOnly(string sentence, string reach)
    {
        var followUp = TestDocuments.Prepare("followup", "Quarnby landslide toll rises\n" + sentence, null);
        var dated = TestDocuments.Prepare("dated", Buried, new DateOnly(2026, 3, 14));
        new TimeStage(TestDocuments.Clock).Process(followUp, CancellationToken.None);
        var alone = followUp.PublishedWindow!;

        Date(followUp, dated);

        var window = followUp.PublishedWindow!;
        Assert.Contains(window.Evidence, e => e.Contains("written on or after 2026-03-13", StringComparison.Ordinal)
            && e.Contains("within about " + reach, StringComparison.Ordinal) && e.Contains("landslide", StringComparison.Ordinal));
        Assert.Equal((alone.Earliest, alone.Latest), (window.Earliest, window.Latest));
    }

    [Theory]
    [InlineData("The number of people hurt in the fire that destroyed a shop in Quarnby on Friday rose to 12, the Delvish authority said.")]
    [InlineData("The landslide warning which was issued for Quarnby last Friday was lifted, the Delvish authority said.")]
    [InlineData("The number of people confirmed dead in the landslide that hit Quarnby last Thursday rose to 19, the Delvish authority said.")]
    public void AnUndatedReport_OfAnotherEventOrDay_WithLastOrAcrossAVerb_GetsNoWeekdayLine(string sentence)
    {
        var other = TestDocuments.Prepare("other", "Toll rises\n" + sentence, null);
        var dated = TestDocuments.Prepare("dated", Buried, new DateOnly(2026, 3, 14));

        Date(other, dated);

        Assert.DoesNotContain(other.PublishedWindow?.Evidence ?? [], e => e.Contains("written on or after", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The number of people hurt in Friday's market fire in Quarnby rose to 12 on Sunday, the Delvish regional authority said.")]
    [InlineData("The number of people confirmed dead in Thursday's landslide in Quarnby rose to 19 on Sunday, the Delvish regional authority said.")]
    [InlineData("The number of people confirmed dead in Friday's landslide in Morwick rose to 19 on Sunday, the Delvish regional authority said.")]
    [InlineData("The toll in Quarnby rose to 19 on Friday, the Delvish regional authority said.")]
    public void AnUndatedReport_OfAnotherEventPlaceOrDay_GetsNoWeekdayLine(string sentence)
    {
        var other = TestDocuments.Prepare("other", "Toll rises\n" + sentence, null);
        var dated = TestDocuments.Prepare("dated", Buried, new DateOnly(2026, 3, 14));

        Date(other, dated);

        Assert.DoesNotContain(other.PublishedWindow?.Evidence ?? [], e => e.Contains("written on or after", StringComparison.Ordinal));
    }

    // What the article assembler records for a dateline the text opens with.
    private static void MarkDateline(Document doc, string dateline)
    {
        int at = doc.Text.IndexOf(dateline, StringComparison.Ordinal);
        doc.Metadata.Dateline = dateline;
        doc.Metadata.DatelineSpan = new TextSpan(at, at + dateline.Length);
    }

    private static IReadOnlyList<DossierDatingResult> Date(params Document[] docs)
    {
        foreach (var d in docs)
        {
            new TimeStage(TestDocuments.Clock).Process(d, CancellationToken.None);
        }
        return new DossierDating(annotator: new TimeAnnotator(TestDocuments.Clock)).InferWindows(docs);
    }
}
