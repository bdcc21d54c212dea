using Dossier.Core;
using Dossier.Core.Entities;
using Dossier.Core.Pipeline;
using Dossier.Core.Tokens;
using Dossier.Language.Entities;

namespace Dossier.Language.Aliases;

/// <summary>Groups a document's mentions into canonical entities and records the role given at each person mention.</summary>
/// <remarks>
/// Rules, in order: known phrases resolve through the gazetteer (DPRK, Pyongyang and "North Korean" all stand for North Korea;
/// the White House is its own ORG, linked to the United States); "Name (ACRONYM)" and initials tie acronyms to names;
/// multi-word names match regardless of case, hyphens and periods (Kim Jong-un = Kim Jong Un); a single word that is the first
/// or last part of a person's name joins that person, nearest mention first (Milley, Won-sik). Pronouns never reach this stage.
/// </remarks>
public sealed class AliasStage(Gazetteer gazetteer, CommonWords? common) : IDocumentStage
{
    public AliasStage()
        : this(Gazetteer.Default, NerModel.Default.Common)
    {
    }

    internal AliasStage(Gazetteer gazetteer)
        : this(gazetteer, null)
    {
    }

    public string Name => "aliases";

    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Entities;

    public Layers Produces => Layers.Aliases;

    public void Process(Document document, CancellationToken cancellationToken)
    {
        document.Entities.Clear();
        RecoverRepeats(document);
        LowerCaseRepeats(document);
        var mentions = document.Mentions;
        int count = mentions.Count;
        if (count == 0)
        {
            return;
        }
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var target = new int[count];
        var surfaceKeys = new string[count];
        var deferred = new List<int>();
        Dictionary<string, string>? fuller = null;
        Dictionary<string, (string Key, string Name)>? bodies = null;
        HashSet<string>? defined = null;
        for (int m = 0; m < count; m++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var mention = mentions[m];
            var surface = document[mention.Span];
            var key = NameKey.Of(surface);
            surfaceKeys[m] = key;
            target[m] = -1;
            bodies ??= FullBodies(document);
            if (mention.Type == EntityType.Org && bodies.TryGetValue(key, out var fullBody))
            {
                target[m] = Resolve(document, keys, "k|" + fullBody.Key, fullBody.Name, EntityType.Org, null);
                continue;
            }
            // "The Football Supporters' Association (FSA)": an acronym the article defines names its body there and after,
            // whatever else the gazetteer knows by it (the Free Syrian Army).
            // "Friends of the Earth Netherlands, known as Milieudefensie": so is the name a body or person is known by.
            if (m > 0 && target[m - 1] >= 0 && (IsBracketedAfter(document, mentions[m - 1].Span, mention.Span)
                    && IsBracketedAcronymOf(surface, mentions[m - 1], document)
                || mentions[m - 1].Type == mention.Type && IsKnownAsAfter(document, mentions[m - 1].Span, mention.Span)))
            {
                target[m] = target[m - 1];
                keys.TryAdd("k|" + key, target[m]);
                (defined ??= new HashSet<string>(StringComparer.Ordinal)).Add(key);
                continue;
            }
            if (defined is not null && defined.Contains(key) && keys.TryGetValue("k|" + key, out int definedTarget))
            {
                target[m] = definedTarget;
                continue;
            }
            // "the largest penalty Brussels has imposed": where the article names the EU or one of its bodies, "Brussels" stands
            // for the Union, as "Moscow" stands for Russia; a dateline in capitals stays the city.
            if (surface is "Brussels" && UnionBodyNamed(document) is { } union)
            {
                target[m] = Resolve(document, keys, "k|" + NameKey.Of(union), union, EntityType.Org, null);
                continue;
            }
            // "Reykjavik" in the dateline and "Reykjavík" in the text: the gazetteer's spelling without the marks is the same place.
            if ((gazetteer.TryLookup(surface, out var entry) || KnownBodyAfterCountry(surface, out entry) || DatelineCapitals(surface, mention.Type, out entry)
                    || NameKey.WithoutMarks(surface) is { } plain && (gazetteer.TryLookup(plain, out entry) || DatelineCapitals(plain, mention.Type, out entry)))
                && !IsNamesakeOfACapital(document, m, entry) && !IsSpeakingSurname(document, m, entry))
            {
                string? owner = entry.Country is null && entry.Canonical.StartsWith("Ministry", StringComparison.Ordinal) ? OwnerCountry(document, m) : null;
                // "the Philippine Red Cross": a national society, not the international committee.
                if (surface is "Red Cross" or "Red Crescent" && OwnerCountry(document, m) is { } society)
                {
                    var before = mentions[m - 1].Span;
                    target[m] = Resolve(document, keys, "k|" + key + "|" + society, Clean(document.Text.AsSpan(before.Start, mention.Span.End - before.Start)),
                        EntityType.Org, society);
                    continue;
                }
                target[m] = entry.StandsForCountry
                    ? Resolve(document, keys, "gpe|" + entry.Country, entry.Country!, EntityType.Gpe, null)
                    : owner is not null
                        ? Resolve(document, keys, "k|" + NameKey.Of(entry.Canonical) + "|" + owner, entry.Canonical, entry.Type, owner)
                        : Resolve(document, keys, "k|" + NameKey.Of(entry.Canonical), entry.Canonical, entry.Type, entry.Country);
                continue;
            }
            if (keys.TryGetValue("k|" + key, out int known) || keys.TryGetValue("person|" + key, out known))
            {
                target[m] = known;
                continue;
            }
            bool oneWord = !surface.ContainsAny(' ', '\n', '\u00A0');
            if (!oneWord && mention.Type == EntityType.Person)
            {
                fuller ??= FullerNames(document);
                var full = fuller.GetValueOrDefault(key, key);
                target[m] = Resolve(document, keys, "person|" + full, Clean(surface), EntityType.Person, null);
                keys.TryAdd("person|" + key, target[m]);
                continue;
            }
            if (oneWord || mention.Type == EntityType.Person)
            {
                deferred.Add(m);
                continue;
            }
            // "Wexford Rovers FC" and "Wexford Rovers", "Sunrise Formulations Ltd" and "Sunrise Formulations": one body.
            // "Supreme Court" after "Supreme Court of India": the body the article named in full.
            target[m] = Resolve(document, keys, "k|" + WithoutLegalSuffix(key), Clean(surface), mention.Type, null);
            if (mention.Type == EntityType.Loc && WithoutFeatureWord(key) is { } bare)
            {
                keys.TryAdd("k|" + bare, target[m]);
            }
        }

        foreach (int m in deferred)
        {
            target[m] = ResolveShort(document, keys, target, surfaceKeys, m);
        }

        FinishEntities(document, target, surfaceKeys);
        DescribedAliases(document, target);
    }

