using System.Globalization;
using Dossier.Core.Tokens;

namespace Dossier.Text.Tokens;

/// <summary>Splits news text into tokens with character offsets, following UD English conventions.</summary>
/// <remarks>
/// Hyphenated words and numbers stay whole ("Jong-un", "152-mm", "1,000", "4.8"); clitics split off
/// ("Russia" + "'s", "do" + "n't"); abbreviation and initial periods stay on their word ("U.S.", "Gen.");
/// URLs and e-mail addresses are single tokens. The scan is linear and allocates nothing per token.
/// </remarks>
public static class Tokenizer
{
    private const byte Letter = 1;
    private const byte Digit = 2;
    private const byte Space = 4;

    private static readonly byte[] s_ascii = BuildAsciiTable();

    /// <summary>Tokenizes <paramref name="text"/>, adding tokens whose offsets are shifted by <paramref name="baseOffset"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, int baseOffset, TokenBuilder output)
    {
        int n = text.Length;
        int i = 0;
        while (i < n)
        {
            char c = text[i];
            if (IsSkippable(c))
            {
                i++;
                continue;
            }

            int end;
            TokenKind kind;
            if ((c == 'h' || c == 'w' || c == 'H' || c == 'W') && (end = MatchUrl(text, i)) > i)
            {
                kind = TokenKind.Url;
            }
            else if (IsApostrophe(c) && (end = MatchClitic(text, i)) > i)
            {
                kind = TokenKind.Word;
            }
            else if (IsLetterOrDigit(c) || (char.IsHighSurrogate(c) && i + 1 < n && IsWordRune(text, i)))
            {
                end = ScanWord(text, i, out kind);
                int split = kind == TokenKind.Word ? FusedSplit(text[i..end]) : 0;
                if (split > 0)
                {
                    output.Add(baseOffset + i, baseOffset + i + split, kind);
                    i += split;
                }
            }
            else if (c is ':' or ';' && (end = MatchEmoticon(text, i)) > i)
            {
                kind = TokenKind.Symbol;
            }
            else if (i + 1 < n && IsRepeatable(c) && (text[i + 1] == c || IsStop(c) && IsStop(text[i + 1])))
            {
                // Runs such as "...", "--", "!!!", "?!" or "****" are one token, as the treebanks write them.
                end = i + 2;
                while (end < n && (text[end] == c || IsStop(c) && IsStop(text[end])))
                {
                    end++;
                }
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]))
            {
                end = i + 2;
                kind = TokenKind.Symbol;
            }
            else
            {
                end = i + 1;
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            }

