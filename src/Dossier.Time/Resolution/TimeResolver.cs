using System.Globalization;
using Dossier.Core.Time;
using Dossier.Time.Lexicon;
using Dossier.Time.Recognition;

namespace Dossier.Time.Resolution;

/// <summary>Turns a recognised spec into a <see cref="TimeValue"/>: anchored to the publication date when there is one,
/// to an inferred window when every day of it agrees, and left with <c>X</c>s (and a reason) otherwise.</summary>
/// <remarks>
/// News is past-biased: a bare weekday, month or month-day is the latest one on or before the anchor unless the
/// governing verb is future ("will meet on Friday"); with no tense to go by, a future reading wins only when it is
/// much closer than the past one ("in December" written in November).
/// </remarks>
internal static class TimeResolver
{
    public static TimeValue Resolve(TimeSpec spec, Tense tense, ResolutionContext ctx)
    {
        if (spec.Kind is SpecKind.Duration or SpecKind.Set)
        {
            var r = ResolveAt(spec, tense, null);
            return new TimeValue(r.Value, r.Precision, spec.Mod, null, null, YearSource.NotApplicable, null);
        }
        if (BeforeYearOne(spec, ctx.Published) is string back)
        {
            // "4.5 billion years ago", "about 10,000 years ago": before year 1, which a TIMEX3 date cannot write, so the year
            // stays open rather than be clipped to a wrong one; how far back is kept in the reason.
            return new TimeValue("XXXX", TimePrecision.None, spec.Mod, null, null, YearSource.NotApplicable,
                $"{back} years before {(ctx.Published is DateOnly at ? Calendar.Iso(at) : "the time of writing")}: earlier than any calendar year");
        }
        if (ctx.Published is DateOnly published)
        {
            var r = ResolveAt(spec, tense, published);
            if (!r.UsedAnchor)
            {
                return Final(spec, r, YearSourceWithoutAnchor(spec), StatedReason(spec), null);
            }
            string reason = $"{Describe(spec)} resolved against the publication date {Calendar.Iso(published)}" + (r.Note is null ? "" : "; " + r.Note);
            return Final(spec, r, spec.HasYear ? YearSource.Stated : YearSource.Anchored, reason, published);
        }
        var floating = ResolveAt(spec, tense, null);
        if (!NeedsAnchor(spec))
        {
            return Final(spec, floating, YearSourceWithoutAnchor(spec), StatedReason(spec), null);
        }
        if (ctx.Window is { IsBounded: true, Stated: false } window)
        {
            var lo = ResolveAt(spec, tense, window.Earliest);
            var hi = ResolveAt(spec, tense, window.Latest);
            if (lo.Value == hi.Value)
            {
                string reason = $"{Describe(spec)} resolved against the inferred publication window {window} (see its evidence); every day in it gives the same value";
                var merged = lo with { Earliest = Min(lo.Earliest, hi.Earliest), Latest = Max(lo.Latest, hi.Latest) };
                return Final(spec, merged, YearSource.Inferred, reason, window.Earliest);
            }
        }
        if (ctx.Filed is FiledDay filed && FromDateline(spec, tense, filed, floating.Value) is TimeValue told)
        {
            return told;
        }
        string why = spec.Kind == SpecKind.Calendar
            ? "year not stated and the publication date is unknown"
            : $"{Describe(spec)} is relative to the publication date, which is unknown";
        if (ctx.Window is { IsBounded: true } w)
        {
            why += $"; the inferred window {w} allows more than one value";
        }
        if (spec.Weekday is not null && spec.Month > 0 && spec.Day > 0)
        {
            var years = WeekdayYears(spec.Weekday.Value, spec.Month, spec.Day, ctx.WeekdayYears);
            if (years.Count > 0)
            {
                why += "; the weekday fits " + string.Join(", ", years) + ", ... (evidence, not proof)";
            }
        }
        // A value with an unknown year has no days: any day would be a guess.
        return new TimeValue(floating.Value, floating.Precision, spec.Mod, null, null,
            spec.Kind is SpecKind.Reference ? YearSource.NotApplicable : YearSource.Unknown, why);
    }

    /// <summary>The count of years back, as text, when an offset reaches before year 1 ("66 million", "10,000"); null otherwise.</summary>
    private static string? BeforeYearOne(TimeSpec spec, DateOnly? anchor)
    {
        if (spec.YearsBack is string written)
        {
            return written;
        }
        if (spec.Kind != SpecKind.Relative || spec.Offset is not int offset || offset >= 0 || spec.YearOffset is not null)
        {
            return null;
        }
        long years = spec.Unit switch
        {
            TimeUnit.Year => -(long)offset,
            TimeUnit.Decade => -10L * offset,
            TimeUnit.Century => -100L * offset,
            _ => 0,
        };
        // With no anchor, a count of ten thousand years or more is before year 1 whatever the day of writing.
        return years >= (anchor?.Year ?? 10_000) ? years.ToString("N0", CultureInfo.InvariantCulture) : null;
    }

