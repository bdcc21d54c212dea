namespace Dossier.Text.Metadata;

/// <summary>The order of a numeric date's day and month.</summary>
public enum DateOrder : byte
{
    /// <summary>Nothing in the article says.</summary>
    Unknown,
    /// <summary>"06/03/2025" is June 3.</summary>
    MonthFirst,
    /// <summary>"06/03/2025" is 6 March.</summary>
    DayFirst,
}
