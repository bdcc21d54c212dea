using System.Collections.Frozen;

namespace Dossier.Language.Entities;

/// <summary>Lower-case words that sit inside people's and places' names ("Kees de Vries", "Ursula von der Leyen", "Osama bin
/// Laden", "Rio Grande do Sul").</summary>
public static class NameParticles
{
    private static readonly FrozenSet<string> s_particles = FrozenSet.Create(StringComparer.Ordinal,
    [
        "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "al", "el", "bin", "ibn", "bint", "y", "dos",
        "das", "do", "ter", "ten",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_particles.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => s_lookup.Contains(word);
}
