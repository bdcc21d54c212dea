using Dossier.Core.Time;
using Dossier.Time.Lexicon;

namespace Dossier.Time.Recognition;

/// <summary>The meaning of a recognised time expression before anchoring: the fields the words give.</summary>
/// <remarks>Fields the text does not give stay -1 (numbers) or null. Built once per match, so a class is fine.</remarks>
internal sealed class TimeSpec
{
    public SpecKind Kind { get; set; }

    public TimeType Type { get; set; } = TimeType.Date;

    public TimeMod Mod { get; set; }

    public int Year { get; set; } = -1;

    public int Month { get; set; } = -1;

    public int Day { get; set; } = -1;

    public DayOfWeek? Weekday { get; set; }

    public int Quarter { get; set; } = -1;

    public int Half { get; set; } = -1;

    /// <summary>TIMEX3 season code: SP, SU, FA, WI.</summary>
    public string? Season { get; set; }

    /// <summary>First three digits of a decade (197 for the 1970s) or the two of a century (19 for the 1900s).</summary>
    public int Era { get; set; } = -1;

    public TimeUnit EraUnit { get; set; }

    public int Hour { get; set; } = -1;

    public int Minute { get; set; } = -1;

    /// <summary>TIMEX3 part of day: MO, AF, EV, NI.</summary>
    public string? PartOfDay { get; set; }

    /// <summary>Unit of a relative offset, duration or set.</summary>
    public TimeUnit Unit { get; set; }

    /// <summary>Signed offset in <see cref="Unit"/>s for relative expressions; for weekdays, months and seasons
    /// -1 = "last", +1 = "next", 0 = "this", null = whichever the tense says.</summary>
    public int? Offset { get; set; }

    /// <summary>For "July last year": the year relative to the anchor's year; null when not given that way.</summary>
    public int? YearOffset { get; set; }

    /// <summary>For "June that year", "the spring of the following year": the year relative to the year of the last date the
    /// story gave (0 "that year", +1 "the following year"); null when not given that way.</summary>
    public int? StoryYearOffset { get; set; }

    /// <summary>True for "a year ago" / "a year earlier", which financial reports use for the same quarter a year back.</summary>
    public bool YearAgo { get; set; }

    /// <summary>Count of a duration or set; 0 when vague ("several years").</summary>
    public int Count { get; set; } = -1;

    /// <summary>PRESENT_REF, PAST_REF or FUTURE_REF.</summary>
    public string? Reference { get; set; }

    /// <summary>A quarter named relative to the anchor ("the latest quarter", "the year-ago quarter").</summary>
    public int QuarterOffset { get; set; } = int.MinValue;

    /// <summary>The other end of a range given in one pattern ("September 7-10").</summary>
    public TimeSpec? RangeEnd { get; set; }

    /// <summary>Anchored to the last date the story itself gave ("that year", "the following month"), not to the publication date.</summary>
    public bool Anaphoric { get; set; }

    /// <summary>For a holiday that moves ("Thanksgiving": the first Thursday on or after November 22), the earliest day of
    /// <see cref="Month"/> it can fall on; the day itself is <see cref="Weekday"/> on or after it, once the year is known.</summary>
    public int DayOnOrAfter { get; set; } = -1;

    /// <summary>"the last Sunday of May": <see cref="DayOnOrAfter"/> is counted back a week from the month's last day once
    /// the year (and so February's length) is known.</summary>
    public bool LastInMonth { get; set; }

    /// <summary>"the week of March 6": the ISO week that holds the day, not the day.</summary>
    public bool WeekOf { get; set; }

    /// <summary>"the first weekend of August": the named day is that weekend's Saturday, and the value is the weekend
    /// (<c>2026-W31-WE</c>), not the day.</summary>
    public bool WeekendOf { get; set; }

    /// <summary>"the first ten days of July" (10), "the second half of August" (<see cref="HalfOfMonth"/>): how much of the
    /// month the mod's edge holds; 0 leaves the mod's usual third.</summary>
    public int EdgeDays { get; set; }

    /// <summary>"the first / second half of August": the mod's edge is half the month (1-15, 16-end).</summary>
    public bool HalfOfMonth { get; set; }

    /// <summary>Days the named day is moved by: "the day before last Tuesday's hearing" (-1), "the day after Thanksgiving" (+1).</summary>
    public int DayShift { get; set; }

    /// <summary>"overnight": the night before the story's day, or that day's own night when the story told it as an evening or night.</summary>
    public bool Overnight { get; set; }

    /// <summary>"until then": the time the story last named, whatever its precision.</summary>
    public bool Then { get; set; }

    /// <summary>For a feast counted from Easter ("Good Friday" -2, "Easter Monday" +1), the days from Easter Sunday; null for
    /// other days.</summary>
    public int? EasterShift { get; set; }

    /// <summary>"in the new year": the year after the anchor's, or the anchor's own while that year has just begun.</summary>
    public bool NewYear { get; set; }

    /// <summary>"4.5 billion", "millions of": a count of years back too large for any calendar year, as written; the value
    /// leaves the year open and the reason says how far back.</summary>
    public string? YearsBack { get; set; }

    /// <summary>The clock opens a live page's entry ("23:58 Police say …"): it stamps when the entry was written, on the
    /// page's day, not a time in the story it tells.</summary>
    public bool EntryStamp { get; set; }

    /// <summary>A clock on the 12-hour dial with no a.m. or p.m. ("two o'clock", "at 2:30"): the hour is as said until a part
    /// of the day written with it, or the story's own time of day, says which half it is in.</summary>
    public bool OpenHalf { get; set; }

    /// <summary>The clock was said in words ("two o'clock", "half past six"), which no 24-hour habit writes: with nothing to
    /// say which half of the day it is in, its hour is not known.</summary>
    public bool ClockInWords { get; set; }

    /// <summary>"the day after his death": a day next to an event the story dated, not to a date in the sentence; with no
    /// such date told, no expression.</summary>
    public bool EventDay { get; set; }

    /// <summary>"in the days before the shooting", "in the weeks after the election": a stretch next to an event the story
    /// dated, written as the event's month (or its season or month when told no finer); with no date told, no expression.</summary>
    public bool EventStretch { get; set; }

    /// <summary>"by midweek", "slid midweek": the middle of the week whose Wednesday the tense points at, not always the week of writing.</summary>
    public bool Midweek { get; set; }

    /// <summary>"by midweek", "until midweek": a deadline word before it, so it lies ahead unless the verb is told in the past.</summary>
    public bool ByDeadline { get; set; }

    /// <summary>"it was a great day for Poland", "By morning,": the story's last named day, or the day of writing when it named none (unlike
    /// "that day", which with no day named before is any such day).</summary>
    public bool DayOfStory { get; set; }

    /// <summary>"an hour and 20 minutes", "two years and three months": the smaller unit's count told after "and" (or a comma),
    /// which makes one length with this one (<c>PT1H20M</c>), not a second length; its own <see cref="Plus"/> holds the next
    /// smaller part ("five years, four months and five days").</summary>
    public TimeSpec? Plus { get; set; }

    /// <summary>"06/03/2025": a slash date whose first two numbers may each be the month; read month first until the article says.</summary>
    public bool EitherOrder { get; set; }

    public bool HasYear => Year >= 0;

    public TimeSpec Clone() => (TimeSpec)MemberwiseClone();
}
