using System.Buffers;
using System.Runtime.Intrinsics;

namespace Dossier.Text.Dedup;

/// <summary>Computes paragraph fingerprints: folded words, three-word shingles, MinHash band keys and sentence hashes.</summary>
/// <remarks>
/// Words are folded to lower-case letters and digits (apostrophes, hyphens and punctuation drop out), so
/// "the New York Times" and "The New York Times", or "Russia's" and "Russia’s", fingerprint alike.
/// <see cref="Bands"/> bands of <see cref="Rows"/> MinHash values: paragraphs whose shingle sets overlap by 0.8 meet in
/// some band with probability 0.999, by 0.6 with 0.91. A copy cut short (high containment, low overlap) is found
/// through a shared sentence instead. Every candidate is verified exactly.
/// </remarks>
public static class Fingerprinter
{
    public const int Bands = 10;
    public const int Rows = 3;
    private const int Hashes = Bands * Rows;
    private const int PaddedHashes = 32;
    private const int ShingleSize = 3;
    private const int MinSentenceWords = 5;
    private const ulong Offset = 14695981039346656037UL;

    private static readonly ulong[] s_seeds = MakeSeeds();
    private static readonly ulong[] s_paddedSeeds = [.. s_seeds, 0, 0];

    /// <summary>ASCII letters and digits folded to lower case; zero for everything else.</summary>
    private static readonly byte[] s_asciiFold = MakeAsciiFold();

    public static ParagraphFingerprint Compute(ReadOnlySpan<char> text)
    {
        ulong[] rented = ArrayPool<ulong>.Shared.Rent(Math.Max(16, text.Length / 2 + 1));
        try
        {
            Span<ulong> sentenceBuffer = stackalloc ulong[32];
            int words = FoldWords(text, rented, sentenceBuffer, out int sentences);
            var wordHashes = rented.AsSpan(0, words);
            ulong exact = Offset;
            foreach (var w in wordHashes)
            {
                exact = Mix(exact ^ w);
            }
            var shingles = Shingle(wordHashes);
            return new ParagraphFingerprint(exact, words, shingles, BandKeys(shingles), sentenceBuffer[..sentences].ToArray());
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(rented);
        }
    }

    /// <summary>MinHash band keys over a sorted set of shingles.</summary>
    public static ulong[] BandKeys(ReadOnlySpan<uint> shingles)
    {
        if (shingles.IsEmpty)
        {
            return [];
        }
        Span<ulong> minima = stackalloc ulong[PaddedHashes];
        if (Vector512.IsHardwareAccelerated)
        {
            Minima512(shingles, minima);
        }
        else
        {
            MinimaScalar(shingles, minima);
        }
        var bands = new ulong[Bands];
        for (int b = 0; b < Bands; b++)
        {
            ulong key = (ulong)(b + 1) * 0x9E3779B97F4A7C15UL;
            for (int r = 0; r < Rows; r++)
            {
                key = Mix(key ^ minima[b * Rows + r]);
            }
            bands[b] = key;
        }
        return bands;
    }

    /// <summary>The per-permutation minima computed one hash at a time: the reference the vector path must equal.</summary>
    internal static void MinimaScalar(ReadOnlySpan<uint> shingles, Span<ulong> minima)
    {
        minima.Fill(ulong.MaxValue);
        foreach (uint s in shingles)
        {
            ulong h = Mix(s);
            for (int i = 0; i < Hashes; i++)
            {
                // One strong hash per shingle, re-keyed cheaply per permutation.
                ulong v = (h ^ s_seeds[i]) * 0x9E3779B97F4A7C15UL;
                v ^= v >> 29;
                if (v < minima[i])
                {
                    minima[i] = v;
                }
            }
        }
    }

    /// <summary>The same minima, eight permutations per instruction; the two padding lanes are ignored.</summary>
    internal static void Minima512(ReadOnlySpan<uint> shingles, Span<ulong> minima)
    {
        var seeds = s_paddedSeeds.AsSpan();
        var seed0 = Vector512.Create<ulong>(seeds);
        var seed1 = Vector512.Create<ulong>(seeds[8..]);
        var seed2 = Vector512.Create<ulong>(seeds[16..]);
        var seed3 = Vector512.Create<ulong>(seeds[24..]);
        var m0 = Vector512<ulong>.AllBitsSet;
        var m1 = m0;
        var m2 = m0;
        var m3 = m0;
        var golden = Vector512.Create(0x9E3779B97F4A7C15UL);
        foreach (uint s in shingles)
        {
            var h = Vector512.Create(Mix(s));
            m0 = Vector512.Min(m0, Permute(h, seed0, golden));
            m1 = Vector512.Min(m1, Permute(h, seed1, golden));
            m2 = Vector512.Min(m2, Permute(h, seed2, golden));
            m3 = Vector512.Min(m3, Permute(h, seed3, golden));
        }
        m0.CopyTo(minima);
        m1.CopyTo(minima[8..]);
        m2.CopyTo(minima[16..]);
        m3.CopyTo(minima[24..]);
    }

