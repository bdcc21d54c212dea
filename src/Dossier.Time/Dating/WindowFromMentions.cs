using Dossier.Core;
using Dossier.Core.Time;
using Dossier.Time.Resolution;

namespace Dossier.Time.Dating;

/// <summary>Infers an undated article's publication window from the dates it mentions.</summary>
/// <remarks>
/// An article is written on or after the latest day it reports in the past or present tense, so that day is a
/// lower bound; a future-tense mention ("will meet on March 3") bounds nothing. Year-less mentions give a lower
/// bound without a year ("on or after XXXX-10-07"); weekday+date pairs narrow the possible years (evidence only).
/// The clock gives the upper bound: nothing is published after today.
/// </remarks>
internal static class WindowFromMentions
{
    public static PublicationWindow Infer(Document document, IReadOnlyList<int> weekdayYears, TimeProvider clock)
    {
        var evidence = new List<string>();
        DateOnly earliest = DateOnly.MinValue;
        string? earliestText = null;
        int bestYearless = -1;
        string? yearlessValue = null;
        string? yearlessText = null;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        string? afterClock = null;
        foreach (var t in document.Times)
        {
            if (t.Tense == Tense.Future || t.Type is TimeType.Duration or TimeType.Set)
            {
                continue;
            }
            var v = t.RangeEnd ?? t.Value;
            if (v.Year == YearSource.Stated && v.Earliest is DateOnly late && late > today)
            {
                // "set aside 3% in the budget for fiscal 2026-27" read before 2027: a period planned, not reported, whatever the
                // verb's tense; it bounds nothing, and the bounds the other mentions give stand.
                afterClock ??= document.Slice(t.Span);
            }
            else if (v.Year == YearSource.Stated && v.Earliest is DateOnly e && e > earliest)
            {
                earliest = e;
                earliestText = document.Slice(t.Span);
            }
            else if (v.Year == YearSource.Unknown && v.Value.StartsWith("XXXX-", StringComparison.Ordinal) && v.Value.Length >= 10
                && int.TryParse(v.Value.AsSpan(5, 2), out int month) && int.TryParse(v.Value.AsSpan(8, 2), out int day))
            {
                int key = month * 100 + day;
                if (key > bestYearless)
                {
                    bestYearless = key;
                    yearlessValue = v.Value[..10];
                    yearlessText = document.Slice(t.Span);
                }
            }
        }
        if (earliestText is not null)
        {
            evidence.Add($"mentions \"{earliestText}\" (not in the future tense): written on or after {Calendar.Iso(earliest)}");
        }
        if (yearlessValue is not null)
        {
            evidence.Add($"latest year-less date mentioned is \"{yearlessText}\": written on or after {yearlessValue} of some year");
        }
        if (weekdayYears.Count > 0)
        {
            var shown = weekdayYears.Count > 5 ? weekdayYears.Take(5) : weekdayYears;
            evidence.Add("its weekday+date pairs fit the years " + string.Join(", ", shown) + (weekdayYears.Count > 5 ? ", ..." : "") + " (evidence, not proof)");
        }
        if (afterClock is not null)
        {
            evidence.Add($"mentions \"{afterClock}\" (not in the future tense) but after today by the clock: no bound");
        }
        evidence.Add($"not after today by the clock ({Calendar.Iso(today)})");
        return new PublicationWindow(earliest, today, false, evidence)
        {
            LatestYearlessMention = yearlessValue,
            WeekdayYears = weekdayYears,
        };
    }

    /// <summary>Intersects an outside window (from other articles) with the article's own evidence.</summary>
    public static PublicationWindow Merge(PublicationWindow outside, PublicationWindow own)
    {
        var lo = outside.Earliest > own.Earliest ? outside.Earliest : own.Earliest;
        var hi = outside.Latest < own.Latest ? outside.Latest : own.Latest;
        var evidence = new List<string>(outside.Evidence);
        foreach (var e in own.Evidence)
        {
            if (!evidence.Contains(e))
            {
                evidence.Add(e);
            }
        }
        if (hi < lo)
        {
            // Contradictory evidence: keep the outside window, which is the stronger, and say so.
            evidence.Add("the article's own mentions contradict this window; kept the window from other articles");
            (lo, hi) = (outside.Earliest, outside.Latest);
        }
        return new PublicationWindow(lo, hi, false, evidence)
        {
            LatestYearlessMention = own.LatestYearlessMention,
            WeekdayYears = own.WeekdayYears,
        };
    }
}
