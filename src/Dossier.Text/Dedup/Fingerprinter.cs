using System.Buffers;

namespace Dossier.Text.Dedup;

/// <summary>Computes paragraph fingerprints: folded words, three-word shingles, MinHash signature and LSH band keys.</summary>
/// <remarks>
/// Words are folded to lower-case letters and digits (apostrophes, hyphens and punctuation drop out), so
/// "the New York Times" and "The New York Times", or "Russia's" and "Russia’s", fingerprint alike.
/// <see cref="Bands"/> × <see cref="Rows"/> MinHash values: with 3 rows per band, paragraphs whose shingle sets
/// overlap by half still meet in some band with probability above 0.97; every candidate is verified exactly.
/// </remarks>
public static class Fingerprinter
{
    public const int Bands = 20;
    public const int Rows = 3;
    private const int Hashes = Bands * Rows;
    private const int ShingleSize = 3;

    private static readonly ulong[] s_seeds = MakeSeeds();

    public static ParagraphFingerprint Compute(ReadOnlySpan<char> text)
    {
        ulong[] rented = ArrayPool<ulong>.Shared.Rent(Math.Max(16, text.Length / 2 + 1));
        try
        {
            int words = FoldWords(text, rented);
            var wordHashes = rented.AsSpan(0, words);
            ulong exact = 14695981039346656037UL;
            foreach (var w in wordHashes)
            {
                exact = Mix(exact ^ w);
            }
            var shingles = Shingle(wordHashes);
            var bands = BandKeys(shingles);
            return new ParagraphFingerprint(exact, words, shingles, bands);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(rented);
        }
    }

    /// <summary>MinHash band keys over any set of shingles (a paragraph's, or a whole article's).</summary>
    public static ulong[] BandKeys(ReadOnlySpan<uint> shingles)
    {
        Span<ulong> minima = stackalloc ulong[Hashes];
        minima.Fill(ulong.MaxValue);
        foreach (uint s in shingles)
        {
            for (int h = 0; h < Hashes; h++)
            {
                ulong v = Mix(s ^ s_seeds[h]);
                if (v < minima[h])
                {
                    minima[h] = v;
                }
            }
        }
        var bands = new ulong[Bands];
        for (int b = 0; b < Bands; b++)
        {
            ulong key = (ulong)b * 0x9E3779B97F4A7C15UL;
            for (int r = 0; r < Rows; r++)
            {
                key = Mix(key ^ minima[b * Rows + r]);
            }
            bands[b] = key;
        }
        return bands;
    }

    /// <summary>The share of the smaller set's shingles that the larger set also has (both sorted, distinct).</summary>
    public static double Containment(uint[] a, uint[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        return (double)Intersect(a, b) / Math.Min(a.Length, b.Length);
    }

    public static double Jaccard(uint[] a, uint[] b)
    {
        if (a.Length == 0 && b.Length == 0)
        {
            return 1;
        }
        int common = Intersect(a, b);
        return (double)common / (a.Length + b.Length - common);
    }

    private static int Intersect(uint[] a, uint[] b)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return common;
    }

    private static int FoldWords(ReadOnlySpan<char> text, ulong[] output)
    {
        int count = 0;
        ulong hash = 14695981039346656037UL;
        bool inWord = false;
        foreach (char raw in text)
        {
            if (char.IsLetterOrDigit(raw))
            {
                char c = raw < 128 ? (char)(raw | (raw is >= 'A' and <= 'Z' ? 0x20 : 0)) : char.ToLowerInvariant(raw);
                hash = (hash ^ c) * 1099511628211UL;
                inWord = true;
            }
            else if (raw is '\'' or '’' or '-' or '‐' && inWord)
            {
                // Inside a word these join: "Russia's" folds with "Russia’s".
            }
            else if (inWord)
            {
                output[count++] = hash;
                hash = 14695981039346656037UL;
                inWord = false;
            }
        }
        if (inWord)
        {
            output[count++] = hash;
        }
        return count;
    }

    private static uint[] Shingle(ReadOnlySpan<ulong> words)
    {
        int n = words.Length < ShingleSize ? words.Length : words.Length - ShingleSize + 1;
        if (n <= 0)
        {
            return [];
        }
        var shingles = new uint[n];
        for (int i = 0; i < n; i++)
        {
            ulong h = words[i];
            for (int k = 1; k < ShingleSize && i + k < words.Length; k++)
            {
                h = Mix(h * 31 + words[i + k]);
            }
            shingles[i] = (uint)(h ^ (h >> 32));
        }
        Array.Sort(shingles);
        int distinct = 1;
        for (int i = 1; i < shingles.Length; i++)
        {
            if (shingles[i] != shingles[distinct - 1])
            {
                shingles[distinct++] = shingles[i];
            }
        }
        return distinct == shingles.Length ? shingles : shingles[..distinct];
    }

    /// <summary>SplitMix64's finaliser: a fast, well-mixed 64-bit hash step.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Hashes];
        ulong state = 0x2545F4914F6CDD1DUL;
        for (int i = 0; i < Hashes; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }
        return seeds;
    }
}