    /// <summary>As <see cref="FromDateline"/>, for a day the story names without its year ("yesterday ... the next day").</summary>
    public static TimeValue? FromDayWithoutYear(TimeSpec spec, Tense tense, FiledDay day) =>
        FromDateline(spec, tense, day, ResolveAt(spec, tense, null).Value);

    /// <summary>"yesterday", "the end of the month" under "TOKYO, Nov 15 (Reuters) -" with no year known: the value counted
    /// from the dateline's day with the year left open (<c>XXXX-11-14</c>), when that value does not depend on the year.</summary>
    /// <remarks>The spec is resolved against that day in each of 28 consecutive years, which hold every pattern of weekdays
    /// and leap years the calendar has, and kept only when all of them agree once the year is masked: "on Friday" or "last
    /// week" fall on other days of the month in other years, so they stay unresolved rather than guessed.</remarks>
    private static TimeValue? FromDateline(TimeSpec spec, Tense tense, FiledDay filed, string floating)
    {
        if (spec.Kind is not (SpecKind.Relative or SpecKind.Weekday or SpecKind.Clock or SpecKind.Calendar))
        {
            return null;
        }
        string? masked = null;
        Resolved first = default;
        for (int year = 2001; year <= 2028; year++)
        {
            if (!Calendar.TryDate(year, filed.Month, filed.Day, out var day))
            {
                continue;
            }
            var r = ResolveAt(spec, tense, day);
            // A value without a month ("last year" is only "XXXX" once masked) says nothing the floating one does not.
            if (!r.UsedAnchor || r.Value.Length < 7 || !char.IsAsciiDigit(r.Value[0]) || r.Value[4] != '-')
            {
                return null;
            }
            if (masked is null)
            {
                masked = string.Concat("XXXX", r.Value.AsSpan(4));
                first = r;
            }
            else if (!r.Value.AsSpan(4).SequenceEqual(masked.AsSpan(4)))
            {
                return null;
            }
        }
        if (masked is null || masked == floating)
        {
            return null;
        }
        string reason = $"{Describe(spec)} counted from {filed.Told}, in a year the text does not give"
            + (first.Note is null ? "" : "; " + first.Note);
        return new TimeValue(masked, first.Precision, spec.Mod, null, null, YearSource.Unknown, reason);
    }

