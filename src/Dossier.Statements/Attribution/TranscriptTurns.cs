using Dossier.Core;
using Dossier.Core.Statements;

namespace Dossier.Statements.Attribution;

/// <summary>Turns of a printed interview or transcript: a paragraph that opens with a speaker's label and a colon is that speaker's speech.</summary>
/// <remarks>
/// "HALLORAN: I think he is trying hard." and "Q: What about the budget?" carry no reporting verb, so neither the rules
/// nor the tagger see them; the label is the source, the colon the cue, the rest of the paragraph the content. A label
/// is one to three words in capitals (or the interview letters Q and A), never a heading word such as UPDATE or
/// BREAKING, and the paragraph must go on after the colon.
/// </remarks>
internal static class TranscriptTurns
{
    private static readonly HashSet<string> s_headings = new(StringComparer.Ordinal)
    {
        "UPDATE", "UPDATED", "EMAIL", "BYLINE", "EXCLUSIVE", "BREAKING", "WATCH", "LOOK", "BOOM", "BUSTED", "NOTE", "VIDEO",
        "PHOTO", "PHOTOS", "READ", "RELATED", "CORRECTION", "EDITOR", "SOURCE", "SOURCES", "WARNING", "ALERT", "LIVE", "AUDIO",
        "MORE", "ALSO", "SEE", "NEW", "ANALYSIS", "OPINION", "EDITORIAL", "COMMENTARY", "FACT", "CHECK", "TIMELINE", "POLL",
        "NOTES", "CREDIT", "CONTACT", "PHONE", "FAX", "WEB", "URL", "TAGS", "TOPICS", "SUBJECT", "DATE", "TIME", "WHEN",
        "WHERE", "WHAT", "WHY", "HOW", "TL", "DR", "PS", "NB", "FYI", "ICYMI", "REPORT", "REPORTS", "STATEMENT",
    };

    // A lone label paragraph in a report is more often a heading or a quoted exchange the rules read already; a printed
    // interview or transcript has a run of turns.
    private const int MinTurns = 3;

    /// <summary>Adds a statement for each transcript turn that no statement already reads as a source or cue, in a document
    /// with at least <see cref="MinTurns"/> turns.</summary>
    public static List<Statement> Add(Document document, List<Statement> statements)
    {
        string text = document.Text;
        int turns = 0;
        foreach (var paragraph in document.Paragraphs)
        {
            turns += Label(text, paragraph.Span) is null ? 0 : 1;
        }
        if (turns < MinTurns)
        {
            return statements;
        }
        List<Statement>? added = null;
        foreach (var paragraph in document.Paragraphs)
        {
            var p = paragraph.Span;
            if (Label(text, p) is not (int labelEnd, int contentStart))
            {
                continue;
            }
            var source = new TextSpan(p.Start, labelEnd);
            var cue = new TextSpan(labelEnd, labelEnd + 1);
            bool taken = false;
            foreach (var s in statements)
            {
                if (s.Cue.Overlaps(source) || s.Cue.Overlaps(cue) || s.Speaker?.Span is { } sp && sp.Overlaps(source))
                {
                    taken = true;
                    break;
                }
            }
            if (taken)
            {
                continue;
            }
            var content = new TextSpan(contentStart, p.End);
            var speaker = new Speaker(text[source.Start..source.End], -1, source, null);
            added ??= new List<Statement>(statements);
            int at = added.FindIndex(s => s.Content.Start > content.Start);
            added.Insert(at < 0 ? added.Count : at, new Statement(cue, content, StatementKind.Direct, SpeechAct.Assert, Certainty.Certain, speaker, [], [],
                text[content.Start..content.End]));
        }
        return added ?? statements;
    }

    /// <summary>Where a speaker's label at the start of <paramref name="p"/> ends (at its colon) and the speech starts, if it has one.</summary>
    internal static (int LabelEnd, int ContentStart)? Label(string text, TextSpan p)
    {
        int i = p.Start, words = 0;
        while (true)
        {
            int start = i;
            while (i < p.End && (char.IsUpper(text[i]) || text[i] is '.' or '\'' or '’' or '-'))
            {
                i++;
            }
            if (i == start || !char.IsUpper(text[start]))
            {
                return null;
            }
            var word = text.AsSpan(start, i - start).TrimEnd('.');
            // A one-letter label is only the interview's Q or A; longer words are names ("TAPPER", "JAKE TAPPER").
            if (word.Length == 1 ? words > 0 || word[0] is not ('Q' or 'A') : s_headings.Contains(word.ToString()))
            {
                return null;
            }
            words++;
            if (i < p.End && text[i] == ':')
            {
                break;
            }
            if (words == 3 || i >= p.End || text[i] != ' ')
            {
                return null;
            }
            i++;
        }
        int labelEnd = i, content = i + 1;
        while (content < p.End && char.IsWhiteSpace(text[content]))
        {
            content++;
        }
        // "UPDATE: 5/12" and empty turns are no speech: the turn goes on with words; a headline in capitals after the
        // colon ("UN: PEACEKEEPERS PAYING …") is no turn either.
        if (content >= p.End || content == labelEnd + 1 || !(char.IsLetter(text[content]) || text[content] is '"' or '“' or '‘' or '\''))
        {
            return null;
        }
        int upper = 0, lower = 0;
        for (int k = content; k < p.End && upper + lower < 12; k++)
        {
            upper += char.IsUpper(text[k]) ? 1 : 0;
            lower += char.IsLower(text[k]) ? 1 : 0;
        }
        return lower == 0 ? null : (labelEnd, content);
    }
}