            output.Add(baseOffset + i, baseOffset + end, kind);
            i = end;
        }
    }

    /// <summary>True for characters that separate tokens without being one: spaces, controls, zero-width marks.</summary>
    public static bool IsSkippable(char c)
    {
        if (c < 128)
        {
            return (s_ascii[c] & Space) != 0;
        }
        return char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';
    }

    public static bool IsLetterOrDigit(char c) => c < 128 ? (s_ascii[c] & (Letter | Digit)) != 0 : char.IsLetterOrDigit(c);

    private static bool IsLetter(char c) => c < 128 ? (s_ascii[c] & Letter) != 0 : char.IsLetter(c);

    private static bool IsLower(char c) => c is >= 'a' and <= 'z';

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    private static bool IsWordChar(ReadOnlySpan<char> text, int j)
    {
        char d = text[j];
        if (d < 128)
        {
            return (s_ascii[d] & (Letter | Digit)) != 0;
        }
        if (char.IsLetterOrDigit(d))
        {
            return true;
        }
        var cat = CharUnicodeInfo.GetUnicodeCategory(d);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            || (char.IsSurrogate(d) && IsWordRune(text, char.IsLowSurrogate(d) ? j - 1 : j));
    }

    private static bool IsWordRune(ReadOnlySpan<char> text, int i) =>
        i >= 0 && i < text.Length && System.Text.Rune.DecodeFromUtf16(text[i..], out var rune, out _) == System.Buffers.OperationStatus.Done
        && System.Text.Rune.IsLetterOrDigit(rune);

    private static bool IsStop(char c) => c is '!' or '?';

    private static bool IsRepeatable(char c) => c is '.' or '-' or '!' or '?' or '*' or '=' or '_' or '~' or '#' or '+' or '/' or '<' or '>' or '\u2026';

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static int ScanWord(ReadOnlySpan<char> text, int start, out TokenKind kind)
    {
        int n = text.Length;
        bool numeric = IsDigit(text[start]);
        kind = numeric ? TokenKind.Number : TokenKind.Word;
        int j = start + 1;
        var ascii = s_ascii.AsSpan();
        while (j < n)
        {
            char d = text[j];
            if (d < 128 ? (ascii[d] & (Letter | Digit)) != 0 : IsWordChar(text, j))
            {
                j++;
            }
            else if (IsHyphen(d) && j + 1 < n && IsLetterOrDigit(text[j + 1]))
            {
                j += 2;
            }
            else if (IsApostrophe(d) && j + 1 < n && IsLetter(text[j + 1]))
            {
                int k = j + 1;
                while (k < n && IsLetter(text[k]))
                {
                    k++;
                }
                bool atWordEnd = k == n || !IsLetterOrDigit(text[k]);
                var suffix = text[(j + 1)..k];
                if (atWordEnd && IsClitic(suffix))
                {
                    break;
                }
                if (atWordEnd && suffix.Length == 1 && (suffix[0] is 't' or 'T') && j - 1 > start && (text[j - 1] is 'n' or 'N'))
                {
                    // "don't" -> "do" + "n't", as the treebanks split it.
                    return j - 1;
                }
                j = k;
            }
            else if (numeric && d is '.' or ',' or ':' or '/' && j + 1 < n && IsDigit(text[j + 1]))
            {
                j += 2;
            }
            else if (!numeric && d == '.' && j + 2 < n && IsLower(text[j + 1]) && IsLower(text[j + 2]))
            {
                // Domains and file names: "Amazon.com", "report.pdf".
                j += 3;
            }
            else if (d == '@' && j + 1 < n && IsLetterOrDigit(text[j + 1]))
            {
                int e = ScanEmailDomain(text, j + 1);
                if (e > 0)
                {
                    kind = TokenKind.Email;
                    return e;
                }
                break;
            }
            else
            {
                break;
            }
        }

        if (j < n && text[j] is '.' or '_' or '+' or '-' && (kind == TokenKind.Word || kind == TokenKind.Number))
        {
            int email = MatchEmail(text, start);
            if (email > 0)
            {
                kind = TokenKind.Email;
                return email;
            }
        }

        if (j < n && text[j] == '.' && !numeric)
        {
            var word = text[start..j];
            // "winds of 185 km/h.": a letter after a slash ends a unit, not an initial, so its period can end the sentence.
            if (word.Length == 1 && IsLetter(word[0]) && !(start > 0 && text[start - 1] == '/') && !IsPlatformX(text, start))
            {
                // Initials and dotted acronyms: "J.", "U.S.", "e.g.", "a.m."
                j++;
                while (j + 1 < n && IsLetter(text[j]) && text[j + 1] == '.' && (j + 2 == n || !IsLetter(text[j + 2])))
                {
                    j += 2;
                }
            }
            else if (Abbreviations.IsAbbreviation(word) || IsNumberAbbreviation(word, text, j))
            {
                j++;
            }
        }
        return j;
    }

    // "in a post on X. Officials were …": the platform X after "on", before a space and a capital, ends its sentence; an
    // initial is no object of "on" ("on J. Smith's advice" has a letter other than X).
    private static bool IsPlatformX(ReadOnlySpan<char> text, int start) =>
        text[start] == 'X' && start >= 3 && text[start - 1] == ' ' && text[start - 2] == 'n' && text[start - 3] == 'o'
        && (start == 3 || !IsLetter(text[start - 4])) && start + 3 < text.Length && text[start + 2] == ' ' && char.IsUpper(text[start + 3]);

    // ":)", ";-)", ":(" standing alone; a colon before a bracketed list ("as follows:(a)") is not one.
    private static int MatchEmoticon(ReadOnlySpan<char> text, int i)
    {
        int k = i + 1;
        if (k < text.Length && text[k] == '-')
        {
            k++;
        }
        if (k >= text.Length || text[k] is not (')' or '(' or 'D' or 'P'))
        {
            return -1;
        }
        k++;
        bool before = i == 0 || IsSkippable(text[i - 1]);
        bool after = k == text.Length || IsSkippable(text[k]);
        return before && after ? k : -1;
    }

    // Fused words the treebanks write as two: "cannot" -> "can" + "not", "gonna" -> "gon" + "na".
    private static int FusedSplit(ReadOnlySpan<char> word)
    {
        if (word.Length is 5 or 6)
        {
            if (word.Equals("cannot", StringComparison.OrdinalIgnoreCase))
            {
                return 3;
            }
            if (word.Equals("gonna", StringComparison.OrdinalIgnoreCase) || word.Equals("wanna", StringComparison.OrdinalIgnoreCase)
                || word.Equals("gotta", StringComparison.OrdinalIgnoreCase))
            {
                return 3;
            }
        }
        return 0;
    }

    // "No." and "Nos." are abbreviations only before a number ("No. 1"), not at the end of "said no."
    private static bool IsNumberAbbreviation(ReadOnlySpan<char> word, ReadOnlySpan<char> text, int period)
    {
        if (!(word.SequenceEqual("No") || word.SequenceEqual("Nos") || word.SequenceEqual("no")))
        {
            return false;
        }
        int k = period + 1;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }
        return k < text.Length && IsDigit(text[k]);
    }

    private static bool IsClitic(ReadOnlySpan<char> s) => s.Length switch
    {
        1 => s[0] is 's' or 'S' or 'd' or 'D' or 'm' or 'M',
        2 => s.Equals("re", StringComparison.OrdinalIgnoreCase) || s.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || s.Equals("ll", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    // A clitic split off the word before it: "'s" in "Russia's", "’re" in "they’re".
    private static int MatchClitic(ReadOnlySpan<char> text, int i)
    {
        if (i == 0 || !IsLetterOrDigit(text[i - 1]))
        {
            return -1;
        }
        int k = i + 1;
        while (k < text.Length && IsLetter(text[k]))
        {
            k++;
        }
        bool atWordEnd = k == text.Length || !IsLetterOrDigit(text[k]);
        return atWordEnd && k > i + 1 && IsClitic(text[(i + 1)..k]) ? k : -1;
    }

    private static int MatchEmail(ReadOnlySpan<char> text, int start)
    {
        int k = start;
        while (k < text.Length && (IsLetterOrDigit(text[k]) || text[k] is '.' or '_' or '+' or '-'))
        {
            k++;
        }
        if (k + 1 < text.Length && text[k] == '@' && IsLetterOrDigit(text[k + 1]) && text[k - 1] != '.')
        {
            return ScanEmailDomain(text, k + 1);
        }
        return -1;
    }

    private static int ScanEmailDomain(ReadOnlySpan<char> text, int start)
    {
        int k = start;
        while (k < text.Length && (IsLetterOrDigit(text[k]) || text[k] is '-' or '.'))
        {
            k++;
        }
        while (k > start && text[k - 1] is '.' or '-')
        {
            k--;
        }
        int lastDot = text[start..k].LastIndexOf('.');
        return lastDot > 0 && start + lastDot < k - 1 ? k : -1;
    }

    private static int MatchUrl(ReadOnlySpan<char> text, int i)
    {
        if (i > 0 && IsLetterOrDigit(text[i - 1]))
        {
            return -1;
        }
        var rest = text[i..];
        if (!(rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && IsLetterOrDigit(rest[4]))))
        {
            return -1;
        }
        int k = i;
        while (k < text.Length && !IsSkippable(text[k]) && text[k] is not ('"' or '<' or '>' or '\u201C' or '\u201D'))
        {
            k++;
        }
        while (k > i && text[k - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\'' or '\u2019')
        {
            k--;
        }
        return k;
    }

    private static byte[] BuildAsciiTable()
    {
        var table = new byte[128];
        for (int c = 0; c < 128; c++)
        {
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            {
                table[c] = Letter;
            }
            else if (c is >= '0' and <= '9')
            {
                table[c] = Digit;
            }
            else if (c <= ' ' || c == 127)
            {
                table[c] = Space;
            }
        }
        return table;
    }
}
