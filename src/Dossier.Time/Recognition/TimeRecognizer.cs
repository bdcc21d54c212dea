using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Dossier.Core.Time;
using Dossier.Time.Lexicon;

namespace Dossier.Time.Recognition;

/// <summary>Finds time expressions in a sentence and says what each one means, before anchoring.</summary>
/// <remarks>
/// Every pattern whose cue the sentence holds runs over the sentence; overlapping matches are settled
/// longest-first; then adjacent matches are joined (a date and a clock time, the two ends of a range).
/// Invalid calendar fields (month 13, February 30, year 0) make a match fail rather than produce a date.
/// </remarks>
internal static class TimeRecognizer
{
    private delegate TimeSpec? Builder(Match match, string text);

    private sealed record Pattern(Regex Regex, Cue Cues, Builder Build);

    private static readonly Pattern[] s_patterns =
    [
        new(TimePatterns.MonthDayRange(), Cue.Month, BuildMonthDayRange),
        new(TimePatterns.DayMonthRange(), Cue.Month, BuildMonthDayRange),
        new(TimePatterns.IsoDate(), Cue.Digit, BuildIso),
        new(TimePatterns.MonthDayYear(), Cue.Month, BuildMonthDay),
        new(TimePatterns.DayMonthYear(), Cue.Month, BuildMonthDay),
        new(TimePatterns.OrdinalWordDate(), Cue.Month, BuildOrdinalWordDate),
        new(TimePatterns.MonthOrdinalWord(), Cue.Month, BuildOrdinalWordDate),
        new(TimePatterns.NumericDate(), Cue.Digit, BuildNumeric),
        new(TimePatterns.MonthYear(), Cue.Month, BuildMonthYear),
        new(TimePatterns.WeekOfMonth(), Cue.Month, BuildWeekOfMonth),
        new(TimePatterns.PartOfMonth(), Cue.Month, BuildPartOfMonth),
        new(TimePatterns.Quarter(), Cue.Quarter, BuildQuarter),
        new(TimePatterns.QuarterCode(), Cue.Digit, BuildQuarterCode),
        new(TimePatterns.MonthSpanQuarter(), Cue.Month, BuildMonthSpanQuarter),
        new(TimePatterns.Decade(), Cue.Digit, BuildDecade),
        new(TimePatterns.DecadeInWords(), Cue.Digit, BuildDecadeInWords),
        new(TimePatterns.DecadeOfCentury(), Cue.Unit, BuildDecadeOfCentury),
        new(TimePatterns.TurnOfCentury(), Cue.Unit, BuildTurnOfCentury),
        new(TimePatterns.Century(), Cue.Unit, BuildCentury),
        new(TimePatterns.Year(), Cue.Digit, BuildYear),
        new(TimePatterns.Ago(), Cue.Unit, BuildAgo),
        new(TimePatterns.DeepAgo(), Cue.Large, BuildDeepAgo),
        new(TimePatterns.RelativeUnit(), Cue.Unit | Cue.Season, BuildRelativeUnit),
        new(TimePatterns.PlaySeason(), Cue.Season, BuildPlaySeason),
        new(TimePatterns.PartOfDay(), Cue.PartOfDay, BuildPartOfDay),
        new(TimePatterns.WeekdayName(), Cue.Weekday, BuildWeekday),
        new(TimePatterns.StoryWeekday(), Cue.Weekday, static (m, t) => WeekdayOf(m.Groups["wd"]) is DayOfWeek wd
            ? new TimeSpec { Kind = SpecKind.Weekday, Weekday = wd, Offset = m.Groups["rel"].ValueSpan.Equals("following", StringComparison.OrdinalIgnoreCase) ? 1 : -1, Anaphoric = true }
            : null),
        new(TimePatterns.ReferencePhrase(), Cue.Reference | Cue.Unit, BuildReferencePhrase),
        new(TimePatterns.ReferenceWord(), Cue.Reference, BuildReferenceWord),
        new(TimePatterns.Set(), Cue.Set, BuildSet),
        new(TimePatterns.Duration(), Cue.Unit, BuildDuration),
        new(TimePatterns.VagueDuration(), Cue.Unit, BuildVagueDuration),
        new(TimePatterns.LengthAdjective(), Cue.Unit, static (m, t) => UnitOf(m.Groups["unit"].ValueSpan) is var u and not TimeUnit.None
            ? new TimeSpec { Kind = SpecKind.Duration, Type = TimeType.Duration, Unit = u, Count = IsPluralUnit(m.Groups["unit"].ValueSpan) ? 0 : 1 }
            : null),
        new(TimePatterns.EdgeStretch(), Cue.Unit, BuildVagueDuration),
        new(TimePatterns.DurationRange(), Cue.Unit, BuildDurationRange),
        new(TimePatterns.QuarterHour(), Cue.Quarter, static (m, t) => new TimeSpec
        {
            Kind = SpecKind.Duration, Type = TimeType.Duration, Unit = TimeUnit.Minute, Count = m.Groups["one"].Success ? 15 : 45,
        }),
        new(TimePatterns.Overnight(), Cue.PartOfDay, static (m, t) => new TimeSpec
        {
            Kind = SpecKind.Relative, Unit = TimeUnit.Day, Offset = -1, PartOfDay = "NI", Type = TimeType.Time, Anaphoric = true, Overnight = true,
        }),
        new(TimePatterns.Season(), Cue.Season, BuildSeason),
        new(TimePatterns.YearQuarter(), Cue.Quarter, BuildYearQuarter),
        new(TimePatterns.YearInWords(), Cue.Digit, BuildYearInWords),
        new(TimePatterns.TheYear(), Cue.Unit, BuildTheYear),
        new(TimePatterns.ThatYear(), Cue.Unit, BuildThatYear),
        new(TimePatterns.StoryDay(), Cue.Unit | Cue.PartOfDay, BuildStoryDay),
        new(TimePatterns.EventDay(), Cue.Side, static (m, t) => new TimeSpec
        {
            Kind = SpecKind.Relative, Unit = TimeUnit.Day, Offset = m.Groups["side"].ValueSpan.Equals("after", StringComparison.OrdinalIgnoreCase) ? 1 : -1, EventDay = true,
        }),
        new(TimePatterns.EventStretch(), Cue.Side, static (m, t) => new TimeSpec { Kind = SpecKind.Relative, Unit = UnitOf(m.Groups["unit"].ValueSpan), EventStretch = true }),
        new(TimePatterns.YearRange(), Cue.Digit, BuildYearRange),
        new(TimePatterns.ThenAfterPreposition(), Cue.Then, static (m, t) => new TimeSpec { Kind = SpecKind.Relative, Anaphoric = true, Then = true }),
        new(TimePatterns.OrdinalDay(), Cue.Digit, static (m, t) => Int(m.Groups["day"]) is int d and >= 1 and <= 31 ? new TimeSpec { Kind = SpecKind.Calendar, Day = d, Anaphoric = true } : null),
        new(TimePatterns.EdgeOfUnit(), Cue.Unit, BuildEdgeOfUnit),
        new(TimePatterns.WeekdayOfMonth(), Cue.Weekday, BuildWeekdayOfMonth),
        new(TimePatterns.WeekendOfMonth(), Cue.Unit, BuildWeekendOfMonth),
        new(TimePatterns.BareQuarter(), Cue.Quarter, static (m, t) => new TimeSpec { Kind = SpecKind.Relative, Unit = TimeUnit.Quarter, Offset = m.Groups["ago"].Success ? -5 : -1 }),
        new(TimePatterns.YearAgoAdjective(), Cue.Unit, static (m, t) => new TimeSpec { Kind = SpecKind.Relative, Unit = TimeUnit.Year, Offset = -1, Count = 1, YearAgo = true }),
        new(TimePatterns.YearEnd(), Cue.Unit, static (m, t) => new TimeSpec
        {
            Kind = SpecKind.Relative, Unit = TimeUnit.Year, Mod = TimeMod.End,
            Offset = m.Groups["prep"].ValueSpan.Equals("since", StringComparison.OrdinalIgnoreCase) ? -1 : 0,
        }),
        new(TimePatterns.ThisTimeOfYear(), Cue.Unit, static (m, t) => new TimeSpec
        {
            Kind = SpecKind.Relative, Unit = TimeUnit.Day, Offset = 0, Mod = TimeMod.Approx,
            YearOffset = m.Groups["rel"].ValueSpan.Equals("next", StringComparison.OrdinalIgnoreCase) ? 1 : -1,
        }),
        new(TimePatterns.BeforeLast(), Cue.Unit, static (m, t) => new TimeSpec { Kind = SpecKind.Relative, Unit = UnitOf(m.Groups["unit"].ValueSpan), Offset = m.Groups["ahead"].Success ? 2 : -2 }),
        new(TimePatterns.DayOfRun(), Cue.Unit, static (m, t) => new TimeSpec
        {
            Kind = SpecKind.Relative, Unit = TimeUnit.Day,
            Offset = m.Groups["rel"].ValueSpan.StartsWith("yesterday", StringComparison.OrdinalIgnoreCase) ? -1
                : m.Groups["rel"].ValueSpan.StartsWith("tomorrow", StringComparison.OrdinalIgnoreCase) ? 1 : 0,
        }),
        new(TimePatterns.TheWeekend(), Cue.Unit, static (m, t) => new TimeSpec { Kind = SpecKind.Relative, Unit = TimeUnit.Weekend }),
        new(TimePatterns.Midweek(), Cue.Unit, static (m, t) => new TimeSpec
        {
            Kind = SpecKind.Relative, Unit = TimeUnit.Week, Offset = 0, Mod = TimeMod.Mid, Midweek = true,
            ByDeadline = NeighbourWords.Before(t, m.Index) is var w && (w.Equals("by", StringComparison.OrdinalIgnoreCase)
                || w.Equals("until", StringComparison.OrdinalIgnoreCase) || w.Equals("till", StringComparison.OrdinalIgnoreCase)),
        }),
        new(TimePatterns.SmallHours(), Cue.Unit, static (m, t) => new TimeSpec { Kind = SpecKind.Relative, Unit = TimeUnit.Day, Offset = 0, Mod = TimeMod.Start }),
        new(TimePatterns.UnknownLength(), Cue.Vague, BuildUnknownLength),
        new(TimePatterns.VerdictDay(), Cue.Unit, BuildVerdictDay),
        new(TimePatterns.Clock(), Cue.Digit | Cue.PartOfDay, BuildClock),
        new(TimePatterns.WordClock(), Cue.PartOfDay | Cue.Reference | Cue.Quarter, BuildWordClock),
        new(TimePatterns.ClockRange(), Cue.Digit, BuildClockRange),
        new(TimePatterns.Holiday(), Cue.Holiday | Cue.Weekday, BuildHoliday),
    ];

    /// <summary>Recognises the expressions in <c>text[start..end)</c>, appending them in text order to <paramref name="output"/>.</summary>
    public static void Recognize(string text, int start, int end, Cue cues, List<RecognizedTime> output)
    {
        if (cues == Cue.None || end <= start)
        {
            return;
        }
        var found = new List<RecognizedTime>();
        for (int p = 0; p < s_patterns.Length; p++)
        {
            var pattern = s_patterns[p];
            if ((pattern.Cues & cues) == 0)
            {
                continue;
            }
            for (var m = pattern.Regex.Match(text, start, end - start); m.Success; m = m.NextMatch())
            {
                if (m.Length == 0)
                {
                    continue;
                }
                TimeSpec? spec;
                try
                {
                    spec = pattern.Build(m, text);
                }
                catch (ArgumentOutOfRangeException)
                {
                    // A field outside the calendar: not a date.
                    spec = null;
                }
                if (spec is not null)
                {
                    int s = m.Index, e = m.Index + m.Length;
                    TrimSpan(text, ref s, ref e);
                    if (e - s > 5 && (text[s] is 'o' or 'O') && text.AsSpan(s, 5).Equals("over ", StringComparison.OrdinalIgnoreCase)
                        && IsTakeOver(NeighbourWords.Before(text, s)))
                    {
                        // "who took over 18 months ago": the verb's particle, not "more than", so no mod either.
                        s += 5;
                        if (m.Groups["q"] is { Success: true } q && q.ValueSpan.Equals("over", StringComparison.OrdinalIgnoreCase))
                        {
                            spec.Mod = TimeMod.None;
                        }
                    }
                    var n = m.Groups["n"];
                    if (spec.Kind == SpecKind.Duration && m.Groups["det"].Success && n.Success
                        && (!m.Groups["rel"].Success || m.Groups["det"].ValueSpan[0] is 'a' or 'A')
                        && n.Index + n.Length < e && (text[n.Index + n.Length] == '-'
                            || (spec.Count > 1 && m.Groups["unit"] is { Success: true } u1 && !IsPluralUnit(u1.ValueSpan))))
                    {
                        // "a six year process", "a three hour meeting": a count over one before a singular unit is an adjective too.
                        // "a 14-day review", "a previous three-day strike": the article (and an adjective after it) belong to the
                        // noun the length describes, as TimeML marks it.
                        s = n.Index;
                    }
                    if (m.Groups["ord"] is { Success: true } ord && m.Groups["what"].Success && ord.Index + ord.Length < e && text[ord.Index + ord.Length] == '-'
                        && e - s > 4 && text.AsSpan(s, 4).Equals("the ", StringComparison.OrdinalIgnoreCase) && !m.Groups["mod"].Success && !m.Groups["modp"].Success)
                    {
                        // "the third-quarter loss", "the fiscal second-quarter of": the quarter is an adjective and the article the
                        // noun's, as TimeML marks it ("third-quarter").
                        s += 4;
                    }
                    if (spec.Kind == SpecKind.Duration && !m.Groups["det"].Success && n.Success && m.Groups["rel"] is { Success: true } rel
                        && rel.ValueSpan.Equals("last", StringComparison.OrdinalIgnoreCase) && IsVerbGovernor(NeighbourWords.Before(text, s)))
                    {
                        // "is expected to last two weeks", "could last three days": the verb, not "the last two weeks".
                        s = n.Index;
                    }
                    if (spec.Kind == SpecKind.Duration && !m.Groups["det"].Success && !m.Groups["rel"].Success && LengthQualifier(text, s) is (int qs, var qmod))
                    {
                        // "for more than three centuries", "nearly two weeks": the qualifier belongs to the length, as TimeML marks it.
                        s = qs;
                        spec.Mod = qmod;
                    }
                    if (e > s && !IsQuotedTitle(text, s, e))
                    {
                        found.Add(new RecognizedTime(s, e, spec, p));
                    }
                }
            }
        }
        if (found.Count == 0)
        {
            return;
        }
        var chosen = SelectLongest(found);
        MarkLeadIn(text, start, chosen);
        MarkSeasonsOf(text, start, chosen);
        JoinAdjacent(text, start, chosen);
        MarkDayBeforeAfter(text, start, chosen);
        MarkDayList(text, end, chosen);
        MarkDayListBefore(text, start, chosen);
        ShareNamedWeek(text, chosen);
        output.AddRange(chosen);
    }

    private static readonly (string Lead, string? PartOfDay)[] s_dayLeads =
        [("the week of ", null), ("the week beginning ", null), ("the week starting ", null), ("the week commencing ", null),
         ("the week ending ", null), ("the night of ", "NI"), ("the morning of ", "MO"), ("the afternoon of ", "AF"), ("the evening of ", "EV")];

    /// <summary>A counted length a smaller unit can follow ("an hour", "two years", "five years, four months"; not "a year and a
    /// half", "several days" or "two decades").</summary>
    private static bool IsLengthPart(TimeSpec s) =>
        s.Kind == SpecKind.Duration && s.Count > 0 && s.Minute < 0 && s.RangeEnd is null
        && s.Unit is TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour or TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year;

    /// <summary>The last (smallest) unit's part of a length told in several units.</summary>
    private static TimeSpec SmallestPart(TimeSpec s)
    {
        while (s.Plus is TimeSpec next)
        {
            s = next;
        }
        return s;
    }

    /// <summary>The length with one more, smaller part at its end (the parts are copied, not changed).</summary>
    private static TimeSpec WithPart(TimeSpec length, TimeSpec part)
    {
        var joined = length.Clone();
        joined.Plus = length.Plus is TimeSpec next ? WithPart(next, part) : part;
        return joined;
    }

    /// <summary>"1 hour, 20 minutes", "two years, three months": a comma joins only a unit and the one just below it.</summary>
    private static bool IsNextSmallerUnit(TimeUnit big, TimeUnit small) => (big, small) is
        (TimeUnit.Year, TimeUnit.Month) or (TimeUnit.Month, TimeUnit.Day) or (TimeUnit.Week, TimeUnit.Day) or (TimeUnit.Day, TimeUnit.Hour)
        or (TimeUnit.Hour, TimeUnit.Minute) or (TimeUnit.Minute, TimeUnit.Second);

    /// <summary>"the week of March 6", "the week beginning March 23" name the week that holds the day; "the night of Sept. 26" that day's night.</summary>
    private static void MarkLeadIn(string text, int sentenceStart, List<RecognizedTime> list)
    {
        for (int i = 0; i < list.Count; i++)
        {
            var r = list[i];
            if (r.Spec.Kind != SpecKind.Calendar || r.Spec.Day <= 0 || r.Spec.RangeEnd is not null || r.Spec.Hour >= 0 || r.Spec.PartOfDay is not null)
            {
                continue;
            }
            foreach (var (lead, partOfDay) in s_dayLeads)
            {
                if (EndsWith(text, sentenceStart, r.Start, lead))
                {
                    var spec = r.Spec.Clone();
                    spec.WeekOf = partOfDay is null;
                    spec.PartOfDay = partOfDay;
                    spec.Type = partOfDay is null ? TimeType.Date : TimeType.Time;
                    list[i] = r with { Start = r.Start - lead.Length, Spec = spec };
                    break;
                }
            }
        }
    }

    private static readonly (string Lead, string Season)[] s_seasonsOf =
        [("the winters of ", "WI"), ("the summers of ", "SU"), ("the springs of ", "SP"), ("the autumns of ", "FA"), ("the falls of ", "FA")];

    /// <summary>"the winters of 2023 and 2024": each year's season, not the two years.</summary>
    private static void MarkSeasonsOf(string text, int sentenceStart, List<RecognizedTime> list)
    {
        string? season = null;
        for (int i = 0; i < list.Count; i++)
        {
            var r = list[i];
            if (!IsBareYear(r.Spec))
            {
                season = null;
                continue;
            }
            int start = r.Start;
            if (season is not null && i > 0)
            {
                var gap = text.AsSpan(list[i - 1].End, r.Start - list[i - 1].End);
                if (!(gap.SequenceEqual(", ") || gap.SequenceEqual(" and ") || gap.SequenceEqual(", and ") || gap.SequenceEqual(" or ")))
                {
                    season = null;
                }
            }
            if (season is null)
            {
                foreach (var (lead, code) in s_seasonsOf)
                {
                    if (EndsWith(text, sentenceStart, r.Start, lead))
                    {
                        season = code;
                        start = r.Start - lead.Length;
                        break;
                    }
                }
            }
            if (season is not null)
            {
                var spec = r.Spec.Clone();
                spec.Season = season;
                list[i] = r with { Start = start, Spec = spec };
            }
        }
    }

    /// <summary>"the day before last Tuesday's hearing", "the day after Thanksgiving": the day next to the one named.</summary>
    /// <remarks>The article stays outside the expression, as TimeBank marks it ("The [day before last Tuesday]").</remarks>
    private static void MarkDayBeforeAfter(string text, int sentenceStart, List<RecognizedTime> list)
    {
        for (int i = 0; i < list.Count; i++)
        {
            var r = list[i];
            var d = r.Spec;
            bool oneDay = d.Hour < 0 && d.RangeEnd is null && d.PartOfDay is null && d.Type == TimeType.Date
                && ((d.Kind == SpecKind.Calendar && (d.Day > 0 || d.DayOnOrAfter > 0)) || d.Kind == SpecKind.Weekday || (d.Kind == SpecKind.Relative && d.Unit == TimeUnit.Day));
            if (!oneDay || d.DayShift != 0 || d.WeekOf || IsDayOfStoryMonth(d))
            {
                continue;
            }
            int shift = EndsWith(text, sentenceStart, r.Start, "day before ") ? -1 : EndsWith(text, sentenceStart, r.Start, "day after ") ? 1 : 0;
            if (shift == 0)
            {
                continue;
            }
            int lead = shift < 0 ? "day before ".Length : "day after ".Length;
            if (r.Start - lead > sentenceStart && char.IsLetterOrDigit(text[r.Start - lead - 1]))
            {
                continue;
            }
            var spec = r.Spec.Clone();
            spec.DayShift = shift;
            list[i] = r with { Start = r.Start - lead, Spec = spec };
        }
    }

