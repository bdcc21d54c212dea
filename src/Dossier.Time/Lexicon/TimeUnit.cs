namespace Dossier.Time.Lexicon;

/// <summary>A calendar or clock unit a time expression counts in.</summary>
public enum TimeUnit : byte
{
    None,
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Month,
    Quarter,
    Half,
    Season,
    Year,
    Decade,
    Century,
}
