namespace Dossier.Core.Time;

/// <summary>A normalised time value (TIMEX3 style) with the days it can mean and how its year was found.</summary>
/// <param name="Value">TIMEX3 value: "2023-09-13", "XXXX-09-13", "2022-10", "197X", "P2W", "PRESENT_REF".</param>
/// <param name="Earliest">First calendar day the value can mean, when it is a calendar value with a known year.</param>
/// <param name="Latest">Last calendar day the value can mean.</param>
/// <param name="Reason">Why the value is what it is: the anchor used, or why the year stays unknown.</param>
/// <remarks>
/// Durations and sets have no days (<see cref="Earliest"/> and <see cref="Latest"/> null); PAST_REF has only a
/// latest day and FUTURE_REF only an earliest, when the anchor is known. A value whose year is unknown
/// keeps <c>XXXX</c> and has no days, because any day would be a guess.
/// </remarks>
public sealed record TimeValue(
    string Value,
    TimePrecision Precision,
    TimeMod Mod,
    DateOnly? Earliest,
    DateOnly? Latest,
    YearSource Year,
    string? Reason)
{
    /// <summary>The day the value was resolved against (the publication date or an end of the inferred window), if any.</summary>
    public DateOnly? Anchor { get; init; }

    /// <summary>True when the value names calendar days with a known year.</summary>
    public bool HasDays => Earliest is not null && Latest is not null;

    public override string ToString() => Mod == TimeMod.None ? Value : $"{Value} ({Mod})";
}
