using Dossier.Core;
using Dossier.Core.Entities;

namespace Dossier.Language.Entities;

/// <summary>Span rules for where an organisation's name starts and ends: an event named after its organiser, an acronym in
/// brackets beside a body's name, a body "of" two things joined by "and", a title after a body's name, two names of one
/// body joined by a dash, a body named for what it is to do.</summary>
/// <remarks>Each rule looks at the organisations the tagger and the earlier rules found in one sentence
/// (<c>output[firstOutput..]</c>, in text order) and keeps that order; a sentence without one costs a pass over its mentions.</remarks>
internal static class BodyEdges
{
    /// <summary>Runs the rules over the organisations in <c>output[firstOutput..]</c>, last to first, as a rule may add or
    /// remove mentions from the one it looks at onwards.</summary>
    public static void Apply(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int m = output.Count - 1; m >= firstOutput; m--)
        {
            if (output[m].Type != EntityType.Org)
            {
                continue;
            }
            int t = starts.BinarySearch(output[m].Span.Start);
            int last = ends.BinarySearch(output[m].Span.End);
            if (t < 0 || last < t)
            {
                continue;
            }
            if (EventNamedAfterItsOrganiser(recognizer.Gazetteer, text, starts, ends, output, m, t, last))
            {
                continue;
            }
            if (TitleAfterKnownBody(recognizer.Gazetteer, text, starts, ends, output, m, t, last))
            {
                continue;
            }
            if (BodyOfTwoThings(recognizer.Gazetteer, text, starts, ends, output, firstOutput, m, t, last))
            {
                last = ends.BinarySearch(output[m].Span.End); // the body's acronym may follow its longer name
            }
            if (BodyJoinedOverADash(text, starts, ends, output, firstOutput, m, t, last))
            {
                continue;
            }
            if (BodyToDoSomething(recognizer.Gazetteer, text, starts, ends, output, firstOutput, m, last))
            {
                continue;
            }
            AcronymInBracketsBeside(text, starts, ends, output, firstOutput, m, t, last);
        }
    }

    /// <summary>"the Global Coalition to Counter ISIL", "the Committee to Protect Journalists": a body ending in its head, "to"
    /// and two to four capitalised words, the first a title-case word no known name opens, is one body named for its purpose,
    /// in prose (a title-case headline writes "Safety Board to Review Crash Rules"), where nothing but a piece of it the
    /// tagger typed a body is named there and nothing capitalised follows.</summary>
    private static bool BodyToDoSomething(Gazetteer gazetteer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput, int m, int last)
    {
        int n = starts.Length;
        if (last + 3 >= n || EntityRecognizer.Word(text, starts, ends, last + 1) is not "to"
            || !EntityHeads.IsOrganisationHead(EntityRecognizer.Word(text, starts, ends, last)))
        {
            return false;
        }
        int r = last + 2;
        var verb = EntityRecognizer.Word(text, starts, ends, r);
        if (verb.Length < 3 || !char.IsUpper(verb[0]) || !char.IsLower(verb[1]) || RoleWords.IsRoleWord(verb) || gazetteer.TryMatch(text, starts, ends, r, out _))
        {
            return false;
        }
        int end = r + 1;
        while (end < n && end - r < 4 && EntityRecognizer.IsCapitalisedWord(text, starts[end], ends[end]) && char.IsLetter(text[starts[end]]))
        {
            end++;
        }
        if (end == r + 1 || end < n && EntityRecognizer.IsCapitalisedWord(text, starts[end], ends[end]))
        {
            return false;
        }
        for (int k = m + 1; k < output.Count && output[k].Span.Start < ends[end - 1]; k++)
        {
            if (output[k].Type != EntityType.Org)
            {
                return false;
            }
        }
        bool prose = false;
        for (int k = 0; k < n && !prose; k++)
        {
            prose = ends[k] - starts[k] >= 4 && char.IsLower(text[starts[k]]);
        }
        return prose && EntityRecognizer.ReplaceInside(output, firstOutput, output[m].Span.Start, ends[end - 1], EntityType.Org);
    }

    /// <summary>"the Jordan Armed Forces – Arab Army", "Combined Joint Task Force - Operation Inherent Resolve": a body ending
    /// in its head, a dash between spaces and a second body's name (or capitalised words nothing names) are one body's
    /// name, where nothing capitalised follows.</summary>
    private static bool BodyJoinedOverADash(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output,
        int firstOutput, int m, int t, int last)
    {
        int n = starts.Length;
        if (last == t || last + 3 >= n || EntityRecognizer.Word(text, starts, ends, last + 1) is not ("-" or "\u2013" or "\u2014")
            || starts[last + 1] != ends[last] + 1 || starts[last + 2] != ends[last + 1] + 1
            || !EntityHeads.IsOrganisationHead(EntityRecognizer.Word(text, starts, ends, last)))
        {
            return false;
        }
        int r = last + 2;
        int end = r;
        while (end < n && end - r < 4 && EntityRecognizer.IsCapitalisedWord(text, starts[end], ends[end]) && char.IsLetter(text[starts[end]])
            && (end == r || starts[end] == ends[end - 1] + 1))
        {
            end++;
        }
        if (end - r < 2 || end < n && EntityRecognizer.IsCapitalisedWord(text, starts[end], ends[end]))
        {
            return false;
        }
        // The words after the dash: a body the tagger named whole, or nothing named at all.
        bool body = m + 1 < output.Count && output[m + 1].Span.Start == starts[r] && output[m + 1].Span.End == ends[end - 1]
            && output[m + 1].Type == EntityType.Org && EntityHeads.IsOrganisationHead(EntityRecognizer.Word(text, starts, ends, end - 1));
        bool free = m + 1 == output.Count || output[m + 1].Span.Start >= ends[end - 1];
        return (body || free) && EntityRecognizer.ReplaceInside(output, firstOutput, starts[t], ends[end - 1], EntityType.Org);
    }

    // Words that end the name of a meeting, a show or a prize, none of which is a body ("the Google Science Fair", "the NATO
    // Istanbul Summit", "the BAFTA Award for Best Actress"). "Conference" names a body too ("Italian Episcopal Conference"),
    // so only "… Conference on …" counts.
    private static bool IsEventHead(ReadOnlySpan<char> w) =>
        w is "Fair" or "Summit" or "Expo" or "Festival" or "Championship" or "Championships" or "Convention" or "Award" or "Awards"
            or "Prize" or "Tournament";

    /// <summary>"the Google Science Fair", "the NATO Istanbul Summit", "the Brussels Conference on Syria": an organisation the
    /// tagger found that ends in a word for an event (or holds one before "for", "on", "of") names the event, none of the
    /// recogniser's types; the known names inside it are named alone, and an acronym that opens it is the organiser.</summary>
    private static bool EventNamedAfterItsOrganiser(Gazetteer gazetteer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int m, int t, int last)
    {
        int e = -1;
        for (int k = t + 1; k <= last; k++)
        {
            var w = EntityRecognizer.Word(text, starts, ends, k);
            if (w.Length < 4 || !char.IsUpper(w[0]))
            {
                continue;
            }
            var next = k < last ? EntityRecognizer.Word(text, starts, ends, k + 1) : default;
            if (IsEventHead(w) && (k == last || next is "for" or "on" or "of") || w is "Conference" && next is "on")
            {
                e = k;
                break;
            }
        }
        // The tagger may stop right before the event's word ("Northern Arena Esports | Championship").
        if (e < 0 && last + 1 < starts.Length && starts[last + 1] == ends[last] + 1 && IsEventHead(EntityRecognizer.Word(text, starts, ends, last + 1))
            && (last + 2 == starts.Length || !EntityRecognizer.IsCapitalisedWord(text, starts[last + 2], ends[last + 2]))
            && (m + 1 == output.Count || output[m + 1].Span.Start >= ends[last + 1]))
        {
            e = last + 1;
        }
        if (e < 0)
        {
            return false;
        }
        // The known names inside stand alone, as inside any description ("Brussels", "Syria"); an unknown acronym that opens
        // the event is its organiser ("BAFTA").
        output.RemoveAt(m);
        int at = m;
        for (int k = t; k <= last;)
        {
            if (gazetteer.TryMatch(text, starts, ends, k, out var match) && k + match.TokenCount - 1 <= last)
            {
                output.Insert(at++, new EntityMention(new TextSpan(match.Start, match.End), gazetteer[match.Entry].Type));
                k += match.TokenCount;
                continue;
            }
            var w = EntityRecognizer.Word(text, starts, ends, k);
            if (k == t && w.Length is >= 2 and <= 6 && EntityRecognizer.IsAllUpperLetters(w))
            {
                output.Insert(at++, new EntityMention(new TextSpan(starts[k], ends[k]), EntityType.Org));
            }
            k++;
        }
        return true;
    }

    // Words of a title the tagger reads on into after a body's name, besides RoleWords (which the tagger's training reads,
    // so it is not grown here): "NASA Administrator", "EU High Representative".
    private static bool IsTitleWordAfterBody(ReadOnlySpan<char> w) =>
        w is "Administrator" or "High" || RoleWords.IsTitleWord(w);

    /// <summary>"Our NASA Administrator, Bill Nelson", "the UN High Commissioner for Refugees": an organisation the tagger read
    /// on from a known body (or country) into title words is the body alone; the title is a role.</summary>
    private static bool TitleAfterKnownBody(Gazetteer gazetteer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int m, int t, int last)
    {
        var lastWord = EntityRecognizer.Word(text, starts, ends, last);
        if (last == t || !IsTitleWordAfterBody(lastWord))
        {
            return false;
        }
        // The title must end here or run on into a title's head after the span ("UN High | Commissioner").
        bool titleEnds = lastWord is "Administrator" || RoleWords.IsTitleHead(lastWord)
            || last + 1 < starts.Length && RoleWords.IsTitleHead(EntityRecognizer.Word(text, starts, ends, last + 1));
        if (!titleEnds)
        {
            return false;
        }
        int k = last;
        while (k > t && IsTitleWordAfterBody(EntityRecognizer.Word(text, starts, ends, k)))
        {
            k--;
        }
        // k is the known body's last word.
        if (gazetteer.TryLookup(text, starts, ends, t, k + 1, out var entry) && entry.Type is EntityType.Org or EntityType.Gpe)
        {
            output[m] = new EntityMention(new TextSpan(starts[t], ends[k]), entry.Type);
            return true;
        }
        return false;
    }

    /// <summary>"the Office of Science and Technology Policy", "the Union of Rationalist Atheists and Agnostics": a body's
    /// head, "of" and capitalised words the tagger ended before "and" go on over "and" to the capitalised words after it
    /// (and an "of" phrase after those), when nothing is named there and nothing capitalised follows.</summary>
    /// <remarks>Not when the words after "of" are a known name ("the Bank of England and Treasury") or those after "and" open
    /// one, hold an article, a title or a body's own head ("the Ministry of Defence and Coast Guard" are two).</remarks>
    private static bool BodyOfTwoThings(Gazetteer gazetteer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput, int m, int t, int last)
    {
        int n = starts.Length;
        if (last + 2 >= n || EntityRecognizer.Word(text, starts, ends, last + 1) is not "and")
        {
            return false;
        }
        int of = -1;
        for (int k = t + 1; k < last; k++)
        {
            if (EntityRecognizer.Word(text, starts, ends, k) is "of")
            {
                of = k;
                break;
            }
        }
        if (of < 0 || !EntityHeads.IsOrganisationHead(EntityRecognizer.Word(text, starts, ends, of - 1))
            || gazetteer.TryLookup(text, starts, ends, of + 1, last + 1, out _))
        {
            return false;
        }
        int r = last + 2;
        int end = r;
        while (end < n && end - r < 3 && starts[end] == ends[end - 1] + 1 && EntityRecognizer.IsCapitalisedWord(text, starts[end], ends[end])
            && char.IsLetter(text[starts[end]]))
        {
            var w = EntityRecognizer.Word(text, starts, ends, end);
            if (RoleWords.IsTitleWord(w) || Gazetteer.IsArticle(w) || w is "The" || EntityHeads.IsOrganisationHead(w))
            {
                break;
            }
            end++;
        }
        if (end == r || gazetteer.TryMatch(text, starts, ends, r, out _)
            || m + 1 < output.Count && output[m + 1].Span.Start < ends[end - 1])
        {
            return false;
        }
        if (end + 1 < n && EntityRecognizer.Word(text, starts, ends, end) is "of" && EntityRecognizer.IsCapitalisedWord(text, starts[end + 1], ends[end + 1]))
        {
            int k = end + 1;
            while (k < n && k - end <= 3 && EntityRecognizer.IsCapitalisedWord(text, starts[k], ends[k]) && char.IsLetter(text[starts[k]]))
            {
                k++;
            }
            end = k;
        }
        // The name ends here: a capitalised word after it other than a title ("… Policy Acting Director") is another reading.
        if (end < n && EntityRecognizer.IsCapitalisedWord(text, starts[end], ends[end]) && !RoleWords.IsTitleWord(EntityRecognizer.Word(text, starts, ends, end)))
        {
            return false;
        }
        return EntityRecognizer.ReplaceInside(output, firstOutput, starts[t], ends[end - 1], EntityType.Org);
    }

    /// <summary>"the Computing Research Association (CRA)", "CEI (Italian Episcopal Conference)": a word in capitals alone in
    /// brackets right after an organisation, or right before one that fills the brackets, is that body's acronym, whether or
    /// not its letters spell the name (a translated body's do not).</summary>
    private static void AcronymInBracketsBeside(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output,
        int firstOutput, int m, int t, int last)
    {
        int n = starts.Length;
        bool after = last + 3 < n && EntityRecognizer.Word(text, starts, ends, last + 1) is "(" or "[";
        bool before = t >= 3 && last + 1 < n && EntityRecognizer.Word(text, starts, ends, t - 1) is "(";
        if (!after && !before || !EndsInBodysHead(text, starts, ends, t, last))
        {
            return;
        }
        // "Task Force (CTF) 50": a figure after the brackets goes with the name, which the acronym only interrupts.
        if (after && EntityRecognizer.Word(text, starts, ends, last + 3) is ")" or "]"
            && (last + 4 == n || !char.IsDigit(text[starts[last + 4]]))
            && IsBracketedAcronym(EntityRecognizer.Word(text, starts, ends, last + 2))
            && (m + 1 == output.Count || output[m + 1].Span.Start >= ends[last + 2]))
        {
            output.Insert(m + 1, new EntityMention(new TextSpan(starts[last + 2], ends[last + 2]), EntityType.Org));
        }
        // Before the brackets: not a sentence's first word, which may be a dateline's place ("OSLO (Nordic Wire)").
        if (before && EntityRecognizer.Word(text, starts, ends, last + 1) is ")"
            && IsBracketedAcronym(EntityRecognizer.Word(text, starts, ends, t - 2))
            && (m == firstOutput || output[m - 1].Span.End <= starts[t - 2]))
        {
            output.Insert(m, new EntityMention(new TextSpan(starts[t - 2], ends[t - 2]), EntityType.Org));
        }
    }

    // A body's head ends the name, or stands before its first "of" or "for" ("Union of …", "Office for …"): the acronym of a
    // term in brackets ("Geographic Information Systems (GIS)", "Compact Fluorescent Light (CFL)") names no body.
    private static bool EndsInBodysHead(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t, int last)
    {
        int head = last;
        for (int k = t + 1; k < last; k++)
        {
            if (EntityRecognizer.Word(text, starts, ends, k) is "of" or "for")
            {
                head = k - 1;
                break;
            }
        }
        var w = EntityRecognizer.Word(text, starts, ends, head);
        return EntityHeads.IsStrongOrganisationHead(w)
            || w is "Union" or "Party" or "Movement" or "Conference" or "League" or "Organization" or "Organisation" or "Alliance"
                or "Coalition" or "Front" or "Confederation";
    }

    // Two to eight capitals and figures, at least two capitals, no title ("CEO"): "CRA", "M5S", "UNMIK".
    private static bool IsBracketedAcronym(ReadOnlySpan<char> w)
    {
        if (w.Length is < 2 or > 8 || !char.IsUpper(w[0]))
        {
            return false;
        }
        int capitals = 0;
        foreach (char c in w)
        {
            if (c is >= 'A' and <= 'Z')
            {
                capitals++;
            }
            else if (c is not (>= '0' and <= '9'))
            {
                return false;
            }
        }
        return capitals >= 2 && !RoleWords.IsRoleWord(w);
    }
}
