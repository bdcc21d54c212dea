using Dossier.Core;

namespace Dossier.Text.Articles;

/// <summary>Removes Markdown's inline marks (emphasis, links, code spans) from a Markdown body's text, keeping the offset map.</summary>
/// <remarks>
/// "**Who was freed?** Fourteen people, according to …" must read as the sentence it is: the stars are styling, and left
/// in the text they are tokens inside names, counts and quotations. Block markers ("# ", "> ") stay for
/// <see cref="MarkdownLine"/>, which leaves them out of the paragraph spans instead.
/// </remarks>
internal static class MarkdownInline
{
    /// <summary>The text without inline marks, and a map from its offsets to the source's (through <paramref name="map"/>
    /// when the text was already normalised); the input itself when it has no inline marks.</summary>
    public static (string Text, OffsetMap? Map) Strip(string text, OffsetMap? map)
    {
        if (text.AsSpan().IndexOfAny("*_[`") < 0)
        {
            return (text, map);
        }
        var drop = new bool[text.Length];
        bool any = false;
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }
            any |= MarkLine(text, lineStart, lineEnd, drop);
            lineStart = lineEnd + 1;
        }
        if (!any)
        {
            return (text, map);
        }
        var chars = new char[text.Length];
        var origins = new int[text.Length + 1];
        int count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (!drop[i])
            {
                chars[count] = text[i];
                origins[count] = map?.ToOriginal(i) ?? i;
                count++;
            }
        }
        origins[count] = map?.ToOriginal(text.Length) ?? text.Length;
        return (new string(chars, 0, count), new OffsetMap(origins[..(count + 1)]));
    }

    private static bool MarkLine(string text, int start, int end, bool[] drop)
    {
        bool any = false;
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (c is '*' or '_')
            {
                int run = 1;
                while (i + run < end && text[i + run] == c && run < 3)
                {
                    run++;
                }
                if (CanOpen(text, i, run, start, end, c) && Closing(text, i + run, run, end, c) is int close)
                {
                    Mark(drop, i, run);
                    Mark(drop, close, run);
                    any = true;
                    i += run;
                    continue;
                }
                i += run;
                continue;
            }
            if (c == '`' && text.IndexOf('`', i + 1, end - i - 1) is int tick and > 0 && tick > i + 1)
            {
                Mark(drop, i, 1);
                Mark(drop, tick, 1);
                any = true;
                i = tick + 1;
                continue;
            }
            if (c == '[' && LinkEnd(text, i, end) is (int label, int after))
            {
                // "[the statement](https://…)" reads "the statement"; an image "![a map](…)" reads its description.
                if (i > start && text[i - 1] == '!')
                {
                    Mark(drop, i - 1, 1);
                }
                Mark(drop, i, 1);
                Mark(drop, label, after - label);
                any = true;
                i = label;
                continue;
            }
            i++;
        }
        return any;
    }

    // An opening run: a word character right after it, and before it the line's start, a space or punctuation ("snake_case"
    // and "2*3" open nothing).
    private static bool CanOpen(string text, int i, int run, int start, int end, char c) =>
        i + run < end && !char.IsWhiteSpace(text[i + run]) && text[i + run] != c
        && (i == start || char.IsWhiteSpace(text[i - 1]) || char.IsPunctuation(text[i - 1]) && text[i - 1] != c);

    // The matching closing run on the same line: the same marks, a non-space before them, and after them the line's end, a
    // space or punctuation.
    private static int? Closing(string text, int from, int run, int end, char c)
    {
        for (int j = from + 1; j + run <= end; j++)
        {
            if (text[j] != c)
            {
                continue;
            }
            int length = 1;
            while (j + length < end && text[j + length] == c)
            {
                length++;
            }
            if (length == run && !char.IsWhiteSpace(text[j - 1])
                && (j + run == end || char.IsWhiteSpace(text[j + run]) || char.IsPunctuation(text[j + run]) && text[j + run] != c))
            {
                return j;
            }
            j += length - 1;
        }
        return null;
    }

    // "[label](target)" on one line: the offset of "]" and the offset after ")".
    private static (int Label, int After)? LinkEnd(string text, int open, int end)
    {
        int close = text.IndexOf(']', open + 1, end - open - 1);
        if (close <= open + 1 || close + 1 >= end || text[close + 1] != '(')
        {
            return null;
        }
        int paren = text.IndexOf(')', close + 2, end - close - 2);
        return paren < 0 ? null : (close, paren + 1);
    }

    private static void Mark(bool[] drop, int at, int length)
    {
        for (int k = at; k < at + length; k++)
        {
            drop[k] = true;
        }
    }
}
