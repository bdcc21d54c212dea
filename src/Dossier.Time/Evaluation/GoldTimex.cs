using Dossier.Core;

namespace Dossier.Time.Evaluation;

/// <summary>One TIMEX3 of a TimeML file (or one a system produced): span in the stripped text, type and value.</summary>
public sealed record GoldTimex(TextSpan Span, string Type, string Value);
