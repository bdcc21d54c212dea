using System.Collections.Frozen;
using Dossier.Core;
using Dossier.Core.Time;
using Dossier.Core.Tokens;
using Dossier.Text.Metadata;
using Dossier.Time.Dating;
using Dossier.Time.Lexicon;
using Dossier.Time.Recognition;
using Dossier.Time.Resolution;

namespace Dossier.Time;

/// <summary>Finds and resolves the time expressions of one document and infers its publication window when it has no date.</summary>
/// <remarks>Stateless and thread-safe; <see cref="TimeStage"/> wraps it for the pipeline.</remarks>
public sealed class TimeAnnotator
{
    private readonly TimeProvider _clock;

    public TimeAnnotator(TimeProvider? clock = null)
    {
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Rewrites <see cref="Document.Times"/> and, for an undated document, <see cref="Document.PublishedWindow"/>.</summary>
    /// <param name="window">A bounded window inferred from outside the document (other articles); null to use the document's own.</param>
    public void Annotate(Document document, PublicationWindow? window, CancellationToken cancellationToken)
    {
        document.Times.Clear();
        var found = new List<(RecognizedTime Time, int Sentence)>();
        var buffer = new List<RecognizedTime>();
        var sentences = document.Sentences;
        for (int i = 0; i < sentences.Length; i++)
        {
            if ((i & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            var sentence = sentences[i];
            var cues = TimeCues.Of(document, sentence);
            if (cues == Cue.None)
            {
                continue;
            }
            buffer.Clear();
            TimeRecognizer.Recognize(document.Text, sentence.Span.Start, sentence.Span.End, cues, buffer);
            foreach (var r in buffer)
            {
                found.Add((r, i));
            }
        }

        var published = document.Metadata.Published;
        // A live page's one-digit stamps are read from all its stamps together (a 24-hour page or a 12-hour one).
        var stampReadings = StampDial.Read(document.Text, found);
        var weekdayYears = published is null ? WeekdayAgreement.Years(found, _clock) : [];
        window ??= document.PublishedWindow is { Stated: false, IsBounded: true } kept && published is null ? kept : null;
        FiledDay? filedDay = null;
        TimeSpec? yearlessDateline = null;
        if (published is null && DatelineDate(document, found) is TimeSpec dated)
        {
            yearlessDateline = dated.HasYear ? null : dated;
            if (dated.HasYear)
            {
                window = DatelineWithYear(document, dated, window) ?? window;
            }
            else if (window is { IsBounded: true } bounded)
            {
                if (DatelineDay(document, dated, bounded, out bool fits) is { } filed)
                {
                    window = filed;
                }
                else if (fits)
                {
                    filedDay = Filed(document, dated);
                }
            }
            else
            {
                // "TOKYO, Nov 15 (Reuters) -" and no year to be had: "yesterday" is still Nov 14 of that unknown year.
                filedDay = Filed(document, dated);
            }
        }
        var ctx = new ResolutionContext(published, published is null ? window : null, weekdayYears) { Filed = filedDay };

        bool quarterly = found.Exists(static f => f.Time.Spec.Unit == Lexicon.TimeUnit.Quarter || f.Time.Spec.Quarter > 0);
        (int Year, int Quarter, string Named)? reported = null;
        // A quarter the sentence looks ahead to ("expect second-quarter revenue to rise from a year earlier"): within its
        // sentence the comparison is with that quarter, not the one the report is about.
        (int Year, int Quarter, string Named)? aheadQuarter = null;
        int aheadQuarterAt = -1;
        DateOnly? storyDate = null;
        var storyYear = YearSource.Unknown;
        // How finely the story's last stated date was given and its last day: "the following month" after "the spring
        // of 2023" is some month of 2023, not April.
        var storyPrecision = TimePrecision.None;
        DateOnly? storyDateLast = null;
        // The last single day the story named ("on Tuesday", "May 14", "the next day"): what "the previous day" and
        // "on the 14th" count from. Years and months do not set it: "in 2019 ... the next day" names no day to count from.
        DateOnly? storyDay = null;
        // The sentence that gave the story its day: a day of saying later in it ("arrested on Sunday ..., police said on
        // Monday") dates the report, not the events the story goes on to tell.
        int storyDaySentence = -1;
        // The last named day not after the publication date, for a look back told in the past after a look ahead.
        DateOnly? storyPastDay = null;
        var storyDayYear = YearSource.Unknown;
        // The clock time (minutes after midnight) the story last gave on that day, and its sentence: "opened at 10 a.m. on
        // Sunday and the vote came shortly after 6 a.m." moves on to the next morning.
        int storyClock = -1, storyClockSentence = -1;
        // The sentence where that day was told late without a clock ("late on Wednesday", "on Friday night"): a clock in the
        // small hours told after it ("Shortly after midnight, ...") is on the next day; -1 otherwise.
        int storyLateSentence = -1;
        // The last live-page entry stamp ("21:05 Around 120 rescuers are on site"): its day and clock, and its sentence; a clock
        // ahead in its entry that is earlier than the stamp is on the next day.
        DateOnly? entryDay = null;
        int entryClock = -1, entrySentence = -1;
        // The part of that day it was told in ("this afternoon", "on Friday evening"): which half of the day a later clock said
        // without a.m. or p.m. is in.
        string? storyPart = null;
        bool storyDayUnknown = false;
        // The story, with no day of its own yet, has moved to a month, season or year told in the past that ended before the
        // day of writing ("first heard in May 2025 ... overturned the following day"): its text, for the reason of a day
        // counted from it, which cannot be placed; null otherwise.
        string? storyPastPeriod = null;
        // When that period is a month: its first day, how its year was found and its sentence ("In March the plant closed.
        // Six months later it reopened": September); null otherwise.
        DateOnly? storyMonth = null;
        var storyMonthYear = YearSource.Unknown;
        int storyMonthSentence = -1;
        // A month or a longer period told ahead under a future verb ("The talks will open in May", "in 2025"): its first day,
        // precision, year source, sentence, text and index in the found times. A count closed by "later" right after it
        // counts on from it, not from a day, month or year the story told before ("closed in May 2023. The talks will open in
        // May and close six months later": November of the May ahead). The story's own day and month stay where they were
        // (a look ahead is not a move of the story).
        DateOnly aheadStart = default;
        var aheadPrecision = TimePrecision.None;
        var aheadYear = YearSource.Unknown;
        int aheadSentence = -1, aheadAt = -1;
        string? aheadText = null;
        // When that period is a whole year ("The plant closed in 2024"): its text (the same string as the period's while the
        // story stays there), first day, year source and sentence, for "A year later" counted on from it.
        string? storyYearText = null;
        DateOnly storyYearStart = default;
        var storyYearSource = YearSource.Unknown;
        int storyYearSentence = -1;
        // The Monday of a week the story moved to without naming a day in it ("Prices fell last week. The previous week
        // ..."): what a week or weekend counted back or on from the story's time is counted from; null otherwise.
        DateOnly? storyWeek = null;
        string? storyWeekText = null;
        // That day, when it is known without its year ("yesterday" under "TOKYO, Nov 15 (Reuters) -" is November 14).
        FiledDay? storyDayNoYear = null;
        // That day was told as an evening or a night ("on Friday evening"): "overnight" is its own night, not the one before.
        bool storyNight = false;
        // A year the sentence itself names before a year-less month ("in 2019, lasted from January to August").
        int sentenceYearAt = -1, sentenceYear = -1;
        // A quarter or half the sentence named with its year, and how far into that year it ends (in months): a year-less one
        // later in the same sentence and later in the year is in that year ("slow in the first half of 2027 before picking up
        // in the second half").
        int periodYearAt = -1, periodYear = -1, periodEndMonth = -1;
        // The decade and century of the last era or year the story named, told in the past: what "the decade" refers back to.
        int storyDecade = -1, storyCentury = -1;
        // The last season of the year the story placed ("last winter", "the summer of 2019"), its year and whether it lies
        // ahead of the publication date: what a later "the winter" or "that winter" refers back to.
        string? storySeason = null;
        int storySeasonYear = -1;
        bool storySeasonAhead = false;
        var storySeasonSource = YearSource.Unknown;
        int lastSentence = -1;
        // The last point in time the story named (a date, a day, a month, a clock time; a range's end): what "until then" is.
        TimeValue? lastPoint = null;
        TimeType lastPointType = TimeType.Date;
        // A length a clock took into its own expression ("at 6 a.m. ten days before the shooting"): not an expression of its own.
        int joinedToClock = -1;
        DateOrder? numericOrder = null;
        string? numericOrderWhy = null;
        for (int k = 0; k < found.Count; k++)
        {
            if (k == joinedToClock)
            {
                continue;
            }
            var (r, si) = found[k];
            if (reported is not null && si != lastSentence && OpensNewItem(document, lastSentence + 1, si))
            {
                // "Separately, X reported third-quarter profit ...": a round-up moves to another company and its own quarter.
                reported = null;
            }
            lastSentence = si;
            var span = new TextSpan(r.Start, r.End);
            var tense = TenseDetector.Detect(document, sentences[si], span);
            var spec = r.Spec;
            if (spec.Season is not null && !spec.HasYear && spec.Offset is null
                && NeighbourWords.After(document.Text, r.End).Equals("ahead", StringComparison.OrdinalIgnoreCase))
            {
                // "warned that the winter ahead will be harsh": the season says it lies ahead, whatever the verb of saying.
                tense = Tense.Future;
            }
            if (tense == Tense.Past && IsSetDeadline(document.Text, sentences[si].Span.Start, r.Start))
            {
                // "set a deadline of 31 July for the defence": a deadline being set lies ahead of the setting.
                tense = Tense.Future;
            }
            if (tense == Tense.Future && spec.Kind == SpecKind.Calendar && (spec.Quarter > 0 || spec.Half > 0) && !spec.HasYear
                && spec.Offset is null && spec.YearOffset is null && IsLimitBefore(document.Text, r.Start, r.End))
            {
                spec = spec.Clone();
                spec.ByDeadline = true;
            }
            var fromEvent = CountedFromEvent(document, found, k, tense, ctx, out bool joinNext);
            if ((spec.EventDay || IsClosedApposedDay(spec, document.Text, r.End)) && fromEvent is null
                && RestatedDay(document, r.Start) is var (toldDay, toldYear, toldWhy))
            {
                // "Eight trading days after Oct. 12, the day before the stock market plunge", "On Wednesday, the day before, the
                // defence had asked": set off by a comma right after a day, "the day before ..." says what that day was, so it
                // is that day.
                fromEvent = (toldDay, toldYear, toldWhy);
            }
            var stretch = spec.EventStretch ? StretchNextToEvent(document, r, si) : null;
            if ((spec.EventDay && fromEvent is null) || (spec.EventStretch && stretch is null))
            {
                // "the day after his death", "in the days before the vote" with no date told for the event: no time to name.
                continue;
            }
            if (joinNext)
            {
                span = new TextSpan(r.Start, found[k + 1].Time.End);
                joinedToClock = k + 1;
            }
            bool afterAhead = aheadAt >= 0 && aheadAt == k - 1 && si - aheadSentence <= CountOnSentences;
            bool afterAheadMonth = afterAhead && aheadPrecision == TimePrecision.Month;
            if (fromEvent is null && !afterAhead && storyDay is not null && storyDaySentence >= 0 && si - storyDaySentence <= CountOnSentences
                && IsDayOrWeekCount(spec) && CountedOn(document.Text, r.End, sentences[si].Span.End) is (int side, int wordEnd) && !IsForLength(document.Text, r.Start)
                && !(tense == Tense.Past && published is DateOnly countWritten && storyDay.Value.AddDays(side * CountInDays(spec)) > countWritten)
                && !LengthToldSince(document, storyDaySentence) && !(k + 1 < found.Count && found[k + 1].Sentence == si && !IsCountOnAt(document.Text, found[k + 1], sentences[si].Span.End)))
            {
                // "The dam failed on March 3. A day earlier, engineers had warned of cracks": counted from the day just told,
                // a day, not a length (with no day told before, TimeML's length stays).
                spec = new TimeSpec
                {
                    Kind = SpecKind.Relative, Unit = Lexicon.TimeUnit.Day, Anaphoric = true,
                    Offset = side * CountInDays(spec),
                };
                span = new TextSpan(r.Start, wordEnd);
            }
            if (fromEvent is null && !afterAhead && storyDay is DateOnly yearFrom && storyDaySentence >= 0 && si - storyDaySentence <= CountOnSentences
                && IsYearLater(document.Text, r) && !LengthToldSince(document, storyDaySentence)
                && !(tense == Tense.Past && published is DateOnly yearWritten && yearFrom.AddYears(1) > yearWritten))
            {
                // "closed on March 3, 2024. A year later it reopened": a year on from the day just told, as a count of days is.
                fromEvent = (yearFrom.AddYears(1), storyDayYear, $"a year after the story's last named day {Calendar.Iso(yearFrom)}");
            }
            else if (fromEvent is null && !afterAhead && storyDay is DateOnly yearsFrom && storyDaySentence >= 0 && si - storyDaySentence <= CountOnSentences
                && IsPlainCount(spec) && spec.Unit is Lexicon.TimeUnit.Year or Lexicon.TimeUnit.Month
                && CountedOn(document.Text, r.End, sentences[si].Span.End) is (int yearsSide, int yearsEnd)
                && !IsForLength(document.Text, r.Start) && !LengthToldSince(document, storyDaySentence)
                && !(tense == Tense.Past && published is DateOnly yearsWritten && yearsFrom.AddMonths(yearsSide * MonthsIn(spec)) > yearsWritten)
                && !(k + 1 < found.Count && found[k + 1].Sentence == si && !IsCountOnAt(document.Text, found[k + 1], sentences[si].Span.End)))
            {
                // "closed on March 3, 2022. Two years later it reopened", "will close on May 4. Six months later the site will
                // be sold": as "a year later" (above), that day the years or months on.
                fromEvent = (yearsFrom.AddMonths(yearsSide * MonthsIn(spec)), storyDayYear,
                    $"{spec.Count} {(spec.Unit == Lexicon.TimeUnit.Year ? "year" : "month")}{(spec.Count == 1 ? "" : "s")} {(yearsSide < 0 ? "before" : "after")} the story's last named day {Calendar.Iso(yearsFrom)}");
                span = new TextSpan(r.Start, yearsEnd);
            }
            var monthCount = fromEvent is null && afterAheadMonth
                ? CountedFromMonth(document, found, k, tense, published, aheadStart, aheadYear, aheadSentence, aheadText)
                : fromEvent is null && !afterAhead && storyDay is null
                ? CountedFromMonth(document, found, k, tense, published, storyMonth, storyMonthYear, storyMonthSentence, storyPastPeriod) : null;
            if (monthCount is var (_, _, _, monthCountEnd))
            {
                span = new TextSpan(r.Start, monthCountEnd);
            }
            // "The plant closed in 2024. A year later it reopened": a year on from the year the story moved to, a year.
            int? yearCount = fromEvent is null && !afterAhead && monthCount is null && storyDay is null && storyPastPeriod is not null
                && ReferenceEquals(storyPastPeriod, storyYearText) && si - storyYearSentence <= CountOnSentences
                && IsYearLater(document.Text, r) && !LengthToldSince(document, storyYearSentence)
                && !(tense == Tense.Past && published is DateOnly yearCountWritten && storyYearStart.Year + 1 > yearCountWritten.Year)
                ? storyYearStart.Year + 1 : null;
            var (yearCountSource, yearCountWhy) = (storyYearSource, yearCount is null ? null : $"a year after the year the story told, {storyYearStart.Year}");
            if (fromEvent is null && afterAhead && aheadPrecision == TimePrecision.Year && YearsCountedOn(document.Text, r, sentences[si].Span.End) is (int years, int yearsOnEnd)
                && !IsForLength(document.Text, r.Start))
            {
                // "The talks will open in 2025 and close a year later": the year after the one ahead.
                yearCount = aheadStart.Year + years;
                (yearCountSource, yearCountWhy) = (aheadYear, $"{Math.Abs(years)} year{(Math.Abs(years) == 1 ? "" : "s")} {(years < 0 ? "before" : "after")} {aheadText}");
                span = new TextSpan(r.Start, yearsOnEnd);
            }
            if (tense == Tense.Future && spec.Kind == SpecKind.Weekday && spec.Offset is null && NamesDoneEvent(document.Text, span.End))
            {
                // "look for ways around Wednesday's ruling": the ruling was made; the clause's future is about what follows it.
                tense = Tense.Unknown;
            }
            if (tense == Tense.Past && spec.Kind == SpecKind.Reference && IsPastNarrativeSoon(document.Text, span))
            {
                // "He was soon released": a step in a past narrative, not a reference to the future.
                continue;
            }
            if (AlternativeTo(document, si, r.Start) is Tense alternative)
            {
                // "will make landfall late Thursday or early Friday, forecasters said": the second of two times offered as
                // alternatives lies on the first one's side, whatever verb comes after it.
                tense = alternative;
            }
            else if (tense is Tense.Present or Tense.Unknown && ElidedVerbAfter(document, si, r.Start) is Tense shared)
            {
                // "The derby is on Sunday, September 20, and the return fixture on February 7": the second time shares the
                // first one's verb, so it shares its direction.
                tense = shared;
            }
            if (tense == Tense.Present && NeighbourWords.Before(document.Text, r.Start).Equals("from", StringComparison.OrdinalIgnoreCase)
                && IsRangeWord(NeighbourWords.After(document.Text, r.End)))
            {
                // "A red warning is in force from midnight on Wednesday until 6am on Friday": a stretch told in the present
                // with its start and end is a schedule, which lies ahead (a stretch behind is told with "since" or a past verb).
                tense = Tense.Future;
            }
            if (quarterly && spec.YearAgo)
            {
                // In a report on quarterly results "a year ago" is the reported quarter a year back.
                spec = new TimeSpec { Kind = SpecKind.Relative, Unit = Lexicon.TimeUnit.Quarter, Offset = -5 };
            }
            if (spec.Then)
            {
                if (lastPoint is null)
                {
                    // "until then" with nothing named before: nothing to point at.
                    continue;
                }
                document.Times.Add(new TimeExpression(span, lastPointType, lastPoint with { Reason = "the time the story last named" }, null)
                {
                    Sentence = si,
                    Tense = tense,
                });
                continue;
            }
            // "It resumed a little after noon. It is now two o'clock": a clock said without a.m. or p.m. on the story's day is
            // in the half of the day the story has reached; with nothing told of that day's time, its hour is not known.
            string? halfFrom = null;
            if (spec.Kind == SpecKind.Clock && spec.OpenHalf && storyDay is not null
                && HalfOfStoryDay(spec, storyClock, storyPart,
                    document.Text.AsSpan(sentences[si].Span.Start, r.Start - sentences[si].Span.Start).Contains(" had ", StringComparison.OrdinalIgnoreCase))
                    is (bool pm, string halfTold))
            {
                spec = spec.Clone();
                spec.OpenHalf = false;
                if (pm)
                {
                    spec.Hour += 12;
                }
                halfFrom = halfTold;
            }
            if (spec.Kind == SpecKind.Reference && spec.Reference is null)
            {
                // "will step down at the end of the season" lies ahead; "retired at the end of the season" behind.
                spec = spec.Clone();
                spec.Reference = tense == Tense.Past ? "PAST_REF" : "FUTURE_REF";
            }
            // "arrested in June that year", "the spring of the following year": the period in the year of the story's last
            // stated date; with no date told, the year stays open.
            DateOnly? yearOfStory = null;
            var yearOfStorySource = YearSource.Unknown;
            if (spec.StoryYearOffset is int yearsOn)
            {
                spec = spec.Clone();
                spec.StoryYearOffset = null;
                if (storyDate is DateOnly toldDate)
                {
                    spec.Year = toldDate.Year + yearsOn;
                    yearOfStory = toldDate;
                    yearOfStorySource = storyYear;
                }
                else
                {
                    spec.Anaphoric = true;
                }
            }
            TimeValue value;
            // The clock was put on the day after a day told late: the story's day for counting stays the late one ("clashed late
            // on Sunday. Shortly after 1 a.m. ... The previous week" is the week before Sunday's).
            bool pastMidnight = false;
            var type = spec.Type;
            // "is held on March 3 every year", "open from 8am to 8pm every day": a time that a recurrence right after it
            // repeats is a habit, not one day; it is written unplaced (XXXX-03-03) and typed as the set it belongs to.
            bool habit = RepeatedBySetAfter(document.Text, found, k);
            // "from 6pm Friday until noon Saturday": the two ends of a range told as two expressions; the end is read from its start.
            var rangeStart = spec.Kind == SpecKind.Weekday && spec.Offset is null && !spec.Anaphoric ? RangeStart(document, si, r.Start) : null;
            // "had their flights cancelled on Tuesday and Wednesday": the second of two listed weekdays follows the first.
            var listedAfter = rangeStart is null && spec.Kind == SpecKind.Weekday && spec.Offset is null && !spec.Anaphoric
                ? ListedWeekdayBefore(document, si, r.Start, spec.Weekday) : null;
            // "said on Sunday that they would stay out until Friday": a weekday ahead of a past day of saying is counted from it.
            var saidOn = rangeStart is null && listedAfter is null && tense == Tense.Future && spec.Kind == SpecKind.Weekday
                && spec.Offset is null && !spec.Anaphoric ? DayOfSayingBefore(document, si, r.Start, published) : null;
            // The period a results report is about ("second-quarter profit", "a year earlier"): the story tells of it, but its
            // day stays the day of the report.
            bool reportedPeriod = false;
            if (habit)
            {
                value = TimeResolver.Resolve(spec, tense, ResolutionContext.None) with
                {
                    Reason = "a habit: the recurrence after it repeats it, so no single day is meant",
                    Year = YearSource.NotApplicable,
                };
                type = TimeType.Set;
            }
            else if (stretch is not null)
            {
                value = stretch;
                type = TimeType.Date;
            }
            else if (fromEvent is var (eventDay, eventYear, countedWhy))
            {
                // "at 6 a.m. ten days before the shooting", "the day after his death": counted from the day the story gave the
                // event (or from the date named after "before / after"), not from the publication date or the story's day.
                value = spec.Kind == SpecKind.Clock
                    ? TimeResolver.Resolve(spec, tense, ResolutionContext.At(eventDay)) with { Reason = countedWhy, Anchor = eventDay, Year = eventYear }
                    : new TimeValue(Calendar.Iso(eventDay), TimePrecision.Day, TimeMod.None, eventDay, eventDay, eventYear, countedWhy) { Anchor = eventDay };
                if (spec.Kind != SpecKind.Clock)
                {
                    type = TimeType.Date;
                }
            }
            else if (monthCount is var (countedMonth, monthYear, monthWhy, _))
            {
                // "In March the plant closed. Six months later it reopened", "a year after the floods" of March 2025: a count of
                // months or years from a month the story told is a month.
                var (monthFrom, monthTo) = Calendar.MonthDays(countedMonth.Year, countedMonth.Month);
                value = new TimeValue($"{countedMonth.Year:D4}-{countedMonth.Month:D2}", TimePrecision.Month, TimeMod.None, monthFrom, monthTo, monthYear, monthWhy)
                {
                    Anchor = countedMonth,
                };
                type = TimeType.Date;
            }
            else if (yearCount is int countedYear)
            {
                var countedYearStart = new DateOnly(countedYear, 1, 1);
                value = new TimeValue($"{countedYear:D4}", TimePrecision.Year, TimeMod.None, countedYearStart, new DateOnly(countedYear, 12, 31), yearCountSource,
                    yearCountWhy)
                {
                    Anchor = countedYearStart,
                };
                type = TimeType.Date;
            }
            else if (EdgeOfToldUnit(document, spec, r, si, published) is DateOnly toldOn)
            {
                // "wrote to the bank on February 2 and gave it until the end of the month" (written in March): "the month" is
                // the one of the day the sentence just told, not the month of writing.
                value = TimeResolver.Resolve(spec, tense, ResolutionContext.At(toldOn)) with
                {
                    Reason = $"counted from the day the sentence told before it, {Calendar.Iso(toldOn)}",
                    Anchor = toldOn,
                    Year = document.Times[^1].Value.Year,
                };
            }
            else if (spec.Kind == SpecKind.Weekday && spec.Offset is null && !spec.Anaphoric && tense == Tense.Past && published is DateOnly decreedBy
                && OpensDecreedPeriod(document.Text, found, k))
            {
                // "declared three days of national mourning from Wednesday" (written on Tuesday, after Sunday's quake): a period
                // a decision opens starts on or after the day the story has reached, not in the week before it.
                var after = storyDay is DateOnly reached && reached <= decreedBy ? reached : decreedBy;
                value = TimeResolver.Resolve(spec, Tense.Future, ResolutionContext.At(after)) with
                {
                    Reason = $"the start of a period a decision opens: the first such weekday on or after {Calendar.Iso(after)}",
                    Anchor = after,
                };
            }
            else if ((aheadQuarterAt == si ? aheadQuarter : reported) is (int ry, int rq, var label) && IsReportedQuarter(spec, out int yearsBack, out int quartersBack))
            {
                reportedPeriod = true;
                // "the quarter", "the latest period", "a year earlier": the quarter the report is about, as it was first named
                // (a fiscal quarter need not be the calendar quarter before the publication date); "the previous quarter" the
                // one before it.
                int y = spec.HasYear ? spec.Year : ry - yearsBack;
                int q = rq - quartersBack;
                if (q < 1)
                {
                    (y, q) = (y - 1, q + 4);
                }
                value = TimeResolver.Resolve(new TimeSpec { Kind = SpecKind.Calendar, Year = y, Quarter = q }, tense, ctx) with
                {
                    Reason = $"the reported quarter, first named as \"{label}\"" + (yearsBack > 0 ? ", a year back" : quartersBack > 0 ? ", the one before it" : ""),
                };
            }
            else if (rangeStart is { Earliest: DateOnly startDay } startValue)
            {
                // Whatever the tense ("was closed from 6pm Friday until noon Saturday"), the end is the first such weekday on or
                // after the start, so the two ends cannot fall in different weeks.
                value = TimeResolver.Resolve(spec, Tense.Future, ResolutionContext.At(startDay)) with
                {
                    Reason = $"the end of a range that starts on {Calendar.Iso(startDay)}: the first such weekday on or after it",
                    Anchor = startDay,
                    Year = startValue.Year,
                };
            }
            else if (listedAfter is { Earliest: DateOnly listedDay } listedValue)
            {
                value = TimeResolver.Resolve(spec, Tense.Future, ResolutionContext.At(listedDay)) with
                {
                    Reason = $"listed after {Calendar.Iso(listedDay)}: the first such weekday on or after it",
                    Anchor = listedDay,
                    Year = listedValue.Year,
                };
            }
            else if (saidOn is { Earliest: DateOnly saidDay } saidValue)
            {
                value = TimeResolver.Resolve(spec, Tense.Future, ResolutionContext.At(saidDay.AddDays(1))) with
                {
                    Reason = $"\"would\" after a day of saying, {Calendar.Iso(saidDay)}: the first such weekday after it",
                    Anchor = saidDay,
                    Year = saidValue.Year,
                };
            }
            else if (spec.Kind == SpecKind.Weekday && spec.Offset is null && !spec.Anaphoric && storyDay is null
                && (storyDayUnknown || storyPastPeriod is not null) && OnTheWeekday(document.Text, r.Start)
                && PastPeriodInSentence(document, si, published))
            {
                // "In the last election, in October 2022, the count was not declared until the Tuesday afternoon": "the"
                // weekday of a past period the story names no day of; which one is not told, and it is not this week's.
                value = TimeResolver.Resolve(spec, tense, ResolutionContext.None) with
                {
                    Reason = $"\"the\" weekday of {document.Slice(document.Times[^1].Span)}, which the story names no day of",
                };
            }
            else if (spec.Kind == SpecKind.Weekday && spec.Offset is null && !spec.Anaphoric && storyDay is DateOnly namedDay
                && OnTheWeekday(document.Text, r.Start))
            {
                // "The season starts on Friday, August 14. Rovers open at home at 7.45pm on the Friday": "the" points back to
                // the days the story is telling, so the first such weekday on or after its last named day.
                value = TimeResolver.Resolve(spec, Tense.Future, ResolutionContext.At(namedDay)) with
                {
                    Reason = $"\"the\" weekday of the story's days: the first on or after its last named day {Calendar.Iso(namedDay)}",
                    Anchor = namedDay,
                    Year = storyDayYear,
                };
            }
            else if (spec.Anaphoric && spec.Kind == SpecKind.Calendar && spec.Month < 0 && spec.Day > 0)
            {
                value = DayOfStoryMonth(spec.Day, tense, storyDay, storyDayYear, storyDayUnknown ? null : published);
            }
            else if (spec.Anaphoric && spec.Kind == SpecKind.Weekday)
            {
                // "the following Tuesday": the first such weekday after the story's last named day; after a period
                // with no single day ("since early December, ... the following Tuesday") it cannot be placed.
                value = storyDay is DateOnly day
                    ? TimeResolver.Resolve(spec, tense, ResolutionContext.At(day)) with
                    {
                        Reason = $"counted from the story's last named day {Calendar.Iso(day)}",
                        Anchor = day,
                        Year = storyDayYear,
                    }
                    : storyDayUnknown || storyDate is not null
                    ? TimeResolver.Resolve(spec, tense, ResolutionContext.None) with { Reason = "counted from a day the story does not date" }
                    : TimeResolver.Resolve(spec, tense, ctx);
            }
            else if (spec.Anaphoric && spec.Unit == Lexicon.TimeUnit.Day && spec.Offset == 0 && IsTradingSession(document.Text, r.End)
                && storyDay is DateOnly oldDay && published is DateOnly reportDay
                && (reportDay.DayNumber - oldDay.DayNumber > StaleSessionDays || (oldDay > reportDay && tense != Tense.Future)))
            {
                // "The regulator opened an inquiry on February 2 ... shares fell in morning trading" (written in March): a trading
                // session in a report is the day of writing unless the story's day is recent. "Sales open on Friday. Shares
                // rose in morning trading": a session told as done is not on a day still ahead.
                value = TimeResolver.Resolve(spec, tense, ctx);
            }
            else if (spec.Anaphoric && spec.Unit == Lexicon.TimeUnit.Weekend && spec.Offset == 1 && storyDay is DateOnly weekday
                && weekday.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                // "on Wednesday ... the following weekend": the weekend of that day's own week, which is still ahead of it.
                var own = spec.Clone();
                own.Offset = 0;
                value = TimeResolver.Resolve(own, Tense.Future, ResolutionContext.At(weekday)) with
                {
                    Reason = $"the weekend after the story's last named day {Calendar.Iso(weekday)}",
                    Anchor = weekday,
                    Year = storyDayYear,
                };
            }
            else if (spec.Anaphoric && spec.Unit is Lexicon.TimeUnit.Day or Lexicon.TimeUnit.Week or Lexicon.TimeUnit.Weekend)
            {
                // "the previous day", "the next morning": from the story's last named day; with none, from the day of writing.
                if (storyDay is null && !storyDayUnknown && spec.Offset == 0 && !spec.DayOfStory && !StartsWithEdge(document.Text, r.Start) && !IsTradingSession(document.Text, r.End))
                {
                    // "trades made that day": with no day named before, "that day" is any such day, not a date.
                    continue;
                }
                // "the recorders will be flown to Washington overnight": ahead of the story's day, its own coming night.
                // "on Saturday overnight", "overnight on Saturday": the night that day is written with is its own night.
                bool dayBeside = spec.Overnight && OwnNightOfDayBeside(document.Text, found, k);
                bool tonight = spec.Overnight && tense == Tense.Future && WillBefore(document.Text, sentences[si].Span.Start, r.Start);
                if (spec.Overnight && (storyNight || dayBeside || tonight))
                {
                    spec = spec.Clone();
                    spec.Offset = 0;
                }
                value = spec.Overnight && !(tonight && !dayBeside && NextClauseJoined(document.Text, found, k))
                    && NextDayInSentence(document, found, k, ctx) is TimeValue morning
                    ? TimeResolver.Resolve(NightOf(spec, dayBeside), tense, ResolutionContext.At(morning.Earliest!.Value)) with
                    {
                        Reason = dayBeside
                            ? $"the night of {Calendar.Iso(morning.Earliest!.Value)}, the day written with it"
                            : $"the night before {Calendar.Iso(morning.Earliest!.Value)}, the day the sentence names next",
                        Anchor = morning.Earliest,
                        Year = morning.Year,
                    }
                    : storyDayUnknown && storyDayNoYear is FiledDay noYear && TimeResolver.FromDayWithoutYear(spec, tense, noYear) is TimeValue counted
                    ? counted
                    : storyDayUnknown
                    ? TimeResolver.Resolve(spec, tense, ResolutionContext.None) with { Reason = "counted from a day the story names without a date" }
                    : tense == Tense.Past && spec.Offset < 0 && storyDay is DateOnly ahead && published is DateOnly on && ahead > on
                      && storyPastDay is DateOnly back
                    ? TimeResolver.Resolve(spec, tense, ResolutionContext.At(back)) with
                    {
                        // "before they face New Zealand next Saturday ... The previous week, England had lost": a look back
                        // told in the past counts from the last day behind the story, not from the day it looked ahead to.
                        Reason = $"counted from the story's last named past day {Calendar.Iso(back)}",
                        Anchor = back,
                        Year = storyDayYear,
                    }
                    : storyWeek is DateOnly toldWeek && spec.Unit is Lexicon.TimeUnit.Week or Lexicon.TimeUnit.Weekend && spec.Offset is int by && by != 0
                    ? FromToldWeek(spec, tense, toldWeek, by, storyWeekText)
                    : (storyNight || (storyLateSentence >= 0 && si - storyLateSentence <= NightRunSentences)) && storyDay is DateOnly eve
                      && IsMorningAfterNight(spec, document.Text, r.Start)
                      && !(tense == Tense.Past && published is DateOnly nightWritten && eve >= nightWritten)
                      && !document.Text.AsSpan(sentences[si].Span.Start, r.Start - sentences[si].Span.Start).Contains(" had ", StringComparison.OrdinalIgnoreCase)
                    ? TimeResolver.Resolve(spec, tense, ResolutionContext.At(eve.AddDays(1))) with
                    {
                        // "Rebels crossed the river late on Tuesday evening. By dawn they had taken the town": told on from an
                        // evening or night, or a sentence or two after a day told late ("late on Saturday. By morning,"), the
                        // morning is the next day's.
                        Reason = $"the morning after the evening or night of the story's last named day {Calendar.Iso(eve)}",
                        Anchor = eve.AddDays(1),
                        Year = storyDayYear,
                    }
                    : storyDay is DateOnly day
                    ? TimeResolver.Resolve(spec, tense, ResolutionContext.At(day)) with
                    {
                        Reason = $"counted from the story's last named day {Calendar.Iso(day)}",
                        Anchor = day,
                        Year = storyDayYear,
                    }
                    : storyPastPeriod is string period && tense != Tense.Future && spec.Offset != 0
                    ? TimeResolver.Resolve(spec, tense, ResolutionContext.None) with { Reason = $"counted from a day of {period} the story does not name" }
                    : TimeResolver.Resolve(spec, tense, ctx);
            }
            else if (spec.EntryStamp)
            {
                // A live page stamps its entries newest first as often as oldest first, so a stamp is the page's day by the
                // clock of writing; it neither moves the story's day nor orders the clocks of the story told under it.
                var reading = stampReadings is null ? StampDial.AsWritten : stampReadings[k];
                string why = "a live page's entry stamp, on the day of writing";
                if (reading == StampDial.Afternoon)
                {
                    spec = spec.Clone();
                    spec.Hour += 12;
                    why += "; p.m.: the page's stamps run through noon on the 12-hour dial and this one is past the turn";
                }
                value = TimeResolver.Resolve(spec, tense, ctx) with { Reason = why };
                if (reading == StampDial.EitherHalf && value.Value.IndexOf('T') is > 0 and int stampAt)
                {
                    // "9:05" on a page that shows neither a 24-hour stamp nor a run through noon: 09:05 would invent the a.m.
                    value = value with
                    {
                        Value = value.Value[..stampAt],
                        Precision = TimePrecision.Day,
                        Reason = why + $"; {spec.Hour}:{spec.Minute:D2} or {spec.Hour + 12}:{spec.Minute:D2}: the page's other stamps show neither a 24-hour clock nor a run through noon, so the day only",
                    };
                    spec = spec.Clone();
                    spec.Hour = -1;
                }
                (entryDay, entryClock, entrySentence) = value.Earliest is DateOnly stamped && value.Latest == stamped && spec.Hour >= 0
                    ? ((DateOnly?)stamped, spec.Hour * 60 + Math.Max(0, spec.Minute), si) : ((DateOnly?)null, -1, -1);
            }
            else if (spec.Kind == SpecKind.Clock && tense != Tense.Past && entryDay is DateOnly stampDay && si >= entrySentence
                && spec.Hour >= 0 && spec.Hour * 60 + Math.Max(0, spec.Minute) < entryClock && !spec.OpenHalf)
            {
                // "21:05 … Flights are not expected to resume before 1 a.m.": not yet done, a clock earlier than the entry's
                // stamp is on the day after the stamp's.
                var next = stampDay.AddDays(1);
                value = TimeResolver.Resolve(spec, tense, ResolutionContext.At(next)) with
                {
                    Reason = $"a clock ahead of the entry stamped {entryClock / 60:D2}:{entryClock % 60:D2} on {Calendar.Iso(stampDay)}, and earlier: the next day",
                    Anchor = next,
                };
            }
            else if (spec.Kind == SpecKind.Clock && (tense != Tense.Future || storyClockSentence == si) && storyDay is DateOnly before && spec.Hour >= 0 && storyClock > spec.Hour * 60 + Math.Max(0, spec.Minute)
                && (storyClockSentence == si || (storyClockSentence >= 0 && si - storyClockSentence <= NightRunSentences
                    && storyClock >= 18 * 60 && spec.Hour * 60 + Math.Max(0, spec.Minute) + 24 * 60 - storyClock <= 12 * 60
                    && !(tense == Tense.Past && published is DateOnly clockNightWritten && before >= clockNightWritten)))
                && !document.Text.AsSpan(sentences[si].Span.Start, r.Start - sentences[si].Span.Start).Contains(" had ", StringComparison.OrdinalIgnoreCase))
            {
                // "The session opened at 10 a.m. on Sunday and the vote came shortly after 6 a.m.": told in order, a clock
                // earlier than the one just given on that day is on the day after. Across sentences only over one night: "The
                // storm hit at 11 p.m. on Saturday. By 3:00 the power was out" (a sentence or two on, from an evening clock to
                // one at most twelve hours later); otherwise a later sentence may go back within the day. Ahead too within one
                // sentence: "Polls closed at 10pm, with the first results due shortly after 1am".
                var next = before.AddDays(1);
                value = TimeResolver.Resolve(spec, tense, ResolutionContext.At(next)) with
                {
                    Reason = $"a clock time earlier than the story's last one, {storyClock / 60:D2}:{storyClock % 60:D2} on {Calendar.Iso(before)}, told after it: the next day",
                    Anchor = next,
                    Year = storyDayYear,
                };
            }
            else if (spec.Kind == SpecKind.Clock && storyDay is DateOnly lateDay && storyLateSentence >= 0 && storyClock < 0
                && spec.Hour is >= 0 and < SmallHoursEnd && (tense != Tense.Future || storyLateSentence == si) && si - storyLateSentence <= NightRunSentences
                && !(tense == Tense.Past && published is DateOnly lateWritten && lateDay >= lateWritten)
                && !document.Text.AsSpan(sentences[si].Span.Start, r.Start - sentences[si].Span.Start).Contains(" had ", StringComparison.OrdinalIgnoreCase))
            {
                // "returned its verdicts late on Wednesday. Shortly after midnight, the lawyers filed an appeal": a clock in the
                // small hours told after a day told late, in the evening or at night, is on the next day, as one after an evening
                // clock is (above).
                var next = lateDay.AddDays(1);
                pastMidnight = true;
                value = TimeResolver.Resolve(spec, tense, ResolutionContext.At(next)) with
                {
                    Reason = $"a clock in the small hours told after the story's day {Calendar.Iso(lateDay)} was told late: the next day",
                    Anchor = next,
                    Year = storyDayYear,
                };
            }
            else if (spec.Kind == SpecKind.Clock && (storyDay is not null || storyDayUnknown)
                && (tense != Tense.Future || (storyDay is DateOnly dayAhead && published is DateOnly dayWritten && dayAhead > dayWritten))
                && !(tense == Tense.Past && storyDaySentence != si && storyDay is DateOnly dayLater && published is DateOnly clockWritten && dayLater > clockWritten))
            {
                // Not told in the past when the story's day is ahead of writing ("closed today and tomorrow. Trains were
                // suspended at 7am"): what is done cannot fall on a day still to come, so the clock keeps the day of writing. A day
                // named in the clock's own sentence holds ("gave birth on Friday, 6th July, at 12.45 pm"; "can't vlog tomorrow ...
                // wake up for my 8:15 a.m. class").
                // "The blast tore through the hall shortly after 3 a.m." after "in the small hours of Tuesday": that day's clock.
                // Ahead too when the story's day is ahead: "The country votes on Sunday. Polls open at 8am" is Sunday's 8am.
                value = storyDay is DateOnly day
                    ? TimeResolver.Resolve(spec, tense, ResolutionContext.At(day)) with
                    {
                        Reason = $"a clock time alone is on the story's last named day {Calendar.Iso(day)}",
                        Anchor = day,
                        Year = storyDayYear,
                    }
                    : TimeResolver.Resolve(spec, tense, ResolutionContext.None) with { Reason = "a clock time on a day the story names without a date" };
            }
            else if (spec.Kind == SpecKind.Calendar && spec.Season is string bareSeason && !spec.HasYear && spec.Offset is null
                && spec.YearOffset is null && (spec.Anaphoric || (bareSeason == storySeason && tense == (storySeasonAhead ? Tense.Future : Tense.Past)
                    && !IsSeasonCountedElsewhere(NeighbourWords.After(document.Text, r.End))))
                && SeasonYearOfStory(bareSeason, storySeason, storySeasonYear, spec.Anaphoric ? storyDate : null) is int seasonYear)
            {
                // "Snow fell heavily last winter. The winter cost the resorts ...": the season the story named, told in the tense of
                // its side of the publication date (a present "the winter is long" or "the winter could be harsh" may be any, "the
                // winter ahead" or "the summer after the 2012 loss" is not it), not the one nearest the publication date; "That
                // summer" after "In 2019" is 2019's.
                var own = spec.Clone();
                own.Anaphoric = false;
                own.Year = seasonYear;
                value = TimeResolver.Resolve(own, tense, ctx) with
                {
                    Reason = bareSeason == storySeason ? "the season the story last named" : "the season of the year the story last named",
                    Anchor = (storySeason == bareSeason ? storySeasonSource : storyYear) == YearSource.Stated ? null : published,
                    Year = storySeason == bareSeason ? storySeasonSource : storyYear,
                };
            }
            else if (spec.Anaphoric && spec.Kind == SpecKind.Calendar && spec.Season is not null)
            {
                // "That winter" with no year told before it: the nearest, as "the winter" would be.
                var own = spec.Clone();
                own.Anaphoric = false;
                value = TimeResolver.Resolve(own, tense, ctx);
            }
            else if (tense == Tense.Past && storyDate is DateOnly storyFrom && published is DateOnly writtenAfter && storyFrom.Year < writtenAfter.Year
                && IsTheNextPeriod(spec, document.Text, r.Start))
            {
                // "She qualified in 1959 and spent the next decade in London", "arrested in May 1990 and charged the next month": in
                // a past account "the next" counts on from the story's last stated date, as "the following" does.
                value = TimeResolver.Resolve(spec, tense, ResolutionContext.At(storyFrom)) with
                {
                    Reason = $"\"the next\" in a past account: counted from the story's last stated date {Calendar.Iso(storyFrom)}",
                    Anchor = storyFrom,
                    Year = storyYear,
                };
            }
            else if (spec.Anaphoric && spec.Kind == SpecKind.Relative && spec.Unit is Lexicon.TimeUnit.Decade or Lexicon.TimeUnit.Century)
            {
                // "In the 1970s and early 1980s ... by the middle of the decade": the decade the story last named, told in the
                // past; with none named, or ahead ("will halve by the end of the decade"), the one being written in.
                int namedEra = spec.Unit == Lexicon.TimeUnit.Decade ? storyDecade : storyCentury;
                if (namedEra >= 0 && tense != Tense.Future)
                {
                    var era = new TimeSpec { Kind = SpecKind.Era, Era = namedEra, EraUnit = spec.Unit, Mod = spec.Mod };
                    value = TimeResolver.Resolve(era, tense, ctx) with { Reason = $"the {(spec.Unit == Lexicon.TimeUnit.Decade ? "decade" : "century")} the story last named" };
                }
                else
                {
                    var own = spec.Clone();
                    own.Anaphoric = false;
                    value = TimeResolver.Resolve(own, tense, ctx);
                }
            }
            else if (spec.Anaphoric)
            {
                // "that year", "the following month": counted from the last date the story gave, never from the publication date.
                value = storyDate is DateOnly told && spec.Unit == Lexicon.TimeUnit.Month && storyPrecision < TimePrecision.Month
                    ? MonthOfCoarseDate(spec, told, storyDateLast ?? told, storyYear)
                    : storyDate is DateOnly told2
                    ? TimeResolver.Resolve(spec, tense, ResolutionContext.At(told2)) with
                    {
                        Reason = $"counted from the story's last stated date {Calendar.Iso(told2)}",
                        Anchor = told2,
                        Year = storyYear,
                    }
                    : TimeResolver.Resolve(spec, tense, ResolutionContext.None);
            }
            else
            {
                bool yearFromSentence = si == sentenceYearAt && tense != Tense.Future && IsYearlessMonth(spec);
                if (yearFromSentence)
                {
                    spec = WithYear(spec, sentenceYear);
                }
                bool yearFromPeriod = !yearFromSentence && si == periodYearAt && PartEndMonth(spec) > periodEndMonth && !spec.HasYear
                    && spec.Offset is null && spec.YearOffset is null && !spec.Anaphoric;
                if (yearFromPeriod)
                {
                    spec = WithYear(spec, periodYear);
                }
                value = TimeResolver.Resolve(spec, tense, ctx);
                if (yearOfStory is DateOnly storyYearFrom)
                {
                    value = value with
                    {
                        Reason = $"in the year counted from the story's last stated date {Calendar.Iso(storyYearFrom)}",
                        Anchor = storyYearFrom,
                        Year = yearOfStorySource,
                    };
                }
                if (tense == Tense.Future && published is DateOnly writtenAt && IsYearlessDay(spec) && AfterIt(document.Text, r.Start)
                    && TimeResolver.Resolve(spec, Tense.Past, ctx) is { Earliest: DateOnly lately } recent
                    && writtenAt.DayNumber - lately.DayNumber <= RecentlyPastDays)
                {
                    // "will resume on Monday after the Easter recess", written ten days after Easter: what follows lies ahead,
                    // not the day itself, so a day just behind the publication date is the one meant, not next year's.
                    value = recent with { Reason = $"a day just past, {Calendar.Iso(lately)}, after which something lies ahead" };
                }
                if (spec.Kind == SpecKind.Weekday && spec.Offset is null && tense == Tense.Future && storyDay is DateOnly ahead
                    && published is DateOnly writtenOn && ahead > writtenOn && value.Earliest is DateOnly due && due < ahead
                    && IsDeadlineWord(NeighbourWords.Before(document.Text, r.Start)))
                {
                    // "will strike on Tuesday and Wednesday ... back to normal by Friday morning": a deadline after days the
                    // story has already looked ahead to is the first such weekday after them; one that falls on the last of
                    // them ("heat from Monday to Wednesday, an alert until late on Wednesday") is that day.
                    value = TimeResolver.Resolve(spec, tense, ResolutionContext.At(ahead.AddDays(1))) with
                    {
                        Reason = $"a deadline after the story's last named day {Calendar.Iso(ahead)}, itself ahead",
                        Anchor = ahead,
                    };
                }
                if (yearFromSentence)
                {
                    value = value with { Reason = $"year {sentenceYear} named earlier in the sentence" };
                }
                if (yearFromPeriod)
                {
                    value = value with { Reason = $"later in the year {periodYear} of the quarter or half named earlier in the sentence" };
                }
                if (spec.Kind == SpecKind.Calendar && spec.HasYear && PartEndMonth(spec) > 0)
                {
                    (periodYearAt, periodYear, periodEndMonth) = (si, spec.Year, PartEndMonth(spec));
                }
                if (spec.Kind == SpecKind.Calendar && spec.HasYear && spec.Month < 0 && spec.Day < 0 && spec.Quarter < 0 && spec.Half < 0
                    && spec.Season is null && spec.RangeEnd is null && tense != Tense.Future
                    && FramesSentence(document.Text, sentences[si].Span.Start, r.Start, r.End))
                {
                    sentenceYearAt = si;
                    sentenceYear = spec.Year;
                }
                if (spec.Kind == SpecKind.Calendar && value.Earliest is DateOnly first && value.Precision is >= TimePrecision.Year and <= TimePrecision.Day)
                {
                    storyDate = first;
                    storyYear = value.Year;
                    storyPrecision = value.Precision;
                    storyDateLast = value.Latest;
                }
            }
            if (halfFrom is not null)
            {
                value = value with { Reason = ReasonAnd(value.Reason, halfFrom) };
            }
            else if (spec.OpenHalf && spec.ClockInWords && spec.RangeEnd is null && value.Precision == TimePrecision.Minute
                && value.Value.IndexOf('T') is > 0 and int clockAt)
            {
                // "It is now two o'clock" with no part of the day said or told: 02:00 would invent the a.m., so only the day.
                value = value with
                {
                    Value = value.Value[..clockAt],
                    Precision = TimePrecision.Day,
                    Reason = ReasonAnd(value.Reason, $"{spec.Hour % 12} or {spec.Hour % 12 + 12} o'clock: the words give no a.m. or p.m. and the story no part of the day, so the day only"),
                };
                spec = spec.Clone();
                spec.Hour = -1;
            }
            if (spec.EitherOrder && spec.RangeEnd is null && value.Earliest is DateOnly monthFirstDay && value.Latest == monthFirstDay)
            {
                numericOrder ??= NumericDateOrder.Decide(document.Text, out numericOrderWhy);
                if (numericOrder == DateOrder.DayFirst && Calendar.TryDate(monthFirstDay.Year, monthFirstDay.Day, monthFirstDay.Month, out var dayFirstDay))
                {
                    value = value with
                    {
                        Value = Calendar.Iso(dayFirstDay),
                        Earliest = dayFirstDay,
                        Latest = dayFirstDay,
                        Reason = ReasonAnd(value.Reason, $"day first: {numericOrderWhy}"),
                    };
                }
                else if (numericOrder == DateOrder.MonthFirst)
                {
                    value = value with { Reason = ReasonAnd(value.Reason, $"month first: {numericOrderWhy}") };
                }
                else if (Calendar.TryDate(monthFirstDay.Year, monthFirstDay.Day, monthFirstDay.Month, out var otherDay))
                {
                    // "Published: 06/03/2025" with no other date to tell: 6 March or June 3; the days cover both, and the
                    // value names only the year both share (the page's date line is left unread for the same reason).
                    var (early, late) = otherDay < monthFirstDay ? (otherDay, monthFirstDay) : (monthFirstDay, otherDay);
                    value = value with
                    {
                        Value = $"{monthFirstDay.Year:D4}-XX-XX",
                        Precision = TimePrecision.Year,
                        Earliest = early,
                        Latest = late,
                        Reason = ReasonAnd(value.Reason, $"day and month order unknown: {Calendar.Iso(otherDay)} (day first) or {Calendar.Iso(monthFirstDay)} (month first), and no other date in the article says which"),
                    };
                }
            }
            if (quarterly && reported is null && tense != Tense.Future && NamedQuarter(document.Text, r, value, published) is { } named)
            {
                // Later "the quarter" / "a year earlier" mean the quarter the report first named (not one it looks ahead to).
                reported = named;
                reportedPeriod = true;
            }
            else if (quarterly && tense == Tense.Future && NamedQuarter(document.Text, r, value, published) is { } ahead)
            {
                aheadQuarter = ahead;
                aheadQuarterAt = si;
            }
            // "arrested on Sunday over a raid late on Saturday, prosecutors said on Monday": the day of the report, a few days
            // after a day the sentence told, leaves the story on the told day ("killed on June 12 ..., AP reported on Friday",
            // weeks later, is a background date, and the report's day is the story's).
            bool dayOfSaying = storyDaySentence == si && storyDay is DateOnly toldBefore && value.Earliest is DateOnly toldNow
                && toldNow > toldBefore && toldNow.DayNumber - toldBefore.DayNumber <= SayingAfterDays && spec.Hour < 0
                && IsDayOfSaying(document.Text, r.Start, r.End);
            // A clock range ("between 10 and 11:30 a.m. on Wednesday") lies in one day, which the story has moved to.
            if (!habit && !dayOfSaying && !pastMidnight && fromEvent is null && stretch is null && !spec.EntryStamp && value.Precision is >= TimePrecision.Month and <= TimePrecision.Minute && (r.Spec.RangeEnd is null || r.Spec.Type == TimeType.Time) && !spec.Overnight
                && spec.Kind is not (SpecKind.Reference or SpecKind.Duration or SpecKind.Set) && !EndsAPeriod(document.Text, r.Start))
            {
                if (tense == Tense.Future && IsDeadlineWord(NeighbourWords.Before(document.Text, r.Start))
                    && !(value.Earliest is DateOnly due && published is DateOnly writtenDay && due <= writtenDay))
                {
                    // "extended a warning until Saturday evening, saying snow could fall overnight": a deadline ahead bounds
                    // what is told; the story stays on its day. One already reached ("results declared by 9am on Friday",
                    // written on Friday) is a day told.
                }
                else if (tense == Tense.Past && spec.Hour < 0 && spec.PartOfDay is null
                    && NeighbourWords.Before(document.Text, r.Start).Equals("by", StringComparison.OrdinalIgnoreCase)
                    && value.Precision >= TimePrecision.Day && value.Latest is DateOnly limit && published is DateOnly writtenOn && limit < writtenOn)
                {
                    // "had rescued 40 people by Monday": a limit reached before the report is when a count stood, not a day
                    // the story moved to; "Overnight" after it is still the night before the report's day.
                }
                else if (value.Precision >= TimePrecision.Day && value.Earliest is DateOnly only && value.Latest == only)
                {
                    // A day ahead is a day told too ("will vote on Friday; the previous day ...").
                    storyDay = only;
                    storyDaySentence = si;
                    storyPastPeriod = null;
                    storyMonth = null;
                    storyWeek = null;
                    storyDayYear = value.Year;
                    (storyClock, storyClockSentence) = spec.Hour >= 0 ? (spec.Hour * 60 + Math.Max(0, spec.Minute), si) : (-1, -1);
                    storyLateSentence = spec.Hour < 0 && (value.Mod == TimeMod.End || spec.PartOfDay is "EV" or "NI") ? si : -1;
                    storyPart = spec.PartOfDay;
                    storyPastDay = published is DateOnly on && only > on ? storyPastDay : only;
                    storyDayUnknown = false;
                    storyNight = IsEveningOrNight(spec);
                }
                else if (tense == Tense.Future && WholeWeek(value) is DateOnly weekAhead)
                {
                    // "will visit Paris next week. The following week ...": a week ahead is no move of the story's day, but a
                    // week counted on from it starts there.
                    storyWeek = weekAhead;
                    storyWeekText = document.Text[r.Start..r.End];
                }
                else if (tense == Tense.Future && value.Precision is >= TimePrecision.Year and <= TimePrecision.Month && spec.RangeEnd is null
                    && value.Earliest is DateOnly periodAhead)
                {
                    (aheadStart, aheadPrecision, aheadYear, aheadSentence, aheadAt, aheadText) =
                        (periodAhead, value.Precision, value.Year, si, k, AheadText(document.Text[r.Start..r.End], value));
                }
                else if (tense != Tense.Future)
                {
                    // (A month or week ahead, "will resume next week", is a look ahead, not a move of the story.)
                    if (value.Earliest is not DateOnly from || value.Latest is not DateOnly to)
                    {
                        // "on Thursday" with no date to place it: the day after it cannot be placed either.
                        storyDay = null;
                        storyDayUnknown = true;
                        storyDayNoYear = DayWithoutYear(value, document.Text[r.Start..r.End]);
                        storyNight = IsEveningOrNight(spec);
                    }
                    else if (storyDay is DateOnly last && (last < from || last > to) && !IsSinceStart(document.Text, r.Start))
                    {
                        // "April 14, 2024 ... mid-August ... on the 14th": the story has moved on from its last day.
                        storyDay = null;
                        storyDayUnknown = false;
                    }
                    storyPastPeriod = storyDay is null && !storyDayUnknown && value.Precision is TimePrecision.Month or TimePrecision.Week
                        && value.Latest is DateOnly monthLast && published is DateOnly monthWritten && monthLast < monthWritten
                        ? document.Text[r.Start..r.End] : null;
                    (storyMonth, storyMonthYear, storyMonthSentence) = storyPastPeriod is not null && value.Precision == TimePrecision.Month
                        ? (value.Earliest, value.Year, si) : (null, YearSource.Unknown, -1);
                    storyWeek = storyDay is null && !storyDayUnknown && WholeWeek(value) is DateOnly weekFrom ? weekFrom : null;
                    storyWeekText = document.Text[r.Start..r.End];
                }
            }
            else if (!habit && tense != Tense.Future && !reportedPeriod && value.Precision is >= TimePrecision.Year and < TimePrecision.Month && spec.RangeEnd is null
                && spec.Kind is SpecKind.Calendar or SpecKind.Relative && storyDay is null && !storyDayUnknown
                && value.Latest is DateOnly periodEnd && published is DateOnly periodWritten && periodEnd < periodWritten)
            {
                // "In 2024 the firm was sold, and the buyer resigned the following week": as a month does (above).
                storyPastPeriod = document.Text[r.Start..r.End];
                storyMonth = null;
                if (value.Precision == TimePrecision.Year && value.Earliest is DateOnly yearStart && value.Latest is DateOnly yearEnd
                    && yearStart.Month == 1 && yearStart.Day == 1 && yearEnd.Year == yearStart.Year && yearEnd.Month == 12 && yearEnd.Day == 31)
                {
                    (storyYearText, storyYearStart, storyYearSource, storyYearSentence) = (storyPastPeriod, yearStart, value.Year, si);
                }
            }
            else if (!habit && tense != Tense.Future && !reportedPeriod && value.Precision is >= TimePrecision.Year and < TimePrecision.Month && spec.RangeEnd is null
                && spec.Kind is SpecKind.Calendar or SpecKind.Relative && storyDay is DateOnly told
                && value.Earliest is DateOnly periodFrom && value.Latest is DateOnly periodTo && (told < periodFrom || told > periodTo)
                && !IsSinceStart(document.Text, r.Start))
            {
                // "discharged on Tuesday ... released on bail last autumn. At a hearing the following week": the story has moved
                // to a season (year, quarter) it names no day of, so a day or week counted from "its day" cannot be placed.
                storyDay = null;
                storyDayUnknown = true;
                storyDayNoYear = null;
            }
            else if (!habit && tense == Tense.Future && value.Precision is >= TimePrecision.Year and < TimePrecision.Month && spec.RangeEnd is null
                && spec.Kind is SpecKind.Calendar or SpecKind.Relative && value.Earliest is DateOnly longerAhead)
            {
                // "will open in 2025", "next summer": a look ahead too (above), and what a count right after it counts from.
                (aheadStart, aheadPrecision, aheadYear, aheadSentence, aheadAt, aheadText) =
                    (longerAhead, value.Precision, value.Year, si, k, AheadText(document.Text[r.Start..r.End], value));
            }
            if (spec.Season is string namedSeason && spec.RangeEnd is null && value.Precision == TimePrecision.Season && value.Earliest is DateOnly seasonStart)
            {
                storySeason = namedSeason;
                storySeasonYear = seasonStart.Year;
                storySeasonAhead = published is DateOnly seasonWritten && seasonStart > seasonWritten;
                storySeasonSource = value.Year;
            }
            if (tense != Tense.Future && spec.RangeEnd is null)
            {
                if (spec.Kind == SpecKind.Era)
                {
                    (storyDecade, storyCentury) = spec.EraUnit == Lexicon.TimeUnit.Decade ? (spec.Era, spec.Era / 10) : (-1, spec.Era);
                }
                else if (spec.Kind == SpecKind.Calendar && spec.HasYear)
                {
                    (storyDecade, storyCentury) = (spec.Year / 10, spec.Year / 100);
                }
            }
            TimeValue? end = null;
            if (spec.RangeEnd is TimeSpec endSpec)
            {
                // A clock range ("from 9:30 a.m. to 5 p.m.") ends on the day it starts, whatever chose that day.
                var endCtx = spec.Kind == SpecKind.Clock ? (value.Anchor is DateOnly at ? ResolutionContext.At(at) : ResolutionContext.None) : ctx;
                end = TimeResolver.Resolve(endSpec, tense, endCtx);
                if (spec.Kind == SpecKind.Clock)
                {
                    end = end with { Reason = value.Reason, Year = value.Year };
                }
                value = KeepOrder(spec, endSpec, value, end, tense, ctx, out end);
                if (spec.Hour >= 0 && endSpec.Hour >= 0 && endSpec.Hour * 60 + endSpec.Minute < spec.Hour * 60 + spec.Minute)
                {
                    // "between 11 p.m. and 5 a.m." crosses midnight: a night told in the past ends on the day the story
                    // gives it, so it began the evening before; otherwise (a day stated, or ahead) it ends the next morning.
                    if (spec.Kind == SpecKind.Clock && tense == Tense.Past)
                    {
                        value = MovedDay(value, -1);
                    }
                    else
                    {
                        end = MovedDay(end, 1);
                    }
                }
                if (spec.Type == TimeType.Date && end is { Precision: TimePrecision.Day, Earliest: DateOnly last } && end.Latest == last
                    && value.Precision == TimePrecision.Day)
                {
                    // "adjourned on Tuesday until January 12 ... at 10 a.m. on that day": a range of days is told up to its
                    // end, which is the story's last named day.
                    storyDay = last;
                    storyDaySentence = si;
                    storyWeek = null;
                    storyDayYear = end.Year;
                    (storyClock, storyClockSentence) = (-1, -1);
                    storyLateSentence = -1;
                    storyPart = null;
                    storyPastDay = published is DateOnly on && last > on ? storyPastDay : last;
                    storyDayUnknown = false;
                    storyNight = false;
                }
            }
            if (!habit && spec.Kind is not (SpecKind.Reference or SpecKind.Duration or SpecKind.Set) && (end ?? value) is { Earliest: DateOnly, Precision: >= TimePrecision.Year and <= TimePrecision.Minute } point)
            {
                lastPoint = point;
                lastPointType = spec.Type;
            }
            if (spec.Kind == SpecKind.Duration && value.Reason is null && spec.RangeEnd is null
                && UndatedEventCountedFrom(document.Text, r.End, sentences[si].Span.End, found, k) is string countedFrom)
            {
                // "A year after the flood, the town is rebuilding": TimeML keeps the length (its TLINK says from what); the
                // date it points to is the event's plus that length, which the story does not give.
                value = value with { Reason = countedFrom };
            }
            else if (spec.Kind == SpecKind.Duration && value.Reason is null && IsDayOrWeekCount(spec) && !IsForLength(document.Text, r.Start)
                && (afterAheadMonth ? aheadText
                    : storyDay is null && !storyDayUnknown && storyMonth is not null && si - storyMonthSentence <= CountOnSentences
                      && !LengthToldSince(document, storyMonthSentence) ? storyPastPeriod : null) is string monthTold
                && CountedOn(document.Text, r.End, sentences[si].Span.End) is (int monthSide, _))
            {
                // "will open in May and close two weeks later": a count of days or weeks from a month points to a day the month
                // does not fix, so TimeML's length stays; the reason says which days it can be.
                var countFrom = afterAheadMonth ? aheadStart : storyMonth!.Value;
                var (fromFirst, fromLast) = Calendar.MonthDays(countFrom.Year, countFrom.Month);
                int shift = monthSide * CountInDays(spec);
                value = value with
                {
                    Reason = $"a length counted {(monthSide < 0 ? "back" : "on")} from {(afterAheadMonth ? monthTold : $"{monthTold} ({countFrom.Year:D4}-{countFrom.Month:D2})")}: "
                        + $"the day it points to lies between {Calendar.Iso(fromFirst.AddDays(shift))} and {Calendar.Iso(fromLast.AddDays(shift))}, which the month does not narrow to one day",
                };
            }
            document.Times.Add(new TimeExpression(span, type, value, end)
            {
                Sentence = si,
                Tense = tense,
                StartSpan = end is null ? null : RangePart(document.Text, span, first: true),
                EndSpan = end is null ? null : RangePart(document.Text, span, first: false),
            });
        }

        if (published is DateOnly p)
        {
            if (document.PublishedWindow is null)
            {
                var stated = PublicationWindow.StatedOn(p, document.Metadata.PublishedFrom ?? "metadata");
                if (StatedDateCheck.Warning(p, _clock) is string ahead)
                {
                    // Every relative date told in the report moves with a slipped date; the values stay as stated (the clock
                    // may be the one that is wrong), and the window says so.
                    stated = stated with { Evidence = [.. stated.Evidence, "warning: " + ahead] };
                }
                document.PublishedWindow = stated;
            }
        }
        else
        {
            var own = WindowFromMentions.Infer(document, weekdayYears, _clock);
            var inferred = window is null ? own : WindowFromMentions.Merge(window, own);
            if (yearlessDateline is TimeSpec filed && LedeWeekdayYears(document, found, filed, inferred) is string line)
            {
                inferred = inferred with { Evidence = [.. inferred.Evidence, line] };
            }
            document.PublishedWindow = inferred;
        }
    }

    /// <summary>
    /// "MANILA, Feb 15 (Reuters) - A strong earthquake struck on Saturday": a year-less dateline and a weekday the lede tells
    /// (not in the future tense) give, if that weekday is the filing day, the years in which the dateline's day falls on it.
    /// </summary>
    /// <remarks>Only a line of evidence: a lede's weekday is often the day before the filing day, so no year is chosen from it.
    /// The years searched are those of <see cref="WeekdayAgreement"/>, kept inside the window's bounds where it has them.</remarks>
    private string? LedeWeekdayYears(Document document, List<(RecognizedTime Time, int Sentence)> found, TimeSpec filed, PublicationWindow window)
    {
        var dateline = document.Metadata.DatelineSpan!.Value;
        int lede = -1;
        for (int i = 0; i < document.Sentences.Length; i++)
        {
            if (document.Sentences[i].Span.End > dateline.End + 2)
            {
                lede = i;
                break;
            }
        }
        foreach (var (r, si) in found)
        {
            if (r.Start < dateline.End)
            {
                continue;
            }
            if (si > lede)
            {
                return null;
            }
            var spec = r.Spec;
            // "Monday's earthquake" names an event, which may lie days before the filing; "on Saturday" tells when.
            if (spec.Kind != SpecKind.Weekday || spec.Offset is not null || spec.Anaphoric || spec.Weekday is not DayOfWeek weekday
                || (r.End + 1 < document.Text.Length && document.Text[r.End] is '\'' or '’' && document.Text[r.End + 1] == 's'))
            {
                continue;
            }
            var told = document.Times.Find(t => t.Span.Start == r.Start);
            if (told is null || told.Tense == Tense.Future)
            {
                return null;
            }
            var years = WeekdayAgreement.Matching([(weekday, filed.Month, filed.Day)], _clock);
            years.RemoveAll(y => Calendar.TryDate(y, filed.Month, filed.Day, out var d)
                && (window.HasEarliest && d < window.Earliest || window.HasLatest && d > window.Latest));
            string day = MonthDay(filed.Month, filed.Day), said = document.Slice(told.Span);
            if (years.Count == 0)
            {
                return $"the lede's \"{said}\" is not the dateline's day, {day}, in any year the window allows";
            }
            var shown = years.Count > 5 ? years.GetRange(0, 5) : years;
            return $"if the lede's \"{said}\" is the dateline's day, {day} is a {weekday} in "
                + string.Join(", ", shown) + (years.Count > 5 ? ", ..." : "") + " (evidence, not proof)";
        }
        return null;
    }

    /// <summary>The date a wire dateline gives ("ANKARA, Feb 7 (Reuters) -", "LONDON, March 3, 2025 -"): a month and day,
    /// with or without a year; null when the document has no dateline or its dateline no date.</summary>
    private static TimeSpec? DatelineDate(Document document, List<(RecognizedTime Time, int Sentence)> found)
    {
        if (document.Metadata.DatelineSpan is not TextSpan dateline)
        {
            return null;
        }
        foreach (var (r, _) in found)
        {
            var spec = r.Spec;
            if (r.Start >= dateline.Start && r.End <= dateline.End && spec.Kind == SpecKind.Calendar && spec.Month is >= 1 and <= 12 && spec.Day >= 1
                && spec.RangeEnd is null && spec.Offset is null && spec.YearOffset is null)
            {
                return spec;
            }
            if (r.Start >= dateline.End)
            {
                break;
            }
        }
        return null;
    }

    private static FiledDay Filed(Document document, TimeSpec dated) =>
        new(dated.Month, dated.Day, $"the dateline's day, {MonthDay(dated.Month, dated.Day)} (\"{document.Slice(document.Metadata.DatelineSpan!.Value)}\")");

    private static string MonthDay(int month, int day) =>
        System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month) + " " + day.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A day value with its month and day but no year ("XXXX-11-14", from "yesterday" under a year-less dateline).</summary>
    private static FiledDay? DayWithoutYear(TimeValue value, string text)
    {
        var v = value.Value;
        if (value.Precision < TimePrecision.Day || v.Length < 10 || !v.StartsWith("XXXX-", StringComparison.Ordinal)
            || !int.TryParse(v.AsSpan(5, 2), out int month) || !int.TryParse(v.AsSpan(8, 2), out int day) || month is < 1 or > 12 || day is < 1 or > 31)
        {
            return null;
        }
        return new FiledDay(month, day, $"the story's last named day, {MonthDay(month, day)} (\"{text}\")");
    }

    /// <summary>"LONDON, March 3, 2025 (Reuters) -" on a story with no publication date: the day it was filed, unless a
    /// window from other articles excludes it.</summary>
    private static PublicationWindow? DatelineWithYear(Document document, TimeSpec spec, PublicationWindow? window)
    {
        if (!Calendar.TryDate(spec.Year, spec.Month, spec.Day, out var d) || (window is { IsBounded: true } w && (d < w.Earliest || d > w.Latest)))
        {
            return null;
        }
        var evidence = new List<string>(window?.Evidence ?? [])
        {
            $"the dateline \"{document.Slice(document.Metadata.DatelineSpan!.Value)}\" gives the filing day {Calendar.Iso(d)}",
        };
        return new PublicationWindow(d, d, false, evidence) { LatestYearlessMention = window?.LatestYearlessMention, WeekdayYears = window?.WeekdayYears ?? [] };
    }

    /// <summary>
    /// "ANKARA, Feb 7 (Reuters) -": a wire dateline gives the day the story was filed without its year. When exactly one
    /// year puts that day inside the window inferred from other articles, the window narrows to that day.
    /// </summary>
    /// <param name="fits">Whether the day falls in the window in at least one year.</param>
    private static PublicationWindow? DatelineDay(Document document, TimeSpec spec, PublicationWindow window, out bool fits)
    {
        fits = false;
        DateOnly? fit = null;
        for (int year = window.Earliest.Year; year <= window.Latest.Year; year++)
        {
            if (spec.Day <= DateTime.DaysInMonth(year, spec.Month) && new DateOnly(year, spec.Month, spec.Day) is var day
                && day >= window.Earliest && day <= window.Latest)
            {
                fits = true;
                if (fit is not null)
                {
                    return null; // two years fit: the dateline cannot choose
                }
                fit = day;
            }
        }
        if (fit is not DateOnly d)
        {
            return null;
        }
        var dateline = document.Metadata.DatelineSpan!.Value;
        var evidence = new List<string>(window.Evidence)
        {
            $"the dateline \"{document.Slice(dateline)}\" gives the filing day {d.ToString("MMMM d", System.Globalization.CultureInfo.InvariantCulture)}, which falls in the window "
                + $"{Calendar.Iso(window.Earliest)} .. {Calendar.Iso(window.Latest)} only in {d.Year}",
        };
        return new PublicationWindow(d, d, false, evidence) { LatestYearlessMention = window.LatestYearlessMention, WeekdayYears = window.WeekdayYears };
    }

    /// <summary>"until (at least) the third quarter", "through the second half", "into the fourth quarter", "will be finished by
    /// the third quarter": a limit word before the period, which a forecast does not reach back to a period already over.
    /// "by" only before a period standing alone ("hurt by the third quarter's charge", "by the third-quarter loss" name a cause).</summary>
    private static bool IsLimitBefore(string text, int start, int end)
    {
        int at = NeighbourWords.StartBefore(text, start, out var w);
        if (w.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            at = NeighbourWords.StartBefore(text, at, out w);
        }
        if (w.Equals("least", StringComparison.OrdinalIgnoreCase) && NeighbourWords.TwoBefore(text, at + w.Length).Equals("at", StringComparison.OrdinalIgnoreCase))
        {
            at = NeighbourWords.StartBefore(text, at, out _);
            w = NeighbourWords.Before(text, at);
        }
        return w.Equals("until", StringComparison.OrdinalIgnoreCase) || w.Equals("till", StringComparison.OrdinalIgnoreCase)
            || w.Equals("through", StringComparison.OrdinalIgnoreCase) || w.Equals("into", StringComparison.OrdinalIgnoreCase)
            || w.Equals("beyond", StringComparison.OrdinalIgnoreCase)
            || (w.Equals("by", StringComparison.OrdinalIgnoreCase) && (end >= text.Length || text[end] is not ('\'' or '’'))
                && !text.AsSpan(start, end - start).Contains('-'));
    }

    /// <summary>A numbered quarter the story names itself ("the fiscal first quarter", "third-quarter"), with the year it
    /// resolved to; null for other expressions and for quarters more than a year before the anchor (history, not the report).</summary>
    private static (int Year, int Quarter, string Named)? NamedQuarter(string text, RecognizedTime r, TimeValue v, DateOnly? published)
    {
        var spec = r.Spec;
        if (spec.Kind != SpecKind.Calendar || spec.Quarter <= 0 || spec.YearOffset is not null || spec.Offset is not null || spec.RangeEnd is not null
            || v.Earliest is not DateOnly first || (published is DateOnly p && first.Year < p.Year - 1))
        {
            return null;
        }
        return (first.Year, spec.Quarter, text[r.Start..r.End]);
    }

    /// <summary>Whether one of sentences <paramref name="from"/>..<paramref name="to"/> opens a new item of a round-up ("Separately, ...").</summary>
    private static bool OpensNewItem(Document document, int from, int to)
    {
        for (int i = Math.Max(from, 0); i <= to; i++)
        {
            var span = document.Sentences[i].Span;
            if (document.Text.AsSpan(span.Start, span.Length).TrimStart().StartsWith("Separately,", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the expression names the report's quarter by reference ("the quarter", "the year-ago quarter",
    /// "the 1988 period", or "a year ago" in a quarterly report) and how many years back from it.</summary>
    private static bool IsReportedQuarter(TimeSpec spec, out int yearsBack, out int quartersBack)
    {
        yearsBack = 0;
        quartersBack = 0;
        if (spec.Kind != SpecKind.Relative || spec.Unit != Lexicon.TimeUnit.Quarter || spec.Offset is not (-1 or -5))
        {
            return false;
        }
        yearsBack = spec.Offset == -5 ? 1 : 0;
        quartersBack = spec.QuarterOffset == Recognition.TimeRecognizer.PreviousQuarterOffset ? 1 : 0;
        return true;
    }

    /// <summary>"the end of the month" (week, year) right after a day the same sentence (or, under a past verb, one of the two
    /// before) told in the past, in another month (week, year) than the publication date's: that day, which "the" unit is
    /// counted from; null otherwise.</summary>
    private static DateOnly? EdgeOfToldUnit(Document document, TimeSpec spec, RecognizedTime r, int si, DateOnly? published)
    {
        if (spec.Kind != SpecKind.Relative || spec.Offset != 0 || spec.Mod == TimeMod.None || spec.Anaphoric
            || spec.Unit is not (Lexicon.TimeUnit.Week or Lexicon.TimeUnit.Month or Lexicon.TimeUnit.Year)
            || published is not DateOnly written || document.Times.Count == 0
            || !document.Text.AsSpan(r.Start, r.End - r.Start).Contains(" of the ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var told = document.Times[^1];
        if (told.Sentence > si || si - told.Sentence > 2 || told.Tense != Tense.Past || told.IsRange || told.Value.Precision != TimePrecision.Day
            || told.Value.Earliest is not DateOnly day || told.Value.Latest != day || day >= written)
        {
            return null;
        }
        // "The regulator fined the bank on February 2. It gave the bank until the end of the month to pay.": a later sentence
        // goes on from that day only while its own verb is told in the past too ("Analysts expect ..." speaks from now).
        if (told.Sentence != si && TenseDetector.OwnVerbBefore(document, document.Sentences[si], new TextSpan(r.Start, r.End)) != Tense.Past)
        {
            return null;
        }
        // "Sales fell on February 2, but analysts expect a recovery by the end of the month": another clause speaks from now.
        var between = document.Text.AsSpan(told.Span.End, r.Start - told.Span.End);
        if (between.Contains(';') || between.Contains(" but ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        bool sameUnit = spec.Unit switch
        {
            Lexicon.TimeUnit.Week => System.Globalization.ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue)) == System.Globalization.ISOWeek.GetYear(written.ToDateTime(TimeOnly.MinValue))
                && System.Globalization.ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)) == System.Globalization.ISOWeek.GetWeekOfYear(written.ToDateTime(TimeOnly.MinValue)),
            Lexicon.TimeUnit.Month => day.Year == written.Year && day.Month == written.Month,
            _ => day.Year == written.Year,
        };
        return sameUnit ? null : day;
    }

    /// <summary>"declared three days of mourning from Wednesday", "announced a 48-hour strike from Monday": a weekday after
    /// "from" that starts a length the same clause gives right after a verb of decision.</summary>
    private static bool OpensDecreedPeriod(string text, List<(RecognizedTime Time, int Sentence)> found, int k)
    {
        var (r, si) = found[k];
        if (k == 0 || found[k - 1].Sentence != si || found[k - 1].Time.Spec.Kind != SpecKind.Duration
            || !NeighbourWords.Before(text, r.Start).Equals("from", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var length = found[k - 1].Time;
        if (text.AsSpan(length.End, r.Start - length.End).IndexOfAny(',', ';') >= 0)
        {
            return false;
        }
        int at = length.Start;
        var verb = NeighbourWords.Before(text, at);
        if (verb.Equals("a", StringComparison.OrdinalIgnoreCase) || verb.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            verb = NeighbourWords.Before(text, at - verb.Length - 1);
        }
        return s_decisionVerbs.Contains(verb);
    }

    /// <summary>Past tenses of deciding on a period ahead.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_decisionVerbs =
        Words("declared", "announced", "ordered", "imposed", "decreed", "proclaimed", "called", "approved", "granted");

    /// <summary>"on March 3 every year", "at 9am each day", "from 8am to 8pm every day", "at 9am on Sundays": a day or clock
    /// without a year that the next expression, a recurrence standing right after it (a comma at most between, or "on" after a
    /// clock), repeats.</summary>
    private static bool RepeatedBySetAfter(string text, List<(RecognizedTime Time, int Sentence)> found, int k)
    {
        var (r, si) = found[k];
        var spec = r.Spec;
        bool placeable = spec.Kind switch
        {
            SpecKind.Calendar => !spec.HasYear && spec.Day > 0 && spec.YearOffset is null,
            SpecKind.Clock => spec.Month < 0 && spec.Day < 0 && spec.Weekday is null,
            _ => false,
        };
        if (placeable && spec.Kind == SpecKind.Clock && OnDaysOfTheWeek(text, r.End))
        {
            // "open until 6pm on weekdays", "from 10am at weekends": the clock of each such day; "weekdays" is no expression
            // of its own, so no set follows to say so.
            return true;
        }
        if (!placeable || k + 1 >= found.Count || found[k + 1].Sentence != si || found[k + 1].Time.Spec.Kind != SpecKind.Set)
        {
            return false;
        }
        int next = found[k + 1].Time.Start;
        if (spec.Kind == SpecKind.Clock && text.AsSpan(r.End, next - r.End).Trim().Equals("on", StringComparison.Ordinal))
        {
            // "opens at 9am on Sundays": the clock of each day the set names.
            return true;
        }
        for (int i = r.End; i < next; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && !(text[i] == ',' && i == r.End))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"on weekdays", "at weekends", "on weeknights", "on working days" right after <paramref name="end"/>.</summary>
    private static bool OnDaysOfTheWeek(string text, int end)
    {
        var on = NeighbourWords.After(text, end);
        if (!on.Equals("on", StringComparison.OrdinalIgnoreCase) && !on.Equals("at", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        int at = SkipSpaces(text, SkipSpaces(text, end) + on.Length);
        var days = NeighbourWords.After(text, at);
        if (days.Equals("working", StringComparison.OrdinalIgnoreCase) || days.Equals("school", StringComparison.OrdinalIgnoreCase))
        {
            return NeighbourWords.After(text, at + days.Length).Equals("days", StringComparison.OrdinalIgnoreCase);
        }
        return days.Equals("weekdays", StringComparison.OrdinalIgnoreCase) || days.Equals("weekends", StringComparison.OrdinalIgnoreCase)
            || days.Equals("weeknights", StringComparison.OrdinalIgnoreCase) || days.Equals("workdays", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The last expression so far is a past month, season or year in sentence <paramref name="si"/>: "in October
    /// 2022, ... until the Tuesday afternoon" (not "a 2002 class" sentences before "the Sunday morning shows").</summary>
    private static bool PastPeriodInSentence(Document document, int si, DateOnly? published) =>
        document.Times.Count > 0 && document.Times[^1] is { } last && last.Sentence == si
        && last.Value.Precision is >= TimePrecision.Year and <= TimePrecision.Month && last.Value.Latest is DateOnly end
        && published is DateOnly on && end < on;

    /// <summary>"the next year", "the next month", "the next decade": one period on, after "the".</summary>
    private static bool IsTheNextPeriod(TimeSpec spec, string text, int start) =>
        spec.Kind == SpecKind.Relative && spec.Offset == 1 && !spec.Anaphoric && spec.Mod == TimeMod.None && spec.Weekday is null
        && spec.Unit is Lexicon.TimeUnit.Month or Lexicon.TimeUnit.Year or Lexicon.TimeUnit.Decade
        && text.AsSpan(start).StartsWith("the next ", StringComparison.OrdinalIgnoreCase);

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }
        return at;
    }

    /// <summary>"Wednesday's ruling", "Friday's attack": a weekday owning an act that, once named, has happened.</summary>
    private static bool NamesDoneEvent(string text, int end)
    {
        if (end + 3 > text.Length || text[end] is not ('\'' or '’') || text[end + 1] != 's' || text[end + 2] != ' ')
        {
            return false;
        }
        int s = end + 3, e = s;
        while (e < text.Length && char.IsLetter(text[e]))
        {
            e++;
        }
        return s_doneEvents.Contains(text.AsSpan(s, e - s));
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_doneEvents = Words(
        "ruling", "decision", "announcement", "attack", "attacks", "bombing", "bombings", "shooting", "killing", "killings",
        "statement", "remarks", "comments", "speech", "verdict", "explosion", "explosions", "raid", "arrest", "resignation",
        // "a 22% premium to Friday's closing price", "recover from Saturday's defeat": a market's close and a match's result
        // are done when they are named.
        "close", "closing", "defeat", "victory", "earthquake", "quake", "blast", "crash");

    /// <summary>"was soon released", "soon became": "soon" beside a past verb of its own clause. The sentence's tense alone
    /// is not enough: in "expected to be applied soon" the tense is past but "soon" still points ahead.</summary>
    private static bool IsPastNarrativeSoon(string text, TextSpan span)
    {
        if (!text.AsSpan(span.Start, span.Length).Equals("soon", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var before = NeighbourWords.Before(text, span.Start);
        var after = NeighbourWords.After(text, span.End);
        return s_pastAuxiliaries.Contains(before) || s_irregularPast.Contains(after)
            || (after.Length > 4 && after.EndsWith("ed", StringComparison.Ordinal));
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_pastAuxiliaries = Words("was", "were", "had");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_irregularPast = Words(
        "became", "began", "came", "went", "took", "left", "found", "gave", "made", "fell", "rose", "grew", "saw", "got", "won",
        "lost", "ran", "told", "said", "knew", "felt", "spread", "broke", "led", "met", "sent", "held", "brought", "fled");

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A year set off as the frame of what follows: "In 2019, ..." opening the sentence or ", in 2019," inside it;
    /// not a year inside a clause of its own ("a program approved in 1987 that ... through Sept. 29").</summary>
    private static bool FramesSentence(string text, int sentenceStart, int start, int end)
    {
        int at = start;
        while (at > sentenceStart && text[at - 1] == ' ')
        {
            at--;
        }
        if (at - 2 < sentenceStart || !text.AsSpan(at - 2, 2).Equals("in", StringComparison.OrdinalIgnoreCase)
            || (at - 3 >= sentenceStart && char.IsLetter(text[at - 3])) || end >= text.Length || text[end] != ',')
        {
            return false;
        }
        int before = at - 2;
        while (before > sentenceStart && text[before - 1] == ' ')
        {
            before--;
        }
        if (before == sentenceStart || text[before - 1] == ',')
        {
            return true;
        }
        // "The 29-year-old, who won in Berlin in 2022, tested positive on March 3": the year closes a relative clause
        // about someone, not a frame for the sentence.
        int comma = text.LastIndexOf(',', before - 1, before - sentenceStart);
        if (comma >= 0)
        {
            var opener = NeighbourWords.After(text, comma + 1);
            if (opener.Equals("who", StringComparison.OrdinalIgnoreCase) || opener.Equals("which", StringComparison.OrdinalIgnoreCase)
                || opener.Equals("whose", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        // "last met in 2022, on the sidelines of a summit in November": what follows the comma tells more of that year,
        // unless a conjunction opens a clause of its own ("rose in 2022, but in March ...").
        var next = NeighbourWords.After(text, end + 1);
        return !(next.Equals("and", StringComparison.OrdinalIgnoreCase) || next.Equals("but", StringComparison.OrdinalIgnoreCase)
            || next.Equals("while", StringComparison.OrdinalIgnoreCase) || next.Equals("whereas", StringComparison.OrdinalIgnoreCase)
            || next.Equals("although", StringComparison.OrdinalIgnoreCase) || next.Equals("though", StringComparison.OrdinalIgnoreCase)
            || next.Equals("yet", StringComparison.OrdinalIgnoreCase) || next.Equals("since", StringComparison.OrdinalIgnoreCase)
            || next.Equals("when", StringComparison.OrdinalIgnoreCase));
    }

    // "will be flown … overnight", "would stay overnight": a modal says the night is still ahead (the tense alone also
    // reads "depressed … by overnight losses" as future).
    private static bool WillBefore(string text, int sentenceStart, int at)
    {
        var before = text.AsSpan(sentenceStart, at - sentenceStart);
        return before.Contains(" will ", StringComparison.OrdinalIgnoreCase) || before.Contains(" would ", StringComparison.OrdinalIgnoreCase)
            || before.Contains("'ll ", StringComparison.Ordinal) || ModalAhead(before, " could ") || ModalAhead(before, " might ")
            || ModalAhead(before, " should ") || PresentFrameAhead(before);
    }

    /// <summary>"is forecast to move east overnight", "are expected to ease overnight": a present frame that looks ahead,
    /// as a modal does; not "was expected to" (which may have lapsed).</summary>
    private static bool PresentFrameAhead(ReadOnlySpan<char> before)
    {
        foreach (var frame in s_aheadFrames)
        {
            int at = before.IndexOf(frame, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                var head = before[..at].TrimEnd(' ');
                int w = head.Length;
                while (w > 0 && char.IsLetter(head[w - 1]))
                {
                    w--;
                }
                var be = head[w..];
                if (be.Equals("is", StringComparison.OrdinalIgnoreCase) || be.Equals("are", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static readonly string[] s_aheadFrames = [" expected to ", " forecast to ", " set to ", " due to ", " likely to "];

    /// <summary>"snow could fall overnight": a modal of what may come, not "could have" (what may have been).</summary>
    private static bool ModalAhead(ReadOnlySpan<char> before, string modal)
    {
        int at = before.IndexOf(modal, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && !before[(at + modal.Length)..].StartsWith("have ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The night of the day named beside "overnight", else the night before it ("will fall overnight into Thursday",
    /// whose modal had made the night tonight, is Wednesday night).</summary>
    private static TimeSpec NightOf(TimeSpec spec, bool dayBeside)
    {
        int offset = dayBeside ? 0 : -1;
        if (spec.Offset == offset)
        {
            return spec;
        }
        var night = spec.Clone();
        night.Offset = offset;
        return night;
    }

    /// <summary>"will fall below freezing overnight and rise again on Thursday": a night ahead by a modal, with "and" before
    /// the next day the sentence names, is tonight, and the day a later step of the forecast ("overnight into Thursday"
    /// stays the night before Thursday).</summary>
    private static bool NextClauseJoined(string text, List<(RecognizedTime Time, int Sentence)> found, int k)
    {
        if (k + 1 >= found.Count || found[k + 1].Sentence != found[k].Sentence)
        {
            return false;
        }
        int from = found[k].Time.End, to = found[k + 1].Time.Start;
        return to > from && text.AsSpan(from, to - from).Contains(" and ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"underwent a medical overnight and trained on Saturday morning": the day the sentence names right after
    /// "overnight", when it has a date, is the morning after that night.</summary>
    private static TimeValue? NextDayInSentence(Document document, List<(RecognizedTime Time, int Sentence)> found, int k, ResolutionContext ctx)
    {
        if (k + 1 >= found.Count || found[k + 1].Sentence != found[k].Sentence)
        {
            return null;
        }
        var next = found[k + 1].Time;
        if (IsDeadlineWord(NeighbourWords.Before(document.Text, next.Start)))
        {
            // "will fall below freezing overnight, with snow by Saturday morning": a limit ahead, not the day the night precedes.
            return null;
        }
        var s = next.Spec;
        bool day = (s.Kind == SpecKind.Weekday && s.Offset is null) || (s.Kind == SpecKind.Calendar && s.Day > 0 && !s.Anaphoric);
        if (!day || s.RangeEnd is not null || s.DayShift != 0 || s.Hour >= 0)
        {
            return null;
        }
        var sentence = document.Sentences[found[k].Sentence];
        var tense = TenseDetector.Detect(document, sentence, new TextSpan(next.Start, next.End));
        if (tense == Tense.Future && TenseDetector.OwnVerbBefore(document, sentence, new TextSpan(found[k].Time.Start, found[k].Time.End)) == Tense.Past)
        {
            // "strengthened to a Category 4 storm overnight and is expected to make landfall late Thursday": a night told
            // in the past is not the eve of a day still ahead.
            return null;
        }
        var v = TimeResolver.Resolve(s, tense, ctx);
        return v.Earliest is DateOnly d && v.Latest == d ? v : null;
    }

    /// <summary>"on Saturday overnight" (the day right before, nothing but a space or comma between) or "overnight on
    /// Saturday" (right after, "on" between): a day with no clock or part of day other than its night, which "overnight"
    /// belongs to. "overnight and trained on Saturday morning" keeps the night before the morning.</summary>
    private static bool OwnNightOfDayBeside(string text, List<(RecognizedTime Time, int Sentence)> found, int k)
    {
        var here = found[k].Time;
        if (k > 0 && found[k - 1].Sentence == found[k].Sentence && IsPlainDay(found[k - 1].Time.Spec)
            && text.AsSpan(found[k - 1].Time.End, here.Start - found[k - 1].Time.End).Trim().TrimStart(',').IsEmpty)
        {
            return true;
        }
        if (k + 1 < found.Count && found[k + 1].Sentence == found[k].Sentence && IsPlainDay(found[k + 1].Time.Spec)
            && found[k + 1].Time.Start > here.End)
        {
            var between = text.AsSpan(here.End, found[k + 1].Time.Start - here.End).Trim();
            return between.Equals("on", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    private static bool IsPlainDay(TimeSpec s) =>
        ((s.Kind == SpecKind.Weekday && s.Offset is null) || (s.Kind == SpecKind.Calendar && s.Day > 0 && !s.Anaphoric))
        && s.RangeEnd is null && s.DayShift == 0 && s.Hour < 0 && s.PartOfDay is null or "NI";

    // A value's reason with one more step of the reading after it.
    private static string ReasonAnd(string? reason, string more) => reason is null ? more : reason + "; " + more;

    /// <summary>Which half of the day a clock said without a.m. or p.m. is in, from the time the story last told of its day (a
    /// clock, or a part of the day), and how that was told; null when the story told none, or when the p.m. reading would
    /// fall before an afternoon clock already told (then it is no later step of that afternoon). A clock told after a morning
    /// one and earlier than it as a.m. is the afternoon's, unless the sentence looks back ("had").</summary>
    private static (bool Pm, string Told)? HalfOfStoryDay(TimeSpec clock, int storyClock, string? storyPart, bool lookingBack)
    {
        int h = clock.Hour;
        if (h is < 1 or > 11)
        {
            return null;
        }
        int pmAt = (h + 12) * 60 + Math.Max(0, clock.Minute);
        if (storyClock is >= 12 * 60 and < 24 * 60)
        {
            return pmAt >= storyClock ? (true, $"p.m.: the story's day had reached {storyClock / 60:D2}:{storyClock % 60:D2}") : null;
        }
        if (storyClock is >= 0 and < 12 * 60)
        {
            // "began at 10 a.m. ... At two o'clock they broke for lunch": told after a morning clock, an hour that would fall
            // before it as a.m. is the afternoon's.
            return h * 60 + Math.Max(0, clock.Minute) < storyClock && pmAt >= storyClock && !lookingBack
                ? (true, $"p.m.: told after {storyClock / 60:D2}:{storyClock % 60:D2} on the story's day, and earlier than it as a.m.")
                : (false, $"a.m.: the story's day was at {storyClock / 60:D2}:{storyClock % 60:D2}");
        }
        return storyPart switch
        {
            "AF" => (true, "p.m.: the story's day was told in the afternoon"),
            "EV" => (true, "p.m.: the story's day was told in the evening"),
            "NI" when h >= 6 => (true, "p.m.: the story's day was told at night"),
            // "began this morning. By half past three ...": 3:30 may be the small hours or the afternoon; from five the morning's.
            "MO" when h >= 5 => (false, "a.m.: the story's day was told in the morning"),
            _ => null,
        };
    }

    /// <summary>"the day before", "the previous day", "the next day" closed off by a comma or a stop: standing in apposition
    /// after a day it restates that day rather than counting from it ("On Wednesday, the day before, ..."); followed by more of
    /// its clause ("Monday, the next day they sailed") it stays a count from the day before it.</summary>
    private static bool IsClosedApposedDay(TimeSpec spec, string text, int end)
    {
        if (spec is not { Kind: SpecKind.Relative, Anaphoric: true, Unit: TimeUnit.Day, Offset: -1 or 1, PartOfDay: null, Mod: TimeMod.None })
        {
            return false;
        }
        int i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        return i == text.Length || text[i] is ',' or '.' or ';' or '\n';
    }

    /// <summary>The single day the story named right before <paramref name="at"/>, with only a comma between ("Oct. 12, the day
    /// before the plunge"); null otherwise.</summary>
    private static (DateOnly Day, YearSource Year, string Reason)? RestatedDay(Document document, int at)
    {
        if (document.Times.Count == 0 || document.Times[^1] is not { RangeEnd: null } told
            || told.Value.Earliest is not DateOnly day || told.Value.Latest != day || told.Value.Precision != TimePrecision.Day)
        {
            return null;
        }
        var between = document.Text.AsSpan(told.Span.End, Math.Max(0, at - told.Span.End)).Trim(' ');
        return between is "," ? (day, told.Value.Year, $"the day named right before it, {Calendar.Iso(day)}") : null;
    }

    /// <summary>
    /// The day a time is counted to from an event or a date after "before / after": "the day after his death" (an
    /// <see cref="TimeSpec.EventDay"/>), "ten days before the shooting" (a count of days), and a clock that such a count
    /// follows in its clause ("at 6 a.m. ten days before the shooting", "at 6 a.m. near the house 10 days before the murder",
    /// "at 6 a.m. ten days before March 3"). The event's day is the last single day the story gave in a sentence that tells an
    /// event of the same kind ("was shot to death last Oct. 23" for "the shooting"); with none, null, and the time is read as
    /// before. <paramref name="joinNext"/> says the count stands right after the clock and is one expression with it.
    /// </summary>
    private static (DateOnly Day, YearSource Year, string Reason)? CountedFromEvent(Document document, List<(RecognizedTime Time, int Sentence)> found,
        int k, Tense tense, ResolutionContext ctx, out bool joinNext)
    {
        joinNext = false;
        var (r, si) = found[k];
        var spec = r.Spec;
        var text = document.Text;
        int sentenceEnd = document.Sentences[si].Span.End;
        int count, countEnd, anchorAt = k + 1;
        var unit = Lexicon.TimeUnit.Day;
        if (spec.EventDay)
        {
            (count, countEnd) = (1, r.End);
        }
        else if (IsDayCount(spec))
        {
            (count, countEnd) = (spec.Count, r.End);
        }
        else if (IsLongerCount(spec))
        {
            // "A year after the flood", "two weeks before the vote": counted in the unit from the event's day.
            (count, countEnd, unit) = (spec.Count, r.End, spec.Unit);
        }
        else if (spec.Kind == SpecKind.Clock && spec.RangeEnd is null && k + 1 < found.Count && found[k + 1].Sentence == si
            && IsDayCount(found[k + 1].Time.Spec) && found[k + 1].Time.Start - r.End <= 40
            && text.AsSpan(r.End, found[k + 1].Time.Start - r.End).IndexOfAny(",;:()") < 0)
        {
            (count, countEnd, anchorAt) = (found[k + 1].Time.Spec.Count, found[k + 1].Time.End, k + 2);
        }
        else
        {
            return null;
        }
        int side = CountingSide(text, countEnd, out int next);
        if (side == 0)
        {
            return null;
        }
        DateOnly from;
        YearSource year;
        string what;
        int group = EventNounAt(text, next, sentenceEnd, out var noun);
        bool namedOwnDay = false;
        if (group > 0 && DatedEvent(document, group, noun, si, coarse: false) is { Earliest: DateOnly day, Year: var dayYear })
        {
            (from, year, what) = (day, dayYear, $"the {noun} the story dated {Calendar.Iso(day)}");
        }
        else if (spec.Kind == SpecKind.Clock && anchorAt < found.Count && found[anchorAt].Sentence == si && found[anchorAt].Time.Start <= next + 1
            && found[anchorAt].Time.Spec is { Kind: SpecKind.Calendar, Month: > 0, Day: > 0, RangeEnd: null } dateSpec
            && TimeResolver.Resolve(dateSpec, tense, ctx) is { Earliest: DateOnly named } anchorValue && anchorValue.Latest == named)
        {
            (from, year, what) = (named, anchorValue.Year, Calendar.Iso(named));
        }
        else if (spec.Kind != SpecKind.Clock && k + 1 < found.Count && found[k + 1].Sentence == si && found[k + 1].Time.Start <= next + 1
            && found[k + 1].Time.Spec is { RangeEnd: null, Hour: < 0, PartOfDay: null } daySpec
            && ((daySpec.Kind == SpecKind.Weekday && daySpec.Offset is null && !daySpec.Anaphoric) || daySpec is { Kind: SpecKind.Calendar, Month: > 0, Day: > 0 })
            && IsPossessiveAt(text, found[k + 1].Time.End)
            && TimeResolver.Resolve(daySpec, tense, ctx) is { Earliest: DateOnly eventDay } eventValue && eventValue.Latest == eventDay)
        {
            // "Two days after Sunday's vote": the event is dated where it is named, so the count goes on from that day.
            namedOwnDay = true;
            (from, year, what) = (eventDay, eventValue.Year, $"{text[found[k + 1].Time.Start..found[k + 1].Time.End]}'s {NeighbourWords.After(text, found[k + 1].Time.End + 2)}, {Calendar.Iso(eventDay)}");
        }
        else
        {
            return null;
        }
        joinNext = spec.Kind == SpecKind.Clock && anchorAt == k + 2 && string.IsNullOrWhiteSpace(text[r.End..found[k + 1].Time.Start]);
        var counted = unit switch
        {
            Lexicon.TimeUnit.Week => from.AddDays(side * 7 * count),
            Lexicon.TimeUnit.Month => from.AddMonths(side * count),
            Lexicon.TimeUnit.Year => from.AddYears(side * count),
            _ => from.AddDays(side * count),
        };
        if (namedOwnDay && tense == Tense.Past && ctx.Published is DateOnly written && counted > written)
        {
            // "A week after Friday's blast, the road reopened" written on the Wednesday after: the count passes the report's
            // day, so "Friday" is not the one the count went on from; the length stands.
            return null;
        }
        string unitName = unit switch { Lexicon.TimeUnit.Week => "week", Lexicon.TimeUnit.Month => "month", Lexicon.TimeUnit.Year => "year", _ => "day" };
        return (counted, year, $"{count} {unitName}{(count == 1 ? "" : "s")} {(side < 0 ? "before" : "after")} {what}");
    }

    /// <summary>Whether a possessive "'s" (straight or curly) follows at <paramref name="at"/>, then a word ("Sunday's vote").</summary>
    private static bool IsPossessiveAt(string text, int at) =>
        at + 3 < text.Length && text[at] is '\'' or '’' && text[at + 1] is 's' && text[at + 2] == ' ' && char.IsLetter(text[at + 3]);

    /// <summary>"a year", "two weeks", "six months": a plain count in a unit longer than a day, which an event's day may
    /// be counted on from.</summary>
    private static bool IsLongerCount(TimeSpec spec) =>
        IsPlainCount(spec) && spec.Unit is Lexicon.TimeUnit.Week or Lexicon.TimeUnit.Month or Lexicon.TimeUnit.Year;

    /// <summary>A length of one count in one unit, with no mod, range or smaller part ("two weeks", not "about two weeks").</summary>
    private static bool IsPlainCount(TimeSpec spec) =>
        spec.Kind == SpecKind.Duration && spec.Count > 0 && spec.Mod == TimeMod.None && spec.RangeEnd is null && spec.Plus is null;

    /// <summary>Whether a length was told in sentence <paramref name="from"/> or after it ("Eight trading days after Oct. 12, ...
    /// Three days later"): the story has moved on from its last named day by a count it does not date.</summary>
    private static bool LengthToldSince(Document document, int from)
    {
        for (int i = document.Times.Count - 1; i >= 0 && document.Times[i].Sentence >= from; i--)
        {
            if (document.Times[i].Type == TimeType.Duration)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"a day", "three days", "two weeks": a plain count of days or weeks, which "earlier" or "later" may count on
    /// from a day told.</summary>
    private static bool IsDayOrWeekCount(TimeSpec spec) =>
        IsPlainCount(spec) && spec.Unit is Lexicon.TimeUnit.Day or Lexicon.TimeUnit.Week;

    /// <summary>The months a count of months or years spans ("two years": 24).</summary>
    private static int MonthsIn(TimeSpec spec) => spec.Count * (spec.Unit == Lexicon.TimeUnit.Year ? 12 : 1);

    /// <summary>The days a count of days or weeks spans ("two weeks": 14).</summary>
    private static int CountInDays(TimeSpec spec) => spec.Count * (spec.Unit == Lexicon.TimeUnit.Week ? 7 : 1);

    /// <summary>"earlier" (-1) or "later" (+1) right after a count, closing its phrase (a stop, a comma, a clause's next word;
    /// not "later than", "later in the week"), with the end of that word; null otherwise.</summary>
    private static (int Side, int End)? CountedOn(string text, int at, int sentenceEnd)
    {
        var w = NeighbourWords.After(text, at);
        int side = w.Equals("earlier", StringComparison.OrdinalIgnoreCase) ? -1 : w.Equals("later", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        if (side == 0)
        {
            return AfterThat(text, at, w, sentenceEnd);
        }
        int end = at;
        while (end < text.Length && text[end] == ' ')
        {
            end++;
        }
        end += w.Length;
        var next = NeighbourWords.After(text, end);
        if (end > sentenceEnd || next.Equals("than", StringComparison.OrdinalIgnoreCase) || next.Equals("in", StringComparison.OrdinalIgnoreCase)
            || next.Equals("on", StringComparison.OrdinalIgnoreCase) || next.Equals("that", StringComparison.OrdinalIgnoreCase)
            || next.Equals("this", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return (side, end);
    }

    /// <summary>"after that" (+1) or "before that" (-1) closing a count ("three days after that, the road reopened", "a week
    /// after that the crews left"): "that" the pronoun, the last thing told, as "later" is; not "after that meeting".</summary>
    private static (int Side, int End)? AfterThat(string text, int at, ReadOnlySpan<char> w, int sentenceEnd)
    {
        int side = w.Equals("after", StringComparison.OrdinalIgnoreCase) ? 1 : w.Equals("before", StringComparison.OrdinalIgnoreCase) ? -1 : 0;
        if (side == 0)
        {
            return null;
        }
        int end = at;
        while (end < text.Length && text[end] == ' ')
        {
            end++;
        }
        end += w.Length;
        if (end >= text.Length || text[end] != ' ' || !NeighbourWords.After(text, end).Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        end += 5;
        if (end > sentenceEnd)
        {
            return null;
        }
        if (end < text.Length && text[end] is not (' ' or ',' or '.' or ';' or ':' or '!' or '?'))
        {
            return null;
        }
        var next = NeighbourWords.After(text, end);
        return end == text.Length || text[end] != ' ' || next.IsEmpty || IsClauseOpener(next) ? (side, end) : null;
    }

    /// <summary>A word that opens a clause's subject and cannot be a noun after a determiner "that" ("that the road", "that
    /// it").</summary>
    private static bool IsClauseOpener(ReadOnlySpan<char> w) =>
        w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase)
        || w.Equals("it", StringComparison.OrdinalIgnoreCase) || w.Equals("he", StringComparison.OrdinalIgnoreCase) || w.Equals("she", StringComparison.OrdinalIgnoreCase)
        || w.Equals("they", StringComparison.OrdinalIgnoreCase) || w.Equals("we", StringComparison.OrdinalIgnoreCase) || w is "I"
        || w.Equals("its", StringComparison.OrdinalIgnoreCase) || w.Equals("his", StringComparison.OrdinalIgnoreCase) || w.Equals("her", StringComparison.OrdinalIgnoreCase)
        || w.Equals("their", StringComparison.OrdinalIgnoreCase) || w.Equals("there", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a found time is a count closed by "earlier / later / after that" ("a year later" whole): a second count
    /// on from the first, not a time the sentence names for itself.</summary>
    private static bool IsCountOnAt(string text, (RecognizedTime Time, int Sentence) next, int sentenceEnd) =>
        (IsPlainCount(next.Time.Spec) && CountedOn(text, next.Time.End, sentenceEnd) is not null)
        || IsYearLater(text, next.Time);

    /// <summary>"a year later", which the offset pattern reads whole: a year on from the time of writing when the story has
    /// told no time of its own to count from. Not before "than" ("reopened a year later than planned" tells a delay, not
    /// the year on from the time just told).</summary>
    private static bool IsYearLater(string text, RecognizedTime r) =>
        r.Spec is { Kind: SpecKind.Relative, Unit: Lexicon.TimeUnit.Year, Offset: 1, Count: 1, Mod: TimeMod.None, YearOffset: null }
        && text.AsSpan(r.Start, r.End - r.Start).EndsWith("later", StringComparison.OrdinalIgnoreCase)
        && !NeighbourWords.After(text, r.End).Equals("than", StringComparison.OrdinalIgnoreCase);

    /// <summary>A count of months or years on from a month: "later / earlier / after that" after the month the story moved to
    /// (within <see cref="CountOnSentences"/>, no length told since), or "after / before the &lt;event&gt;" the story dated to a
    /// month; the first day of the month counted to, how its year was found, why, and the end of the phrase. Null otherwise,
    /// and when a count told in the past would pass the report's day.</summary>
    private static (DateOnly Month, YearSource Year, string Why, int End)? CountedFromMonth(Document document, List<(RecognizedTime Time, int Sentence)> found,
        int k, Tense tense, DateOnly? published, DateOnly? storyMonth, YearSource storyMonthYear, int storyMonthSentence, string? storyMonthText)
    {
        var (r, si) = found[k];
        var spec = r.Spec;
        var text = document.Text;
        bool yearLater = IsYearLater(text, r);
        if (!yearLater && (!IsLongerCount(spec) || spec.Unit == Lexicon.TimeUnit.Week))
        {
            return null;
        }
        int sentenceEnd = document.Sentences[si].Span.End;
        DateOnly from;
        YearSource year;
        string what;
        int side, end;
        if ((yearLater ? (1, r.End) : CountedOn(text, r.End, sentenceEnd)) is (int onSide, int wordEnd))
        {
            if (IsForLength(text, r.Start))
            {
                return null;
            }
            if (storyMonth is not DateOnly month || storyMonthText is null || si - storyMonthSentence > CountOnSentences
                || LengthToldSince(document, storyMonthSentence) || (k + 1 < found.Count && found[k + 1].Sentence == si && !IsCountOnAt(text, found[k + 1], sentenceEnd)))
            {
                return null;
            }
            (from, year, what, side, end) = (month, storyMonthYear, storyMonthText, onSide, wordEnd);
        }
        else
        {
            side = CountingSide(text, r.End, out int next);
            string noun = "";
            int group = side == 0 ? 0 : EventNounAt(text, next, sentenceEnd, out noun);
            if (group == 0 || DatedEvent(document, group, noun, si, coarse: true) is not { Precision: TimePrecision.Month, Earliest: DateOnly first } told)
            {
                return null;
            }
            (from, year, what, end) = (first, told.Year, $"the {noun} the story dated {told.Value}", r.End);
        }
        var counted = from.AddMonths(side * spec.Count * (spec.Unit == Lexicon.TimeUnit.Year ? 12 : 1));
        if (tense == Tense.Past && published is DateOnly written && counted > written)
        {
            return null;
        }
        string unitName = spec.Unit == Lexicon.TimeUnit.Year ? "year" : "month";
        return (counted, year, $"{spec.Count} {unitName}{(spec.Count == 1 ? "" : "s")} {(side < 0 ? "before" : "after")} {what}", end);
    }

    /// <summary>A period told ahead with its value, for a count's reason ("May (2024-05)"; "2025" alone).</summary>
    private static string AheadText(string told, TimeValue value) => told == value.Value ? told : $"{told} ({value.Value})";

    /// <summary>"a year later" (read whole) or a plain count of years closed by "later / earlier / after that": the years on
    /// (negative back) and the end of the phrase; null otherwise.</summary>
    private static (int Years, int End)? YearsCountedOn(string text, RecognizedTime r, int sentenceEnd)
    {
        if (IsYearLater(text, r))
        {
            return (1, r.End);
        }
        if (IsPlainCount(r.Spec) && r.Spec.Unit == Lexicon.TimeUnit.Year && CountedOn(text, r.End, sentenceEnd) is (int side, int end))
        {
            return (side * r.Spec.Count, end);
        }
        return null;
    }

    /// <summary>"for" right before a count ("kept falling for two days after that"): how long, not when.</summary>
    private static bool IsForLength(string text, int start) => NeighbourWords.Before(text, start).Equals("for", StringComparison.OrdinalIgnoreCase);

    private static bool IsDayCount(TimeSpec spec) =>
        spec.Kind == SpecKind.Duration && spec.Unit == Lexicon.TimeUnit.Day && spec.Count > 0 && spec.Mod == TimeMod.None && spec.RangeEnd is null;

    /// <summary>For a length right before "after / before / following &lt;something&gt;" that is no time the sentence names
    /// ("a year after the flood"), a reason saying what it counts from; null otherwise.</summary>
    private static string? UndatedEventCountedFrom(string text, int end, int sentenceEnd, List<(RecognizedTime Time, int Sentence)> found, int k)
    {
        int side = CountingSide(text, end, out int next);
        while (next < sentenceEnd && text[next] == ' ')
        {
            next++;
        }
        if (side == 0 || next >= sentenceEnd || !char.IsLetter(text[next])
            || (k + 1 < found.Count && found[k + 1].Time.Start >= next && found[k + 1].Time.Start - next <= 4))
        {
            return null;
        }
        int stop = text.AsSpan(next, Math.Min(sentenceEnd, text.Length) - next).IndexOfAny(",;:.!?\"”()");
        int last = stop < 0 ? sentenceEnd : next + stop;
        if (last - next > 48)
        {
            last = text.LastIndexOf(' ', next + 48);
        }
        if (last <= next)
        {
            return null;
        }
        return $"a length counted {(side < 0 ? "back" : "on")} from \"{text[next..last].TrimEnd()}\", which the story does not date: the date it points to is not known";
    }

    /// <summary>"before" / "prior to" -1, "after" +1, anything else 0, for the word after <paramref name="at"/>;
    /// <paramref name="next"/> is where what it counts from begins.</summary>
    private static int CountingSide(string text, int at, out int next)
    {
        int s = at;
        while (s < text.Length && text[s] == ' ')
        {
            s++;
        }
        var word = NeighbourWords.After(text, s);
        next = s + word.Length;
        if (word.Equals("before", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }
        if (word.Equals("after", StringComparison.OrdinalIgnoreCase) || word.Equals("following", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }
        if (word.Equals("prior", StringComparison.OrdinalIgnoreCase) && NeighbourWords.After(text, next) is var to && to.Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            next = text.IndexOf("to", next, StringComparison.OrdinalIgnoreCase) + 2;
            return -1;
        }
        return 0;
    }

    /// <summary>The event group of "the (his, her, their, its) [up to three words] &lt;event noun&gt;" at <paramref name="at"/>
    /// ("the shooting", "his death", "the Oct. 23 killing"); 0 when there is none before punctuation.</summary>
    private static int EventNounAt(string text, int at, int end, out string noun)
    {
        noun = "";
        int i = at;
        var nouns = Lexicon.EventWords.Nouns.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int words = 0; words < 5 && i < end;)
        {
            while (i < end && (text[i] is ' ' or '.' or '\'' or '’' or '-' || char.IsAsciiDigit(text[i])))
            {
                i++;
            }
            int s = i;
            while (i < end && char.IsLetter(text[i]))
            {
                i++;
            }
            if (i == s)
            {
                return 0;
            }
            var word = text.AsSpan(s, i - s);
            if (words == 0)
            {
                if (!(word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("his", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("her", StringComparison.OrdinalIgnoreCase) || word.Equals("their", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("its", StringComparison.OrdinalIgnoreCase)))
                {
                    return 0;
                }
            }
            else if (nouns.TryGetValue(word, out int group))
            {
                noun = word.ToString().ToLowerInvariant();
                return group;
            }
            words++;
        }
        return 0;
    }

    /// <summary>The last single day the story gave in a sentence before <paramref name="before"/> that tells an event of
    /// <paramref name="group"/>. The counting sentence's own times are left out: they may be the count's own clock, or a day
    /// read from the publication date for want of the event's.</summary>
    private static TimeValue? DatedEvent(Document document, int group, string noun, int before, bool coarse) =>
        DatedEvent(document, group, noun, before, coarse, sameNoun: true) ?? DatedEvent(document, group, noun, before, coarse, sameNoun: false);

    /// <summary>One pass of <see cref="DatedEvent(Document, int, string, int, bool)"/>: with <paramref name="sameNoun"/> only the noun
    /// itself (or its plural) dates the event, so "A first vote, on March 3" wins over "re-elected on March 31 last year".</summary>
    private static TimeValue? DatedEvent(Document document, int group, string noun, int before, bool coarse, bool sameNoun)
    {
        var words = Lexicon.EventWords.Words.GetAlternateLookup<ReadOnlySpan<char>>();
        var text = document.Text;
        for (int t = document.Times.Count - 1; t >= 0; t--)
        {
            var x = document.Times[t];
            if (x.RangeEnd is not null || x.Value.Earliest is not DateOnly day || x.Sentence < 0 || x.Sentence >= before
                || (coarse ? x.Value.Precision < TimePrecision.Season || x.Value.Latest is null : x.Value.Precision < TimePrecision.Day || x.Value.Latest != day))
            {
                continue;
            }
            var sentence = document.Sentences[x.Sentence].Span;
            var only = sameNoun ? noun : null;
            // "A year after the floods": a time counted from an event is not the event's own time.
            if (TellsNear(text, words, group, only, x.Span.Start, sentence.Start, EventWordsBefore, back: true)
                || (CountingSide(text, x.Span.End, out _) == 0 && TellsNear(text, words, group, only, x.Span.End, sentence.End, OpensWhenClause(text, x.Span.End) ? EventWordsInWhenClause : EventWordsAfter, back: false)))
            {
                return x.Value;
            }
        }
        return null;
    }

    /// <summary>"in the days before the shooting" after "was shot to death last Oct. 23": the month of the event the story
    /// dated (its season or month when told no finer), the nearest TIMEX3 has for a few days or weeks next to it; null with
    /// no such date.</summary>
    private static TimeValue? StretchNextToEvent(Document document, RecognizedTime r, int si)
    {
        var text = document.Text;
        if (CountingSide(text, r.End, out int next) == 0)
        {
            return null;
        }
        int group = EventNounAt(text, next, document.Sentences[si].Span.End, out var noun);
        if (group == 0 || DatedEvent(document, group, noun, si, coarse: true) is not { Earliest: DateOnly first } told)
        {
            return null;
        }
        var why = $"the {(r.Spec.Unit == Lexicon.TimeUnit.Week ? "weeks" : "days")} next to the {noun} the story dated {told.Value}";
        if (told.Precision <= TimePrecision.Month)
        {
            return told with { Reason = why, Anchor = first, Mod = TimeMod.None };
        }
        var (from, to) = Calendar.MonthDays(first.Year, first.Month);
        return new TimeValue($"{first.Year:D4}-{first.Month:D2}", TimePrecision.Month, TimeMod.None, from, to, told.Year, why) { Anchor = first };
    }

    /// <summary>Words before and after a date within which a word of the event dates it ("was shot to death last Oct. 23",
    /// "the Oct. 23 killing"); farther ("said Friday in response to U.S. missile attacks") the date is another's.</summary>
    private const int EventWordsBefore = 6, EventWordsAfter = 3;

    /// <summary>Words after a date followed by "when" within which a word of the event dates it: the clause tells what
    /// happened then ("last fall when he was gunned down", "on March 3, when the roof caved in").</summary>
    private const int EventWordsInWhenClause = 6;

    /// <summary>Whether "when" follows the date ending at <paramref name="end"/> (a comma may stand between).</summary>
    private static bool OpensWhenClause(string text, int end)
    {
        int i = end;
        while (i < text.Length && text[i] is ' ' or ',')
        {
            i++;
        }
        return i + 5 <= text.Length && text.AsSpan(i, 4).Equals("when", StringComparison.OrdinalIgnoreCase) && !char.IsLetter(text[i + 4]);
    }

    /// <summary>Whether a word of <paramref name="group"/> (or, given <paramref name="noun"/>, that noun or its plural) stands
    /// within <paramref name="limit"/> words of <paramref name="from"/> (going back or on towards <paramref name="bound"/>): a
    /// semicolon, colon, bracket or quote stops, a comma does not ("A first vote, on March 3, was tied").</summary>
    private static bool TellsNear(string text, FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> words, int group, string? noun,
        int from, int bound, int limit, bool back)
    {
        int i = from;
        for (int n = 0; n < limit; n++)
        {
            while (back ? i > bound && !char.IsLetter(text[i - 1]) : i < bound && !char.IsLetter(text[i]))
            {
                if ((back ? text[i - 1] : text[i]) is ';' or ':' or '(' or ')' or '"' or '“' or '”')
                {
                    return false;
                }
                i += back ? -1 : 1;
            }
            int edge = i;
            while (back ? i > bound && char.IsLetter(text[i - 1]) : i < bound && char.IsLetter(text[i]))
            {
                i += back ? -1 : 1;
            }
            if (i == edge)
            {
                return false;
            }
            var word = back ? text.AsSpan(i, edge - i) : text.AsSpan(edge, i - edge);
            if (noun is not null
                ? word.StartsWith(noun, StringComparison.OrdinalIgnoreCase) && (word.Length == noun.Length || (word.Length == noun.Length + 1 && word[^1] is 's' or 'S'))
                : words.TryGetValue(word, out int told) && told == group)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"the winter ahead", "the summer after the 2012 loss", "the spring before the vote": a season placed by what
    /// follows it, not the one the story named.</summary>
    private static bool IsSeasonCountedElsewhere(ReadOnlySpan<char> next) =>
        next.Equals("ahead", StringComparison.OrdinalIgnoreCase) || next.Equals("after", StringComparison.OrdinalIgnoreCase)
        || next.Equals("before", StringComparison.OrdinalIgnoreCase) || next.Equals("following", StringComparison.OrdinalIgnoreCase);

    /// <summary>Sentences after an evening clock within which a clock earlier in the day is read as the next morning's.</summary>
    private const int NightRunSentences = 2;

    /// <summary>The hour a clock after a day told late stops being that night's small hours (a 5 a.m. is the next morning's).</summary>
    private const int SmallHoursEnd = 6;

    /// <summary>"by dawn", "at daybreak", "in the morning", "by mid-morning": the morning of the story's day named with a
    /// preposition of time, not "that morning" or "the same morning", which hold to the day told.</summary>
    private static bool IsMorningAfterNight(TimeSpec spec, string text, int start)
    {
        if (spec.PartOfDay != "MO" || spec.Offset != 0 || !spec.Anaphoric)
        {
            return false;
        }
        var first = NeighbourWords.After(text, start);
        var before = NeighbourWords.Before(text, start);
        return (first.Equals("dawn", StringComparison.OrdinalIgnoreCase) || first.Equals("daybreak", StringComparison.OrdinalIgnoreCase)
                || first.Equals("sunrise", StringComparison.OrdinalIgnoreCase) || first.StartsWith("mid", StringComparison.OrdinalIgnoreCase)
                || first.Equals("morning", StringComparison.OrdinalIgnoreCase)
                || ((first.Equals("the", StringComparison.OrdinalIgnoreCase) || first.Equals("early", StringComparison.OrdinalIgnoreCase))
                    && NeighbourWords.After(text, start + first.Length).Equals("morning", StringComparison.OrdinalIgnoreCase)))
            && (before.Equals("by", StringComparison.OrdinalIgnoreCase) || before.Equals("at", StringComparison.OrdinalIgnoreCase)
                || before.Equals("in", StringComparison.OrdinalIgnoreCase) || before.Equals("until", StringComparison.OrdinalIgnoreCase)
                || before.Equals("around", StringComparison.OrdinalIgnoreCase) || before.Equals("towards", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsEveningOrNight(TimeSpec spec) => spec.PartOfDay is "EV" or "NI" || spec.Hour >= 18;

    /// <summary>"the following month" after "the spring of 2023" or "in 2019": the year when every month it can be falls in
    /// one year, the month unknown.</summary>
    private static TimeValue MonthOfCoarseDate(TimeSpec spec, DateOnly first, DateOnly last, YearSource year)
    {
        int offset = spec.Offset ?? 0;
        var from = first.AddMonths(offset);
        var to = last.AddMonths(offset);
        string told = $"counted from the story's last stated date, given only as a period ({Calendar.Iso(first)} to {Calendar.Iso(last)})";
        return from.Year == to.Year
            ? new TimeValue($"{from.Year:D4}-XX", TimePrecision.Year, spec.Mod, new DateOnly(from.Year, 1, 1), new DateOnly(from.Year, 12, 31), year,
                told + ": its year, not which month") { Anchor = first }
            : new TimeValue("XXXX-XX", TimePrecision.Month, spec.Mod, null, null, YearSource.Unknown, told + ": neither its month nor its year");
    }

    /// <summary>"the fiscal quarter, which ended Sept. 27", "the year ending June 30": a period's last day is not a day the story moves to.</summary>
    private static bool EndsAPeriod(string text, int start)
    {
        var before = NeighbourWords.Before(text, start);
        return before.Equals("ended", StringComparison.OrdinalIgnoreCase) || before.Equals("ending", StringComparison.OrdinalIgnoreCase)
            || before.Equals("ends", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"in morning trade": a market report's session, on the day of writing unless the story named another day.</summary>
    private static bool IsTradingSession(string text, int end) =>
        text.AsSpan(end).TrimStart(' ').StartsWith("trad", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Earlier in the day", "later that day": the day being told, which with no day named is the day of writing.</summary>
    private static bool StartsWithEdge(string text, int start) =>
        text.AsSpan(start).StartsWith("earlier", StringComparison.OrdinalIgnoreCase) || text.AsSpan(start).StartsWith("later", StringComparison.OrdinalIgnoreCase);

    /// <summary>A month or month-day without a year, or a range of them ("from January to August").</summary>
    /// <summary>"the strongest since 1999", "the worst since the summer of 2019": the start of a stretch that runs to the
    /// story's time, which the story does not move to.</summary>
    private static bool IsSinceStart(string text, int at) =>
        NeighbourWords.Before(text, at).Equals("since", StringComparison.OrdinalIgnoreCase);

    /// <summary>The month a quarter or half ends in (the second half: 12), or -1 for anything else.</summary>
    private static int PartEndMonth(TimeSpec spec) =>
        spec.Kind != SpecKind.Calendar || spec.Month > 0 || spec.RangeEnd is not null ? -1
        : spec.Quarter > 0 ? spec.Quarter * 3 : spec.Half > 0 ? spec.Half * 6 : -1;

    private static bool IsYearlessMonth(TimeSpec spec) =>
        spec.Kind == SpecKind.Calendar && !spec.HasYear && spec.Month > 0 && spec.YearOffset is null && spec.Offset is null
        && spec.DayOnOrAfter < 0 && !spec.Anaphoric && (spec.RangeEnd is null || IsYearlessMonth(spec.RangeEnd));

    private static TimeSpec WithYear(TimeSpec spec, int year)
    {
        var s = spec.Clone();
        s.Year = year;
        if (s.RangeEnd is TimeSpec end)
        {
            var e = end.Clone();
            e.Year = end.Month >= 0 && end.Month < s.Month ? year + 1 : year;
            s.RangeEnd = e;
        }
        return s;
    }

    /// <summary>"on the 14th": that day of the month of the story's last named day; with none, of the month of writing
    /// (or the month before, when the day is still ahead and nothing says future).</summary>
    /// <summary>The year of the season a later "the winter" or "that winter" refers back to: the story's last named season when
    /// it is the same one; otherwise, for "that", the one of the story's last date (a winter's year is the one it begins in, so a
    /// January or February date belongs to the winter before); null with neither.</summary>
    private static int? SeasonYearOfStory(string season, string? storySeason, int storySeasonYear, DateOnly? storyDate)
    {
        if (season == storySeason && storySeasonYear > 0)
        {
            return storySeasonYear;
        }
        if (storyDate is DateOnly told)
        {
            return season == "WI" && told.Month <= 2 ? told.Year - 1 : told.Year;
        }
        return null;
    }

    private static TimeValue DayOfStoryMonth(int day, Tense tense, DateOnly? storyDay, YearSource storyDayYear, DateOnly? published)
    {
        string reason;
        DateOnly month;
        YearSource source;
        if (storyDay is DateOnly told)
        {
            month = new DateOnly(told.Year, told.Month, 1);
            reason = $"the day of the month of the story's last named day {Calendar.Iso(told)}";
            source = storyDayYear;
        }
        else if (published is DateOnly p)
        {
            month = new DateOnly(p.Year, p.Month, 1);
            if (tense == Tense.Future ? day < p.Day : day > p.Day)
            {
                month = month.AddMonths(tense == Tense.Future ? 1 : -1);
            }
            reason = $"the day of the month resolved against the publication date {Calendar.Iso(p)}";
            source = YearSource.Anchored;
        }
        else
        {
            return new TimeValue($"XXXX-XX-{day:D2}", TimePrecision.Day, TimeMod.None, null, null, YearSource.Unknown,
                "a day of a month the text does not let us place");
        }
        if (!Calendar.TryDate(month.Year, month.Month, day, out var d))
        {
            return new TimeValue($"XXXX-XX-{day:D2}", TimePrecision.Day, TimeMod.None, null, null, YearSource.Unknown,
                "the day does not exist in the month the story is in");
        }
        return new TimeValue(Calendar.Iso(d), TimePrecision.Day, TimeMod.None, d, d, source, reason) { Anchor = storyDay ?? published };
    }

    /// <summary>"on the Friday", "by the Sunday": a weekday with "the" after a preposition of time (not "the Friday explosions",
    /// where the day names an event).</summary>
    private static bool OnTheWeekday(string text, int start)
    {
        if (!NeighbourWords.Before(text, start).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var w = NeighbourWords.TwoBefore(text, start);
        return w.Equals("on", StringComparison.OrdinalIgnoreCase) || w.Equals("by", StringComparison.OrdinalIgnoreCase)
            || w.Equals("until", StringComparison.OrdinalIgnoreCase) || w.Equals("from", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"a deadline of 31 July", "gave them a deadline of Friday": a time right after "deadline of" that the sentence
    /// does not tell as missed, met or passed before it.</summary>
    private static bool IsSetDeadline(string text, int sentenceStart, int start)
    {
        if (!NeighbourWords.Before(text, start).Equals("of", StringComparison.Ordinal)
            || !NeighbourWords.TwoBefore(text, start).Equals("deadline", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var before = text.AsSpan(sentenceStart, start - sentenceStart);
        return !(before.Contains("missed", StringComparison.OrdinalIgnoreCase) || before.Contains(" met ", StringComparison.OrdinalIgnoreCase)
            || before.Contains("passed", StringComparison.OrdinalIgnoreCase) || before.Contains("expired", StringComparison.OrdinalIgnoreCase)
            || before.Contains(" had ", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The direction of the sentence's previous time when only "or" stands between it and this one ("late Thursday
    /// or early Friday"), or "and" or a comma between days of one list ("on 4 and 5 August if needed", whose scan would reach
    /// "needed"); otherwise null.</summary>
    private static Tense? AlternativeTo(Document document, int sentence, int at)
    {
        if (document.Times.Count == 0)
        {
            return null;
        }
        var last = document.Times[^1];
        if (last.Sentence != sentence || last.Tense is not (Tense.Future or Tense.Past) || last.Span.End > at || at - last.Span.End > 6)
        {
            return null;
        }
        var gap = document.Text.AsSpan(last.Span.End, at - last.Span.End).Trim();
        if (gap.Equals("or", StringComparison.OrdinalIgnoreCase))
        {
            return last.Tense;
        }
        return (gap.Equals("and", StringComparison.Ordinal) || gap.Equals(",", StringComparison.Ordinal))
            && at < document.Text.Length && char.IsAsciiDigit(document.Text[at]) && IsListedDay(document.Text, last.Span)
            ? last.Tense : null;
    }

    /// <summary>A time whose text is a bare day number or ends in a month's day ("4" of "4 and 5 August", "August 4").</summary>
    private static bool IsListedDay(string text, TextSpan span) =>
        span.End > span.Start && char.IsAsciiDigit(text[span.End - 1]) && (span.End - span.Start <= 2 || text[span.Start] is >= 'A' and <= 'Z');

    /// <summary>The direction of the sentence's previous time when this one shares its verb ("is on Sunday, September 20, and
    /// the return fixture on February 7": "and" or "or" between them and no verb of its own); otherwise null.</summary>
    private static Tense? ElidedVerbAfter(Document document, int sentence, int at)
    {
        if (document.Times.Count == 0)
        {
            return null;
        }
        var last = document.Times[^1];
        if (last.Sentence != sentence || last.Tense is not (Tense.Future or Tense.Past) || last.Span.End > at || at - last.Span.End > 60)
        {
            return null;
        }
        var tokens = document.Tokens;
        bool and = false;
        for (int t = tokens.IndexAtOrAfter(last.Span.End); t < tokens.Count && tokens.Starts[t] < at; t++)
        {
            if (tokens.Tags[t] is PartOfSpeech.VERB or PartOfSpeech.AUX)
            {
                return null;
            }
            // "late Thursday or early Friday": an alternative shares the verb as a second item does.
            var w = document.Text.AsSpan(tokens.Starts[t], tokens.Ends[t] - tokens.Starts[t]);
            and |= w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("or", StringComparison.OrdinalIgnoreCase);
        }
        return and ? last.Tense : null;
    }

    /// <summary>How many sentences after the story's last named day "a day earlier" or "two days later" still counts from it.</summary>
    private const int CountOnSentences = 2;

    /// <summary>How far back (days) the story's last named day may lie for "in morning trading" to be that day's session.</summary>
    private const int StaleSessionDays = 7;

    /// <summary>How many days after a day the sentence told a day of saying may fall and still be the day of the report on it
    /// ("late on Friday ..., police said on Monday").</summary>
    private const int SayingAfterDays = 4;

    private static bool IsRangeWord(ReadOnlySpan<char> w) =>
        w.Equals("until", StringComparison.OrdinalIgnoreCase) || w.Equals("till", StringComparison.OrdinalIgnoreCase)
        || w.Equals("to", StringComparison.OrdinalIgnoreCase) || w.Equals("through", StringComparison.OrdinalIgnoreCase);

    /// <summary>How far back (days) a year-less day after "after" in a look ahead may lie and still be the one meant.</summary>
    private const int RecentlyPastDays = 21;

    /// <summary>A single year-less day, fixed or moving ("May 7", "Christmas", "Easter", "Thanksgiving").</summary>
    private static bool IsYearlessDay(TimeSpec spec) =>
        spec.Kind == SpecKind.Calendar && !spec.HasYear && spec.YearOffset is null && spec.Offset is null && spec.RangeEnd is null
        && !spec.Anaphoric && !spec.WeekOf && spec.DayShift == 0 && (spec.Day > 0 || spec.DayOnOrAfter >= 0 || spec.EasterShift is not null);

    /// <summary>"after Easter", "after the Easter recess": the expression follows "after" (with an article between or not).</summary>
    private static bool AfterIt(string text, int start)
    {
        var w = NeighbourWords.Before(text, start);
        if (w.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            int e = start;
            while (e > 0 && text[e - 1] == ' ')
            {
                e--;
            }
            w = NeighbourWords.Before(text, e - w.Length);
        }
        return w.Equals("after", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>For the second of two expressions joined as a range's ends ("from 6pm Friday until noon Saturday", "between
    /// Monday and Wednesday"), the start's value when it is a single day; otherwise null.</summary>
    private static TimeValue? RangeStart(Document document, int sentence, int at)
    {
        if (document.Times.Count == 0)
        {
            return null;
        }
        var last = document.Times[^1];
        if (last.Sentence != sentence || last.RangeEnd is not null || last.Value.Earliest is not DateOnly day || last.Value.Latest != day
            || last.Span.End > at || at - last.Span.End > 8)
        {
            return null;
        }
        var joint = document.Text.AsSpan(last.Span.End, at - last.Span.End).Trim();
        var opener = NeighbourWords.Before(document.Text, last.Span.Start);
        bool from = opener.Equals("from", StringComparison.OrdinalIgnoreCase);
        bool joined = joint.Equals("and", StringComparison.OrdinalIgnoreCase)
            ? opener.Equals("between", StringComparison.OrdinalIgnoreCase)
            : from && (joint.Equals("until", StringComparison.OrdinalIgnoreCase) || joint.Equals("till", StringComparison.OrdinalIgnoreCase)
                || joint.Equals("to", StringComparison.OrdinalIgnoreCase) || joint.Equals("through", StringComparison.OrdinalIgnoreCase)
                || joint is "-" or "\u2013");
        return joined ? last.Value : null;
    }

    /// <summary>For the second of two weekdays named as a list ("on Tuesday and Wednesday", "Monday or Tuesday"), the first's
    /// value when it is a bare weekday resolved to one day and the second comes one to three days after it; otherwise null.
    /// Two listed days lie close together: "cancelled on Tuesday and Wednesday" told on Tuesday is the next day, not the
    /// Wednesday six days before; "made Friday and Thursday" told on Friday keeps the day before (it is the nearer).</summary>
    private static TimeValue? ListedWeekdayBefore(Document document, int sentence, int at, DayOfWeek? weekday)
    {
        if (weekday is not DayOfWeek wd)
        {
            return null;
        }
        if (document.Times.Count == 0)
        {
            return null;
        }
        var last = document.Times[^1];
        if (last.Sentence != sentence || last.RangeEnd is not null || last.Value.Earliest is not DateOnly day || last.Value.Latest != day
            || last.Span.End > at || at - last.Span.End > 5 || !TimeWords.IsWeekdayName(document.Text.AsSpan(last.Span.Start, last.Span.End - last.Span.Start)))
        {
            return null;
        }
        int ahead = ((int)wd - (int)day.DayOfWeek + 7) % 7;
        var joint = document.Text.AsSpan(last.Span.End, at - last.Span.End).Trim();
        return ahead is >= 1 and <= 3 && (joint.Equals("and", StringComparison.Ordinal) || joint.Equals("or", StringComparison.Ordinal))
            ? last.Value : null;
    }

    /// <summary>For a weekday told under "would" after an earlier day of the same sentence that lies before the publication
    /// date ("said on Sunday that we would stay out until Friday"), that earlier day's value; otherwise null. The future of a
    /// past saying is counted from the saying: the Friday after that Sunday, not the one after the report.</summary>
    private static TimeValue? DayOfSayingBefore(Document document, int sentence, int at, DateOnly? published)
    {
        if (published is not DateOnly p || document.Times.Count == 0)
        {
            return null;
        }
        var last = document.Times[^1];
        if (last.Sentence != sentence || last.RangeEnd is not null || last.Value.Earliest is not DateOnly day || last.Value.Latest != day
            || day >= p || last.Span.End > at)
        {
            return null;
        }
        var between = document.Text.AsSpan(last.Span.End, at - last.Span.End);
        int w = between.IndexOf(" would ", StringComparison.OrdinalIgnoreCase);
        return w >= 0 && !between[w..].StartsWith(" would have ", StringComparison.OrdinalIgnoreCase) ? last.Value : null;
    }

    /// <summary>The Monday of a value that is one whole ISO week ("last week", "a fortnight ago"), or null.</summary>
    private static DateOnly? WholeWeek(TimeValue v) =>
        v.Precision == TimePrecision.Week && v.Earliest is DateOnly monday && monday.DayOfWeek == DayOfWeek.Monday && v.Latest == monday.AddDays(6)
            ? monday : null;

    /// <summary>"Prices fell last week. The previous week ...": a week or weekend counted from a week the story told without
    /// a day of it. The weekend after it is that week's own.</summary>
    private static TimeValue FromToldWeek(TimeSpec spec, Tense tense, DateOnly monday, int by, string? told)
    {
        var at = monday;
        if (spec.Unit == Lexicon.TimeUnit.Weekend && by > 0)
        {
            spec = spec.Clone();
            spec.Offset = by - 1;
            at = monday.AddDays(5);
        }
        string which = told is null ? $"the week of {Calendar.Iso(monday)}" : $"\"{told}\"";
        return TimeResolver.Resolve(spec, tense, ResolutionContext.At(at)) with
        {
            Reason = $"counted from the week the story told, {which}",
            Anchor = monday,
        };
    }

    /// <summary>", prosecutors said on Monday.", ", she told reporters Monday.": a day that a verb of saying after a comma
    /// takes right before it (an "on" and "reporters" may stand between), closing its sentence: the day of the report.</summary>
    private static bool IsDayOfSaying(string text, int start, int end)
    {
        int e = end;
        while (e < text.Length && text[e] is '"' or '”' or '\'' or '’')
        {
            e++;
        }
        if (e >= text.Length || text[e] is not ('.' or '!' or '?'))
        {
            return false;
        }
        int at = NeighbourWords.StartBefore(text, start, out var w);
        if (w.Equals("on", StringComparison.OrdinalIgnoreCase))
        {
            at = NeighbourWords.StartBefore(text, at, out w);
        }
        if (w.Equals("reporters", StringComparison.OrdinalIgnoreCase) || w.Equals("journalists", StringComparison.OrdinalIgnoreCase))
        {
            at = NeighbourWords.StartBefore(text, at, out w);
        }
        if (!(w.Equals("said", StringComparison.OrdinalIgnoreCase) || w.Equals("told", StringComparison.OrdinalIgnoreCase)
            || w.Equals("announced", StringComparison.OrdinalIgnoreCase) || w.Equals("confirmed", StringComparison.OrdinalIgnoreCase)
            || w.Equals("reported", StringComparison.OrdinalIgnoreCase) || w.Equals("added", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        int from = Math.Max(0, at - 60);
        return text.AsSpan(from, at - from).Contains(',');
    }

    private static bool IsDeadlineWord(ReadOnlySpan<char> w) =>
        w.Equals("by", StringComparison.OrdinalIgnoreCase) || w.Equals("until", StringComparison.OrdinalIgnoreCase)
        || w.Equals("till", StringComparison.OrdinalIgnoreCase);

    /// <summary>A clock time or day with a known date, moved by whole days ("2026-04-09T23:00" one back is "2026-04-08T23:00").</summary>
    private static TimeValue MovedDay(TimeValue v, int days)
    {
        if (v.Earliest is not DateOnly d || v.Latest != d || v.Value.Length < 10 || v.Value[4] != '-')
        {
            return v;
        }
        var moved = d.AddDays(days);
        return v with { Value = Calendar.Iso(moved) + v.Value[10..], Earliest = moved, Latest = moved };
    }

    private static TimeValue KeepOrder(TimeSpec startSpec, TimeSpec endSpec, TimeValue start, TimeValue end, Tense tense, ResolutionContext ctx, out TimeValue endOut)
    {
        endOut = end;
        if (startSpec.Kind == SpecKind.Weekday && endSpec.Kind == SpecKind.Weekday && startSpec.Offset is null && endSpec.Offset is null
            && start.Earliest is DateOnly ws && end.Earliest is DateOnly we && ws > we && start.Latest == ws && end.Latest == we)
        {
            // "heard arguments from Monday to Wednesday" (written on Tuesday): each end resolved alone falls in a different
            // week. Told in the past the range ends on the latest such day, so it starts on the weekday before its end; ahead
            // it starts on the first such day, so it ends on the weekday after its start.
            if (tense == Tense.Future)
            {
                endOut = TimeResolver.Resolve(endSpec, Tense.Future, ResolutionContext.At(ws)) with
                {
                    Reason = $"the end of a range that starts on {Calendar.Iso(ws)}: the first such weekday on or after it",
                    Anchor = ws,
                    Year = end.Year,
                };
                return start;
            }
            return TimeResolver.Resolve(startSpec, Tense.Past, ResolutionContext.At(we)) with
            {
                Reason = $"the start of a range that ends on {Calendar.Iso(we)}: the latest such weekday on or before it",
                Anchor = we,
                Year = start.Year,
            };
        }
        if (start.Earliest is DateOnly s0 && end.Earliest is DateOnly e0 && s0 > e0 && !endSpec.HasYear && endSpec.Kind == SpecKind.Calendar
            && endSpec.Month > 0 && endSpec.YearOffset is null && (startSpec.HasYear || startSpec.Kind is SpecKind.Weekday or SpecKind.Relative))
        {
            // "adjourned on Tuesday until January 12" (written in December): a start the text fixes to a day or year cannot
            // move, so the year-less end is the first such date after it.
            var later = endSpec.Clone();
            later.Year = e0.Year + 1;
            var v = TimeResolver.Resolve(later, tense, ctx);
            if (v.Earliest is DateOnly ve && ve >= s0)
            {
                endOut = v with { Year = end.Year, Reason = "the range's end is in the year after its start; " + end.Reason };
                return start;
            }
        }
        if (start.Earliest is DateOnly s && end.Earliest is DateOnly e && s > e && !startSpec.HasYear && end.Year != YearSource.Unknown)
        {
            // "from January to August" resolved to August of last year: January of that same year, not of the year before.
            var fixedSpec = startSpec.Clone();
            fixedSpec.Year = e.Year;
            var v = TimeResolver.Resolve(fixedSpec, tense, ctx);
            if (v.Earliest is not DateOnly vs || vs > e)
            {
                fixedSpec.Year = e.Year - 1;
                v = TimeResolver.Resolve(fixedSpec, tense, ctx);
            }
            string where = fixedSpec.Year == e.Year ? "in its end's year" : "in the year before its end";
            return v with { Year = end.Year, Reason = $"the range's start is {where}; " + end.Reason };
        }
        if (!startSpec.HasYear && endSpec.HasYear && start.Year == YearSource.Stated)
        {
            return start with { Reason = "year taken from the range's end, stated in the text" };
        }
        return start;
    }

    /// <summary>Splits a range's text at its connector ("to", "-", "and", "until") to give the span of each end.</summary>
    private static TextSpan? RangePart(string text, TextSpan span, bool first)
    {
        var s = text.AsSpan(span.Start, span.Length);
        ReadOnlySpan<string> connectors = [" to ", " through ", " until ", " till ", " and ", " or ", "–", "—", "-"];
        foreach (var c in connectors)
        {
            int at = s.LastIndexOf(c, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                return first ? new TextSpan(span.Start, span.Start + at) : new TextSpan(span.Start + at + c.Length, span.End);
            }
        }
        return null;
    }
}
