using Dossier.Core;
using Dossier.Core.Entities;
using static Dossier.Language.Entities.EntityRecognizer;

namespace Dossier.Language.Entities;

/// <summary>Sentence rules for the ways a person is addressed: "Ms Price said" and "Hi Kat!" name a person, "Madam Speaker"
/// names none.</summary>
/// <remarks>Run after the tagger and the other sentence rules, on one sentence's tokens; no allocation.</remarks>
internal static class FormsOfAddress
{
    internal static void Apply(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        NoOfficeAddressedAsPerson(text, starts, ends, output, firstOutput);
        SurnameAfterCourtesyTitle(recognizer, text, starts, ends, output, firstOutput);
        NameAfterGreeting(recognizer, text, starts, ends, output, firstOutput);
    }

    /// <summary>"Hi Kat!", "Thanks Judy.", "Hey Ginny," she said, "Dear Katherine:": one or two name words between
    /// a greeting that opens the sentence (or a quotation) and a stop or comma are the person greeted.</summary>
    /// <remarks>Only words that could be a name by themselves (no ordinary word, no role, no known place: "Hello London!"
    /// greets a crowd, "Dear Sir" no one by name; no word of kin, "Dear Mum"), and only before ",", "!", ".", "?", ":" or the
    /// sentence's end ("Hello Kitty bags" is a brand).</remarks>
    internal static void NameAfterGreeting(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        int n = starts.Length;
        int g = n > 2 && EntityRecognizer.IsOpener(EntityRecognizer.Word(text, starts, ends, 0)) ? 1 : 0;
        if (g + 1 >= n || !IsGreeting(EntityRecognizer.Word(text, starts, ends, g)) || !recognizer.IsNamePart(text, starts, ends, g + 1))
        {
            return;
        }
        int last = g + 1;
        if (last + 1 < n && recognizer.IsNamePart(text, starts, ends, last + 1))
        {
            last++;
        }
        if (last + 1 < n && EntityRecognizer.Word(text, starts, ends, last + 1) is not ("," or "!" or "." or "?" or ":"))
        {
            return;
        }
        int from = starts[g + 1];
        int to = ends[last];
        if (IsKinWord(EntityRecognizer.Word(text, starts, ends, g + 1)) || recognizer.Gazetteer.TryLookup(text, starts, ends, g + 1, last + 1, out _))
        {
            return;
        }
        // The tagger may have read the greeting into the name ("Hey Orla" as a place); a mention reaching outside the greeting
        // and the name is left to it.
        for (int m = firstOutput; m < output.Count; m++)
        {
            var span = output[m].Span;
            if (span.End > starts[g] && span.Start < to && (span.Start < starts[g] || span.End > to || output[m].Type == EntityType.Person))
            {
                return;
            }
        }
        ReplaceCovering(output, firstOutput, starts[g], from, to);
    }

