namespace Dossier.Core.Time;

/// <summary>How fine a time value is.</summary>
public enum TimePrecision : byte
{
    None,
    Century,
    Decade,
    Year,
    Half,
    Quarter,
    Season,
    Month,
    Week,
    Day,
    PartOfDay,
    Minute,
}
