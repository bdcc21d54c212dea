namespace Dossier.Time.Recognition;

/// <summary>What a recognised expression says before it is anchored to a day.</summary>
internal enum SpecKind : byte
{
    /// <summary>Calendar fields given outright (year, month, day, quarter, season, ...), any of them possibly missing.</summary>
    Calendar,
    /// <summary>A decade ("the 1970s") or century ("the 20th century").</summary>
    Era,
    /// <summary>A named weekday ("on Friday", "last Monday").</summary>
    Weekday,
    /// <summary>An offset in units from the anchor ("last month", "two years ago", "yesterday", "this week").</summary>
    Relative,
    /// <summary>A length of time ("two weeks", "the past three years").</summary>
    Duration,
    /// <summary>A recurrence ("every year", "daily").</summary>
    Set,
    /// <summary>A reference to the present, past or future as a whole ("now", "recently", "soon").</summary>
    Reference,
    /// <summary>A clock time, on the anchor day unless a date is attached.</summary>
    Clock,
}