    /// <summary>"the company", "the agency", "the ministry", "the club": a body's noun after "the" stands for the one body of
    /// that kind the article has named before it, and is listed among that body's aliases (not as a mention: it names
    /// nothing by itself). Two bodies of the kind named before it, or none, leave it alone.</summary>
    private void DescribedAliases(Document document, int[] target)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var mentions = document.Mentions;
        int m = 0;
        for (int t = 0; t + 1 < tokens.Count; t++)
        {
            if (text[tokens.Starts[t]] is not ('t' or 'T') || !text.AsSpan(tokens.Starts[t], tokens.Ends[t] - tokens.Starts[t]).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var noun = text.AsSpan(tokens.Starts[t + 1], tokens.Ends[t + 1] - tokens.Starts[t + 1]);
            if (!IsDescribingNoun(noun))
            {
                continue;
            }
            // "the company Nimbatek", "the ministry of finance": the noun goes on to name a body itself; "the company that makes
            // the chips" describes one the article may not have named.
            if (t + 2 < tokens.Count)
            {
                var next = text.AsSpan(tokens.Starts[t + 2], tokens.Ends[t + 2] - tokens.Starts[t + 2]);
                if (char.IsUpper(next[0]) && tokens.Starts[t + 2] - tokens.Ends[t + 1] <= 1 || next is "which" or "that"
                    || next is "of" or "for" && noun is not ("company" or "firm"))
                {
                    continue;
                }
            }
            while (m < mentions.Count && mentions[m].Span.End <= tokens.Starts[t])
            {
                m++;
            }
            int only = -1, describedOnly = -1;
            bool several = false, describedSeveral = false;
            for (int b = 0; b < m; b++)
            {
                int e = target[b];
                if (e < 0 || document.Entities[e].Type != EntityType.Org)
                {
                    continue;
                }
                // "Dutch hospital group Zorgnet", "Zorgnet, a hospital group,": the article said what kind of body it is, and
                // the one body so described is taken before any other that might be of the kind.
                bool described = IsDescribedAs(document, mentions[b].Span, noun)
                    || noun is "company" or "firm" && IsDescribedAsFirm(document, mentions[b].Span);
                if (described)
                {
                    describedSeveral |= describedOnly >= 0 && describedOnly != e;
                    describedOnly = e;
                }
                if (e == only || !described && !IsOfKind(document.Entities[e].Name, noun))
                {
                    continue;
                }
                several |= only >= 0;
                only = e;
            }
            if (describedOnly >= 0 && !describedSeveral)
            {
                AliasList.Add(document.Entities[describedOnly].Aliases, "the " + noun.ToString());
                continue;
            }
            // Any body might be the firm, but the one taken must say it is one ("Motors", "Group", "SA"): "Bristol Temple
            // Meads", a station the tagger took for a body, is no company's name.
            if (only >= 0 && !several && (noun is not ("company" or "firm") || SaysItIsAFirm(document.Entities[only].Name)))
            {
                AliasList.Add(document.Entities[only].Aliases, "the " + noun.ToString());
            }
        }
    }

