using System.Globalization;
using Dossier.Core.Time;

namespace Dossier.Time.Resolution;

/// <summary>Calendar arithmetic for time values: the days a period covers and how a mod narrows them.</summary>
internal static class Calendar
{
    public static readonly DateOnly Min = new(1, 1, 1);
    public static readonly DateOnly Max = new(9999, 12, 31);

    public static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        if (year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            date = new DateOnly(year, month, day);
            return true;
        }
        date = default;
        return false;
    }

    /// <summary>Easter Sunday of a Gregorian year (the anonymous Gregorian computus).</summary>
    public static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    public static (DateOnly Start, DateOnly End) MonthDays(int year, int month)
    {
        var s = new DateOnly(year, month, 1);
        return (s, s.AddMonths(1).AddDays(-1));
    }

    public static (DateOnly Start, DateOnly End) Months(int year, int firstMonth, int count)
    {
        var s = new DateOnly(year, 1, 1).AddMonths(firstMonth - 1);
        return (s, s.AddMonths(count).AddDays(-1));
    }

    /// <summary>Meteorological seasons; winter of a year runs from its December into the next February.</summary>
    public static (DateOnly Start, DateOnly End) SeasonDays(int year, string season) => season switch
    {
        "SP" => Months(year, 3, 3),
        "SU" => Months(year, 6, 3),
        "FA" => Months(year, 9, 3),
        _ => Months(year, 12, 3),
    };

    public static (DateOnly Start, DateOnly End) IsoWeekDays(int isoYear, int week)
    {
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(isoYear, week, DayOfWeek.Monday));
        return (monday, monday.AddDays(6));
    }

    public static string IsoWeekValue(DateOnly day, out DateOnly monday)
    {
        var dt = day.ToDateTime(TimeOnly.MinValue);
        int y = ISOWeek.GetYear(dt);
        int w = ISOWeek.GetWeekOfYear(dt);
        monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(y, w, DayOfWeek.Monday));
        return $"{y:D4}-W{w:D2}";
    }

    public static int IsoDayNumber(DayOfWeek d) => d == DayOfWeek.Sunday ? 7 : (int)d;

    /// <summary>Narrows <c>[start, end]</c> to the part a mod names: the first, middle or last third.</summary>
    public static (DateOnly Start, DateOnly End) Narrow(DateOnly start, DateOnly end, TimeMod mod)
    {
        int days = end.DayNumber - start.DayNumber + 1;
        if (days < 3)
        {
            return (start, end);
        }
        int third = days / 3;
        return mod switch
        {
            TimeMod.Start => (start, start.AddDays(third - 1)),
            TimeMod.Mid => (start.AddDays(third), end.AddDays(-third)),
            TimeMod.End => (end.AddDays(-(third - 1)), end),
            _ => (start, end),
        };
    }

    /// <summary>Narrows <c>[start, end]</c> to its first <paramref name="days"/> days (mod START) or its last (END): "the first
    /// ten days of July" is 1-10, "the last ten days" the last ten.</summary>
    public static (DateOnly Start, DateOnly End) NarrowToEdge(DateOnly start, DateOnly end, TimeMod mod, int days)
    {
        int length = end.DayNumber - start.DayNumber + 1;
        if (days <= 0 || days >= length)
        {
            return (start, end);
        }
        return mod switch
        {
            TimeMod.Start => (start, start.AddDays(days - 1)),
            TimeMod.End => (end.AddDays(-(days - 1)), end),
            _ => (start, end),
        };
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
