using Dossier.Core;
using Dossier.Core.Entities;
using Dossier.Language.Entities;

namespace Dossier.Language.Aliases;

/// <summary>Merges the per-document entities of many documents into canonical entities across the dossier; a document's place
/// that the dossier's entity holds as a state is retyped a state there.</summary>
/// <remarks>
/// The same rules as within a document: equal keys (gazetteer canonical names, normalised multi-word names) and shared
/// multi-word aliases merge; a one-word person joins the one multi-word person across the dossier whose name it begins or
/// ends, when there is exactly one. Deterministic: documents are taken in the order given.
/// </remarks>
public static class EntityMerger
{
    public static DossierEntities Merge(IEnumerable<Document> documents)
    {
        var locals = new List<(string Doc, int Index, Entity Entity)>();
        var docOf = new List<Document>();
        foreach (var d in documents)
        {
            for (int e = 0; e < d.Entities.Count; e++)
            {
                locals.Add((d.Id, e, d.Entities[e]));
                docOf.Add(d);
            }
        }
        var parent = new int[locals.Count];
        for (int i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }
        void Union(int a, int b)
        {
            a = Find(a);
            b = Find(b);
            if (a != b)
            {
                parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        }

        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < locals.Count; i++)
        {
            foreach (var key in Keys(locals[i].Entity))
            {
                if (byKey.TryGetValue(key, out int other))
                {
                    Union(i, other);
                }
                else
                {
                    byKey[key] = i;
                }
            }
        }
        // A multi-word person whose name begins or ends a longer one of the dossier, and nests with every other name it is
        // part of ("Castaño Rojas", "María Fernanda Ochoa" of "María Fernanda Ochoa Villalobos"), is that person.
        var personNames = new List<string>();
        var firstWithName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < locals.Count; i++)
        {
            var e = locals[i].Entity;
            var key = NameKey.Of(e.Name);
            if (e.Type == EntityType.Person && key.Contains(' ') && firstWithName.TryAdd(key, i))
            {
                personNames.Add(key);
            }
        }
        foreach (var (part, full) in AliasStage.FullerOf(personNames))
        {
            Union(firstWithName[part], firstWithName[full]);
        }
        for (int i = 0; i < locals.Count; i++)
        {
            var e = locals[i].Entity;
            if (e.Type == EntityType.Person && firstWithName.TryGetValue(NameKey.Of(e.Name), out int same))
            {
                Union(i, same);
            }
        }
        // "Sealink" in one report, "Nordic Sealink" in others: a one-word body is the single multi-word body of the dossier
        // it ends ("Nordic Sealink"), or begins before organisation heads only ("Halden" of "Halden Motors") or before
        // "of"/"de" ("the Acueducto" of "the Acueducto de Bogotá").
        for (int i = 0; i < locals.Count; i++)
        {
            var e = locals[i].Entity;
            if (e.Type != EntityType.Org || e.Name.Contains(' ') || e.Name.Length < 3 || NerFeatures.IsAllUpper(e.Name))
            {
                continue;
            }
            int match = -1;
            bool ambiguous = false;
            for (int j = 0; j < locals.Count; j++)
            {
                var o = locals[j].Entity;
                if (o.Type == EntityType.Org && o.Name.Contains(' ') && (EndsWithWord(o.Name, e.Name) || AliasStage.IsShortFormOf(e.Name, o.Name)
                    || OpensWithOf(o.Name, e.Name) || AliasStage.IsPartysPlural(e.Name, o.Name)))
                {
                    ambiguous |= match >= 0 && Find(match) != Find(j);
                    match = j;
                }
            }
            if (match >= 0 && !ambiguous)
            {
                Union(i, match);
            }
        }
        // "National Security Authority" in one report, "Norwegian National Security Authority" in another: a body is the
        // single body of the dossier that is its name with a country or demonym before it or "of" a country after it. Two
        // ("Supreme Court" beside "Supreme Court of Kenya" and "US Supreme Court") leave it alone.
        for (int i = 0; i < locals.Count; i++)
        {
            var e = locals[i].Entity;
            if (e.Type != EntityType.Org || !e.Name.Contains(' ') || e.LinkedTo is not null)
            {
                continue;
            }
            int match = -1;
            bool ambiguous = false;
            for (int j = 0; j < locals.Count; j++)
            {
                var o = locals[j].Entity;
                if (o.Type == EntityType.Org && OfACountry(e.Name, o.Name))
                {
                    ambiguous |= match >= 0 && Find(match) != Find(j);
                    match = j;
                }
            }
            if (match >= 0 && !ambiguous)
            {
                Union(i, match);
            }
        }
        var oneWordPeople = new Dictionary<string, int>(StringComparer.Ordinal);
        var placeJoins = new List<int>();
        // One-word people ("Milley" alone in a later report) join the single multi-word person they can be part of.
        for (int i = 0; i < locals.Count; i++)
        {
            var e = locals[i].Entity;
            var key = NameKey.Of(e.Name);
            if (e.Type != EntityType.Person || e.Name.Contains(' '))
            {
                continue;
            }
            int match = -1;
            bool ambiguous = false;
            for (int j = 0; j < locals.Count; j++)
            {
                var o = locals[j].Entity;
                if (o.Type == EntityType.Person && NameKey.IsPartOf(key, NameKey.Of(o.Name))
                    && !(AliasStage.IsCapitalsWord(e.Name) && !NerFeatures.IsAllUpper(o.Name)))
                {
                    if (match >= 0 && Find(match) != Find(j))
                    {
                        ambiguous = true;
                    }
                    match = j;
                }
            }
            if (match >= 0 && !ambiguous)
            {
                Union(i, match);
            }
            else if (match < 0 && SamePlace(locals, docOf, e, key) is int place and >= 0)
            {
                // "the road to Kurmuk" taken for a person where other reports name the town: no one of the dossier has a
                // fuller name with it, and a place not known to the gazetteer has the very name. The place's type is the
                // whole's (Combine): the person was the tagger's reading, the place a report's evidence.
                Union(i, place);
                placeJoins.Add(place);
            }
            else if (match < 0 && SameBody(locals, e, key) is int body and >= 0)
            {
                // "Lufthansa" a person in one report and a company in another: no one of the dossier has a fuller name with
                // it, so it is the one body with the very name; the weight of the mentions types the whole (Combine).
                Union(i, body);
            }
            else if (match < 0)
            {
                // No fuller name anywhere: the same one-word name in two reports is one person ("Suharyanto", who uses one name).
                if (oneWordPeople.TryGetValue(key, out int first))
                {
                    Union(i, first);
                }
                else
                {
                    oneWordPeople[key] = i;
                }
            }
        }

