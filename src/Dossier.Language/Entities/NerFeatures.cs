using System.Buffers;

namespace Dossier.Language.Entities;

/// <summary>Turns a sentence's tokens into hashed features for the name tagger, from the tokens and how the document writes them elsewhere (no parts of speech).</summary>
/// <remarks>
/// <see cref="Prepare"/> computes per-token values (hashes, flags, known-phrase matches) once per sentence into pooled arrays; <see cref="Static"/>
/// then reads them without allocating. Feature values are stable hashes, so the trainer and
/// the tagger compute identical features from identical text.
/// </remarks>
internal sealed class NerFeatures : IDisposable
{
    public const int MaxStatic = 40;

    private const byte FlagTitle = 1;
    private const byte FlagUpper = 2;
    private const byte FlagDigit = 4;
    private const byte FlagCommon = 8;
    private const byte FlagStart = 16;
    private const byte FlagHyphen = 32;
    private const byte FlagLower = 64;
    private const byte FlagCapital = 128;

    private static readonly ulong s_bos = TextHash.Exact("<s>");
    private static readonly ulong s_eos = TextHash.Exact("</s>");

    private ulong[] _lower = [];
    private ulong[] _shape = [];
    private byte[] _flags = [];
    private byte[] _gaz = [];
    private byte[] _doc = [];
    private bool[] _candidate = [];
    private short[] _gazLength = [];
    private int[] _gazEnd = [];
    private int[] _gazEntry = [];
    private float[] _emissions = [];
    private byte[] _back = [];
    private int _count;
    private int _start;
    private string _text = "";
    private int[] _starts = [];
    private int[] _ends = [];

    public int Count => _count;

    /// <summary>Per token: may it be part of a name? Tokens without a capital letter that no capitalised word
    /// flanks on both sides within two tokens are always outside, and the tagger does not score them.</summary>
    public ReadOnlySpan<bool> Candidates => _candidate.AsSpan(0, _count);

    /// <summary>Per token: the number of tokens of the known phrase starting there (0 for none).</summary>
    public ReadOnlySpan<short> GazetteerLengths => _gazLength.AsSpan(0, _count);

    /// <summary>Per token: the gazetteer entry of the known phrase starting there.</summary>
    public ReadOnlySpan<int> GazetteerEntries => _gazEntry.AsSpan(0, _count);

    /// <summary>Per token: the end offset of the known phrase starting there (a phrase may end inside a token: "Korean-made").</summary>
    public ReadOnlySpan<int> GazetteerEnds => _gazEnd.AsSpan(0, _count);

    /// <summary>Scratch for the decoder: <see cref="NerLabels.Count"/> scores per token.</summary>
    public Span<float> Emissions => _emissions.AsSpan(0, _count * NerLabels.Count);

    /// <summary>Scratch for the decoder: back-pointers, <see cref="NerLabels.Count"/> per token.</summary>
    public Span<byte> BackPointers => _back.AsSpan(0, _count * NerLabels.Count);

