namespace Dossier.Core.Time;

/// <summary>How the year of a resolved value was found.</summary>
public enum YearSource : byte
{
    /// <summary>The expression itself states the year.</summary>
    Stated,
    /// <summary>Taken from the article's stated publication date.</summary>
    Anchored,
    /// <summary>Inferred from other evidence (weekday agreement, another article, a window).</summary>
    Inferred,
    /// <summary>Cannot be known; the value keeps <c>XXXX</c>.</summary>
    Unknown,
    /// <summary>The value has no year to find: a duration ("P2W"), a recurrence ("P1D") or an unanchored reference ("FUTURE_REF").</summary>
    NotApplicable,
}
