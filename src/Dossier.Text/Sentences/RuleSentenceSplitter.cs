using Dossier.Core;
using Dossier.Core.Articles;
using Dossier.Core.Tokens;
using Dossier.Text.Tokens;

namespace Dossier.Text.Sentences;

/// <summary>Splits each paragraph's tokens into sentences with punctuation and abbreviation rules.</summary>
/// <remarks>
/// A paragraph end always ends a sentence, so headlines without a final stop stand alone.
/// Closing quotes and brackets after a stop stay with the sentence they close.
/// </remarks>
public static class RuleSentenceSplitter
{
    public static Sentence[] Split(string text, TokenLayer tokens, ReadOnlySpan<Paragraph> paragraphs)
    {
        var sentences = new List<Sentence>(Math.Max(4, tokens.Count / 20));
        foreach (var paragraph in paragraphs)
        {
            int first = tokens.IndexAtOrAfter(paragraph.Span.Start);
            int end = first;
            while (end < tokens.Count && tokens.Starts[end] < paragraph.Span.End)
            {
                end++;
            }
            SplitRange(text, tokens, first, end, paragraph.Index, sentences);
        }
        return [.. sentences];
    }

    private static void SplitRange(string text, TokenLayer tokens, int first, int end, int paragraph, List<Sentence> output)
    {
        int start = first;
        for (int t = first; t < end; t++)
        {
            int last = t;
            if (IsTerminal(text, tokens, t))
            {
                while (last + 1 < end && IsCloser(text, tokens, last + 1))
                {
                    last++;
                }
                last = SkipCitationMarks(text, tokens, last, end);
                if (last + 1 < end && !StartsSentence(text, tokens, last + 1) && !(last == t && EndsBeforeLowercase(text, tokens, t, end)))
                {
                    continue;
                }
            }
            else if (!(IsAbbreviationEnd(text, tokens, t) && t + 1 < end && StartsSentenceAfterAbbreviation(text, tokens, t + 1)))
            {
                continue;
            }

            Add(tokens, start, last + 1, paragraph, output);
            start = last + 1;
            t = last;
        }
        if (start < end)
        {
            Add(tokens, start, end, paragraph, output);
        }
    }

    private static void Add(TokenLayer tokens, int first, int end, int paragraph, List<Sentence> output) =>
        output.Add(new Sentence(new TextSpan(tokens.Starts[first], tokens.Ends[end - 1]), first, end - first, paragraph));

    private static bool IsTerminal(string text, TokenLayer tokens, int t)
    {
        if (tokens.Kinds[t] != TokenKind.Punctuation)
        {
            return false;
        }
        char c = text[tokens.Starts[t]];
        return c is '.' or '!' or '?' or '\u2026' or '\u203C' or '\u2049';
    }

    private static bool IsCloser(string text, TokenLayer tokens, int t)
    {
        if (tokens.Ends[t] - tokens.Starts[t] != 1)
        {
            return false;
        }
        int at = tokens.Starts[t];
        char c = text[at];
        if (c is '\u201D' or '\u2019' or ')' or ']' or '}' or '\u00BB')
        {
            return true;
        }
        if (c is '!' or '?' or '.')
        {
            return true;
        }
        // A straight quote closes when it hugs the preceding stop.
        return c is '"' or '\'' && at > 0 && !char.IsWhiteSpace(text[at - 1]);
    }

    // Reference marks copied with the text ("... in 1805. [6] An ...") belong to the sentence they close.
    private static int SkipCitationMarks(string text, TokenLayer tokens, int last, int end)
    {
        while (last + 3 < end && text[tokens.Starts[last + 1]] == '[' && tokens.Kinds[last + 2] == TokenKind.Number
            && text[tokens.Starts[last + 3]] == ']' && tokens.Ends[last + 2] - tokens.Starts[last + 2] <= 3)
        {
            last += 3;
        }
        return last;
    }

    // A bare stop after a whole word, then a lower-case word, still ends a sentence in careless text
    // ("... looking for you. call them"); stops after short words are left alone, as they may be unknown abbreviations.
    private static bool EndsBeforeLowercase(string text, TokenLayer tokens, int t, int end)
    {
        if (t == 0 || t + 1 >= end || tokens.Kinds[t + 1] != TokenKind.Word || !char.IsLower(text[tokens.Starts[t + 1]]))
        {
            return false;
        }
        if (tokens.Ends[t] - tokens.Starts[t] != 1)
        {
            return false;
        }
        char stop = text[tokens.Starts[t]];
        var before = text.AsSpan(tokens.Starts[t - 1], tokens.Ends[t - 1] - tokens.Starts[t - 1]);
        if (tokens.Ends[t - 1] != tokens.Starts[t])
        {
            return false;
        }
        if (stop is '?' or '!')
        {
            return true;
        }
        return stop == '.' && tokens.Kinds[t - 1] == TokenKind.Word && before.Length > 3 && IsAllLetters(before);
    }

    private static bool IsAllLetters(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool StartsSentence(string text, TokenLayer tokens, int t)
    {
        char c = text[tokens.Starts[t]];
        if (char.IsLower(c))
        {
            return false;
        }
        // A comma or closing punctuation after "?" means the quote goes on: "Really?" she asked.
        return c is not (',' or ';' or ':' or ')' or ']');
    }

    private static bool IsAbbreviationEnd(string text, TokenLayer tokens, int t)
    {
        int endAt = tokens.Ends[t];
        if (tokens.Kinds[t] != TokenKind.Word || text[endAt - 1] != '.')
        {
            return false;
        }
        var word = text.AsSpan(tokens.Starts[t], endAt - tokens.Starts[t]);
        // Titles and single initials stand before names; only acronyms and shorthands like "U.S." or "Inc." can close a sentence.
        return word.Length > 2 && !Abbreviations.IsTitle(word);
    }

    private static bool StartsSentenceAfterAbbreviation(string text, TokenLayer tokens, int t)
    {
        var word = text.AsSpan(tokens.Starts[t], tokens.Ends[t] - tokens.Starts[t]);
        // "rolled back by 2 p.m. \"We apologise,\" the company wrote": a quotation opening on a capital after a lower-case
        // shorthand starts a sentence of its own ("the U.S. \"Patriot\" batteries" quotes a name).
        if (word is "\"" or "\u201c" && t + 1 < tokens.Count && tokens.Starts[t] > tokens.Ends[t - 1] && tokens.Starts[t + 1] == tokens.Ends[t]
            && char.IsUpper(text[tokens.Starts[t + 1]]) && char.IsLower(text[tokens.Starts[t - 1]]))
        {
            return true;
        }
        return word.Length > 0 && char.IsUpper(word[0]) && SentenceStarters.IsCommonStarter(word);
    }
}