    /// <summary>Computes per-token values for tokens <c>[first, first + count)</c> of a token array over <paramref name="text"/>.</summary>
    public void Prepare(string text, int[] starts, int[] ends, int first, int count, CommonWords? common, Gazetteer gazetteer,
        NameContext? context = null)
    {
        _text = text;
        _starts = starts;
        _ends = ends;
        _start = first;
        _count = count;
        if (_lower.Length < count)
        {
            Return();
            int size = Math.Max(count, 64);
            _lower = ArrayPool<ulong>.Shared.Rent(size);
            _shape = ArrayPool<ulong>.Shared.Rent(size);
            _flags = ArrayPool<byte>.Shared.Rent(size);
            _gaz = ArrayPool<byte>.Shared.Rent(size);
            _doc = ArrayPool<byte>.Shared.Rent(size);
            _candidate = ArrayPool<bool>.Shared.Rent(size);
            _gazLength = ArrayPool<short>.Shared.Rent(size);
            _gazEntry = ArrayPool<int>.Shared.Rent(size);
            _gazEnd = ArrayPool<int>.Shared.Rent(size);
            _emissions = ArrayPool<float>.Shared.Rent(size * NerLabels.Count);
            _back = ArrayPool<byte>.Shared.Rent(size * NerLabels.Count);
        }
        for (int i = 0; i < count; i++)
        {
            var w = Word(i);
            var letters = Letters.Of(w);
            _lower[i] = letters.Lower;
            _shape[i] = letters.Shape;
            byte flags = 0;
            if (w.Length > 0 && char.IsUpper(w[0]))
            {
                flags |= FlagTitle;
                if (w.Length > 1 && !letters.AnyLower)
                {
                    flags |= FlagUpper;
                }
                if (common is not null && common.Contains(_lower[i]))
                {
                    flags |= FlagCommon;
                }
            }
            else if (w.Length > 0 && char.IsLower(w[0]))
            {
                flags |= FlagLower;
            }
            if (letters.AnyDigit)
            {
                flags |= FlagDigit;
            }
            if (letters.FirstHyphen > 0)
            {
                flags |= FlagHyphen;
            }
            if (letters.AnyUpper)
            {
                flags |= FlagCapital;
            }
            if (i == 0 || IsOpener(Word(i - 1)))
            {
                flags |= FlagStart;
            }
            _flags[i] = flags;
            _gaz[i] = 0;
            _doc[i] = context is null ? (byte)0 : context.Of(_lower[i]);
            _gazLength[i] = 0;
            _candidate[i] = (flags & FlagCapital) != 0;
        }
        for (int i = 0; i < count; i++)
        {
            var w = Word(i);
            if (!_candidate[i] && w.Length > 0 && (char.IsLetterOrDigit(w[0]) || w is "&"))
            {
                // "Bank of England", "Library of the Netherlands", "Staffan de Mistura": small words between capitals.
                bool before = (i > 0 && (_flags[i - 1] & FlagCapital) != 0) || (i > 1 && (_flags[i - 2] & FlagCapital) != 0);
                bool after = (i + 1 < count && (_flags[i + 1] & FlagCapital) != 0) || (i + 2 < count && (_flags[i + 2] & FlagCapital) != 0);
                _candidate[i] = before && (after || char.IsDigit(w[0]));
            }
        }
        var tokenStarts = starts.AsSpan(first, count);
        var tokenEnds = ends.AsSpan(first, count);
        for (int i = 0; i < count;)
        {
            if (gazetteer.TryMatch(text, tokenStarts, tokenEnds, i, out var match))
            {
                byte kind = (byte)gazetteer[match.Entry].Kind;
                int last = match.TokenCount - 1;
                for (int k = 0; k <= last; k++)
                {
                    // Kind and position in the phrase: begin, inside, last, or the whole phrase in one token.
                    int position = last == 0 ? 3 : k == 0 ? 0 : k == last ? 2 : 1;
                    _gaz[i + k] = (byte)((kind * 4) + position + 1);
                }
                _gazLength[i] = (short)match.TokenCount;
                _gazEntry[i] = match.Entry;
                _gazEnd[i] = match.End;
                i += match.TokenCount;
            }
            else
            {
                i++;
            }
        }
        for (int i = 1; i + 1 < count; i++)
        {
            // "Bailey - Ross": a spaced hyphen between two unknown capitalised words may join one name; never two known ones.
            if (!_candidate[i] && (_flags[i - 1] & FlagTitle) != 0 && (_flags[i + 1] & FlagTitle) != 0
                && _gaz[i - 1] == 0 && _gaz[i + 1] == 0 && Word(i) is "-")
            {
                _candidate[i] = true;
            }
        }
    }

