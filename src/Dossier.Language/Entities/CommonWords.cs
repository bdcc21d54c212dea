namespace Dossier.Language.Entities;

/// <summary>Hashes of words that are usually written in lower case, so a capitalised one is probably not a name.</summary>
/// <remarks>Looked up for most capitalised tokens by the tagger's features and the rules after it, so membership is an
/// open-addressing table (one or two cache lines a look-up) beside the sorted array the model file stores.</remarks>
public sealed class CommonWords
{
    private readonly ulong[] _hashes;
    private readonly ulong[] _slots;
    private readonly int _mask;

    // Zero marks an empty slot, so a word whose hash is zero is remembered apart.
    private readonly bool _hasZero;

    public CommonWords(ulong[] sortedHashes)
    {
        _hashes = sortedHashes;
        int capacity = 16;
        while (capacity < sortedHashes.Length * 2)
        {
            capacity <<= 1;
        }
        _mask = capacity - 1;
        _slots = new ulong[capacity];
        foreach (ulong hash in sortedHashes)
        {
            if (hash == 0)
            {
                _hasZero = true;
                continue;
            }
            int slot = Home(hash);
            while (_slots[slot] != 0 && _slots[slot] != hash)
            {
                slot = (slot + 1) & _mask;
            }
            _slots[slot] = hash;
        }
    }

    public int Count => _hashes.Length;

    internal ReadOnlySpan<ulong> Hashes => _hashes;

    internal bool Contains(ulong lowerHash)
    {
        if (lowerHash == 0)
        {
            return _hasZero;
        }
        var slots = _slots;
        int slot = Home(lowerHash);
        while (true)
        {
            ulong k = slots[slot];
            if (k == lowerHash)
            {
                return true;
            }
            if (k == 0)
            {
                return false;
            }
            slot = (slot + 1) & _mask;
        }
    }

    private int Home(ulong hash) => (int)(((hash ^ (hash >> 29)) * 0xBF58476D1CE4E5B9UL) >> 32) & _mask;
}
