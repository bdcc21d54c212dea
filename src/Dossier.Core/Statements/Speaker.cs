namespace Dossier.Core.Statements;

/// <summary>Who a statement is attributed to.</summary>
/// <param name="Name">The canonical name, or the text of an unnamed source ("an anonymous US official").</param>
/// <param name="Entity">Index into <see cref="Document.Entities"/>, or -1 for an unnamed source.</param>
/// <param name="Span">The mention that names the speaker in this statement (may be a pronoun).</param>
/// <param name="Role">The speaker's role at that time, when the text gives one.</param>
/// <param name="With">Others the same source names as saying it together ("France and Germany said"), each resolved as a speaker of its own.</param>
public sealed record Speaker(string Name, int Entity, TextSpan? Span, string? Role, IReadOnlyList<Speaker>? With = null);
