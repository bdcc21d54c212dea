using System.Runtime.CompilerServices;

namespace Dossier.Statements.Tagging;

/// <summary>Stable 64-bit hashes of words and feature templates, so a model stores hashes and never corpus text.</summary>
internal static class TagHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Hash of the text lower-cased, digits read as 0 and curly quotes as straight ones.</summary>
    public static ulong Word(ReadOnlySpan<char> text)
    {
        ulong h = Offset;
        foreach (char c in text)
        {
            h = (h ^ Normalize(c)) * Prime;
        }
        return h;
    }

    /// <summary>Hash of the last three characters, normalised as in <see cref="Word"/>.</summary>
    public static ulong Suffix(ReadOnlySpan<char> text) => Word(text.Length > 3 ? text[^3..] : text) ^ 0x5F5F_0003UL;

    /// <summary>The word's shape: X upper, x lower, d digit, runs longer than two collapsed.</summary>
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
    public static ulong Feature(int template, ulong value) => Mix(value ^ ((ulong)(template + 1) * 0x9E3779B97F4A7C15UL));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a, ulong b) =>
        Mix((a * 0xC2B2AE3D27D4EB4FUL) ^ Mix(b) ^ ((ulong)(template + 1) * 0x9E3779B97F4A7C15UL));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Normalize(char c)
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB93CA63BC185UL;
        h ^= h >> 33;
        return h;
    }
}
