using System.Collections.Frozen;

namespace Dossier.Language.Entities;

/// <summary>English given names ("Judy", "Alfred", "Diana"), from <c>given-names.txt</c>.</summary>
/// <remarks>Many are ordinary words too ("May", "Will", "Rose"): read only after the tagger, with the document's evidence
/// that the word is used as a name, never by the trainer.</remarks>
internal static class GivenNames
{
    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> s_names =
        new(() => NameLists.Load("Dossier.Language.Entities.given-names.txt"));

    /// <summary>Whether <paramref name="name"/>, written exactly so, is a given name.</summary>
    public static bool Contains(ReadOnlySpan<char> name) => s_names.Value.Contains(name);
}
