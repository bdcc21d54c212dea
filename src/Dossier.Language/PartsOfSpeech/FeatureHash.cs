using System.Runtime.CompilerServices;

namespace Dossier.Language.PartsOfSpeech;

/// <summary>64-bit hashes of word pieces and feature templates; stable across runs and machines, so models can store them.</summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public const ulong Start = 0x5354_4152_5400_0001UL;
    public const ulong End = 0x454E_4400_0000_0002UL;

    /// <summary>Hash of the text lower-cased, with every digit read as 0 so that numbers share statistics.</summary>
    public static ulong Normalized(ReadOnlySpan<char> text)
    {
        ulong h = Offset;
        foreach (char c in text)
        {
            h = (h ^ NormalizeChar(c)) * Prime;
        }
        return h;
    }

    /// <summary><see cref="Normalized"/> of the text, also writing to <c>prefixes[k - 1]</c> that of its
    /// first k characters, for each k up to <c>prefixes.Length</c> that the text is long enough for.</summary>
    /// <remarks>The hash has no final step, so a prefix's hash is the state the one pass over the whole text reaches after it.</remarks>
    public static ulong NormalizedWithPrefixes(ReadOnlySpan<char> text, Span<ulong> prefixes)
    {
        ulong h = Offset;
        for (int i = 0; i < text.Length; i++)
        {
            h = (h ^ NormalizeChar(text[i])) * Prime;
            if (i < prefixes.Length)
            {
                prefixes[i] = h;
            }
        }
        return h;
    }

    /// <summary>Hash of the text lower-cased, digits kept: the key of the lemma table.</summary>
    public static ulong Lower(ReadOnlySpan<char> text)
    {
        ulong h = Offset ^ 0x1E44UL;
        foreach (char c in text)
        {
            h = (h ^ (c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c : char.ToLowerInvariant(c))) * Prime;
        }
        return h;
    }

    public static ulong Exact(ReadOnlySpan<char> text)
    {
        ulong h = Offset ^ 0x9E37UL;
        foreach (char c in text)
        {
            h = (h ^ c) * Prime;
        }
        return h;
    }

    /// <summary>Hash of the last three characters, normalised as in <see cref="Normalized"/>.</summary>
    public static ulong Suffix(ReadOnlySpan<char> text) => Normalized(text.Length > 3 ? text[^3..] : text) ^ 0x5F5F_0003UL;

    /// <summary>The word's shape: X for capitals, x for lower case, d for digits, runs collapsed ("Kim" → "Xx", "152-mm" → "d-x").</summary>
    public static ulong Shape(ReadOnlySpan<char> text)
    {
        ulong h = Offset ^ 0x5A17UL;
        char last = '\0';
        int run = 0;
        foreach (char c in text)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s == last)
            {
                if (++run > 1)
                {
                    continue;
                }
            }
            else
            {
                run = 0;
            }
            last = s;
            h = (h ^ s) * Prime;
        }
        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char NormalizeChar(char c)
    {
        if (c < 128)
        {
            if ((uint)(c - 'A') <= 'Z' - 'A')
            {
                return (char)(c | 0x20);
            }
            return (uint)(c - '0') <= 9 ? '0' : c;
        }
        return c switch
        {
            '\u2019' or '\u2018' => '\'',
            '\u201C' or '\u201D' => '"',
            _ => char.ToLowerInvariant(c),
        };
    }

    /// <summary>Combines a feature template number with one value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong value) => Finish(value ^ ((ulong)(template + 1) * 0x9E3779B97F4A7C15UL));

    /// <summary>Combines a feature template number with two values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a, ulong b) =>
        Finish((a * 0xC2B2AE3D27D4EB4FUL) ^ Finish(b) ^ ((ulong)(template + 1) * 0x9E3779B97F4A7C15UL));

    /// <summary>The part of <see cref="Feature(int, ulong, ulong)"/> that depends on the template and the second value only.</summary>
    /// <remarks>Lets a tagger hash a token's value once and pair it with each candidate first value cheaply: <c>Feature(t, a, b) == WithFirst(a, Second(t, b))</c>.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Second(int template, ulong b) => Finish(b) ^ ((ulong)(template + 1) * 0x9E3779B97F4A7C15UL);

    /// <summary>Completes a two-value feature hash from <see cref="Second"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong WithFirst(ulong a, ulong second) => Finish((a * 0xC2B2AE3D27D4EB4FUL) ^ second);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB93CA63BC185UL;
        h ^= h >> 33;
        return h;
    }
}
