using Dossier.Core;
using Dossier.Core.Statements;

namespace Dossier.Statements.Attribution;

/// <summary>Last step of extraction: drops statements that say nothing and keeps one statement per content and cue.</summary>
/// <remarks>
/// The rules and the tagger each see part of the picture, so on unseen text they can leave a content that is only
/// punctuation ("said Caddell, speaking …" gives ","), a content that is a word of the statement's own source ("the"
/// of "…, the source added"), or the same quotation twice (once from "said X", once as a paragraph continuing X's quote).
/// </remarks>
public static class StatementCleanup
{
    /// <summary>Removes empty and self-contained statements and, of two with the same content and cue (or no cue), keeps the
    /// better attributed; a content that starts in the article's dateline starts after it.</summary>
    public static List<Statement> Clean(Document document, List<Statement> statements)
    {
        string text = document.Text;
        var kept = new List<Statement>(statements.Count);
        foreach (var statement in statements)
        {
            var s = WithinRelativeClause(document, AfterDateline(document, statement));
            if (!SaysSomething(text, s))
            {
                continue;
            }
            // Two cues may share one content ("X said and Y confirmed"); one cue found twice, or a cue and no cue, is one statement.
            int same = kept.FindIndex(k => k.Content == s.Content && (k.Cue == s.Cue || k.Cue.IsEmpty || s.Cue.IsEmpty));
            if (same < 0)
            {
                kept.Add(s);
            }
            else if (Attribution(s) > Attribution(kept[same]))
            {
                kept[same] = s;
            }
        }
        return kept;
    }

    // "ANKARA, Feb 7 (Reuters) - The death toll rose …, the agency said": the place, date and agency are the wire's, not the speech.
    private static Statement AfterDateline(Document document, Statement s)
    {
        if (document.Metadata.DatelineSpan is not TextSpan dateline || s.Content.End <= dateline.End)
        {
            return s;
        }
        int start = dateline.End;
        // "KINSHASA — Mpox has …": a content that starts on the dateline's separator starts after it too.
        if (s.Content.Start >= dateline.End)
        {
            if (s.Content.Start - dateline.End > 2 || !IsSeparator(document.Text[s.Content.Start]))
            {
                return s;
            }
            start = s.Content.Start;
        }
        while (start < s.Content.End && (char.IsWhiteSpace(document.Text[start]) || IsSeparator(document.Text[start])))
        {
            start++;
        }
        return s with { Content = new TextSpan(start, s.Content.End) };
    }

    private static bool IsSeparator(char c) => c is '-' or '—' or '–' or ':';

    // "Mwangi, who insists he is innocent, was not available": speech in a relative clause ends at the comma that closes
    // the clause, where the main clause's verb takes over.
    private static Statement WithinRelativeClause(Document document, Statement s)
    {
        var tokens = document.Tokens;
        string text = document.Text;
        if (s.Cue.IsEmpty || s.Content.Start < s.Cue.End || s.Quote is not null)
        {
            return s;
        }
        int k = tokens.IndexAtOrAfter(s.Cue.Start) - 1;
        if (k < 1 || !(Word(document, k) is "who" or "which") || Word(document, k - 1) is not ",")
        {
            return s;
        }
        for (int t = tokens.IndexAtOrAfter(s.Content.Start); t + 1 < tokens.Count && tokens.Ends[t + 1] <= s.Content.End; t++)
        {
            if (Word(document, t) is "\"" or "\u201c" or "\u201d")
            {
                return s;
            }
            if (Word(document, t) is "," && char.IsLower(text[tokens.Starts[t + 1]])
                && !(Word(document, t + 1) is "and" or "but" or "or" or "which" or "who" or "that" or "as" or "while" or "because" or "although" or "though" or "if" or "when"))
            {
                return s with { Content = new TextSpan(s.Content.Start, tokens.Ends[t - 1]) };
            }
        }
        return s;
    }

    private static ReadOnlySpan<char> Word(Document document, int t) =>
        document.Text.AsSpan(document.Tokens.Starts[t], document.Tokens.Ends[t] - document.Tokens.Starts[t]);

    private static bool SaysSomething(string text, Statement s)
    {
        if (s.Content.IsEmpty || s.Speaker?.Span is { } source && source.Start <= s.Content.Start && s.Content.End <= source.End)
        {
            return false;
        }
        foreach (char c in text.AsSpan(s.Content.Start, s.Content.Length))
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    // A cue, then a speaker written in the text, then a linked entity make a statement better attributed.
    private static int Attribution(Statement s) =>
        (s.Cue.IsEmpty ? 0 : 4) + (s.Speaker?.Span is null ? 0 : 2) + (s.Speaker is { Entity: >= 0 } ? 1 : 0);
}
