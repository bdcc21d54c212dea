using Dossier.Core;
using Dossier.Core.Entities;
using static Dossier.Language.Entities.EntityRecognizer;

namespace Dossier.Language.Entities;

/// <summary>Span and type repairs after the tagger for shapes of news prose the tagger cuts or types wrongly: a place's
/// "-based" modifier before a firm, a numbered military unit, a long "X and Y … Authority" name and the acronym it is known
/// by, a one-word name in apposition to a body's noun, an expert's name after a lower-case field noun, a verb of saying
/// inside a body's name, and a group's or a team's name the tagger took for a person beside the group's noun.</summary>
internal static class NameShapes
{
    public static void Apply(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        // One pass over the tokens finds which shapes have anything to look at: a comma, a possessive, a capitalised word
        // after a lower-case word (a group's noun, "called") or after an ordinal, a capitalised word holding a hyphen and
        // ending like a participle, a generation's suffix, a party's noun after a capitalised word.
        bool capitalAfterLower = false, comma = false, numbered = false, hyphenated = false, possessive = false, suffix = false;
        bool afterBodyNoun = false, afterCalled = false, partyNoun = false, taskForce = false, afterStanding = false;
        for (int t = 0; t < starts.Length; t++)
        {
            char c = text[starts[t]];
            if (c == ',')
            {
                comma = true;
            }
            else if (c is '\'' or '\u2019' && ends[t] - starts[t] == 2 && t > 0)
            {
                possessive = true;
            }
            else if (char.IsUpper(c))
            {
                if (t > 0 && char.IsLower(text[starts[t - 1]]))
                {
                    capitalAfterLower = true;
                    var before = Word(text, starts, ends, t - 1);
                    afterBodyNoun |= IsTeamOrBodyNoun(before);
                    afterCalled |= before is "called" or "named" or "itself" or "themselves" or "as";
                    afterStanding |= IsPoliticalModifier(before);
                }
                numbered |= t > 0 && (char.IsAsciiDigit(text[starts[t - 1]]) || char.IsUpper(text[starts[t - 1]])) && IsOrdinal(Word(text, starts, ends, t - 1));
                hyphenated |= ends[t] - starts[t] >= 6 && text[ends[t] - 1] is 'd' or 'n' && text.AsSpan(starts[t], ends[t] - starts[t]).IndexOf('-') > 1;
                suffix |= ends[t] - starts[t] <= 4 && t > 0 && IsGenerationSuffix(Word(text, starts, ends, t));
                taskForce |= ends[t] - starts[t] >= 4 && text.AsSpan(starts[t], ends[t] - starts[t]).IndexOf('-') > 0;
            }
            else if (char.IsAsciiDigit(c))
            {
                taskForce |= t > 0 && char.IsUpper(text[starts[t - 1]]);
            }
            else if (t > 0 && char.IsUpper(text[starts[t - 1]]) && ends[t] - starts[t] is >= 4 and <= 9)
            {
                partyNoun |= IsPartyNoun(Word(text, starts, ends, t));
            }
        }
        if (numbered)
        {
            NumberedUnit(text, starts, ends, output, firstOutput);
        }
        if (taskForce)
        {
            NumberedTaskForce(text, starts, ends, output, firstOutput);
        }
        if (comma)
        {
            CoordinatedBodyName(recognizer.Gazetteer, text, starts, ends, output, firstOutput);
            AcronymKnownAs(text, starts, ends, output, firstOutput);
            NameInAppositionToBodyNoun(recognizer, text, starts, ends, output, firstOutput);
        }
        if (capitalAfterLower)
        {
            ExpertAfterFieldNoun(recognizer, text, starts, ends, output, firstOutput);
            NoReportingVerbInsideName(text, starts, ends, output, firstOutput);
        }
        if (possessive)
        {
            NameBeforeBodyNounAfterPossessive(recognizer, text, starts, ends, output, firstOutput);
            OfficeOfATitle(text, starts, ends, output, firstOutput);
        }
        if (possessive || capitalAfterLower)
        {
            NoPersonBeforeGroupNoun(text, starts, ends, output, firstOutput);
        }
        if (afterCalled)
        {
            NameAfterCallingItself(text, starts, ends, output, firstOutput);
        }
        if (capitalAfterLower)
        {
            NameAfterBodyNoun(text, starts, ends, output, firstOutput);
        }
        if (afterBodyNoun)
        {
            NameRunAfterBodyNoun(recognizer, text, starts, ends, output, firstOutput);
        }
        if (partyNoun)
        {
            PartyBeforeGroupNoun(recognizer, text, starts, ends, output, firstOutput);
        }
        if (afterStanding)
        {
            PartyAfterItsStanding(recognizer, text, starts, ends, output, firstOutput);
        }
        if (suffix)
        {
            GenerationSuffix(text, starts, ends, output, firstOutput);
        }
        if (hyphenated)
        {
            NoPlaceModifierInName(text, starts, ends, output, firstOutput);
        }
    }

