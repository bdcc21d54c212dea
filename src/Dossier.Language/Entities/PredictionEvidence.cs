namespace Dossier.Language.Entities;

/// <summary>What the first tagging pass made of each word across a document: how often it was named as each class, left
/// unnamed while capitalised, or began, ended or alone made up a name. The second pass reads it as features.</summary>
/// <remarks>
/// Counts per word (by <see cref="TextHash.Lower"/> hash) are eight saturating bytes packed in one <see cref="ulong"/>:
/// person, organisation, place, group, capitalised but unnamed, first of a longer name, last of a longer name, a
/// one-word name. <see cref="Of"/> leaves out the asking token's own share, so a word seen once carries no evidence
/// about itself (the two-stage idea of Krishnan and Manning, 2006). Per-document state, so one instance per thread.
/// </remarks>
internal sealed class PredictionEvidence
{
    private const int Unnamed = 4;
    private const int Begins = 5;
    private const int Ends = 6;
    private const int Single = 7;

    // Keys of word pairs (see Pair): the same table, told apart by this.
    private const ulong PairSalt = 0x9A1B_0C3D_5E6F_7081UL;

    private ulong[] _keys = new ulong[256];
    private ulong[] _values = new ulong[256];
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

    /// <summary>Records the first pass's labels of tokens <c>[first, first + count)</c> of one sentence.</summary>
    public void Add(string text, int[] starts, int[] ends, int first, int count, ReadOnlySpan<int> labels)
    {
        for (int i = 0; i < count; i++)
        {
            int s = starts[first + i];
            var w = text.AsSpan(s, ends[first + i] - s);
            ulong lower = TextHash.Lower(w);
            ulong share = Share(labels, i, w);
            if (share != 0)
            {
                AddTo(lower, share);
            }
            if (i + 1 < count)
            {
                int s2 = starts[first + i + 1];
                var next = text.AsSpan(s2, ends[first + i + 1] - s2);
                ulong pair = PairShare(labels, i, w, next);
                if (pair != 0)
                {
                    AddTo(PairKey(lower, TextHash.Lower(next)), pair);
                }
            }
        }
    }

    /// <summary>Evidence about two words in a row from the rest of the document (their own <paramref name="share"/> taken
    /// out): bits 0–2 the class of the name the first pass mostly made them part of together (0 never, 5 a tie), bit 3
    /// written in a row elsewhere without being one name.</summary>
    public byte Pair(ulong lowerHash, ulong nextLowerHash, ulong share)
    {
        ulong counts = Find(PairKey(lowerHash, nextLowerHash));
        if (counts == 0)
        {
            return 0;
        }
        int best = 0, majority = 0;
        for (int k = 0; k < 4; k++)
        {
            int c = (int)((counts >> (k * 8)) & 0xFF) - (int)((share >> (k * 8)) & 0xFF);
            if (c > best)
            {
                best = c;
                majority = k + 1;
            }
            else if (c == best && c > 0)
            {
                majority = 5;
            }
        }
        int apart = (int)((counts >> (Unnamed * 8)) & 0xFF) - (int)((share >> (Unnamed * 8)) & 0xFF);
        return (byte)(majority | (apart > 0 ? 8 : 0));
    }

    /// <summary>What tokens <paramref name="i"/> and <c>i + 1</c> add to their pair's counts: the class of the name they
    /// are both in, or "apart" when both are capitalised and not one name.</summary>
    public static ulong PairShare(ReadOnlySpan<int> labels, int i, ReadOnlySpan<char> word, ReadOnlySpan<char> next)
    {
        if (i + 1 < labels.Length && labels[i] != NerLabels.Outside && NerLabels.IsInside(labels[i + 1]))
        {
            return 1UL << (NerLabels.ClassOf(labels[i]) * 8);
        }
        return word.Length > 0 && next.Length > 0 && char.IsUpper(word[0]) && char.IsUpper(next[0]) ? 1UL << (Unnamed * 8) : 0;
    }

