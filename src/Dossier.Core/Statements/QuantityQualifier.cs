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
}
