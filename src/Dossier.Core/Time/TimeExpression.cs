namespace Dossier.Core.Time;

/// <summary>A time expression found in the text and its resolved value.</summary>
/// <param name="RangeEnd">For ranges ("from September 7 to October 1"), the value of the end; <paramref name="Value"/> is the start.</param>
public sealed record TimeExpression(TextSpan Span, TimeType Type, TimeValue Value, TimeValue? RangeEnd = null)
{
    /// <summary>For a range, the span of its first part ("September 7"); null otherwise.</summary>
    public TextSpan? StartSpan { get; init; }

    /// <summary>For a range, the span of its second part ("October 1"); null otherwise.</summary>
    public TextSpan? EndSpan { get; init; }

    /// <summary>The index of the sentence the expression is in, or -1.</summary>
    public int Sentence { get; init; } = -1;

    /// <summary>The tense of the verb that governs the expression, as used for past/future bias.</summary>
    public Tense Tense { get; init; }

    public bool IsRange => RangeEnd is not null;

    /// <summary>The TIMEX3-style value, "start/end" for ranges.</summary>
    public string ValueText => RangeEnd is null ? Value.Value : Value.Value + "/" + RangeEnd.Value;
}
