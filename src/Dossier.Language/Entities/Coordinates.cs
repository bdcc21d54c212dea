using Dossier.Core.Entities;

namespace Dossier.Language.Entities;

/// <summary>Geographic coordinates ("33 ° 30 ′ 21 ″ N 36 ° 16 ′ 11 ″ E", "33.5057 ° N 36.2696 ° E") as one place (LOC):
/// a pair names a spot on the map, and without this rule the tagger names a hemisphere letter and a number ("N 36").</summary>
/// <remarks>Runs only on sentences holding a degree sign; reads tokens, no allocation besides the mention it adds.</remarks>
internal static class Coordinates
{
    public static void Apply(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int t = 0; t < starts.Length; t++)
        {
            int latEnd = Part(text, starts, ends, t, "NS");
            if (latEnd < 0)
            {
                continue;
            }
            int lonEnd = Part(text, starts, ends, latEnd, "EW");
            if (lonEnd < 0)
            {
                t = latEnd - 1;
                continue;
            }
            EntityRecognizer.ReplaceInside(output, firstOutput, starts[t], ends[lonEnd - 1], EntityType.Loc);
            t = lonEnd - 1;
        }
    }

    /// <summary>The end of one coordinate starting at token <paramref name="t"/> (degrees, optional minutes and seconds,
    /// a hemisphere letter from <paramref name="hemispheres"/>), or -1.</summary>
    private static int Part(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t, string hemispheres)
    {
        int n = starts.Length;
        if (t + 2 >= n || !IsNumber(text, starts[t], ends[t]) || !Is(text, starts, ends, t + 1, '°'))
        {
            return -1;
        }
        int u = t + 2;
        if (u + 1 < n && IsNumber(text, starts[u], ends[u]) && (Is(text, starts, ends, u + 1, '′') || Is(text, starts, ends, u + 1, '\'')))
        {
            u += 2;
            if (u + 1 < n && IsNumber(text, starts[u], ends[u]) && (Is(text, starts, ends, u + 1, '″') || Is(text, starts, ends, u + 1, '"')))
            {
                u += 2;
            }
        }
        return u < n && ends[u] - starts[u] == 1 && hemispheres.Contains(text[starts[u]]) ? u + 1 : -1;
    }

    private static bool Is(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t, char c) =>
        ends[t] - starts[t] == 1 && text[starts[t]] == c;

    private static bool IsNumber(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!char.IsAsciiDigit(text[i]) && text[i] != '.')
            {
                return false;
            }
        }
        return end > start && char.IsAsciiDigit(text[start]);
    }
}
