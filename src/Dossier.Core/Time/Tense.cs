namespace Dossier.Core.Time;

/// <summary>The grammatical time of the clause a time expression sits in, as far as the words show it.</summary>
public enum Tense : byte
{
    Unknown,
    Past,
    Present,
    Future,
}
