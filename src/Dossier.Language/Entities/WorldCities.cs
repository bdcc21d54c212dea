using System.Collections.Frozen;

namespace Dossier.Language.Entities;

/// <summary>Names of the world's cities of 100,000 inhabitants or more ("Isfahan", "Łódź", "San Antonio"), from GeoNames.</summary>
/// <remarks>Too many of them are also people's names ("Jackson", "Florence") for the gazetteer, whose phrases win over the tagger;
/// the document pass only uses the list to retype a name the tagger took for a person.</remarks>
internal static class WorldCities
{
    private const string ResourceName = "Dossier.Language.Entities.world-cities.txt";

    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> s_names = new(Load);

    /// <summary>Whether <paramref name="name"/>, written exactly so, is a large city's name.</summary>
    public static bool Contains(ReadOnlySpan<char> name) => s_names.Value.Contains(name);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Load()
    {
        using var stream = typeof(WorldCities).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        var names = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                names.Add(line);
            }
        }
        return FrozenSet.Create(StringComparer.Ordinal, [.. names]).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
