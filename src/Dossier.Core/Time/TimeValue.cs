namespace Dossier.Core.Time;

/// <summary>A normalised time value (TIMEX3 style) with the days it can mean and how its year was found.</summary>
/// <param name="Value">TIMEX3 value: "2023-09-13", "XXXX-09-13", "2022-10", "197X", "P2W", "PRESENT_REF".</param>
/// <param name="Earliest">First calendar day the value can mean, when it is a calendar value with a known year.</param>
/// <param name="Latest">Last calendar day the value can mean.</param>
/// <param name="Reason">Why the value is what it is: the anchor used, or why the year stays unknown.</param>
public sealed record TimeValue(
    string Value,
    TimePrecision Precision,
    TimeMod Mod,
    DateOnly? Earliest,
    DateOnly? Latest,
    YearSource Year,
    string? Reason);