    private static ulong PairKey(ulong lower, ulong next) => TextHash.Mix(TextHash.Mix(lower, next), PairSalt);

    /// <summary>One byte of evidence about a word from the rest of the document (the token's own <paramref name="share"/>
    /// taken out): bits 0–2 the class it was mostly named as (0 never named, 1–4 a class, 5 a tie), bit 3 left unnamed
    /// somewhere while capitalised, bit 4 began a longer name, bit 5 ended one, bit 6 was a one-word name, bit 7 named at
    /// least twice.</summary>
    public byte Of(ulong lowerHash, ulong share)
    {
        ulong counts = Find(lowerHash);
        if (counts == 0)
        {
            return 0;
        }
        Span<int> c = stackalloc int[8];
        int total = 0;
        for (int b = 0; b < 8; b++)
        {
            c[b] = Math.Max(0, (int)((counts >> (b * 8)) & 0xFF) - (int)((share >> (b * 8)) & 0xFF));
            if (b < 4)
            {
                total += c[b];
            }
        }
        int majority = 0;
        if (total > 0)
        {
            int best = -1;
            for (int k = 0; k < 4; k++)
            {
                if (c[k] > best)
                {
                    best = c[k];
                    majority = k + 1;
                }
                else if (c[k] == best)
                {
                    majority = 5;
                }
            }
        }
        int bits = majority;
        if (c[Unnamed] > 0)
        {
            bits |= 8;
        }
        if (c[Begins] > 0)
        {
            bits |= 16;
        }
        if (c[Ends] > 0)
        {
            bits |= 32;
        }
        if (c[Single] > 0)
        {
            bits |= 64;
        }
        if (total >= 2)
        {
            bits |= 128;
        }
        return (byte)bits;
    }

    /// <summary>What token <paramref name="i"/> with first-pass <paramref name="labels"/> adds to its word's counts.</summary>
    public static ulong Share(ReadOnlySpan<int> labels, int i, ReadOnlySpan<char> word)
    {
        int label = labels[i];
        if (label == NerLabels.Outside)
        {
            return word.Length > 0 && char.IsUpper(word[0]) ? 1UL << (Unnamed * 8) : 0;
        }
        ulong share = 1UL << (NerLabels.ClassOf(label) * 8);
        bool continues = i + 1 < labels.Length && NerLabels.IsInside(labels[i + 1]);
        if (NerLabels.IsBegin(label))
        {
            share |= 1UL << ((continues ? Begins : Single) * 8);
        }
        else if (!continues)
        {
            share |= 1UL << (Ends * 8);
        }
        return share;
    }

    private ulong Find(ulong key)
    {
        if (key == 0 || _count == 0)
        {
            return 0;
        }
        int mask = _keys.Length - 1;
        int slot = (int)(Scramble(key) & (ulong)mask);
        while (true)
        {
            ulong k = _keys[slot];
            if (k == key)
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

    private void AddTo(ulong key, ulong share)
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
                _values[slot] = SaturatingAdd(_values[slot], share);
                return;
            }
            if (k == 0)
            {
                _keys[slot] = key;
                _values[slot] = share;
                _count++;
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static ulong SaturatingAdd(ulong counts, ulong share)
    {
        ulong result = 0;
        for (int b = 0; b < 64; b += 8)
        {
            ulong sum = ((counts >> b) & 0xFF) + ((share >> b) & 0xFF);
            result |= Math.Min(sum, 0xFFUL) << b;
        }
        return result;
    }

    private void Grow()
    {
        var keys = _keys;
        var values = _values;
        _keys = new ulong[keys.Length * 2];
        _values = new ulong[keys.Length * 2];
        _count = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i] != 0)
            {
                AddTo(keys[i], values[i]);
            }
        }
    }

    private static ulong Scramble(ulong key) => (key ^ (key >> 29)) * 0xBF58476D1CE4E5B9UL;
}
