namespace Dossier.Language.Entities;

/// <summary>Stable 64-bit FNV-1a hashes of text, exact or lower-cased, with typographic apostrophes folded to ASCII.</summary>
/// <remarks>Stable across runs and platforms, because trained feature weights are stored under these values.</remarks>
internal static class TextHash
{
    public const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Mix(ulong hash, ulong value) => (hash ^ value) * Prime;

    public static ulong Mix(ulong hash, char c) => (hash ^ Fold(c)) * Prime;

    public static ulong Exact(ReadOnlySpan<char> text)
    {
        ulong h = Offset;
        foreach (char c in text)
        {
            h = Mix(h, c);
        }
        return Finish(h, text.Length);
    }

    public static ulong Lower(ReadOnlySpan<char> text)
    {
        ulong h = Offset;
        foreach (char c in text)
        {
            h = Mix(h, char.ToLowerInvariant(c));
        }
        return Finish(h, text.Length);
    }

    /// <summary>Combines the hash of one more token into a phrase hash.</summary>
    public static ulong Combine(ulong phrase, ulong token) => Mix(Mix(phrase, token), 0x9E3779B97F4A7C15UL);

    internal static ulong Finish(ulong h, int length) => Mix(h, (ulong)length);

    private static char Fold(char c) => c is '\u2019' or '\u2018' or '\u02BC' ? '\'' : c;
}
