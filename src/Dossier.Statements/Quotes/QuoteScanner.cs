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
    private static readonly SearchValues<char> s_marks = SearchValues.Create("\"“”„«»‘’'‚‹›");

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
                        Add(output, openDouble, i, paragraph);
                        openDouble = -1;
                    }
                    break;
                case '"':
                    if (openDouble >= 0 && !(IsOpeningContext(prev) && char.IsLetterOrDigit(next) && i - openDouble > 1 && text[openDouble] != '"'))
                    {
                        Add(output, openDouble, i, paragraph);
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
                            Add(output, openSingle, i, paragraph);
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
            output.Add(new QuoteSpan(new TextSpan(openDouble, span.End), new TextSpan(openDouble + 1, span.End), false, paragraph));
        }
    }

    private static bool IsOpeningContext(char prev) => char.IsWhiteSpace(prev) || prev is '(' or '[' or '—' or '–' or '-' or ':' or '/';

    private static void Add(List<QuoteSpan> output, int open, int close, int paragraph)
    {
        if (close > open + 1)
        {
            output.Add(new QuoteSpan(new TextSpan(open, close + 1), new TextSpan(open + 1, close), true, paragraph));
        }
    }
}
