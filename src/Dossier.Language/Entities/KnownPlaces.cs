using System.Collections.Frozen;

namespace Dossier.Language.Entities;

/// <summary>Place names that are no one's given name and no ordinary word: the world's large cities and the first-level
/// administrative divisions of its countries ("Isfahan", "Jiangsu", "Lancashire"), and a few world regions ("the Americas",
/// "the Balkans"), from <c>known-places.txt</c>.</summary>
/// <remarks>The list was made general by leaving out, for every name, the tests a reader applies: an English given name
/// ("Georgia", "Victoria", "Kent") or a word the dictionary writes in lower case ("Central", "Reading", "Batman") is no
/// known place here (the file's header names the sources). It is read only after the tagger, never by the trainer.</remarks>
internal static class KnownPlaces
{
    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> s_names =
        new(() => NameLists.Load("Dossier.Language.Entities.known-places.txt"));

    /// <summary>Whether <paramref name="name"/>, written exactly so, is such a place.</summary>
    public static bool Contains(ReadOnlySpan<char> name) => s_names.Value.Contains(name);
}
