namespace Dossier.Language.Entities;

/// <summary>How each word is written elsewhere in the same document: the name tagger's document-level evidence.</summary>
/// <remarks>
/// A sentence alone often cannot tell a name from an ordinary capitalised word ("Harrow" opening a sentence) or a
/// person from a place ("Byron" on its own). The rest of the document usually can: the word written in lower case
/// somewhere, after "Mr." somewhere, or as the last word of a full name. Built once per document from all its sentences
/// (<see cref="Add"/>), then read by <see cref="Of"/>; per-document state, so one instance per thread and document.
/// </remarks>
public sealed class NameContext
{
    /// <summary>Written with a lower-case first letter.</summary>
    public const byte LowerSeen = 1;

    /// <summary>Capitalised away from the start of a sentence.</summary>
    public const byte CapitalMid = 2;

    /// <summary>The last of two or more capitalised words in a row ("Obama" of "Barack Obama").</summary>
    public const byte RunLast = 4;

    /// <summary>The first of two or more capitalised words in a row.</summary>
    public const byte RunFirst = 8;

    /// <summary>Right after a title or rank ("Mr.", "General").</summary>
    public const byte AfterTitle = 16;

    /// <summary>Right after "the".</summary>
    public const byte AfterThe = 32;

    /// <summary>Right after "in", "at", "near" or "from".</summary>
    public const byte AfterPlaceWord = 64;

    /// <summary>Capitalised away from the start of a sentence with no capitalised word on either side.</summary>
    public const byte Alone = 128;

    private ulong[] _keys = new ulong[256];
    private byte[] _values = new byte[256];
    private int _count;

    /// <summary>Forgets every word, keeping the buffers.</summary>
    public void Clear()
    {
        if (_count > 0)
        {
            Array.Clear(_keys);
            _count = 0;
        }
    }

    /// <summary>Records how the tokens <c>[first, first + count)</c> of one sentence are written.</summary>
    public void Add(string text, int[] starts, int[] ends, int first, int count)
    {
        bool previousCapital = false;
        ReadOnlySpan<char> previous = default;
        for (int i = 0; i < count; i++)
        {
            var w = text.AsSpan(starts[first + i], ends[first + i] - starts[first + i]);
            if (w.Length == 0 || !char.IsLetter(w[0]))
            {
                previousCapital = false;
                previous = w;
                continue;
            }
            bool capital = char.IsUpper(w[0]);
            bool nextCapital = false;
            if (i + 1 < count)
            {
                int s = starts[first + i + 1];
                nextCapital = ends[first + i + 1] > s && char.IsUpper(text[s]);
            }
            byte bits;
            if (!capital)
            {
                bits = LowerSeen;
            }
            else
            {
                bool initial = i == 0 || IsOpener(previous);
                bits = 0;
                if (!initial)
                {
                    bits |= CapitalMid;
                    if (!previousCapital && !nextCapital)
                    {
                        bits |= Alone;
                    }
                }
                if (previousCapital)
                {
                    if (!nextCapital)
                    {
                        bits |= RunLast;
                    }
                }
                else if (nextCapital)
                {
                    bits |= RunFirst;
                }
                if (previous.Length > 0)
                {
                    if (char.IsUpper(previous[0]) && RoleWords.IsTitleHead(previous))
                    {
                        bits |= AfterTitle;
                    }
                    else if (previous.Equals("the", StringComparison.OrdinalIgnoreCase))
                    {
                        bits |= AfterThe;
                    }
                    else if (previous is "in" or "at" or "near" or "from")
                    {
                        bits |= AfterPlaceWord;
                    }
                }
            }
            Set(TextHash.Lower(w), bits);
            previousCapital = capital;
            previous = w;
        }
    }

    /// <summary>The bits recorded for a word (by <see cref="TextHash.Lower"/> hash), 0 if never seen.</summary>
    internal byte Of(ulong lowerHash)
    {
        if (lowerHash == 0)
        {
            return 0;
        }
        int mask = _keys.Length - 1;
        int slot = (int)(Scramble(lowerHash) & (ulong)mask);
        while (true)
        {
            ulong k = _keys[slot];
            if (k == lowerHash)
            {
                return _values[slot];
            }
            if (k == 0)
            {
                return 0;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void Set(ulong key, byte bits)
    {
        if (key == 0)
        {
            return;
        }
        if ((_count + 1) * 2 > _keys.Length)
        {
            Grow();
        }
        int mask = _keys.Length - 1;
        int slot = (int)(Scramble(key) & (ulong)mask);
        while (true)
        {
            ulong k = _keys[slot];
            if (k == key)
            {
                _values[slot] |= bits;
                return;
            }
            if (k == 0)
            {
                _keys[slot] = key;
                _values[slot] = bits;
                _count++;
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void Grow()
    {
        var keys = _keys;
        var values = _values;
        _keys = new ulong[keys.Length * 2];
        _values = new byte[keys.Length * 2];
        _count = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i] != 0)
            {
                Set(keys[i], values[i]);
            }
        }
    }

    private static ulong Scramble(ulong key) => (key ^ (key >> 29)) * 0xBF58476D1CE4E5B9UL;

    private static bool IsOpener(ReadOnlySpan<char> w) =>
        w is "\"" or "\u201C" or "\u2018" or "'" or "(" or ":" or "-" or "\u2013" or "\u2014" or "[" or "...";
}
