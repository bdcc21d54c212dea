namespace Dossier.Language.Entities;

/// <summary>A quick first test for a word list: whether any listed word has a word's length, first letter and last letter,
/// so most words are turned down without hashing them.</summary>
/// <remarks>Only ever says "maybe" for a listed word: a first or last letter outside ASCII (in the word or the list), a
/// word longer than 63 characters or an empty one always goes on to the list itself. With <c>ignoreCase</c> letters are
/// compared as <see cref="StringComparer.OrdinalIgnoreCase"/> compares ASCII letters.</remarks>
internal sealed class WordFilter
{
    private const int MaxLength = 63;

    // One mask an ASCII character, one bit a length: the lengths of the listed words that open with it, and that end with it.
    private readonly ulong[] _first = new ulong[128];
    private readonly ulong[] _last = new ulong[128];
    private readonly bool _ignoreCase;
    private readonly bool _passAll;

    public WordFilter(IEnumerable<string> words, bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
        foreach (var word in words)
        {
            if (word.Length is 0 or > MaxLength || word[0] >= 128 || word[^1] >= 128)
            {
                _passAll = true;
                continue;
            }
            _first[Fold(word[0])] |= 1UL << word.Length;
            _last[Fold(word[^1])] |= 1UL << word.Length;
        }
    }

    /// <summary>False only when no listed word can equal <paramref name="word"/>.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > MaxLength || _passAll)
        {
            return true;
        }
        char first = word[0], last = word[^1];
        if (first >= 128 || last >= 128)
        {
            return true;
        }
        ulong bit = 1UL << word.Length;
        return (_first[Fold(first)] & bit) != 0 && (_last[Fold(last)] & bit) != 0;
    }

    private int Fold(char c) => _ignoreCase && c is >= 'A' and <= 'Z' ? c | 0x20 : c;
}