    // Whether the noun stands right before the mention ("hospital group Zorgnet", or with the words that give a name between:
    // "a gang that calls itself Zorgnet"), or after it, a comma, an article and up to three words ("Zorgnet, a Dutch
    // hospital group").
    private static bool IsDescribedAs(Document document, TextSpan mention, ReadOnlySpan<char> noun)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        int t = Array.BinarySearch(tokens.Starts, 0, tokens.Count, mention.Start);
        // "a gang that calls itself X", "the crew, known as X": the words that give a name stand between the noun and it.
        // A comma alone is no such word: "his first club, Enyimba" may be any club of the story.
        int before = t - 1;
        bool naming = false;
        while (before > 0 && t - before <= 4)
        {
            var w = text.AsSpan(tokens.Starts[before], tokens.Ends[before] - tokens.Starts[before]);
            if (w is "calls" or "calling" or "called" or "named" or "known")
            {
                naming = true;
            }
            else if (w is not ("itself" or "themselves" or "as" or "that" or "which" or ","))
            {
                break;
            }
            before--;
        }
        if (t > 0 && (text.AsSpan(tokens.Starts[t - 1], tokens.Ends[t - 1] - tokens.Starts[t - 1]).SequenceEqual(noun)
            || naming && text.AsSpan(tokens.Starts[before], tokens.Ends[before] - tokens.Starts[before]).SequenceEqual(noun)))
        {
            return true;
        }
        int comma = Array.BinarySearch(tokens.Ends, 0, tokens.Count, mention.End) + 1;
        if (comma > 0 && t > 0 && text.AsSpan(tokens.Starts[t - 1], tokens.Ends[t - 1] - tokens.Starts[t - 1]) is "the" or "The"
            && NounRightAfter(document, comma, noun))
        {
            return true;
        }
        if (comma <= 0 || comma + 2 >= tokens.Count || text[tokens.Starts[comma]] != ','
            || !text.AsSpan(tokens.Starts[comma + 1], tokens.Ends[comma + 1] - tokens.Starts[comma + 1]).Equals("a", StringComparison.Ordinal)
                && !text.AsSpan(tokens.Starts[comma + 1], tokens.Ends[comma + 1] - tokens.Starts[comma + 1]).Equals("an", StringComparison.Ordinal))
        {
            return false;
        }
        for (int k = comma + 2; k < tokens.Count && k <= comma + 5; k++)
        {
            var w = text.AsSpan(tokens.Starts[k], tokens.Ends[k] - tokens.Starts[k]);
            if (w.SequenceEqual(noun))
            {
                return true;
            }
            // "Jones, a member of the party": the noun of another phrase.
            if (!char.IsLetter(w[0]) || w is "of")
            {
                return false;
            }
        }
        return false;
    }

    // "the Zorgnet hospital group", "the Velden mining company": after "the", the name set before its noun as a modifier,
    // with at most two lower-case words between.
    private static bool NounRightAfter(Document document, int t, ReadOnlySpan<char> noun)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        for (int k = t; k < tokens.Count && k <= t + 2; k++)
        {
            var w = text.AsSpan(tokens.Starts[k], tokens.Ends[k] - tokens.Starts[k]);
            if (w.SequenceEqual(noun))
            {
                return true;
            }
            // Only words that can modify the noun: "the NCSC told the group" names no group. Without tags (a run for names
            // alone) the words that most often stand between a subject and its object's noun are kept out by their form.
            var tag = tokens.Tags[k];
            if (!char.IsLower(w[0]) || tag is not (PartOfSpeech.NOUN or PartOfSpeech.ADJ or PartOfSpeech.None)
                || tag == PartOfSpeech.None && (w.EndsWith("ed", StringComparison.Ordinal) || w is "the" or "a" or "an" or "its" or "his" or "her"
                    or "their" or "this" or "that" or "these" or "those" or "our" or "another"))
            {
                return false;
            }
        }
        return false;
    }

    // "French chemicals group Arkevia … The company said": a firm described by another noun for one.
    private static bool IsDescribedAsFirm(Document document, TextSpan mention) =>
        IsDescribedAs(document, mention, "company") || IsDescribedAs(document, mention, "firm") || IsDescribedAs(document, mention, "group")
            || IsDescribedAs(document, mention, "maker") || IsDescribedAs(document, mention, "carmaker") || IsDescribedAs(document, mention, "lender")
            || IsDescribedAs(document, mention, "insurer") || IsDescribedAs(document, mention, "retailer") || IsDescribedAs(document, mention, "manufacturer");

    private static bool IsDescribingNoun(ReadOnlySpan<char> w) =>
        w is "company" or "firm" or "group" or "gang" or "crew" or "club" or "agency" or "ministry" or "party" or "council" or "commission" or "bank" or "union"
            or "airline" or "university" or "carmaker" or "insurer" or "regulator" or "association" or "federation" or "authority"
            or "foundation" or "institute";

    // Whether a body could be what the noun names: for "the company" or "the firm" any body whose name holds no other kind's
    // head ("Ministry", "Council", "FC") and that the gazetteer knows as no outlet and no country, as news names firms by
    // any words ("Goldman Sachs"); for the other nouns a name that says so ("Agency" for "the agency", "Airways" for "the
    // airline").
    private bool IsOfKind(string name, ReadOnlySpan<char> noun)
    {
        bool company = noun is "company" or "firm";
        if (company && gazetteer.TryLookup(name, out var known) && (known.Kind == GazetteerKind.Outlet || known.StandsForCountry))
        {
            return false;
        }
        foreach (var range in name.AsSpan().Split(' '))
        {
            var w = name.AsSpan(range).TrimEnd('.');
            if (w.Length == 0)
            {
                continue;
            }
            if (company)
            {
                if (IsOtherKindsHead(w))
                {
                    return false;
                }
                continue;
            }
            bool kind = noun switch
            {
                "carmaker" => w is "Motors" or "Automotive" or "Auto",
                "insurer" => w is "Insurance" or "Assurance",
                "airline" => w is "Airlines" or "Airways" or "Air",
                "club" => w is "Club" or "FC" or "AFC" or "United" or "City" or "Rovers" or "Wanderers" or "Athletic" or "Albion" or "Hotspur" or "Town",
                "regulator" => w is "Authority" or "Commission" or "Regulator",
                _ => w.Length == noun.Length && char.ToLowerInvariant(w[0]) == noun[0] && w[1..].SequenceEqual(noun[1..]),
            };
            if (kind)
            {
                return true;
            }
        }
        return company;
    }

    // A company's head ("Motors", "Holdings", "Mining", "Group", "Maritime") or legal suffix ("SA", "plc", "AS") in the name.
    private static bool SaysItIsAFirm(string name)
    {
        var key = NameKey.Of(name);
        if (WithoutLegalSuffix(key) != key || name.EndsWith(" AS", StringComparison.Ordinal) || name.EndsWith(" ASA", StringComparison.Ordinal))
        {
            return true;
        }
        foreach (var range in name.AsSpan().Split(' '))
        {
            var w = name.AsSpan(range).TrimEnd('.');
            if (w.Length > 1 && (EntityHeads.IsOrganisationHead(w) || EntityHeads.IsCompanyHead(w) || EntityRecognizer.IsOtherCompanyHead(w)) && !IsOtherKindsHead(w))
            {
                return true;
            }
        }
        return false;
    }

    // Heads of bodies that are no firm: the state's, parties, clubs, schools, the press.
    private static bool IsOtherKindsHead(ReadOnlySpan<char> w) =>
        w is "Council" or "Agency" or "Ministry" or "Department" or "Office" or "Committee" or "Commission" or "Force" or "Forces"
            or "Army" or "Navy" or "Party" or "Court" or "Institute" or "University" or "College" or "School" or "Foundation"
            or "Association" or "Union" or "Organization" or "Organisation" or "Command" or "Authority" or "Administration"
            or "Bureau" or "Board" or "Assembly" or "Parliament" or "Congress" or "Senate" or "Cabinet" or "Government" or "Regime"
            or "Guard" or "Corps" or "Brigade" or "Division" or "Battalion" or "Regiment" or "Fleet" or "Club" or "Society"
            or "Federation" or "Alliance" or "Coalition" or "Front" or "Movement" or "Tribunal" or "Academy" or "Directorate"
            or "Secretariat" or "Inspectorate" or "Trust" or "Programme" or "Program" or "Initiative" or "Police" or "Constabulary"
            or "FC" or "AFC" or "Rovers" or "Wanderers" or "Athletic" or "Albion" or "Hotspur" or "United" or "City" or "Town"
            or "Service" or "Services" or "Fund" or "News" or "Times" or "Post" or "Press" or "Herald" or "Journal" or "Tribune"
            or "Telegraph" or "Nations" or "Church" or "Hospital" or "Mission" or "Crescent" or "Cross";

    /// <summary>
    /// Adds mentions the tagger missed where the document repeats a name it found elsewhere: the same multi-word name,
    /// or the last word of a person's full name ("Won-sik said" after "Shin Won-sik").
    /// </summary>
    private static void RecoverRepeats(Document document)
    {
        var mentions = document.Mentions;
        var tokens = document.Tokens;
        if (mentions.Count == 0 || tokens.Count == 0)
        {
            return;
        }
        var known = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        int longest = 1;
        // "Federal Migration Agency (FMA)": the acronym in brackets is a mention of the same name, and so are its repeats.
        var text = document.Text;
        var acronyms = new List<EntityMention>();
        foreach (var m in mentions)
        {
            int open = m.Span.End;
            while (open < text.Length && text[open] == ' ')
            {
                open++;
            }
            if (open + 2 < text.Length && text[open] == '(')
            {
                int close = text.IndexOf(')', open + 1, Math.Min(12, text.Length - open - 1));
                if (close > open + 2 && IsBracketedAcronymOf(text.AsSpan(open + 1, close - open - 1), m, document))
                {
                    var span = new TextSpan(open + 1, close);
                    if (!mentions.Exists(x => x.Span.Overlaps(span)))
                    {
                        acronyms.Add(new EntityMention(span, m.Type));
                    }
                    known.TryAdd(text.Substring(open + 1, close - open - 1), m.Type);
                }
            }
        }
        foreach (var m in mentions)
        {
            int first = tokens.IndexAtOrAfter(m.Span.Start);
            int last = tokens.IndexAtOrAfter(m.Span.End - 1);
            int n = last - first + 1;
            if (n >= 2)
            {
                known.TryAdd(Clean(document[m.Span]), m.Type);
                longest = Math.Max(longest, Math.Min(n, 6));
                if (m.Type == EntityType.Person && last < tokens.Count)
                {
                    if (n > 2 && NameShapes.IsGenerationSuffix(document.Text.AsSpan(tokens.Starts[last], tokens.Ends[last] - tokens.Starts[last])))
                    {
                        last--; // "Brenner" of "Harold Brenner Jr."
                    }
                    var surname = document.Text.AsSpan(tokens.Starts[last], tokens.Ends[last] - tokens.Starts[last]);
                    if (surname.Length >= 3 && char.IsUpper(surname[0]))
                    {
                        known.TryAdd(surname.ToString(), EntityType.Person);
                    }
                    else if (NewsSpanRules.IsArticledSurname(surname))
                    {
                        // "al-Nuaimi" in the full name is "Al-Nuaimi" opening a sentence.
                        known.TryAdd(surname.ToString(), EntityType.Person);
                        known.TryAdd(char.ToUpperInvariant(surname[0]) + surname[1..].ToString(), EntityType.Person);
                    }
                }
            }
        }
        mentions.AddRange(acronyms);
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        if (known.Count == 0)
        {
            return;
        }
        var covered = new bool[tokens.Count];
        foreach (var m in mentions)
        {
            for (int t = tokens.IndexAtOrAfter(m.Span.Start); t < tokens.Count && tokens.Starts[t] < m.Span.End; t++)
            {
                covered[t] = true;
            }
        }
        var added = new List<EntityMention>();
        foreach (var p in document.Paragraphs)
        {
            int t = tokens.IndexAtOrAfter(p.Span.Start);
            while (t < tokens.Count && tokens.Starts[t] < p.Span.End)
            {
                var w = document.Text.AsSpan(tokens.Starts[t], tokens.Ends[t] - tokens.Starts[t]);
                if (covered[t] || w.Length == 0 || !char.IsUpper(w[0]))
                {
                    t++;
                    continue;
                }
                int matched = 0;
                EntityType type = default;
                for (int n = Math.Min(longest, tokens.Count - t); n >= 1 && matched == 0; n--)
                {
                    int end = t + n;
                    if (tokens.Ends[end - 1] > p.Span.End || AnyCovered(covered, t, end))
                    {
                        continue;
                    }
                    var surface = Clean(document.Text.AsSpan(tokens.Starts[t], tokens.Ends[end - 1] - tokens.Starts[t]));
                    if (known.TryGetValue(surface, out type) && !ContinuesName(document, end, p.Span.End))
                    {
                        matched = n;
                    }
                }
                if (matched > 0)
                {
                    added.Add(new EntityMention(new TextSpan(tokens.Starts[t], tokens.Ends[t + matched - 1]), type));
                    t += matched;
                }
                else
                {
                    t++;
                }
            }
        }
        if (added.Count > 0)
        {
            mentions.AddRange(added);
            mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }
    }

    /// <summary>"The central bank of Kenya said" after "the Central Bank of Kenya (CBK)": a body's name of the form "X of Y"
    /// that the article repeats in lower case is a mention of the body, not of the place inside it, so the place the tagger
    /// found there gives way (otherwise "Kenya" would be the one who spoke); so is "central bank of" a country alone.</summary>
    private static void LowerCaseRepeats(Document document)
    {
        var mentions = document.Mentions;
        var text = document.Text;
        List<EntityMention>? added = null;
        foreach (var m in mentions)
        {
            var name = text.AsSpan(m.Span.Start, m.Span.Length);
            if (m.Type != EntityType.Org || name.IndexOf(" of ", StringComparison.Ordinal) <= 0 || name.Length < 12)
            {
                continue;
            }
            var needle = name.ToString();
            for (int at = text.IndexOf(needle, 0, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = at + 1 < text.Length ? text.IndexOf(needle, at + 1, StringComparison.OrdinalIgnoreCase) : -1)
            {
                int end = at + name.Length;
                var found = text.AsSpan(at, name.Length);
                if (!char.IsLower(found[0]) || found.SequenceEqual(name) || at > 0 && char.IsLetterOrDigit(text[at - 1])
                    || end < text.Length && char.IsLetterOrDigit(text[end]))
                {
                    continue;
                }
                var span = new TextSpan(at, end);
                bool crosses = false;
                foreach (var o in mentions)
                {
                    crosses |= o.Span.Overlaps(span) && (o.Span.Start < at || o.Span.End > end);
                }
                if (!crosses)
                {
                    (added ??= []).Add(new EntityMention(span, EntityType.Org));
                }
            }
        }
        // "The central bank of Germany did not give a figure": the bank, though the article never writes its name in full.
        const string CentralBank = "central bank of ";
        for (int at = text.IndexOf(CentralBank, StringComparison.Ordinal); at >= 0; at = text.IndexOf(CentralBank, at + 1, StringComparison.Ordinal))
        {
            int place = at + CentralBank.Length;
            foreach (var o in mentions)
            {
                if (o.Span.Start == place && o.Type == EntityType.Gpe && (added is null || !added.Exists(a => a.Span.Overlaps(o.Span))))
                {
                    (added ??= []).Add(new EntityMention(new TextSpan(at, o.Span.End), EntityType.Org));
                }
            }
        }
        if (added is null)
        {
            return;
        }
        foreach (var a in added)
        {
            mentions.RemoveAll(o => o.Span.Overlaps(a.Span));
        }
        foreach (var a in added)
        {
            if (!mentions.Exists(o => o.Span.Overlaps(a.Span)))
            {
                mentions.Add(a);
            }
        }
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    private static bool AnyCovered(bool[] covered, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (covered[t])
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True for a word of two or more letters, all capitals ("ANA", "NATO").</summary>
    internal static bool IsCapitalsWord(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLower(c) || c == ' ')
            {
                return false;
            }
            if (char.IsLetter(c))
            {
                letters++;
            }
        }
        return letters >= 2;
    }

    private static bool ContinuesName(Document document, int next, int paragraphEnd)
    {
        var tokens = document.Tokens;
        if (next >= tokens.Count || tokens.Starts[next] >= paragraphEnd)
        {
            return false;
        }
        var w = document.Text.AsSpan(tokens.Starts[next], tokens.Ends[next] - tokens.Starts[next]);
        return w.Length > 1 && char.IsUpper(w[0]) && char.IsLower(w[^1]) && !RoleWords.IsRoleWord(w);
    }

    private int ResolveShort(Document document, Dictionary<string, int> keys, int[] target, string[] surfaceKeys, int m)
    {
        var mentions = document.Mentions;
        var key = surfaceKeys[m];
        var surface = document[mentions[m].Span];
        // A single word that is the first or last part of a person's fuller name. When several people share it ("Clinton"
        // after "Hillary Clinton" and "daughter Chelsea Clinton"), news style gives the bare name to the story's main
        // person: the one named most often, and of equals the one named first (not the nearest: "the administration of
        // former President Bill Clinton" in a story about Hillary Clinton does not take every later "Clinton").
        Span<(int Entity, int Count)> tally = stackalloc (int, int)[8];
        int candidates = 0;
        // "operator ANA" is no "Ana Ribeiro": a word in capitals is an acronym unless the name it would shorten is in capitals too.
        bool capitals = IsCapitalsWord(surface);
        for (int o = 0; o < mentions.Count; o++)
        {
            if (o == m || target[o] < 0 || document.Entities[target[o]].Type != EntityType.Person || !NameKey.IsPartOf(key, surfaceKeys[o])
                || capitals && !NerFeatures.IsAllUpper(document[mentions[o].Span]))
            {
                continue;
            }
            int c = 0;
            while (c < candidates && tally[c].Entity != target[o])
            {
                c++;
            }
            if (c == candidates)
            {
                if (candidates == tally.Length)
                {
                    continue; // more namesakes than anyone writes; the first eight compete
                }
                tally[candidates++] = (target[o], 0);
            }
            tally[c].Count++;
        }
        int best = -1;
        // Candidates enter the tally in order of first mention, so a strict comparison keeps the first of equals.
        for (int c = 0, bestCount = 0; c < candidates; c++)
        {
            if (tally[c].Count > bestCount)
            {
                (best, bestCount) = (tally[c].Entity, tally[c].Count);
            }
        }
        if (best >= 0)
        {
            var mention = mentions[m];
            if (mention.Type != EntityType.Person)
            {
                mentions[m] = mention with { Type = EntityType.Person };
            }
            return best;
        }
        // "Mantis claimed the attack" after "a group calling itself Silver Mantis": the last word of the one body so named.
        if (!surface.Contains(' ') && (mentions[m].Type is EntityType.Person or EntityType.Org) && LastWordOfOneBody(document, surface) is int body)
        {
            mentions[m] = mentions[m] with { Type = EntityType.Org };
            return body;
        }
        // The first word of a company's name before its organisation heads ("Halden" after "Halden Motors", "Boeing" after
        // "Boeing Co."), when no person in the document has that name: news calls the company by it after the first mention.
        if (!surface.Contains(' '))
        {
            // Any first word will do for a name the tagger took for a person or body ("Kestrel" of "Kestrel Data"), not for a
            // place ("Wexford" of "Wexford Rovers").
            bool anyRest = mentions[m].Type is EntityType.Person or EntityType.Org;
            for (int e = 0; e < document.Entities.Count; e++)
            {
                var entity = document.Entities[e];
                if (entity.Type == EntityType.Org && (IsShortFormOf(surface, entity.Name) || IsPartysPlural(surface, entity.Name) || anyRest
                    && !gazetteer.TryLookup(entity.Name, out _) && (StartsWithWord(entity.Name, surface) || FollowsBodyOpener(entity.Name, surface))))
                {
                    mentions[m] = mentions[m] with { Type = EntityType.Org };
                    return e;
                }
            }
        }
        // An acronym of a multi-word organisation named in the same document ("NSC" for "National Security Council").
        for (int e = 0; e < document.Entities.Count; e++)
        {
            var entity = document.Entities[e];
            if (entity.Type == EntityType.Org && NameKey.IsAcronymOf(surface, entity.Name))
            {
                keys.TryAdd("k|" + key, e);
                return e;
            }
        }
        var type = mentions[m].Type;
        var prefix = type == EntityType.Person ? "person|" : "k|";
        if (keys.TryGetValue(prefix + key, out int same))
        {
            return same;
        }
        return Resolve(document, keys, prefix + key, Clean(surface), type, null);
    }

    // The one multi-word body of the document whose name ends with the word, where the word is no body's head ("Commission"),
    // no company's and no word the gazetteer knows; null for none or several.
    private int? LastWordOfOneBody(Document document, ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || EntityHeads.IsOrganisationHead(word) || EntityHeads.IsCompanyHead(word) || EntityRecognizer.IsOtherCompanyHead(word)
            || IsReachWord(word) || gazetteer.TryLookup(word, out _))
        {
            return null;
        }
        int? only = null;
        for (int e = 0; e < document.Entities.Count; e++)
        {
            var name = document.Entities[e].Name;
            if (document.Entities[e].Type == EntityType.Org && name.Length > word.Length + 1 && name.AsSpan().EndsWith(word, StringComparison.Ordinal)
                && name[^(word.Length + 1)] == ' ' && !gazetteer.TryLookup(name, out _))
            {
                if (only is not null)
                {
                    return null;
                }
                only = e;
            }
        }
        return only;
    }

    /// <summary>"mount kelaro" → "kelaro", "dornava river" → "dornava": a two-word mountain's, lake's or river's key less its
    /// feature word, which news drops after the first mention; null for any other key.</summary>
    internal static string? WithoutFeatureWord(string key)
    {
        int space = key.IndexOf(' ');
        if (space <= 0 || key.IndexOf(' ', space + 1) >= 0)
        {
            return null;
        }
        if (key.StartsWith("mount ", StringComparison.Ordinal) || key.StartsWith("mt ", StringComparison.Ordinal) || key.StartsWith("lake ", StringComparison.Ordinal))
        {
            return key.Length - space > 3 ? key[(space + 1)..] : null;
        }
        return key.EndsWith(" river", StringComparison.Ordinal) && space > 2 ? key[..space] : null;
    }

    internal static string WithoutLegalSuffix(string key)
    {
        int space = key.LastIndexOf(' ');
        if (space <= 0)
        {
            return key;
        }
        var last = key.AsSpan(space + 1);
        // "Saudi Electricity Co" in one report, "Saudi Electricity Company" in the next: the suffix spelt out is the same
        // suffix, but only where two words stay ("Acme Company" keeps its key, which a place "Acme" would share).
        return last is "fc" or "afc" or "ltd" or "inc" or "plc" or "llc" or "corp" or "co" or "sa" or "ag" or "nv"
            or "bv" or "a/s" or "gmbh" or "spa" or "asa" or "ab" or "oyj" or "kgaa"
            || last is "company" or "corporation" or "limited" or "incorporated" && key.AsSpan(0, space).Contains(' ') ? key[..space] : key;
    }

    /// <summary>"National Intelligence Service (NIS)", and for an organisation any capitals in brackets after its name
    /// ("Federal Office for Information Security (BSI)", "National Electoral Council (CNE)": acronyms of the name in its
    /// own language).</summary>
    private static bool IsBracketedAcronymOf(ReadOnlySpan<char> acronym, EntityMention name, Document document) =>
        NameKey.IsAcronymOf(acronym, document[name.Span])
        || name.Type == EntityType.Org && acronym.Length is >= 2 and <= 6 && NerFeatures.IsAllUpper(acronym) && NewsSpanRules.IsLetters(acronym)
            && document[name.Span].Contains(' ')
        || name.Type == EntityType.Org && IsMixedCaseAcronym(acronym) && document[name.Span].Contains(' ');

    // "Shell Nigeria Exploration and Production Company Ltd (SNEPCo)": capitals with a lower-case letter or two among them,
    // three capitals at least and two to open ("PwC" and "Reuters" are not such).
    private static bool IsMixedCaseAcronym(ReadOnlySpan<char> w)
    {
        if (w.Length is < 4 or > 8 || !char.IsUpper(w[0]) || !char.IsUpper(w[1]))
        {
            return false;
        }
        int upper = 0, lower = 0;
        foreach (char c in w)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
            else
            {
                return false;
            }
        }
        return upper >= 3 && lower is >= 1 and <= 2;
    }

    // "Sorel" of "Laboratoires Sorel": the one word after a foreign word for a firm that opens the name.
    private static bool FollowsBodyOpener(string name, ReadOnlySpan<char> word)
    {
        int space = name.IndexOf(' ');
        return space > 0 && name.Length == space + 1 + word.Length && name.AsSpan(space + 1).SequenceEqual(word)
            && NewsSpanRules.IsBodyOpener(name.AsSpan(0, space));
    }

    private static bool StartsWithWord(string name, ReadOnlySpan<char> word) =>
        name.Length > word.Length + 1 && name.AsSpan().StartsWith(word, StringComparison.Ordinal) && name[word.Length] == ' ';

    // "Amnesty International", "Oxfam International", "Rotary International": a word for how far a body reaches, which news
    // drops after the first mention.
    private static bool IsReachWord(ReadOnlySpan<char> w) => w is "International" or "Worldwide" or "Global";

    /// <summary>"the Greens" of "Green Front", "the Liberals" of "Liberal Alliance": the plural of a party's first word, a
    /// creed's, names its members, and so the party, where the article or dossier names the party in full. A people's plural
    /// is the people ("Oromos" beside the "Oromo Liberation Front").</summary>
    internal static bool IsPartysPlural(ReadOnlySpan<char> word, string name)
    {
        if (!EntityRecognizer.IsPartysMembers(word) || name.Length <= word.Length
            || !name.AsSpan().StartsWith(word[..^1], StringComparison.Ordinal) || name[word.Length - 1] != ' ')
        {
            return false;
        }
        int last = name.LastIndexOf(' ');
        return NameShapes.IsPartyHead(name.AsSpan(last + 1));
    }

    internal static bool IsShortFormOf(ReadOnlySpan<char> word, string name)
    {
        if (name.Length <= word.Length + 1 || !name.AsSpan().StartsWith(word, StringComparison.Ordinal) || name[word.Length] != ' ')
        {
            return false;
        }
        foreach (var range in name.AsSpan(word.Length + 1).Split(' '))
        {
            var rest = name.AsSpan(word.Length + 1)[range].TrimEnd('.');
            if (!EntityHeads.IsOrganisationHead(rest) && !EntityRecognizer.IsOtherCompanyHead(rest) && !rest.Equals("Co", StringComparison.Ordinal) && !rest.Equals("Corp", StringComparison.Ordinal)
                && !rest.Equals("LLC", StringComparison.Ordinal) && !rest.Equals("plc", StringComparison.OrdinalIgnoreCase) && !rest.Equals("AG", StringComparison.Ordinal)
                && !rest.Equals("SA", StringComparison.Ordinal) && !IsReachWord(rest))
            {
                return false;
            }
        }
        return true;
    }

    // Without parts of speech (the annotator tags only when asked) the name's kind decides: people and demonyms take
    // "the" only as modifiers, and so does a one-word place ("the Pyongyang government"); organisations, seats of
    // power, acronyms and longer place names take it themselves ("the Kremlin", "the DPRK", "the United States").
    private bool Modifies(EntityMention mention, string surface)
    {
        if (mention.Type is EntityType.Person or EntityType.Norp)
        {
            return true;
        }
        return mention.Type is EntityType.Gpe or EntityType.Loc && !surface.Contains(' ') && !NerFeatures.IsAllUpper(surface)
            && !(gazetteer.TryLookup(surface, out var entry) && entry.Kind == GazetteerKind.Seat);
    }

    // "The New York branch", "the Kelport office": a place the part-of-speech tagger reads before a lower-case noun only
    // modifies the noun, which the article belongs to. Without tags (names alone) nothing is read.
    private static bool BeforeItsNoun(Document document, EntityMention mention)
    {
        if (mention.Type is not (EntityType.Gpe or EntityType.Loc))
        {
            return false;
        }
        var tokens = document.Tokens;
        int k = tokens.IndexAtOrAfter(mention.Span.End);
        return k < tokens.Count && tokens.Starts[k] == mention.Span.End + 1 && char.IsLower(document.Text[tokens.Starts[k]])
            && tokens.Tags[k] == PartOfSpeech.NOUN;
    }

    private void FinishEntities(Document document, int[] target, string[] surfaceKeys)
    {
        var mentions = document.Mentions;
        var tokens = document.Tokens;
        var sentenceOf = SentenceIndex(document);
        for (int m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            var entity = document.Entities[target[m]];
            entity.MentionCount++;
            var surface = Clean(document[mention.Span]);
            AliasList.Add(entity.Aliases, surface);
            // Keep "the DPRK", "the New York Times" as the text wrote them, but not the article of a phrase the name
            // only modifies ("the Biden administration", "the Russian army", "the Pyongyang regime").
            int before = mention.Span.Start - 4;
            if (before >= 0 && document.Text.AsSpan(before, 4) is "the " or "The " && !Modifies(mention, surface) && !BeforeItsNoun(document, mention))
            {
                AliasList.Add(entity.Aliases, document.Text.Substring(before, 4) + surface);
            }
            if (entity.Type == EntityType.Person && surface.Contains(' ') && NameKey.Words(surfaceKeys[m]).Length > NameKey.Words(NameKey.Of(entity.Name)).Length)
            {
                entity.Name = surface;
            }
            // "ARVEL" of a dateline and "Arvel" of the story: the place is named as the running text writes it.
            else if (entity.Type is EntityType.Gpe or EntityType.Loc && surface.Length == entity.Name.Length && NerFeatures.IsAllUpper(entity.Name)
                && !NerFeatures.IsAllUpper(surface) && surface.Equals(entity.Name, StringComparison.OrdinalIgnoreCase))
            {
                entity.Name = surface;
            }
            TextSpan? role = null;
            if (mention.Type == EntityType.Person && tokens.Count > 0)
            {
                int first = tokens.IndexAtOrAfter(mention.Span.Start);
                int last = tokens.IndexAtOrAfter(mention.Span.End - 1);
                if (first < tokens.Count && last < tokens.Count)
                {
                    var sentence = sentenceOf[first];
                    if (sentence >= 0)
                    {
                        var s = document.Sentences[sentence];
                        var set = RoleFinder.BeforeComma(document, first, last, s.FirstToken, s.EndToken);
                        var pre = RoleFinder.WithoutCourtesy(document, RoleFinder.Premodifier(document, first, s.FirstToken, common)) ?? set;
                        var post = RoleFinder.Apposition(document, last, s.EndToken);
                        role = pre ?? post;
                        if (pre is { } p)
                        {
                            AddDistinct(entity.Roles, RoleFinder.Text(document, p));
                        }
                        if (set is { } b && b != pre)
                        {
                            AddDistinct(entity.Roles, RoleFinder.Text(document, b)); // "Dr." and "chief medical officer" both
                        }
                        if (post is { } q)
                        {
                            AddDistinct(entity.Roles, RoleFinder.Text(document, q));
                        }
                    }
                }
            }
            mentions[m] = mention with { Entity = target[m], Role = role };
        }
    }

    private static int Resolve(Document document, Dictionary<string, int> keys, string key, string name, EntityType type, string? linkedTo)
    {
        if (keys.TryGetValue(key, out int index))
        {
            return index;
        }
        index = document.Entities.Count;
        document.Entities.Add(new Entity(index, name, type) { Key = key, LinkedTo = linkedTo });
        keys[key] = index;
        return index;
    }

    /// <summary>"European Union" when a mention names it ("the EU"), else "European Commission" when one names the
    /// Commission (the body "Brussels" then stands for: "scrutiny from Brussels"), else null.</summary>
    private string? UnionBodyNamed(Document document)
    {
        string? body = null;
        foreach (var mention in document.Mentions)
        {
            if (mention.Type == EntityType.Org && gazetteer.TryLookup(document[mention.Span], out var entry))
            {
                if (entry.Canonical is "European Union")
                {
                    return entry.Canonical;
                }
                if (entry.Canonical is "European Commission")
                {
                    body = entry.Canonical;
                }
            }
        }
        return body;
    }

    /// <summary>"San Jose, California", "Santiago, Spain": a capital's name followed by a region or another country is a
    /// namesake city there, not the capital standing for its country.</summary>
    /// <summary>"Montenegro said" after "Prime Minister Luis Montenegro": a country's or city's one-word name that a person
    /// of the article has as surname is that person where it speaks; a place does not "say" where a namesake could.</summary>
    private static bool IsSpeakingSurname(Document document, int m, GazetteerEntry entry)
    {
        if (entry.Kind is not (GazetteerKind.Country or GazetteerKind.Capital))
        {
            return false;
        }
        var mentions = document.Mentions;
        var span = mentions[m].Span;
        var surface = document.Text.AsSpan(span.Start, span.Length);
        var tokens = document.Tokens;
        int next = tokens.IndexAtOrAfter(span.End);
        if (surface.ContainsAny(' ', '\n') || next >= tokens.Count
            || !NewsSpanRules.IsReportingVerb(document.Text.AsSpan(tokens.Starts[next], tokens.Ends[next] - tokens.Starts[next])))
        {
            return false;
        }
        return EntityRecognizer.WrittenAsSurname(document.Text, mentions, 0, surface);
    }

    private bool IsNamesakeOfACapital(Document document, int m, GazetteerEntry entry)
    {
        var mentions = document.Mentions;
        if (entry.Kind != GazetteerKind.Capital || m + 1 >= mentions.Count)
        {
            return false;
        }
        var here = mentions[m].Span;
        var next = mentions[m + 1].Span;
        var text = document.Text;
        if (next.Start != here.End + 2 || text[here.End] != ',' || text[here.End + 1] != ' '
            || !gazetteer.TryLookup(text.AsSpan(next.Start, next.Length), out var region))
        {
            return false;
        }
        return region.Kind == GazetteerKind.Region && region.Country != entry.Country
            || region.Kind == GazetteerKind.Country && region.Canonical != entry.Country;
    }

    /// <summary>"NAIROBI —": a place written in capitals, as datelines write it, is the place the gazetteer knows in title case.</summary>
    private bool DatelineCapitals(ReadOnlySpan<char> surface, EntityType type, out GazetteerEntry entry)
    {
        entry = null!;
        if (type is not (EntityType.Gpe or EntityType.Loc) || surface.Length is < 4 or > 24 || surface.Contains('-'))
        {
            return false;
        }
        foreach (char c in surface)
        {
            if (!char.IsUpper(c) && c != ' ')
            {
                return false;
            }
        }
        if (!surface.Contains(' '))
        {
            return gazetteer.TryLookupCapitals(surface, out entry);
        }
        // "NEW DELHI", "BUENOS AIRES": each word title-cased.
        Span<char> title = stackalloc char[surface.Length];
        surface.ToLowerInvariant(title);
        for (int i = 0; i < title.Length; i++)
        {
            if (i == 0 || title[i - 1] == ' ')
            {
                title[i] = char.ToUpperInvariant(title[i]);
            }
        }
        return gazetteer.TryLookup(title, out entry);
    }

    /// <summary>"US Food and Drug Administration", "British Foreign Office": a country or demonym before a known body of
    /// that country is the body itself.</summary>
    private bool KnownBodyAfterCountry(ReadOnlySpan<char> surface, out GazetteerEntry entry)
    {
        entry = null!;
        int space = surface.IndexOf(' ');
        if (space <= 0 || !gazetteer.TryLookup(surface[..space], out var country) || !country.StandsForCountry
            || !gazetteer.TryLookup(surface[(space + 1)..], out var body) || body.StandsForCountry || body.Type != EntityType.Org
            || body.Country != country.Country)
        {
            return false;
        }
        entry = body;
        return true;
    }

    /// <summary>For each multi-word person name of the document that is the first or last words of exactly one longer
    /// person name there ("Ruiz de la Fuente" of "Javier Ruiz de la Fuente", "María Fernanda Ochoa" of "María Fernanda
    /// Ochoa Villalobos"), that longer name's key; names with no such longer name are not in the map.</summary>
    private static Dictionary<string, string> FullerNames(Document document)
    {
        var names = new List<string>();
        foreach (var mention in document.Mentions)
        {
            if (mention.Type == EntityType.Person)
            {
                var key = NameKey.Of(document[mention.Span]);
                if (key.Contains(' ') && !names.Contains(key))
                {
                    names.Add(key);
                }
            }
        }
        return FullerOf(names);
    }

    // " of …", and the Romance languages' "of" ("Banco Castellano de Ahorro", "Caixa Geral de Depósitos", "Banca del Sud").
    internal static bool IsOfWord(ReadOnlySpan<char> rest) =>
        rest.StartsWith(" of ", StringComparison.Ordinal) || rest.StartsWith(" de ", StringComparison.Ordinal) || rest.StartsWith(" del ", StringComparison.Ordinal)
        || rest.StartsWith(" da ", StringComparison.Ordinal) || rest.StartsWith(" do ", StringComparison.Ordinal) || rest.StartsWith(" di ", StringComparison.Ordinal)
        || rest.StartsWith(" des ", StringComparison.Ordinal) || rest.StartsWith(" du ", StringComparison.Ordinal);

    /// <summary>For each multi-word organisation name of the document that exactly one other organisation name there
    /// continues with "of …" ("Supreme Court" and "Supreme Court of India"; also "de", "del", "da" …), that name's key and text.</summary>
    private Dictionary<string, (string Key, string Name)> FullBodies(Document document)
    {
        var map = new Dictionary<string, (string Key, string Name)>(StringComparer.Ordinal);
        var names = new List<(string Key, string Name)>();
        List<(string Key, string Name)>? owned = null;
        for (int m = 0; m < document.Mentions.Count; m++)
        {
            var mention = document.Mentions[m];
            if (mention.Type == EntityType.Org)
            {
                var surface = document[mention.Span];
                var key = NameKey.Of(surface);
                // "Kenya's Supreme Court" is the "Supreme Court of Kenya" another report writes (one key), and the article's
                // later "Supreme Court".
                // A ministry or a Red Cross society is linked to its country below instead.
                if (key.Contains(' ') && !key.Contains(" of ")
                    && !(gazetteer.TryLookup(surface, out var entry) && (entry.StandsForCountry || entry.Country is not null || entry.Canonical.StartsWith("Ministry", StringComparison.Ordinal)))
                    && surface is not ("Red Cross" or "Red Crescent") && OwnerCountry(document, m) is { } country)
                {
                    // The key only: the name stays the text's ("Competition and Markets Authority"), or the "of" form
                    // where the article writes that too (added after the loop, so a written name comes first).
                    owned ??= [];
                    owned.Add((key + " of " + NameKey.Of(country), Clean(surface)));
                }
                if (key.Contains(' ') && !(gazetteer.TryLookup(surface, out var known) && (known.StandsForCountry || known.Country is not null))
                    && !names.Exists(n => n.Key == key))
                {
                    names.Add((key, Clean(surface)));
                }
            }
        }
        foreach (var o in owned ?? [])
        {
            if (!names.Exists(n => n.Key == o.Key))
            {
                names.Add(o);
            }
        }
        foreach (var (key, _) in names)
        {
            (string Key, string Name)? only = null;
            int count = 0;
            foreach (var other in names)
            {
                if (other.Key.Length > key.Length + 4 && other.Key.StartsWith(key, StringComparison.Ordinal) && IsOfWord(other.Key.AsSpan(key.Length)))
                {
                    only = other;
                    count++;
                }
            }
            if (count == 1)
            {
                map[key] = only!.Value;
                map[only.Value.Key] = only.Value;
            }
        }
        // "Kestrel Ridge said" after "Kestrel Ridge Mining plc": a company's name less its head word ("Mining", "Systems") and
        // legal suffix is the one company of the article so named.
        foreach (var (key, _) in names)
        {
            if (map.ContainsKey(key))
            {
                continue;
            }
            string? bare = null;
            string? name = null;
            bool several = false;
            foreach (var other in names)
            {
                var otherBare = WithoutLegalSuffix(other.Key);
                if (otherBare.Length > key.Length + 1 && otherBare[key.Length] == ' ' && otherBare.StartsWith(key, StringComparison.Ordinal)
                    && otherBare.IndexOf(' ', key.Length + 1) < 0 && EntityHeads.IsOrganisationHead(otherBare.AsSpan(key.Length + 1)))
                {
                    several |= bare is not null && bare != otherBare;
                    bare ??= otherBare;
                    name ??= other.Name;
                }
            }
            if (bare is not null && !several)
            {
                map[key] = (bare, name!);
            }
        }
        // "Rovers travel to …" after "Drumbridge Rovers": a club's last word alone is the one club of the article that ends
        // with it (the headline may write it before the full name).
        foreach (var word in s_clubWords)
        {
            if (OnlyNameHeadedBy(names, word, beforeOf: false) is { } club)
            {
                map.TryAdd(word, club);
            }
        }
        // "The Commission gave the company 90 days" after "The European Commission fined …": a body's head word alone is
        // the one body of the article whose name ends with it or holds it before its "of".
        foreach (var word in s_bodyHeads)
        {
            if (OnlyNameHeadedBy(names, word, beforeOf: true) is { } body)
            {
                map.TryAdd(word, body);
            }
        }
        return map;
    }

    // The one name whose key ends with the word (or, with beforeOf, holds it right before its first "of"); null for none or several.
    private static (string Key, string Name)? OnlyNameHeadedBy(List<(string Key, string Name)> names, string word, bool beforeOf)
    {
        (string Key, string Name)? only = null;
        int count = 0;
        foreach (var other in names)
        {
            if (other.Key.Length > word.Length + 1 && (other.Key.EndsWith(word, StringComparison.Ordinal) && other.Key[^(word.Length + 1)] == ' '
                || beforeOf && HeadBeforeOf(other.Key, word)))
            {
                only = other;
                count++;
            }
        }
        return count == 1 ? only : null;
    }

    // "ministry of defence", "supreme court of kenya": the word stands right before the name's first "of".
    private static bool HeadBeforeOf(string key, string word)
    {
        int of = key.IndexOf(" of ", StringComparison.Ordinal);
        return of >= word.Length && key.AsSpan(0, of).EndsWith(word, StringComparison.Ordinal) && (of == word.Length || key[of - word.Length - 1] == ' ');
    }

    // Last words of football clubs' names that news writes alone for the club; lower case, as in a name key.
    private static readonly string[] s_clubWords = ["rovers", "wanderers", "albion", "athletic", "hotspur"];

    // Heads of a body's name that news writes alone, capitalised, for that body ("the Commission", "the Court"); lower case.
    private static readonly string[] s_bodyHeads =
    [
        "commission", "court", "ministry", "council", "parliament", "assembly", "senate", "committee", "tribunal", "agency",
        "authority", "board", "bureau", "department", "institute", "union", "federation", "league", "alliance", "party",
        // "told the Herald" after "The Ostgard Herald had reported": a paper by its press head.
        "herald", "gazette", "courier", "tribune", "chronicle", "telegraph", "sentinel", "observer",
    ];

    /// <summary>Maps each multi-word name to the longest name it begins or ends when all the names it is part of nest in
    /// that one (a chain, not two different people).</summary>
    internal static Dictionary<string, string> FullerOf(List<string> names)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            string? longest = null;
            bool chain = true;
            foreach (var other in names)
            {
                if (!NameKey.IsPartOf(name, other))
                {
                    continue;
                }
                if (longest is null || other.Length > longest.Length)
                {
                    if (longest is not null && !NameKey.IsPartOf(longest, other))
                    {
                        chain = false;
                    }
                    longest = other;
                }
                else if (!NameKey.IsPartOf(other, longest))
                {
                    chain = false;
                }
            }
            if (longest is not null && chain)
            {
                map[name] = longest;
            }
        }
        return map;
    }

    /// <summary>"Russia's Defense Ministry", "the Ukrainian Foreign Ministry": the country a ministry belongs to, from the
    /// country name or demonym right before it; each country's ministry is its own organisation, linked to the country.</summary>
    private string? OwnerCountry(Document document, int m)
    {
        if (m == 0)
        {
            return null;
        }
        var before = document.Mentions[m - 1].Span;
        var gap = document.Text.AsSpan(before.End, document.Mentions[m].Span.Start - before.End);
        if (gap is not (" " or "'s " or "’s ") || !gazetteer.TryLookup(document[before], out var owner) || !owner.StandsForCountry)
        {
            return null;
        }
        return owner.Country;
    }

    private static bool IsKnownAsAfter(Document document, TextSpan name, TextSpan other)
    {
        var between = document.Text.AsSpan(name.End, Math.Max(0, other.Start - name.End)).Trim();
        return between is ", known as" or ", also known as" or ", locally known as" or ", widely known as" or ", simply known as";
    }

    private static bool IsBracketedAfter(Document document, TextSpan name, TextSpan inner)
    {
        var between = document.Text.AsSpan(name.End, Math.Max(0, inner.Start - name.End)).Trim();
        return between is "(" && inner.End < document.Text.Length && document.Text[inner.End] == ')';
    }

    private static int[] SentenceIndex(Document document)
    {
        var map = new int[document.Tokens.Count];
        Array.Fill(map, -1);
        for (int s = 0; s < document.Sentences.Length; s++)
        {
            var sentence = document.Sentences[s];
            for (int t = sentence.FirstToken; t < sentence.EndToken && t < map.Length; t++)
            {
                map[t] = s;
            }
        }
        return map;
    }

    private static string Clean(ReadOnlySpan<char> surface)
    {
        var s = surface.ToString().Replace('\u2019', '\'');
        return s.Contains('\n') || s.Contains("  ", StringComparison.Ordinal)
            ? string.Join(' ', s.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
            : s;
    }

    private static void AddDistinct(List<string> list, string value)
    {
        foreach (var v in list)
        {
            if (string.Equals(v, value, StringComparison.Ordinal))
            {
                return;
            }
        }
        list.Add(value);
    }
}