    /// <summary>"Athens-based Kallisto Maritime", "the London-headquartered Harcastle Group", "German-born Anna Weiss": a
    /// capitalised word joined by a hyphen to a participle of where a firm sits or who owns it opens no name; the name is
    /// what follows it.</summary>
    private static void NoPlaceModifierInName(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var span = output[m].Span;
            int t = starts.BinarySearch(span.Start);
            if (t < 0 || t + 1 >= starts.Length || ends[t] >= span.End || !char.IsUpper(text[span.Start])
                || !EntityRecognizer.IsCapitalisedWord(text, starts[t + 1], ends[t + 1]))
            {
                continue;
            }
            var w = Word(text, starts, ends, t);
            int hyphen = w.IndexOf('-');
            if (hyphen < 2 || !IsPlaceModifierParticiple(w[(hyphen + 1)..]))
            {
                continue;
            }
            output[m] = new EntityMention(new TextSpan(starts[t + 1], span.End), output[m].Type);
        }
    }

    private static bool IsPlaceModifierParticiple(ReadOnlySpan<char> w) =>
        w is "based" or "headquartered" or "owned" or "registered" or "listed" or "backed" or "funded" or "controlled" or "run"
            or "operated" or "flagged" or "born" or "founded";

    /// <summary>"the US Navy's Fifth Fleet", "the 82nd Airborne Division", "the 4th Infantry Brigade": an ordinal (in words or
    /// figures) and up to three capitalised words ending in a military unit's head are one organisation's name, however the
    /// tagger cut or typed it, unless a capitalised word stands right before the ordinal.</summary>
    private static void NumberedUnit(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int t = 1; t < starts.Length; t++)
        {
            if (!IsUnitHead(Word(text, starts, ends, t)))
            {
                continue;
            }
            int k = t - 1;
            while (k > 0 && t - k <= 3 && IsTitleCase(Word(text, starts, ends, k)) && !IsOrdinal(Word(text, starts, ends, k)))
            {
                k--;
            }
            // A capitalised word before the ordinal opens a longer name ("the U.S. 5th Fleet", "Jordanian 71st Battalion"),
            // whose start this rule cannot tell.
            if (!IsOrdinal(Word(text, starts, ends, k))
                || k > 0 && char.IsUpper(text[starts[k - 1]]) && !Gazetteer.IsArticle(Word(text, starts, ends, k - 1)))
            {
                continue;
            }
            if (!EntityRecognizer.ReplaceInside(output, firstOutput, starts[k], ends[t], EntityType.Org) || k < 2 || Word(text, starts, ends, k - 1) is not ",")
            {
                continue;
            }
            // "3rd Battalion, 321st Field Artillery Regiment", "Abel Battery, 3rd Battalion": military writing names a unit by
            // its place in the one above it, the units set off by commas, and the whole is one name.
            for (int m = firstOutput; m + 1 < output.Count; m++)
            {
                if (output[m].Span.End == ends[k - 2] && output[m + 1].Span.Start == starts[k] && IsUnitHead(Word(text, starts, ends, k - 2)))
                {
                    output[m] = new EntityMention(new TextSpan(output[m].Span.Start, ends[t]), EntityType.Org);
                    output.RemoveAt(m + 1);
                    break;
                }
            }
        }
    }

    /// <summary>"CTF 50", "TF 59", "CTF-151", "Combined Joint Task Force 7": navies and armies name a task force or task group
    /// by its number, which is part of the name; the tagger leaves the number out or names nothing.</summary>
    private static void NumberedTaskForce(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int t = 0; t < starts.Length; t++)
        {
            var w = Word(text, starts, ends, t);
            int from;
            if (char.IsUpper(w[0]))
            {
                // "CTF-151": the tokenizer keeps an acronym joined to its number by a hyphen as one token.
                int hyphen = w.IndexOf('-');
                if (hyphen < 2 || !IsTaskForceAcronym(w[..hyphen]) || !IsDesignation(w[(hyphen + 1)..]))
                {
                    continue;
                }
                from = t;
            }
            else if (t > 0 && char.IsAsciiDigit(w[0]) && IsDesignation(w) && !IsCountedAfter(text, starts, ends, t))
            {
                var before = Word(text, starts, ends, t - 1);
                if (IsTaskForceAcronym(before))
                {
                    from = t - 1;
                }
                else if (t > 1 && before is "Force" or "Group" && Word(text, starts, ends, t - 2) is "Task")
                {
                    // "Combined Joint Task Force 7": the capitalised words before "Task" (not an article) are the name's start.
                    from = t - 2;
                    while (from > 0 && t - from < 6 && IsTitleCase(Word(text, starts, ends, from - 1)) && !Gazetteer.IsArticle(Word(text, starts, ends, from - 1)))
                    {
                        from--;
                    }
                }
                else
                {
                    continue;
                }
            }
            else
            {
                continue;
            }
            // A mention the tagger ran past the number's start (a longer name) is left; one inside is replaced.
            int start = starts[from];
            for (int m = firstOutput; m < output.Count; m++)
            {
                if (output[m].Span.Start < start && output[m].Span.End > start)
                {
                    start = output[m].Span.Start;
                }
            }
            EntityRecognizer.ReplaceInside(output, firstOutput, start, ends[t], EntityType.Org);
        }
    }

    // "TF", "CTF", "JTF", "CJTF", "TG", "CTG": task forces and task groups.
    private static bool IsTaskForceAcronym(ReadOnlySpan<char> w) =>
        w.Length is >= 2 and <= 5 && w[^1] is 'F' or 'G' && w[^2] == 'T' && EntityRecognizer.IsAllUpperLetters(w);

    // "50", "151", "50.1": one to four digits, a group's number after a full stop.
    private static bool IsDesignation(ReadOnlySpan<char> w)
    {
        int digits = 0;
        while (digits < w.Length && char.IsAsciiDigit(w[digits]))
        {
            digits++;
        }
        if (digits is 0 or > 4)
        {
            return false;
        }
        if (digits == w.Length)
        {
            return true;
        }
        var rest = w[digits..];
        return rest.Length >= 2 && rest[0] == '.' && rest.Length <= 3 && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[^1]);
    }

    // "TF 40 percent", "Task Group 3 million": a number that counts something is no designation.
    private static bool IsCountedAfter(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t) =>
        t + 1 < starts.Length && Word(text, starts, ends, t + 1) is "%" or "percent" or "per" or "million" or "billion" or "thousand";

    private static bool IsUnitHead(ReadOnlySpan<char> w) =>
        w is "Fleet" or "Army" or "Corps" or "Division" or "Brigade" or "Regiment" or "Battalion" or "Squadron" or "Flotilla"
            or "Wing" or "Battery" or "Armies" or "Fleets";

    // "Fifth", "Third", "82nd", "7th", "101st": an ordinal written with a capital or in figures.
    private static bool IsOrdinal(ReadOnlySpan<char> w)
    {
        if (w.Length >= 3 && char.IsAsciiDigit(w[0]))
        {
            var suffix = w[^2..];
            return char.IsAsciiDigit(w[^3]) && suffix is "st" or "nd" or "rd" or "th";
        }
        return w is "First" or "Second" or "Third" or "Fourth" or "Fifth" or "Sixth" or "Seventh" or "Eighth" or "Ninth"
            or "Tenth" or "Eleventh" or "Twelfth" or "Thirteenth" or "Fourteenth" or "Fifteenth" or "Sixteenth" or "Seventeenth"
            or "Eighteenth" or "Nineteenth" or "Twentieth";
    }

    /// <summary>"The Disaster and Emergency Management Authority, known as …", "the Fire and Rescue Coordination Authority
    /// said": after "the", capitalised words with one "and" between them that end in a body's head (no head before the
    /// "and": "the Army and Navy" are two) are one body, when a comma, a bracket or a verb of saying follows.</summary>
    private static void CoordinatedBodyName(Gazetteer gazetteer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int p = 0; p + 4 < starts.Length; p++)
        {
            if (Word(text, starts, ends, p) is not ("the" or "The") || !IsTitleCase(Word(text, starts, ends, p + 1)))
            {
                continue;
            }
            int first = p + 1, and = -1, head = -1;
            int k = first;
            while (k < starts.Length && k - first < 8)
            {
                var w = Word(text, starts, ends, k);
                if (w is "and" && and < 0 && k > first && head < 0 && k + 1 < starts.Length && IsTitleCase(Word(text, starts, ends, k + 1)))
                {
                    and = k;
                }
                else if (!IsTitleCase(w) || head >= 0 || RoleWords.IsRoleWord(w) || NewsSpanRules.IsCalendarWord(w))
                {
                    break;
                }
                else if (EntityHeads.IsOrganisationHead(w))
                {
                    if (and < 0)
                    {
                        break;
                    }
                    head = k;
                }
                k++;
            }
            if (and < 0 || head < 0 || head + 1 >= starts.Length || head - and < 2)
            {
                continue;
            }
            var after = Word(text, starts, ends, head + 1);
            if (after is not ("," or "(") && !NewsSpanRules.IsReportingVerb(after)
                || gazetteer.TryLookup(text, starts, ends, first, head + 1, out _) || NamedBefore(output, firstOutput, starts[first], ends[and - 1]))
            {
                continue;
            }
            EntityRecognizer.ReplaceInside(output, firstOutput, starts[first], ends[head], EntityType.Org);
            p = head;
        }
    }

    // A name wholly inside [start, end): "the United States and European Union said" are two names.
    private static bool NamedBefore(List<EntityMention> output, int firstOutput, int start, int end)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            if (output[m].Span.Start >= start && output[m].Span.End <= end)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"The Disaster and Emergency Management Authority, known as AFAD, said": an acronym right after a body, a comma
    /// and "known as" is that body's short name, where the tagger named nothing there.</summary>
    private static void AcronymKnownAs(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            if (output[m].Type != EntityType.Org)
            {
                continue;
            }
            int comma = ends.BinarySearch(output[m].Span.End) + 1;
            if (comma <= 0 || comma + 3 >= starts.Length || Word(text, starts, ends, comma) is not ","
                || Word(text, starts, ends, comma + 1) is not "known" || Word(text, starts, ends, comma + 2) is not "as")
            {
                continue;
            }
            int a = comma + 3;
            var acronym = Word(text, starts, ends, a);
            if (acronym.Length is < 2 or > 8 || !NerFeatures.IsAllUpper(acronym)
                || m + 1 < output.Count && output[m + 1].Span.Start < ends[a])
            {
                continue;
            }
            output.Insert(m + 1, new EntityMention(new TextSpan(starts[a], ends[a]), EntityType.Org));
        }
    }

    /// <summary>"The EU's naval mission in the region, Aspides, has three frigates", "according to the state water authority,
    /// Vodna Sluzba.": one to three capitalised words set off by a comma (and a comma or the sentence's end after them) right
    /// after a phrase whose noun is a lower-case body's or undertaking's ("mission", "operation", "agency", "authority")
    /// name that body, not a person, whether the tagger took them for one or named nothing.</summary>
    private static void NameInAppositionToBodyNoun(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int t = 2; t + 1 < starts.Length; t++)
        {
            if (Word(text, starts, ends, t - 1) is not "," || !IsTitleCase(Word(text, starts, ends, t)))
            {
                continue;
            }
            int end = t + 1;
            while (end < starts.Length && end - t < 3 && IsTitleCase(Word(text, starts, ends, end)))
            {
                end++;
            }
            // A comma after the name, or the sentence's end ("according to the authority, Wody Polskie.").
            if (end >= starts.Length)
            {
                break;
            }
            var after = Word(text, starts, ends, end);
            if (!(after is "," || after is "." or ";" && end + 1 == starts.Length))
            {
                continue;
            }
            // The body's noun ends the phrase before the comma, or stands before "in/of/for" and up to three words.
            int noun = t - 2;
            for (int k = t - 2; k >= 1 && k >= t - 5 && !IsApposedBodyNoun(Word(text, starts, ends, noun)); k--)
            {
                if (Word(text, starts, ends, k) is "in" or "of" or "for" or "to")
                {
                    noun = k - 1;
                }
            }
            if (!IsApposedBodyNoun(Word(text, starts, ends, noun)))
            {
                continue;
            }
            // "the head of the agency, Jones, said": a person's noun or title before the body's makes the name that person's
            // (a lower-case word that only modifies a title, "national", "state", says nothing of a person); a longer name is
            // looked at further back ("the head of the regional emergency programme, Dr Ana Ferreira,").
            // A title opening the name ("Dr Ana Ferreira") makes it a person's too.
            bool person = RoleWords.IsRoleWord(Word(text, starts, ends, t));
            for (int k = noun - 1; k >= 0 && k >= noun - (end - t > 1 ? 6 : 4) && !person; k--)
            {
                var w = Word(text, starts, ends, k);
                person = NewsSpanRules.IsLowerCasePersonWord(w) || char.IsUpper(w[0]) && RoleWords.IsRoleWord(w);
            }
            if (person)
            {
                continue;
            }
            var word = Word(text, starts, ends, t);
            int at = -1;
            bool other = false;
            for (int m = firstOutput; m < output.Count; m++)
            {
                if (output[m].Span.End > starts[t] && output[m].Span.Start < ends[end - 1])
                {
                    at = at < 0 ? m : at;
                    other |= output[m].Type != EntityType.Person || output[m].Span.Start < starts[t] || output[m].Span.End > ends[end - 1];
                }
            }
            if (at >= 0)
            {
                if (!other)
                {
                    EntityRecognizer.ReplaceInside(output, firstOutput, starts[t], ends[end - 1], EntityType.Org);
                }
                t = end;
                continue;
            }
            if (!recognizer.Model.Common.Contains(TextHash.Lower(word)) && !recognizer.Gazetteer.TryLookupToken(word, out _))
            {
                EntityRecognizer.ReplaceInside(output, firstOutput, starts[t], ends[end - 1], EntityType.Org);
            }
            t = end;
        }
    }

    private static bool IsApposedBodyNoun(ReadOnlySpan<char> w) => IsUndertakingNoun(w) || IsNamedBodyNoun(w);

    // Lower-case nouns for a body that a news text follows with its name in apposition ("the water authority, Wody Polskie").
    private static bool IsNamedBodyNoun(ReadOnlySpan<char> w) =>
        w is "authority" or "utility" or "institute" or "group" or "organisation" or "organization" or "provider"
            or "broadcaster" or "carrier" or "manufacturer" or "laboratory" or "association" or "charity"
            or "inspectorate" or "administration" or "directorate" or "department" or "ministry" or "office" or "council" or "club"
            or "team";

    private static bool IsUndertakingNoun(ReadOnlySpan<char> w) =>
        w is "mission" or "operation" or "agency" or "programme" or "program" or "initiative" or "project" or "taskforce"
            or "force" or "service" or "scheme" or "fund" or "body" or "regulator" or "watchdog" or "unit" or "firm" or "company"
            or "subsidiary" or "venture" or "startup" or "consortium";

    /// <summary>"according to the EU's Copernicus climate service", "Japan's Himawari weather service": after a body's or a
    /// country's possessive, one capitalised word that is no ordinary or known word, before one or two lower-case words that
    /// end in a body's noun, is that body's name, where the tagger named nothing there.</summary>
    private static void NameBeforeBodyNounAfterPossessive(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int p = 1; p + 3 < starts.Length; p++)
        {
            if (Word(text, starts, ends, p) is not ("'s" or "\u2019s") || !IsTitleCase(Word(text, starts, ends, p + 1)))
            {
                continue;
            }
            int t = p + 1;
            int noun = t + 1;
            while (noun < starts.Length && noun - t <= 2 && char.IsLower(text[starts[noun]]) && !IsUndertakingNoun(Word(text, starts, ends, noun)))
            {
                noun++;
            }
            if (noun >= starts.Length || noun - t > 2 || !IsUndertakingNoun(Word(text, starts, ends, noun))
                || !EndsBodyOrPlace(output, firstOutput, ends[p - 1]) || NewsSpanRules.Covered(output, firstOutput, starts[t], ends[t]))
            {
                continue;
            }
            var word = Word(text, starts, ends, t);
            if (!recognizer.Model.Common.Contains(TextHash.Lower(word)) && !recognizer.Gazetteer.TryLookupToken(word, out _))
            {
                EntityRecognizer.ReplaceInside(output, firstOutput, starts[t], ends[t], EntityType.Org);
            }
        }
    }

    /// <summary>"Russia's Wagner group", "the ruling Georgian Dream party": a name the tagger took for a person, after a
    /// possessive, "the" or a word of power and before a lower-case noun for an organised group ("group", "network",
    /// "militia", "movement", "party"), names that group.</summary>
    private static void NoPersonBeforeGroupNoun(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            if (!PersonTokens(output[m], starts, ends, out int t, out int e) || e + 1 >= starts.Length || !IsGroupNoun(Word(text, starts, ends, e + 1)))
            {
                continue;
            }
            var before = Word(text, starts, ends, t - 1);
            // "at the Jones party" is a gathering: "the" alone opens a group's name only before a noun other than "party".
            if (before is "'s" or "\u2019s" or "ruling" or "opposition" or "governing" or "banned" or "outlawed"
                || before is "the" or "The" && Word(text, starts, ends, e + 1) is not "party")
            {
                output[m] = output[m] with { Type = EntityType.Org };
            }
        }
    }

    // A person mention's first and last token, when it has a token before it; false for other types.
    private static bool PersonTokens(EntityMention mention, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, out int first, out int last)
    {
        first = starts.BinarySearch(mention.Span.Start);
        last = ends.BinarySearch(mention.Span.End);
        return mention.Type == EntityType.Person && first >= 1 && last >= first;
    }

    private static bool IsGroupNoun(ReadOnlySpan<char> w) =>
        w is "group" or "network" or "militia" or "movement" or "party" or "gang" or "cartel" or "faction" or "syndicate";

    /// <summary>"the baseball team Tacoma Ravens", "a hacking group calling itself Crimson Lynx": a name the tagger took for a
    /// person, right after a lower-case noun for a team or an organised body (or after that noun and "called", "named",
    /// "calling itself"), is that body's, when a stop, a comma or a word that goes on about it follows.</summary>
    private static void NameAfterBodyNoun(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            if (!PersonTokens(output[m], starts, ends, out int t, out int e) || RoleWords.IsRoleWord(Word(text, starts, ends, t)))
            {
                continue;
            }
            int noun = t - 1;
            var w = Word(text, starts, ends, noun);
            if (w is "called" or "named" && noun > 0)
            {
                noun--;
            }
            else if (w is "itself" && noun > 1 && Word(text, starts, ends, noun - 1) is "calling" or "calls")
            {
                noun -= 2;
            }
            if (!IsTeamOrBodyNoun(Word(text, starts, ends, noun)))
            {
                continue;
            }
            // "the club Lindgren bought" names the buyer; "a group calling itself X" names the group whatever follows.
            if (noun == t - 1 && e + 1 < starts.Length && char.IsLower(text[starts[e + 1]])
                && !(NewsSpanRules.IsReportingVerb(Word(text, starts, ends, e + 1)) || Word(text, starts, ends, e + 1) is "in" or "of" or "and"
                    or "which" or "that" or "who" or "for" or "on" or "at" or "from" or "with"))
            {
                continue;
            }
            output[m] = output[m] with { Type = EntityType.Org };
        }
    }

    private static bool IsTeamOrBodyNoun(ReadOnlySpan<char> w) =>
        w is "team" or "club" or "band" or "group" or "charity" or "outfit" or "franchise" or "gang" or "militia" or "movement"
            or "network" or "collective" or "cartel" or "startup" or "faction" or "crew";

    private static bool EndsBodyOrPlace(List<EntityMention> output, int firstOutput, int end)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            if (output[m].Span.End == end && output[m].Type is EntityType.Org or EntityType.Gpe)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"climate scientist Friederike Otto of Imperial College London told AFP": two or three capitalised words that
    /// are no known name or ordinary word, right after a lower-case noun for an expert ("scientist", "biologist",
    /// "economist") and before "of", a comma or a verb, are that expert's name, where the tagger named nothing there.</summary>
    private static void ExpertAfterFieldNoun(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int r = 0; r + 3 < starts.Length; r++)
        {
            var role = Word(text, starts, ends, r);
            if (role.Length < 5 || !char.IsLower(role[0]) || !IsTitleCase(Word(text, starts, ends, r + 1)) || !IsExpertNoun(role))
            {
                continue;
            }
            int end = r + 1;
            while (end < starts.Length && end - r <= 3 && IsTitleCase(Word(text, starts, ends, end))
                && !recognizer.Model.Common.Contains(TextHash.Lower(Word(text, starts, ends, end))))
            {
                end++;
            }
            if (end - r < 3 || end >= starts.Length)
            {
                continue;
            }
            var after = Word(text, starts, ends, end);
            if (!(after is "of" or "," or "at" or "from" or "." || after.Length > 1 && char.IsLower(after[0]) && !Gazetteer.IsArticle(after))
                || NewsSpanRules.Covered(output, firstOutput, starts[r + 1], ends[end - 1])
                || !NewsSpanRules.CouldBeAPersonsName(recognizer, text, starts, ends, r + 1, end - 1))
            {
                continue;
            }
            EntityRecognizer.ReplaceInside(output, firstOutput, starts[r + 1], ends[end - 1], EntityType.Person);
            r = end - 1;
        }
    }

    // A lower-case noun for an expert in a field ("scientist", "biologist", "economist", "analyst") or any other person's noun
    // or title.
    private static bool IsExpertNoun(ReadOnlySpan<char> w) =>
        w.EndsWith("ist", StringComparison.Ordinal) && w.Length >= 6 && w is not ("resist" or "insist" or "assist" or "persist" or "consist" or "enlist")
            || w is "analyst" or "researcher" or "expert" or "professor"
            or "lecturer" or "fellow" or "specialist" || NewsSpanRules.IsLowerCasePersonWord(w);

    /// <summary>"Henrike Vos of Wageningen University told Reuters": a verb of saying inside a name in prose ends it; the name
    /// is the words before the verb.</summary>
    private static void NoReportingVerbInsideName(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var span = output[m].Span;
            int t = starts.BinarySearch(span.Start);
            if (t < 0)
            {
                continue;
            }
            for (int k = t + 1; k < starts.Length && starts[k] < span.End; k++)
            {
                if (char.IsLower(text[starts[k]]) && NewsSpanRules.IsReportingVerb(Word(text, starts, ends, k)))
                {
                    output[m] = new EntityMention(new TextSpan(span.Start, ends[k - 1]), output[m].Type);
                    break;
                }
            }
        }
    }

    /// <summary>"a group calling itself Silver Mantis", "a militia known as Black Lantern": the name is every capitalised word
    /// after "calling itself", "called", "named" or "known as", where the tagger took only the last (an ordinary word such as
    /// "Silver" it leaves out).</summary>
    private static void NameAfterCallingItself(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            if (output[m].Type is not (EntityType.Person or EntityType.Org))
            {
                continue;
            }
            int t = starts.BinarySearch(output[m].Span.Start);
            int k = t - 1;
            while (k > 0 && t - k <= 2 && IsTitleCase(Word(text, starts, ends, k)) && !RoleWords.IsRoleWord(Word(text, starts, ends, k)))
            {
                k--;
            }
            if (t < 1 || k == t - 1 || k < 1 || !(Word(text, starts, ends, k) is "called" or "named"
                    || Word(text, starts, ends, k) is "itself" or "themselves" && Word(text, starts, ends, k - 1) is "calling" or "calls" or "call"
                    || Word(text, starts, ends, k) is "as" && Word(text, starts, ends, k - 1) is "known")
                || m > firstOutput && output[m - 1].Span.End > starts[k + 1])
            {
                continue;
            }
            output[m] = new EntityMention(new TextSpan(starts[k + 1], output[m].Span.End), output[m].Type);
        }
    }

    /// <summary>"the ruling Georgian Dream party", "the opposition Latvian Way movement", "the centre-right Forward Italy
    /// party": capitalised words after a lower-case word or a possessive and before a lower-case noun for a party or a
    /// movement are the party's name, when they open with a people's word (which the tagger names alone, as a group) or
    /// make a place's name no list knows; a people's word before an ideology ("the British Labour party") stays the
    /// people's.</summary>
    private static void PartyBeforeGroupNoun(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int t = 3; t < starts.Length; t++)
        {
            if (!IsPartyNoun(Word(text, starts, ends, t)))
            {
                continue;
            }
            int k = t - 1;
            while (k > 0 && t - k <= 4 && IsTitleCase(Word(text, starts, ends, k)) && !RoleWords.IsRoleHead(Word(text, starts, ends, k)))
            {
                k--;
            }
            int first = k + 1;
            var before = Word(text, starts, ends, k);
            if (t - first < 2 || !(before is "'s" or "\u2019s" || before.Length > 1 && char.IsLower(before[0]))
                || recognizer.Gazetteer.TryLookup(text, starts, ends, first, t, out _))
            {
                continue;
            }
            bool people = recognizer.Gazetteer.TryLookupToken(Word(text, starts, ends, first), out var entry) && entry.Type == EntityType.Norp;
            if (people)
            {
                // "the Scottish National party", "the French Socialist party": the name is the ideology's, the people's word
                // its country's.
                bool ideology = true;
                for (int w = first + 1; w < t && ideology; w++)
                {
                    ideology = IsIdeologyWord(Word(text, starts, ends, w));
                }
                if (ideology)
                {
                    continue;
                }
            }
            else if (!IsOneUnknownPlace(recognizer, text, output, firstOutput, starts[first], ends[t - 1])
                && (NewsSpanRules.Covered(output, firstOutput, starts[first], ends[t - 1])
                    || Word(text, starts, ends, t) is "party" && !IsPoliticalModifier(before)))
            {
                // "the nationalist Homeland First movement": words the tagger left unnamed are the party's too; before "party"
                // only after a word of politics, as "a Christmas Eve party" is a gathering.
                continue;
            }
            EntityRecognizer.ReplaceInside(output, firstOutput, starts[first], ends[t - 1], EntityType.Org);
        }
    }

    /// <summary>"The opposition Civic Alliance accused …", "the far-right Homeland Front": one to three title-case words
    /// ending on a party's head ("Alliance", "Front", "Bloc") right after a word of a party's standing are the party's
    /// name, where the tagger left them unnamed or named a part.</summary>
    private static void PartyAfterItsStanding(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int t = 1; t + 1 < starts.Length; t++)
        {
            var standing = Word(text, starts, ends, t - 1);
            if (!char.IsUpper(text[starts[t]]) || standing.Length < 4 || !char.IsLower(standing[0]) || !IsPoliticalModifier(standing))
            {
                continue;
            }
            int last = t;
            while (last + 1 < starts.Length && last - t < 2 && IsTitleCase(Word(text, starts, ends, last + 1)))
            {
                last++;
            }
            if (!IsPartyHead(Word(text, starts, ends, last)) || last + 1 < starts.Length && char.IsUpper(text[starts[last + 1]])
                || recognizer.Gazetteer.TryLookup(text, starts, ends, t, last + 1, out _))
            {
                continue;
            }
            bool ordinary = true;
            for (int w = t; w <= last && ordinary; w++)
            {
                ordinary = IsTitleCase(Word(text, starts, ends, w)) && !RoleWords.IsRoleWord(Word(text, starts, ends, w));
            }
            if (ordinary && last > t)
            {
                EntityRecognizer.ReplaceInside(output, firstOutput, starts[t], ends[last], EntityType.Org);
            }
            t = last;
        }
    }

    /// <summary>The last word of a party's name ("Alliance", "Party", "Front", "Bloc").</summary>
    internal static bool IsPartyHead(ReadOnlySpan<char> w) =>
        w is "Alliance" or "Party" or "Front" or "Bloc" or "League" or "Union" or "Movement" or "Coalition" or "Congress" or "Forum";

    // "ruling", "opposition", "nationalist", "centre-right": a word that says a party is a political one.
    private static bool IsPoliticalModifier(ReadOnlySpan<char> w) =>
        w is "ruling" or "opposition" or "governing" or "nationalist" or "populist" or "conservative" or "liberal" or "socialist"
            or "communist" or "separatist" or "centrist" or "junior" or "senior" or "coalition" or "'s" or "\u2019s"
        || w.IndexOf('-') > 2 && (w.EndsWith("-right", StringComparison.Ordinal) || w.EndsWith("-left", StringComparison.Ordinal)
            || w.EndsWith("-wing", StringComparison.Ordinal));

    // The span is one place mention the gazetteer does not know ("Forward Italy", which holds a country's name).
    private static bool IsOneUnknownPlace(EntityRecognizer recognizer, string text, List<EntityMention> output, int firstOutput, int start, int end)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var span = output[m].Span;
            if (span.Start == start && span.End == end)
            {
                return output[m].Type is EntityType.Loc or EntityType.Gpe && !recognizer.Gazetteer.TryLookup(text.AsSpan(start, end - start), out _);
            }
        }
        return false;
    }

    internal static bool IsPartyNoun(ReadOnlySpan<char> w) =>
        w is "party" or "movement" or "alliance" or "coalition" or "bloc";

    // The words a party's name takes for its creed, after which a people's word is the country's ("Scottish National").
    private static bool IsIdeologyWord(ReadOnlySpan<char> w) =>
        w is "Labour" or "Labor" or "Socialist" or "Socialists" or "Social" or "Conservative" or "Conservatives" or "Liberal" or "Liberals"
            or "Democratic" or "Democrat" or "Democrats" or "Republican" or "Republicans" or "Green" or "Greens" or "Communist"
            or "Communists" or "National" or "Nationalist" or "Progressive" or "Radical" or "Christian" or "Popular" or "People's"
            or "Workers" or "Workers'" or "Unionist" or "Centre" or "Center" or "Left" or "Right" or "Independence" or "Pirate"
            or "Liberty" or "Freedom" or "Reform" or "Agrarian" or "Peasant" or "Farmers" or "Farmers'" or "Islamic" or "Catholic";

    /// <summary>"Martin Luther King Jr", "Harold Brenner Jr.", "William Fisher III": a generation's suffix right after a
    /// person's name is part of it, where the tagger stopped before it (after a comma it is not: "Iván DeJesús, Jr.").</summary>
    private static void GenerationSuffix(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            if (output[m].Type != EntityType.Person)
            {
                continue;
            }
            int e = ends.BinarySearch(output[m].Span.End);
            if (e < 0 || e + 1 >= starts.Length)
            {
                continue;
            }
            int s = e + 1;
            if (!IsGenerationSuffix(Word(text, starts, ends, s)) || m + 1 < output.Count && output[m + 1].Span.Start < ends[s])
            {
                continue;
            }
            output[m] = new EntityMention(new TextSpan(output[m].Span.Start, ends[s]), EntityType.Person);
        }
    }

    internal static bool IsGenerationSuffix(ReadOnlySpan<char> w) =>
        w is "Jr" or "Jr." or "Sr" or "Sr." or "Snr" or "Jnr" or "II" or "III" or "IV";

    /// <summary>"the National Financial Prosecutor's Office", "the Attorney General's Office": capitalised words ending in a
    /// title, a possessive and "Office" are one body's name; the title inside it is no role and does not cut the name.</summary>
    private static void OfficeOfATitle(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int p = 1; p + 1 < starts.Length; p++)
        {
            if (Word(text, starts, ends, p) is not ("'s" or "\u2019s") || Word(text, starts, ends, p + 1) is not "Office"
                || !RoleWords.IsRoleHead(Word(text, starts, ends, p - 1)) || !char.IsUpper(text[starts[p - 1]]))
            {
                continue;
            }
            int first = p - 1;
            while (first > 0 && p - first < 5 && !Gazetteer.IsArticle(Word(text, starts, ends, first - 1))
                && (IsTitleCase(Word(text, starts, ends, first - 1)) || ends[first - 1] - starts[first - 1] > 1 && NerFeatures.IsAllUpper(Word(text, starts, ends, first - 1))))
            {
                first--;
            }
            EntityRecognizer.ReplaceInside(output, firstOutput, starts[first], ends[p + 1], EntityType.Org);
        }
    }

    /// <summary>"campaign group Save Hatherden Fields, which …", "the campaign group Keep Marlowe Green said": two to five
    /// capitalised words right after a lower-case noun for a team or an organised body, ending before a comma, a bracket, a
    /// verb of saying or a relative word, are that body's name, whatever the tagger made of them ("Marlowe Green" a person,
    /// or nothing).</summary>
    private static void NameRunAfterBodyNoun(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int t = 0; t + 3 < starts.Length; t++)
        {
            if (!IsTeamOrBodyNoun(Word(text, starts, ends, t)) || !IsTitleCase(Word(text, starts, ends, t + 1)) || RoleWords.IsRoleWord(Word(text, starts, ends, t + 1)))
            {
                continue;
            }
            int end = t + 1;
            while (end < starts.Length && end - t <= 5 && (IsTitleCase(Word(text, starts, ends, end)) && !NewsSpanRules.IsCalendarWord(Word(text, starts, ends, end))
                || Word(text, starts, ends, end) is "the" or "of" or "and" && end + 1 < starts.Length && IsTitleCase(Word(text, starts, ends, end + 1))))
            {
                end++;
            }
            if (end - t < 3 || end - t > 5 || end >= starts.Length)
            {
                continue;
            }
            var after = Word(text, starts, ends, end);
            if (!(after is "," or "(" or "which" or "that" or "who" || NewsSpanRules.IsReportingVerb(after))
                || recognizer.Gazetteer.TryLookup(text, starts, ends, t + 1, end, out _))
            {
                continue;
            }
            EntityRecognizer.ReplaceInside(output, firstOutput, starts[t + 1], ends[end - 1], EntityType.Org);
            t = end;
        }
    }
}