    /// <summary>"April 7, 8 and 10", "April 7 and 10": each further day of the list is a date of the same month, not a number.</summary>
    private static void MarkDayList(string text, int sentenceEnd, List<RecognizedTime> list)
    {
        for (int i = 0; i < list.Count; i++)
        {
            var r = list[i];
            var d = r.Spec;
            if (d.Kind != SpecKind.Calendar || d.Month <= 0 || d.Day <= 0 || d.RangeEnd is not null || d.Hour >= 0 || d.PartOfDay is not null
                || d.WeekOf || d.DayShift != 0 || d.Anaphoric || r.End >= sentenceEnd || text[r.End] is not (',' or ' '))
            {
                continue;
            }
            var m = TimePatterns.DayList().Match(text, r.End, sentenceEnd - r.End);
            if (!m.Success || !(EndsDayList(NeighbourWords.After(text, m.Index + m.Length))
                || (NeighbourWords.Before(text, r.Start).Equals("on", StringComparison.OrdinalIgnoreCase)
                    && !IsCountedAfterDayList(NeighbourWords.After(text, m.Index + m.Length)))))
            {
                continue;
            }
            var yearGroup = m.Groups["year"];
            if (yearGroup.Success && i + 1 < list.Count && list[i + 1].Start == yearGroup.Index && IsBareYear(list[i + 1].Spec))
            {
                // "May 5 and 9, 2025": the year belongs to the list's last day, not an expression of its own.
                list.RemoveAt(i + 1);
            }
            if (i + 1 < list.Count && list[i + 1].Start < m.Index + m.Length)
            {
                continue;
            }
            var days = m.Groups["d"].Captures;
            int year = m.Groups["year"].Success ? Int(m.Groups["year"]) : d.Year;
            int previous = d.Day;
            bool ascending = true;
            for (int c = 0; c < days.Count && ascending; c++)
            {
                int day = int.TryParse(days[c].ValueSpan, out int v) ? v : -1;
                // "On May 5, 40 and 50 people left" is no list of days.
                ascending = day > previous && ValidDay(year, d.Month, day);
                previous = day;
            }
            if (!ascending)
            {
                continue;
            }
            if (year != d.Year)
            {
                var first = d.Clone();
                first.Year = year;
                list[i] = r with { Spec = first };
            }
            for (int c = 0; c < days.Count; c++)
            {
                var spec = list[i].Spec.Clone();
                spec.Day = int.Parse(days[c].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                spec.Weekday = null;
                int dayEnd = c == days.Count - 1 && yearGroup.Success ? yearGroup.Index + yearGroup.Length : days[c].Index + days[c].Length;
                list.Insert(i + 1 + c, new RecognizedTime(days[c].Index, dayEnd, spec, r.Priority));
            }
            i += days.Count;
        }
    }

    /// <summary>A counted noun after a list's last number: "On May 5 and 6 people" is a date and a count, not two days.</summary>
    /// <remarks>After "on" a list of days may end on any word ("on December 2 and 3 closed the port"); these few are the
    /// nouns and measures a bare number after "and" is read with instead.</remarks>
    private static bool IsCountedAfterDayList(ReadOnlySpan<char> next)
    {
        foreach (var w in s_countedAfterDayList)
        {
            if (next.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] s_countedAfterDayList =
        ["people", "others", "more", "other", "of", "per", "percent", "times", "were", "was", "men", "women", "children", "years", "days"];

    /// <summary>"on 2 and 3 December", "on 4, 5 and 6 May": the days listed before a day-first date are dates of its month.</summary>
    /// <remarks>"between 12 and 15 May" and "from 2 to 3 May" are stretches (<see cref="BuildMonthDayRange"/>); the list
    /// needs a word before it that is no range's opener and days that rise to the date's own.</remarks>
    private static void MarkDayListBefore(string text, int sentenceStart, List<RecognizedTime> list)
    {
        for (int i = 0; i < list.Count; i++)
        {
            var r = list[i];
            var d = r.Spec;
            if (d.Kind != SpecKind.Calendar || d.Month <= 0 || d.Day <= 0 || d.RangeEnd is not null || d.Hour >= 0 || d.PartOfDay is not null
                || d.WeekOf || d.DayShift != 0 || d.Anaphoric || r.Start - sentenceStart < 6 || !char.IsAsciiDigit(text[r.Start]))
            {
                continue;
            }
            int from = Math.Max(sentenceStart, r.Start - 40);
            var m = TimePatterns.DayListBefore().Match(text, from, r.Start - from);
            if (!m.Success || (i > 0 && list[i - 1].End > m.Index))
            {
                continue;
            }
            var opener = NeighbourWords.Before(text, m.Index);
            if (opener.Equals("between", StringComparison.OrdinalIgnoreCase) || opener.Equals("from", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var days = m.Groups["d"].Captures;
            bool ascending = true;
            for (int c = 0; c < days.Count && ascending; c++)
            {
                int day = int.TryParse(days[c].ValueSpan, out int v) ? v : -1;
                int next = c + 1 < days.Count ? int.Parse(days[c + 1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : d.Day;
                ascending = day >= 1 && day < next && ValidDay(d.Year, d.Month, day);
            }
            if (!ascending)
            {
                continue;
            }
            for (int c = 0; c < days.Count; c++)
            {
                var spec = d.Clone();
                spec.Day = int.Parse(days[c].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                spec.Weekday = null;
                list.Insert(i + c, new RecognizedTime(days[c].Index, days[c].Index + days[c].Length, spec, r.Priority));
            }
            i += days.Count;
        }
    }

    /// <summary>What may follow the last day of a list ("April 7, 8 and 10 in Geneva"), unlike a counted noun ("and 10 people").</summary>
    private static bool EndsDayList(ReadOnlySpan<char> next)
    {
        if (next.IsEmpty || char.IsUpper(next[0]))
        {
            return true;
        }
        foreach (var w in s_afterDayList)
        {
            if (next.Equals(w, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] s_afterDayList =
        ["at", "in", "on", "from", "to", "and", "or", "but", "when", "while", "as", "with", "for", "by", "after", "before", "during",
         "respectively", "will", "would", "were", "was", "are", "is", "has", "have", "had", "the", "this", "next", "last", "that"];

    private static bool EndsWith(string text, int sentenceStart, int at, string lead) =>
        at - lead.Length >= sentenceStart && text.AsSpan(at - lead.Length, lead.Length).Equals(lead, StringComparison.OrdinalIgnoreCase);

    /// <summary>"March for Life", "March of the Combatant Mothers", "March on Washington": a procession's name, not the month.</summary>
    private static bool IsEventName(string text, int afterMonth)
    {
        var link = NeighbourWords.After(text, afterMonth);
        if (!(link.Equals("for", StringComparison.Ordinal) || link.Equals("of", StringComparison.Ordinal) || link.Equals("on", StringComparison.Ordinal)))
        {
            return false;
        }
        int at = text.IndexOf(' ', afterMonth + 1);
        if (at < 0)
        {
            return false;
        }
        var name = NeighbourWords.After(text, at + 1);
        if (name.Equals("the", StringComparison.Ordinal))
        {
            at = text.IndexOf(' ', at + 1);
            name = at < 0 ? [] : NeighbourWords.After(text, at + 1);
        }
        return !name.IsEmpty && char.IsUpper(name[0]);
    }

    /// <summary>A programme's title in quotes ("This Week", "60 Minutes"): a capitalised unit after an opening quote.</summary>
    private static bool IsQuotedTitle(string text, int s, int e)
    {
        if (s == 0 || text[s - 1] is not ('"' or '“' or '`' or '\''))
        {
            return false;
        }
        int space = text.IndexOf(' ', s, e - s);
        return space > 0 && space + 1 < e && char.IsUpper(text[space + 1]);
    }

    private static void TrimSpan(string text, ref int s, ref int e)
    {
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] == ','))
        {
            e--;
        }
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }
    }

    private static List<RecognizedTime> SelectLongest(List<RecognizedTime> found)
    {
        found.Sort(static (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Priority != b.Priority ? a.Priority.CompareTo(b.Priority) : a.Start.CompareTo(b.Start));
        var chosen = new List<RecognizedTime>(found.Count);
        foreach (var f in found)
        {
            bool overlaps = false;
            foreach (var c in chosen)
            {
                if (f.Start < c.End && c.Start < f.End)
                {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps)
            {
                chosen.Add(f);
            }
        }
        chosen.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    private static void JoinAdjacent(string text, int sentenceStart, List<RecognizedTime> list)
    {
        for (int i = 0; i + 1 < list.Count; i++)
        {
            var a = list[i];
            var b = list[i + 1];
            var gap = text.AsSpan(a.End, b.Start - a.End);
            if (Joined(text, sentenceStart, a, b, gap) is not TimeSpec joined)
            {
                continue;
            }
            list[i] = a with { End = b.End, Spec = joined };
            list.RemoveAt(i + 1);
            if (joined.Kind == SpecKind.Clock && joined.RangeEnd is not null && a.Spec.RangeEnd is null && i > 0)
            {
                // A stretch of clock times just made may belong to the day before it ("on 23 April between 6pm and 9pm").
                i -= 2;
            }
            else if (joined.RangeEnd is null || joined.Kind is SpecKind.Clock or SpecKind.Weekday)
            {
                // The joined expression may join its next neighbour too ("Oct. 8 last year at 3 p.m.").
                i--;
            }
        }
    }

    /// <summary>What two neighbouring matches mean as one expression, or null when they stay two.</summary>
    private static TimeSpec? Joined(string text, int sentenceStart, RecognizedTime a, RecognizedTime b, ReadOnlySpan<char> gap)
    {
        if (IsBarePartOfDay(a.Spec) && IsDayLike(b.Spec) && !(b.Spec.Kind == SpecKind.Relative && b.Spec.Anaphoric) && b.Spec.Mod == TimeMod.None
            && gap.Equals(" on ", StringComparison.OrdinalIgnoreCase))
        {
            // "by early afternoon on Tuesday", "since morning on March 3": that part of the day named, not of the story's day.
            var joined = b.Spec.Clone();
            joined.PartOfDay = a.Spec.PartOfDay;
            joined.Type = TimeType.Time;
            joined.Mod = a.Spec.Mod;
            return joined;
        }
        if (IsLengthPart(a.Spec) && IsLengthPart(b.Spec) && b.Spec.Plus is null && b.Spec.Mod == TimeMod.None && SmallestPart(a.Spec) is var last
            && b.Spec.Unit < last.Unit
            && (gap.Equals(" and ", StringComparison.OrdinalIgnoreCase) || (gap.SequenceEqual(", ") && IsNextSmallerUnit(last.Unit, b.Spec.Unit)))
            && !IsOffsetWord(NeighbourWords.After(text, b.End)))
        {
            // "an hour and 20 minutes", "two years and three months", "five years, four months and five days": one length told
            // in several units; not "three days and two hours later the call came", where the second counts from something.
            return WithPart(a.Spec, b.Spec);
        }
        if (IsDayLike(a.Spec) && b.Spec.Kind == SpecKind.Clock && IsClockGap(gap))
        {
            return WithClock(a.Spec, b.Spec);
        }
        if (a.Spec.Kind == SpecKind.Clock && IsDayLike(b.Spec) && IsClockGap(gap))
        {
            return WithClock(b.Spec, a.Spec);
        }
        if (IsDayLike(a.Spec) && b.Spec.Kind == SpecKind.Clock && b.Spec.RangeEnd is not null
            && (gap.Trim().Equals("between", StringComparison.OrdinalIgnoreCase) || gap.Trim().Equals("from", StringComparison.OrdinalIgnoreCase)))
        {
            // "the open evening on 23 April between 6pm and 9pm", "on Monday from 9am to 5pm": the stretch of that day.
            return WithClock(a.Spec, b.Spec);
        }
        // "until 9pm tonight", "at 7pm this evening", "tonight at 10pm": the clock on that day; the part of day it names
        // adds nothing a clock does not say more finely.
        if (a.Spec.Kind == SpecKind.Clock && IsDayPart(b.Spec) && IsClockGap(gap))
        {
            return WithoutPart(WithClock(b.Spec, a.Spec));
        }
        if (IsDayPart(a.Spec) && b.Spec.Kind == SpecKind.Clock && IsClockGap(gap))
        {
            return WithoutPart(WithClock(a.Spec, b.Spec));
        }
        // "at 4:15 on Tuesday afternoon", "Friday evening at nine o'clock": the clock on that day, in the half of it the part names.
        if (a.Spec.Kind == SpecKind.Clock && a.Spec.RangeEnd is null && IsDayWithPart(b.Spec) && IsClockGap(gap))
        {
            return WithoutPart(WithClock(b.Spec, a.Spec));
        }
        if (IsDayWithPart(a.Spec) && b.Spec.Kind == SpecKind.Clock && b.Spec.RangeEnd is null && IsClockGap(gap))
        {
            return WithoutPart(WithClock(a.Spec, b.Spec));
        }
        if (a.Spec.Kind == SpecKind.Clock && b.Spec.Kind == SpecKind.Clock && a.Spec.RangeEnd is null && b.Spec.RangeEnd is null
            && !gap.TrimStart().StartsWith(',') && IsRangeGap(gap, out bool opener) && (!opener || !gap.Trim().Equals("and", StringComparison.OrdinalIgnoreCase)
                || PrecededByRangeOpener(text, sentenceStart, a.Start)))
        {
            // "from 9:30 a.m. to 5 p.m.", "9 a.m.-noon": one stretch of one day ("to" between two clock times needs no "from").
            var range = a.Spec.Clone();
            range.RangeEnd = b.Spec;
            if (b.Spec.OpenHalf && b.Spec.Hour is >= 1 and <= 11 && b.Spec.Hour * 60 + b.Spec.Minute <= a.Spec.Hour * 60 + a.Spec.Minute
                && (b.Spec.Hour + 12) * 60 + b.Spec.Minute > a.Spec.Hour * 60 + a.Spec.Minute)
            {
                // "from nine o'clock to five o'clock": an end said without a.m. or p.m. that would come before its start is the
                // afternoon's, not the next morning's.
                var end = b.Spec.Clone();
                end.Hour += 12;
                end.OpenHalf = false;
                range.RangeEnd = end;
            }
            return range;
        }
        if (IsYearlessPeriod(a.Spec) && IsRelativeYear(text, b) && (IsYearGap(gap) || (a.Spec.Day > 0 && gap.SequenceEqual(" "))))
        {
            // "April of last year", "the spring of next year", "the first half of this year", "Oct. 8 last year":
            // the period in the year named relative to the anchor's, not the nearest one of its kind.
            var joined = a.Spec.Clone();
            joined.YearOffset = b.Spec.Offset;
            joined.Offset = null;
            return joined;
        }
        if (IsYearlessPeriod(a.Spec) && a.Spec.Day < 0 && IsStoryYear(b.Spec) && (gap.SequenceEqual(" ") || gap.Equals(" of ", StringComparison.OrdinalIgnoreCase)))
        {
            // "arrested in June that year", "the spring of the following year": the period in the year of the story's last
            // date (counted from it), not the nearest one of its kind to the publication date.
            var joined = a.Spec.Clone();
            joined.StoryYearOffset = b.Spec.Offset;
            return joined;
        }
        if (IsYearless(a.Spec) && IsBareYear(b.Spec) && IsYearGap(gap))
        {
            // "January nineteen ninety-seven", "the winter of nineteen ninety-four": the year came as a separate match.
            var joined = a.Spec.Clone();
            joined.Year = b.Spec.Year;
            joined.Offset = null;
            return joined;
        }
        if (IsBareWeekday(a.Spec) && a.Spec.RangeEnd is TimeSpec lastDay && IsBareWeekday(lastDay) && lastDay.RangeEnd is null
            && IsNamedWeek(b.Spec) && gap.SequenceEqual(" "))
        {
            // "from Monday to Wednesday last week": both ends lie in the week named.
            var range = InWeek(a.Spec, b.Spec);
            range.RangeEnd = InWeek(lastDay, b.Spec);
            return range;
        }
        if (IsBareWeekday(a.Spec) && a.Spec.RangeEnd is null && IsNamedWeek(b.Spec) && gap.SequenceEqual(" "))
        {
            // "Wednesday next week", "Monday last week": that weekday of the week named, not the nearest one.
            return InWeek(a.Spec, b.Spec);
        }
        if (WeeksAhead(a.Spec) is int weeks && (b.Spec.Kind == SpecKind.Relative && b.Spec.Unit == TimeUnit.Day && b.Spec.Offset is 0 or 1
                && b.Spec.PartOfDay is null && b.Spec.Hour < 0 && !b.Spec.Anaphoric && b.Spec.Mod == TimeMod.None && gap.SequenceEqual(" ")
                || IsBareWeekday(b.Spec) && b.Spec.PartOfDay is null && gap.Equals(" on ", StringComparison.OrdinalIgnoreCase)
                    && !(b.End + 1 < text.Length && text[b.End] is '\'' or '’' && text[b.End + 1] == 's')))
        {
            // "a week today", "a fortnight tomorrow", "a week on Monday" (British): so many weeks after that day, the coming
            // weekday for a weekday; not "spent a week on Monday's report".
            var joined = b.Spec.Clone();
            joined.DayShift = 7 * weeks;
            joined.Offset ??= 1;
            return joined;
        }
        if (IsWeeksAgo(a.Spec) && b.Spec.Kind == SpecKind.Weekday && b.Spec.Offset is null && b.Spec.PartOfDay is null && gap.SequenceEqual(" "))
        {
            // "a week ago Friday": the Friday a week before the latest Friday, not a week back and then some Friday.
            var joined = b.Spec.Clone();
            joined.DayShift = 7 * a.Spec.Offset!.Value;
            joined.Offset = null;
            return joined;
        }
        if (IsRangeable(a.Spec) && IsRangeable(b.Spec) && a.Spec.RangeEnd is null && b.Spec.RangeEnd is null
            && IsRangeGap(gap, out bool needsOpener)
            && (!needsOpener || PrecededByRangeOpener(text, sentenceStart, a.Start)))
        {
            var start = a.Spec.Clone();
            var endSpec = b.Spec;
            if (!start.HasYear && endSpec.HasYear && start.Kind == SpecKind.Calendar)
            {
                start.Year = endSpec.Year;
                if (start.Month > endSpec.Month && endSpec.Month > 0)
                {
                    start.Year--;
                }
            }
            start.RangeEnd = endSpec;
            return start;
        }
        return null;
    }

    private static bool IsBareWeekday(TimeSpec s) =>
        s.Kind == SpecKind.Weekday && s.Offset is null && s.DayShift == 0 && s.Hour < 0 && !s.Anaphoric && s.Mod == TimeMod.None;

    private static bool IsNamedWeek(TimeSpec s) =>
        s.Kind == SpecKind.Relative && s.Unit == TimeUnit.Week && s.Offset is >= -1 and <= 1 && s.Weekday is null && s.Mod == TimeMod.None
        && !s.Anaphoric && s.YearOffset is null;

    private static TimeSpec InWeek(TimeSpec weekday, TimeSpec week)
    {
        var joined = week.Clone();
        joined.Weekday = weekday.Weekday;
        joined.PartOfDay = weekday.PartOfDay;
        joined.Type = weekday.Type;
        return joined;
    }

    /// <summary>"on Tuesday and Wednesday next week": the weekdays listed before a weekday of a named week are in that week too.</summary>
    private static void ShareNamedWeek(string text, List<RecognizedTime> list)
    {
        for (int i = list.Count - 2; i >= 0; i--)
        {
            var b = list[i + 1].Spec;
            if (!(b.Kind == SpecKind.Relative && b.Unit == TimeUnit.Week && b.Weekday is not null) || !IsBareWeekday(list[i].Spec))
            {
                continue;
            }
            var gap = text.AsSpan(list[i].End, list[i + 1].Start - list[i].End);
            if (gap.SequenceEqual(" and ") || gap.SequenceEqual(", ") || gap.SequenceEqual(" or ") || gap.SequenceEqual(", and "))
            {
                list[i] = list[i] with { Spec = InWeek(list[i].Spec, b) };
            }
        }
    }

    /// <summary>"a week", "a fortnight", "two weeks" as a bare length: the weeks a following "today" or "on Monday" counts on by.</summary>
    /// <remarks>"resumes a week on Monday" reaches here as a rate ("a week" after a verb), so a set of one week counts too.</remarks>
    private static int? WeeksAhead(TimeSpec s) =>
        s.Kind is SpecKind.Duration or SpecKind.Set && s.Unit == TimeUnit.Week && s.Count is >= 1 and <= 4 && s.Mod == TimeMod.None && s.RangeEnd is null ? s.Count : null;

    /// <summary>"a week ago", "two weeks ago": whole weeks back from now, which a following weekday pins to a day.</summary>
    private static bool IsWeeksAgo(TimeSpec s) =>
        s.Kind == SpecKind.Relative && s.Unit == TimeUnit.Week && s.Offset is < 0 and >= -4 && s.Mod == TimeMod.None && !s.Anaphoric;

    private static bool IsDayLike(TimeSpec s) =>
        s.Hour < 0 && s.RangeEnd is null && s.PartOfDay is null && !IsDayOfStoryMonth(s)
        && ((s.Kind == SpecKind.Calendar && s.Day > 0) || s.Kind == SpecKind.Weekday && s.Type == TimeType.Date
            || (s.Kind == SpecKind.Relative && s.Unit == TimeUnit.Day));

    /// <summary>"early afternoon", "morning" after a preposition of time: a part of the story's day, which a day named right
    /// after it ("on Tuesday") replaces.</summary>
    private static bool IsBarePartOfDay(TimeSpec s) =>
        s.Kind == SpecKind.Relative && s.Unit == TimeUnit.Day && s.Offset == 0 && s.PartOfDay is not null && s.DayOfStory && s.Hour < 0;

    /// <summary>"tonight", "this evening", "yesterday morning": a part of a day counted from the anchor, with no clock yet.</summary>
    private static bool IsDayPart(TimeSpec s) =>
        s.Kind == SpecKind.Relative && s.Unit == TimeUnit.Day && s.Offset is >= -1 and <= 1 && s.PartOfDay is not null && s.Hour < 0
        && s.RangeEnd is null && !s.Anaphoric && s.Mod == TimeMod.None;

    /// <summary>"Tuesday afternoon", "March 3 in the evening": a named day with a part of it, with no clock yet.</summary>
    private static bool IsDayWithPart(TimeSpec s) =>
        s.Hour < 0 && s.RangeEnd is null && s.PartOfDay is "MO" or "AF" or "EV" or "NI" && !s.Anaphoric && s.Mod == TimeMod.None
        && (s.Kind == SpecKind.Weekday && s.Offset is null && !s.Overnight || s.Kind == SpecKind.Calendar && s.Day > 0);

    private static TimeSpec WithoutPart(TimeSpec s)
    {
        if (s.PartOfDay == "NI" && s.Hour is >= 0 and < 6)
        {
            // "at 2am last night", "3am tonight": the small hours of a night fall on the day after its evening.
            s.Offset += 1;
        }
        s.PartOfDay = null;
        if (s.RangeEnd is TimeSpec until)
        {
            until.PartOfDay = null;
        }
        return s;
    }

    private static bool IsYearless(TimeSpec s) =>
        s.Kind == SpecKind.Calendar && !s.HasYear && s.RangeEnd is null && s.YearOffset is null && s.Day < 0 && (s.Month > 0 || s.Season is not null || s.EasterShift is not null);

    private static bool IsYearlessPeriod(TimeSpec s) =>
        s.Kind == SpecKind.Calendar && !s.HasYear && s.RangeEnd is null && s.YearOffset is null && !s.Anaphoric && s.DayOnOrAfter < 0
        && s.Offset is null && (s.Month > 0 || s.Season is not null || s.Quarter > 0 || s.Half > 0 || s.EasterShift is not null);

    /// <summary>"last year", "this year", "next year" as written, without an edge ("late last year") or a count.</summary>
    private static bool IsRelativeYear(string text, RecognizedTime r)
    {
        if (r.Spec.Kind != SpecKind.Relative || r.Spec.Unit != TimeUnit.Year || r.Spec.Mod != TimeMod.None || r.Spec.Anaphoric
            || r.Spec.Offset is not (-1 or 0 or 1) || r.End - r.Start != 9)
        {
            return false;
        }
        var w = text.AsSpan(r.Start, 4);
        return w.Equals("last", StringComparison.OrdinalIgnoreCase) || w.Equals("this", StringComparison.OrdinalIgnoreCase)
            || w.Equals("next", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"that year", "the following year", "the previous year", "the same year" without an edge.</summary>
    private static bool IsStoryYear(TimeSpec s) =>
        s.Kind == SpecKind.Relative && s.Unit == TimeUnit.Year && s.Anaphoric && s.Mod == TimeMod.None && s.Offset is (-1 or 0 or 1);

    private static bool IsBareYear(TimeSpec s) =>
        s.Kind == SpecKind.Calendar && s.HasYear && s.Month < 0 && s.Day < 0 && s.Season is null && s.Quarter < 0 && s.Half < 0
        && s.RangeEnd is null && s.Mod == TimeMod.None;

    private static bool IsYearGap(ReadOnlySpan<char> gap) =>
        gap.SequenceEqual(" ") || gap.SequenceEqual(", ") || gap.Equals(" of ", StringComparison.OrdinalIgnoreCase);

    private static bool IsClockGap(ReadOnlySpan<char> gap)
    {
        gap = gap.Trim().Trim(',').Trim();
        if (gap.StartsWith("local time", StringComparison.OrdinalIgnoreCase))
        {
            // "at 4:12 a.m. local time on Sunday": the clock's zone stands between it and its day.
            gap = gap[10..].Trim().Trim(',').Trim();
        }
        return gap.IsEmpty || gap.Equals("at", StringComparison.OrdinalIgnoreCase) || gap.Equals("on", StringComparison.OrdinalIgnoreCase);
    }

    private static TimeSpec WithClock(TimeSpec day, TimeSpec clock)
    {
        var s = day.Clone();
        s.Hour = HourInPart(clock, day.PartOfDay);
        s.Minute = clock.Minute;
        s.Type = TimeType.Time;
        s.OpenHalf = clock.OpenHalf && day.PartOfDay is null;
        s.ClockInWords = clock.ClockInWords;
        if (clock.RangeEnd is TimeSpec until)
        {
            // "from 2 to 4 p.m. on Wednesday": both ends on that day.
            s.RangeEnd = WithClock(day, until);
        }
        return s;
    }

    /// <summary>The hour of a clock said without a.m. or p.m. in the part of the day written with it: "2:30 this afternoon" is
    /// 14:30, "nine o'clock tonight" 21:00, "twelve o'clock tonight" midnight; "two o'clock tonight" stays the small hours.</summary>
    private static int HourInPart(TimeSpec clock, string? part)
    {
        int h = clock.Hour;
        if (!clock.OpenHalf || h is < 1 or > 12)
        {
            return h;
        }
        return part switch
        {
            "AF" or "EV" when h < 12 => h + 12,
            "NI" when h == 12 => 24,
            "NI" when h >= 6 => h + 12,
            _ => h,
        };
    }

    // "the 14th" (a day of a month the story gives elsewhere) is resolved whole by the annotator: it takes no range, clock or shift.
    private static bool IsRangeable(TimeSpec s) =>
        s.Type == TimeType.Date && s.Kind is SpecKind.Calendar or SpecKind.Era or SpecKind.Weekday && !IsDayOfStoryMonth(s);

    private static bool IsDayOfStoryMonth(TimeSpec s) => s.Kind == SpecKind.Calendar && s.Anaphoric;

    private static bool IsRangeGap(ReadOnlySpan<char> gap, out bool needsOpener)
    {
        gap = gap.Trim();
        needsOpener = false;
        if (gap.Length > 1 && gap[0] == ',')
        {
            // "from Friday, August 14, through Sunday, August 16": the comma closes the start's weekday apposition, so the
            // range word after it still joins the two ends; without "from" or "between" before the start it is a list.
            gap = gap[1..].TrimStart();
            if (gap.Length == 1 && gap[0] is '-' or '–' or '—')
            {
                return false;
            }
            needsOpener = true;
            return gap.Equals("through", StringComparison.OrdinalIgnoreCase) || gap.Equals("until", StringComparison.OrdinalIgnoreCase)
                || gap.Equals("till", StringComparison.OrdinalIgnoreCase) || gap.Equals("thru", StringComparison.OrdinalIgnoreCase)
                || gap.Equals("to", StringComparison.OrdinalIgnoreCase) || gap.Equals("and", StringComparison.OrdinalIgnoreCase);
        }
        if (gap.Length == 1 && gap[0] is '-' or '–' or '—')
        {
            return true;
        }
        if (gap.Equals("through", StringComparison.OrdinalIgnoreCase) || gap.Equals("until", StringComparison.OrdinalIgnoreCase)
            || gap.Equals("till", StringComparison.OrdinalIgnoreCase) || gap.Equals("thru", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        needsOpener = true;
        return gap.Equals("to", StringComparison.OrdinalIgnoreCase) || gap.Equals("and", StringComparison.OrdinalIgnoreCase);
    }

    private static bool PrecededByRangeOpener(string text, int sentenceStart, int at)
    {
        int e = at;
        while (e > sentenceStart && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }
        int s = e;
        while (s > sentenceStart && char.IsLetter(text[s - 1]))
        {
            s--;
        }
        var word = text.AsSpan(s, e - s);
        return word.Equals("from", StringComparison.OrdinalIgnoreCase) || word.Equals("between", StringComparison.OrdinalIgnoreCase);
    }

    // ---- builders ----------------------------------------------------------------------------------

    private static int MonthOf(Group g)
    {
        if (!g.Success)
        {
            return -1;
        }
        var w = g.ValueSpan.TrimEnd('.');
        return TimeWords.Months.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(w, out int m) ? m : -1;
    }

    private static int Int(Group g)
    {
        if (!g.Success || g.Length > 6)
        {
            return -1;
        }
        return int.TryParse(g.ValueSpan, out int v) ? v : -1;
    }

    private static bool ValidDay(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year > 0 ? year : 2000, month);

    private static TimeMod ModOf(Match m)
    {
        var mod = m.Groups["mod"];
        if (mod.Success)
        {
            return EdgeMod(mod.ValueSpan);
        }
        var modp = m.Groups["modp"];
        if (modp.Success)
        {
            var v = modp.ValueSpan;
            if (v.Contains("start", StringComparison.OrdinalIgnoreCase) || v.Contains("beginning", StringComparison.OrdinalIgnoreCase)
                || v.Contains("first", StringComparison.OrdinalIgnoreCase) || v.Contains("opening", StringComparison.OrdinalIgnoreCase))
            {
                return TimeMod.Start;
            }
            if (v.Contains("middle", StringComparison.OrdinalIgnoreCase))
            {
                return TimeMod.Mid;
            }
            if (v.Contains("turn", StringComparison.OrdinalIgnoreCase))
            {
                return TimeMod.Approx;
            }
            if (v.Contains("rest", StringComparison.OrdinalIgnoreCase) || v.Contains("remainder", StringComparison.OrdinalIgnoreCase))
            {
                // "the rest of the week": what is left of it, which TIMEX3 has no mod for.
                return TimeMod.None;
            }
            return TimeMod.End;
        }
        return TimeMod.None;
    }

    private static TimeMod EdgeMod(ReadOnlySpan<char> v) =>
        v.StartsWith("early", StringComparison.OrdinalIgnoreCase) || v.Equals("small", StringComparison.OrdinalIgnoreCase)
        || v.Equals("wee", StringComparison.OrdinalIgnoreCase) ? TimeMod.Start
        : v.StartsWith("mid", StringComparison.OrdinalIgnoreCase) ? TimeMod.Mid
        : v.StartsWith("late", StringComparison.OrdinalIgnoreCase) ? TimeMod.End
        : TimeMod.None;

    private static DayOfWeek? WeekdayOf(Group g)
    {
        if (!g.Success)
        {
            return null;
        }
        var w = g.ValueSpan.TrimEnd('.');
        return TimeWords.Weekdays.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(w, out var d) ? d : null;
    }

    private static TimeSpec? BuildMonthDay(Match m, string text)
    {
        int month = MonthOf(m.Groups["month"]);
        int day = Int(m.Groups["day"]);
        int year = m.Groups["year"].Success ? Int(m.Groups["year"]) : -1;
        if (month < 0 || !ValidDay(year, month, day) || year == 0)
        {
            return null;
        }
        // "May 5 people" and "Mar 3" are rare; abbreviations without a period before a bare number are accepted
        // only when the month word is at least three letters, which the pattern already ensures.
        var s = new TimeSpec { Kind = SpecKind.Calendar, Year = year, Month = month, Day = day, Weekday = WeekdayOf(m.Groups["wd"]) };
        var yrel = m.Groups["yrel"];
        if (yrel.Success)
        {
            // "5 March last year": the day in the year before the anchor's, as "March last year" is that year's month.
            s.YearOffset = RelOffset(yrel.ValueSpan);
        }
        return s;
    }

    private static TimeSpec? BuildOrdinalWordDate(Match m, string text)
    {
        int month = MonthOf(m.Groups["month"]);
        int day = OrdinalDayWord(m.Groups["dayw"].ValueSpan);
        int year = m.Groups["year"].Success ? Int(m.Groups["year"])
            : m.Groups["yw"].Success ? 2000 + TimeWords.ParseCount(m.Groups["yw"].ValueSpan)
            : m.Groups["y2k"].Success ? 2000 : -1;
        if (month < 0 || day < 1 || !ValidDay(year, month, day) || year == 0)
        {
            return null;
        }
        return new TimeSpec { Kind = SpecKind.Calendar, Year = year, Month = month, Day = day, Weekday = WeekdayOf(m.Groups["wd"]) };
    }

    private static readonly string[] s_ordinalDays =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    ];

    /// <summary>The day an ordinal word names ("fifth" 5, "twenty-eighth" 28, "thirtieth" 30), or -1.</summary>
    private static int OrdinalDayWord(ReadOnlySpan<char> word)
    {
        int tens = 0;
        if (word.StartsWith("twentieth", StringComparison.OrdinalIgnoreCase))
        {
            return 20;
        }
        if (word.StartsWith("thirtieth", StringComparison.OrdinalIgnoreCase))
        {
            return 30;
        }
        if (word.StartsWith("twenty", StringComparison.OrdinalIgnoreCase))
        {
            tens = 20;
            word = word[7..];
        }
        else if (word.StartsWith("thirty", StringComparison.OrdinalIgnoreCase))
        {
            tens = 30;
            word = word[7..];
        }
        for (int i = 0; i < s_ordinalDays.Length; i++)
        {
            if (word.Equals(s_ordinalDays[i], StringComparison.OrdinalIgnoreCase))
            {
                return tens + i + 1;
            }
        }
        return -1;
    }

    private static TimeSpec? BuildMonthDayRange(Match m, string text)
    {
        int month = MonthOf(m.Groups["month"]);
        int d1 = Int(m.Groups["d1"]);
        int d2 = Int(m.Groups["d2"]);
        int year = m.Groups["year"].Success ? Int(m.Groups["year"]) : -1;
        if (month < 0 || !ValidDay(year, month, d1) || !ValidDay(year, month, d2) || d2 <= d1)
        {
            return null;
        }
        var g1 = m.Groups["d1"];
        var between = text.AsSpan(g1.Index + g1.Length, m.Groups["d2"].Index - g1.Index - g1.Length);
        if (between.Contains("and", StringComparison.OrdinalIgnoreCase)
            && !NeighbourWords.Before(text, m.Index).Equals("between", StringComparison.OrdinalIgnoreCase)
            && !NeighbourWords.Before(text, m.Index).Equals("from", StringComparison.OrdinalIgnoreCase))
        {
            // "on April 7 and 10" names two days ("between April 7 and 10" a stretch): left to the list of days.
            return null;
        }
        var start = new TimeSpec { Kind = SpecKind.Calendar, Year = year, Month = month, Day = d1 };
        start.RangeEnd = new TimeSpec { Kind = SpecKind.Calendar, Year = year, Month = month, Day = d2 };
        return start;
    }

    private static TimeSpec? BuildIso(Match m, string text)
    {
        int year = Int(m.Groups["year"]), month = Int(m.Groups["mon"]), day = Int(m.Groups["day"]);
        if (year < 1 || !ValidDay(year, month, day))
        {
            return null;
        }
        var s = new TimeSpec { Kind = SpecKind.Calendar, Year = year, Month = month, Day = day };
        if (m.Groups["h"].Success)
        {
            int h = Int(m.Groups["h"]), min = Int(m.Groups["min"]);
            if (h is < 0 or > 23 || min is < 0 or > 59)
            {
                return null;
            }
            s.Hour = h;
            s.Minute = min;
            s.Type = TimeType.Time;
        }
        return s;
    }

    private static TimeSpec? BuildNumeric(Match m, string text)
    {
        int a = Int(m.Groups["a"]), b = Int(m.Groups["b"]), y = Int(m.Groups["y"]);
        if (m.Groups["y"].Length == 2)
        {
            y += y >= 30 ? 1900 : 2000;
        }
        if (y < 1)
        {
            return null;
        }
        int month, day;
        if (a is >= 1 and <= 12 && !m.Groups["dot"].Success)
        {
            month = a;
            day = b;
        }
        else
        {
            month = b;
            day = a;
        }
        return ValidDay(y, month, day)
            ? new TimeSpec { Kind = SpecKind.Calendar, Year = y, Month = month, Day = day, EitherOrder = b is >= 1 and <= 12 && a != b && !m.Groups["dot"].Success }
            : null;
    }

    private static TimeSpec? BuildMonthYear(Match m, string text)
    {
        int month = MonthOf(m.Groups["month"]);
        if (month < 0)
        {
            return null;
        }
        int year = m.Groups["year"].Success ? Int(m.Groups["year"]) : -1;
        var s = new TimeSpec { Kind = SpecKind.Calendar, Year = year, Month = month, Mod = ModOf(m) };
        var rel = m.Groups["rel"];
        if (rel.Success)
        {
            s.Offset = RelOffset(rel.ValueSpan);
        }
        var yrel = m.Groups["yrel"];
        if (yrel.Success)
        {
            // "July last year": the month of the year before the anchor's, not the latest July.
            s.YearOffset = RelOffset(yrel.ValueSpan);
            return s;
        }
        if (year < 0 && !rel.Success && s.Mod == TimeMod.None && !MonthAloneFits(text, m.Groups["month"]))
        {
            return null;
        }
        return s;
    }

    /// <summary>A month name alone is a date after a preposition or determiner, and not inside a run of capitalised words (a name such as "Theresa May").</summary>
    private static bool MonthAloneFits(string text, Group month)
    {
        if (IsEventName(text, month.Index + month.Length))
        {
            return false;
        }
        var before = NeighbourWords.Before(text, month.Index);
        if (before.IsEmpty)
        {
            // Sentence start: "May" opening a sentence is more often the modal.
            return !month.ValueSpan.SequenceEqual("May");
        }
        if (IsTemporalPreposition(before))
        {
            return true;
        }
        var after = NeighbourWords.After(text, month.Index + month.Length);
        if (before.Equals("the", StringComparison.OrdinalIgnoreCase) && IsLeaderNoun(after))
        {
            // "the May government", "the May cabinet": a leader's name, not the month.
            return false;
        }
        if (char.IsUpper(before[0]) && !(before.Equals("The", StringComparison.Ordinal) && IsSentenceOpening(text, month.Index)))
        {
            // A capitalised word before is a name's ("Theresa May"); a sentence-opening "The" is only a determiner,
            // so "The March accession will ..." is the month, as "the March accession" is.
            return false;
        }
        return after.IsEmpty || !char.IsUpper(after[0]) || month.ValueSpan.Length > 5;
    }

    private static bool IsLeaderNoun(ReadOnlySpan<char> w) =>
        w.Equals("government", StringComparison.OrdinalIgnoreCase) || w.Equals("administration", StringComparison.OrdinalIgnoreCase)
        || w.Equals("cabinet", StringComparison.OrdinalIgnoreCase) || w.Equals("ministry", StringComparison.OrdinalIgnoreCase)
        || w.Equals("premiership", StringComparison.OrdinalIgnoreCase) || w.Equals("era", StringComparison.OrdinalIgnoreCase)
        || w.Equals("years", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the word before <paramref name="at"/> opens its sentence (nothing but spaces, quotes or a
    /// sentence's closing punctuation before it).</summary>
    private static bool IsSentenceOpening(string text, int at)
    {
        int i = at - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }
        while (i >= 0 && char.IsLetter(text[i]))
        {
            i--;
        }
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '“' or '\'' or '`' or '('))
        {
            i--;
        }
        return i < 0 || text[i] is '.' or '!' or '?' or ':' or '\n';
    }

    private static bool IsTemporalPreposition(ReadOnlySpan<char> w)
    {
        foreach (var p in s_temporalPrepositions)
        {
            if (w.Equals(p, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] s_temporalPrepositions =
        ["in", "on", "by", "since", "until", "till", "through", "from", "during", "before", "after", "between", "and", "to", "of",
         "last", "next", "this", "early", "late", "mid", "or", "each", "every", "late-", "until", "for", "as", "that", "throughout", "around", "about", "circa"];

    private static int? RelOffset(ReadOnlySpan<char> rel)
    {
        if (rel.Equals("last", StringComparison.OrdinalIgnoreCase) || rel.Equals("past", StringComparison.OrdinalIgnoreCase)
            || rel.Equals("previous", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }
        if (rel.Equals("next", StringComparison.OrdinalIgnoreCase) || rel.Equals("coming", StringComparison.OrdinalIgnoreCase)
            || rel.Equals("following", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }
        if (rel.Equals("this", StringComparison.OrdinalIgnoreCase) || rel.Equals("current", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }
        return null;
    }

    private static TimeSpec? BuildYear(Match m, string text)
    {
        var g = m.Groups["year"];
        int year = Int(g);
        if (year < 1000 || year > 2099)
        {
            return null;
        }
        var mod = ModOf(m);
        bool fiscal = m.Groups["fiscal"].Success;
        if (!fiscal && mod == TimeMod.None && !YearFits(text, g.Index, g.Index + g.Length, year))
        {
            return null;
        }
        return new TimeSpec { Kind = SpecKind.Calendar, Year = year, Mod = mod };
    }

    /// <summary>Whether a bare four-digit number reads as a year rather than a count ("1000 containers").</summary>
    private static bool YearFits(string text, int start, int end, int year)
    {
        if (start >= 4 && text[start - 1] == '-' && (text.AsSpan(start - 4, 3).Equals("pre", StringComparison.OrdinalIgnoreCase)
            || (start >= 5 && text.AsSpan(start - 5, 4).Equals("post", StringComparison.OrdinalIgnoreCase))))
        {
            // "post-1959 politics", "pre-2008 levels": a year, whatever noun follows.
            return true;
        }
        var before = NeighbourWords.Before(text, start);
        if (!before.IsEmpty && IsCountWord(before) && !IsTimeComparison(text, start, before))
        {
            return false;
        }
        var after = NeighbourWords.After(text, end);
        if (end < text.Length && text[end] == ' ' && !after.IsEmpty && char.IsLower(after[0]) && LooksLikeCountedNoun(after))
        {
            return false;
        }
        if (after is "GMT" or "UTC" or "BST" or "CET" or "CEST" or "MSK"
            || after.Equals("local", StringComparison.OrdinalIgnoreCase) && text.AsSpan(end).TrimStart().Slice(5).TrimStart().StartsWith("time", StringComparison.OrdinalIgnoreCase))
        {
            // "by 1430 GMT", "at 2000 local time": the wire's 24-hour clock, never a year.
            return false;
        }
        if (!after.IsEmpty && char.IsUpper(after[0]) && IsOwnerOrArticle(text, start, before)
            && VehicleMakes.Names.GetAlternateLookup<ReadOnlySpan<char>>().Contains(after))
        {
            // "Kopp's 1987 Chevrolet Cavalier", "a 1967 Mustang": a model year; "In 1998 Toyota opened ..." stays a year.
            return false;
        }
        if (year < 1900 || year > 2050)
        {
            // Old or far years need a preposition that takes a date.
            return !before.IsEmpty && IsTemporalPreposition(before);
        }
        return true;
    }

    private static bool IsOwnerOrArticle(string text, int start, ReadOnlySpan<char> before) =>
        before.Equals("a", StringComparison.OrdinalIgnoreCase) || before.Equals("an", StringComparison.OrdinalIgnoreCase)
        || before.Equals("his", StringComparison.OrdinalIgnoreCase)
        || before.Equals("her", StringComparison.OrdinalIgnoreCase) || before.Equals("their", StringComparison.OrdinalIgnoreCase)
        || before.Equals("my", StringComparison.OrdinalIgnoreCase)
        || before.Equals("our", StringComparison.OrdinalIgnoreCase) || before.Equals("your", StringComparison.OrdinalIgnoreCase)
        || (before.Equals("s", StringComparison.Ordinal) && start >= 4 && text[start - 3] is '\'' or '’');

    // "no earlier than 2028", "not later than 2030", "sooner than 2027": a comparison of times, so the number is a year.
    private static bool IsTimeComparison(string text, int start, ReadOnlySpan<char> before)
    {
        if (!before.Equals("than", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var comparative = NeighbourWords.TwoBefore(text, start);
        return comparative.Equals("earlier", StringComparison.OrdinalIgnoreCase) || comparative.Equals("later", StringComparison.OrdinalIgnoreCase)
            || comparative.Equals("sooner", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsCountWord(ReadOnlySpan<char> w) =>
        w.Equals("about", StringComparison.OrdinalIgnoreCase) || w.Equals("some", StringComparison.OrdinalIgnoreCase)
        || w.Equals("nearly", StringComparison.OrdinalIgnoreCase) || w.Equals("over", StringComparison.OrdinalIgnoreCase)
        || w.Equals("than", StringComparison.OrdinalIgnoreCase) || w.Equals("almost", StringComparison.OrdinalIgnoreCase)
        || w.Equals("roughly", StringComparison.OrdinalIgnoreCase) || w.Equals("approximately", StringComparison.OrdinalIgnoreCase)
        || w.Equals("least", StringComparison.OrdinalIgnoreCase) || w.Equals("No", StringComparison.Ordinal)
        || w.Equals("number", StringComparison.OrdinalIgnoreCase) || w.Equals("Room", StringComparison.Ordinal)
        || w.Equals("Flight", StringComparison.Ordinal) || w.Equals("Route", StringComparison.Ordinal);

    private static bool LooksLikeCountedNoun(ReadOnlySpan<char> w)
    {
        if (w.Equals("people", StringComparison.Ordinal) || w.Equals("men", StringComparison.Ordinal) || w.Equals("women", StringComparison.Ordinal)
            || w.Equals("children", StringComparison.Ordinal) || w.Equals("police", StringComparison.Ordinal) || w.Equals("personnel", StringComparison.Ordinal)
            || w.Equals("feet", StringComparison.Ordinal) || w.Equals("km", StringComparison.Ordinal) || w.Equals("kg", StringComparison.Ordinal)
            || w.Equals("mm", StringComparison.Ordinal) || w.Equals("m", StringComparison.Ordinal) || w.Equals("percent", StringComparison.Ordinal))
        {
            return true;
        }
        if (w.Length > 3 && w[^1] == 's' && w[^2] != 's' && w[^2] != 'u' && w[^2] != 'i')
        {
            // plural nouns, but not verbs that commonly follow a year ("2022 marks", "2022 sees").
            return !(w.Equals("marks", StringComparison.Ordinal) || w.Equals("sees", StringComparison.Ordinal)
                || w.Equals("brings", StringComparison.Ordinal) || w.Equals("comes", StringComparison.Ordinal)
                || w.Equals("elections", StringComparison.Ordinal) || w.Equals("levels", StringComparison.Ordinal)
                || w.Equals("results", StringComparison.Ordinal) || w.Equals("figures", StringComparison.Ordinal)
                || w.Equals("games", StringComparison.Ordinal) || w.Equals("olympics", StringComparison.Ordinal));
        }
        return false;
    }

    private static readonly string[] s_temperatureWords = ["temperature", "degree", "high", "low", "heat", "mercury", "reading", "thermometer"];

    /// <summary>"the nineties": the decade of the 1900s; not a temperature ("highs in the low nineties") told shortly before.</summary>
    private static TimeSpec? BuildDecadeInWords(Match m, string text)
    {
        int from = Math.Max(0, m.Index - 60);
        var before = text.AsSpan(from, m.Index - from);
        foreach (var w in s_temperatureWords)
        {
            if (before.Contains(w, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }
        var word = m.Groups["word"].ValueSpan;
        int d = word[0] is 'f' or 'F' ? (word[1] is 'o' or 'O' ? 4 : 5)
            : word[0] is 's' or 'S' ? (word[1] is 'i' or 'I' ? 6 : 7)
            : word[0] is 'e' or 'E' ? 8 : 9;
        return new TimeSpec { Kind = SpecKind.Era, Era = 190 + d, EraUnit = TimeUnit.Decade, Mod = ModOf(m) };
    }

    private static TimeSpec? BuildDecade(Match m, string text)
    {
        int era;
        if (m.Groups["cent"].Success)
        {
            era = Int(m.Groups["cent"]) * 10 + Int(m.Groups["dec"]);
        }
        else
        {
            var g = m.Groups["short"].Success ? m.Groups["short"] : m.Groups["short2"];
            int d = Int(g);
            if (d < 0)
            {
                return null;
            }
            era = (d <= 2 ? 200 : 190) + d;
        }
        if (era < 100)
        {
            return null;
        }
        return new TimeSpec { Kind = SpecKind.Era, Era = era, EraUnit = TimeUnit.Decade, Mod = ModOf(m) };
    }

    /// <summary>"the last decade of the 19th century" is the 1890s (189X), "the first decade of the 20th century" the 1900s:
    /// the decade lies in the century named, not before the time of writing.</summary>
    private static TimeSpec? BuildDecadeOfCentury(Match m, string text)
    {
        int cent = m.Groups["ordw"].Success ? OrdinalDayWord(m.Groups["ordw"].ValueSpan) : Int(m.Groups["cent"]);
        var ord = m.Groups["ord"].ValueSpan;
        int k = ord.Equals("first", StringComparison.OrdinalIgnoreCase) || ord.Equals("opening", StringComparison.OrdinalIgnoreCase) ? 0
            : ord.Equals("second", StringComparison.OrdinalIgnoreCase) ? 1
            : ord.Equals("third", StringComparison.OrdinalIgnoreCase) ? 2
            : ord.Equals("fourth", StringComparison.OrdinalIgnoreCase) ? 3
            : ord.Equals("fifth", StringComparison.OrdinalIgnoreCase) ? 4
            : ord.Equals("sixth", StringComparison.OrdinalIgnoreCase) ? 5
            : ord.Equals("seventh", StringComparison.OrdinalIgnoreCase) ? 6
            : ord.Equals("eighth", StringComparison.OrdinalIgnoreCase) ? 7
            : ord.Equals("ninth", StringComparison.OrdinalIgnoreCase) ? 8 : 9;
        // The decades as usage counts them ("the 1890s" is the 19th century's last), not the strict 1891-1900.
        return cent is >= 2 and <= 30 ? new TimeSpec { Kind = SpecKind.Era, Era = (cent - 1) * 10 + k, EraUnit = TimeUnit.Decade } : null;
    }

    /// <summary>"the turn of the 20th century" is about 1900; "the turn of the century" the turn nearest the anchor.</summary>
    private static TimeSpec? BuildTurnOfCentury(Match m, string text)
    {
        if (m.Groups["ord"].Success)
        {
            int ord = Int(m.Groups["ord"]);
            return ord is >= 2 and <= 30 ? new TimeSpec { Kind = SpecKind.Calendar, Year = (ord - 1) * 100, Mod = TimeMod.Approx } : null;
        }
        return new TimeSpec { Kind = SpecKind.Relative, Unit = TimeUnit.Century, Offset = 0, Mod = TimeMod.Approx };
    }

    /// <summary>"the first week of November": the ISO week holding that week's middle day (the 4th, 11th, ...; the last
    /// week's the month's fourth-to-last day).</summary>
    private static TimeSpec? BuildWeekOfMonth(Match m, string text)
    {
        int month = MonthOf(m.Groups["month"]);
        int year = m.Groups["year"].Success ? Int(m.Groups["year"]) : -1;
        if (month < 0 || year == 0)
        {
            return null;
        }
        var ord = m.Groups["ord"].ValueSpan;
        int day = ord.Equals("first", StringComparison.OrdinalIgnoreCase) ? 4
            : ord.Equals("second", StringComparison.OrdinalIgnoreCase) ? 11
            : ord.Equals("third", StringComparison.OrdinalIgnoreCase) ? 18
            : ord.Equals("fourth", StringComparison.OrdinalIgnoreCase) ? 25
            : DateTime.DaysInMonth(year > 0 ? year : 2001, month) - 3;
        return new TimeSpec { Kind = SpecKind.Calendar, Year = year, Month = month, Day = day, WeekOf = true };
    }

    /// <summary>"the second half of August" (mod END, the 16th on), "the first ten days of July" (mod START, 1-10), "the last
    /// few days of May" (mod END, its last third): the month, with the edge TIMEX3 has a mod for and the days that edge holds.</summary>
    private static TimeSpec? BuildPartOfMonth(Match m, string text)
    {
        int month = MonthOf(m.Groups["month"]);
        int year = m.Groups["year"].Success ? Int(m.Groups["year"]) : -1;
        if (month < 0 || year == 0)
        {
            return null;
        }
        var s = new TimeSpec { Kind = SpecKind.Calendar, Year = year, Month = month };
        if (m.Groups["half"].Success)
        {
            s.Mod = m.Groups["half"].ValueSpan.Equals("first", StringComparison.OrdinalIgnoreCase) ? TimeMod.Start : TimeMod.End;
            s.HalfOfMonth = true;
            return s;
        }
        var edge = m.Groups["edge"].ValueSpan;
        s.Mod = edge.Equals("first", StringComparison.OrdinalIgnoreCase) || edge.Equals("opening", StringComparison.OrdinalIgnoreCase)
            ? TimeMod.Start : TimeMod.End;
        // "few" counts 0: the mod's usual third.
        s.EdgeDays = TimeWords.ParseCount(m.Groups["n"].ValueSpan);
        return s.EdgeDays >= 0 ? s : null;
    }

    private static TimeSpec? BuildCentury(Match m, string text)
    {
        if (m.Groups["modp"].ValueSpan.Contains("turn", StringComparison.OrdinalIgnoreCase))
        {
            // "at the turn of the 20th century" is about 1900, not the 1900s: left to BuildTurnOfCentury.
            return null;
        }
        var s = new TimeSpec { Kind = SpecKind.Era, EraUnit = TimeUnit.Century, Mod = ModOf(m) };
        if (m.Groups["ord"].Success || m.Groups["ordw"].Success)
        {
            int ord = m.Groups["ordw"].Success ? OrdinalDayWord(m.Groups["ordw"].ValueSpan) : Int(m.Groups["ord"]);
            if (ord is < 1 or > 30)
            {
                return null;
            }
            s.Era = ord - 1;
            return s;
        }
        var rel = m.Groups["rel"].ValueSpan;
        if (rel.Equals("past", StringComparison.OrdinalIgnoreCase) && s.Mod == TimeMod.None
            && !NeighbourWords.After(text, m.Index + m.Length).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            // "over the past century": the hundred years up to now (P100Y); "the last century" names the one before this.
            return new TimeSpec { Kind = SpecKind.Duration, Type = TimeType.Duration, Unit = TimeUnit.Century, Count = 1 };
        }
        return new TimeSpec { Kind = SpecKind.Relative, Unit = TimeUnit.Century, Offset = RelOffset(rel) ?? 0, Mod = s.Mod };
    }

    private static TimeSpec? BuildAgo(Match m, string text)
    {
        int n = TimeWords.ParseCount(m.Groups["n"].ValueSpan);
        var unit = UnitOf(m.Groups["unit"].ValueSpan);
        if (n < 0 && unit == TimeUnit.Year && char.IsAsciiDigit(m.Groups["n"].ValueSpan[0])
            && m.Groups["dir"].ValueSpan.Equals("ago", StringComparison.OrdinalIgnoreCase))
        {
            // "400,000 years ago": too many years for a count, and before any calendar year (see TimeSpec.YearsBack).
            var q = m.Groups["q"].ValueSpan;
            return new TimeSpec { Kind = SpecKind.Relative, Unit = TimeUnit.Year, Offset = -1, Mod = AgoMod(q, back: true), YearsBack = m.Groups["n"].Value };
        }
        InSmallerUnit(m.Groups["n"].ValueSpan, m.Groups["unit"].ValueSpan, ref unit, ref n);
        if (n < 0 || unit == TimeUnit.None)
        {
            return null;
        }
        var dir = m.Groups["dir"].ValueSpan;
        bool back = dir.Equals("ago", StringComparison.OrdinalIgnoreCase) || dir.Equals("earlier", StringComparison.OrdinalIgnoreCase)
            || dir.Equals("before", StringComparison.OrdinalIgnoreCase) || dir.Equals("prior", StringComparison.OrdinalIgnoreCase);
        if (dir.Equals("before", StringComparison.OrdinalIgnoreCase) || dir.Equals("after", StringComparison.OrdinalIgnoreCase)
            || dir.Equals("prior", StringComparison.OrdinalIgnoreCase))
        {
            // "two days after the attack" counts from an event, not from now: leave it to the duration pattern.
            int end = m.Index + m.Length;
            if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == ' ' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1])))
            {
                return null;
            }
        }
        bool inTime = dir.EndsWith("time", StringComparison.OrdinalIgnoreCase);
        if (inTime && !NeighbourWords.Before(text, m.Index).Equals("in", StringComparison.OrdinalIgnoreCase))
        {
            // "in three weeks' time" is a date ahead; "three weeks' time off" is not.
            return null;
        }
        bool fromNow = dir.Equals("ago", StringComparison.OrdinalIgnoreCase) || dir.StartsWith("from", StringComparison.OrdinalIgnoreCase)
            || dir.Equals("hence", StringComparison.OrdinalIgnoreCase) || inTime;
        if (!fromNow && (!(unit == TimeUnit.Year && n == 1)
            || NeighbourWords.After(text, m.Index + m.Length).Equals("than", StringComparison.OrdinalIgnoreCase)))
        {
            // "three days later", "two weeks earlier" count from a date told before, not from the publication date:
            // leave the length to the duration pattern rather than invent a date. "a year later than planned" tells a delay,
            // a length, as "two years later than planned" does.
            return null;
        }
        if (n == 0)
        {
            return new TimeSpec { Kind = SpecKind.Reference, Reference = back ? "PAST_REF" : "FUTURE_REF" };
        }
        var same = m.Groups["same"];
        if (same.Success)
        {
            // "Forty years ago this week": this week (month, day) so many years back, one expression.
            int years = unit == TimeUnit.Decade ? 10 * n : unit == TimeUnit.Century ? 100 * n : n;
            var sameUnit = same.ValueSpan.EndsWith("week", StringComparison.OrdinalIgnoreCase) ? TimeUnit.Week
                : same.ValueSpan.EndsWith("month", StringComparison.OrdinalIgnoreCase) ? TimeUnit.Month : TimeUnit.Day;
            return new TimeSpec { Kind = SpecKind.Relative, Unit = sameUnit, Offset = 0, YearOffset = -years, Mod = AgoMod(m.Groups["q"].ValueSpan, back) };
        }
        return new TimeSpec
        {
            Kind = SpecKind.Relative, Unit = unit, Offset = back ? -n : n, Count = n, YearAgo = back && n == 1 && unit == TimeUnit.Year,
            Mod = AgoMod(m.Groups["q"].ValueSpan, back),
        };
    }

    /// <summary>"4.5 billion years ago", "millions of years ago": a time before the calendar's first year, kept as the count of
    /// years back (see <see cref="TimeSpec.YearsBack"/>); "at least" is that far back or further.</summary>
    private static TimeSpec? BuildDeepAgo(Match m, string text)
    {
        var q = m.Groups["q"].ValueSpan;
        var mod = q.Equals("up to", StringComparison.OrdinalIgnoreCase) ? TimeMod.OnOrAfter : AgoMod(q, back: true);
        var n = m.Groups["n"].ValueSpan;
        int cut = n.EndsWith("of", StringComparison.OrdinalIgnoreCase) ? n.Length - 2 : n.Length;
        return new TimeSpec { Kind = SpecKind.Relative, Unit = TimeUnit.Year, Offset = -1, Mod = mod, YearsBack = string.Join(' ', n[..cut].ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) };
    }

    /// <summary>The mod of a qualified offset: "about / nearly two years ago" is near that date; "more than a month ago"
    /// is that date or before it (TIMEX3 has MORE_THAN only for lengths), "less than a month from now" that date or before.</summary>
    private static TimeMod AgoMod(ReadOnlySpan<char> q, bool back)
    {
        if (q.IsEmpty || q.Equals("just", StringComparison.OrdinalIgnoreCase) || q.Equals("only", StringComparison.OrdinalIgnoreCase))
        {
            return TimeMod.None;
        }
        bool more = q.StartsWith("more", StringComparison.OrdinalIgnoreCase) || q.Equals("over", StringComparison.OrdinalIgnoreCase)
            || q.StartsWith("at", StringComparison.OrdinalIgnoreCase);
        bool less = q.StartsWith("less", StringComparison.OrdinalIgnoreCase);
        return more ? (back ? TimeMod.OnOrBefore : TimeMod.OnOrAfter)
            : less ? (back ? TimeMod.OnOrAfter : TimeMod.OnOrBefore)
            : TimeMod.Approx;
    }

    /// <summary>"a fortnight" is two weeks; "half a century" five decades, "half a year" six months, "half an hour" 30 minutes.</summary>
    private static void InSmallerUnit(ReadOnlySpan<char> countText, ReadOnlySpan<char> unitText, ref TimeUnit unit, ref int n)
    {
        if (unitText.StartsWith("fortnight", StringComparison.OrdinalIgnoreCase))
        {
            n = n > 0 ? 2 * n : n;
            return;
        }
        if (n != 0 || !countText.StartsWith("half", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        (unit, n) = unit switch
        {
            TimeUnit.Century => (TimeUnit.Decade, 5),
            TimeUnit.Decade => (TimeUnit.Year, 5),
            TimeUnit.Year => (TimeUnit.Month, 6),
            TimeUnit.Day => (TimeUnit.Hour, 12),
            TimeUnit.Hour => (TimeUnit.Minute, 30),
            TimeUnit.Minute => (TimeUnit.Second, 30),
            _ => (unit, n),
        };
    }

    /// <summary>"the end of the year": that edge of the unit written in; "the middle of the decade" may be a decade the story named.</summary>
    private static TimeSpec? BuildEdgeOfUnit(Match m, string text)
    {
        var unit = UnitOf(m.Groups["unit"].ValueSpan);
        // "by the end of the quarter" ahead is the quarter being written in; told in the past, the quarter reported on
        // (the last one), as "the quarter" alone is: the tense decides (see TimeResolver).
        int? offset = unit == TimeUnit.Quarter ? null : 0;
        return new TimeSpec { Kind = SpecKind.Relative, Unit = unit, Offset = offset, Mod = ModOf(m), Anaphoric = unit is TimeUnit.Decade or TimeUnit.Century };
    }

    /// <summary>"the last Sunday of the month", "the first Monday in March": the weekday on or after the first day it can fall on
    /// (the 1st, 8th, 15th or 22nd; for the last, a week before the month's end, see <see cref="TimeSpec.LastInMonth"/>).</summary>
    private static TimeSpec? BuildWeekdayOfMonth(Match m, string text) =>
        WeekdayOf(m.Groups["wd"]) is DayOfWeek wd ? WeekdayInMonth(m, wd) : null;

    /// <summary>"the first weekend of August": the weekend whose Saturday is the first Saturday of the month (see
    /// <see cref="TimeSpec.WeekendOf"/>).</summary>
    private static TimeSpec? BuildWeekendOfMonth(Match m, string text)
    {
        var spec = WeekdayInMonth(m, DayOfWeek.Saturday);
        spec.WeekendOf = true;
        return spec;
    }

    private static TimeSpec WeekdayInMonth(Match m, DayOfWeek wd)
    {
        var ord = m.Groups["ord"].ValueSpan;
        bool last = ord.Equals("last", StringComparison.OrdinalIgnoreCase) || ord.Equals("final", StringComparison.OrdinalIgnoreCase);
        int from = last ? 22 : ord.Equals("first", StringComparison.OrdinalIgnoreCase) ? 1 : ord.Equals("second", StringComparison.OrdinalIgnoreCase) ? 8
            : ord.Equals("third", StringComparison.OrdinalIgnoreCase) ? 15 : 22;
        var rel = m.Groups["rel"];
        if (rel.Success)
        {
            int offset = rel.ValueSpan.Equals("next", StringComparison.OrdinalIgnoreCase) ? 1 : rel.ValueSpan.Equals("last", StringComparison.OrdinalIgnoreCase) ? -1 : 0;
            return new TimeSpec { Kind = SpecKind.Relative, Unit = TimeUnit.Month, Offset = offset, Weekday = wd, DayOnOrAfter = from, LastInMonth = last };
        }
        return new TimeSpec
        {
            Kind = SpecKind.Calendar, Month = MonthOf(m.Groups["month"]), Year = m.Groups["year"].Success ? Int(m.Groups["year"]) : -1,
            Weekday = wd, DayOnOrAfter = from, LastInMonth = last,
        };
    }

    private static TimeUnit UnitOf(ReadOnlySpan<char> w) =>
        TimeWords.Units.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(w, out var u) ? u : TimeUnit.None;

    private static TimeSpec? BuildRelativeUnit(Match m, string text)
    {
        if (m.Groups["newyear"].Success)
        {
            // "in the new year", "early in the new year", "by the new year": the year about to begin (or just begun); only
            // after a preposition of time or an edge, since "celebrate the new year" names the holiday, not the year.
            bool edged = m.Groups["edge"].Success || m.Groups["modp"].Success;
            if (!edged && !s_newYearLeads.Contains(NeighbourWords.Before(text, m.Index)))
            {
                return null;
            }
            return new TimeSpec
            {
                Kind = SpecKind.Relative, Unit = TimeUnit.Year, Offset = 1, NewYear = true,
                Mod = m.Groups["edge"].Success ? EdgeMod(m.Groups["edge"].ValueSpan) : ModOf(m),
            };
        }
        var rel = m.Groups["rel"].ValueSpan;
        int? offset = RelOffset(rel);
        if (offset is null)
        {
            return null;
        }
        var mod = m.Groups["edge"].Success ? EdgeMod(m.Groups["edge"].ValueSpan) : ModOf(m);
        var unitWord = m.Groups["unit"].ValueSpan;
        if (TimeWords.Seasons.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(unitWord, out var season))
        {
            return new TimeSpec { Kind = SpecKind.Calendar, Season = season, Offset = offset, Mod = mod };
        }
        var unit = UnitOf(unitWord);
        if (unit is TimeUnit.Decade or TimeUnit.Century && offset == -1 && m.Groups["rel"].ValueSpan.Equals("last", StringComparison.OrdinalIgnoreCase)
            && m.ValueSpan.StartsWith("the", StringComparison.OrdinalIgnoreCase) && NeighbourWords.After(text, m.Index + m.Length).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            // "the last decade of his life", "the last decade of the century": the final one of something else, not the decade
            // before this one; a century named in figures is DecadeOfCentury's, any other left unvalued rather than guessed.
            return null;
        }
        if (unit == TimeUnit.Decade && offset == -1 && mod == TimeMod.None && !NeighbourWords.After(text, m.Index + m.Length).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            // "over the past decade", "in the last decade": the ten years up to now, a length as "the past two decades" is
            // (P10Y), not the calendar decade before this one ("the last decade of the century" is an ordinal: left alone).
            return new TimeSpec { Kind = SpecKind.Duration, Type = TimeType.Duration, Unit = TimeUnit.Decade, Count = 1 };
        }
        return new TimeSpec { Kind = SpecKind.Relative, Unit = unit, Offset = offset, Mod = mod };
    }

    /// <summary>"this season", "last season", "at the end of the season": a season of play or trade has no calendar bounds TIMEX3
    /// can write, so it is told as before, around or after the time of writing; the edge of a season with no step named ("the
    /// end of the season") lies ahead or behind as its clause's tense says.</summary>
    private static TimeSpec? BuildPlaySeason(Match m, string text)
    {
        var rel = m.Groups["rel"].ValueSpan;
        if (NeighbourWords.After(text, m.Index + m.Length).Equals("of", StringComparison.OrdinalIgnoreCase)
            || !m.Groups["edge"].Success && rel.Equals("last", StringComparison.OrdinalIgnoreCase) && m.ValueSpan.StartsWith("the", StringComparison.OrdinalIgnoreCase))
        {
            // "this season of witch hunts" is a figure of speech; "binge-watched the last season" the final one of a series.
            return null;
        }
        int? offset = rel.IsEmpty ? null : RelOffset(rel);
        return new TimeSpec
        {
            Kind = SpecKind.Reference,
            Reference = offset switch { < 0 => "PAST_REF", > 0 => "FUTURE_REF", 0 when !m.Groups["edge"].Success => "PRESENT_REF", _ => null },
        };
    }

    /// <summary>Prepositions that make "the new year" the year meant: "in", "into", "by", "until" ... the new year.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_newYearLeads =
        new[] { "in", "into", "during", "throughout", "through", "for", "by", "until", "till", "after", "since" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static string? PartOfDayCode(ReadOnlySpan<char> w) =>
        w.Equals("morning", StringComparison.OrdinalIgnoreCase) ? "MO"
        : w.Equals("afternoon", StringComparison.OrdinalIgnoreCase) ? "AF"
        : w.Equals("evening", StringComparison.OrdinalIgnoreCase) ? "EV"
        : w.Equals("night", StringComparison.OrdinalIgnoreCase) ? "NI"
        : w.Equals("midday", StringComparison.OrdinalIgnoreCase) ? "MI"
        // Dawn opens the morning and dusk the evening; TIMEX3 has no finer part of day.
        : w.Equals("dawn", StringComparison.OrdinalIgnoreCase) || w.Equals("daybreak", StringComparison.OrdinalIgnoreCase)
          || w.Equals("sunrise", StringComparison.OrdinalIgnoreCase) ? "MO"
        : w.Equals("dusk", StringComparison.OrdinalIgnoreCase) || w.Equals("nightfall", StringComparison.OrdinalIgnoreCase)
          || w.Equals("sunset", StringComparison.OrdinalIgnoreCase) ? "EV"
        : null;

    private static TimeSpec? BuildPartOfDay(Match m, string text)
    {
        var rel = m.Groups["rel"].ValueSpan;
        var pod = PartOfDayCode(m.Groups["pod"].ValueSpan);
        int offset;
        if (rel.Equals("yesterday", StringComparison.OrdinalIgnoreCase) || rel.Equals("last", StringComparison.OrdinalIgnoreCase))
        {
            offset = -1;
        }
        else if (rel.Equals("tomorrow", StringComparison.OrdinalIgnoreCase))
        {
            offset = 1;
        }
        else if (rel.Equals("this", StringComparison.OrdinalIgnoreCase))
        {
            offset = 0;
        }
        else
        {
            return null;
        }
        return new TimeSpec { Kind = SpecKind.Relative, Unit = TimeUnit.Day, Offset = offset, PartOfDay = pod, Type = TimeType.Time };
    }

    private static TimeSpec? BuildWeekday(Match m, string text)
    {
        var wd = WeekdayOf(m.Groups["wd"]);
        if (wd is null)
        {
            return null;
        }
        if (m.Groups["plural"].Success)
        {
            return new TimeSpec { Kind = SpecKind.Set, Type = TimeType.Set, Weekday = wd };
        }
        // "early Monday", "late on Friday": the start or end of that day, as TimeBank marks "early Tuesday" (mod START).
        var s = new TimeSpec { Kind = SpecKind.Weekday, Weekday = wd, Mod = ModOf(m) };
        if (m.Groups["rel"].Success)
        {
            s.Offset = RelOffset(m.Groups["rel"].ValueSpan);
        }
        if (m.Groups["pod"].Success)
        {
            s.PartOfDay = PartOfDayCode(m.Groups["pod"].ValueSpan);
            s.Type = TimeType.Time;
        }
        if (m.Groups["week"].Success && s.Offset is null)
        {
            // "Monday week", "Monday after next": the Monday a week after the coming one.
            s.Offset = 1;
            s.DayShift = 7;
        }
        return s;
    }

    private static TimeSpec? BuildReferenceWord(Match m, string text)
    {
        var w = m.Groups["w"].ValueSpan;
        if (w.Equals("yesterday", StringComparison.OrdinalIgnoreCase))
        {
            return new TimeSpec { Kind = SpecKind.Relative, Unit = TimeUnit.Day, Offset = -1 };
        }
        if (w.Equals("today", StringComparison.OrdinalIgnoreCase))
        {
            if (char.IsUpper(w[0]) && AfterCapitalisedWord(text, m.Groups["w"].Index))
            {
                return null; // a title's word: "USA TODAY", "Russia Today"
            }
            if (IsPresentDayGeneric(text, m.Index + m.Length))
            {
                // "today's world", "today's youth": the present era in general, not the day of writing.
                return null;
            }
            return new TimeSpec { Kind = SpecKind.Relative, Unit = TimeUnit.Day, Offset = 0 };
        }
        if (w.Equals("tomorrow", StringComparison.OrdinalIgnoreCase))
        {
            return new TimeSpec { Kind = SpecKind.Relative, Unit = TimeUnit.Day, Offset = 1 };
        }
        if (w.Equals("tonight", StringComparison.OrdinalIgnoreCase))
        {
            return new TimeSpec { Kind = SpecKind.Relative, Unit = TimeUnit.Day, Offset = 0, PartOfDay = "NI", Type = TimeType.Time };
        }
        if (w.Equals("once", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        if (w.Equals("soon", StringComparison.OrdinalIgnoreCase) && NeighbourWords.Before(text, m.Index).Equals("too", StringComparison.OrdinalIgnoreCase))
        {
            // "it is too soon to say", "not a moment too soon": early for something, no time ahead.
            return null;
        }
        string reference =
            w.Equals("now", StringComparison.OrdinalIgnoreCase) || w.Equals("currently", StringComparison.OrdinalIgnoreCase)
            || w.Equals("nowadays", StringComparison.OrdinalIgnoreCase) || w.Equals("presently", StringComparison.OrdinalIgnoreCase)
            || w.Equals("current", StringComparison.OrdinalIgnoreCase) ? "PRESENT_REF"
            : w.Equals("soon", StringComparison.OrdinalIgnoreCase) || w.Equals("shortly", StringComparison.OrdinalIgnoreCase)
            || w.Equals("future", StringComparison.OrdinalIgnoreCase) ? "FUTURE_REF"
            : "PAST_REF";
        if (w.Equals("current", StringComparison.OrdinalIgnoreCase) && NeighbourWords.Before(text, m.Index).Equals("then", StringComparison.OrdinalIgnoreCase))
        {
            // "the then current market price": current at that past time.
            reference = "PAST_REF";
        }
        if (w.Equals("recently", StringComparison.OrdinalIgnoreCase) && LeadsToItsTime(text, m.Index, m.Index + m.Length))
        {
            // "as recently as last month", "most recently in February": a pointer to the time it names, not a time of its own.
            return null;
        }
        if (w.Equals("now", StringComparison.OrdinalIgnoreCase) && !NowIsTemporal(text, m.Index, m.Index + m.Length))
        {
            return null;
        }
        if (char.IsUpper(w[0]) && w.Equals("now", StringComparison.OrdinalIgnoreCase) && AfterCapitalisedWord(text, m.Groups["w"].Index))
        {
            // "Clean Water Now", "Peace Now": a capital "Now" after a capitalised word ends a name, as "USA TODAY" does.
            return null;
        }
        if (w[0] == 'N' && BeforeCapitalisedWord(text, m.Groups["w"].Index + 3) && NowOpensName(text, m.Groups["w"].Index))
        {
            // "shares in Now Clean Water", "Now Foods recalled ... a spokesman for Now Foods": a name's first word.
            return null;
        }
        if (w.Equals("soon", StringComparison.OrdinalIgnoreCase) && !SoonIsTemporal(text, m.Index, m.Index + m.Length))
        {
            return null;
        }
        return new TimeSpec { Kind = SpecKind.Reference, Reference = reference };
    }

    private static bool LeadsToItsTime(string text, int start, int end)
    {
        var before = NeighbourWords.Before(text, start);
        var after = NeighbourWords.After(text, end);
        if (before.Equals("as", StringComparison.OrdinalIgnoreCase))
        {
            return after.Equals("as", StringComparison.OrdinalIgnoreCase);
        }
        return before.Equals("most", StringComparison.OrdinalIgnoreCase) && end < text.Length && text[end] == ' '
            && (after.Equals("in", StringComparison.OrdinalIgnoreCase) || after.Equals("on", StringComparison.OrdinalIgnoreCase)
                || after.Equals("at", StringComparison.OrdinalIgnoreCase) || after.Equals("during", StringComparison.OrdinalIgnoreCase)
                || after.Equals("last", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsPresentDayGeneric(string text, int end)
    {
        if (end + 3 > text.Length || text[end] is not ('\'' or '’') || text[end + 1] != 's')
        {
            return false;
        }
        var noun = NeighbourWords.After(text, end + 2);
        foreach (var g in s_presentDayNouns)
        {
            if (noun.Equals(g, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] s_presentDayNouns =
        ["world", "youth", "society", "generation", "young", "children", "kids", "economy", "standards", "technology", "personal",
         "modern", "global", "culture", "consumers", "families", "politics", "teenagers", "students"];

    /// <summary>"now" is temporal except as the conjunction "now that" and the discourse marker "Now, ..." opening a sentence.</summary>
    private static bool NowIsTemporal(string text, int start, int end)
    {
        // "now that" is a conjunction; "from now on" still refers to the present.
        var next = NeighbourWords.After(text, end);
        if (end < text.Length && text[end] == ',' && IsSentenceStart(text, start))
        {
            // "Now, he says, ..." opening a sentence turns the argument rather than dating it.
            return false;
        }
        return !next.Equals("that", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"as soon as Tuesday" and "soon after the attack" place something relative to another time, not to the
    /// present; only "as soon as possible" still points ahead from now.</summary>
    private static bool SoonIsTemporal(string text, int start, int end)
    {
        var next = NeighbourWords.After(text, end);
        if (next.Equals("after", StringComparison.OrdinalIgnoreCase) || next.Equals("afterward", StringComparison.OrdinalIgnoreCase)
            || next.Equals("afterwards", StringComparison.OrdinalIgnoreCase) || next.Equals("thereafter", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (!NeighbourWords.Before(text, start).Equals("as", StringComparison.OrdinalIgnoreCase) || !next.Equals("as", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        int at = text.IndexOf(' ', end + 1);
        var then = at < 0 ? [] : NeighbourWords.After(text, at + 1);
        return then.Equals("possible", StringComparison.OrdinalIgnoreCase) || then.Equals("practicable", StringComparison.OrdinalIgnoreCase)
            || then.Equals("feasible", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsSentenceStart(string text, int at)
    {
        int i = at - 1;
        while (i >= 0 && text[i] is ' ' or '"' or '“' or '`' or '\'')
        {
            i--;
        }
        return i < 0 || text[i] is '.' or '!' or '?' or '\n';
    }

    private static TimeSpec? BuildReferencePhrase(Match m, string text)
    {
        if (m.Groups["dby"].Success)
        {
            return new TimeSpec { Kind = SpecKind.Relative, Unit = TimeUnit.Day, Offset = -2 };
        }
        if (m.Groups["dat"].Success)
        {
            return new TimeSpec { Kind = SpecKind.Relative, Unit = TimeUnit.Day, Offset = 2 };
        }
        if (m.Groups["pastyears"].Success)
        {
            // "in past years", "over past decades", "in years past": the past at large, as "recent years" is; not "past years'
            // figures" after another word, nor "ten years past the deadline" (the look back is here, not in the pattern, so the
            // pattern's search still starts from its words).
            var before = NeighbourWords.Before(text, m.Index);
            bool years = m.ValueSpan.StartsWith("years", StringComparison.OrdinalIgnoreCase);
            return before.Equals("in", StringComparison.OrdinalIgnoreCase)
                || (!years && (before.Equals("over", StringComparison.OrdinalIgnoreCase) || before.Equals("during", StringComparison.OrdinalIgnoreCase)))
                ? new TimeSpec { Kind = SpecKind.Reference, Reference = "PAST_REF" }
                : null;
        }
        if (m.Groups["fortnight"].Success)
        {
            // "in the past fortnight", "over the next fortnight": two weeks long, as "the past two weeks" is; not "the past" at large.
            return new TimeSpec { Kind = SpecKind.Duration, Type = TimeType.Duration, Unit = TimeUnit.Week, Count = 2 };
        }
        if (m.Groups["span"].Success)
        {
            // "the next few days", "the weeks ahead": TimeML reads these as vague lengths, not as the future at large;
            // "the next couple of years" counts two, as "a couple of years" does.
            var unit = UnitOf(m.Groups["unit"].ValueSpan);
            int count = m.ValueSpan.Contains("couple", StringComparison.OrdinalIgnoreCase) ? 2 : 0;
            return unit == TimeUnit.None ? null : new TimeSpec { Kind = SpecKind.Duration, Type = TimeType.Duration, Unit = unit, Count = count };
        }
        if (VagueLengthUnit(m, text) is TimeUnit vague)
        {
            // "in recent weeks", "in the coming months": a stretch of unstated length ending (starting) now, as TimeBank
            // writes them (`PXW`, `PXM`), like "the weeks ahead"; "recent years" stays the past at large (3 of 5 on the
            // train part), and "coming quarters" the future (TimeBank's one).
            return new TimeSpec { Kind = SpecKind.Duration, Type = TimeType.Duration, Unit = vague, Count = 0 };
        }
        string reference = m.Groups["future"].Success ? "FUTURE_REF" : m.Groups["past"].Success ? "PAST_REF" : "PRESENT_REF";
        return new TimeSpec { Kind = SpecKind.Reference, Reference = reference };
    }

    /// <summary>The unit of "recent days / weeks / months" and "(the) coming weeks / months / years / decades"; null for other
    /// references, and for two units joined ("recent weeks and months"), which name no one unit.</summary>
    private static TimeUnit? VagueLengthUnit(Match m, string text)
    {
        var phrase = m.ValueSpan;
        if (phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            phrase = phrase[4..].TrimStart(' ');
        }
        bool recent = phrase.StartsWith("recent", StringComparison.OrdinalIgnoreCase);
        if (!recent && !phrase.StartsWith("coming", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var unitWord = phrase[(phrase.IndexOf(' ') + 1)..].TrimStart(' ');
        if (recent && !(unitWord.Equals("days", StringComparison.OrdinalIgnoreCase) || unitWord.Equals("weeks", StringComparison.OrdinalIgnoreCase)
            || unitWord.Equals("months", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        int at = m.Index + m.Length;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }
        var next = NeighbourWords.After(text, at);
        if ((next.Equals("and", StringComparison.OrdinalIgnoreCase) || next.Equals("or", StringComparison.OrdinalIgnoreCase))
            && UnitOf(NeighbourWords.After(text, at + next.Length)) != TimeUnit.None)
        {
            return null;
        }
        var unit = UnitOf(unitWord);
        // "in the coming days / hours" stay the future at large: Dossier's issue asks for "in the coming days" as FUTURE_REF.
        return unit is TimeUnit.None or TimeUnit.Quarter || (!recent && unit is TimeUnit.Day or TimeUnit.Hour) ? null : unit;
    }

    private static bool NextToCapitalisedWord(string text, int start, int end) =>
        AfterCapitalisedWord(text, start) || BeforeCapitalisedWord(text, end);

    /// <summary>The word right before <paramref name="start"/> is capitalised: "USA TODAY", "News Daily", "The Daily Mail".</summary>
    private static bool AfterCapitalisedWord(string text, int start)
    {
        int before = start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }
        if (before < 0 || !char.IsLetter(text[before]) || before == start - 1)
        {
            return false;
        }
        int wordStart = before;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }
        return char.IsUpper(text[wordStart]);
    }

    /// <summary>Whether a capital "Now" before a capitalised word opens a name or a title: inside a sentence (after a word,
    /// not after a colon or a quotation mark) it can be nothing else; opening one, "Now" the adverb is as likely ("Now Kerrow
    /// faces trial"), so the name is taken only from title case ("Now That's Music") or from the same two words standing
    /// inside a sentence elsewhere in the text ("a spokesman for Now Foods").</summary>
    private static bool NowOpensName(string text, int start)
    {
        int before = start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }
        if (before >= 0 && (char.IsLetterOrDigit(text[before]) || text[before] == ','))
        {
            return true;
        }
        var next = NeighbourWords.After(text, start + 3);
        if (next.Length == 0 || next is "I")
        {
            return false;
        }
        int nextEnd = start + 4 + next.Length;
        if (next is "That" or "The" or "This" or "Is" or "Are" or "It" or "We" or "You" or "And" or "Or" or "What" or "Here" or "There" or "Then"
            && nextEnd < text.Length && (text[nextEnd] is '\'' or '’' || (text[nextEnd] == ' ' && nextEnd + 1 < text.Length && char.IsUpper(text[nextEnd + 1]))))
        {
            // "Now That's Music", "Now The Time Is Ripe": a function word capitalised inside a run is title case.
            return true;
        }
        var name = text.AsSpan(start, nextEnd - start);
        for (int at = text.IndexOf("Now ", 0, StringComparison.Ordinal); at >= 0; at = text.IndexOf("Now ", at + 4, StringComparison.Ordinal))
        {
            if (at != start && at > 0 && text.AsSpan(at).StartsWith(name, StringComparison.Ordinal)
                && (at + name.Length == text.Length || !char.IsLetter(text[at + name.Length])))
            {
                int b = at - 1;
                while (b >= 0 && text[b] == ' ')
                {
                    b--;
                }
                if (b >= 0 && char.IsLetter(text[b]))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool BeforeCapitalisedWord(string text, int end)
    {
        int after = end;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }
        return after > end && after < text.Length && char.IsUpper(text[after]);
    }

    private static TimeSpec? BuildSet(Match m, string text)
    {
        if (m.Groups["adv"].Success)
        {
            var a = m.Groups["adv"].ValueSpan;
            if (char.IsUpper(a[0]) && NextToCapitalisedWord(text, m.Groups["adv"].Index, m.Groups["adv"].Index + a.Length))
            {
                return null; // a title's word ("Breitbart News Daily", "Daily Mail", "Publishers Weekly"), not a recurrence
            }
            int at = m.Groups["adv"].Index;
            if (at >= 4 && text.AsSpan(at - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase) && BeforeCapitalisedWord(text, at + a.Length))
            {
                return null; // a newspaper named after it: "for the daily Rzeczpospolita", "the weekly Der Spiegel"
            }
            // "the Polish daily Rzeczpospolita", "told Swiss weekly Die Weltwoche": a paper's country, city or language before
            // the lower-case word, its title after it.
            if (char.IsLower(a[0]) && NeighbourWords.Before(text, at) is { Length: > 1 } country && char.IsUpper(country[0])
                && BeforeCapitalisedWord(text, at + a.Length))
            {
                return null;
            }
            (int n, TimeUnit u) = a.Equals("daily", StringComparison.OrdinalIgnoreCase) || a.Equals("nightly", StringComparison.OrdinalIgnoreCase) ? (1, TimeUnit.Day)
                : a.Equals("weekly", StringComparison.OrdinalIgnoreCase) ? (1, TimeUnit.Week)
                : a.Equals("biweekly", StringComparison.OrdinalIgnoreCase) ? (2, TimeUnit.Week)
                : a.Equals("monthly", StringComparison.OrdinalIgnoreCase) ? (1, TimeUnit.Month)
                : a.Equals("quarterly", StringComparison.OrdinalIgnoreCase) ? (3, TimeUnit.Month)
                : a.Equals("hourly", StringComparison.OrdinalIgnoreCase) ? (1, TimeUnit.Hour)
                : a.Equals("biannually", StringComparison.OrdinalIgnoreCase) ? (6, TimeUnit.Month)
                : (1, TimeUnit.Year);
            return new TimeSpec { Kind = SpecKind.Set, Type = TimeType.Set, Unit = u, Count = n };
        }
        if (m.Groups["times"].Success)
        {
            var u2 = UnitOf(m.Groups["unit2"].ValueSpan);
            return u2 == TimeUnit.None ? null : new TimeSpec { Kind = SpecKind.Set, Type = TimeType.Set, Unit = u2, Count = 1 };
        }
        var unitWord = m.Groups["unit"].ValueSpan;
        if (TimeWords.Months.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(unitWord, out int everyMonth) && char.IsUpper(unitWord[0]))
        {
            return new TimeSpec { Kind = SpecKind.Set, Type = TimeType.Set, Month = everyMonth };
        }
        var wd = TimeWords.Weekdays.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(unitWord, out var d) ? d : (DayOfWeek?)null;
        if (wd is not null)
        {
            return new TimeSpec { Kind = SpecKind.Set, Type = TimeType.Set, Weekday = wd };
        }
        if (TimeWords.Seasons.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(unitWord, out var season))
        {
            // "every summer": each year's summer (XXXX-SU), as "each July" is each year's July.
            return new TimeSpec { Kind = SpecKind.Set, Type = TimeType.Set, Season = season };
        }
        var unit = UnitOf(unitWord);
        if (unit == TimeUnit.None)
        {
            // every morning / night / evening
            return new TimeSpec { Kind = SpecKind.Set, Type = TimeType.Set, Unit = TimeUnit.Day, Count = 1, PartOfDay = PartOfDayCode(unitWord) };
        }
        int count = 1;
        if (m.Groups["n"].Success)
        {
            count = m.Groups["n"].ValueSpan.Equals("other", StringComparison.OrdinalIgnoreCase) ? 2 : TimeWords.ParseCount(m.Groups["n"].ValueSpan);
            if (count <= 0)
            {
                return null;
            }
        }
        return new TimeSpec { Kind = SpecKind.Set, Type = TimeType.Set, Unit = unit, Count = count };
    }

    private static bool IsModal(ReadOnlySpan<char> w) =>
        w.Equals("will", StringComparison.OrdinalIgnoreCase) || w.Equals("would", StringComparison.OrdinalIgnoreCase)
        || w.Equals("could", StringComparison.OrdinalIgnoreCase) || w.Equals("might", StringComparison.OrdinalIgnoreCase)
        || w.Equals("may", StringComparison.OrdinalIgnoreCase) || w.Equals("can", StringComparison.OrdinalIgnoreCase)
        || w.Equals("should", StringComparison.OrdinalIgnoreCase) || w.Equals("shall", StringComparison.OrdinalIgnoreCase);

    /// <summary>"start to | a year", "end of | a week": an edge word and "to" / "of" right before <paramref name="at"/>.</summary>
    private static bool IsEdgeOf(string text, int at)
    {
        var link = NeighbourWords.Before(text, at);
        if (!link.Equals("to", StringComparison.OrdinalIgnoreCase) && !link.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var edge = NeighbourWords.TwoBefore(text, at);
        return edge.Equals("start", StringComparison.OrdinalIgnoreCase) || edge.Equals("end", StringComparison.OrdinalIgnoreCase)
            || edge.Equals("beginning", StringComparison.OrdinalIgnoreCase) || edge.Equals("middle", StringComparison.OrdinalIgnoreCase)
            || edge.Equals("finish", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether pay follows a length: "of (base / basic / full) pay, salary, wages, rent, severance", or the same after
    /// the possessive's apostrophe ("three months' salary").</summary>
    /// <summary>"children aged 6 months to 4 years", "those aged between two and five years": the lengths are ages, found by
    /// walking back over counts, units and "to / and / between / from" to "aged" (a few words at most).</summary>
    private static bool IsAfterAged(string text, int at)
    {
        for (int k = 0; k < 6; k++)
        {
            int s = NeighbourWords.StartBefore(text, at, out var w);
            if (w.IsEmpty)
            {
                // A number ends the word before: step over its digits.
                int d = at;
                while (d > 0 && text[d - 1] == ' ')
                {
                    d--;
                }
                int e = d;
                while (d > 0 && (char.IsAsciiDigit(text[d - 1]) || text[d - 1] is '.' or ','))
                {
                    d--;
                }
                if (d == e)
                {
                    return false;
                }
                at = d;
                continue;
            }
            if (w.Equals("aged", StringComparison.OrdinalIgnoreCase) || w.Equals("ages", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            if (!(w.Equals("to", StringComparison.OrdinalIgnoreCase) || w.Equals("and", StringComparison.OrdinalIgnoreCase)
                || w.Equals("between", StringComparison.OrdinalIgnoreCase) || w.Equals("from", StringComparison.OrdinalIgnoreCase)
                || UnitOf(w) != TimeUnit.None || TimeWords.ParseCount(w) > 0))
            {
                return false;
            }
            at = s;
        }
        return false;
    }

    private static bool IsPayAfter(string text, int end)
    {
        int at = end;
        if (at < text.Length && text[at] is '\'' or '’')
        {
            at++;
        }
        else if (NeighbourWords.After(text, at).Equals("of", StringComparison.Ordinal))
        {
            at = text.IndexOf(' ', at + 1);
            if (at < 0)
            {
                return false;
            }
        }
        else
        {
            return false;
        }
        var w = NeighbourWords.After(text, at + (at < text.Length && text[at] == ' ' ? 1 : 0));
        if (w.Equals("base", StringComparison.Ordinal) || w.Equals("basic", StringComparison.Ordinal) || w.Equals("full", StringComparison.Ordinal)
            || w.Equals("his", StringComparison.Ordinal) || w.Equals("her", StringComparison.Ordinal) || w.Equals("their", StringComparison.Ordinal))
        {
            int next = text.IndexOf(' ', at + 1);
            w = next < 0 ? [] : NeighbourWords.After(text, next + 1);
        }
        return w.Equals("pay", StringComparison.Ordinal) || w.Equals("salary", StringComparison.Ordinal) || w.Equals("salaries", StringComparison.Ordinal)
            || w.Equals("wages", StringComparison.Ordinal) || w.Equals("wage", StringComparison.Ordinal) || w.Equals("rent", StringComparison.Ordinal)
            || w.Equals("severance", StringComparison.Ordinal) || w.Equals("earnings", StringComparison.Ordinal);
    }

    private static TimeSpec? BuildDuration(Match m, string text)
    {
        var unitGroup = m.Groups["unit"];
        var unit = UnitOf(unitGroup.ValueSpan);
        if (unit == TimeUnit.None)
        {
            return null;
        }
        int end = m.Index + m.Length;
        if (m.ValueSpan.EndsWith("-old", StringComparison.OrdinalIgnoreCase) || NeighbourWords.After(text, end).Equals("old", StringComparison.OrdinalIgnoreCase)
            || IsAfterAged(text, m.Index))
        {
            // An age ("37 years old") is not a period of the story.
            return null;
        }
        var nText = m.Groups["n"].ValueSpan;
        if ((nText.Equals("a", StringComparison.OrdinalIgnoreCase) || nText.Equals("an", StringComparison.OrdinalIgnoreCase))
            && m.ValueSpan.EndsWith("-long", StringComparison.OrdinalIgnoreCase))
        {
            // "a day-long meeting", "a decades-long feud": the article is the noun's, and the length is read by LengthAdjective.
            return null;
        }
        // "for at least another week": one more.
        int n = nText.Equals("another", StringComparison.OrdinalIgnoreCase) ? 1 : TimeWords.ParseCount(nText);
        InSmallerUnit(nText, unitGroup.ValueSpan, ref unit, ref n);
        if (n < 0)
        {
            return null;
        }
        var following = NeighbourWords.After(text, end);
        if (unit == TimeUnit.Day && m.Length == 7 && nText.Equals("one", StringComparison.OrdinalIgnoreCase) && IsModal(NeighbourWords.Before(text, m.Index))
            && !following.IsEmpty && char.IsLower(following[0]))
        {
            // "Islam will one day be the second religion", "she could one day lead the party": some time ahead, not a day long.
            return new TimeSpec { Kind = SpecKind.Reference, Reference = "FUTURE_REF" };
        }
        if (unit == TimeUnit.Quarter && following.Equals("of", StringComparison.OrdinalIgnoreCase) && !IsVagueCount(nText))
        {
            // "a quarter of the market", "three-quarters of its food": a fraction, not three months; "several quarters of
            // losses" is no fraction.
            return null;
        }
        if (unit is >= TimeUnit.Day and <= TimeUnit.Year && IsPayAfter(text, end))
        {
            // "a bonus equal to six months of base pay", "two weeks' wages": an amount of money measured in time, no period of the story.
            return null;
        }
        if (unit == TimeUnit.Second && n == 1 && !nText.Equals("one", StringComparison.OrdinalIgnoreCase)
            && !following.IsEmpty && char.IsLetter(following[0]) && !IsAfterLength(following) && end < text.Length && text[end] == ' ')
        {
            // "a second betrayal", "a second group": the ordinal, not one second.
            return null;
        }
        if (unit == TimeUnit.Second && n == 1 && !nText.Equals("one", StringComparison.OrdinalIgnoreCase) && end + 1 < text.Length
            && text[end] == ',' && IsComparative(NeighbourWords.After(text, end + 1)))
        {
            // "a second, wider shaft", "a second, larger quake": the ordinal before a comparative, not one second.
            return null;
        }
        if (!m.Groups["det"].Success && !m.Groups["rel"].Success && (nText.Equals("a", StringComparison.OrdinalIgnoreCase) || nText.Equals("an", StringComparison.OrdinalIgnoreCase))
            && IsEdgeOf(text, m.Index))
        {
            // "the driest start to a year since 1961", "the end of a season": a year as a kind of period, not a length.
            return null;
        }
        bool half = m.Groups["half"].Success || m.Groups["half2"].Success;
        if (!half && !m.Groups["det"].Success && !m.Groups["rel"].Success && (nText.Equals("a", StringComparison.OrdinalIgnoreCase)
            || nText.Equals("an", StringComparison.OrdinalIgnoreCase)) && (FollowsAnAmount(text, m.Index) || FollowsShorterLength(text, m.Index, unit))
            && !IsOffsetWord(following))
        {
            // "$1.76 a year", "2 million barrels a day": a rate, which TIMEX3 marks as a set, not a length.
            return new TimeSpec { Kind = SpecKind.Set, Type = TimeType.Set, Unit = unit, Count = 1 };
        }
        // "a year" / "one day" with nothing else is often not a length ("one day he will"); keep it, as TimeML does.
        if (nText.Equals("some", StringComparison.OrdinalIgnoreCase) || nText.Equals("many", StringComparison.OrdinalIgnoreCase))
        {
            n = 0;
        }
        _ = end;
        var s = new TimeSpec { Kind = SpecKind.Duration, Type = TimeType.Duration, Unit = unit, Count = n };
        if (half && n > 0)
        {
            s.Count = n;
            s.Minute = 30; // marks the half; see TimeResolver.DurationValue
        }
        else if (m.Groups["quarter2"].Success && n > 0)
        {
            s.Minute = 15; // "an hour and a quarter": marks the quarter; see TimeResolver.DurationValue
        }
        return s;
    }

    /// <summary>"months", "centuries": a plural unit, which with no count is some of them.</summary>
    private static bool IsPluralUnit(ReadOnlySpan<char> unit) =>
        unit.EndsWith("s", StringComparison.OrdinalIgnoreCase);

    private static bool IsVagueCount(ReadOnlySpan<char> n) =>
        n.Equals("several", StringComparison.OrdinalIgnoreCase) || n.Equals("few", StringComparison.OrdinalIgnoreCase)
        || n.EndsWith(" few", StringComparison.OrdinalIgnoreCase) || n.Equals("many", StringComparison.OrdinalIgnoreCase);

    /// <summary>"12 hours a day", "three months a year": a counted shorter unit before "a day" makes a share of each one.</summary>
    private static bool FollowsShorterLength(string text, int at, TimeUnit unit)
    {
        var w = NeighbourWords.Before(text, at);
        if (w.Length < 4 || w[^1] != 's' || UnitOf(w) is not (> TimeUnit.None and var shorter) || shorter >= unit)
        {
            return false;
        }
        int i = at;
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }
        i -= w.Length;
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }
        if (i > 0 && char.IsDigit(text[i - 1]))
        {
            return true;
        }
        return TimeWords.ParseCount(NeighbourWords.Before(text, i)) > 1;
    }

    private static bool FollowsAnAmount(string text, int at)
    {
        int i = at;
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }
        if (i > 0 && (char.IsDigit(text[i - 1]) || text[i - 1] == '%'))
        {
            return true;
        }
        var w = NeighbourWords.Before(text, at);
        if (IsCountedPlural(w) && !IsDeterminer(NeighbourWords.Before(text, i - w.Length)))
        {
            // "hundreds of interviews a day", "fifty thousand CDs a year": things counted per unit of time.
            return true;
        }
        if (w.Equals("million", StringComparison.OrdinalIgnoreCase) || w.Equals("billion", StringComparison.OrdinalIgnoreCase)
            || w.Equals("thousand", StringComparison.OrdinalIgnoreCase) || w.Equals("percent", StringComparison.OrdinalIgnoreCase)
            || w.Equals("cents", StringComparison.OrdinalIgnoreCase) || w.Equals("dollars", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        // "2.1 million tonnes of ore a year", "8,000 litres of water an hour": the stuff an amount measures, named after its
        // "of", stands between the amount and its rate.
        if (w.IsEmpty || !char.IsLower(w[0]) || IsDeterminer(w))
        {
            return false;
        }
        int ofStart = NeighbourWords.StartBefore(text, i - w.Length, out var of);
        if (!of.Equals("of", StringComparison.Ordinal))
        {
            return false;
        }
        int unitStart = NeighbourWords.StartBefore(text, ofStart, out var unit);
        if (!IsCountedPlural(unit))
        {
            return false;
        }
        int j = unitStart;
        while (j > 0 && text[j - 1] == ' ')
        {
            j--;
        }
        var scale = NeighbourWords.Before(text, unitStart);
        return j > 0 && char.IsDigit(text[j - 1]) || scale.Equals("million", StringComparison.OrdinalIgnoreCase)
            || scale.Equals("billion", StringComparison.OrdinalIgnoreCase) || scale.Equals("thousand", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A plural noun ("interviews", "CDs", "flights"), told from the third-person verbs that take a length
    /// ("takes a year", "lasts a week") and from short function words ("is", "has", "this").</summary>
    private static bool IsCountedPlural(ReadOnlySpan<char> w)
    {
        if (w.Length < 3 || w[^1] != 's' || w[^2] is 's' or 'u' or 'i' || (!char.IsLower(w[^2]) && !char.IsUpper(w[^2]))
            || (char.IsUpper(w[0]) && !char.IsUpper(w[1])))
        {
            return false;
        }
        foreach (var verb in s_verbsTakingALength)
        {
            if (w.Equals(verb, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"the troops a week", "their workers a month": an indirect object given a length, not things counted.</summary>
    private static bool IsDeterminer(ReadOnlySpan<char> w) =>
        w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("his", StringComparison.OrdinalIgnoreCase)
        || w.Equals("her", StringComparison.OrdinalIgnoreCase) || w.Equals("their", StringComparison.OrdinalIgnoreCase)
        || w.Equals("its", StringComparison.OrdinalIgnoreCase) || w.Equals("our", StringComparison.OrdinalIgnoreCase)
        || w.Equals("your", StringComparison.OrdinalIgnoreCase) || w.Equals("my", StringComparison.OrdinalIgnoreCase)
        || w.Equals("these", StringComparison.OrdinalIgnoreCase) || w.Equals("those", StringComparison.OrdinalIgnoreCase);

    private static readonly string[] s_verbsTakingALength =
        ["takes", "lasts", "spends", "needs", "gets", "gives", "costs", "runs", "seems", "remains", "means", "marks", "does", "goes",
         "comes", "wants", "plans", "hopes", "expects", "allows", "offers", "grants", "asks", "serves", "faces", "stays", "waits",
         "lives", "works", "sleeps", "earns", "makes", "loses", "saves", "pays", "charges", "this", "thus", "whereas", "perhaps",
         "times", "years", "months", "weeks", "days", "hours", "minutes", "decades", "quarters", "was", "has", "his", "its", "hers",
         "ours", "yours", "theirs", "less", "unless", "across", "always", "sometimes", "nearly", "afterwards", "towards", "besides",
         "tens", "dozens", "hundreds", "thousands", "millions", "billions"];

    private static bool IsTakeOver(ReadOnlySpan<char> w) =>
        w.Equals("took", StringComparison.OrdinalIgnoreCase) || w.Equals("taken", StringComparison.OrdinalIgnoreCase)
        || w.Equals("take", StringComparison.OrdinalIgnoreCase) || w.Equals("takes", StringComparison.OrdinalIgnoreCase)
        || w.Equals("handed", StringComparison.OrdinalIgnoreCase) || w.Equals("turned", StringComparison.OrdinalIgnoreCase)
        || w.Equals("passed", StringComparison.OrdinalIgnoreCase) || w.Equals("won", StringComparison.OrdinalIgnoreCase);

    /// <summary>"more than", "less than", "nearly", "almost" right before a length: where the qualified length starts, and its mod.</summary>
    private static (int Start, TimeMod Mod)? LengthQualifier(string text, int start)
    {
        var w = NeighbourWords.Before(text, start);
        if (w.IsEmpty)
        {
            return null;
        }
        int at = start;
        while (at > 0 && text[at - 1] == ' ')
        {
            at--;
        }
        at -= w.Length;
        if (w.Equals("nearly", StringComparison.OrdinalIgnoreCase) || w.Equals("almost", StringComparison.OrdinalIgnoreCase))
        {
            return (at, TimeMod.Approx);
        }
        if (!w.Equals("than", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var comparative = NeighbourWords.Before(text, at);
        int from = at;
        while (from > 0 && text[from - 1] == ' ')
        {
            from--;
        }
        from -= comparative.Length;
        bool more = comparative.Equals("more", StringComparison.OrdinalIgnoreCase);
        if (!more && !comparative.Equals("less", StringComparison.OrdinalIgnoreCase) && !comparative.Equals("fewer", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        // "no more than 12 months", "not less than a year": the negated comparison bounds the length on the other side.
        var negation = NeighbourWords.Before(text, from);
        if (negation.Equals("no", StringComparison.OrdinalIgnoreCase) || negation.Equals("not", StringComparison.OrdinalIgnoreCase))
        {
            int no = from;
            while (no > 0 && text[no - 1] == ' ')
            {
                no--;
            }
            return (no - negation.Length, more ? TimeMod.EqualOrLess : TimeMod.EqualOrMore);
        }
        return more ? (from, TimeMod.MoreThan) : (from, TimeMod.LessThan);
    }

    /// <summary>A word after which "last" is a verb: "to", a modal, or a form of "do" ("may last two weeks", "did not last").</summary>
    private static bool IsVerbGovernor(ReadOnlySpan<char> w) =>
        w.Equals("to", StringComparison.OrdinalIgnoreCase) || w.Equals("will", StringComparison.OrdinalIgnoreCase)
        || w.Equals("would", StringComparison.OrdinalIgnoreCase) || w.Equals("could", StringComparison.OrdinalIgnoreCase)
        || w.Equals("can", StringComparison.OrdinalIgnoreCase) || w.Equals("may", StringComparison.OrdinalIgnoreCase)
        || w.Equals("might", StringComparison.OrdinalIgnoreCase) || w.Equals("should", StringComparison.OrdinalIgnoreCase)
        || w.Equals("must", StringComparison.OrdinalIgnoreCase) || w.Equals("shall", StringComparison.OrdinalIgnoreCase)
        || w.Equals("not", StringComparison.OrdinalIgnoreCase) || w.Equals("usually", StringComparison.OrdinalIgnoreCase)
        || w.Equals("typically", StringComparison.OrdinalIgnoreCase);

    /// <summary>"won 3-1 a week after a defeat": a length that places an event, so no rate even after an amount.</summary>
    private static bool IsOffsetWord(ReadOnlySpan<char> w) =>
        w.Equals("later", StringComparison.OrdinalIgnoreCase) || w.Equals("ago", StringComparison.OrdinalIgnoreCase)
        || w.Equals("earlier", StringComparison.OrdinalIgnoreCase) || w.Equals("before", StringComparison.OrdinalIgnoreCase)
        || w.Equals("after", StringComparison.OrdinalIgnoreCase);

    /// <summary>A lower-case comparative adjective ("wider", "larger", "deeper"), not an adverb or preposition ending in -er.</summary>
    private static bool IsComparative(ReadOnlySpan<char> w) =>
        w.Length > 4 && char.IsLower(w[0]) && w.EndsWith("er", StringComparison.Ordinal)
        && !(w is "after" or "later" or "never" or "however" or "whether" or "rather" or "under" or "other" or "either" or "neither"
            or "together" or "whatever" or "wherever" or "whenever" or "further" or "earlier" or "longer" or "sooner");

    private static bool IsAfterLength(ReadOnlySpan<char> w) =>
        w.Equals("later", StringComparison.OrdinalIgnoreCase) || w.Equals("ago", StringComparison.OrdinalIgnoreCase)
        || w.Equals("earlier", StringComparison.OrdinalIgnoreCase) || w.Equals("before", StringComparison.OrdinalIgnoreCase)
        || w.Equals("after", StringComparison.OrdinalIgnoreCase) || w.Equals("or", StringComparison.OrdinalIgnoreCase)
        || w.Equals("longer", StringComparison.OrdinalIgnoreCase) || w.Equals("to", StringComparison.OrdinalIgnoreCase)
        || w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("in", StringComparison.OrdinalIgnoreCase);

    /// <summary>"three to six months": a length between two counts of one unit; "the next 12 to 18 months" a vague one, as TimeML writes it.</summary>
    private static TimeSpec? BuildDurationRange(Match m, string text)
    {
        var unit = UnitOf(m.Groups["unit"].ValueSpan);
        int n1 = TimeWords.ParseCount(m.Groups["n1"].ValueSpan), n2 = TimeWords.ParseCount(m.Groups["n2"].ValueSpan);
        var next = NeighbourWords.After(text, m.Index + m.Length);
        if (unit == TimeUnit.None || n1 < 1 || n2 <= n1 || next.Equals("old", StringComparison.OrdinalIgnoreCase)
            || next.Equals("ago", StringComparison.OrdinalIgnoreCase) || IsAfterAged(text, m.Index))
        {
            // An age ("18 to 25 years old", "aged 6 to 11 months") is no length; "two to three weeks ago" is a date, left to the "ago" pattern.
            return null;
        }
        if (m.Groups["rel"].Success)
        {
            return new TimeSpec { Kind = SpecKind.Duration, Type = TimeType.Duration, Unit = unit, Count = 0 };
        }
        return new TimeSpec
        {
            Kind = SpecKind.Duration, Type = TimeType.Duration, Unit = unit, Count = n1,
            RangeEnd = new TimeSpec { Kind = SpecKind.Duration, Type = TimeType.Duration, Unit = unit, Count = n2 },
        };
    }

    private static readonly HashSet<string> s_verdictAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "great", "historic", "historical", "sad", "proud", "dark", "black", "momentous", "tragic", "special", "happy", "important",
        "memorable", "landmark", "terrible", "emotional", "joyous", "joyful", "glorious", "shameful", "sombre", "somber", "grim",
    };

    /// <summary>"said it was a great day for Poland", "This is a historic day in our history", "called it a sad day for
    /// football": a verdict on the day the story is on, so that day (the story's last named day, else the day of writing);
    /// without a verb of being before it ("had a great day for walking") no day is told, and the everyday "a good day for
    /// us" is no verdict on a date.</summary>
    private static TimeSpec? BuildVerdictDay(Match m, string text)
    {
        int adjStart = NeighbourWords.StartBefore(text, m.Index, out var adj);
        if (adj.IsEmpty || !s_verdictAdjectives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(adj))
        {
            return null;
        }
        int artStart = NeighbourWords.StartBefore(text, adjStart, out var art);
        if (!(art.Equals("a", StringComparison.OrdinalIgnoreCase) || art.Equals("an", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        while (artStart > 0 && text[artStart - 1] is ' ' or '"' or '“' or '‘' or '`' or '\'')
        {
            // 'said it was "a great day for Poland"': the quote opens on the article.
            artStart--;
        }
        int verbStart = NeighbourWords.StartBefore(text, artStart, out var verb);
        if (NeighbourWords.Before(text, verbStart) is var subject && (subject.Equals("today", StringComparison.OrdinalIgnoreCase)
            || subject.Equals("tomorrow", StringComparison.OrdinalIgnoreCase) || subject.Equals("yesterday", StringComparison.OrdinalIgnoreCase)))
        {
            // "Today is a sad day for ...": the day is already named.
            return null;
        }
        bool being = verb.Equals("is", StringComparison.OrdinalIgnoreCase) || verb.Equals("was", StringComparison.OrdinalIgnoreCase)
            || verb.Equals("s", StringComparison.OrdinalIgnoreCase) || verb.Equals("be", StringComparison.OrdinalIgnoreCase)
            || verb.Equals("been", StringComparison.OrdinalIgnoreCase)
            || (verb.Equals("it", StringComparison.OrdinalIgnoreCase) && NeighbourWords.TwoBefore(text, artStart) is var called
                && (called.Equals("called", StringComparison.OrdinalIgnoreCase) || called.Equals("calls", StringComparison.OrdinalIgnoreCase)
                    || called.Equals("hailed", StringComparison.OrdinalIgnoreCase)));
        return being ? new TimeSpec { Kind = SpecKind.Relative, Unit = TimeUnit.Day, Offset = 0, Anaphoric = true, DayOfStory = true } : null;
    }

    /// <summary>"for a while", "after some time", "within quite some time": a length whose unit the text does not give (<c>PXX</c>);
    /// "once in a while" is a frequency, and without the preposition ("a while ago", "took some time") no length is told.</summary>
    private static TimeSpec? BuildUnknownLength(Match m, string text)
    {
        var before = NeighbourWords.Before(text, m.Index);
        if (!(before.Equals("for", StringComparison.OrdinalIgnoreCase) || before.Equals("after", StringComparison.OrdinalIgnoreCase)
            || before.Equals("within", StringComparison.OrdinalIgnoreCase) || before.Equals("in", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        if (before.Equals("in", StringComparison.OrdinalIgnoreCase) && NeighbourWords.TwoBefore(text, m.Index).Equals("once", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return new TimeSpec { Kind = SpecKind.Duration, Type = TimeType.Duration, Unit = TimeUnit.None, Count = 0 };
    }

    private static TimeSpec? BuildVagueDuration(Match m, string text)
    {
        var unit = UnitOf(m.Groups["unit"].ValueSpan);
        return unit == TimeUnit.None ? null : new TimeSpec { Kind = SpecKind.Duration, Type = TimeType.Duration, Unit = unit, Count = 0 };
    }

    /// <summary>"the end of the second quarter", "late third quarter": the quarter or half with its edge.</summary>
    private static TimeSpec? BuildQuarter(Match m, string text)
    {
        var s = BuildQuarterAlone(m, text);
        if (s is not null && s.Mod == TimeMod.None)
        {
            s.Mod = ModOf(m);
        }
        return s;
    }

    /// <summary>Whether the sentence around <paramref name="at"/> tells of play in a game ("scored", "goal", "penalty", "the 89th
    /// minute"): then a half or quarter it names is the game's.</summary>
    private static bool InSentenceOfPlay(string text, int at)
    {
        int s = at, e = at;
        while (s > 0 && text[s - 1] is not ('.' or '!' or '?' or '\n'))
        {
            s--;
        }
        while (e < text.Length && text[e] is not ('.' or '!' or '?' or '\n'))
        {
            e++;
        }
        var sentence = text.AsSpan(s, e - s);
        foreach (var w in s_playWords)
        {
            int i = sentence.IndexOf(w, StringComparison.OrdinalIgnoreCase);
            if (i >= 0 && (i == 0 || !char.IsLetter(sentence[i - 1])) && (i + w.Length == sentence.Length || !char.IsLetter(sentence[i + w.Length])))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] s_playWords =
        ["scored", "scoring", "goal", "goals", "equaliser", "equalizer", "penalty", "penalties", "minute", "half-time", "halftime",
         "touchdown", "touchdowns", "kick-off", "red card", "yellow card"];

    private static TimeSpec? BuildQuarterAlone(Match m, string text)
    {
        var ord = m.Groups["ord"].ValueSpan;
        var what = m.Groups["what"].ValueSpan;
        bool isHalf = what.Equals("half", StringComparison.OrdinalIgnoreCase);
        bool isPeriod = what.Equals("period", StringComparison.OrdinalIgnoreCase);
        int year = m.Groups["year"].Success ? Int(m.Groups["year"]) : -1;
        if (year < 0 && IsPartOfSomethingElse(text, m.Index + m.Length))
        {
            return null;
        }
        if (year < 0 && !m.Groups["ofyear"].Success && !isPeriod && InSentenceOfPlay(text, m.Index))
        {
            // "scored twice in the first half", "a goal in the fourth quarter": a part of a game, not of a year.
            return null;
        }
        if (m.Groups["pair"].Success != m.Groups["plural"].Success)
        {
            return null;
        }
        if (m.Groups["pair"].Success)
        {
            // "the first two quarters of 1990" is the year's first half; without a year it is a length (P6M), which the
            // length pattern reads.
            if (isHalf || isPeriod || (year < 0 && !m.Groups["ofyear"].Success))
            {
                return null;
            }
            isHalf = true;
            ord = ord.Equals("first", StringComparison.OrdinalIgnoreCase) ? "first"
                : ord.Equals("last", StringComparison.OrdinalIgnoreCase) || ord.Equals("final", StringComparison.OrdinalIgnoreCase)
                  || ord.Equals("second", StringComparison.OrdinalIgnoreCase) ? "second" : "";
            if (ord.Length == 0)
            {
                return null;
            }
        }
        var s = new TimeSpec { Kind = SpecKind.Calendar, Year = year };
        if (isHalf && year > 0 && (ord.Equals("last", StringComparison.OrdinalIgnoreCase) || ord.Equals("final", StringComparison.OrdinalIgnoreCase)))
        {
            // "the last half of 1989": the second half.
            ord = "second";
        }
        if (TimeWords.Ordinals.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(ord, out int n))
        {
            if (isPeriod || (isHalf && n > 2))
            {
                return null;
            }
            if (isHalf)
            {
                s.Half = n;
            }
            else
            {
                s.Quarter = n;
            }
        }
        else
        {
            if (isHalf)
            {
                return null;
            }
            if (ord.Equals("previous", StringComparison.OrdinalIgnoreCase) || ord.Equals("preceding", StringComparison.OrdinalIgnoreCase)
                || ord.Equals("prior", StringComparison.OrdinalIgnoreCase))
            {
                // "fell 9% from the previous quarter": the quarter before the reported one (TimeAnnotator); with no report,
                // the last quarter, as "the latest quarter" is.
                return new TimeSpec { Kind = SpecKind.Relative, Unit = TimeUnit.Quarter, QuarterOffset = PreviousQuarterOffset, Offset = -1 };
            }
            int offset = ord.Equals("current", StringComparison.OrdinalIgnoreCase) ? 0
                : ord.Equals("year-ago", StringComparison.OrdinalIgnoreCase) || ord.Equals("year-earlier", StringComparison.OrdinalIgnoreCase) ? -5
                : ord.Equals("same", StringComparison.OrdinalIgnoreCase) ? int.MinValue
                : -1;
            if (offset == int.MinValue || (ord.Equals("final", StringComparison.OrdinalIgnoreCase) && !isPeriod))
            {
                if (offset == int.MinValue)
                {
                    return null;
                }
                s.Quarter = 4;
                return s;
            }
            return new TimeSpec { Kind = SpecKind.Relative, Unit = TimeUnit.Quarter, QuarterOffset = offset, Offset = offset };
        }
        if (m.Groups["ago"].Success && year < 0)
        {
            // "the year-ago third quarter": that quarter of the year before the anchor's.
            s.YearOffset = -1;
            return s;
        }
        var thisYear = m.Groups["thisyear"].Success ? m.Groups["thisyear"] : m.Groups["ofyear"];
        if (thisYear.Success && year < 0)
        {
            // "last year's second half", "the second half of the year" (the year being written in).
            s.Offset = thisYear.ValueSpan.StartsWith("last", StringComparison.OrdinalIgnoreCase) ? -1
                : thisYear.ValueSpan.StartsWith("next", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        }
        return s;
    }

    private static readonly string[] s_calendarOwners = ["year", "years", "fiscal", "decade", "century", "month", "calendar", "financial", "this", "last", "next", "current", "each", "every"];

    /// <summary>"the first half of the season", "the second quarter of the match": a part of something other than a calendar period.</summary>
    private static bool IsPartOfSomethingElse(string text, int end)
    {
        var owner = TimePatterns.PartOf().Match(text, end);
        if (!owner.Success)
        {
            return false;
        }
        var w = owner.Groups["w"].ValueSpan;
        if (char.IsUpper(w[0]))
        {
            // "the first half of March", "the second quarter of FY1990".
            return false;
        }
        foreach (var c in s_calendarOwners)
        {
            if (w.Equals(c, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"Q2", "H1 2025": a quarter or half; without a year only after a preposition of time ("in Q2", "since H1"),
    /// since a bare code is as often a model name ("the Audi Q5").</summary>
    /// <summary>The <see cref="TimeSpec.QuarterOffset"/> of "the previous quarter": the one before the reported quarter.</summary>
    internal const int PreviousQuarterOffset = -2;

    private static TimeSpec? BuildMonthSpanQuarter(Match m, string text)
    {
        int first = MonthOf(m.Groups["month"]), last = MonthOf(m.Groups["month2"]);
        if (first < 1 || last != first + 2 || first % 3 != 1)
        {
            // "the May-July quarter" is a fiscal quarter of some firm, which no calendar quarter names.
            return null;
        }
        return new TimeSpec { Kind = SpecKind.Calendar, Year = m.Groups["year"].Success ? Int(m.Groups["year"]) : -1, Quarter = (first + 2) / 3 };
    }

    private static TimeSpec? BuildQuarterCode(Match m, string text)
    {
        int year = m.Groups["year"].Success ? Int(m.Groups["year"]) : -1;
        if (year < 0)
        {
            var before = NeighbourWords.Before(text, m.Index);
            if (!(before.Equals("in", StringComparison.OrdinalIgnoreCase) || before.Equals("for", StringComparison.OrdinalIgnoreCase)
                || before.Equals("during", StringComparison.OrdinalIgnoreCase) || before.Equals("since", StringComparison.OrdinalIgnoreCase)
                || before.Equals("by", StringComparison.OrdinalIgnoreCase) || before.Equals("until", StringComparison.OrdinalIgnoreCase)
                || before.Equals("through", StringComparison.OrdinalIgnoreCase) || before.Equals("from", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }
        }
        int n = m.Groups["ord"].ValueSpan[0] - '0';
        var s = new TimeSpec { Kind = SpecKind.Calendar, Year = year };
        if (m.Groups["what"].ValueSpan[0] == 'H')
        {
            s.Half = n;
        }
        else
        {
            s.Quarter = n;
        }
        return s;
    }

    /// <summary>"the 1988 quarter": the reported quarter (the one before the anchor's) in the year named.</summary>
    private static TimeSpec? BuildYearQuarter(Match m, string text)
    {
        int year = Int(m.Groups["year"]);
        return year < 1000 ? null : new TimeSpec { Kind = SpecKind.Relative, Unit = TimeUnit.Quarter, Offset = -1, QuarterOffset = -1, Year = year };
    }

    private static TimeSpec? BuildTheYear(Match m, string text)
    {
        if (m.Groups["ended"].Success)
        {
            // "the year ended March 31": a twelve-month accounting period, which TimeML reads as a length.
            return new TimeSpec { Kind = SpecKind.Duration, Type = TimeType.Duration, Unit = TimeUnit.Year, Count = 1 };
        }
        int at = m.Index;
        var before = NeighbourWords.Before(text, at);
        if (!(before.Equals("for", StringComparison.OrdinalIgnoreCase) || before.Equals("in", StringComparison.OrdinalIgnoreCase)
            || before.Equals("during", StringComparison.OrdinalIgnoreCase) || before.Equals("through", StringComparison.OrdinalIgnoreCase)
            || before.Equals("throughout", StringComparison.OrdinalIgnoreCase) || before.Equals("of", StringComparison.Ordinal)))
        {
            return null;
        }
        if (before.Equals("of", StringComparison.Ordinal))
        {
            // "the first nine months of the year", but not "Person of the Year".
            int s = at;
            while (s > 0 && text[s - 1] == ' ')
            {
                s--;
            }
            var owner = NeighbourWords.Before(text, s - before.Length);
            if (owner.IsEmpty || char.IsUpper(owner[0]))
            {
                return null;
            }
        }
        return new TimeSpec { Kind = SpecKind.Relative, Unit = TimeUnit.Year, Offset = 0 };
    }

    private static TimeSpec? BuildThatYear(Match m, string text)
    {
        var rel = m.Groups["rel"].ValueSpan;
        int offset = m.Groups["side"].Success || rel.EndsWith("previous", StringComparison.OrdinalIgnoreCase) ? -1
            : rel.EndsWith("following", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        var unit = UnitOf(m.Groups["unit"].ValueSpan);
        return new TimeSpec { Kind = SpecKind.Relative, Unit = unit, Offset = offset, Anaphoric = true };
    }

    /// <summary>"the previous day", "the next morning", "that night", "the day before": a day counted from the last day the story named.</summary>
    /// <summary>A plural noun right after <paramref name="end"/>, then a modal or a form of "be" or "have" ("buses would",
    /// "shifts were"): the unit word before it is the first half of a compound noun.</summary>
    private static bool IsCompoundHead(string text, int end, out ReadOnlySpan<char> noun)
    {
        noun = NeighbourWords.After(text, end);
        if (noun.Length < 3 || !char.IsLower(noun[0]) || noun[^1] != 's' || noun[^2] == 's')
        {
            return false;
        }
        int at = end;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }
        var aux = NeighbourWords.After(text, at + noun.Length);
        return aux.Equals("would", StringComparison.Ordinal) || aux.Equals("will", StringComparison.Ordinal) || aux.Equals("could", StringComparison.Ordinal)
            || aux.Equals("can", StringComparison.Ordinal) || aux.Equals("should", StringComparison.Ordinal) || aux.Equals("may", StringComparison.Ordinal)
            || aux.Equals("might", StringComparison.Ordinal) || aux.Equals("must", StringComparison.Ordinal) || aux.Equals("are", StringComparison.Ordinal)
            || aux.Equals("were", StringComparison.Ordinal) || aux.Equals("have", StringComparison.Ordinal) || aux.Equals("had", StringComparison.Ordinal);
    }

    /// <summary>Services named by the part of the day they run in ("night buses", "day trips", "morning flights").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_serviceHeads = FrozenSet.ToFrozenSet(
        ["buses", "trains", "trams", "flights", "ferries", "services", "shifts", "trips", "classes", "sittings", "sessions", "tubes", "routes"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool SaysBefore(ReadOnlySpan<char> w) =>
        w.Equals("said", StringComparison.Ordinal) || w.Equals("says", StringComparison.Ordinal)
        || w.Equals("added", StringComparison.Ordinal) || w.Equals("warned", StringComparison.Ordinal) || w.Equals("announced", StringComparison.Ordinal)
        || w.Equals("confirmed", StringComparison.Ordinal) || w.Equals("told", StringComparison.Ordinal);

    private static TimeSpec? BuildStoryDay(Match m, string text)
    {
        if (m.Groups["mid"].Success)
        {
            // "by mid-afternoon", "in mid morning": the middle of that part of the story's day.
            return new TimeSpec
            {
                Kind = SpecKind.Relative, Unit = TimeUnit.Day, Offset = 0, PartOfDay = PartOfDayCode(m.Groups["unit"].ValueSpan),
                Anaphoric = true, Type = TimeType.Time, Mod = TimeMod.Mid,
            };
        }
        if (m.Groups["bare"].Success)
        {
            // "since early afternoon", "By morning,", "by late evening": that part of the story's day (its start or end when
            // told early or late), or of the day of writing when the story named no day.
            return new TimeSpec
            {
                Kind = SpecKind.Relative, Unit = TimeUnit.Day, Offset = 0, PartOfDay = PartOfDayCode(m.Groups["unit"].ValueSpan),
                Anaphoric = true, DayOfStory = true, Type = TimeType.Time,
                Mod = m.Groups["pedge"].Success ? EdgeMod(m.Groups["pedge"].ValueSpan) : TimeMod.None,
            };
        }
        var unitWord = m.Groups["unit"].ValueSpan;
        var unit = unitWord.Equals("week", StringComparison.OrdinalIgnoreCase) ? TimeUnit.Week
            : unitWord.Equals("weekend", StringComparison.OrdinalIgnoreCase) ? TimeUnit.Weekend : TimeUnit.Day;
        int offset;
        if (m.Groups["side"].Success)
        {
            offset = m.Groups["side"].ValueSpan.Equals("before", StringComparison.OrdinalIgnoreCase) ? -1 : 1;
            return new TimeSpec { Kind = SpecKind.Relative, Unit = unit, Offset = offset, Anaphoric = true };
        }
        var rel = m.Groups["rel"].ValueSpan;
        if (rel.Equals("that", StringComparison.Ordinal) && IsCompoundHead(text, m.Index + m.Length, out var head)
            && (SaysBefore(NeighbourWords.Before(text, m.Index))
                || (NeighbourWords.Before(text, m.Index).Equals("and", StringComparison.Ordinal) && s_serviceHeads.Contains(head))))
        {
            // "said that night buses would not run", "... and that night trains would stop": "that" after a verb of saying (or
            // "and" before a service the part of day names) opens a clause whose subject is a compound ("night buses"), with a
            // modal or "be" after it; "That night soldiers were sent", "and that night soldiers were sent" stay the night.
            return null;
        }
        offset = rel.EndsWith("previous", StringComparison.OrdinalIgnoreCase) || rel.EndsWith("preceding", StringComparison.OrdinalIgnoreCase) ? -1
            : rel.EndsWith("following", StringComparison.OrdinalIgnoreCase) || rel.EndsWith("next", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        var pod = PartOfDayCode(unitWord);
        return new TimeSpec
        {
            Kind = SpecKind.Relative, Unit = unit, Offset = offset, PartOfDay = pod, Anaphoric = true,
            Type = pod is null ? TimeType.Date : TimeType.Time,
        };
    }

    /// <summary>"2020-2022", "2019-20": both ends are years, the second written in full or by its last two digits.</summary>
    private static TimeSpec? BuildYearRange(Match m, string text)
    {
        int y1 = Int(m.Groups["y1"]);
        var g2 = m.Groups["y2"];
        int y2 = Int(g2);
        if (g2.Length == 2)
        {
            y2 += y1 / 100 * 100;
        }
        if (y1 < 1800 || y2 <= y1 || y2 - y1 > 50 || (m.Groups["slash"].Success && y2 != y1 + 1))
        {
            return null;
        }
        return new TimeSpec { Kind = SpecKind.Calendar, Year = y1, RangeEnd = new TimeSpec { Kind = SpecKind.Calendar, Year = y2 } };
    }

    private static TimeSpec? BuildYearInWords(Match m, string text)
    {
        if (m.Groups["y2k"].Success)
        {
            return new TimeSpec { Kind = SpecKind.Calendar, Year = 2000 };
        }
        int tens = TimeWords.ParseCount(m.Groups["tens"].ValueSpan);
        int ones = m.Groups["ones"].Success ? TimeWords.ParseCount(m.Groups["ones"].ValueSpan) : 0;
        if (tens < 20 || ones < 0)
        {
            return null;
        }
        return new TimeSpec { Kind = SpecKind.Calendar, Year = 1900 + tens + ones };
    }

    /// <summary>"by spring", "until summer", "in autumn": a bare season after a preposition of time is a date
    /// (the season word alone, "a spring in his step", "the fall of the city", is not; nor "in fall", which is as often "a rise in fall prices").</summary>
    private static bool AfterSeasonPreposition(string text, int at)
    {
        var w = NeighbourWords.Before(text, at);
        return w.Equals("by", StringComparison.OrdinalIgnoreCase) || w.Equals("in", StringComparison.OrdinalIgnoreCase)
            || w.Equals("until", StringComparison.OrdinalIgnoreCase) || w.Equals("till", StringComparison.OrdinalIgnoreCase)
            || w.Equals("since", StringComparison.OrdinalIgnoreCase) || w.Equals("during", StringComparison.OrdinalIgnoreCase)
            || w.Equals("through", StringComparison.OrdinalIgnoreCase) || w.Equals("before", StringComparison.OrdinalIgnoreCase);
    }

    private static TimeSpec? BuildSeason(Match m, string text)
    {
        var seasonWord = m.Groups["season"].ValueSpan;
        if (!TimeWords.Seasons.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(seasonWord, out var season))
        {
            return null;
        }
        int year = m.Groups["year"].Success ? Int(m.Groups["year"]) : -1;
        var rel = m.Groups["rel"];
        var edge = m.Groups["edge"];
        if (!rel.Success && !edge.Success && year < 0 && !(AfterSeasonPreposition(text, m.Index) && !(seasonWord.Equals("fall", StringComparison.OrdinalIgnoreCase)
            && NeighbourWords.Before(text, m.Index).Equals("in", StringComparison.OrdinalIgnoreCase))))
        {
            return null;
        }
        var s = new TimeSpec { Kind = SpecKind.Calendar, Season = season, Year = year };
        if (rel.Success && rel.ValueSpan.Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            // "That winter the ferries stopped": the season of the time the story has reached, not one near the publication date.
            s.Anaphoric = year < 0;
        }
        else if (rel.Success)
        {
            var r = rel.ValueSpan;
            s.Mod = EdgeMod(r);
            if (s.Mod == TimeMod.None)
            {
                s.Offset = RelOffset(r);
            }
        }
        if (edge.Success && s.Mod == TimeMod.None)
        {
            // "since the start of winter", "by the end of the summer": that edge of the season.
            var e = edge.ValueSpan;
            s.Mod = e.Contains("middle", StringComparison.OrdinalIgnoreCase) ? TimeMod.Mid
                : e.Contains("end", StringComparison.OrdinalIgnoreCase) ? TimeMod.End : TimeMod.Start;
        }
        return s;
    }

    /// <summary>US and widely kept holidays: a fixed month and day, or a weekday on or after a given day (Thanksgiving, Election Day).</summary>
    private static TimeSpec? BuildHoliday(Match m, string text)
    {
        var h = m.Groups["h"].ValueSpan;
        var s = new TimeSpec { Kind = SpecKind.Calendar };
        if (h.StartsWith("Easter", StringComparison.Ordinal) || h.StartsWith("Good", StringComparison.Ordinal))
        {
            // Easter and the days counted from it; "Easter week" is the week that ends on Easter Sunday.
            s.EasterShift = h.StartsWith("Good", StringComparison.Ordinal) ? -2 : h.EndsWith("Monday", StringComparison.Ordinal) ? 1 : 0;
            s.WeekOf = h.EndsWith("eek", StringComparison.Ordinal);
        }
        else if (h.StartsWith("Thanksgiving", StringComparison.Ordinal))
        {
            (s.Month, s.DayOnOrAfter, s.Weekday) = (11, 22, DayOfWeek.Thursday);
        }
        else if (h.StartsWith("Election", StringComparison.Ordinal))
        {
            // The Tuesday after the first Monday of November.
            (s.Month, s.DayOnOrAfter, s.Weekday) = (11, 2, DayOfWeek.Tuesday);
        }
        else if (h.StartsWith("Labor", StringComparison.Ordinal))
        {
            (s.Month, s.DayOnOrAfter, s.Weekday) = (9, 1, DayOfWeek.Monday);
        }
        else if (h.StartsWith("Memorial", StringComparison.Ordinal))
        {
            // The last Monday of May.
            (s.Month, s.DayOnOrAfter, s.Weekday) = (5, 25, DayOfWeek.Monday);
        }
        else
        {
            (s.Month, s.Day) = h.StartsWith("Christmas Eve", StringComparison.Ordinal) ? (12, 24)
                : h.StartsWith("Christmas", StringComparison.Ordinal) ? (12, 25)
                : h.StartsWith("Boxing", StringComparison.Ordinal) ? (12, 26)
                : h.EndsWith("Eve", StringComparison.Ordinal) ? (12, 31)
                : h.StartsWith("New", StringComparison.Ordinal) ? (1, 1)
                : h.StartsWith("Independence", StringComparison.Ordinal) ? (7, 4)
                : h.StartsWith("Veterans", StringComparison.Ordinal) ? (11, 11)
                : h.StartsWith("Halloween", StringComparison.Ordinal) ? (10, 31)
                : (2, 14);
        }
        if (m.Groups["rel"].Success)
        {
            s.Offset = RelOffset(m.Groups["rel"].ValueSpan);
        }
        return s;
    }

    /// <summary>"18:05 — Power has been cut …", "23:58 Police say …": a clock opening a line and set off by a dash or bar, or
    /// a 24-hour "h:mm" / "hh:mm" followed straight by the entry's capitalised first word (<see cref="EntryStamp"/>), is a live
    /// page's stamp for the entry it opens.</summary>
    private static bool IsEntryStamp(Match m, string text)
    {
        int b = m.Index;
        while (b > 0 && text[b - 1] is ' ' or '\t')
        {
            b--;
        }
        if (b > 0 && text[b - 1] != '\n')
        {
            return false;
        }
        int a = m.Index + m.Length;
        while (a < text.Length && text[a] == ' ')
        {
            a++;
        }
        if (a + 1 < text.Length && text[a] is '—' or '–' or '-' or '|' && text[a + 1] == ' ')
        {
            return true;
        }
        // Without a dash only the clock's own shape says stamp ("09:40", "9:40", not a score's "2:1"), then one space and a
        // capital: the shape the statements stage strips from an entry's speaker and content.
        return EntryStamp.OpeningLength(text, m.Index) == m.Length + 1;
    }

    /// <summary>"between 2 and 4 p.m.": the first end takes the second's half of the day, unless that would put it after
    /// the second ("11 to 2 p.m." starts at 11 a.m.).</summary>
    private static TimeSpec? BuildClockRange(Match m, string text)
    {
        if (m.Groups["sep"].ValueSpan.Equals("and", StringComparison.OrdinalIgnoreCase)
            && !NeighbourWords.Before(text, m.Index).Equals("between", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        int h1 = Int(m.Groups["h1"]), m1 = m.Groups["m1"].Success ? Int(m.Groups["m1"]) : 0;
        int h2 = Int(m.Groups["h"]), m2 = m.Groups["min"].Success ? Int(m.Groups["min"]) : 0;
        if (h1 is < 1 or > 12 || h2 is < 1 or > 12 || m1 < 0 || m2 < 0)
        {
            return null;
        }
        bool pm = m.Groups["ampm"].ValueSpan[0] is 'p' or 'P';
        int end = h2 % 12 + (pm ? 12 : 0);
        int start = h1 % 12 + (pm ? 12 : 0);
        if (pm && start * 60 + m1 >= end * 60 + m2)
        {
            start = h1 % 12;
        }
        return new TimeSpec
        {
            Kind = SpecKind.Clock, Type = TimeType.Time, Hour = start, Minute = m1,
            RangeEnd = new TimeSpec { Kind = SpecKind.Clock, Type = TimeType.Time, Hour = end, Minute = m2 },
        };
    }

    private static TimeSpec? BuildWordClock(Match m, string text)
    {
        int h = TimeWords.ParseCount(m.Groups["hw"].ValueSpan);
        if (h is < 1 or > 12)
        {
            return null;
        }
        int min = 0;
        if (m.Groups["frac"].Success)
        {
            bool half = m.Groups["frac"].ValueSpan.Equals("half", StringComparison.OrdinalIgnoreCase);
            if (m.Groups["dir"].ValueSpan.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                // "a quarter to nine" is 8:45 ("half to" is no English clock).
                if (half)
                {
                    return null;
                }
                h = h == 1 ? 12 : h - 1;
                min = 45;
            }
            else
            {
                min = half ? 30 : 15;
            }
        }
        // The words give no a.m. or p.m.: the hour is as said until a part of the day ("in the afternoon") or the story's time
        // of day decides.
        var clock = new TimeSpec { Kind = SpecKind.Clock, Type = TimeType.Time, Hour = h, Minute = min, OpenHalf = true, ClockInWords = true };
        if (m.Groups["dpod"] is { Success: true } dpod)
        {
            var part = dpod.ValueSpan;
            clock.Hour = HourInPart(clock, part.EndsWith("night", StringComparison.OrdinalIgnoreCase) ? "NI"
                : part.EndsWith("morning", StringComparison.OrdinalIgnoreCase) ? "MO"
                : part.EndsWith("evening", StringComparison.OrdinalIgnoreCase) ? "EV" : "AF");
            clock.OpenHalf = false;
        }
        return clock;
    }

    private static TimeSpec? BuildClock(Match m, string text)
    {
        var s = new TimeSpec { Kind = SpecKind.Clock, Type = TimeType.Time };
        if (m.Groups["noon"].Success)
        {
            if (NeighbourWords.Before(text, m.Groups["noon"].Index).Equals("high", StringComparison.OrdinalIgnoreCase))
            {
                // "high noon": a showdown, not a clock time.
                return null;
            }
            bool midnight = m.Groups["noon"].ValueSpan.Equals("midnight", StringComparison.OrdinalIgnoreCase);
            // Midnight on a day is its end ("expire at midnight Friday", TimeBank's T24), but "shortly after midnight on
            // Saturday" is already in Saturday: what comes after it is the day's first minutes.
            s.Hour = !midnight ? 12 : NeighbourWords.Before(text, m.Groups["noon"].Index).Equals("after", StringComparison.OrdinalIgnoreCase) ? 0 : 24;
            s.Minute = 0;
            return s;
        }
        int h = Int(m.Groups["h"]);
        int min = m.Groups["min"].Success ? Int(m.Groups["min"]) : 0;
        if (h < 0 || min is < 0 or > 59)
        {
            return null;
        }
        if (m.Groups["dpod"] is { Success: true } dpod)
        {
            // "at 4 in the morning", "until 10 at night": the part of day says a.m. or p.m.; only after a preposition of
            // time, so a count ("scored 2 in the morning session") is not a clock.
            var lead = NeighbourWords.Before(text, m.Index);
            if (!(lead.Equals("at", StringComparison.OrdinalIgnoreCase) || lead.Equals("by", StringComparison.OrdinalIgnoreCase)
                || lead.Equals("until", StringComparison.OrdinalIgnoreCase) || lead.Equals("till", StringComparison.OrdinalIgnoreCase)
                || lead.Equals("around", StringComparison.OrdinalIgnoreCase) || lead.Equals("from", StringComparison.OrdinalIgnoreCase)
                || lead.Equals("after", StringComparison.OrdinalIgnoreCase) || lead.Equals("before", StringComparison.OrdinalIgnoreCase)
                || lead.Equals("since", StringComparison.OrdinalIgnoreCase) || lead.Equals("about", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }
            var part = dpod.ValueSpan;
            bool morning = part.EndsWith("morning", StringComparison.OrdinalIgnoreCase);
            bool night = part.EndsWith("night", StringComparison.OrdinalIgnoreCase);
            // "12 at night" is midnight, "2 at night" the small hours, "10 at night" 22:00; the afternoon and evening are p.m.
            s.Hour = morning ? h % 12 : night ? (h == 12 ? 24 : h >= 6 ? h + 12 : h) : h % 12 + 12;
            s.Minute = 0;
            return s;
        }
        if (m.Groups["ampm"].Success)
        {
            if (h is < 1 or > 12)
            {
                return null;
            }
            bool pm = m.Groups["ampm"].ValueSpan[0] is 'p' or 'P';
            h = h % 12 + (pm ? 12 : 0);
        }
        else if (!m.Groups["tz"].Success)
        {
            // "3:2" style ratios or scores are not times; a bare hh:mm needs context a sentence of news rarely lacks.
            var before = NeighbourWords.Before(text, m.Index);
            bool preposition = before.Equals("at", StringComparison.OrdinalIgnoreCase) || before.Equals("by", StringComparison.OrdinalIgnoreCase)
                || before.Equals("until", StringComparison.OrdinalIgnoreCase) || before.Equals("around", StringComparison.OrdinalIgnoreCase)
                || before.Equals("from", StringComparison.OrdinalIgnoreCase) || before.Equals("after", StringComparison.OrdinalIgnoreCase)
                || before.Equals("before", StringComparison.OrdinalIgnoreCase);
            // "9.05" is a clock only as a stamp: after "at" it is as likely a price or a decimal ("sold at 9.05 Swiss francs").
            bool dot = text[m.Groups["min"].Index - 1] == '.';
            bool stamp = (!preposition || dot) && IsEntryStamp(m, text);
            if ((!preposition || dot) && !stamp)
            {
                return null;
            }
            // "at 2:30" may be either half of the day; "at 14:30" or "at 0:30" is a 24-hour clock, and so is a live page's
            // stamp: its "11:30" comes between "09:00" and "14:15".
            s.OpenHalf = h is >= 1 and <= 12 && !stamp;
            s.EntryStamp = stamp;
        }
        s.Hour = h;
        s.Minute = min;
        return s;
    }
}
