using System.Buffers;

namespace Dossier.Language.Entities;

/// <summary>Turns a sentence's tokens into hashed features for the name tagger, from the tokens alone (no parts of speech).</summary>
/// <remarks>
/// <see cref="Prepare"/> computes per-token values once per sentence into pooled arrays; <see cref="Static"/> and
/// <see cref="Dynamic"/> then read them without allocating. Feature values are stable hashes, so the trainer and
/// the tagger compute identical features from identical text.
/// </remarks>
internal sealed class NerFeatures : IDisposable
{
    public const int MaxStatic = 40;
    public const int MaxDynamic = 4;

    private const byte FlagTitle = 1;
    private const byte FlagUpper = 2;
    private const byte FlagDigit = 4;
    private const byte FlagCommon = 8;
    private const byte FlagStart = 16;
    private const byte FlagHyphen = 32;
    private const byte FlagLower = 64;

    private static readonly ulong s_bos = TextHash.Exact("<s>");
    private static readonly ulong s_eos = TextHash.Exact("</s>");

    private ulong[] _lower = [];
    private ulong[] _shape = [];
    private byte[] _flags = [];
    private byte[] _gaz = [];
    private int _count;
    private int _start;
    private string _text = "";
    private int[] _starts = [];
    private int[] _ends = [];

    public int Count => _count;

    /// <summary>Computes per-token values for tokens <c>[first, first + count)</c> of a token array over <paramref name="text"/>.</summary>
    public void Prepare(string text, int[] starts, int[] ends, int first, int count, CommonWords? common, Gazetteer gazetteer)
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
        }
        for (int i = 0; i < count; i++)
        {
            var w = Word(i);
            _lower[i] = TextHash.Lower(w);
            _shape[i] = ShortShape(w);
            byte flags = 0;
            if (w.Length > 0 && char.IsUpper(w[0]))
            {
                flags |= FlagTitle;
                if (w.Length > 1 && IsAllUpper(w))
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
            if (w.IndexOfAnyInRange('0', '9') >= 0)
            {
                flags |= FlagDigit;
            }
            if (w.IndexOf('-') > 0)
            {
                flags |= FlagHyphen;
            }
            if (i == 0 || IsOpener(Word(i - 1)))
            {
                flags |= FlagStart;
            }
            _flags[i] = flags;
            _gaz[i] = 0;
        }
        var tokenStarts = starts.AsSpan(first, count);
        var tokenEnds = ends.AsSpan(first, count);
        for (int i = 0; i < count;)
        {
            if (gazetteer.TryMatch(text, tokenStarts, tokenEnds, i, out var match))
            {
                byte kind = (byte)gazetteer[match.Entry].Kind;
                for (int k = 0; k < match.TokenCount; k++)
                {
                    _gaz[i + k] = (byte)((kind * 2) + (k == 0 ? 0 : 1));
                }
                i += match.TokenCount;
            }
            else
            {
                i++;
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
        return n;
    }

    /// <summary>Writes the features that depend on the two previous labels; returns how many.</summary>
    public int Dynamic(int i, int previous, int previous2, Span<ulong> f)
    {
        f[0] = F(40, (ulong)previous);
        f[1] = F(41, (ulong)((previous2 * 16) + previous));
        f[2] = F(42, TextHash.Mix((ulong)previous, _lower[i]));
        f[3] = F(43, TextHash.Mix((ulong)previous, _shape[i]));
        return 4;
    }

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
            _lower = [];
            _shape = [];
            _flags = [];
            _gaz = [];
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

    private static ulong ShortShape(ReadOnlySpan<char> w)
    {
        ulong h = TextHash.Offset;
        char last = '\0';
        int run = 0;
        foreach (char c in w)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s == last)
            {
                run++;
                if (run >= 2)
                {
                    continue;
                }
            }
            else
            {
                run = 0;
            }
            last = s;
            h = TextHash.Mix(h, s);
        }
        return h;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> w)
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
