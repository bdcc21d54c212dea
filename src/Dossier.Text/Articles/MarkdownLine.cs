using Dossier.Core;
using Dossier.Core.Articles;

namespace Dossier.Text.Articles;

/// <summary>Reads the block marker of one Markdown line ("# ", "> ", "- ", "1. ") into a paragraph kind.</summary>
/// <remarks>The marker is left out of the paragraph's span rather than deleted, so offsets stay those of the file.</remarks>
internal static class MarkdownLine
{
    public static (TextSpan Span, ParagraphKind? Kind) Strip(string text, TextSpan line)
    {
        int s = line.Start;
        ParagraphKind? kind = null;
        if (text[s] == '#')
        {
            while (s < line.End && text[s] == '#')
            {
                s++;
            }
            kind = ParagraphKind.Heading;
        }
        else if (text[s] == '>')
        {
            while (s < line.End && text[s] is '>' or ' ')
            {
                s++;
            }
            kind = ParagraphKind.Quote;
        }
        else if (text[s] is '-' or '*' or '+' && s + 1 < line.End && text[s + 1] == ' ')
        {
            s++;
            kind = ParagraphKind.ListItem;
        }
        else
        {
            int d = s;
            while (d < line.End && char.IsAsciiDigit(text[d]))
            {
                d++;
            }
            if (d > s && d + 1 < line.End && text[d] is '.' or ')' && text[d + 1] == ' ')
            {
                s = d + 1;
                kind = ParagraphKind.ListItem;
            }
        }
        while (s < line.End && text[s] == ' ')
        {
            s++;
        }
        int end = line.End;
        while (end > s && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        // "*Published 18 July 2025 · Climate*", "**By Ana Costa**": emphasis around the whole line is styling, not text, so
        // the date line and the byline read as they would without it.
        int run = 0;
        while (s + run < end && run < 3 && text[s + run] is '*' or '_' && text[s + run] == text[s])
        {
            run++;
        }
        if (run > 0 && end - s > 2 * run && text.AsSpan(end - run, run).SequenceEqual(text.AsSpan(s, run))
            && !char.IsWhiteSpace(text[s + run]) && !char.IsWhiteSpace(text[end - run - 1])
            && text.AsSpan(s + run, end - s - 2 * run).IndexOf(text[s]) < 0)
        {
            return (new TextSpan(s + run, end - run), kind);
        }
        return s < line.End ? (new TextSpan(s, line.End), kind) : (line, kind);
    }
}