    /// <summary>Writes the label-independent features of token <paramref name="i"/>; returns how many.</summary>
    public int Static(int i, Span<ulong> f)
    {
        int n = 0;
        var w = Word(i);
        ulong lower = _lower[i];
        ulong shape = _shape[i];
        byte flags = _flags[i];
        ulong lowerPrev = i > 0 ? _lower[i - 1] : s_bos;
        ulong lowerNext = i + 1 < _count ? _lower[i + 1] : s_eos;
        ulong lowerPrev2 = i > 1 ? _lower[i - 2] : s_bos;
        ulong lowerNext2 = i + 2 < _count ? _lower[i + 2] : s_eos;
        ulong shapePrev = i > 0 ? _shape[i - 1] : s_bos;
        ulong shapeNext = i + 1 < _count ? _shape[i + 1] : s_eos;
        byte gazPrev = i > 0 ? _gaz[i - 1] : (byte)255;
        byte gazNext = i + 1 < _count ? _gaz[i + 1] : (byte)255;

        f[n++] = F(0, 0);
        f[n++] = F(1, lower);
        f[n++] = F(2, lowerPrev);
        f[n++] = F(3, lowerNext);
        f[n++] = F(4, lowerPrev2);
        f[n++] = F(5, lowerNext2);
        f[n++] = F(6, shape);
        f[n++] = F(7, shapePrev);
        f[n++] = F(8, shapeNext);
        f[n++] = F(9, TextHash.Mix(TextHash.Mix(shapePrev, shape), shapeNext));
        f[n++] = F(10, Affix(w, 2, prefix: true));
        f[n++] = F(11, Affix(w, 3, prefix: true));
        f[n++] = F(12, Affix(w, 2, prefix: false));
        f[n++] = F(13, Affix(w, 3, prefix: false));
        f[n++] = F(14, Affix(w, 4, prefix: false));
        f[n++] = F(15, flags);
        f[n++] = F(16, TextHash.Mix(flags, shape));
        f[n++] = F(17, _gaz[i]);
        f[n++] = F(18, gazPrev);
        f[n++] = F(19, gazNext);
        f[n++] = F(20, TextHash.Mix(lowerPrev, lower));
        f[n++] = F(21, TextHash.Mix(lower, lowerNext));
        f[n++] = F(22, TextHash.Mix(lowerPrev, shape));
        f[n++] = F(23, TextHash.Mix(shape, lowerNext));
        f[n++] = F(24, TextHash.Mix(_gaz[i], shape));
        f[n++] = F(25, TextHash.Mix((ulong)gazPrev << 8 | _gaz[i], gazNext));
        f[n++] = F(26, (ulong)Math.Min(w.Length, 12));
        f[n++] = F(27, TextHash.Mix(i > 0 ? _flags[i - 1] : 255UL, flags));
        f[n++] = F(28, TextHash.Mix(flags, i + 1 < _count ? _flags[i + 1] : 255UL));
        if ((flags & FlagStart) != 0)
        {
            f[n++] = F(29, lower);
        }
        if ((flags & FlagHyphen) != 0)
        {
            int hyphen = w.IndexOf('-');
            f[n++] = F(30, TextHash.Lower(w[..hyphen]));
            f[n++] = F(31, TextHash.Lower(w[(hyphen + 1)..]));
        }
        f[n++] = F(32, TextHash.Exact(w));
        if ((flags & FlagCapital) != 0)
        {
            // How the word is written elsewhere in the document (lower case somewhere, after a title, as a surname...).
            byte doc = _doc[i];
            f[n++] = F(33, doc);
            f[n++] = F(34, TextHash.Mix(doc, (ulong)(flags & (FlagStart | FlagCommon | FlagUpper))));
            f[n++] = F(35, TextHash.Mix(doc, i > 0 ? _doc[i - 1] : 255UL));
            f[n++] = F(36, TextHash.Mix(doc, i + 1 < _count ? _doc[i + 1] : 255UL));
        }
        return n;
    }

    /// <summary>The feature key whose weights score the move from label <paramref name="previous"/> to each label.</summary>
    public static ulong TransitionKey(int previous) => F(40, (ulong)previous);

    public void Dispose() => Return();

    private ReadOnlySpan<char> Word(int i) => _text.AsSpan(_starts[_start + i], _ends[_start + i] - _starts[_start + i]);

    private void Return()
    {
        if (_lower.Length > 0)
        {
            ArrayPool<ulong>.Shared.Return(_lower);
            ArrayPool<ulong>.Shared.Return(_shape);
            ArrayPool<byte>.Shared.Return(_flags);
            ArrayPool<byte>.Shared.Return(_gaz);
            ArrayPool<byte>.Shared.Return(_doc);
            ArrayPool<bool>.Shared.Return(_candidate);
            ArrayPool<short>.Shared.Return(_gazLength);
            ArrayPool<int>.Shared.Return(_gazEntry);
            ArrayPool<int>.Shared.Return(_gazEnd);
            ArrayPool<float>.Shared.Return(_emissions);
            ArrayPool<byte>.Shared.Return(_back);
            _candidate = [];
            _gazLength = [];
            _gazEntry = [];
            _gazEnd = [];
            _emissions = [];
            _back = [];
            _lower = [];
            _shape = [];
            _flags = [];
            _gaz = [];
            _doc = [];
        }
    }

