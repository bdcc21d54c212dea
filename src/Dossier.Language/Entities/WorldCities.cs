using System.Collections.Frozen;

namespace Dossier.Language.Entities;

/// <summary>Names of the world's cities of 100,000 inhabitants or more ("Isfahan", "Łódź", "San Antonio"), from GeoNames.</summary>
/// <remarks>Too many of them are also people's names ("Jackson", "Florence") for the gazetteer, whose phrases win over the tagger;
/// the document pass only uses the list to retype a name the tagger took for a person.</remarks>
internal static class WorldCities
{
    private const string ResourceName = "Dossier.Language.Entities.world-cities.txt";

    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> s_names = new(() => NameLists.Load(ResourceName));

    /// <summary>Whether <paramref name="name"/>, written exactly so, is a large city's name.</summary>
    public static bool Contains(ReadOnlySpan<char> name) => s_names.Value.Contains(name);
}
