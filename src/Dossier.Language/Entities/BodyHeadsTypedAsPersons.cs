using Dossier.Core;
using Dossier.Core.Entities;
using static Dossier.Language.Entities.EntityRecognizer;

namespace Dossier.Language.Entities;

/// <summary>Repairs for a tagger that reads an unknown body's name as a person's: a "person" ending on a body's head word
/// ("the Regional Water | Board", "Acme Bank") is that body, with the title-case words before the head the tagger left out;
/// and the person named right before "of" and such a body ("Maria Lopez of Acme Bank said"), whom the tagger then lost or
/// read as a place, is a person; a newspaper title's last word alone after "the" ("told the Herald") is the paper.</summary>
internal static class BodyHeadsTypedAsPersons
{
    public static void Apply(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var mention = output[m];
            // Only bodies, persons and places are looked at: the type is tested before the token searches.
            if (mention.Type is not (EntityType.Org or EntityType.Person or EntityType.Gpe or EntityType.Loc))
            {
                continue;
            }
            // A place changes only when it is a paper's word alone: its surface is tested before the token searches.
            if (mention.Type is EntityType.Gpe or EntityType.Loc && !IsPaperAlone(text.AsSpan(mention.Span.Start, mention.Span.Length)))
            {
                continue;
            }
            int first = starts.BinarySearch(mention.Span.Start);
            int last = ends.BinarySearch(mention.Span.End);
            if (first < 0 || last < first)
            {
                continue;
            }
            if (mention.Type == EntityType.Org)
            {
                // "Peter Hall of Goldman Sachs said": a body the tagger read right may still lose its person.
                int before = output.Count;
                PersonBeforeOf(recognizer, text, starts, ends, output, firstOutput, m, first);
                m += output.Count - before;
                continue;
            }
            // "she told the Herald": a newspaper title's last word alone after "the" is that paper, short for its name,
            // whatever the tagger made of the word.
            if (first == last && first > 0 && Word(text, starts, ends, first - 1) is "the" && IsPaperAlone(Word(text, starts, ends, first)))
            {
                output[m] = mention with { Type = EntityType.Org };
                continue;
            }
            // "the Velmoria Herald": a "person" after "the" ending on a newspaper's head is the paper (a place and its press head);
            // a person's name is not written after the article ("Emily Post" is). A head that ends no one's name needs no
            // article: "By Hanne Otterby, Nordhavn Tribune", a name line "Velden Gazette".
            if (mention.Type != EntityType.Person || !IsBodyHead(Word(text, starts, ends, last))
                && !(last > first && IsPaperAlone(Word(text, starts, ends, last))
                    && (first > 0 && Word(text, starts, ends, first - 1) is "the" or "The" || Word(text, starts, ends, last) is not ("Times" or "Post"))))
            {
                continue;
            }
            // The title-case words before the head that no other name holds are the body's too.
            int previousEnd = m > firstOutput ? output[m - 1].Span.End : -1;
            while (first > 0 && starts[first - 1] >= previousEnd && IsTitleCase(Word(text, starts, ends, first - 1))
                && !RoleWords.IsRoleWord(Word(text, starts, ends, first - 1)) && !IsOpener(Word(text, starts, ends, first - 1)))
            {
                first--;
            }
            output[m] = mention with { Span = new TextSpan(starts[first], mention.Span.End), Type = EntityType.Org };
            int count = output.Count;
            PersonBeforeOf(recognizer, text, starts, ends, output, firstOutput, m, first);
            m += output.Count - count;
        }
    }

    /// <summary>"Maria Lopez of Acme Bank said": two or three title-case words right before "of" and the body at
    /// <paramref name="m"/>, which no known name opens, at a sentence's start or after a comma or a lower-case word, are a
    /// person's name.</summary>
    private static void PersonBeforeOf(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput, int m, int bodyFirst)
    {
        int of = bodyFirst - 1;
        if (of < 2 || Word(text, starts, ends, of) is not "of")
        {
            return;
        }
        int nameFirst = of;
        while (nameFirst > 0 && of - nameFirst < 3 && IsTitleCase(Word(text, starts, ends, nameFirst - 1)))
        {
            nameFirst--;
        }
        if (of - nameFirst < 2 || of - nameFirst > 3)
        {
            return;
        }
        for (int k = nameFirst; k < of; k++)
        {
            var w = Word(text, starts, ends, k);
            if (RoleWords.IsRoleWord(w) || IsBodyHead(w) || IsOpener(w) || recognizer.Gazetteer.TryMatch(text, starts, ends, k, out _))
            {
                return;
            }
        }
        // Only a run the tagger left out or read as a place ("Peter Hall") becomes a person.
        int at = m - 1;
        while (at >= firstOutput && output[at].Span.End > starts[nameFirst])
        {
            if (output[at].Span.Start < starts[nameFirst] || output[at].Type is not (EntityType.Gpe or EntityType.Loc) || output[at].Span.End != ends[of - 1])
            {
                return;
            }
            output.RemoveAt(at);
            m--;
            at--;
        }
        output.Insert(m, new EntityMention(new TextSpan(starts[nameFirst], ends[of - 1]), EntityType.Person));
    }

    private static bool IsBodyHead(ReadOnlySpan<char> w) =>
        w.Length > 2 && char.IsUpper(w[0]) && (EntityHeads.IsStrongOrganisationHead(w) && w is not ("Police" or "Constabulary")
            || w is "Board" or "Bank" or "Union" or "Party" or "Group" or "Trust" or "Fund" or "Service" or "Alliance" or "Coalition" or "League");

    // The press heads that alone after "the" name a paper; "the Star", "the Sun", "the Independent" or "the Record" may be
    // something else.
    private static bool IsPaperAlone(ReadOnlySpan<char> w) =>
        w is "Herald" or "Tribune" or "Gazette" or "Chronicle" or "Telegraph" or "Courier" or "Examiner" or "Inquirer" or "Dispatch"
            or "Sentinel" or "Times" or "Post" or "Journal";

    private static bool IsOpener(ReadOnlySpan<char> w) =>
        w is "The" or "A" or "An" or "In" or "At" or "On" or "For" or "By" or "From" or "With" or "Of" or "And" or "But" or "Officials" or "Residents";
}
