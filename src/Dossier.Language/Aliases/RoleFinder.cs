using System.Collections.Frozen;
using Dossier.Core;
using Dossier.Core.Entities;
using Dossier.Language.Entities;

namespace Dossier.Language.Aliases;

/// <summary>Finds the role or title the text gives a person at one mention: a pre-modifier ("White House spokesman") or an apposition (", an expert at ...,").</summary>
internal static class RoleFinder
{
    private const int MaxAppositionTokens = 16;

    /// <summary>The words before the name that form its title, e.g. "South Korean Defense Minister"; null if none.</summary>
    /// <param name="first">The mention's first token.</param>
    /// <param name="sentenceFirst">The first token of the mention's sentence.</param>
    public static TextSpan? Premodifier(Document document, int first, int sentenceFirst, CommonWords? common)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        int j = first - 1;
        int start = first;
        // "Lawyer Peter Ochieng, who represented them,", "Negotiator Lars Okland said": a noun for a person opening the
        // sentence is the name's role.
        if (j == sentenceFirst && Word(document, j) is var opener && opener.Length is > 2 and < 17 && char.IsUpper(opener[0]) && char.IsLower(opener[1]))
        {
            Span<char> lower = stackalloc char[opener.Length];
            opener.ToLowerInvariant(lower);
            if (NewsSpanRules.IsPersonNoun(lower) || !s_openers.Contains(opener) && RoleWords.IsAgentNoun(lower, common))
            {
                return new TextSpan(tokens.Starts[j], tokens.Ends[j]);
            }
        }
        while (j >= sentenceFirst)
        {
            var w = text.AsSpan(tokens.Starts[j], tokens.Ends[j] - tokens.Starts[j]);
            // "on Thursday when Mrs Justice Marsh": a day or a month is when, never part of a title.
            if (NewsSpanRules.IsCalendarWord(w))
            {
                break;
            }
            if (RoleWords.IsRoleWord(w) || IsCapitalised(w) || w is "'s" or "\u2019s")
            {
                start = j;
                j--;
                continue;
            }
            // "Safety Board member Alvin Brooks": "member" right before the name, after the body's name, is the role's head.
            if (j == first - 1 && j > sentenceFirst && w is "member" && IsCapitalised(Word(document, j - 1)))
            {
                start = j;
                j--;
                continue;
            }
            // "EU competition commissioner", "Sunrise managing director": one lower-case word between the title's field and
            // its role words belongs to the title.
            // Not a verb: "The Kremlin said President Putin" has no title "Kremlin said President".
            // Nor before "former", "acting", "then", which open a title ("Police charged former state governor X").
            if (start < first && j > sentenceFirst && w.Length > 2 && char.IsLower(w[0]) && NewsSpanRules.IsLetters(w) && !IsSmall(w) && !NewsSpanRules.IsReportingVerb(w)
                && RoleWords.IsRoleWord(Word(document, j + 1)) && Word(document, j + 1) is not ("former" or "acting" or "then")
                && Word(document, j - 1) is var field && (IsCapitalised(field) && !s_openers.Contains(field) && !IsPastAfterName(w) && !NewsSpanRules.IsCalendarWord(field)
                    || field is "'s" or "\u2019s"))
            {
                start = j;
                j--;
                continue;
            }
            // "Chinese foreign ministry spokesperson": two lower-case words between the field and the role word, likewise.
            if (start < first && j - 1 > sentenceFirst && w.Length > 2 && char.IsLower(w[0]) && NewsSpanRules.IsLetters(w) && !IsSmall(w)
                && RoleWords.IsRoleWord(Word(document, j + 1)) && Word(document, j - 1) is var second && second.Length > 2
                && char.IsLower(second[0]) && NewsSpanRules.IsLetters(second) && !IsSmall(second) && !NewsSpanRules.IsReportingVerb(second)
                && !IsPastAfterName(w) && !IsAuxiliary(second)
                && Word(document, j - 2) is var outer && (IsCapitalised(outer) && !s_openers.Contains(outer) || outer is "'s" or "\u2019s"))
            {
                start = j - 1;
                j -= 2;
                continue;
            }
            // "Rio Grande do Sul Governor": a name particle between capitalised words belongs to the place in the title.
            if (j > sentenceFirst && j + 1 < first && NameParticles.Contains(w) && IsCapitalised(Word(document, j - 1)) && IsCapitalised(Word(document, j + 1)))
            {
                j--;
                continue;
            }
            // "Ambassador to the United Nations", "Chairman of the Joint Chiefs": small words inside a title, after its head.
            // Not right before the name: "A spokeswoman for Vereinigung Cockpit" speaks for the body, whose role it is not.
            if (IsSmall(w) && j < first - 1)
            {
                int k = j;
                while (k > sentenceFirst && IsSmall(Word(document, k)))
                {
                    k--;
                }
                if (k < j && RoleWords.IsRoleHead(Word(document, k)))
                {
                    j = k;
                    continue;
                }
                // "Bank of France governor": a body "X of Y" before the title is its field, whole.
                // Not where the words after "of" are a whole title: "the ruling Unity Party of Prime Minister Hanna Renner" is
                // the leader's party, and her role "Prime Minister".
                if (k < j && start < first && j + 1 < first && Word(document, j) is "of" or "the" && IsCapitalised(Word(document, j + 1))
                    && char.IsUpper(Word(document, k)[0]) && EntityHeads.IsOrganisationHead(Word(document, k))
                    && !IsCapitalisedTitle(document, j + 1, first))
                {
                    j = k;
                    continue;
                }
            }
            break;
        }
        // A sentence adverb or function word opening the sentence ("Earlier", "Meanwhile", "After") is not part of a
        // title; any other capitalised word there is the title's field ("Civil Protection Minister", "Health Minister").
        if (start == sentenceFirst && start < first)
        {
            var w = Word(document, start);
            if (!RoleWords.IsRoleWord(w) && (s_openers.Contains(w) || common is not null && common.Contains(TextHash.Lower(w)) && w.EndsWith("ly", StringComparison.Ordinal)))
            {
                start++;
            }
        }
        while (start < first && !IsTitleWord(Word(document, start)))
        {
            start++;
        }
        if (start >= first || !HasHead(document, start, first) && Word(document, first - 1) is not "member")
        {
            return null;
        }
        var span = new TextSpan(tokens.Starts[start], tokens.Ends[first - 1]);
        // "Chairman of the Joint Chiefs of Staff, US General Mark Milley": a title clause before a comma joins the role.
        int comma = start - 1;
        if (comma > sentenceFirst && text.AsSpan(tokens.Starts[comma], tokens.Ends[comma] - tokens.Starts[comma]) is ",")
        {
            int k = comma - 1;
            while (k >= sentenceFirst)
            {
                var w = text.AsSpan(tokens.Starts[k], tokens.Ends[k] - tokens.Starts[k]);
                if (!(IsCapitalised(w) || w is "of" or "the" or "and" or "for" or "to" or "'s" or "\u2019s"))
                {
                    break;
                }
                k--;
            }
            int clauseStart = k + 1;
            if (clauseStart == sentenceFirst && clauseStart < comma
                && RoleWords.IsRoleHead(text.AsSpan(tokens.Starts[clauseStart], tokens.Ends[clauseStart] - tokens.Starts[clauseStart])))
            {
                span = new TextSpan(tokens.Starts[clauseStart], span.End);
            }
        }
        return span;
    }

    /// <summary>The title a name stands in apposition to, before it and set off by commas on both sides ("Sierra Leone's
    /// ambassador, Fatmata Kamara, said", "His lawyer, Grace Otieno,", "Vietnam's envoy to the UN, Tran Van Duc,"); null if none.</summary>
    /// <remarks>The phrase runs back from the comma to the sentence's start or to a determiner ("his", "the", "a"), which is
    /// left out; its head is a role or a noun for a person, followed only by "to/of/for the" and capitalised words.</remarks>
    public static TextSpan? BeforeComma(Document document, int first, int last, int sentenceFirst, int sentenceEnd)
    {
        var tokens = document.Tokens;
        int comma = first - 1;
        // "Halvorsen's chief medical officer, Dr. Omar al-Farouq,": a title of address stands between the comma and the name.
        while (comma > sentenceFirst && Word(document, comma) is "Dr." or "Dr" or "Prof." or "Prof" or "Mr" or "Mr." or "Ms" or "Ms." or "Mrs" or "Mrs."
            or "Sheikh" or "Sir" or "Dame")
        {
            comma--;
        }
        if (comma - 1 < sentenceFirst || last + 1 >= sentenceEnd || Word(document, comma) is not "," || Word(document, last + 1) is not ",")
        {
            return null;
        }
        int head = comma - 1;
        while (head > sentenceFirst && comma - head < 6 && (IsCapitalised(Word(document, head)) || IsSmall(Word(document, head))))
        {
            head--;
        }
        var h = Word(document, head);
        if (!RoleWords.IsRoleHead(h) && !NewsSpanRules.IsPersonNoun(h) && !IsDesignate(h))
        {
            return null;
        }
        int start = head;
        while (start > sentenceFirst && head - start < 6)
        {
            var w = Word(document, start - 1);
            // "a Kathmandu agency whose chief executive, Dawa Lama,": the role is what follows "whose", of the body before it.
            if (IsDeterminer(w) || w is "whose")
            {
                break;
            }
            if (w.Length == 0 || !(char.IsLetter(w[0]) || w is "'s" or "\u2019s"))
            {
                return null;
            }
            start--;
        }
        if (start > sentenceFirst && !IsDeterminer(Word(document, start - 1)) && Word(document, start - 1) is not "whose")
        {
            return null;
        }
        return new TextSpan(tokens.Starts[start], tokens.Ends[comma - 1]);
    }

    private static bool IsDeterminer(ReadOnlySpan<char> w) =>
        w is "the" or "The" or "a" or "A" or "an" or "An" or "his" or "His" or "her" or "Her" or "its" or "Its" or "their" or "Their"
            or "our" or "Our" or "my" or "My";

    /// <summary>"Ms", "Mr", "Mrs": a courtesy title says nothing of a person's role.</summary>
    public static bool IsCourtesyTitle(ReadOnlySpan<char> w) => w is "Mr" or "Mr." or "Mrs" or "Mrs." or "Ms" or "Ms." or "Miss" or "Mx" or "Mx.";

    /// <summary>"Dr.", "Prof.": an academic title of address, which says how to address a person, not what they do.</summary>
    public static bool IsHonorific(ReadOnlySpan<char> w) => w is "Dr." or "Dr" or "Prof." or "Prof";

    /// <summary>A role span without a courtesy title or a trailing "Dr."/"Prof." ("FDA commissioner Dr." → "FDA
    /// commissioner"); null when nothing else is left.</summary>
    public static TextSpan? WithoutCourtesy(Document document, TextSpan? role)
    {
        if (role is not { } span)
        {
            return null;
        }
        var tokens = document.Tokens;
        int from = tokens.IndexAtOrAfter(span.Start);
        int to = from;
        while (to < tokens.Count && tokens.Ends[to] <= span.End)
        {
            to++;
        }
        // "Sir", "Dame": a knighthood is a style of address too ("Former owner Sir Derek Whitcombe" → "Former owner").
        while (to > from && (IsCourtesyTitle(Word(document, to - 1)) || Word(document, to - 1) is "Sir" or "Dame"
            || to - 1 > from && IsHonorific(Word(document, to - 1))))
        {
            to--;
        }
        return to > from ? new TextSpan(tokens.Starts[from], tokens.Ends[to - 1]) : null;
    }

    /// <summary>An apposition right after the name, e.g. ", an expert at the Ukrainian Prism Foreign Policy Council,"; null if none.</summary>
    /// <param name="last">The mention's last token.</param>
    /// <param name="sentenceEnd">One past the last token of the mention's sentence.</param>
    public static TextSpan? Apposition(Document document, int last, int sentenceEnd)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        int comma = last + 1;
        if (comma + 1 >= sentenceEnd || Word(document, comma) is not ",")
        {
            return null;
        }
        int from = comma + 1;
        var firstWord = Word(document, from);
        // ", its director general,": a possessive opens the apposition as an article does and is left out with it.
        bool article = firstWord is "a" or "an" or "the" or "A" or "An" or "The" or "its" or "his" or "her" or "their";
        if (!article && !RoleWords.IsRoleWord(firstWord) && !IsCapitalised(firstWord))
        {
            return null;
        }
        int to = from;
        bool relative = false;
        while (to < sentenceEnd && to - from < MaxAppositionTokens)
        {
            var w = Word(document, to);
            if (w is "," or "." or ";" or ":" or "\"" or "\u201C" or "\u201D" or "(" or ")")
            {
                break;
            }
            // ", a researcher at the museum who was not involved in the dig,": the clause describes the person; the role
            // ends before it.
            if (to > from + 1 && w is "who" or "whose" or "which")
            {
                relative = true;
                break;
            }
            to++;
        }
        if (to == from || to - from >= MaxAppositionTokens)
        {
            return null;
        }
        if (!relative && to < sentenceEnd && Word(document, to) is not ("," or "." or ";"))
        {
            return null;
        }
        if (!HasHead(document, from, to) || HoldsAPerson(document, tokens.Starts[from], tokens.Ends[to - 1]))
        {
            return null;
        }
        if (article)
        {
            from++;
        }
        return from < to ? new TextSpan(tokens.Starts[from], tokens.Ends[to - 1]) : null;
    }

    // "Another Idris, the camp's elected leader Adam Idris, said": an apposition that names a person is that person, not a
    // role of the name before it.
    private static bool HoldsAPerson(Document document, int start, int end)
    {
        var mentions = document.Mentions;
        for (int m = 0; m < mentions.Count; m++)
        {
            var span = mentions[m].Span;
            if (span.Start >= start && span.End <= end && mentions[m].Type == EntityType.Person)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A role as stored on an entity: the span's text with single spaces.</summary>
    public static string Text(Document document, TextSpan span)
    {
        var raw = document.Slice(span);
        return string.Join(' ', raw.Split([' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries)).Replace('\u2019', '\'');
    }

    private static ReadOnlySpan<char> Word(Document document, int t) =>
        document.Text.AsSpan(document.Tokens.Starts[t], document.Tokens.Ends[t] - document.Tokens.Starts[t]);

    // "chairman-designate", "president-elect": the title before the hyphen heads the role.
    private static bool IsDesignate(ReadOnlySpan<char> w)
    {
        int hyphen = w.IndexOf('-');
        return hyphen > 2 && w[(hyphen + 1)..] is "designate" or "elect" && RoleWords.IsRoleHead(w[..hyphen]);
    }

    private static bool HasHead(Document document, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            var w = Word(document, t);
            if (RoleWords.IsRoleHead(w) || IsDesignate(w))
            {
                return true;
            }
        }
        return false;
    }

    // Words that open sentences as adverbs, conjunctions, prepositions or determiners: never a title's first word.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_openers = new[]
    {
        "After", "Before", "When", "While", "Whereas", "If", "As", "But", "And", "Or", "Nor", "So", "Then", "Since",
        "Because", "Although", "Though", "Until", "Once", "With", "Without", "For", "From", "To", "At", "In", "On", "By",
        "Under", "Like", "Unlike", "Even", "Only", "Both", "Also", "Now", "Yet", "Still", "Thus", "Hence", "Meanwhile",
        "Earlier", "Later", "However", "Instead", "Elsewhere", "Today", "Yesterday", "Tonight", "Last", "Next", "This",
        "That", "These", "Those", "There", "Here", "Where", "Why", "How", "What", "Who", "Which", "Despite", "During",
        "Amid", "Among", "Against", "Following", "Ahead", "According", "Asked", "Speaking", "Again", "Already", "Indeed",
        "Not", "No", "Every", "Each", "All", "Some", "Many", "Most", "Other", "Another", "Such", "Over", "About", "Around",
        "Between", "Through", "Into", "Upon", "Whether", "Unless", "Otherwise", "Nevertheless", "Nonetheless", "Moreover",
        "Furthermore", "Besides", "Overall", "Above", "Below", "Beyond", "Within", "Outside", "Inside", "Toward", "Towards",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // "Ferencváros dismissed head coach Jan Novak": a past form after a name is the sentence's verb, no field of the title
    // (after a possessive it is: "the camp's elected leader").
    private static bool IsPastAfterName(ReadOnlySpan<char> w) => w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal);

    // "Harwick Albion have sacked manager X": a verb's auxiliary between the body and the title ends the title there.
    private static bool IsAuxiliary(ReadOnlySpan<char> w) =>
        w is "have" or "has" or "had" or "is" or "are" or "was" or "were" or "will" or "would" or "can" or "could" or "may" or "might"
            or "must" or "shall" or "should" or "did" or "does" or "been" or "being";

    // Tokens [from, to) are capitalised title words only ("Prime Minister", "Foreign Minister").
    private static bool IsCapitalisedTitle(Document document, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            var w = Word(document, t);
            if (!IsCapitalised(w) || !RoleWords.IsTitleWord(w))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsSmall(ReadOnlySpan<char> w) => w is "of" or "to" or "the" or "for" or "and";

    private static bool IsTitleWord(ReadOnlySpan<char> w) => RoleWords.IsRoleWord(w) || IsCapitalised(w);

    private static bool IsCapitalised(ReadOnlySpan<char> w) =>
        w.Length > 0 && char.IsUpper(w[0]) && !Gazetteer.IsArticle(w) && !Entities.Pronouns.IsPronoun(w);
}
