using Dossier.Core;
using Dossier.Core.Entities;

namespace Dossier.Language.Entities;

/// <summary>Bodies the tagger left unnamed that the sentence itself says are bodies: a name in apposition to "a … group"
/// ("BlackMoth, a hacking group that …"), an acronym owned by a country ("Sweden's FRA said"), a city's police or fire
/// service ("Copenhagen Police") and an acronym the tagger read as a person ("institute INDECI said").</summary>
internal static class DescribedBodies
{
    /// <summary>Runs the rules over one sentence's tokens; <paramref name="comma"/> and <paramref name="apostrophe"/> say
    /// whether the sentence holds what each rule needs, so most sentences cost nothing.</summary>
    public static void Apply(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput, bool comma, bool apostrophe)
    {
        if (comma)
        {
            NameBeforeBodyApposition(recognizer, text, starts, ends, output, firstOutput);
        }
        NameAfterBodyDescription(recognizer, text, starts, ends, output, firstOutput);
        if (apostrophe)
        {
            AcronymOfACountry(recognizer, text, starts, ends, output, firstOutput);
        }
        PlacesService(text, starts, ends, output, firstOutput);
        AcronymIsNoPerson(text, output, firstOutput);
    }

    // "the country's civil defence institute INDECI said": a role before it made the tagger read a person, but one word of
    // three or more capitals is a body's short name; news writes no person's name so.
    private static void AcronymIsNoPerson(string text, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var mention = output[m];
            var w = text.AsSpan(mention.Span.Start, mention.Span.Length);
            if (mention.Type == EntityType.Person && w.Length >= 3 && NewsSpanRules.IsLetters(w) && NerFeatures.IsAllUpper(w)
                && (mention.Span.Start == 0 || !char.IsUpper(text[PreviousLetter(text, mention.Span.Start)])))
            {
                output[m] = mention with { Type = EntityType.Org };
            }
        }
    }

    // The last letter before a position, so that "By JOHN SMITH" (a byline in capitals) keeps its person.
    private static int PreviousLetter(string text, int at)
    {
        int k = at - 1;
        while (k > 0 && !char.IsLetter(text[k]))
        {
            k--;
        }
        return k;
    }

    // "Copenhagen Police confirmed the closure", "Oslo Fire Service": a city's police or fire service is a body of its own,
    // not the city (and not, through a capital, the country's government).
    private static void PlacesService(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var place = output[m];
            if (place.Type is not (EntityType.Gpe or EntityType.Loc))
            {
                continue;
            }
            int t = ends.BinarySearch(place.Span.End) + 1;
            if (t <= 0 || t >= starts.Length || starts[t] != place.Span.End + 1)
            {
                continue;
            }
            var w = EntityRecognizer.Word(text, starts, ends, t);
            int end = w is "Police" ? t + 1 : -1;
            if (end > 0 && end < starts.Length && EntityRecognizer.Word(text, starts, ends, end) is "Department" or "Service" or "Force")
            {
                end++;
            }
            if (w is "Fire" or "Ambulance" && t + 1 < starts.Length && EntityRecognizer.Word(text, starts, ends, t + 1) is "Department" or "Service" or "Brigade")
            {
                end = t + 2;
            }
            if (end > 0)
            {
                EntityRecognizer.ReplaceInside(output, firstOutput, place.Span.Start, ends[end - 1], EntityType.Org);
            }
        }
    }

    // "BlackMoth, a Chinese-speaking hacking group that first appeared in 2023", "Velder Research, the national reference
    // laboratory,": what the apposition says the name is, the
    // tagger cannot see in a name it has never met (least of all one opening a sentence). The noun must end the
    // apposition's phrase ("Okafor, a company director," is a person; "a group of" may be people).
    private static void NameBeforeBodyApposition(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int c = 1; c + 3 < starts.Length; c++)
        {
            if (text[starts[c]] != ',' || EntityRecognizer.Word(text, starts, ends, c + 1) is not ("a" or "an" or "the"))
            {
                continue;
            }
            int noun = -1;
            for (int k = c + 2; k < starts.Length && k <= c + 6; k++)
            {
                var w = EntityRecognizer.Word(text, starts, ends, k);
                if (IsBodyNoun(w))
                {
                    noun = k;
                    break;
                }
                if (!char.IsLetter(w[0]) || w is "of" or "and" or "who" or "that" or "which")
                {
                    break;
                }
            }
            if (noun < 0 || noun + 1 < starts.Length && !EndsThePhrase(EntityRecognizer.Word(text, starts, ends, noun + 1)))
            {
                continue;
            }
            int end = c;
            int a = end;
            while (a > 0 && end - a < 3 && IsNameWord(EntityRecognizer.Word(text, starts, ends, a - 1)) && (a == end || starts[a] == ends[a - 1] + 1))
            {
                a--;
            }
            if (a == end || a > 0 && char.IsUpper(text[starts[a - 1]]) && starts[a] == ends[a - 1] + 1)
            {
                continue; // no name, or a longer run of capitals than a body's short name
            }
            var first = EntityRecognizer.Word(text, starts, ends, a);
            // "However, a group …": one ordinary word opening the sentence is no name unless its shape says so ("NightOwl").
            if (end - a == 1 && recognizer.Model.Common.Contains(TextHash.Lower(first)) && !HasInnerCapital(first))
            {
                continue;
            }
            if (recognizer.Gazetteer.TryLookup(text, starts, ends, a, end, out _))
            {
                continue;
            }
            // A person or place the tagger read in the name gives way: no person or town is "a mining company".
            EntityRecognizer.ReplaceInside(output, firstOutput, starts[a], ends[end - 1], EntityType.Org);
        }
    }

    // "The municipal water company, Dravik Vann, said", "aluminium smelter Nordal said": a name right after a description
    // headed by a body noun (between commas, or with none between) names that body; the tagger often reads a person.
    private static void NameAfterBodyDescription(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int noun = 1; noun + 1 < starts.Length; noun++)
        {
            // A capital must open the name, right after the noun or after its comma: a cheaper test than the noun's list.
            bool apposed = text[starts[noun + 1]] == ',';
            int a = apposed ? noun + 2 : noun + 1;
            if (a >= starts.Length || !char.IsUpper(text[starts[a]]))
            {
                continue;
            }
            var head = EntityRecognizer.Word(text, starts, ends, noun);
            if (head.Length < 4 || !char.IsLower(head[0]) || !IsBodyNoun(head))
            {
                continue;
            }
            int end = a;
            while (end < starts.Length && end - a < 3 && IsNameWord(EntityRecognizer.Word(text, starts, ends, end)))
            {
                end++;
            }
            // The name must end there: a comma after an apposed one, a comma or a lower-case verb after a bare one.
            if (end == a || end >= starts.Length || apposed && text[starts[end]] != ','
                || !apposed && !(text[starts[end]] == ',' || char.IsLower(text[starts[end]])))
            {
                continue;
            }
            // The description opens on a determiner or a possessive a few lower-case words before its head ("The municipal
            // water company", "its parent company"); a bare one needs only lower-case words ("aluminium smelter").
            int k = noun - 1;
            while (k >= 0 && noun - k <= 4 && char.IsLower(text[starts[k]]) && EntityRecognizer.Word(text, starts, ends, k) is not ("the" or "a" or "an" or "its" or "their"))
            {
                k--;
            }
            bool determined = k >= 0 && EntityRecognizer.Word(text, starts, ends, k) is "the" or "The" or "a" or "A" or "an" or "An" or "its" or "Its" or "their" or "Their";
            // "The head of the agency, Lindqvist,": a body after a preposition is the head noun's, and the name is the head's.
            int before = determined ? k - 1 : k;
            if (apposed && !determined || before >= 0 && EntityRecognizer.Word(text, starts, ends, before) is "of" or "at" or "for" or "from"
                    or "with" or "in" or "to" or "by" or "on"
                || recognizer.Gazetteer.TryLookup(text, starts, ends, a, end, out _))
            {
                continue;
            }
            EntityRecognizer.ReplaceInside(output, firstOutput, starts[a], ends[end - 1], EntityType.Org);
        }
    }

    // "Sweden's FRA said", "the Netherlands' NCSC": an acronym a country owns, used as a subject, is one of its bodies.
    private static void AcronymOfACountry(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        Span<char> lower = stackalloc char[6];
        for (int t = 2; t + 1 < starts.Length; t++)
        {
            var w = EntityRecognizer.Word(text, starts, ends, t);
            if (w.Length is < 3 or > 6 || !NewsSpanRules.IsLetters(w) || !NerFeatures.IsAllUpper(w)
                || EntityRecognizer.Word(text, starts, ends, t - 1) is not ("'s" or "\u2019s" or "'" or "\u2019")
                || !NewsSpanRules.IsReportingVerb(EntityRecognizer.Word(text, starts, ends, t + 1)) && EntityRecognizer.Word(text, starts, ends, t + 1) is not ("has" or "had" or "is" or "was" or "will" or "would")
                || NewsSpanRules.Covered(output, firstOutput, starts[t], ends[t]) || !NewsSpanRules.EndsGpe(output, firstOutput, ends[t - 2]))
            {
                continue;
            }
            w.ToLowerInvariant(lower);
            if (recognizer.Gazetteer.TryLookup(w, out _) || RoleWords.IsRoleWord(lower[..w.Length]))
            {
                continue;
            }
            EntityRecognizer.ReplaceInside(output, firstOutput, starts[t], ends[t], EntityType.Org);
        }
    }

    private static bool IsBodyNoun(ReadOnlySpan<char> w) =>
        w is "group" or "gang" or "company" or "firm" or "startup" or "start-up" or "charity" or "organisation" or "organization"
            or "movement" or "collective" or "consortium" or "network" or "syndicate" or "cartel" or "conglomerate" or "lender"
            or "bank" or "insurer" or "carmaker" or "airline" or "broadcaster" or "newspaper" or "agency" or "watchdog" or "nonprofit"
            or "non-profit" or "association" or "federation" or "union" or "party" or "militia" or "faction" or "outfit" or "laboratory"
            or "institute" or "regulator" or "authority" or "ministry" or "operator" or "producer" or "exporter" or "supplier" or "maker"
            or "manufacturer" or "retailer" or "publisher" or "foundation" or "institution" or "think-tank" or "utility" or "smelter"
            or "refinery" or "shipyard" or "brewery" or "distributor" or "developer" or "contractor";

    // What may follow the apposition's head: its end, or a clause or phrase that describes the body.
    private static bool EndsThePhrase(ReadOnlySpan<char> w) =>
        w is "," or "." or ";" or ":" or ")" or "that" or "which" or "whose" or "based" or "founded" or "run" or "led" or "linked"
            or "known" or "backed" or "owned" or "with" or "in" or "from";

    private static bool IsNameWord(ReadOnlySpan<char> w) => w.Length > 1 && char.IsUpper(w[0]) && NewsSpanRules.IsLetters(w.TrimEnd('.'));

    private static bool HasInnerCapital(ReadOnlySpan<char> w) => w.Length > 2 && w[1..].IndexOfAnyInRange('A', 'Z') >= 0 && char.IsLower(w[1]);
}
