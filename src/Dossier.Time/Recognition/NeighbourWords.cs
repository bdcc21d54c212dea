namespace Dossier.Time.Recognition;

/// <summary>The letters-only word just before or after a position in the text, across spaces: the context that tense and cue checks read.</summary>
internal static class NeighbourWords
{
    /// <summary>The word ending at <paramref name="at"/> (spaces before it skipped), or empty.</summary>
    public static ReadOnlySpan<char> Before(string text, int at)
    {
        int e = at;
        while (e > 0 && text[e - 1] == ' ')
        {
            e--;
        }
        int s = e;
        while (s > 0 && char.IsLetter(text[s - 1]))
        {
            s--;
        }
        return text.AsSpan(s, e - s);
    }

    /// <summary>The word before the word that ends at <paramref name="at"/> ("earlier" of "earlier than | 2028"), or empty.</summary>
    public static ReadOnlySpan<char> TwoBefore(string text, int at) => Before(text, StartBefore(text, at, out _));

    /// <summary>The start of the word ending at <paramref name="at"/> (spaces before it skipped), which is returned in
    /// <paramref name="word"/>.</summary>
    public static int StartBefore(string text, int at, out ReadOnlySpan<char> word)
    {
        word = Before(text, at);
        int e = at;
        while (e > 0 && text[e - 1] == ' ')
        {
            e--;
        }
        return e - word.Length;
    }

    /// <summary>The word starting at <paramref name="at"/> (spaces after it skipped), or empty.</summary>
    public static ReadOnlySpan<char> After(string text, int at)
    {
        int s = at;
        while (s < text.Length && text[s] == ' ')
        {
            s++;
        }
        int e = s;
        while (e < text.Length && char.IsLetter(text[e]))
        {
            e++;
        }
        return text.AsSpan(s, e - s);
    }
}
