namespace Dossier.Core.Statements;

/// <summary>How a number is hedged.</summary>
public enum QuantityQualifier : byte
{
    Exact,
    AtLeast,
    MoreThan,
    UpTo,
    LessThan,
    Approximate,
    Nearly,
    /// <summary>A stated range ("between 10 and 20").</summary>
    Range,
    /// <summary>An unspecified amount ("a significant number of").</summary>
    Vague,
    /// <summary>A margin either side of another figure ("plus or minus 3 points", "±2%"): the interval runs from minus the
    /// value to plus it.</summary>
    PlusOrMinus,
}
