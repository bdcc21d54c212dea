using System.Globalization;
using Dossier.Core;

namespace Dossier.Statements.Evaluation;

/// <summary>Reads brat standoff (.ann) span annotations whose offsets count Unicode code points, as PolNeAR's do.</summary>
public static class BratReader
{
    /// <summary>Reads the text-bound annotations (T lines) of <paramref name="ann"/>, converting offsets to UTF-16 indexes into <paramref name="text"/>.</summary>
    /// <remarks>Lines that do not parse, or whose offsets fall outside the text, are skipped: a corpus file with one bad line still scores.</remarks>
    public static List<BratSpan> Read(string ann, string text)
    {
        var map = CodePointMap(text);
        var spans = new List<BratSpan>();
        foreach (var line in ann.Split('\n'))
        {
            if (line.Length < 2 || line[0] != 'T')
            {
                continue;
            }
            var cols = line.TrimEnd('\r').Split('\t');
            if (cols.Length < 2)
            {
                continue;
            }
            int space = cols[1].IndexOf(' ');
            if (space <= 0)
            {
                continue;
            }
            string type = cols[1][..space];
            int start = int.MaxValue, end = -1;
            bool ok = true;
            foreach (var fragment in cols[1][(space + 1)..].Split(';'))
            {
                var se = fragment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (se.Length != 2 || !int.TryParse(se[0], NumberStyles.None, CultureInfo.InvariantCulture, out int s)
                    || !int.TryParse(se[1], NumberStyles.None, CultureInfo.InvariantCulture, out int e) || s > e || e >= map.Length)
                {
                    ok = false;
                    break;
                }
                start = Math.Min(start, map[s]);
                end = Math.Max(end, map[e]);
            }
            if (ok && end > start)
            {
                spans.Add(new BratSpan(type, new TextSpan(start, end)));
            }
        }
        return spans;
    }

    /// <summary>For each code point index (and one past the end), the UTF-16 index where it starts.</summary>
    public static int[] CodePointMap(string text)
    {
        var map = new List<int>(text.Length + 1);
        for (int i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }
        map.Add(text.Length);
        return [.. map];
    }
}
