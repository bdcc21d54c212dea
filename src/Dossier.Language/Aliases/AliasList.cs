namespace Dossier.Language.Aliases;

/// <summary>Adds an entity's aliases once each, counting "The Kremlin" at a sentence start and "the Kremlin" as one.</summary>
internal static class AliasList
{
    public static void Add(List<string> aliases, string alias)
    {
        if (!Contains(aliases, alias))
        {
            aliases.Add(alias);
        }
    }

    public static bool Contains(List<string> aliases, string alias)
    {
        foreach (var a in aliases)
        {
            if (a == alias || a.Length == alias.Length && a.StartsWith("the ", StringComparison.OrdinalIgnoreCase)
                && alias.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && a.AsSpan(4).SequenceEqual(alias.AsSpan(4)))
            {
                return true;
            }
        }
        return false;
    }
}
