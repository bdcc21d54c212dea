using System.Collections.Frozen;

namespace Dossier.Text.Sentences;

/// <summary>Capitalised function words that usually open a sentence; after "U.S." they signal a boundary.</summary>
public static class SentenceStarters
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = FrozenSet.Create(StringComparer.Ordinal,
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "In", "On", "At", "But", "And", "Or", "So", "Yet", "However", "Meanwhile", "After", "Before", "When", "While",
        "If", "As", "His", "Her", "Its", "Their", "Our", "My", "Some", "Many", "Most", "Earlier", "Later", "Last",
        "According", "Officials", "What", "Why", "How", "Who", "Where", "Both", "Each", "All", "No", "Not", "For",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsCommonStarter(ReadOnlySpan<char> word) => s_lookup.Contains(word);
}
