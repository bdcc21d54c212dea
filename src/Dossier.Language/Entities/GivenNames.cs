using System.Collections.Frozen;

namespace Dossier.Language.Entities;

/// <summary>English given names ("Judy", "Alfred", "Diana"), from <c>given-names.txt</c>.</summary>
/// <remarks>Many are ordinary words too ("May", "Will", "Rose"): the tagger reads the bit as a feature beside the word's context.</remarks>
internal static class GivenNames
{
    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> s_names =
        new(() => NameLists.Load("Dossier.Language.Entities.given-names.txt"));

    /// <summary>Whether <paramref name="name"/>, written exactly so, is a given name.</summary>
    public static bool Contains(ReadOnlySpan<char> name) => s_names.Value.Contains(name);
}
