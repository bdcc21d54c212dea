namespace Dossier.Core.Time;

/// <summary>TIMEX3 types.</summary>
public enum TimeType : byte
{
    Date,
    Time,
    Duration,
    Set,
}
