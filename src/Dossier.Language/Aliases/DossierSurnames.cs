using Dossier.Core;
using Dossier.Core.Entities;
using Dossier.Language.Entities;

namespace Dossier.Language.Aliases;

/// <summary>Names a person's surname alone in a report where the tagger left it unnamed, when another report of the dossier
/// gives the person's full name ("Lars Okland" in one report, "Okland returned to the table" in the next); likewise a state
/// the gazetteer does not know that another report typed GPE ("Valdor's opposition …", then "who has led Valdor").</summary>
/// <remarks>A sentence with a surname alone and no full name in its report gives the tagger nothing to go on; the dossier
/// does. Only the last word of a multi-word person that no other person of the dossier ends with, only where the report
/// names that word nowhere, and only a capitalised word standing alone (no capitalised word beside it, not inside a name)
/// in a report that never writes it in lower case. <see cref="EntityMerger"/> then joins the new one-word person to the full
/// name.</remarks>
public static class DossierSurnames
{
    public static void Apply(IReadOnlyList<Document> documents)
    {
        if (documents.Count < 2)
        {
            return;
        }
        // surname -> the full name's key (null when two people of the dossier end with it).
        var surnames = new Dictionary<string, string?>(StringComparer.Ordinal);
        var states = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            foreach (var e in d.Entities)
            {
                int space = e.Name.LastIndexOf(' ');
                if (e.Type != EntityType.Person || space < 0)
                {
                    continue;
                }
                var last = e.Name[(space + 1)..];
                // "Joe Monday", "Neil Young": a day's or a month's name, or a word also written in lower case, is no surname to
                // look for alone.
                if (last.Length < 3 || !EntityRecognizer.IsTitleCase(last) || !NewsSpanRules.IsLetters(last) || Gazetteer.Default.TryLookup(last, out _)
                    || NewsSpanRules.IsCalendarWord(last) || EntityRecognizer.Default.Model.Common.Contains(TextHash.Lower(last)))
                {
                    continue;
                }
                var full = NameKey.Of(e.Name);
                if (surnames.TryGetValue(last, out var other))
                {
                    if (other is not null && other != full && !NameKey.IsPartOf(other, full) && !NameKey.IsPartOf(full, other))
                    {
                        surnames[last] = null;
                    }
                }
                else
                {
                    surnames[last] = full;
                }
            }
        }
        // "Valdor's opposition Green Front" in one report, "who has led Valdor since 2019" in the next: a one-word state the
        // gazetteer does not know, which a report typed GPE (a rule read a state's context there), is looked for the same way.
        foreach (var d in documents)
        {
            foreach (var e in d.Entities)
            {
                if (e.Type == EntityType.Gpe && e.Name.Length >= 3 && e.Name.IndexOf(' ') < 0 && EntityRecognizer.IsTitleCase(e.Name)
                    && NewsSpanRules.IsLetters(e.Name) && !Gazetteer.Default.TryLookup(e.Name, out _)
                    && !EntityRecognizer.Default.Model.Common.Contains(TextHash.Lower(e.Name)))
                {
                    states.Add(e.Name);
                }
            }
        }
        if (surnames.Count == 0 && states.Count == 0)
        {
            return;
        }
        var spans = new List<TextSpan>();
        foreach (var d in documents)
        {
            foreach (var state in states)
            {
                if (!surnames.ContainsKey(state) && !Names(d, state) && FreeStanding(d, state, spans))
                {
                    Add(d, state, EntityType.Gpe, spans);
                }
            }
            foreach (var (surname, full) in surnames)
            {
                if (full is null || Names(d, surname))
                {
                    continue;
                }
                if (FreeStanding(d, surname, spans))
                {
                    Add(d, surname, EntityType.Person, spans);
                }
            }
        }
    }

    // The word's occurrences in the report, each standing alone (no capitalised word beside it, inside no mention), in a
    // report that never writes it in lower case; false when there are none or one is not alone.
    private static bool FreeStanding(Document d, string word, List<TextSpan> spans)
    {
        spans.Clear();
        var text = d.Text;
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            int end = at + word.Length;
            if (at > 0 && char.IsLetterOrDigit(text[at - 1]) || end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                continue;
            }
            if (CapitalisedWordBeside(text, at, end) || InsideMention(d, at, end))
            {
                return false;
            }
            spans.Add(new TextSpan(at, end));
        }
        return spans.Count > 0 && !text.Contains(word.ToLowerInvariant(), StringComparison.Ordinal);
    }

    // A new entity at the end of the report's list (so speakers' entity numbers do not move), with a mention at each span.
    private static void Add(Document d, string word, EntityType type, List<TextSpan> spans)
    {
        var entity = new Entity(d.Entities.Count, word, type) { MentionCount = spans.Count };
        entity.Aliases.Add(word);
        d.Entities.Add(entity);
        foreach (var span in spans)
        {
            int i = 0;
            while (i < d.Mentions.Count && d.Mentions[i].Span.Start < span.Start)
            {
                i++;
            }
            d.Mentions.Insert(i, new EntityMention(span, type, entity.Id));
        }
    }

    // Whether the report names the word already (as a mention of its own or an entity's alias).
    private static bool Names(Document d, string surname)
    {
        foreach (var e in d.Entities)
        {
            if (e.Aliases.Contains(surname) || e.Name == surname)
            {
                return true;
            }
        }
        return false;
    }

    private static bool InsideMention(Document d, int start, int end)
    {
        foreach (var m in d.Mentions)
        {
            if (m.Span.Start < end && m.Span.End > start)
            {
                return true;
            }
        }
        return false;
    }

    // "Okland Street", "Dr Okland", "Lars Okland": a capitalised word right before or after (across one space) makes the word
    // part of another name, whose reading the tagger already made.
    private static bool CapitalisedWordBeside(string text, int start, int end)
    {
        if (start >= 2 && text[start - 1] == ' ' && char.IsLetter(text[start - 2]))
        {
            int s = start - 2;
            while (s > 0 && char.IsLetter(text[s - 1]))
            {
                s--;
            }
            // A sentence's opening word before it is no name ("Then Okland said").
            bool opens = s == 0 || text[s - 1] == '\n' || s >= 2 && text[s - 1] == ' ' && text[s - 2] is '.' or '!' or '?' or '"' or '\u201C' or '\u201D';
            if (char.IsUpper(text[s]) && !opens)
            {
                return true;
            }
        }
        return end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]);
    }
}
