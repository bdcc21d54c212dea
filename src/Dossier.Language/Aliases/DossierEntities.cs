using Dossier.Core.Entities;

namespace Dossier.Language.Aliases;

/// <summary>The canonical entities of a whole dossier, and where each document's own entities went.</summary>
public sealed class DossierEntities
{
    internal DossierEntities(List<Entity> entities, Dictionary<(string Document, int Entity), int> map)
    {
        Entities = entities;
        Map = map;
    }

    /// <summary>Canonical entities, most mentioned first.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>(document id, index into that document's <c>Entities</c>) → index into <see cref="Entities"/>.</summary>
    public IReadOnlyDictionary<(string Document, int Entity), int> Map { get; }

    /// <summary>The canonical entity a document's entity belongs to.</summary>
    public Entity Of(string documentId, int entity) => Entities[Map[(documentId, entity)]];
}
