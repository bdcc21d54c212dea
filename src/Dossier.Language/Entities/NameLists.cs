using System.Collections.Frozen;

namespace Dossier.Language.Entities;

/// <summary>Reads an embedded list of names (one a line, '#' opens a comment line) into a frozen set looked up by span.</summary>
internal static class NameLists
{
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Load(string resourceName)
    {
        using var stream = typeof(NameLists).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"embedded resource {resourceName} is missing");
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
