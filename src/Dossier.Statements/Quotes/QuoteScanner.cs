using System.Buffers;
using Dossier.Core;
using Dossier.Core.Articles;

namespace Dossier.Statements.Quotes;

/// <summary>Pairs opening and closing quotation marks inside each paragraph, curly or straight, double or single.</summary>
/// <remarks>
/// Works on characters, not sentences, because a sentence splitter may cut a quote at its inner full stops.
/// Single marks inside a double quotation are nested quotes and are left to it; a right single mark between
/// letters is an apostrophe ("they’re"), never a closing mark. An unclosed quote runs to its paragraph's end.
/// </remarks>
internal static class QuoteScanner
{
    private static readonly SearchValues<char> s_marks = SearchValues.Create("\"“”„«»‘’'‚‹›`");

    public static List<QuoteSpan> Scan(string text, ReadOnlySpan<Paragraph> paragraphs)
    {
        var quotes = new List<QuoteSpan>();
        for (int p = 0; p < paragraphs.Length; p++)
        {
            ScanParagraph(text, paragraphs[p].Span, p, quotes);
        }
        return quotes;
    }

    private static void ScanParagraph(string text, TextSpan span, int paragraph, List<QuoteSpan> output)
    {
        int openDouble = -1;
        int openSingle = -1;
        int i = span.Start;
        while (i < span.End)
        {
            int found = text.AsSpan(i, span.End - i).IndexOfAny(s_marks);
            if (found < 0)
            {
                break;
            }
            i += found;
            char c = text[i];
            char prev = i > span.Start ? text[i - 1] : ' ';
            char next = i + 1 < span.End ? text[i + 1] : ' ';
            // Typewriter doubles ('' and ``, as in news archives and wire copy) are one double mark of two characters.
            if ((c == '\'' && next == '\'') || (c == '`' && next == '`'))
            {
                if (openDouble >= 0 && c == '\'')
                {
                    Add(output, openDouble, OpeningLength(text, openDouble), i, 2, paragraph);
                    openDouble = -1;
                }
                else if (openDouble < 0)
                {
                    openDouble = i;
                    openSingle = -1;
                }
                i += 2;
                continue;
            }
            switch (c)
            {
                case '“' or '„' or '«':
                    if (openDouble < 0)
                    {
                        openDouble = i;
                        openSingle = -1;
                    }
                    break;
                case '”' or '»':
                    if (openDouble >= 0)
                    {
                        Add(output, openDouble, OpeningLength(text, openDouble), i, 1, paragraph);
                        openDouble = -1;
                    }
                    break;
                case '"':
                    if (openDouble >= 0 && !(IsOpeningContext(prev) && char.IsLetterOrDigit(next) && i - openDouble > 1 && text[openDouble] != '"'))
                    {
                        Add(output, openDouble, OpeningLength(text, openDouble), i, 1, paragraph);
                        openDouble = -1;
                    }
                    else if (openDouble < 0)
                    {
                        openDouble = i;
                        openSingle = -1;
                    }
                    break;
                case '‘' or '‹' or '‚':
                    if (openDouble < 0 && openSingle < 0)
                    {
                        openSingle = i;
                    }
                    break;
                case '’' or '›' or '\'':
                    if (openDouble < 0)
                    {
                        if (openSingle >= 0 && !char.IsLetterOrDigit(next) && !char.IsWhiteSpace(prev))
                        {
                            Add(output, openSingle, 1, i, 1, paragraph);
                            openSingle = -1;
                        }
                        else if (openSingle < 0 && c == '\'' && IsOpeningContext(prev) && char.IsLetter(next))
                        {
                            openSingle = i;
                        }
                    }
                    break;
            }
            i++;
        }
        if (openDouble >= 0)
        {
            output.Add(new QuoteSpan(new TextSpan(openDouble, span.End), new TextSpan(openDouble + OpeningLength(text, openDouble), span.End), false, paragraph));
        }
    }

    private static bool IsOpeningContext(char prev) => char.IsWhiteSpace(prev) || prev is '(' or '[' or '—' or '–' or '-' or ':' or '/';

    private static int OpeningLength(string text, int open) =>
        open + 1 < text.Length && text[open] is '\'' or '`' && text[open + 1] == text[open] ? 2 : 1;

    private static void Add(List<QuoteSpan> output, int open, int openLength, int close, int closeLength, int paragraph)
    {
        if (close > open + openLength)
        {
            output.Add(new QuoteSpan(new TextSpan(open, close + closeLength), new TextSpan(open + openLength, close), true, paragraph));
        }
    }
}
