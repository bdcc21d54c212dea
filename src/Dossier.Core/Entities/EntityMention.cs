namespace Dossier.Core.Entities;

/// <summary>One place in the text that names an entity.</summary>
/// <param name="Entity">Index into <see cref="Document.Entities"/>, or -1 before aliases are resolved.</param>
/// <param name="Role">The title or role the text gives the entity at this mention ("White House spokesman").</param>
public readonly record struct EntityMention(TextSpan Span, EntityType Type, int Entity = -1, TextSpan? Role = null);
