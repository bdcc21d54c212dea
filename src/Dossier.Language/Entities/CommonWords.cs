namespace Dossier.Language.Entities;

/// <summary>Hashes of words that are usually written in lower case, so a capitalised one is probably not a name.</summary>
public sealed class CommonWords(ulong[] sortedHashes)
{
    private readonly ulong[] _hashes = sortedHashes;

    public int Count => _hashes.Length;

    internal ReadOnlySpan<ulong> Hashes => _hashes;

    internal bool Contains(ulong lowerHash) => Array.BinarySearch(_hashes, lowerHash) >= 0;
}