    private static ulong F(int template, ulong value) => TextHash.Mix(TextHash.Mix(TextHash.Offset, (ulong)template), value);

    private static ulong Affix(ReadOnlySpan<char> w, int length, bool prefix)
    {
        if (w.Length <= length)
        {
            return 1;
        }
        return TextHash.Lower(prefix ? w[..length] : w[^length..]);
    }

    /// <summary>What <see cref="Prepare"/> reads off a word's characters, in one pass instead of six (the lower-case hash,
    /// the short shape, and the upper-case, lower-case, digit and hyphen searches): the same values as
    /// <see cref="TextHash.Lower"/>, <see cref="ShortShape"/>, <see cref="HasUpper"/>, <see cref="IsAllUpper"/> (negated),
    /// an ASCII digit search and <c>IndexOf('-')</c>.</summary>
    internal readonly struct Letters
    {
        public ulong Lower { get; private init; }
        public ulong Shape { get; private init; }
        public bool AnyUpper { get; private init; }
        public bool AnyLower { get; private init; }
        public bool AnyDigit { get; private init; }
        public int FirstHyphen { get; private init; }

        public static Letters Of(ReadOnlySpan<char> w)
        {
            ulong lower = TextHash.Offset, shape = TextHash.Offset;
            char last = '\0';
            int run = 0, hyphen = -1;
            bool upper = false, lowerCase = false, digit = false;
            for (int k = 0; k < w.Length; k++)
            {
                char c = w[k];
                char s;
                if (c < 128)
                {
                    // ASCII letters and digits answer char.IsUpper, IsLower, IsDigit and ToLowerInvariant by their ranges,
                    // and TextHash folds no ASCII character.
                    if ((uint)(c - 'A') <= 'Z' - 'A')
                    {
                        upper = true;
                        lower = TextHash.Mix(lower, (ulong)(c | 0x20));
                        s = 'X';
                    }
                    else
                    {
                        lower = TextHash.Mix(lower, (ulong)c);
                        if ((uint)(c - 'a') <= 'z' - 'a')
                        {
                            lowerCase = true;
                            s = 'x';
                        }
                        else if ((uint)(c - '0') <= 9)
                        {
                            digit = true;
                            s = 'd';
                        }
                        else
                        {
                            if (c == '-' && hyphen < 0)
                            {
                                hyphen = k;
                            }
                            s = c;
                        }
                    }
                }
                else
                {
                    lower = TextHash.Mix(lower, char.ToLowerInvariant(c));
                    bool isUpper = char.IsUpper(c), isLower = char.IsLower(c);
                    upper |= isUpper;
                    lowerCase |= isLower;
                    s = isUpper ? 'X' : isLower ? 'x' : char.IsDigit(c) ? 'd' : c;
                }
                ShapeStep(ref shape, ref last, ref run, s);
            }
            return new Letters
            {
                Lower = TextHash.Finish(lower, w.Length), Shape = shape, AnyUpper = upper, AnyLower = lowerCase, AnyDigit = digit,
                FirstHyphen = hyphen,
            };
        }
    }

    internal static ulong ShortShape(ReadOnlySpan<char> w)
    {
        ulong h = TextHash.Offset;
        char last = '\0';
        int run = 0;
        foreach (char c in w)
        {
            ShapeStep(ref h, ref last, ref run, char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c);
        }
        return h;
    }

    // The short shape: runs of one class longer than two are written twice.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void ShapeStep(ref ulong h, ref char last, ref int run, char s)
    {
        if (s == last)
        {
            if (++run >= 2)
            {
                return;
            }
        }
        else
        {
            run = 0;
        }
        last = s;
        h = TextHash.Mix(h, s);
    }

    internal static bool HasUpper(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>No lower-case letter: an acronym ("DPRK", "U.S.") or a word in capitals.</summary>
    internal static bool IsAllUpper(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsOpener(ReadOnlySpan<char> w) =>
        w is "\"" or "\u201C" or "\u2018" or "'" or "(" or ":" or "-" or "\u2013" or "\u2014" or "[" or "...";
}
