namespace Dossier.Core.Time;

/// <summary>A time expression found in the text and its resolved value.</summary>
/// <param name="RangeEnd">For ranges ("from September 7 to October 1"), the value of the end; <paramref name="Value"/> is the start.</param>
public sealed record TimeExpression(TextSpan Span, TimeType Type, TimeValue Value, TimeValue? RangeEnd = null);
