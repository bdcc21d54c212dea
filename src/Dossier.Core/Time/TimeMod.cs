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
}
