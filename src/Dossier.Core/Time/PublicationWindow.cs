namespace Dossier.Core.Time;

/// <summary>The days an article can have been published on, with the evidence for the bounds.</summary>
/// <param name="Earliest">First possible day; <see cref="DateOnly.MinValue"/> when nothing bounds it.</param>
/// <param name="Latest">Last possible day; <see cref="DateOnly.MaxValue"/> when nothing bounds it.</param>
/// <param name="Stated">True when the source states the date, so the window is one day.</param>
/// <param name="Evidence">One line per fact used, in plain words, including the ones that are only heuristics.</param>
public sealed record PublicationWindow(DateOnly Earliest, DateOnly Latest, bool Stated, IReadOnlyList<string> Evidence)
{
    /// <summary>A one-day window for a stated publication date.</summary>
    public static PublicationWindow StatedOn(DateOnly day, string from) => new(day, day, true, [$"publication date stated ({from})"]);

    /// <summary>The latest year-less date the article mentions ("XXXX-10-07"): it was written on or after that day of some year.</summary>
    public string? LatestYearlessMention { get; init; }

    /// <summary>Years in which every weekday+date pair the article gives ("Monday, September 11") falls on that weekday; evidence, not proof.</summary>
    public IReadOnlyList<int> WeekdayYears { get; init; } = [];

    public bool HasEarliest => Earliest != DateOnly.MinValue;

    public bool HasLatest => Latest != DateOnly.MaxValue;

    /// <summary>True when both ends are known days.</summary>
    public bool IsBounded => HasEarliest && HasLatest;

    public override string ToString()
    {
        if (Stated)
        {
            return Earliest.ToString("yyyy-MM-dd");
        }
        string lo = HasEarliest ? Earliest.ToString("yyyy-MM-dd") : LatestYearlessMention ?? "?";
        string hi = HasLatest ? Latest.ToString("yyyy-MM-dd") : "?";
        return $"{lo} .. {hi}";
    }
}