        var groups = new Dictionary<int, List<int>>();
        for (int i = 0; i < locals.Count; i++)
        {
            int root = Find(i);
            if (!groups.TryGetValue(root, out var list))
            {
                groups[root] = list = [];
            }
            list.Add(i);
        }
        var placeRoots = new HashSet<int>();
        foreach (var p in placeJoins)
        {
            placeRoots.Add(Find(p));
        }
        var merged = new List<(Entity Entity, List<int> Members)>();
        foreach (var (root, members) in groups.OrderBy(g => g.Key))
        {
            merged.Add((Combine(members.Select(m => locals[m].Entity).ToList(), placeRoots.Contains(root)), members));
        }
        merged.Sort((a, b) => b.Entity.MentionCount != a.Entity.MentionCount
            ? b.Entity.MentionCount.CompareTo(a.Entity.MentionCount)
            : string.CompareOrdinal(a.Entity.Name, b.Entity.Name));
        var entities = new List<Entity>(merged.Count);
        var map = new Dictionary<(string, int), int>();
        for (int g = 0; g < merged.Count; g++)
        {
            var source = merged[g].Entity;
            var entity = new Entity(g, source.Name, source.Type) { LinkedTo = source.LinkedTo, MentionCount = source.MentionCount, Key = source.Key };
            entity.Aliases.AddRange(source.Aliases);
            entity.Roles.AddRange(source.Roles);
            entities.Add(entity);
            foreach (var m in merged[g].Members)
            {
                map[(locals[m].Doc, locals[m].Index)] = g;
            }
        }
        // "Teralia" a place in a report that gives no mark of a state, a state in the others: the report's entity and its
        // mentions take the dossier's type, so each report shows the one state the dossier knows.
        for (int i = 0; i < locals.Count; i++)
        {
            var local = locals[i].Entity;
            if (local.Type != EntityType.Loc || entities[map[(locals[i].Doc, locals[i].Index)]].Type != EntityType.Gpe)
            {
                continue;
            }
            local.Type = EntityType.Gpe;
            var mentions = docOf[i].Mentions;
            for (int k = 0; k < mentions.Count; k++)
            {
                if (mentions[k].Entity == locals[i].Index && mentions[k].Type == EntityType.Loc)
                {
                    mentions[k] = mentions[k] with { Type = EntityType.Gpe };
                }
            }
        }
        return new DossierEntities(entities, map);
    }

    // The first place (not from the gazetteer) of the dossier with this one-word name, when it has as many mentions as the
    // person or more, or when its report gives a place's cue for it ("EDRIN, July 2 -", "the village of Edrin", "near Edrin"):
    // "two kilometres from Edrin" in a report without a dateline is the tagger's person as often as not.
    private static int SamePlace(List<(string Doc, int Index, Entity Entity)> locals, List<Document> docOf, Entity person, string key)
    {
        for (int j = 0; j < locals.Count; j++)
        {
            var o = locals[j].Entity;
            if (o.Type is EntityType.Loc or EntityType.Gpe && o.LinkedTo is null && !o.Name.Contains(' ')
                && (o.Key is null || !o.Key.StartsWith("gpe|", StringComparison.Ordinal)) && NameKey.Of(o.Name) == key
                && (o.MentionCount >= person.MentionCount && o.Type == EntityType.Loc || HasPlaceCue(docOf[j], locals[j].Index)))
            {
                return j;
            }
        }
        return -1;
    }

    // Whether a mention of the document's entity stands in the dateline or after "near", "outside" or a settlement's noun
    // and "of" ("the village of Edrin").
    private static bool HasPlaceCue(Document d, int entity)
    {
        foreach (var m in d.Mentions)
        {
            if (m.Entity != entity)
            {
                continue;
            }
            if (d.Metadata.DatelineSpan is { } dateline && m.Span.Start >= dateline.Start && m.Span.End <= dateline.End)
            {
                return true;
            }
            // Without the reader's dateline (plain text): a place in capitals opening the text or a line.
            if ((m.Span.Start == 0 || d.Text[m.Span.Start - 1] == '\n') && NerFeatures.IsAllUpper(d.Text.AsSpan(m.Span.Start, m.Span.Length)))
            {
                return true;
            }
            var before = d.Text.AsSpan(0, m.Span.Start).TrimEnd();
            if (before.EndsWith(" near", StringComparison.Ordinal) || before.EndsWith(" outside", StringComparison.Ordinal))
            {
                return true;
            }
            if (before.EndsWith(" of", StringComparison.Ordinal))
            {
                before = before[..^3].TrimEnd();
                if (before.EndsWith("village", StringComparison.Ordinal) || before.EndsWith("town", StringComparison.Ordinal)
                    || before.EndsWith("city", StringComparison.Ordinal) || before.EndsWith("port", StringComparison.Ordinal)
                    || before.EndsWith("hamlet", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    // The first organisation of the dossier with this one-word name (not an acronym: "ANA" is no "Ana").
    private static int SameBody(List<(string Doc, int Index, Entity Entity)> locals, Entity person, string key)
    {
        if (NerFeatures.IsAllUpper(person.Name))
        {
            return -1;
        }
        for (int j = 0; j < locals.Count; j++)
        {
            var o = locals[j].Entity;
            if (o.Type == EntityType.Org && !o.Name.Contains(' ') && !NerFeatures.IsAllUpper(o.Name) && NameKey.Of(o.Name) == key)
            {
                return j;
            }
        }
        // "Amnesty said" in one report, "Amnesty International" in another: the one body whose name is the word and heads only.
        int match = -1;
        for (int j = 0; j < locals.Count; j++)
        {
            var o = locals[j].Entity;
            // "Havenlijn said" in one report, where another wrote "Havenlijn Terminals … Havenlijn": a body another report
            // already calls by the word.
            if (o.Type == EntityType.Org && (AliasStage.IsShortFormOf(person.Name, o.Name) || o.Name.Contains(' ') && o.Aliases.Contains(person.Name)))
            {
                if (match >= 0)
                {
                    return -1;
                }
                match = j;
            }
        }
        return match;
    }

    // "Norwegian National Security Authority", "US Supreme Court", "Supreme Court of Kenya" for "National Security
    // Authority", "Supreme Court": the body's name with a country word before it or "of" a country after it.
    private static bool OfACountry(string body, string name)
    {
        string rest;
        if (name.Length > body.Length + 1 && name.EndsWith(body, StringComparison.Ordinal) && name[name.Length - body.Length - 1] == ' ')
        {
            rest = name[..(name.Length - body.Length - 1)];
        }
        else if (name.Length > body.Length + 4 && name.StartsWith(body, StringComparison.Ordinal) && name.AsSpan(body.Length).StartsWith(" of ", StringComparison.Ordinal))
        {
            rest = name[(body.Length + 4)..];
            if (rest.StartsWith("the ", StringComparison.Ordinal))
            {
                rest = rest[4..];
            }
        }
        else
        {
            return false;
        }
        return Gazetteer.Default.TryLookup(rest, out var entry) && entry.StandsForCountry;
    }

    // "Acueducto de Bogotá" opens with "Acueducto" before a Romance or English "of"; a body's head ("Ministry" of "Ministry of
    // Finance") is no short form: it stands for whichever body of the article it heads.
    private static bool OpensWithOf(string name, string word) =>
        name.Length > word.Length + 4 && name.StartsWith(word, StringComparison.Ordinal) && AliasStage.IsOfWord(name.AsSpan(word.Length))
        && !EntityHeads.IsOrganisationHead(word);

    // "Nordic Sealink" ends with "Sealink"; "Lake Chad Basin Commission" does not end with the body "Commission" (a head).
    private static bool EndsWithWord(string name, string word) =>
        name.Length > word.Length + 1 && name.EndsWith(word, StringComparison.Ordinal) && name[name.Length - word.Length - 1] == ' '
        && !EntityHeads.IsOrganisationHead(word);

    private static IEnumerable<string> Keys(Entity e)
    {
        if (e.Key is { } key && (key.StartsWith("gpe|", StringComparison.Ordinal) || key.Contains(' ') || e.Type != EntityType.Person))
        {
            yield return key;
        }
        // An alias shared by bodies of different countries ("Defense Ministry") merges only within one country.
        string owner = e.LinkedTo is null ? "" : "|" + e.LinkedTo;
        foreach (var alias in e.Aliases)
        {
            // "the company" names a different body in each report.
            if (alias.Length > 4 && char.IsLower(alias[4]) && alias.StartsWith("the ", StringComparison.Ordinal))
            {
                continue;
            }
            var k = NameKey.Of(alias);
            // Multi-word aliases are distinctive enough to merge on; one-word ones only for non-people of the same type.
            if (k.Contains(' '))
            {
                yield return (e.Type == EntityType.Person ? "person|" : "k|") + k + owner;
                // The tagger confuses people and companies, not the text: "Nordic Sealink" a person in one report and a
                // company in the next is one name, whose type the weight of its mentions decides (Combine); so are a
                // person's full name and the same name taken for a place ("Rodrigo de la Cruz").
                if (e.Type is EntityType.Person or EntityType.Org or EntityType.Loc)
                {
                    yield return "po|" + k + owner;
                }
                // "Bâtiments Gérard SA" in one report, "Bâtiments Gérard" (taken for a person) in the next.
                if (e.Type == EntityType.Org && AliasStage.WithoutLegalSuffix(k) is var bare && bare.Length < k.Length && bare.Contains(' '))
                {
                    yield return "po|" + bare + owner;
                }
            }
            else if (e.Type != EntityType.Person && k.Length > 1)
            {
                yield return "k|" + e.Type + "|" + k + owner;
                // "VOSK" (a dateline's state) in one report and "Vosk" (the story's town) in the next: one word the gazetteer
                // does not know, a place in both, is one place whichever of the two types a report gave it.
                if (e.Type is EntityType.Loc or EntityType.Gpe && e.LinkedTo is null && !Gazetteer.Default.TryLookup(alias, out _))
                {
                    yield return "pl|" + k + owner;
                }
            }
            // "AFAD" a body in one report and a place in the next (the tagger's guess, not the text's): an acronym the
            // gazetteer does not know is one name whichever of the two it was typed.
            if (alias.Length is >= 3 and <= 6 && e.Type is EntityType.Org or EntityType.Loc && NerFeatures.IsAllUpper(alias) && NewsSpanRules.IsLetters(alias)
                && !Gazetteer.Default.TryLookup(alias, out _))
            {
                yield return "acr|" + k + owner;
            }
        }
    }

    private static Entity Combine(List<Entity> members, bool preferPlace)
    {
        // The fullest name: a gazetteer or country name if any member has one, else the name with the most words.
        var best = members[0];
        foreach (var m in members)
        {
            if (Score(m) > Score(best))
            {
                best = m;
            }
        }
        var types = new int[5];
        var result = new Entity(0, best.Name, best.Type) { Key = best.Key };
        foreach (var m in members)
        {
            types[(int)m.Type] += Math.Max(1, m.MentionCount);
            result.MentionCount += m.MentionCount;
            result.LinkedTo ??= m.LinkedTo;
            foreach (var a in m.Aliases)
            {
                AliasList.Add(result.Aliases, a);
            }
            foreach (var r in m.Roles)
            {
                if (!result.Roles.Contains(r))
                {
                    result.Roles.Add(r);
                }
            }
        }
        if (best.Key is null || !best.Key.StartsWith("gpe|", StringComparison.Ordinal))
        {
            int top = 0;
            for (int t = 1; t < types.Length; t++)
            {
                if (types[t] > types[top])
                {
                    top = t;
                }
            }
            // A tie goes to the fullest name's type ("Amnesty" a person once, "Amnesty International" a body once), not to
            // whichever type the enumeration lists first.
            result.Type = types[(int)best.Type] == types[top] ? best.Type : (EntityType)top;
            // A one-word person joined to a place of the dossier (SamePlace) is the place, however many times the tagger
            // read it a person.
            if (preferPlace && result.Type is not (EntityType.Loc or EntityType.Gpe))
            {
                result.Type = types[(int)EntityType.Gpe] > types[(int)EntityType.Loc] ? EntityType.Gpe : EntityType.Loc;
            }
        }
        return result;

        static int Score(Entity e) =>
            (e.Key is not null && e.Key.StartsWith("gpe|", StringComparison.Ordinal) ? 1000 : 0) + (NameKey.Words(NameKey.Of(e.Name)).Length * 10) + e.Name.Length * 2
            + (HasMarks(e.Name) ? 1 : 0);

        // Of "Jonas Gahr Store" and "Jonas Gahr Støre" the accented spelling is the name's own: wires drop marks, none adds them.
        static bool HasMarks(string name)
        {
            foreach (char c in name)
            {
                if (c >= '\u00C0' && char.IsLetter(c))
                {
                    return true;
                }
            }
            return false;
        }
    }
}
