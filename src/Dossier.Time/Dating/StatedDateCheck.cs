using Dossier.Time.Resolution;

namespace Dossier.Time.Dating;

/// <summary>A stated publication date checked against the clock: a report cannot be published after it is read, so a date
/// ahead of the clock is most likely a slip in the source's metadata (a wrong year or month).</summary>
public static class StatedDateCheck
{
    /// <summary>Days a stated date may lie ahead of the clock's day before it is flagged: a report filed just after midnight
    /// in a time zone east of the clock's is dated the clock's tomorrow.</summary>
    public const int AheadOfClockDays = 1;

    /// <summary>What is wrong with a stated date ahead of the clock, in plain words; null when the date is not ahead.</summary>
    public static string? Warning(DateOnly published, TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return published.DayNumber > today.DayNumber + AheadOfClockDays
            ? $"the stated publication date {Calendar.Iso(published)} is after today's date {Calendar.Iso(today)} (this machine's clock): "
              + "most likely a slip in the source's date; the report's relative dates are resolved against it as stated"
            : null;
    }
}
