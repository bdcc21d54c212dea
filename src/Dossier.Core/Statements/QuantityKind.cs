namespace Dossier.Core.Statements;

/// <summary>What a number measures.</summary>
public enum QuantityKind : byte
{
    Count,
    Money,
    Percent,
    Measure,
}
