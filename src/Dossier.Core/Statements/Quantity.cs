namespace Dossier.Core.Statements;

/// <summary>A number in the text as a value interval, with the thing it counts.</summary>
/// <param name="Value">The stated value (for "dozens", the low end of the range).</param>
/// <param name="Low">The smallest value the text allows.</param>
/// <param name="High">The largest value the text allows; positive infinity when unbounded ("at least", "more than").</param>
/// <param name="Object">The thing counted ("artillery shells"), when found.</param>
/// <param name="Unit">For money, the currency ("USD"); for measures, the unit ("mm", "km", "years").</param>
/// <param name="Statement">Index into <see cref="Document.Statements"/> of the statement it is part of, or -1.</param>
/// <param name="Time">Index into <see cref="Document.Times"/> of the time it refers to, or -1.</param>
public sealed record Quantity(
    TextSpan Span,
    double Value,
    double Low,
    double High,
    QuantityQualifier Qualifier,
    QuantityKind Kind,
    string? Object,
    TextSpan? ObjectSpan,
    string? Unit,
    int Statement = -1,
    int Time = -1);
