namespace Dossier.Core.Statements;

/// <summary>A link in the chain a statement travelled through: an outlet, agency or medium.</summary>
/// <param name="Medium">How it was relayed, when said: "interview", "call", "report".</param>
public sealed record Relay(string Name, TextSpan Span, string? Medium);