    /// <summary>"Thank you, Madam Speaker", "Mister President, the nation waits": a title of address before an office
    /// addresses the office's holder without naming anyone; the tagger's person over the title, the office or both goes.</summary>
    /// <remarks>Only "Madam", "Madame", "Mister", "Mr" and "Mr." before a title head ("Speaker", "Chair", "President"); a name
    /// after the office ("Mr President Macron") keeps the mentions that reach it.</remarks>
    internal static void NoOfficeAddressedAsPerson(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int m = output.Count - 1; m >= firstOutput; m--)
        {
            var span = output[m].Span;
            if (output[m].Type != EntityType.Person)
            {
                continue;
            }
            int first = starts.BinarySearch(span.Start);
            if (first < 0)
            {
                continue;
            }
            // The address is two tokens: the title and the office. The mention must lie inside them.
            int title = IsAddressTitle(EntityRecognizer.Word(text, starts, ends, first)) ? first : first - 1;
            if (title < 0 || title + 1 >= starts.Length || ends[title + 1] < span.End
                || !IsAddressTitle(EntityRecognizer.Word(text, starts, ends, title))
                || !RoleWords.IsTitleHead(EntityRecognizer.Word(text, starts, ends, title + 1))
                || !char.IsUpper(text[starts[title + 1]])
                || title + 2 < starts.Length && EntityRecognizer.IsCapitalisedWord(text, starts[title + 2], ends[title + 2]))
            {
                continue;
            }
            output.RemoveAt(m);
        }
    }

    /// <summary>"Ms Price denied the claim", "Dr Field will lead the trial", "Mrs Lake thanked them": the capitalised words
    /// right after a courtesy title are a person's name, though they are ordinary words the tagger leaves unnamed or reads
    /// as a place.</summary>
    /// <remarks>Titles "Mr", "Mrs", "Ms", "Mx", "Dr" (with or without a stop). The name is up to three title-case words or
    /// initials with no particle ("Mr de la Cruz" is left to the tagger and to the courtesy-slot rule), and no role head
    /// ("Mr Speaker"). Left alone: a title after a title-case word other than a role ("Elm Dr" is a street), a name that runs on into a
    /// fourth capitalised word, a mention reaching past the title and the name, and a phrase the gazetteer knows
    /// whole.</remarks>
    internal static void SurnameAfterCourtesyTitle(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        int n = starts.Length;
        for (int t = 0; t + 1 < n; t++)
        {
            // Cheap test first: every courtesy title opens with 'M' or 'D' and has at most four characters.
            int length = ends[t] - starts[t];
            char c = text[starts[t]];
            if (length > 4 || c is not ('M' or 'D') || !IsCourtesyTitle(EntityRecognizer.Word(text, starts, ends, t)))
            {
                continue;
            }
            if (t > 0 && IsTitleCase(EntityRecognizer.Word(text, starts, ends, t - 1)) && !RoleWords.IsRoleWord(EntityRecognizer.Word(text, starts, ends, t - 1)))
            {
                continue;
            }
            int last = t;
            while (last + 1 < n && last - t < 3 && IsNameWord(EntityRecognizer.Word(text, starts, ends, last + 1)))
            {
                last++;
            }
            if (last == t || last + 1 < n && EntityRecognizer.IsCapitalisedWord(text, starts[last + 1], ends[last + 1]))
            {
                t = last;
                continue;
            }
            int from = starts[t + 1];
            int to = ends[last];
            if (Settled(output, firstOutput, starts[t], from, to) || recognizer.Gazetteer.TryLookup(text, starts, ends, t, last + 1, out _))
            {
                t = last;
                continue;
            }
            ReplaceCovering(output, firstOutput, starts[t], from, to);
            t = last;
        }
    }

    // True when the mentions over the title and the name need nothing: one person exactly over the name, or a mention
    // reaching outside the title and the name (the tagger read a longer name; left to it).
    private static bool Settled(List<EntityMention> output, int firstOutput, int titleStart, int from, int to)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var span = output[m].Span;
            if (span.End <= titleStart || span.Start >= to)
            {
                continue;
            }
            if (span.Start < titleStart || span.End > to)
            {
                return true;
            }
            if (span.Start == from && span.End == to && output[m].Type == EntityType.Person)
            {
                return true;
            }
        }
        return false;
    }

    // Puts one person over [from, to) in place of the mentions inside [titleStart, to).
    private static void ReplaceCovering(List<EntityMention> output, int firstOutput, int titleStart, int from, int to)
    {
        int at = output.Count;
        for (int m = output.Count - 1; m >= firstOutput; m--)
        {
            var span = output[m].Span;
            if (span.End > titleStart && span.Start < to)
            {
                output.RemoveAt(m);
                at = m;
            }
            else if (span.Start >= to)
            {
                at = m;
            }
        }
        output.Insert(at, new EntityMention(new TextSpan(from, to), EntityType.Person));
    }

    private static bool IsCourtesyTitle(ReadOnlySpan<char> w) =>
        w is "Mr" or "Mr." or "Mrs" or "Mrs." or "Ms" or "Ms." or "Mx" or "Mx." or "Dr" or "Dr.";

    // Words of kin used as a name in address, which the name conventions leave unnamed.
    private static bool IsKinWord(ReadOnlySpan<char> w) =>
        w is "Mom" or "Mum" or "Mommy" or "Mummy" or "Mama" or "Dad" or "Daddy" or "Papa" or "Pa" or "Ma" or "Mother" or "Father"
            or "Gran" or "Granny" or "Grandma" or "Grandpa" or "Grandad" or "Granddad" or "Nana" or "Auntie" or "Aunty" or "Sis" or "Bro";

    private static bool IsGreeting(ReadOnlySpan<char> w) => w is "Hi" or "Hey" or "Hello" or "Dear" or "Thanks" or "Goodbye" or "Bye";

    private static bool IsAddressTitle(ReadOnlySpan<char> w) => w is "Madam" or "Madame" or "Mister" or "Mr" or "Mr.";

    // A title-case word that heads no role ("Mr Speaker"; "Dr Field" is a name, though "Field" opens "Field Marshal"), or an
    // initial ("Mrs. G.").
    private static bool IsNameWord(ReadOnlySpan<char> w) =>
        w.Length == 2 && char.IsAsciiLetterUpper(w[0]) && w[1] == '.'
        || IsTitleCase(w) && !RoleWords.IsRoleHead(w);
}
