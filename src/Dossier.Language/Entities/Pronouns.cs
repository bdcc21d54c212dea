using System.Collections.Frozen;

namespace Dossier.Language.Entities;

/// <summary>English pronouns and determiners that are never names, however they are capitalised.</summary>
public static class Pronouns
{
    private static readonly FrozenSet<string> s_words = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "yourselves", "he", "him", "his",
        "himself", "she", "her", "hers", "herself", "it", "its", "itself", "we", "our", "ours", "ourselves",
        "they", "them", "their", "theirs", "themselves", "who", "whom", "whose", "this", "that", "these", "those",
        "one", "someone", "somebody", "anyone", "everyone", "nobody", "everybody", "thou", "thee", "ye", "y'all",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_words.GetAlternateLookup<ReadOnlySpan<char>>();

    // Most words asked about are none of these; the filter turns them down before hashing.
    private static readonly WordFilter s_filter = new(s_words, ignoreCase: true);

    /// <summary>True for a pronoun. "US" (all capitals) is a country, not "us".</summary>
    public static bool IsPronoun(ReadOnlySpan<char> word) =>
        s_filter.MayContain(word) && s_lookup.Contains(word) || (word is "us" or "Us");
}
