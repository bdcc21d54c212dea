using Dossier.Core;
using Dossier.Core.Entities;
using static Dossier.Language.Entities.EntityRecognizer;

namespace Dossier.Language.Entities;

/// <summary>Type and span repairs after the tagger read off one word beside a name that says what it names: a water's or a
/// landform's head ("the Oder river", "the Curonian Lagoon"), "calls itself" or "known as" after a group's noun, a ruler's
/// possessive before "regime" or "government", a body's noun in apposition after the name ("X, the dockers' union,"), a
/// volcano's or a mountain's noun before it ("the eruption of X", "the summit of X"), quotation marks around a group's name
/// ('calling itself "X"', 'the "X" crew'); and a body's generic noun alone before a role ("Association chairman"), which
/// names nothing.</summary>
internal static class NameCues
{
    public static void Apply(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        // One pass over the tokens finds which cues the sentence holds: a water's or landform's head after a capitalised word,
        // a possessive before a rule's noun, "itself" or "known as".
        bool water = false, rule = false, calls = false, comma = false, alongThe = false, feature = false, quote = false, appositionFeature = false;
        bool places = false, camp = false, party = false;
        for (int t = 1; t < starts.Length; t++)
        {
            int length = ends[t] - starts[t];
            char c = text[starts[t]];
            comma |= c == ',';
            quote |= length == 1 && IsQuote(c);
            if (c is 'e' or 's' or 'f' or 'c' or 'v' && length >= 5)
            {
                feature |= IsNaturalFeatureCue(Word(text, starts, ends, t));
            }
            // A feature's noun after a comma: "Torvanes, a volcano under the ice cap,".
            if (comma && length >= 3 && char.IsLower(c) && !appositionFeature)
            {
                appositionFeature = IsNaturalFeatureNoun(Word(text, starts, ends, t));
            }
            if (length >= 3 && char.IsUpper(text[starts[t - 1]]))
            {
                water |= IsWaterOrLandformHead(Word(text, starts, ends, t));
            }
            camp |= c == 'C' && length == 4 && Word(text, starts, ends, t) is "Camp";
            party |= c == 'P' && length == 5 && Word(text, starts, ends, t) is "Party"
                || c == 'L' && length == 6 && Word(text, starts, ends, t) is "League";
            if (length >= 5 && text[ends[t] - 1] == 's' && char.IsLower(c) && !places)
            {
                places = IsPlacesNoun(Word(text, starts, ends, t));
            }
            if (c is '\'' or '\u2019' && length == 2 && t + 1 < starts.Length)
            {
                rule |= IsRuleNoun(Word(text, starts, ends, t + 1));
            }
            else if (c is 'i' or 't' or 'a' && length is 2 or 6 or 10)
            {
                calls |= Word(text, starts, ends, t) is "itself" or "themselves" or "as";
            }
            else if (c == 't' && length == 3 && t + 2 < starts.Length)
            {
                alongThe |= Word(text, starts, ends, t) is "the" && IsPrepositionOfWaters(Word(text, starts, ends, t - 1));
            }
        }
        // Persons after "the" are few, and looked at whatever the sentence holds.
        ThePlaceAlone(recognizer, text, starts, ends, output, firstOutput);
        TheSeaByItsAdjective(recognizer, text, starts, ends, output, firstOutput);
        if (alongThe)
        {
            TheWatersAlone(recognizer, text, starts, ends, output, firstOutput);
        }
        if (water)
        {
            NameBeforeWaterOrLandformHead(recognizer, text, starts, ends, output, firstOutput);
        }
        if (calls)
        {
            GroupThatCallsItself(recognizer, text, starts, ends, output, firstOutput);
        }
        if (rule)
        {
            RulerBeforeRuleNoun(recognizer, text, starts, ends, output, firstOutput);
        }
        if (feature)
        {
            NaturalFeatureAfterItsNoun(recognizer, text, starts, ends, output, firstOutput);
        }
        if (quote)
        {
            QuotedGroupName(text, starts, ends, output, firstOutput);
        }
        if (party)
        {
            PartyByItsHead(text, starts, ends, output, firstOutput);
        }
        if (camp)
        {
            CampByItsName(recognizer, text, starts, ends, output, firstOutput);
        }
        if (places)
        {
            PlacesListedAfterTheirNoun(recognizer, text, starts, ends, output, firstOutput);
        }
        NoBodyNounAloneBeforeRole(text, starts, ends, output, firstOutput);
        UnnamedBodyWithItsHead(text, starts, ends, output, firstOutput);
        FirmByItsTradeWord(recognizer, text, starts, ends, output, firstOutput);
        if (comma)
        {
            NameBeforeBodyInApposition(recognizer, text, starts, ends, output, firstOutput);
            if (appositionFeature)
            {
                NaturalFeatureInApposition(recognizer, text, starts, ends, output, firstOutput);
            }
        }
    }