    private static IReadOnlyList<int> WeekdayYears(DayOfWeek weekday, int month, int day, IReadOnlyList<int> documentYears)
    {
        var list = new List<int>();
        foreach (int y in documentYears)
        {
            if (Calendar.TryDate(y, month, day, out var d) && d.DayOfWeek == weekday)
            {
                list.Add(y);
            }
            if (list.Count == 4)
            {
                break;
            }
        }
        return list;
    }

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a < b ? a : b);

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    private static TimeValue Final(TimeSpec spec, Resolved r, YearSource source, string? reason, DateOnly? anchor) =>
        new(r.Value, r.Precision, spec.Mod, r.Earliest, r.Latest, source, reason) { Anchor = anchor };

    private static YearSource YearSourceWithoutAnchor(TimeSpec spec) =>
        spec.HasYear || spec.Kind == SpecKind.Era ? YearSource.Stated : YearSource.NotApplicable;

    private static string? StatedReason(TimeSpec spec) =>
        spec.HasYear || spec.Kind == SpecKind.Era ? "year stated in the text" : null;

    private static bool NeedsAnchor(TimeSpec spec) => spec.Kind switch
    {
        SpecKind.Calendar => !spec.HasYear,
        SpecKind.Era => false,
        _ => true,
    };

    private static string Describe(TimeSpec spec) => spec.Kind switch
    {
        SpecKind.Calendar when spec.HasYear => "date",
        SpecKind.Calendar => "year-less date",
        SpecKind.Weekday => "weekday",
        SpecKind.Relative => "relative expression",
        SpecKind.Reference => "reference to the present/past/future",
        SpecKind.Clock => "clock time",
        _ => "expression",
    };

    /// <summary>Resolves against one anchor day, or floating (X-filled) when <paramref name="anchor"/> is null.</summary>
    public static Resolved ResolveAt(TimeSpec spec, Tense tense, DateOnly? anchor)
    {
        try
        {
            var r = ResolveCore(spec, tense, anchor);
            return spec.DayShift == 0 ? r : ShiftDay(r, spec.DayShift);
        }
        catch (ArgumentOutOfRangeException) when (anchor is not null)
        {
            // The anchor sits at the edge of the calendar (year 1 or 9999) and the offset leaves it: no value rather than a wrong one.
            return ResolveCore(spec, tense, null);
        }
    }

    /// <summary>"the day before last Tuesday": the resolved day moved by <paramref name="days"/>; a day without a known
    /// date (no anchor) keeps its value, since its neighbour cannot be written either.</summary>
    private static Resolved ShiftDay(Resolved r, int days)
    {
        if (r.Precision != TimePrecision.Day || r.Earliest is not DateOnly d || r.Latest != d)
        {
            return r;
        }
        var moved = d.AddDays(days);
        return r with
        {
            Value = moved.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Earliest = moved,
            Latest = moved,
            Note = days is 1 or -1
                ? (r.Note is null ? "the day next to the one named" : r.Note + "; then the day next to it")
                : (r.Note is null ? "" : r.Note + "; then ") + $"{Math.Abs(days)} days {(days < 0 ? "before" : "after")} it",
        };
    }

    private static Resolved ResolveCore(TimeSpec spec, Tense tense, DateOnly? anchor)
    {
        switch (spec.Kind)
        {
            case SpecKind.Duration:
                var smallest = spec;
                while (smallest.Plus is TimeSpec part)
                {
                    smallest = part;
                }
                return new Resolved(DurationValue(spec), PrecisionOf(smallest.Unit), null, null, false, null);
            case SpecKind.Set:
                if (spec.Weekday is DayOfWeek wd)
                {
                    return new Resolved("XXXX-WXX-" + Calendar.IsoDayNumber(wd), TimePrecision.Day, null, null, false, null);
                }
                if (spec.Month > 0)
                {
                    return new Resolved($"XXXX-{spec.Month:D2}", TimePrecision.Month, null, null, false, null);
                }
                if (spec.Season is string season)
                {
                    return new Resolved("XXXX-" + season, TimePrecision.Season, null, null, false, null);
                }
                return new Resolved(DurationValue(spec), PrecisionOf(spec.Unit), null, null, false, null);
            case SpecKind.Reference:
                return anchor is DateOnly a0
                    ? spec.Reference switch
                    {
                        "PAST_REF" => new Resolved("PAST_REF", TimePrecision.None, null, a0, true, null),
                        "FUTURE_REF" => new Resolved("FUTURE_REF", TimePrecision.None, a0, null, true, null),
                        _ => new Resolved("PRESENT_REF", TimePrecision.Day, a0, a0, true, null),
                    }
                    : new Resolved(spec.Reference ?? "PRESENT_REF", TimePrecision.None, null, null, false, null);
            case SpecKind.Era:
                return EraValue(spec);
            case SpecKind.Weekday:
                return WeekdayValue(spec, tense, anchor);
            case SpecKind.Relative:
                return RelativeValue(spec, tense, anchor);
            case SpecKind.Clock:
                return ClockValue(spec, anchor);
            default:
                return CalendarValue(spec, tense, anchor);
        }
    }

    private static TimePrecision PrecisionOf(TimeUnit unit) => unit switch
    {
        TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour => TimePrecision.Minute,
        TimeUnit.Day or TimeUnit.Weekend => TimePrecision.Day,
        TimeUnit.Week => TimePrecision.Week,
        TimeUnit.Month => TimePrecision.Month,
        TimeUnit.Quarter => TimePrecision.Quarter,
        TimeUnit.Half => TimePrecision.Half,
        TimeUnit.Season => TimePrecision.Season,
        TimeUnit.Year => TimePrecision.Year,
        TimeUnit.Decade => TimePrecision.Decade,
        TimeUnit.Century => TimePrecision.Century,
        _ => TimePrecision.None,
    };

    private static string DurationValue(TimeSpec spec)
    {
        int n = spec.Count;
        var unit = spec.Unit;
        // Quarters keep their own unit ("the past two quarters" P2Q, "every quarter" P1Q), as TimeBank writes them;
        // decades and centuries are counted in years ("two decades" P20Y), as TimeBank mostly writes those.
        if (unit == TimeUnit.Decade && n > 0)
        {
            n *= 10;
            unit = TimeUnit.Year;
        }
        else if (unit == TimeUnit.Century && n > 0)
        {
            n *= 100;
            unit = TimeUnit.Year;
        }
        string count = n > 0 ? n.ToString(CultureInfo.InvariantCulture) : "X";
        string value = (TimeWords.IsClockUnit(unit) ? "PT" : "P") + count + TimeWords.DurationCode(unit);
        if (spec.Kind == SpecKind.Duration && spec.Minute == 30 && n > 0)
        {
            // "two and a half years", "2 1/2 years", "a minute and a half": the half in the next smaller unit.
            value += unit switch
            {
                TimeUnit.Year => "6M",
                TimeUnit.Day => "T12H",
                TimeUnit.Hour => "30M",
                TimeUnit.Minute => "30S",
                _ => "",
            };
            if (unit == TimeUnit.Year && spec.Unit == TimeUnit.Decade)
            {
                value = "P" + (n + 5).ToString(CultureInfo.InvariantCulture) + "Y";
            }
        }
        else if (spec.Kind == SpecKind.Duration && spec.Minute == 15 && n > 0 && spec.Unit == unit)
        {
            // "an hour and a quarter" PT1H15M, "two years and a quarter" P2Y3M: the quarter in the next smaller unit.
            value += unit switch
            {
                TimeUnit.Year => "3M",
                TimeUnit.Day => "T6H",
                TimeUnit.Hour => "15M",
                TimeUnit.Minute => "15S",
                _ => "",
            };
        }
        bool clock = TimeWords.IsClockUnit(unit);
        for (var plus = spec.Plus; plus is not null; plus = plus.Plus)
        {
            // "two years and three months" P2Y3M, "an hour and 20 minutes" PT1H20M, "a day and six hours" P1DT6H.
            bool time = TimeWords.IsClockUnit(plus.Unit) && !clock;
            clock |= time;
            value += (time ? "T" : "") + plus.Count.ToString(CultureInfo.InvariantCulture) + TimeWords.DurationCode(plus.Unit);
        }
        return value;
    }

    private static Resolved EraValue(TimeSpec spec)
    {
        if (spec.EraUnit == TimeUnit.Century)
        {
            int c = spec.Era;
            var (s, e) = (new DateOnly(Math.Max(1, c * 100), 1, 1), new DateOnly(c * 100 + 99, 12, 31));
            (s, e) = Calendar.Narrow(s, e, spec.Mod);
            return new Resolved(c.ToString("D2", CultureInfo.InvariantCulture), TimePrecision.Century, s, e, false, null);
        }
        int d = spec.Era;
        var start = new DateOnly(d * 10, 1, 1);
        var end = new DateOnly(d * 10 + 9, 12, 31);
        (start, end) = Calendar.Narrow(start, end, spec.Mod);
        return new Resolved(d.ToString("D3", CultureInfo.InvariantCulture) + "X", TimePrecision.Decade, start, end, false, null);
    }

    private static Resolved ClockValue(TimeSpec spec, DateOnly? anchor)
    {
        string clock = ClockSuffix(spec);
        if (anchor is DateOnly a)
        {
            return new Resolved(Calendar.Iso(a) + clock, TimePrecision.Minute, a, a, true, "a clock time alone is on the anchor day");
        }
        return new Resolved("XXXX-XX-XX" + clock, TimePrecision.Minute, null, null, false, null);
    }

    private static string ClockSuffix(TimeSpec spec)
    {
        if (spec.Hour >= 0)
        {
            return $"T{spec.Hour:D2}:{Math.Max(0, spec.Minute):D2}";
        }
        return spec.PartOfDay is null ? "" : "T" + spec.PartOfDay;
    }

    private static TimePrecision DayPrecision(TimeSpec spec) =>
        spec.Hour >= 0 ? TimePrecision.Minute : spec.PartOfDay is not null ? TimePrecision.PartOfDay : TimePrecision.Day;

    private static Resolved WeekdayValue(TimeSpec spec, Tense tense, DateOnly? anchor)
    {
        var wd = spec.Weekday!.Value;
        if (anchor is not DateOnly a)
        {
            return new Resolved("XXXX-WXX-" + Calendar.IsoDayNumber(wd) + ClockSuffix(spec), DayPrecision(spec), null, null, false, null);
        }
        int back = ((int)a.DayOfWeek - (int)wd + 7) % 7;
        int forward = ((int)wd - (int)a.DayOfWeek + 7) % 7;
        DateOnly day;
        string note;
        switch (spec.Offset)
        {
            case -1:
                day = a.AddDays(back == 0 ? -7 : -back);
                note = "'last': the latest such weekday before it";
                if (Calendar.IsoDayNumber(wd) < Calendar.IsoDayNumber(a.DayOfWeek) && spec.DayShift == 0)
                {
                    // "last Tuesday" said on a Wednesday: many mean yesterday, some the Tuesday of the week before. The
                    // nearest is kept (TimeML's reading and the common one); the reason names the other for a reader to check.
                    note += $"; ambiguous: counted from a {a.DayOfWeek}, it may also mean {Calendar.Iso(day.AddDays(-7))}, the {wd} of the week before (the nearest taken)";
                }
                break;
            case 1:
                day = a.AddDays(forward == 0 ? 7 : forward);
                note = "'next': the first such weekday after it";
                if (Calendar.IsoDayNumber(wd) > Calendar.IsoDayNumber(a.DayOfWeek) && spec.DayShift == 0)
                {
                    // "next Tuesday" said on a Monday: tomorrow to many, the Tuesday of the week after to others (often in
                    // British use, where "this Tuesday" is tomorrow). The nearest is kept; the reason names the other. ("Tuesday week" and
                    // "the day before next Tuesday" move the day: no note, which would name the unmoved day.)
                    note += $"; ambiguous: counted from a {a.DayOfWeek}, it may also mean {Calendar.Iso(day.AddDays(7))}, the {wd} of the week after (the nearest taken)";
                }
                break;
            case 0:
                day = a.AddDays(Calendar.IsoDayNumber(wd) - Calendar.IsoDayNumber(a.DayOfWeek));
                note = "'this': the weekday of the same week";
                if (tense == Tense.Future && day < a)
                {
                    // "will vote this Tuesday" written on a Friday: the week's Tuesday is gone, so the coming one.
                    day = a.AddDays(forward);
                    note = "'this' with a future tense, the week's own day gone: the first such weekday after it";
                }
                else if (tense == Tense.Past && day > a)
                {
                    // "met this Friday" written on a Monday: the week's Friday is still ahead, so the one just gone.
                    day = a.AddDays(-back);
                    note = "'this' with a past tense, the week's own day still ahead: the latest such weekday before it";
                }
                break;
            default:
                if (tense == Tense.Future)
                {
                    day = a.AddDays(forward);
                    note = "future tense: the first such weekday on or after it";
                }
                else
                {
                    day = a.AddDays(-back);
                    note = (tense == Tense.Past ? "past tense" : "no future tense (news is past-biased)") + ": the latest such weekday on or before it";
                }
                break;
        }
        return new Resolved(Calendar.Iso(day) + ClockSuffix(spec), DayPrecision(spec), day, day, true, note);
    }

    private static Resolved RelativeValue(TimeSpec spec, Tense tense, DateOnly? anchor)
    {
        // "the end of the quarter": ahead, the quarter being written in; otherwise the last one, the quarter reported on.
        int offset = spec.Offset ?? (spec.Unit == TimeUnit.Quarter && tense != Tense.Future ? -1 : 0);
        if (spec.YearOffset is int years && anchor is DateOnly from)
        {
            // "forty years ago this week": the same week, counted that many years back.
            anchor = from.AddYears(years);
        }
        if (anchor is not DateOnly a)
        {
            string v = spec.Unit switch
            {
                TimeUnit.Day => "XXXX-XX-XX" + ClockSuffix(spec),
                TimeUnit.Week => "XXXX-WXX",
                TimeUnit.Weekend => "XXXX-WXX-WE",
                TimeUnit.Month => "XXXX-XX",
                TimeUnit.Quarter => "XXXX-QX",
                TimeUnit.Decade => "XXX",
                TimeUnit.Century => "XX",
                _ => "XXXX",
            };
            return new Resolved(v, PrecisionOf(spec.Unit), null, null, false, null);
        }
        if (spec.Midweek)
        {
            // "by midweek" written on a Sunday is the coming week's middle; "slid midweek" written on a Monday the last week's
            // (with no tense to go by, news is past-biased, as for a year-less date, unless a deadline word looks ahead).
            int day = ((int)a.DayOfWeek + 6) % 7;
            bool ahead = tense == Tense.Future || (spec.ByDeadline && tense != Tense.Past);
            offset = ahead ? (day > 2 ? 1 : 0) : (day < 2 ? -1 : 0);
        }
        if (spec.NewYear)
        {
            // "in the new year" written in January, or told in the past in the year's first half ("sales slowed in the new
            // year"), is the year just begun; otherwise the one about to begin.
            offset = a.Month == 1 || (tense == Tense.Past && a.Month <= 6) ? 0 : 1;
        }
        DateOnly s, e;
        string value;
        switch (spec.Unit)
        {
            case TimeUnit.Second:
            case TimeUnit.Minute:
            case TimeUnit.Hour:
            case TimeUnit.Day:
            {
                if (spec.Unit != TimeUnit.Day)
                {
                    // "two hours ago": the day is the anchor's, the hour is not known.
                    offset = 0;
                }
                var d = a.AddDays(offset);
                return new Resolved(Calendar.Iso(d) + ClockSuffix(spec), spec.Unit == TimeUnit.Day ? DayPrecision(spec) : TimePrecision.Day, d, d, true, null);
            }
            case TimeUnit.Week when spec.Weekday is DayOfWeek wd:
            {
                // "Wednesday next week": that weekday of the week named.
                Calendar.IsoWeekValue(a.AddDays(7 * offset), out var monday);
                var d = monday.AddDays(((int)wd + 6) % 7);
                return new Resolved(Calendar.Iso(d) + ClockSuffix(spec), DayPrecision(spec), d, d, true, null);
            }
            case TimeUnit.Week:
            {
                value = Calendar.IsoWeekValue(a.AddDays(7 * offset), out var monday);
                (s, e) = (monday, monday.AddDays(6));
                break;
            }
            case TimeUnit.Weekend:
            {
                int o = offset;
                if (spec.Offset is null or 0 && tense != Tense.Future && a.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                {
                    o = -1;
                }
                value = Calendar.IsoWeekValue(a.AddDays(7 * o), out var monday) + "-WE";
                (s, e) = (monday.AddDays(5), monday.AddDays(6));
                break;
            }
            case TimeUnit.Month when spec.Weekday is DayOfWeek wd && spec.DayOnOrAfter > 0:
            {
                // "the last Sunday of the month": that weekday within the anchor's month (or the next or last one).
                var m = new DateOnly(a.Year, a.Month, 1).AddMonths(offset);
                var first = new DateOnly(m.Year, m.Month, FirstPossibleDay(spec, m.Year, m.Month));
                var d = first.AddDays(((int)wd - (int)first.DayOfWeek + 7) % 7);
                return spec.WeekendOf ? WeekendFrom(d, true, null) : new Resolved(Calendar.Iso(d), TimePrecision.Day, d, d, true, null);
            }
            case TimeUnit.Month:
            {
                var m = new DateOnly(a.Year, a.Month, 1).AddMonths(offset);
                value = m.ToString("yyyy-MM", CultureInfo.InvariantCulture);
                (s, e) = Calendar.MonthDays(m.Year, m.Month);
                break;
            }
            case TimeUnit.Quarter:
            {
                int q = (a.Year * 4) + ((a.Month - 1) / 3) + offset;
                int y = Math.DivRem(q, 4, out int qi);
                if (spec.HasYear)
                {
                    // "the 1988 quarter": the quarter the anchor points at, in the year the text names.
                    y = spec.Year;
                }
                value = $"{y:D4}-Q{qi + 1}";
                (s, e) = Calendar.Months(y, qi * 3 + 1, 3);
                break;
            }
            case TimeUnit.Decade:
            {
                int d = a.Year / 10 + offset;
                value = d.ToString("D3", CultureInfo.InvariantCulture) + "X";
                (s, e) = (new DateOnly(d * 10, 1, 1), new DateOnly(d * 10 + 9, 12, 31));
                break;
            }
            case TimeUnit.Century when spec.Mod == TimeMod.Approx:
            {
                // "the turn of the century": the century's first year nearest the anchor (2000 from 2026 or 1989).
                int y = (a.Year + 50) / 100 * 100;
                return new Resolved(y.ToString("D4", CultureInfo.InvariantCulture), TimePrecision.Year, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), true, null);
            }
            case TimeUnit.Century:
            {
                int c = a.Year / 100 + offset;
                value = c.ToString("D2", CultureInfo.InvariantCulture);
                (s, e) = (new DateOnly(Math.Max(1, c * 100), 1, 1), new DateOnly(c * 100 + 99, 12, 31));
                break;
            }
            default:
            {
                int y = a.Year + offset;
                value = y.ToString("D4", CultureInfo.InvariantCulture);
                (s, e) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
                break;
            }
        }
        (s, e) = Calendar.Narrow(s, e, spec.Mod);
        return new Resolved(value, PrecisionOf(spec.Unit), s, e, true, null);
    }

    private static Resolved CalendarValue(TimeSpec spec, Tense tense, DateOnly? anchor)
    {
        if (spec.DayOnOrAfter > 0)
        {
            return MovingHoliday(spec, tense, anchor);
        }
        if (spec.EasterShift is int shift)
        {
            return EasterFeast(spec, shift, tense, anchor);
        }
        int year = spec.Year;
        string? note = null;
        bool used = false;
        if (year < 0 && anchor is DateOnly a)
        {
            year = ChooseYear(spec, tense, a, out note);
            used = true;
        }
        if (year < 0)
        {
            return new Resolved(Floating(spec), CalendarPrecision(spec), null, null, false, null);
        }
        if (!TryPeriod(spec, year, out var s, out var e))
        {
            return new Resolved(Floating(spec), CalendarPrecision(spec), null, null, false, null);
        }
        if (spec.WeekOf && spec.Day > 0)
        {
            string week = Calendar.IsoWeekValue(s, out var monday);
            return new Resolved(week, TimePrecision.Week, monday, monday.AddDays(6), used, note);
        }
        string value = PeriodValue(spec, year);
        if (spec.Day > 0)
        {
            value += ClockSuffix(spec);
            if (spec.Weekday is DayOfWeek wd && s.DayOfWeek != wd)
            {
                note = (note is null ? "" : note + "; ") + $"the text's weekday ({wd}) does not fit {Calendar.Iso(s)}";
            }
        }
        // A month's halves meet after the 15th: the first half is 1-15, the second the 16th on.
        (s, e) = spec.HalfOfMonth ? Calendar.NarrowToEdge(s, e, spec.Mod, spec.Mod == TimeMod.Start ? 15 : e.Day - 15)
            : spec.EdgeDays > 0 ? Calendar.NarrowToEdge(s, e, spec.Mod, spec.EdgeDays)
            : Calendar.Narrow(s, e, spec.Mod);
        return new Resolved(value, CalendarPrecision(spec), s, e, used, note);
    }

    /// <summary>A holiday whose day moves: the year is chosen as for its earliest possible day, then the day is fixed for that year.</summary>
    private static Resolved MovingHoliday(TimeSpec spec, Tense tense, DateOnly? anchor)
    {
        var probe = spec.Clone();
        probe.DayOnOrAfter = -1;
        probe.Day = spec.DayOnOrAfter;
        probe.Weekday = null;
        int year = spec.Year;
        string? note = null;
        if (year < 0 && anchor is DateOnly a)
        {
            year = ChooseYear(probe, tense, a, out note);
        }
        if (year is < 1 or > 9998 || !Calendar.TryDate(year, spec.Month, FirstPossibleDay(spec, year, spec.Month), out var first))
        {
            probe.Day = -1;
            return new Resolved(Floating(probe), TimePrecision.Month, null, null, false, null);
        }
        var day = first.AddDays(((int)spec.Weekday!.Value - (int)first.DayOfWeek + 7) % 7);
        if (spec.WeekendOf)
        {
            return WeekendFrom(day, anchor is not null && spec.Year < 0, note);
        }
        probe.Day = day.Day;
        return new Resolved(PeriodValue(probe, year), TimePrecision.Day, day, day, anchor is not null && spec.Year < 0, note);
    }

    /// <summary>A day counted from Easter: the year is chosen as for early April (Easter falls between March 22 and April 25),
    /// then the day is fixed for that year; "Easter week" is the ISO week that ends on Easter Sunday.</summary>
    private static Resolved EasterFeast(TimeSpec spec, int shift, Tense tense, DateOnly? anchor)
    {
        var probe = spec.Clone();
        probe.EasterShift = null;
        probe.WeekOf = false;
        (probe.Month, probe.Day) = (4, 5);
        int year = spec.Year;
        string? note = null;
        if (year < 0 && anchor is DateOnly a)
        {
            year = ChooseYear(probe, tense, a, out note);
        }
        if (year is < 1583 or > 9998)
        {
            return new Resolved("XXXX-XX-XX", TimePrecision.Day, null, null, false, null);
        }
        var day = Calendar.Easter(year).AddDays(shift);
        bool used = anchor is not null && spec.Year < 0;
        if (spec.WeekOf)
        {
            string week = Calendar.IsoWeekValue(day, out var monday);
            return new Resolved(week, TimePrecision.Week, monday, monday.AddDays(6), used, note);
        }
        return new Resolved(Calendar.Iso(day), TimePrecision.Day, day, day, used, note);
    }

    /// <summary>The weekend that starts on <paramref name="saturday"/>: its ISO week with <c>-WE</c>, Saturday and Sunday.</summary>
    private static Resolved WeekendFrom(DateOnly saturday, bool used, string? note) =>
        new(Calendar.IsoWeekValue(saturday, out _) + "-WE", TimePrecision.Week, saturday, saturday.AddDays(1), used, note);

    private static int FirstPossibleDay(TimeSpec spec, int year, int month) =>
        spec.LastInMonth ? DateTime.DaysInMonth(year, month) - 6 : spec.DayOnOrAfter;

    private static TimePrecision CalendarPrecision(TimeSpec spec) =>
        spec.Day > 0 ? DayPrecision(spec)
        : spec.Month > 0 ? TimePrecision.Month
        : spec.Quarter > 0 ? TimePrecision.Quarter
        : spec.Half > 0 ? TimePrecision.Half
        : spec.Season is not null ? TimePrecision.Season
        : TimePrecision.Year;

    private static string PeriodValue(TimeSpec spec, int year)
    {
        string y = year.ToString("D4", CultureInfo.InvariantCulture);
        if (spec.Day > 0)
        {
            return $"{y}-{spec.Month:D2}-{spec.Day:D2}";
        }
        if (spec.Month > 0)
        {
            return $"{y}-{spec.Month:D2}";
        }
        if (spec.Quarter > 0)
        {
            return $"{y}-Q{spec.Quarter}";
        }
        if (spec.Half > 0)
        {
            return $"{y}-H{spec.Half}";
        }
        return spec.Season is not null ? $"{y}-{spec.Season}" : y;
    }

    private static string Floating(TimeSpec spec)
    {
        if (spec.Day > 0)
        {
            return $"XXXX-{spec.Month:D2}-{spec.Day:D2}" + ClockSuffix(spec);
        }
        if (spec.Month > 0)
        {
            return $"XXXX-{spec.Month:D2}";
        }
        if (spec.Quarter > 0)
        {
            return $"XXXX-Q{spec.Quarter}";
        }
        if (spec.Half > 0)
        {
            return $"XXXX-H{spec.Half}";
        }
        return spec.Season is not null ? $"XXXX-{spec.Season}" : "XXXX";
    }

    private static bool TryPeriod(TimeSpec spec, int year, out DateOnly start, out DateOnly end)
    {
        start = end = default;
        if (year is < 1 or > 9998)
        {
            return false;
        }
        if (spec.Day > 0)
        {
            if (!Calendar.TryDate(year, spec.Month, spec.Day, out start))
            {
                return false;
            }
            end = start;
            return true;
        }
        if (spec.Month > 0)
        {
            (start, end) = Calendar.MonthDays(year, spec.Month);
        }
        else if (spec.Quarter > 0)
        {
            (start, end) = Calendar.Months(year, (spec.Quarter - 1) * 3 + 1, 3);
        }
        else if (spec.Half > 0)
        {
            (start, end) = Calendar.Months(year, (spec.Half - 1) * 6 + 1, 6);
        }
        else if (spec.Season is not null)
        {
            (start, end) = Calendar.SeasonDays(year, spec.Season);
        }
        else
        {
            (start, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }
        return true;
    }

    /// <summary>The year a year-less calendar value most likely has, seen from <paramref name="anchor"/>.</summary>
    private static int ChooseYear(TimeSpec spec, Tense tense, DateOnly anchor, out string note)
    {
        int ay = anchor.Year;
        if (spec.YearOffset is int relYear)
        {
            note = "year named relative to the anchor's";
            return ay + relYear;
        }
        if (spec.Offset == 0)
        {
            note = "'this': the anchor's year";
            return ay;
        }
        if (spec.Offset is int yo && (spec.Quarter > 0 || spec.Half > 0))
        {
            note = "year relative to the anchor";
            return ay + yo;
        }
        // Candidates: the latest period begun on or before the anchor (past), the first one ending on or after it (future).
        int past = -1, future = -1, strictlyBefore = -1, strictlyAfter = -1;
        DateOnly pastStart = default, futureStart = default;
        for (int y = ay + 1; y >= ay - 2; y--)
        {
            if (!TryPeriod(spec, y, out var s, out var e))
            {
                continue;
            }
            if (s <= anchor && past < 0)
            {
                past = y;
                pastStart = s;
            }
            if (e >= anchor)
            {
                future = y;
                futureStart = s;
            }
            if (e < anchor && strictlyBefore < 0)
            {
                strictlyBefore = y;
            }
            if (s > anchor)
            {
                strictlyAfter = y;
            }
        }
        if (spec.Offset == -1)
        {
            note = "'last': the latest one before the anchor";
            return strictlyBefore > 0 ? strictlyBefore : ay - 1;
        }
        if (spec.Offset == 1)
        {
            note = "'next': the first one after the anchor";
            return strictlyAfter > 0 ? strictlyAfter : ay + 1;
        }
        if (past > 0 && past == future)
        {
            note = "the period that holds the anchor";
            return past;
        }
        if (spec.Weekday is DayOfWeek wd && spec.Day > 0)
        {
            bool pastFits = past > 0 && Calendar.TryDate(past, spec.Month, spec.Day, out var pd) && pd.DayOfWeek == wd;
            bool futureFits = future > 0 && Calendar.TryDate(future, spec.Month, spec.Day, out var fd) && fd.DayOfWeek == wd;
            if (pastFits != futureFits)
            {
                note = "the weekday the text gives fits that year";
                return pastFits ? past : future;
            }
        }
        if (past < 0)
        {
            note = "the first one after the anchor";
            return future;
        }
        if (future < 0)
        {
            note = "the latest one before the anchor";
            return past;
        }
        if (tense == Tense.Future && spec.ByDeadline && (spec.Quarter > 0 || spec.Half > 0))
        {
            // "will stay shut until at least the third quarter": a limit ahead is a period not yet over, never the one
            // just reported on.
            note = "future tense, a limit ahead: the first one not yet over";
            return future;
        }
        int dPast = anchor.DayNumber - pastStart.DayNumber;
        int dFuture = futureStart.DayNumber - anchor.DayNumber;
        // A quarter or half named in a report is usually the one reported on, even when the reporting lies ahead
        // ("expects to report a third-quarter loss"): a future verb does not move it, only its distance from the anchor.
        bool period = spec.Quarter > 0 || spec.Half > 0;
        if (tense == Tense.Future && spec.Quarter > 0 && dPast > 183)
        {
            // "will start production in the fourth quarter" written in April: the last fourth quarter ended more than a
            // quarter ago, so it is neither the one being reported on nor the current one; the coming one is meant.
            note = "future tense, and the last one ended more than a quarter before the anchor: the coming one";
            return future;
        }
        if (tense == Tense.Future && !period)
        {
            if (spec.Day > 0 && dPast <= 7)
            {
                // "by Jan. 14" written on Jan. 15: a deadline just passed, not one a year away.
                note = "future reading, but the date is only days before the anchor: that one";
                return past;
            }
            note = "future tense: the first one on or after the anchor";
            return future;
        }
        if (tense == Tense.Past)
        {
            // A day a few weeks ahead read in the past tense is usually a scheduled date reported today ("said ... on Nov. 16").
            if (((spec.Day > 0 && dFuture <= 21) || (spec.Day < 0 && dFuture <= 10)) && dPast >= 330)
            {
                note = "past tense, but the date is days ahead and the last one nearly a year back: the coming one";
                return future;
            }
            note = "past tense: the latest one on or before the anchor";
            return past;
        }
        // No tense to go by: news is past-biased, so the future reading wins only when it is much closer.
        if (dFuture * 2 < dPast)
        {
            note = "no tense to go by: the coming one, much closer than the last";
            return future;
        }
        note = "news is past-biased: the latest one on or before the anchor";
        return past;
    }
}
