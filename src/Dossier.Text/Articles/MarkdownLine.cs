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
        return s < line.End ? (new TextSpan(s, line.End), kind) : (line, kind);
    }
}
