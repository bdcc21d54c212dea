using System.Buffers;
using System.Text;
using Dossier.Core;

namespace Dossier.Text.Normalization;

/// <summary>Normalises decoded text (line ends, NFC, odd spaces, invisible characters) and keeps a map back to it.</summary>
/// <remarks>
/// Quotes, dashes and apostrophes are kept as written: quoted text must come out exactly as the source has it.
/// Runs of spaces are kept too, so most offsets shift only where a character is dropped.
/// </remarks>
public static class TextNormalizer
{
    private static readonly SearchValues<char> s_plainAscii = SearchValues.Create("\n !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>The normalised text, and a map to <paramref name="source"/> offsets (null when nothing moved).</summary>
    public static (string Text, OffsetMap? Map) Normalize(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (IsClean(source))
        {
            return (source, null);
        }

        var chars = new char[source.Length + 16];
        var map = new int[source.Length + 17];
        int count = 0;
        bool moved = false;
        int i = 0;
        while (i < source.Length)
        {
            char c = source[i];
            if (c < 0x80)
            {
                if (c == '\r')
                {
                    // CRLF and lone CR both become one LF.
                    Append(ref chars, ref map, ref count, '\n', i);
                    i += i + 1 < source.Length && source[i + 1] == '\n' ? 2 : 1;
                    moved = true;
                    continue;
                }
                if (c is '\t' or '\v' or '\f')
                {
                    Append(ref chars, ref map, ref count, ' ', i);
                    i++;
                    continue;
                }
                if (c < 0x20 && c != '\n' || c == 0x7F)
                {
                    moved = true;
                    i++;
                    continue;
                }
                Append(ref chars, ref map, ref count, c, i);
                i++;
                continue;
            }

            // A run of non-ASCII characters is normalised as a unit so combining sequences compose.
            int runEnd = i + 1;
            while (runEnd < source.Length && source[runEnd] >= 0x80)
            {
                runEnd++;
            }
            var run = source.AsSpan(i, runEnd - i);
            string composed = run.IsNormalized(NormalizationForm.FormC) ? run.ToString() : run.ToString().Normalize(NormalizationForm.FormC);
            if (composed.Length != run.Length)
            {
                moved = true;
            }
            for (int k = 0; k < composed.Length; k++)
            {
                int origin = composed.Length == run.Length ? i + k : i + Math.Min(k, run.Length - 1);
                char d = composed[k];
                if (IsInvisible(d))
                {
                    moved = true;
                    continue;
                }
                Append(ref chars, ref map, ref count, MapChar(d), origin);
            }
            i = runEnd;
        }
        map[count] = source.Length;
        var text = new string(chars, 0, count);
        return (text, moved || count != source.Length ? new OffsetMap(map[..(count + 1)]) : null);
    }

    /// <summary>True when the text needs no change: ASCII printable plus LF, or already-clean Unicode.</summary>
    private static bool IsClean(string source)
    {
        // Most news text is printable ASCII: skip it sixteen or more characters at a time.
        int start = source.AsSpan().IndexOfAnyExcept(s_plainAscii);
        if (start < 0)
        {
            return true;
        }
        foreach (char c in source.AsSpan(start))
        {
            if (c < 0x20 ? c != '\n' : c >= 0x7F && (c == 0x7F || IsInvisible(c) || MapChar(c) != c || char.IsControl(c)))
            {
                return false;
            }
        }
        return source.IsNormalized(NormalizationForm.FormC);
    }

    private static bool IsInvisible(char c) =>
        c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u200E' or '\u200F'
        || (c is >= '\u0080' and <= '\u009F');

    private static char MapChar(char c) => c switch
    {
        '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000' => ' ',
        '\u2028' or '\u2029' or '\u0085' => '\n',
        _ => c,
    };

    private static void Append(ref char[] chars, ref int[] map, ref int count, char c, int origin)
    {
        if (count + 1 >= chars.Length)
        {
            Array.Resize(ref chars, chars.Length * 2);
            Array.Resize(ref map, chars.Length + 1);
        }
        chars[count] = c;
        map[count] = origin;
        count++;
    }
}
