using Dossier.Core;
using Dossier.Core.Entities;
using Dossier.Language.Aliases;

namespace Dossier.Language.Tests.Aliases;

/// <summary>Reports whose alias stage found the given entities (name, type, mentions), each named only by its name: the
/// input the dossier-level merge reads.</summary>
internal static class EntityReports
{
    public static Document Report(string id, params (string Name, EntityType Type, int Mentions)[] entities)
    {
        var doc = new Document(id, "");
        foreach (var (name, type, mentions) in entities)
        {
            var key = (type == EntityType.Person ? "person|" : "k|") + NameKey.Of(name);
            var e = new Entity(doc.Entities.Count, name, type) { Key = key, MentionCount = mentions };
            e.Aliases.Add(name);
            doc.Entities.Add(e);
        }
        return doc;
    }
}
