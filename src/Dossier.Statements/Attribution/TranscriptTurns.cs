using Dossier.Core;
using Dossier.Core.Entities;
using Dossier.Core.Statements;

namespace Dossier.Statements.Attribution;

/// <summary>Turns of a printed interview or transcript: a paragraph that opens with a speaker's label and a colon is that speaker's speech.</summary>
/// <remarks>
/// "HALLORAN: I think he is trying hard." and "Q: What about the budget?" carry no reporting verb, so neither the rules
/// nor the tagger see them; the label is the source, the colon the cue, the rest of the paragraph the content. A label
/// is one to three words in capitals (or the interview letters Q and A), or in ordinary case when the same label opens
/// another paragraph ("Hald: …" twice); never a heading word such as UPDATE or BREAKING, and the paragraph must go on
/// after the colon.
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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_headingLookup = s_headings.GetAlternateLookup<ReadOnlySpan<char>>();

    // A lone label paragraph in a report is more often a heading or a quoted exchange the rules read already; a printed
    // interview or transcript has a run of turns.
    private const int MinTurns = 3;

    /// <summary>Adds a statement for each transcript turn that no statement already reads as a source or cue, in a document
    /// with at least <see cref="MinTurns"/> turns.</summary>
    /// <param name="keepRelayOnly">As the stage's: the labels as written, as attribution corpora mark them; the product
    /// resolves a label to the person it names and gives the turns the interviewing outlet as relay.</param>
    public static List<Statement> Add(Document document, List<Statement> statements, bool keepRelayOnly = true)
    {
        string text = document.Text;
        int turns = 0;
        List<TextSpan>? named = null;
        foreach (var paragraph in document.Paragraphs)
        {
            if (Label(text, paragraph.Span) is not null)
            {
                turns++;
            }
            else if (NameLabel(text, paragraph.Span) is (int end, _))
            {
                (named ??= []).Add(new TextSpan(paragraph.Span.Start, end));
            }
        }
        // "Hald: About 31,000." A label in ordinary case is a speaker's only when the same label opens another paragraph:
        // one "Pros:" or "Background:" paragraph is a heading.
        named = Repeated(text, named);
        turns += named?.Count ?? 0;
        if (turns < MinTurns)
        {
            return statements;
        }
        var (interviewee, outlet) = keepRelayOnly ? default : Interview(document, FirstTurnStart(document, named));
        List<Statement>? added = null;
        foreach (var paragraph in document.Paragraphs)
        {
            var p = paragraph.Span;
            int labelEnd, contentStart;
            if (Label(text, p) is (int e, int c))
            {
                (labelEnd, contentStart) = (e, c);
            }
            else if (named is not null && NameLabel(text, p) is (int ne, int nc) && named.Contains(new TextSpan(p.Start, ne)))
            {
                (labelEnd, contentStart) = (ne, nc);
            }
            else
            {
                continue;
            }
            var source = new TextSpan(p.Start, labelEnd);
            var cue = new TextSpan(labelEnd, labelEnd + 1);
            var label = text.AsSpan(source.Start, source.Length).TrimEnd('.');
            bool question = IsQuestionLabel(label);
            bool taken = false;
            int readAtTheColon = -1;
            var list = added ?? statements;
            for (int k = 0; k < list.Count; k++)
            {
                var s = list[k];
                // The rules read "Name: words" up to the first clause's end; the turn is the whole paragraph.
                if (s.Cue == cue && !keepRelayOnly)
                {
                    readAtTheColon = k;
                }
                else if (s.Cue.Overlaps(source) || s.Cue.Overlaps(cue) || s.Speaker?.Span is { } sp && sp.Overlaps(source))
                {
                    taken = true;
                    break;
                }
            }
            if (taken)
            {
                continue;
            }
            added ??= new List<Statement>(statements);
            // The rules' reading of the turn's opening words keeps its hedges ("Korvik: Perhaps six weeks.").
            var (certainty, hedges) = (Certainty.Certain, (IReadOnlyList<TextSpan>)[]);
            if (readAtTheColon >= 0)
            {
                (certainty, hedges) = (added[readAtTheColon].Certainty, added[readAtTheColon].CertaintyCues);
                added.RemoveAt(readAtTheColon);
            }
            var content = new TextSpan(contentStart, p.End);
            // "A: …" with no guest found names nobody: the letter is no speaker's name.
            var speaker = keepRelayOnly || question ? new Speaker(text[source.Start..source.End], -1, source, null)
                : IsAnswerLabel(label) && interviewee is null ? null
                : SpeakerOf(document, source, IsAnswerLabel(label) ? interviewee : null);
            IReadOnlyList<Relay> relays = !keepRelayOnly && outlet is { } o ? [new Relay(text[o.Start..o.End], o, "interview")] : [];
            int at = added.FindIndex(s => s.Content.Start > content.Start);
            added.Insert(at < 0 ? added.Count : at, new Statement(cue, content, StatementKind.Direct, SpeechAct.Assert, certainty, speaker, relays, hedges,
                text[content.Start..content.End]));
        }
        return added ?? statements;
    }

    /// <summary>Drops the interviewer's questions ("Q: …", "Question: …"): the product gives a question no speaker. They
    /// stay until the clean-up has run, which reads the statements inside a turn against the turn.</summary>
    public static void WithoutQuestions(Document document, List<Statement> statements)
    {
        for (int i = statements.Count - 1; i >= 0; i--)
        {
            var s = statements[i];
            if (s.Cue.Length == 1 && s.Speaker is { Entity: < 0, Span: { } label } && label.End == s.Cue.Start
                && IsQuestionLabel(document.Text.AsSpan(label.Start, label.Length).TrimEnd('.')))
            {
                statements.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// The statements the rules and the tagger found inside an answer, read against the whole turn (product only, after
    /// the clean-up). The guest's own pieces ("I understand their worry", a speakerless piece, "we expect …") are the turn
    /// said again and are dropped, so each answer is counted once; a statement by someone else that the guest reports
    /// ("The ministry told us 31,000 …") stays, with the guest as its relay (medium "interview") before the turn's own
    /// relays, as "X told Reuters" relays X's words. A question's inner claims are left as they are.
    /// </summary>
    public static void InnerStatements(Document document, List<Statement> statements)
    {
        string text = document.Text;
        for (int i = 0; i < statements.Count; i++)
        {
            var turn = statements[i];
            if (turn.Cue.Length != 1 || text[turn.Cue.Start] != ':' || turn.Kind != StatementKind.Direct || turn.Content.Start <= turn.Cue.End
                || TurnLabel(document, turn.Cue) is not { } label || IsQuestionLabel(text.AsSpan(label.Start, label.Length).TrimEnd('.')))
            {
                continue;
            }
            for (int j = statements.Count - 1; j >= 0; j--)
            {
                var inner = statements[j];
                if (j == i || !turn.Content.Contains(inner.Cue) || inner.Cue.IsEmpty)
                {
                    continue;
                }
                if (inner.Speaker is null || turn.Speaker is not null && SameSpeaker(turn.Speaker, inner.Speaker) || FirstPerson(text, inner.Speaker.Span))
                {
                    statements.RemoveAt(j);
                    if (j < i)
                    {
                        i--;
                    }
                }
                else if (turn.Speaker is { } guest)
                {
                    var relays = new List<Relay>(inner.Relays.Count + turn.Relays.Count + 1) { new(guest.Name, guest.Span ?? label, "interview") };
                    relays.AddRange(inner.Relays);
                    foreach (var r in turn.Relays)
                    {
                        if (!relays.Contains(r))
                        {
                            relays.Add(r);
                        }
                    }
                    statements[j] = inner with { Relays = relays };
                }
            }
        }
    }

    /// <summary>The label of the turn whose colon is <paramref name="colon"/>, when a label opens its paragraph there.</summary>
    private static TextSpan? TurnLabel(Document document, TextSpan colon)
    {
        foreach (var paragraph in document.Paragraphs)
        {
            var p = paragraph.Span;
            if (p.Start <= colon.Start && colon.Start < p.End)
            {
                int end = Label(document.Text, p) is (int e, _) ? e : NameLabel(document.Text, p) is (int ne, _) ? ne : -1;
                return end == colon.Start ? new TextSpan(p.Start, end) : null;
            }
        }
        return null;
    }

    private static bool SameSpeaker(Speaker a, Speaker b) =>
        a.Entity >= 0 ? a.Entity == b.Entity : string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);

    private static bool FirstPerson(string text, TextSpan? span) =>
        span is { } s && text.AsSpan(s.Start, s.Length) is "I" or "We" or "we" or "me" or "us" or "Us" or "My" or "my" or "Our" or "our";

    /// <summary>Where the first turn's paragraph starts, or the text's end.</summary>
    private static int FirstTurnStart(Document document, List<TextSpan>? named)
    {
        foreach (var paragraph in document.Paragraphs)
        {
            if (Label(document.Text, paragraph.Span) is not null)
            {
                return paragraph.Span.Start;
            }
            foreach (var label in named ?? [])
            {
                if (label.Start == paragraph.Span.Start)
                {
                    return label.Start;
                }
            }
        }
        return document.Text.Length;
    }

    private static bool IsQuestionLabel(ReadOnlySpan<char> label) =>
        label is "Q" || label.Equals("Question", StringComparison.OrdinalIgnoreCase) || label.Equals("Interviewer", StringComparison.OrdinalIgnoreCase);

    private static bool IsAnswerLabel(ReadOnlySpan<char> label) => label is "A" || label.Equals("Answer", StringComparison.OrdinalIgnoreCase);

    /// <summary>The labels in ordinary case that open at least two paragraphs, or null.</summary>
    private static List<TextSpan>? Repeated(string text, List<TextSpan>? labels)
    {
        if (labels is null || labels.Count < 2)
        {
            return null;
        }
        List<TextSpan>? kept = null;
        foreach (var a in labels)
        {
            var word = text.AsSpan(a.Start, a.Length);
            bool question = IsQuestionLabel(word) || IsAnswerLabel(word);
            foreach (var b in labels)
            {
                if (a != b && (question || word.SequenceEqual(text.AsSpan(b.Start, b.Length))))
                {
                    (kept ??= []).Add(a);
                    break;
                }
            }
        }
        return kept;
    }

    /// <summary>The label's speaker: the entity the names stage found at the label (or, for an answer's letter, the person
    /// interviewed), else the label as written.</summary>
    private static Speaker SpeakerOf(Document document, TextSpan label, Speaker? interviewee)
    {
        if (interviewee is not null)
        {
            return interviewee with { Span = label };
        }
        foreach (var m in document.Mentions)
        {
            if (m.Entity >= 0 && m.Entity < document.Entities.Count && m.Span.Overlaps(label) && m.Type == EntityType.Person)
            {
                return SpeakerAt(document, m) with { Span = label };
            }
        }
        // "BALIN:", "MR. BALIN:": a label in capitals the recogniser did not tag is the one person whose name ends so.
        var text = document.Text.AsSpan(label.Start, label.Length);
        var surname = text[(text.LastIndexOf(' ') + 1)..];
        int found = -1;
        for (int e = 0; e < document.Entities.Count; e++)
        {
            string name = document.Entities[e].Name;
            if (document.Entities[e].Type == EntityType.Person && name.Length > surname.Length && name.EndsWith(surname, StringComparison.OrdinalIgnoreCase)
                && name[name.Length - surname.Length - 1] == ' ')
            {
                if (found >= 0)
                {
                    found = -1;
                    break;
                }
                found = e;
            }
        }
        if (found >= 0)
        {
            var entity = document.Entities[found];
            return new Speaker(entity.Name, found, label, entity.Roles.Count > 0 ? entity.Roles[0] : null);
        }
        return new Speaker(document.Text[label.Start..label.End], -1, label, null);
    }

    private static readonly string[] s_interviewVerbs = ["spoke to ", "spoke with ", "talked to ", "talked with ", "speaks to ", "talks to ", "sat down with "];

    /// <summary>The person interviewed and the outlet that interviewed them: "Port Director X spoke to the Courier …"
    /// (the person a name before the verb, the outlet the capitalised words after it), or "an interview with Port
    /// Director X" (no outlet).</summary>
    private static (Speaker? Interviewee, TextSpan? Outlet) Interview(Document document, int firstTurn)
    {
        string text = document.Text;
        Speaker? named = null;
        // "Interview: Petra Lind", "Q&A with Petra Lind", "Petra Lind on the drought", an intro naming one person: with no
        // interview verb, the one person of the headline, else the one person named before the first turn (a byline's
        // "By …" aside), is the guest.
        var headline = document.Paragraphs.Length > 1 && document.Paragraphs[0].Span.End <= firstTurn ? document.Paragraphs[0].Span : default;
        Speaker? only = null, inHeadline = null;
        bool several = false, severalInHeadline = false;
        foreach (var m in document.Mentions)
        {
            if (m.Type != EntityType.Person || m.Entity < 0 || m.Entity >= document.Entities.Count)
            {
                continue;
            }
            int i = m.Span.End;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }
            foreach (string verb in s_interviewVerbs)
            {
                if (string.CompareOrdinal(text, i, verb, 0, verb.Length) != 0)
                {
                    continue;
                }
                int start = i + verb.Length;
                start += string.CompareOrdinal(text, start, "the ", 0, 4) == 0 ? 4 : 0;
                int end = start;
                while (end < text.Length && char.IsUpper(text[end]))
                {
                    while (end < text.Length && (char.IsLetter(text[end]) || text[end] is '\'' or '’' or '-' or '.'))
                    {
                        end++;
                    }
                    int next = end + 1;
                    if (end < text.Length && text[end] == ' ' && next < text.Length && char.IsUpper(text[next]))
                    {
                        end = next;
                        continue;
                    }
                    break;
                }
                while (end > start && text[end - 1] == '.')
                {
                    end--;
                }
                return (SpeakerAt(document, m), end > start ? new TextSpan(start, end) : null);
            }
            // "an interview with Education Minister X": the words between are the person's title, in capitals.
            int before = text.LastIndexOf(" interview with ", m.Span.Start, Math.Min(m.Span.Start + 1, 60), StringComparison.OrdinalIgnoreCase);
            if (named is null && before >= 0 && Capitalised(text.AsSpan(before + 16, m.Span.Start - before - 16)))
            {
                named = SpeakerAt(document, m);
            }
            if (m.Span.End <= firstTurn && !(m.Span.Start >= 3 && text.AsSpan(m.Span.Start - 3, 3) is "By " or "by "))
            {
                OnlyOne(document, m, ref only, ref several);
                if (headline.Contains(m.Span))
                {
                    OnlyOne(document, m, ref inHeadline, ref severalInHeadline);
                }
            }
        }
        return (named ?? (severalInHeadline ? null : inHeadline) ?? (several ? null : only), null);
    }

    private static void OnlyOne(Document document, EntityMention m, ref Speaker? only, ref bool several)
    {
        if (only is null)
        {
            only = SpeakerAt(document, m);
        }
        else if (only.Entity != m.Entity)
        {
            several = true;
        }
    }

    private static bool Capitalised(ReadOnlySpan<char> words)
    {
        foreach (var range in words.Split(' '))
        {
            if (!words[range].IsEmpty && !char.IsUpper(words[range][0]))
            {
                return false;
            }
        }
        return true;
    }

    private static Speaker SpeakerAt(Document document, EntityMention m)
    {
        var entity = document.Entities[m.Entity];
        string? role = m.Role is { } r ? document.Text[r.Start..r.End] : entity.Roles.Count > 0 ? entity.Roles[0] : null;
        return new Speaker(entity.Name, m.Entity, m.Span, role);
    }

    // "Background:", "Related Video:": a heading word in any case is no speaker.
    private static bool IsHeading(ReadOnlySpan<char> label)
    {
        Span<char> upper = stackalloc char[label.Length];
        label.ToUpperInvariant(upper);
        foreach (var range in ((ReadOnlySpan<char>)upper).Split(' '))
        {
            var word = upper[range].TrimEnd('.');
            if (word.Length > 1 && s_headingLookup.Contains(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Where a label in ordinary case ("Hald:", "Mr. Okafor:", "Question:") ends at its colon and the speech starts.</summary>
    internal static (int LabelEnd, int ContentStart)? NameLabel(string text, TextSpan p)
    {
        // Run once a paragraph of every document: a colon near the paragraph's start first.
        if (p.Length < 4 || text.AsSpan(p.Start, Math.Min(p.Length, 48)).IndexOf(':') < 0)
        {
            return null;
        }
        int i = p.Start, words = 0;
        bool lower = false;
        while (true)
        {
            if (i >= p.End || !char.IsUpper(text[i]))
            {
                return null;
            }
            int start = i;
            i++;
            while (i < p.End && (char.IsLetter(text[i]) || text[i] is '.' or '\'' or '’' or '-'))
            {
                lower |= char.IsLower(text[i]);
                i++;
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
        int content = i + 1;
        if (!lower || content >= p.End || text[content] != ' ' || IsHeading(text.AsSpan(p.Start, i - p.Start)))
        {
            return null;
        }
        while (content < p.End && char.IsWhiteSpace(text[content]))
        {
            content++;
        }
        return content < p.End && (char.IsUpper(text[content]) || text[content] is '"' or '“' or '‘') ? (i, content) : null;
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
            if (word.Length == 1 ? words > 0 || word[0] is not ('Q' or 'A') : s_headingLookup.Contains(word))
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
