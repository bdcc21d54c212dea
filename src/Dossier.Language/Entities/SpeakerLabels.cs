using Dossier.Core;
using Dossier.Core.Entities;

namespace Dossier.Language.Entities;

/// <summary>A transcript's speaker line, "KIRBY: We have not seen …", "SECRETARY HALE: Thank you.": the words in capitals
/// before the colon that opens the sentence name the person speaking.</summary>
/// <remarks>Run after the tagger and the other sentence rules, on one sentence's tokens; no allocation but the mention added.
/// Titles and offices before the name are dropped ("MR.", "SECRETARY"). Without a title, a label that is an ordinary word
/// ("BREAKING:", "UPDATE:", "QUESTION:"), a role ("MODERATOR:"), a known phrase ("WASHINGTON:" as a dateline, "NATO:") or
/// a short acronym is no person; after a title, any word but a role is the surname ("MR. PRICE:"). The label must be followed by
/// words, as speech is: a form's field ("TELEPHONE: (202) …") is not.</remarks>
internal static class SpeakerLabels
{
    private const int MaxLabelWords = 4;

    internal static void Apply(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        int n = starts.Length;
        if (n < 3 || !IsWordInCapitals(EntityRecognizer.Word(text, starts, ends, 0)))
        {
            return;
        }
        int colon = 1;
        while (colon < n && colon <= MaxLabelWords && IsWordInCapitals(EntityRecognizer.Word(text, starts, ends, colon)))
        {
            colon++;
        }
        if (colon >= n - 1 || colon > MaxLabelWords || EntityRecognizer.Word(text, starts, ends, colon) is not ":")
        {
            return;
        }
        // A speaker's words follow the label; a number, a bracket or an address follows a form's field ("TELEPHONE: (202)").
        char said = text[starts[colon + 1]];
        if (!char.IsLetter(said) && said is not ('"' or '\u201c' or '\'' or '\u2018'))
        {
            return;
        }
        int from = 0;
        while (from < colon && RoleWords.IsRoleWord(EntityRecognizer.Word(text, starts, ends, from)))
        {
            from++;
        }
        if (from == colon || colon - from > 3)
        {
            return;
        }
        bool titled = from > 0;
        for (int t = from; t < colon; t++)
        {
            var w = EntityRecognizer.Word(text, starts, ends, t);
            if (RoleWords.IsRoleWord(w) || IsLabelWord(w) || !HasVowel(w))
            {
                return;
            }
            if (!titled && (w.Length < 4 && colon - from == 1 || recognizer.Model.Common.Contains(TextHash.Lower(w))
                || recognizer.Gazetteer.TryLookupToken(w, out _) || recognizer.Gazetteer.TryLookupCapitals(w, out _)))
            {
                return;
            }
        }
        if (!titled && recognizer.Gazetteer.TryLookup(text, starts, ends, from, colon, out _))
        {
            return;
        }
        // The label opens the sentence: whatever the tagger named inside it gives way to the speaker.
        for (int m = output.Count - 1; m >= firstOutput; m--)
        {
            if (output[m].Span.Start < ends[colon - 1])
            {
                output.RemoveAt(m);
            }
        }
        output.Insert(firstOutput, new EntityMention(new TextSpan(starts[from], ends[colon - 1]), EntityType.Person));
    }

    // Letters in capitals, with the stop of an abbreviation ("MR.") or a name's apostrophe or hyphen ("O'BRIEN").
    private static bool IsWordInCapitals(ReadOnlySpan<char> w)
    {
        int letters = 0;
        foreach (char c in w)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c is not ('.' or '\'' or '\u2019' or '-'))
            {
                return false;
            }
        }
        return letters >= 2 || letters == 1 && w.Length == 2 && w[1] == '.';
    }

    // Transcripts' labels for a speaker left unnamed, and news labels for a kind of item ("BREAKING:", "WATCH:").
    private static bool IsLabelWord(ReadOnlySpan<char> w) =>
        w is "QUESTION" or "ANSWER" or "MODERATOR" or "OPERATOR" or "INTERVIEWER" or "HOST" or "CO-HOST" or "REPORTER" or "ANNOUNCER"
            or "NARRATOR" or "PARTICIPANT" or "PANELIST" or "PANELLIST" or "UNIDENTIFIED" or "AUDIENCE" or "CROWD" or "VOICE"
            or "SPEAKER" or "MALE" or "FEMALE" or "BREAKING" or "UPDATE" or "UPDATED" or "WATCH" or "EXCLUSIVE" or "ANALYSIS"
            or "OPINION" or "LIVE" or "NOTE" or "CORRECTION" or "EDITOR'S" or "VIDEO" or "PHOTOS" or "READ" or "RELATED" or "SOURCE"
            or "SOURCES" or "WARNING" or "ALERT" or "TRANSCRIPT" or "END" or "BEGIN" or "APPLAUSE" or "LAUGHTER" or "CROSSTALK"
            // A form's or a letter's fields.
            or "TELEPHONE" or "PHONE" or "FAX" or "EMAIL" or "E-MAIL" or "ADDRESS" or "SUBJECT" or "DATE" or "FROM" or "TO"
            or "RE" or "ATTENTION" or "ATTN" or "WEBSITE" or "WEB" or "CONTACT";

    private static bool HasVowel(ReadOnlySpan<char> w) => w.IndexOfAny("AEIOUY") >= 0;
}
