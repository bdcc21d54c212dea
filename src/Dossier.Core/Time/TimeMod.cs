namespace Dossier.Core.Time;

/// <summary>TIMEX3 <c>mod</c>: which part of the value is meant, or how approximate it is.</summary>
public enum TimeMod : byte
{
    None,
    Start,
    Mid,
    End,
    Approx,
    Before,
    After,
    OnOrBefore,
    OnOrAfter,
    LessThan,
    MoreThan,
    EqualOrLess,
    EqualOrMore,
}

/// <summary>The TIMEX3 spelling of a <see cref="TimeMod"/>.</summary>
public static class TimeModNames
{
    /// <summary>"START", "ON_OR_BEFORE", "MORE_THAN"; null for <see cref="TimeMod.None"/>.</summary>
    public static string? Timex(this TimeMod mod) => mod switch
    {
        TimeMod.None => null,
        TimeMod.Start => "START",
        TimeMod.Mid => "MID",
        TimeMod.End => "END",
        TimeMod.Approx => "APPROX",
        TimeMod.Before => "BEFORE",
        TimeMod.After => "AFTER",
        TimeMod.OnOrBefore => "ON_OR_BEFORE",
        TimeMod.OnOrAfter => "ON_OR_AFTER",
        TimeMod.LessThan => "LESS_THAN",
        TimeMod.MoreThan => "MORE_THAN",
        TimeMod.EqualOrLess => "EQUAL_OR_LESS",
        TimeMod.EqualOrMore => "EQUAL_OR_MORE",
        _ => mod.ToString().ToUpperInvariant(),
    };
}
