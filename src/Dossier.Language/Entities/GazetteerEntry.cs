using Dossier.Core.Entities;

namespace Dossier.Language.Entities;

/// <summary>One known name: what it is, its canonical form, and the country it stands for or belongs to.</summary>
/// <param name="Canonical">The canonical name of the entity this phrase refers to ("North Korea" for "DPRK", "Pyongyang" for "Pyongyang").</param>
/// <param name="Country">The country this phrase stands for or belongs to, when there is one.</param>
public sealed record GazetteerEntry(string Canonical, GazetteerKind Kind, EntityType Type, string? Country)
{
    /// <summary>True when mentions of this phrase are the country itself (names, acronyms, capitals, seats standing for it, demonyms).</summary>
    public bool StandsForCountry =>
        Country is not null && (Kind is GazetteerKind.Country or GazetteerKind.Capital or GazetteerKind.Demonym
            || (Kind == GazetteerKind.Seat && Type == EntityType.Gpe));
}
