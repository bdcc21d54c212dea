using System.Collections.Frozen;

namespace Dossier.Time.Lexicon;

/// <summary>The English words of the calendar: month and weekday names, units and number words.</summary>
internal static class TimeWords
{
    /// <summary>Month names and their abbreviations, without a final period, to month number.</summary>
    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>A weekday's full name as written in running text ("Monday"; not "monday" or "Mon").</summary>
    public static bool IsWeekdayName(ReadOnlySpan<char> w) =>
        w is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday";

    /// <summary>Weekday names and abbreviations to <see cref="DayOfWeek"/>.</summary>
    public static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday,
        ["tues"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Unit words, singular and plural, to unit.</summary>
    public static readonly FrozenDictionary<string, TimeUnit> Units = new Dictionary<string, TimeUnit>(StringComparer.OrdinalIgnoreCase)
    {
        ["second"] = TimeUnit.Second, ["seconds"] = TimeUnit.Second,
        ["minute"] = TimeUnit.Minute, ["minutes"] = TimeUnit.Minute,
        ["hour"] = TimeUnit.Hour, ["hours"] = TimeUnit.Hour,
        ["day"] = TimeUnit.Day, ["days"] = TimeUnit.Day,
        ["weekend"] = TimeUnit.Weekend, ["weekends"] = TimeUnit.Weekend,
        ["week"] = TimeUnit.Week, ["weeks"] = TimeUnit.Week,
        ["fortnight"] = TimeUnit.Week, ["fortnights"] = TimeUnit.Week, // counted twice: see TimeRecognizer.InSmallerUnit
        ["month"] = TimeUnit.Month, ["months"] = TimeUnit.Month,
        ["quarter"] = TimeUnit.Quarter, ["quarters"] = TimeUnit.Quarter,
        ["year"] = TimeUnit.Year, ["years"] = TimeUnit.Year,
        ["decade"] = TimeUnit.Decade, ["decades"] = TimeUnit.Decade,
        ["century"] = TimeUnit.Century, ["centuries"] = TimeUnit.Century,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Cardinal number words to value ("a"/"an" count as one).</summary>
    public static readonly FrozenDictionary<string, int> Numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100,
        ["a dozen"] = 12, ["dozen"] = 12, ["half a"] = 0, ["half an"] = 0, ["couple of"] = 2, ["a couple of"] = 2,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Ordinal words and numerals to value, for quarters and halves.</summary>
    public static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["1st"] = 1, ["second"] = 2, ["2nd"] = 2, ["third"] = 3, ["3rd"] = 3, ["fourth"] = 4, ["4th"] = 4,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Season words to TIMEX3 season codes.</summary>
    public static readonly FrozenDictionary<string, string> Seasons = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["spring"] = "SP", ["summer"] = "SU", ["fall"] = "FA", ["autumn"] = "FA", ["winter"] = "WI",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses a count: digits ("14", "1,000") or number words ("two", "twenty-five", "a").</summary>
    /// <returns>The count, 0 for vague counts ("a few", "several"), or -1 when the text is not a count.</returns>
    public static int ParseCount(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty)
        {
            return -1;
        }
        if (char.IsAsciiDigit(text[0]))
        {
            long v = 0;
            foreach (char c in text)
            {
                if (c == ',')
                {
                    continue;
                }
                if (!char.IsAsciiDigit(c))
                {
                    return -1;
                }
                v = v * 10 + (c - '0');
                if (v > 100_000)
                {
                    return -1;
                }
            }
            return (int)v;
        }
        var lookup = Numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out int n))
        {
            return n;
        }
        int dash = text.IndexOfAny('-', ' ');
        if (dash > 0 && lookup.TryGetValue(text[..dash], out int tens) && tens >= 20 && lookup.TryGetValue(text[(dash + 1)..], out int ones) && ones < 10)
        {
            return tens + ones;
        }
        return text.Equals("few", StringComparison.OrdinalIgnoreCase) || text.Equals("a few", StringComparison.OrdinalIgnoreCase)
            || text.Equals("several", StringComparison.OrdinalIgnoreCase) || text.Equals("many", StringComparison.OrdinalIgnoreCase)
            || text.Equals("some", StringComparison.OrdinalIgnoreCase)
            ? 0
            : -1;
    }

    /// <summary>The TIMEX3 letter of a unit in durations (P3Y, PT2H).</summary>
    public static string DurationCode(TimeUnit unit) => unit switch
    {
        TimeUnit.Second => "S",
        TimeUnit.Minute => "M",
        TimeUnit.Hour => "H",
        TimeUnit.Day => "D",
        TimeUnit.Weekend => "WE",
        TimeUnit.Week => "W",
        TimeUnit.Month => "M",
        TimeUnit.Quarter => "Q",
        TimeUnit.Half => "H",
        TimeUnit.Season => "S",
        TimeUnit.Year => "Y",
        TimeUnit.Decade => "DE",
        TimeUnit.Century => "CE",
        _ => "X",
    };

    public static bool IsClockUnit(TimeUnit unit) => unit is TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour;
}
