using Dossier.Time.Recognition;

namespace Dossier.Time.Dating;

/// <summary>Years in which every weekday+date pair of an article ("Monday, September 11") falls on the named weekday.</summary>
/// <remarks>
/// A pair fits about one year in seven, so this is evidence, not proof: it is reported, never used to fill in a year.
/// The years searched run back 60 years from the clock's year (and one ahead), most recent first.
/// </remarks>
internal static class WeekdayAgreement
{
    public const int YearsBack = 60;

    public static IReadOnlyList<int> Years(List<(RecognizedTime Time, int Sentence)> found, TimeProvider clock)
    {
        List<(DayOfWeek Weekday, int Month, int Day)>? pairs = null;
        foreach (var (t, _) in found)
        {
            var s = t.Spec;
            if (s.Weekday is DayOfWeek wd && s.Kind == SpecKind.Calendar && s.Month > 0 && s.Day > 0 && !s.HasYear)
            {
                (pairs ??= []).Add((wd, s.Month, s.Day));
            }
        }
        return pairs is null ? [] : Matching(pairs, clock);
    }

    /// <summary>The years, from next year back <see cref="YearsBack"/> years, in which every month and day falls on its weekday.</summary>
    public static List<int> Matching(IReadOnlyList<(DayOfWeek Weekday, int Month, int Day)> pairs, TimeProvider clock)
    {
        int now = clock.GetUtcNow().Year;
        var years = new List<int>();
        for (int y = now + 1; y >= now - YearsBack; y--)
        {
            bool all = true;
            foreach (var (wd, m, d) in pairs)
            {
                if (!Resolution.Calendar.TryDate(y, m, d, out var date) || date.DayOfWeek != wd)
                {
                    all = false;
                    break;
                }
            }
            if (all)
            {
                years.Add(y);
            }
        }
        return years;
    }
}