    private static Vector512<ulong> Permute(Vector512<ulong> h, Vector512<ulong> seed, Vector512<ulong> golden)
    {
        var v = (h ^ seed) * golden;
        return v ^ Vector512.ShiftRightLogical(v, 29);
    }

    /// <summary>The share of the smaller set's shingles that the other set also has (both sorted, distinct).</summary>
    public static double Containment(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.IsEmpty || b.IsEmpty)
        {
            return 0;
        }
        // With no threshold the early exit never fires: this is the plain merge count.
        ContainmentAtLeast(a, b, 0, out double containment);
        return containment;
    }

    /// <summary>Whether <see cref="Containment"/> reaches <paramref name="threshold"/>, giving up as soon as it cannot.</summary>
    /// <remarks>Most candidates from LSH and shared sentences fail; stopping early saves most of their merge.</remarks>
    public static bool ContainmentAtLeast(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b, double threshold, out double containment)
    {
        containment = 0;
        if (a.IsEmpty || b.IsEmpty)
        {
            return false;
        }
        if (a.Length > b.Length)
        {
            var t = a;
            a = b;
            b = t;
        }
        // a is the smaller set; each of its shingles not found in b is a miss.
        int allowedMisses = a.Length - (int)Math.Ceiling(threshold * a.Length - 1e-9);
        int i = 0, j = 0, common = 0, misses = 0;
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
                if (++misses > allowedMisses)
                {
                    return false;
                }
                i++;
            }
            else
            {
                j++;
            }
        }
        if (misses + (a.Length - i) > allowedMisses)
        {
            return false;
        }
        containment = (double)common / a.Length;
        return containment >= threshold;
    }

    private static int FoldWords(ReadOnlySpan<char> text, ulong[] output, Span<ulong> sentences, out int sentenceCount)
    {
        int count = 0;
        int sentenceStart = 0;
        sentenceCount = 0;
        ulong hash = Offset;
        bool inWord = false;
        var fold = s_asciiFold.AsSpan();
        foreach (char raw in text)
        {
            char c = raw < 128 ? (char)fold[raw] : char.IsLetterOrDigit(raw) ? char.ToLowerInvariant(raw) : '\0';
            if (c != '\0')
            {
                hash = (hash ^ c) * 1099511628211UL;
                inWord = true;
                continue;
            }
            if (raw is '\'' or '’' or '-' or '‐' && inWord)
            {
                // Inside a word these join: "Russia's" folds with "Russia’s".
                continue;
            }
            if (inWord)
            {
                output[count++] = hash;
                hash = Offset;
                inWord = false;
            }
            if (raw is '.' or '!' or '?' or ';')
            {
                EndSentence(output, ref sentenceStart, count, sentences, ref sentenceCount);
            }
        }
        if (inWord)
        {
            output[count++] = hash;
        }
        EndSentence(output, ref sentenceStart, count, sentences, ref sentenceCount);
        return count;
    }

    private static void EndSentence(ulong[] words, ref int start, int end, Span<ulong> sentences, ref int count)
    {
        if (end - start >= MinSentenceWords && count < sentences.Length)
        {
            ulong h = Offset ^ 0x5E17E9CEUL;
            for (int i = start; i < end; i++)
            {
                h = Mix(h ^ words[i]);
            }
            sentences[count++] = h;
        }
        start = end;
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
                h = h * 0x100000001B3UL ^ words[i + k];
            }
            h = Mix(h);
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

    private static byte[] MakeAsciiFold()
    {
        var fold = new byte[128];
        for (int c = 0; c < 128; c++)
        {
            fold[c] = char.IsAsciiLetterOrDigit((char)c) ? (byte)char.ToLowerInvariant((char)c) : (byte)0;
        }
        return fold;
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