    /// <summary>"Storm warnings were issued for the Ionian", "ferries across the Aegean were halted": one capitalised word
    /// after "the" shaped as a place's adjective ("-ean", "-ian", "-ic"), with no capitalised word after it, names a sea or a
    /// region, whether the tagger took it for a person or a body ("Ionian Star Lines" is a firm; "the Ionian" alone is the
    /// sea). Not a known name ("the Italian" is a man), an ordinary word or a title.</summary>
    private static void TheSeaByItsAdjective(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            if (output[m].Type is not (EntityType.Person or EntityType.Org) || output[m].Span.Length < 5)
            {
                continue;
            }
            int t = starts.BinarySearch(output[m].Span.Start);
            if (t < 1 || ends[t] != output[m].Span.End || Word(text, starts, ends, t - 1) is not ("the" or "The")
                || t + 1 < starts.Length && char.IsUpper(text[starts[t + 1]]))
            {
                continue;
            }
            var w = Word(text, starts, ends, t);
            if (!IsTitleCase(w) || !(w.EndsWith("ean", StringComparison.Ordinal) || w.EndsWith("ian", StringComparison.Ordinal)
                    || w.EndsWith("ic", StringComparison.Ordinal))
                || RoleWords.IsRoleWord(w) || recognizer.Model.Common.Contains(TextHash.Lower(w)) || recognizer.Gazetteer.TryLookupToken(w, out _))
            {
                continue;
            }
            output[m] = output[m] with { Type = EntityType.Loc };
        }
    }

    /// <summary>"Torvanes, a volcano under the ice cap, erupted", "Skarvik, a small island off the coast,": one to three
    /// capitalised words before a comma and "a"/"an"/"the", up to two lower-case words and a natural feature's noun, are that
    /// place, whether the tagger took them for a person or a body or named nothing there (then none may be an ordinary word);
    /// not where the noun goes on as a modifier ("Holt, a volcano expert," is a person).</summary>
    private static void NaturalFeatureInApposition(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int c = 1; c + 2 < starts.Length; c++)
        {
            if (Word(text, starts, ends, c) is not "," || Word(text, starts, ends, c + 1) is not ("the" or "a" or "an")
                || !IsTitleCase(Word(text, starts, ends, c - 1)))
            {
                continue;
            }
            int noun = c + 2;
            while (noun < starts.Length && noun - c <= 4 && !IsNaturalFeatureNoun(Word(text, starts, ends, noun))
                && char.IsLower(text[starts[noun]]) && ends[noun] - starts[noun] > 2)
            {
                noun++;
            }
            if (noun >= starts.Length || !IsNaturalFeatureNoun(Word(text, starts, ends, noun)))
            {
                continue;
            }
            if (noun + 1 < starts.Length && !IsAfterFeatureNoun(Word(text, starts, ends, noun + 1)))
            {
                continue;
            }
            int first = NameRunBeforeComma(text, starts, ends, c);
            if (first < 0)
            {
                continue;
            }
            var (found, other) = MentionsOverRun(output, firstOutput, starts[first], ends[c - 1], orgOrPlace: true);
            var word = Word(text, starts, ends, first);
            // Unnamed words count only when none is an ordinary word ("Today, a volcano …").
            bool ordinary = false;
            for (int k = first; k < c && !found && !ordinary; k++)
            {
                ordinary = recognizer.Model.Common.Contains(TextHash.Lower(Word(text, starts, ends, k)));
            }
            if (other || ordinary || RoleWords.IsRoleWord(word) || recognizer.Gazetteer.TryLookup(text, starts, ends, first, c, out _))
            {
                continue;
            }
            EntityRecognizer.ReplaceInside(output, firstOutput, starts[first], ends[c - 1], EntityType.Loc);
            c = noun;
        }
    }

    /// <summary>The first of one to three capitalised words ending right before the comma at <paramref name="c"/>, or -1 where a
    /// capitalised word before them shows they are the tail of a longer name: the run must open the sentence or follow a
    /// lower-case word, so it is the whole name.</summary>
    private static int NameRunBeforeComma(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int c)
    {
        int first = c - 1;
        while (first > 0 && c - first < 3 && IsTitleCase(Word(text, starts, ends, first - 1)))
        {
            first--;
        }
        return first > 0 && char.IsUpper(text[starts[first - 1]]) ? -1 : first;
    }

    /// <summary>Whether the tagger named anything within <c>[from, to)</c>, and whether any such name reaches before
    /// <paramref name="from"/> or has a type the rule may not change (a person only, or with <paramref name="orgOrPlace"/> a
    /// person, a body or a place).</summary>
    private static (bool Found, bool Other) MentionsOverRun(List<EntityMention> output, int firstOutput, int from, int to, bool orgOrPlace)
    {
        bool found = false, other = false;
        for (int m = firstOutput; m < output.Count; m++)
        {
            var span = output[m].Span;
            if (span.End > from && span.Start < to)
            {
                found = true;
                var type = output[m].Type;
                other |= span.Start < from || !(type == EntityType.Person || orgOrPlace && type is EntityType.Org or EntityType.Loc);
            }
        }
        return (found, other);
    }

    private static bool IsNaturalFeatureNoun(ReadOnlySpan<char> w) =>
        w is "volcano" or "glacier" or "island" or "islet" or "mountain" or "peak" or "river" or "lake" or "fjord" or "lagoon"
            or "atoll" or "reef" or "crater" or "strait" or "peninsula" or "archipelago" or "waterfall" or "plateau" or "ridge"
            or "stream" or "creek" or "bay";

    // What follows the noun of a natural feature in apposition, and not a noun it would modify ("a volcano expert").
    private static bool IsAfterFeatureNoun(ReadOnlySpan<char> w) =>
        w is "," or "." or ";" or ")" or "under" or "in" or "on" or "off" or "near" or "north" or "south" or "east" or "west"
            or "of" or "that" or "which" or "where" or "beneath" or "below" or "above" or "at" or "between" or "about" or "some"
            or "along" or "close" or "whose";

    /// <summary>"Kestrafor, the dockers' union, said …", "Varnhold, a Dutch packaging group, said": one to three capitalised
    /// words right before a comma and a phrase of an article and up to four words that ends in a lower-case body's noun and a
    /// comma are that body's name, whether the tagger named nothing there or took them for a person ("Brenner, the union
    /// leader," ends in a person's noun and stays his).</summary>
    private static void NameBeforeBodyInApposition(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int c = 1; c + 3 < starts.Length; c++)
        {
            if (Word(text, starts, ends, c) is not "," || Word(text, starts, ends, c + 1) is not ("the" or "a" or "an")
                || !IsTitleCase(Word(text, starts, ends, c - 1)))
            {
                continue;
            }
            int close = c + 2;
            while (close < starts.Length && close - c <= 6 && Word(text, starts, ends, close) is not ("," or "." or ";" or "(" or ")"))
            {
                close++;
            }
            if (close >= starts.Length || Word(text, starts, ends, close) is not "," || close - c < 3 || !IsBodyNounInApposition(Word(text, starts, ends, close - 1)))
            {
                continue;
            }
            // "Jones, a member of the party,", "Smith, a senior union official's deputy": the phrase is about a person.
            bool aboutPerson = false;
            for (int k = c + 2; k < close - 1 && !aboutPerson; k++)
            {
                var w = Word(text, starts, ends, k);
                aboutPerson = w is "of" or "'s" or "\u2019s" || NewsSpanRules.IsLowerCasePersonWord(w);
            }
            if (aboutPerson)
            {
                continue;
            }
            int first = NameRunBeforeComma(text, starts, ends, c);
            if (first < 0)
            {
                continue;
            }
            var (found, other) = MentionsOverRun(output, firstOutput, starts[first], ends[c - 1], orgOrPlace: false);
            var word = Word(text, starts, ends, first);
            if (other || RoleWords.IsRoleWord(word)
                || !found && (recognizer.Model.Common.Contains(TextHash.Lower(word)) || recognizer.Gazetteer.TryLookupToken(word, out _)))
            {
                continue;
            }
            EntityRecognizer.ReplaceInside(output, firstOutput, starts[first], ends[c - 1], EntityType.Org);
            c = close;
        }
    }

    /// <summary>"The Civil Aviation Authority rejected that view", "The UK Civil Aviation Authority …": capitalised words after
    /// "the" that end in a head only a body's name has ("Authority", "Agency", "Commission") name that body, where the tagger
    /// named nothing there or only a country's short name that opens it.</summary>
    private static void UnnamedBodyWithItsHead(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int head = 1; head < starts.Length; head++)
        {
            var w = Word(text, starts, ends, head);
            if (!IsTitleCase(w) || !(EntityHeads.IsStrongOrganisationHead(w) || w is "Corps")
                || head + 1 < starts.Length && IsTitleCase(Word(text, starts, ends, head + 1)))
            {
                continue;
            }
            if (head + 2 < starts.Length && text[starts[head + 1]] == 'o' && Word(text, starts, ends, head + 1) is "of")
            {
                UnnamedBodyOfAThing(text, starts, ends, output, firstOutput, head);
                continue;
            }
            if (head < 2 || w is "Corps")
            {
                continue;
            }
            int first = head;
            while (first - 1 >= 0 && head - first < 5 && Word(text, starts, ends, first - 1) is not "The"
                && (IsTitleCase(Word(text, starts, ends, first - 1)) || IsShortCapitals(Word(text, starts, ends, first - 1))))
            {
                first--;
            }
            if (first == head || first == 0 || Word(text, starts, ends, first - 1) is not ("the" or "The"))
            {
                continue;
            }
            bool named = false;
            for (int m = firstOutput; m < output.Count && !named; m++)
            {
                var span = output[m].Span;
                // A country's short name the tagger read alone ("UK") is part of the body's name; any other name there stays.
                named = span.End > starts[first] && span.Start < ends[head]
                    && !(output[m].Type == EntityType.Gpe && span.Start == starts[first] && span.End == ends[first] && first < head);
            }
            if (!named)
            {
                EntityRecognizer.ReplaceInside(output, firstOutput, starts[first], ends[head], EntityType.Org);
            }
        }
    }

    /// <summary>"councillors from the Civic Party", "New People Party's Regina Ip", "Civic Party's Jeremy Tam": one to three
    /// title-case words before "Party" are a political party, one organisation, where the tagger named nothing there, or a
    /// body, a place or a person over them or over their last words only ("Party" alone, "Meadow Party"). So are those before
    /// "League" ("his first Major League home run", where the tagger took "League" for a person).</summary>
    /// <remarks>Not before a further title-case word, nor after another capitalised word (a longer name the run would cut);
    /// a name the tagger ran on past the party's first word is left alone.</remarks>
    private static void PartyByItsHead(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        int n = starts.Length;
        for (int head = 1; head < n; head++)
        {
            if (text[starts[head]] is not ('P' or 'L') || Word(text, starts, ends, head) is not ("Party" or "League") || head + 1 < n && IsTitleCase(Word(text, starts, ends, head + 1)))
            {
                continue;
            }
            int first = head;
            // A title never heads a league ("Major League", "Premier League"), as it may head a party's name in a person's.
            bool league = text[starts[head]] == 'L';
            while (first > 0 && head - first < 3 && IsTitleCase(Word(text, starts, ends, first - 1)) && Word(text, starts, ends, first - 1) is not "The"
                && (league || !RoleWords.IsRoleWord(Word(text, starts, ends, first - 1))))
            {
                first--;
            }
            if (first == head || first > 0 && IsCapitalised(text, starts[first - 1], ends[first - 1]) && Word(text, starts, ends, first - 1) is not "The")
            {
                continue;
            }
            int from = starts[first], to = ends[head];
            bool keep = false;
            for (int m = firstOutput; m < output.Count && output[m].Span.Start < to && !keep; m++)
            {
                var span = output[m].Span;
                // Only the tagger's body, place or person over the run's end ("Party", "Meadow Party") or all of it is replaced.
                keep = span.End > from && !(output[m].Type is EntityType.Org or EntityType.Loc or EntityType.Person && span.Start >= from && span.End == to);
            }
            if (!keep)
            {
                EntityRecognizer.ReplaceInside(output, firstOutput, from, to, EntityType.Org);
            }
        }
    }

    /// <summary>"run by the Ministry of Higher Education", "a captain in the Corps of Engineers": a body's head that opens a
    /// name, "of" and one to four title-case words (two may be joined by "and"), after "the" or a lower-case word, are that
    /// body where the tagger named nothing over them.</summary>
    /// <remarks>Not before a further capitalised word (a longer name, or a person after the body), nor over "the" ("Office of
    /// the Mayor" is left to the tagger), nor where the tagger or the gazetteer named any word of them, nor in a title-case
    /// headline.</remarks>
    private static void UnnamedBodyOfAThing(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput,
        int head)
    {
        int n = starts.Length;
        var before = Word(text, starts, ends, head - 1);
        if (before is not ("the" or "The") && !(before.Length > 1 && char.IsLower(before[0])))
        {
            return;
        }
        int end = head + 2;
        while (end < n && end - head < 7 && (IsTitleCase(Word(text, starts, ends, end))
            || Word(text, starts, ends, end) is "and" && end + 1 < n && IsTitleCase(Word(text, starts, ends, end + 1)) && end > head + 2))
        {
            end++;
        }
        if (end == head + 2 || end < n && IsCapitalised(text, starts[end], ends[end]) || Word(text, starts, ends, end - 1) is "and")
        {
            return;
        }
        for (int m = firstOutput; m < output.Count && output[m].Span.Start < ends[end - 1]; m++)
        {
            if (output[m].Span.End > starts[head])
            {
                return;
            }
        }
        // A title-case headline capitalises any noun ("Announcing Decision To Resign the Office of President").
        bool prose = false;
        for (int t = 0; t < n && !prose; t++)
        {
            prose = ends[t] - starts[t] >= 4 && char.IsLower(text[starts[t]]);
        }
        if (prose)
        {
            EntityRecognizer.ReplaceInside(output, firstOutput, starts[head], ends[end - 1], EntityType.Org);
        }
    }

    /// <summary>"Peru's Andes Polymetal", "Balkan Agrochem", "Andes Copper": a name of two or three capitalised words ending in
    /// a word built on a trade ("-metal", "-chem", "-tech", "-pharma"), or a place's name and a metal or a commodity, is a
    /// firm's, not a person's or a place's.</summary>
    private static void FirmByItsTradeWord(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            if (output[m].Type is not (EntityType.Person or EntityType.Loc))
            {
                continue;
            }
            int first = starts.BinarySearch(output[m].Span.Start);
            int last = ends.BinarySearch(output[m].Span.End);
            if (first < 0 || last < 0 || last - first is < 1 or > 2)
            {
                continue;
            }
            var w = Word(text, starts, ends, last);
            bool firm = IsTitleCase(w) && (IsTradeBuiltWord(w) || IsCommodity(w) && IsPlaceWord(recognizer, Word(text, starts, ends, first)));
            for (int k = first; k < last && firm; k++)
            {
                firm = IsTitleCase(Word(text, starts, ends, k));
            }
            if (firm)
            {
                output[m] = output[m] with { Type = EntityType.Org };
            }
        }
    }

    // "UK", "EU", "US": two or three capitals.
    private static bool IsShortCapitals(ReadOnlySpan<char> w) => w.Length is 2 or 3 && char.IsUpper(w[0]) && char.IsUpper(w[1]) && char.IsUpper(w[^1]);

    // A word made of a trade's stem and more ("Polymetal", "Agrochem", "Medtech", "Biopharma"), which no person's name is.
    private static bool IsTradeBuiltWord(ReadOnlySpan<char> w)
    {
        foreach (var ending in s_tradeEndings)
        {
            if (w.Length >= ending.Length + 3 && w.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] s_tradeEndings = ["metal", "metals", "chem", "chemie", "tech", "pharm", "pharma", "neft", "prom", "energo"];

    private static bool IsCommodity(ReadOnlySpan<char> w) =>
        w is "Copper" or "Gold" or "Silver" or "Nickel" or "Zinc" or "Lithium" or "Cobalt" or "Iron" or "Coal" or "Uranium" or "Potash"
            or "Cement" or "Steel" or "Timber" or "Platinum" or "Tin" or "Bauxite" or "Aluminium" or "Aluminum";

    // A place's name or its adjective, as a firm's name opens ("Andes", "Nordic", "Pacific").
    private static bool IsPlaceWord(EntityRecognizer recognizer, ReadOnlySpan<char> w) =>
        KnownPlaces.Contains(w) || recognizer.Gazetteer.TryLookupToken(w, out var entry) && entry.Type is EntityType.Loc or EntityType.Gpe or EntityType.Norp;

    // A lower-case noun for a body that no person is ("union", "group", "lender"; not "operator" or "producer").
    private static bool IsBodyNounInApposition(ReadOnlySpan<char> w) =>
        w is "union" or "group" or "company" or "firm" or "agency" or "authority" or "association" or "federation" or "confederation"
            or "charity" or "institute" or "lender" or "bank" or "insurer" or "carmaker" or "airline" or "broadcaster" or "regulator"
            or "watchdog" or "utility" or "manufacturer" or "provider" or "carrier" or "subsidiary" or "consortium" or "organisation"
            or "organization" or "party" or "movement" or "ministry" or "council" or "network" or "chain" or "retailer" or "supplier"
            or "conglomerate" or "cooperative" or "chipmaker" or "drugmaker" or "steelmaker" or "automaker";

    // A body's short name in capitals ("CHE", "ACRA"), two to six letters.
    private static bool IsAcronym(ReadOnlySpan<char> w) => w.Length is >= 2 and <= 6 && EntityRecognizer.IsAllUpperLetters(w);

    // A river's, a sea's or a landform's head, lower-case ("the Oder river") or capitalised ("the Szczecin Lagoon").
    private static bool IsWaterOrLandformHead(ReadOnlySpan<char> w)
    {
        if (w.Length < 3)
        {
            return false;
        }
        if (char.IsUpper(w[0]))
        {
            return w is "River" or "Lagoon" or "Lake" or "Bay" or "Strait" or "Straits" or "Gulf" or "Sea" or "Canal" or "Valley"
                or "Glacier" or "Fjord" or "Estuary" or "Reservoir" or "Delta" or "Creek" or "Marshes" or "Wetlands" or "Gorge" or "Basin"
                or "Volcano";
        }
        return w is "river" or "lagoon" or "lake" or "bay" or "strait" or "straits" or "gulf" or "sea" or "canal" or "valley"
            or "glacier" or "fjord" or "estuary" or "reservoir" or "delta" or "creek" or "marshes" or "wetlands" or "gorge" or "basin"
            or "volcano";
    }

    /// <summary>"dead fish pulled from the Oder river", "the Szczecin Lagoon", "the Marnow valley": a name right before a
    /// water's or a landform's head, or ending in a capitalised one, is that place, not a person or a body; capitalised words
    /// after "the" and before such a head that the tagger left unnamed are the place too.</summary>
    private static void NameBeforeWaterOrLandformHead(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int h = 1; h < starts.Length; h++)
        {
            var head = Word(text, starts, ends, h);
            if (!char.IsUpper(text[starts[h - 1]]) || !IsWaterOrLandformHead(head))
            {
                continue;
            }
            bool capital = char.IsUpper(head[0]);
            // The name ends right before a lower-case head, at a capitalised one.
            int last = capital ? h : h - 1;
            int at = -1;
            for (int m = firstOutput; m < output.Count; m++)
            {
                if (output[m].Span.End == ends[last])
                {
                    at = m;
                    break;
                }
            }
            if (at >= 0)
            {
                // A capitalised head inside a body's name may be the body's ("Canal Plus", "Bay Area Rapid Transit"): only a
                // person is retyped there, a person or a body before a lower-case head.
                var type = output[at].Type;
                if (type == EntityType.Person && output[at].Span.Start < starts[last] || type == EntityType.Person && !capital
                    || type == EntityType.Org && !capital)
                {
                    output[at] = output[at] with { Type = EntityType.Loc };
                }
                continue;
            }
            // Unnamed: up to two capitalised words after "the", none an ordinary word, are the place's name.
            int first = h - 1;
            while (first > 0 && last - first < 2 && IsTitleCase(Word(text, starts, ends, first - 1)))
            {
                first--;
            }
            if (first < 1 || !Gazetteer.IsArticle(Word(text, starts, ends, first - 1)) || !IsTitleCase(Word(text, starts, ends, first))
                || NewsSpanRules.Covered(output, firstOutput, starts[first], ends[last]))
            {
                continue;
            }
            bool ordinary = false;
            for (int k = first; k < h && !ordinary; k++)
            {
                ordinary = recognizer.Model.Common.Contains(TextHash.Lower(Word(text, starts, ends, k)));
            }
            if (!ordinary)
            {
                EntityRecognizer.ReplaceInside(output, firstOutput, starts[first], ends[last], EntityType.Loc);
            }
        }
    }

    /// <summary>"on the Oder, officials said", "samples from the Havel near Potsdam": one capitalised word the tagger took for a
    /// person, no ordinary word, after a preposition of place and "the", and before a stop, a comma or a word that goes on
    /// about a place, is rarely anyone's name: a river, a region or a range.</summary>
    private static void ThePlaceAlone(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            if (output[m].Type != EntityType.Person)
            {
                continue;
            }
            int t = starts.BinarySearch(output[m].Span.Start);
            if (t < 2 || t + 1 >= starts.Length || ends[t] != output[m].Span.End || Word(text, starts, ends, t - 1) is not "the")
            {
                continue;
            }
            // Where a place goes: "on the Oder", "from the Havel", "known as the Alamo"; a character is played or given to
            // ("played the Joker", "submit to the Devil").
            var before = Word(text, starts, ends, t - 2);
            if (!IsPrepositionOfPlace(before) && !(before is "as" && t >= 3 && Word(text, starts, ends, t - 3) is "known"))
            {
                continue;
            }
            var w = Word(text, starts, ends, t);
            // "the Kennedys" are a family; "the Senator" a title.
            if (!IsTitleCase(w) || w[^1] == 's' || RoleWords.IsRoleWord(w) || !IsAfterPlace(Word(text, starts, ends, t + 1))
                || recognizer.Model.Common.Contains(TextHash.Lower(w)))
            {
                continue;
            }
            output[m] = output[m] with { Type = EntityType.Loc };
        }
    }

    /// <summary>"The barge ran aground on the Vistra, officials said", "dead fish along the Molvena.": one capitalised word after
    /// a preposition that puts a thing on or along waters and "the", before a stop, a comma or a word that goes on about a
    /// place, is a river or a coast: where the tagger named nothing there, or took the word for a body, it is a place. Not a
    /// known name, an ordinary word, a title, a plural, letters ("on the BBC"), a day or the network ("on the Internet").</summary>
    private static void TheWatersAlone(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int t = 2; t + 1 < starts.Length; t++)
        {
            if (Word(text, starts, ends, t - 1) is not "the" || !IsPrepositionOfWaters(Word(text, starts, ends, t - 2)))
            {
                continue;
            }
            var w = Word(text, starts, ends, t);
            if (!IsTitleCase(w) || w[^1] == 's' || RoleWords.IsRoleWord(w) || !IsAfterPlace(Word(text, starts, ends, t + 1))
                || NewsSpanRules.IsCalendarWord(w) || w is "Internet" or "Net" or "Web" || recognizer.Model.Common.Contains(TextHash.Lower(w))
                || recognizer.Gazetteer.TryLookupToken(w, out _))
            {
                continue;
            }
            int at = -1;
            bool other = false;
            for (int m = firstOutput; m < output.Count; m++)
            {
                var span = output[m].Span;
                if (span.Start == starts[t] && span.End == ends[t])
                {
                    at = m;
                }
                else if (span.End > starts[t] && span.Start < ends[t])
                {
                    other = true;
                }
            }
            if (other || at >= 0 && output[at].Type is not (EntityType.Org or EntityType.Loc))
            {
                continue;
            }
            if (at >= 0)
            {
                output[at] = output[at] with { Type = EntityType.Loc };
            }
            else
            {
                EntityRecognizer.ReplaceInside(output, firstOutput, starts[t], ends[t], EntityType.Loc);
            }
        }
    }

    // Prepositions that put something on or along a river or a coast, and rarely before a paper's or a firm's name ("in the
    // Guardian", "at the Ritz", "from the Observer" are left out).
    private static bool IsPrepositionOfWaters(ReadOnlySpan<char> w) =>
        w is "on" or "along" or "across" or "up" or "down" or "beside" or "onto" or "off" or "downriver" or "upriver";

    private static bool IsPrepositionOfPlace(ReadOnlySpan<char> w) =>
        w is "on" or "in" or "into" or "from" or "along" or "across" or "near" or "over" or "under" or "up" or "down" or "beside"
            or "off" or "at" or "onto" or "towards" or "toward" or "through" or "past" or "beyond" or "below" or "above";

    // What follows a place's one-word name after "the" and no person's: a stop, a comma, a preposition of place or of
    // direction, a verb of flowing.
    private static bool IsAfterPlace(ReadOnlySpan<char> w) =>
        w is "," or "." or ";" or ":" or ")" or "near" or "at" or "in" or "on" or "between" or "where" or "downstream" or "upstream"
            or "into" or "flows" or "flowed" or "from" or "along" or "to";

    /// <summary>"The gang, which calls itself Black Heron, claimed …", "the crew, known as Night Orchid,": capitalised words
    /// after "calls itself" (a thing names itself, a person "himself") or after a group's noun and "known as" are the group's
    /// name, whether the tagger named nothing there or took them for a person.</summary>
    private static void GroupThatCallsItself(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int k = 2; k + 1 < starts.Length; k++)
        {
            var w = Word(text, starts, ends, k);
            bool named = w is "itself" or "themselves" && Word(text, starts, ends, k - 1) is "calls" or "called" or "calling" or "call";
            if (!named && w is "as" && Word(text, starts, ends, k - 1) is "known")
            {
                // "The crew, known as X", "a gang known as X": the group's noun right before, or before the comma.
                int noun = k - 2;
                if (noun > 0 && Word(text, starts, ends, noun) is ",")
                {
                    noun--;
                }
                // "The Ebro basin authority, known as CHE": a body's noun names a body as a group's does.
                named = IsGroupNoun(Word(text, starts, ends, noun)) || IsBodyNounInApposition(Word(text, starts, ends, noun));
            }
            if (!named || RoleWords.IsRoleWord(Word(text, starts, ends, k + 1)))
            {
                continue;
            }
            if (IsAcronym(Word(text, starts, ends, k + 1)))
            {
                // The body's short name alone ("known as CHE"), typed a body whatever the tagger made of it.
                EntityRecognizer.ReplaceInside(output, firstOutput, starts[k + 1], ends[k + 1], EntityType.Org);
                k++;
                continue;
            }
            if (!IsTitleCase(Word(text, starts, ends, k + 1)))
            {
                continue;
            }
            int end = k + 2;
            while (end < starts.Length && end - k <= 4 && IsTitleCase(Word(text, starts, ends, end)))
            {
                end++;
            }
            // A name the tagger found inside the run (or running on from it) keeps its span, a body's type; nothing named,
            // the run is the body when its first word is no ordinary one alone ("calls itself Revenge" is a word).
            bool found = false;
            for (int m = firstOutput; m < output.Count; m++)
            {
                var span = output[m].Span;
                if (span.Start >= starts[k + 1] && span.Start < ends[end - 1])
                {
                    found = true;
                    if (output[m].Type is EntityType.Person or EntityType.Loc)
                    {
                        output[m] = output[m] with { Type = EntityType.Org };
                    }
                }
            }
            if (!found && (end - k > 2 || !recognizer.Model.Common.Contains(TextHash.Lower(Word(text, starts, ends, k + 1)))))
            {
                EntityRecognizer.ReplaceInside(output, firstOutput, starts[k + 1], ends[end - 1], EntityType.Org);
            }
            k = end - 1;
        }
    }

    private static bool IsQuote(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019';

    // Nouns after which a name is a volcano's or a mountain's: "the eruption of X", "the volcano X", "the summit of X".
    private static bool IsNaturalFeatureCue(ReadOnlySpan<char> w) =>
        w is "eruption" or "eruptions" or "volcano" or "volcanoes" or "summit" or "slopes" or "flanks" or "crater";

    /// <summary>"the eruption of Hekla", "ash from the volcano Brennir", "the summit of Kazbek": one to three capitalised words
    /// right after such a noun (and "of", and "the") are a place, a natural feature, whether the tagger took them for a
    /// person or a body or named nothing there. "summit" is a meeting too ("a summit of Gulf leaders", "the summit of the
    /// African Union"), so after it a body the tagger found keeps its type, and so does a name that ends in a body's head.</summary>
    private static void NaturalFeatureAfterItsNoun(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int t = 0; t + 1 < starts.Length; t++)
        {
            var noun = Word(text, starts, ends, t);
            if (!IsNaturalFeatureCue(noun))
            {
                continue;
            }
            int name = t + 1;
            if (noun is "volcano" or "volcanoes")
            {
                name += Word(text, starts, ends, name) is "," ? 1 : 0;
            }
            else if (Word(text, starts, ends, name) is "of")
            {
                name++;
            }
            else
            {
                continue;
            }
            if (name < starts.Length && Word(text, starts, ends, name) is "the")
            {
                name++;
            }
            int end = name;
            while (end < starts.Length && end - name < 3 && IsTitleCase(Word(text, starts, ends, end)))
            {
                end++;
            }
            if (end == name || EntityHeads.IsOrganisationHead(Word(text, starts, ends, end - 1))
                || recognizer.Gazetteer.TryLookup(text, starts, ends, name, end, out _))
            {
                continue;
            }
            bool meeting = noun is "summit";
            int inside = -1;
            bool other = false;
            for (int m = firstOutput; m < output.Count; m++)
            {
                var span = output[m].Span;
                if (span.End <= starts[name] || span.Start >= ends[end - 1])
                {
                    continue;
                }
                other |= span.Start < starts[name] || span.End > ends[end - 1] || inside >= 0
                    || output[m].Type is not (EntityType.Person or EntityType.Org or EntityType.Loc) || meeting && output[m].Type == EntityType.Org;
                inside = m;
            }
            if (other || inside < 0 && end - name == 1 && recognizer.Model.Common.Contains(TextHash.Lower(Word(text, starts, ends, name))))
            {
                continue;
            }
            EntityRecognizer.ReplaceInside(output, firstOutput, starts[name], ends[end - 1], EntityType.Loc);
            t = end - 1;
        }
    }

    /// <summary>'a hacking group calling itself "Silver Lynx"', 'the "Red Heron" crew', 'a gang known as "Iron Wolves"': one
    /// to four capitalised words in quotation marks after what names a group ("calling itself", "known as", a group's noun
    /// and "called" or "dubbed"), or between "the"/"a" and a group's noun, are that group's name, an organisation.</summary>
    private static void QuotedGroupName(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int q = 1; q + 2 < starts.Length; q++)
        {
            if (ends[q] - starts[q] != 1 || !IsQuote(text[starts[q]]))
            {
                continue;
            }
            int close = q + 1;
            while (close < starts.Length && close - q <= 4 && IsTitleCase(Word(text, starts, ends, close)))
            {
                close++;
            }
            if (close == q + 1 || close >= starts.Length || ends[close] - starts[close] != 1 || !IsQuote(text[starts[close]]))
            {
                continue;
            }
            var before = Word(text, starts, ends, q - 1);
            bool named = before is "itself" or "themselves" && q > 1 && Word(text, starts, ends, q - 2) is "calls" or "called" or "calling" or "call"
                || before is "as" && q > 2 && Word(text, starts, ends, q - 2) is "known" && IsNounOfAGroup(text, starts, ends, q - 3)
                || before is "called" or "dubbed" or "named" && q > 1 && IsGroupNoun(Word(text, starts, ends, q - 2))
                || before is "the" or "The" or "a" or "A" or "so-called" or "'s" or "\u2019s" && close + 1 < starts.Length && IsGroupNoun(Word(text, starts, ends, close + 1));
            if (named)
            {
                EntityRecognizer.ReplaceInside(output, firstOutput, starts[q + 1], ends[close - 1], EntityType.Org);
            }
            q = close;
        }
    }

    // "a gang known as", "the crew, known as": a group's noun right before "known", or before its comma (a stadium or a
    // person "known as" a nickname is none).
    private static bool IsNounOfAGroup(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t) =>
        IsGroupNoun(Word(text, starts, ends, t)) || t > 0 && Word(text, starts, ends, t) is "," && IsGroupNoun(Word(text, starts, ends, t - 1));

    private static bool IsGroupNoun(ReadOnlySpan<char> w) =>
        w is "group" or "gang" or "crew" or "network" or "militia" or "movement" or "cell" or "cartel" or "faction" or "collective"
            or "syndicate" or "outfit" or "band" or "organisation" or "organization";

    // What a ruler's possessive heads: "Lukashenko's regime", "Orban's government".
    private static bool IsRuleNoun(ReadOnlySpan<char> w) =>
        w is "regime" or "government" or "administration" or "cabinet" or "presidency" or "premiership" or "junta";

    /// <summary>"Lukashenko's regime is a threat", "Dravenko's government has banned …": one capitalised word the tagger left
    /// unnamed, before a possessive and a rule's noun, is the ruler's name, unless it is a known place ("Russia's
    /// government"), an ordinary word ("Labour's government") or the end of a longer capitalised run.</summary>
    private static void RulerBeforeRuleNoun(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int p = 1; p + 1 < starts.Length; p++)
        {
            if (Word(text, starts, ends, p) is not ("'s" or "\u2019s") || !IsRuleNoun(Word(text, starts, ends, p + 1)))
            {
                continue;
            }
            int t = p - 1;
            var w = Word(text, starts, ends, t);
            // "President Dravenko's" or "Viktor Orban's": a longer name the tagger reads as one.
            if (!IsTitleCase(w) || t > 0 && char.IsUpper(text[starts[t - 1]])
                || NewsSpanRules.Covered(output, firstOutput, starts[t], ends[t])
                || recognizer.Model.Common.Contains(TextHash.Lower(w)) || recognizer.Gazetteer.TryLookupToken(w, out _) || KnownPlaces.Contains(w))
            {
                continue;
            }
            EntityRecognizer.ReplaceInside(output, firstOutput, starts[t], ends[t], EntityType.Person);
        }
    }

    /// <summary>"Association chairman Lars Dettmann said", "Union leader …", "Council spokesman …": a body's generic noun alone,
    /// capitalised only as it opens the sentence or a title, before a lower-case role, names no body.</summary>
    private static void NoBodyNounAloneBeforeRole(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            if (output[m].Type != EntityType.Org)
            {
                continue;
            }
            int t = starts.BinarySearch(output[m].Span.Start);
            if (t < 0 || t + 1 >= starts.Length || ends[t] != output[m].Span.End || !IsGenericBodyNoun(Word(text, starts, ends, t)))
            {
                continue;
            }
            var next = Word(text, starts, ends, t + 1);
            // A role's head or a person's noun ("chairman", "spokesman", "leader"), not a word that only modifies a role
            // ("the Coalition military activities").
            if (NewsSpanRules.IsLowerCasePersonWord(next))
            {
                output.RemoveAt(m);
                m--;
            }
        }
    }

    // The heads of bodies of which there are many, so that the noun alone names none (unlike "Congress", "Parliament").
    private static bool IsGenericBodyNoun(ReadOnlySpan<char> w) =>
        w is "Association" or "Union" or "Council" or "Federation" or "Committee" or "Commission" or "Agency" or "Ministry"
            or "Department" or "Office" or "Bureau" or "Board" or "Authority" or "Institute" or "Foundation" or "Society" or "Club"
            or "Company" or "Group" or "Corporation" or "Organisation" or "Organization" or "Alliance" or "Coalition" or "League"
            or "Network" or "Centre" or "Center" or "Trust" or "Fund" or "Service" or "Chamber" or "Guild" or "Syndicate"
            or "Confederation" or "Firm";

    /// <summary>"the villages of Brenzio, Valcorta and Monteluce", "suburbs such as Apache Junction and Sun City", "the islands
    /// Marie Galante, Petite Terre and Les Saintes": the names listed right after a plural noun for a kind of place are
    /// places, where the tagger took one for a person or a body or named nothing there.</summary>
    /// <remarks>Right after the noun ("the islands X, Y") only a list of two names or more counts: "the towns Holt visited"
    /// names a person. A name the gazetteer or the tagger gave a place's type keeps it; a name the tagger ran past the list's
    /// words is left alone; an unnamed single word must be no ordinary word ("cities such as Paris and Nearby").</remarks>
    private static void PlacesListedAfterTheirNoun(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        int n = starts.Length;
        Span<(int First, int End)> items = stackalloc (int, int)[8];
        for (int t = 0; t + 1 < n; t++)
        {
            int length = ends[t] - starts[t];
            if (length < 5 || text[ends[t] - 1] != 's' || !char.IsLower(text[starts[t]]) || !IsPlacesNoun(Word(text, starts, ends, t)))
            {
                continue;
            }
            int u = t + 1;
            var after = Word(text, starts, ends, u);
            bool linked = true;
            if (after is "of" or "including" or ":")
            {
                u++;
            }
            else if (after is "such" && u + 1 < n && Word(text, starts, ends, u + 1) is "as")
            {
                u += 2;
            }
            else
            {
                linked = false;
            }
            // The list: runs of capitalised words (a particle may join two: "Terre de Haut"), parted by commas, "and" or "or".
            items.Clear();
            int count = 0;
            while (u < n && count < items.Length && IsCapitalised(text, starts[u], ends[u]))
            {
                int end = u + 1;
                while (end < n && end - u < 4 && (IsCapitalised(text, starts[end], ends[end])
                    || end + 1 < n && IsPlaceParticle(Word(text, starts, ends, end)) && IsCapitalised(text, starts[end + 1], ends[end + 1])))
                {
                    end++;
                }
                if (end < n && IsCapitalised(text, starts[end], ends[end]))
                {
                    break;
                }
                items[count++] = (u, end);
                if (end + 1 < n && Word(text, starts, ends, end) is "," && Word(text, starts, ends, end + 1) is "and" or "or")
                {
                    u = end + 2;
                }
                else if (end < n && Word(text, starts, ends, end) is "," or "and" or "or")
                {
                    u = end + 1;
                }
                else
                {
                    break;
                }
            }
            if (count == 0 || !linked && count < 2)
            {
                continue;
            }
            for (int i = 0; i < count; i++)
            {
                var (first, end) = items[i];
                int from = starts[first], to = ends[end - 1];
                int inside = EntityRecognizer.SoleMentionOver(output, firstOutput, from, to);
                if (inside == -2 || inside >= 0 && output[inside].Type is not (EntityType.Person or EntityType.Org))
                {
                    continue;
                }
                if (inside >= 0)
                {
                    output[inside] = output[inside] with { Type = EntityType.Loc };
                    continue;
                }
                var word = Word(text, starts, ends, first);
                if (end == first + 1 && recognizer.Model.Common.Contains(TextHash.Lower(word)) || RoleWords.IsRoleWord(word)
                    || recognizer.Gazetteer.TryLookup(text, starts, ends, first, end, out _))
                {
                    continue;
                }
                EntityRecognizer.ReplaceInside(output, firstOutput, from, to, EntityType.Loc);
            }
            t = u;
        }
    }

    /// <summary>"an attack on Camp Hurdan that killed residents", "the Camp Leyton residents": "Camp" and one or two capitalised
    /// words after it are a place (a military or refugee camp), where the tagger named nothing there or a person.</summary>
    /// <remarks>Not before a further capitalised word ("Camp Nou Stadium", "Camp David Accords" are longer names) and not over
    /// an ordinary word or a title ("Camp Director").</remarks>
    private static void CampByItsName(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        int n = starts.Length;
        for (int t = 1; t + 1 < n; t++)
        {
            if (text[starts[t]] != 'C' || Word(text, starts, ends, t) is not "Camp" || !IsTitleCase(Word(text, starts, ends, t + 1)))
            {
                continue;
            }
            int end = t + 2;
            if (end < n && IsTitleCase(Word(text, starts, ends, end)))
            {
                end++;
            }
            if (end < n && IsCapitalised(text, starts[end], ends[end]))
            {
                continue;
            }
            bool plain = true;
            for (int k = t + 1; k < end && plain; k++)
            {
                var w = Word(text, starts, ends, k);
                plain = !recognizer.Model.Common.Contains(TextHash.Lower(w)) && !RoleWords.IsRoleWord(w);
            }
            if (!plain || recognizer.Gazetteer.TryLookup(text, starts, ends, t, end, out _))
            {
                continue;
            }
            int from = starts[t], to = ends[end - 1];
            bool other = false;
            for (int m = firstOutput; m < output.Count && output[m].Span.Start < to && !other; m++)
            {
                other = output[m].Span.End > from && output[m].Type != EntityType.Person;
            }
            if (!other)
            {
                EntityRecognizer.ReplaceInside(output, firstOutput, from, to, EntityType.Loc);
            }
        }
    }

    // Plural nouns for kinds of settlement, division or island that a list of their names may follow.
    internal static bool IsPlacesNoun(ReadOnlySpan<char> w) =>
        w is "cities" or "towns" or "villages" or "hamlets" or "islands" or "provinces" or "districts" or "regions" or "counties"
            or "suburbs" or "municipalities" or "settlements" or "neighbourhoods" or "neighborhoods" or "townships" or "oblasts"
            or "exurbs" or "boroughs";

    internal static bool IsPlaceParticle(ReadOnlySpan<char> w) => w is "de" or "du" or "des" or "del" or "di" or "da" or "la" or "le";

    private static bool IsCapitalised(string text, int start, int end) => end - start > 1 && char.IsUpper(text[start]);
}
