using System.Buffers;
using Dossier.Core;
using Dossier.Core.Articles;

namespace Dossier.Text.Paragraphs;

/// <summary>Splits plain text into paragraphs: each non-blank line is one, trimmed of surrounding white space.</summary>
/// <remarks>
/// News exports put one paragraph per line; blank lines only separate. Hard-wrapped text (lines that
/// continue a sentence) is joined by the cleaner before this runs, not here.
/// </remarks>
public static class LineParagraphSplitter
{
    private static readonly SearchValues<char> s_lineBreaks = SearchValues.Create("\n\r\u2028\u2029");

    /// <summary>The trimmed span of every non-blank line in <paramref name="text"/>.</summary>
    public static List<TextSpan> Lines(string text)
    {
        var lines = new List<TextSpan>();
        int i = 0;
        int n = text.Length;
        while (i < n)
        {
            int found = text.AsSpan(i).IndexOfAny(s_lineBreaks);
            int lineEnd = found < 0 ? n : i + found;
            int s = i, e = lineEnd;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }
            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }
            if (e > s)
            {
                lines.Add(new TextSpan(s, e));
            }
            i = lineEnd + 1;
        }
        return lines;
    }

    /// <summary>A body paragraph for every non-blank line.</summary>
    public static Paragraph[] Split(string text)
    {
        var lines = Lines(text);
        var paragraphs = new Paragraph[lines.Count];
        for (int p = 0; p < lines.Count; p++)
        {
            paragraphs[p] = new Paragraph(p, lines[p], ParagraphKind.Body);
        }
        return paragraphs;
    }
}
