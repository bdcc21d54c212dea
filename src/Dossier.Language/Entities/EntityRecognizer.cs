using System.Collections.Frozen;
using System.Runtime.InteropServices;
using Dossier.Core;
using Dossier.Core.Entities;
using Dossier.Core.Tokens;
using Dossier.Text.Metadata;

namespace Dossier.Language.Entities;

/// <summary>Finds names in a run of tokens: the trained tagger proposes spans, the gazetteer confirms, adds and types them.</summary>
/// <remarks>
/// Places are typed GPE when the gazetteer knows them as a country, capital or seat of power, or when the document shows an
/// unknown one is a state (it owns a foreign ministry, troops cross into it, a dateline names it), and LOC otherwise.
/// Person spans lose leading titles ("General", "Dr."), which belong to the role. Pronouns are never names.
/// Thread-safe: scratch buffers are per thread.
/// </remarks>
public sealed class EntityRecognizer
{
    [ThreadStatic]
    private static NerFeatures? t_features;

    [ThreadStatic]
    private static int[]? t_labels;

    [ThreadStatic]
    private static NameContext? t_context;

    [ThreadStatic]
    private static Dictionary<ulong, (int Person, int Org, int Loc)>? t_votes;

    [ThreadStatic]
    private static Dictionary<ulong, EntityType>? t_repeats;

    [ThreadStatic]
    private static bool[]? t_known;

    [ThreadStatic]
    private static HashSet<ulong>? t_definedPlaces;

    [ThreadStatic]
    private static HashSet<ulong>? t_afterPrepositions;

    [ThreadStatic]
    private static List<TextSpan>? t_workTitles;

    [ThreadStatic]
    private static HashSet<ulong>? t_companies;

    [ThreadStatic]
    private static HashSet<ulong>? t_firmShortNames;

    [ThreadStatic]
    private static HashSet<ulong>? t_personWords;
    [ThreadStatic]
    private static HashSet<ulong>? t_surnames;

    private static readonly Lazy<EntityRecognizer> s_default = new(() => new EntityRecognizer(NerModel.Default, Gazetteer.Default));

    public EntityRecognizer(NerModel model, Gazetteer gazetteer)
    {
        Model = model;
        Gazetteer = gazetteer;
    }

    /// <summary>The recogniser over the embedded model and the default gazetteer.</summary>
    public static EntityRecognizer Default => s_default.Value;

    public NerModel Model { get; }

    public Gazetteer Gazetteer { get; }

    /// <summary>Adds the mentions found in tokens <c>[first, first + count)</c> to <paramref name="output"/>, in text order,
    /// with the sentence as its own document.</summary>
    public void Recognize(string text, int[] starts, int[] ends, int first, int count, List<EntityMention> output)
    {
        if (count <= 0)
        {
            return;
        }
        var context = t_context ??= new NameContext();
        context.Clear();
        context.Add(text, starts, ends, first, count);
        Recognize(text, starts, ends, first, count, output, context);
    }

    /// <summary>Adds the mentions found in tokens <c>[first, first + count)</c> to <paramref name="output"/>, in text order;
    /// <paramref name="context"/> holds every sentence of the document (see <see cref="NameContext.Add"/>).</summary>
    public void Recognize(string text, int[] starts, int[] ends, int first, int count, List<EntityMention> output, NameContext context)
    {
        if (count <= 0)
        {
            return;
        }
        var features = t_features ??= new NerFeatures();
        if (t_labels is null || t_labels.Length < count)
        {
            t_labels = new int[Math.Max(count, 256)];
        }
        var labels = t_labels.AsSpan(0, count);
        features.Prepare(text, starts, ends, first, count, Model.Common, Gazetteer, context);
        Model.Tag(features, labels);

        var tokenStarts = starts.AsSpan(first, count);
        var tokenEnds = ends.AsSpan(first, count);
        int firstOutput = output.Count;
        int i = 0;
        int nextGazetteer = -1;
        GazetteerMatch gazetteerMatch = default;
        while (i < count)
        {
            // The gazetteer is consulted at each token that is not inside a span already taken.
            if (nextGazetteer < i)
            {
                nextGazetteer = FindGazetteer(features, tokenStarts, i, out gazetteerMatch);
            }
            int label = labels[i];
            if (nextGazetteer == i)
            {
                // A known phrase starting here wins unless the tagger's span starting here is longer.
                int modelEnd = label != NerLabels.Outside ? SpanEnd(labels, i) : i;
                int gazEnd = i + gazetteerMatch.TokenCount;
                int modelClass = label != NerLabels.Outside ? NerLabels.ClassOf(label) : -1;
                // Only an organisation or place name may swallow a known phrase ("Ukrainian Prism Foreign Policy Council").
                // A person's name may start with a city's ("Sofia Marchetti", "Sydney Smith") or a group's ("Christian
                // Rosencreutz") when the tagger reads on.
                // A group's name before a known body is two names ("Asian Nikkei", "Russian Gazprom").
                var gazKind = Gazetteer[gazetteerMatch.Entry].Kind;
                bool groupThenKnown = gazKind is GazetteerKind.Demonym or GazetteerKind.Group && gazEnd < count
                    && features.GazetteerLengths[gazEnd] > 0 && gazEnd + features.GazetteerLengths[gazEnd] == modelEnd;
                if (modelEnd > gazEnd && !groupThenKnown && (modelClass is 1 or 2
                    || (modelClass == 0 && Gazetteer[gazetteerMatch.Entry].Kind is GazetteerKind.Capital or GazetteerKind.Region
                        or GazetteerKind.Demonym or GazetteerKind.Group
                        && gazetteerMatch.TokenCount == 1)))
                {
                    Emit(text, tokenStarts, tokenEnds, i, modelEnd, NerLabels.ClassOf(label), output);
                    i = modelEnd;
                }
                else if (modelClass == 3 && modelEnd > gazEnd && gazKind == GazetteerKind.Group && gazetteerMatch.TokenCount == 1 && i > 0
                    && RoleWords.IsRoleWord(Word(text, tokenStarts, tokenEnds, i - 1)))
                {
                    // "Chief executive Christian Sewing": after a title, a group's word the tagger read on from is a first name.
                    Emit(text, tokenStarts, tokenEnds, i, modelEnd, 0, output);
                    i = modelEnd;
                }
                else
                {
                    var entry = Gazetteer[gazetteerMatch.Entry];
                    // "US 75", "US - 412": a numbered highway, not the country.
                    if (!IsRouteNumber(text, tokenStarts, tokenEnds, gazetteerMatch.Start, gazEnd))
                    {
                        Add(text, output, new TextSpan(gazetteerMatch.Start, gazetteerMatch.End), TypeOfEntry(entry));
                    }
                    i = gazEnd;
                }
                continue;
            }
            // An I- label here lost its B- to a known phrase just before it; it starts a span of its own.
            if (label != NerLabels.Outside)
            {
                int end = SpanEnd(labels, i);
                if (nextGazetteer > i && nextGazetteer < end)
                {
                    // A known phrase inside the tagger's span: keep the tagger's span only if it ends after the phrase.
                    int gazEnd = nextGazetteer + gazetteerMatch.TokenCount;
                    // An organisation or place named after a known one keeps it ("Vrije Universiteit Amsterdam",
                    // "United States Congress"); any other span stops before it.
                    bool keeps = NerLabels.ClassOf(label) is 1 or 2 && gazEnd == end && nextGazetteer - i >= 1;
                    // A person's surname may be a company's or a place's one-word name ("Miri Forbes", "Henry Ford", "George
                    // Washington", "Sam Houston"), when the tagger reads it as one name with the words before.
                    keeps |= NerLabels.ClassOf(label) == 0 && gazEnd == end && nextGazetteer - i >= 1 && gazetteerMatch.TokenCount == 1
                        && Gazetteer[gazetteerMatch.Entry].Kind is GazetteerKind.Organisation or GazetteerKind.Outlet
                            or GazetteerKind.Capital or GazetteerKind.Region
                        && !RoleWords.IsRoleWord(Word(text, tokenStarts, tokenEnds, nextGazetteer - 1));
                    // A country's name is a surname too ("Prime Minister Luis Montenegro", "Senator Steve Israel"), but only
                    // where a title says a person's name is being written: elsewhere "Biden Ukraine" is a headline's list.
                    keeps |= NerLabels.ClassOf(label) == 0 && gazEnd == end && nextGazetteer - i >= 1 && gazetteerMatch.TokenCount == 1
                        && Gazetteer[gazetteerMatch.Entry].Kind == GazetteerKind.Country && i > 0
                        && RoleWords.IsRoleHead(Word(text, tokenStarts, tokenEnds, i - 1))
                        && !RoleWords.IsRoleWord(Word(text, tokenStarts, tokenEnds, nextGazetteer - 1));
                    if (gazEnd >= end && !keeps)
                    {
                        end = nextGazetteer;
                    }
                }
                Emit(text, tokenStarts, tokenEnds, i, end, NerLabels.ClassOf(label), output);
                i = end;
                continue;
            }
            // "General Mark Milley", "Minister Sergei Shoigu" left untagged: a capitalised title before unknown capitalised words.
            if (i + 1 < count && char.IsUpper(text[tokenStarts[i]]) && RoleWords.IsRoleHead(Word(text, tokenStarts, tokenEnds, i)))
            {
                int end = i + 1;
                while (end < count && end - i <= 3 && labels[end] == NerLabels.Outside && IsNamePart(text, tokenStarts, tokenEnds, end)
                    && !Gazetteer.TryMatch(text, tokenStarts, tokenEnds, end, out _))
                {
                    end++;
                }
                // "the General Court", "General Motors": a title opening a body's or company's name is no person's title.
                var lastWord = Word(text, tokenStarts, tokenEnds, end - 1);
                if (end > i + 1 && (EntityHeads.IsStrongOrganisationHead(lastWord) || EntityHeads.IsCompanyHead(lastWord)))
                {
                    output.Add(new EntityMention(new TextSpan(tokenStarts[i], tokenEnds[end - 1]), EntityType.Org));
                    i = end;
                    continue;
                }
                if (end > i + 1)
                {
                    EmitCore(text, tokenStarts, tokenEnds, i + 1, end, 0, output);
                    i = end;
                    continue;
                }
            }
            i++;
        }
        Citations.Apply(text, tokenStarts, tokenEnds, output, firstOutput, Gazetteer);
        JoinBodyOfPlace(text, tokenStarts, tokenEnds, output, firstOutput);
        JoinBodyForPurpose(text, tokenStarts, tokenEnds, output, firstOutput);
        JoinPlaceAndPaper(text, tokenStarts, tokenEnds, output, firstOutput);
        JoinAcrossParticles(text, tokenStarts, tokenEnds, output, firstOutput);
        CompanyBeforeHead(text, tokenStarts, tokenEnds, output, firstOutput);
        OutletBeforeMedium(text, tokenStarts, tokenEnds, output, firstOutput);
        TitleOpensABody(text, tokenStarts, tokenEnds, output, firstOutput);
        BodyNameRunsOn(text, tokenStarts, tokenEnds, output, firstOutput);
        NameCutBeforeBodyHead(text, tokenStarts, tokenEnds, output, firstOutput);
        NameBeforeFeatureOrThing(text, tokenStarts, tokenEnds, output, firstOutput);
        PersonBeforeOrdinaryNoun(text, tokenStarts, tokenEnds, output, firstOutput);
        IndustryWordEndsACompany(text, tokenStarts, tokenEnds, output, firstOutput);
        FellowshipOfName(text, tokenStarts, tokenEnds, output, firstOutput);
        BodyOfAPerson(text, tokenStarts, tokenEnds, output, firstOutput);
        NameKnownAs(text, tokenStarts, tokenEnds, output, firstOutput);
        FirstNameAfterTitle(text, tokenStarts, tokenEnds, output, firstOutput);
        AcronymAfterBodyNoun(text, tokenStarts, tokenEnds, output, firstOutput);
        PlaceAfterPlaceNoun(text, tokenStarts, tokenEnds, output, firstOutput);
        UnnamedKnownPlace(text, tokenStarts, tokenEnds, output, firstOutput);
        UnnamedPlaceWithHead(text, tokenStarts, tokenEnds, output, firstOutput);
        DescriptorOpeningSentence(text, tokenStarts, tokenEnds, output, firstOutput);
        NoPersonBeforeMateriel(text, tokenStarts, tokenEnds, output, firstOutput);
        NoTemperatureScale(text, tokenStarts, tokenEnds, output, firstOutput);
        NewsSpanRules.Apply(this, text, tokenStarts, tokenEnds, output, firstOutput);
        NameShapes.Apply(this, text, tokenStarts, tokenEnds, output, firstOutput);
        NameCues.Apply(this, text, tokenStarts, tokenEnds, output, firstOutput);
        JoinCapitalFirstName(text, tokenStarts, tokenEnds, output, firstOutput);
        CompassRegions(text, tokenStarts, tokenEnds, output, firstOutput);
        PlaceBeforeItsState(text, tokenStarts, tokenEnds, output, firstOutput);
        StateCodeAfterPlace(text, tokenStarts, tokenEnds, output, firstOutput);
        LocalGovernmentOfPlace(text, tokenStarts, tokenEnds, output, firstOutput);
        StateOfPlace(text, tokenStarts, tokenEnds, output, firstOutput);
        PlaceBeforeItsMayor(text, tokenStarts, tokenEnds, output, firstOutput);
        TitleOpensAPlace(text, tokenStarts, tokenEnds, output, firstOutput);
        SplitKnownPair(text, tokenStarts, tokenEnds, output, firstOutput);
        DemonymBeforeBody(text, tokenStarts, tokenEnds, output, firstOutput);
        CityTeam(text, tokenStarts, tokenEnds, output, firstOutput);
        BodyEdges.Apply(this, text, tokenStarts, tokenEnds, output, firstOutput);
        PersonBeforeHeldRole(text, tokenStarts, tokenEnds, output, firstOutput);
        PlaceFirstNameAfterTitle(text, tokenStarts, tokenEnds, output, firstOutput);
        PlaceFirstNameBeforeASpeaker(text, tokenStarts, tokenEnds, output, firstOutput);
        BodyBeforeItsAcronym(text, tokenStarts, tokenEnds, output, firstOutput);
        NoLawName(text, output, firstOutput);
        NoHolidayLanguageOrDisease(text, output, firstOutput);
        NoGrapeVariety(text, output, firstOutput);
        NoPluralAsPerson(text, tokenStarts, tokenEnds, output, firstOutput);
        ForeignFeatureWordOpensAPlace(text, output, firstOutput);
        KnownPlaceTypedAsBody(text, output, firstOutput);
        NoAdjectiveClosingAPlacesBody(text, output, firstOutput);
        SubstanceAcronyms.Apply(this, text, tokenStarts, tokenEnds, output, firstOutput);
        AcronymAfterPersonOf(text, tokenStarts, tokenEnds, output, firstOutput);
        FormsOfAddress.Apply(this, text, tokenStarts, tokenEnds, output, firstOutput);
        KoreaAlone(text, tokenStarts, tokenEnds, output, firstOutput);
        NoMonthAfterTimeWord(text, tokenStarts, tokenEnds, output, firstOutput);
        NoDayOpeningAPerson(text, output, firstOutput);
        OutletByItsEnding(text, tokenStarts, tokenEnds, output, firstOutput);
        PapersNameBeforeASection(text, tokenStarts, tokenEnds, output, firstOutput);
        SplitCityAndRegion(text, output, firstOutput);
        BodyHeadsTypedAsPersons.Apply(this, text, tokenStarts, tokenEnds, output, firstOutput);
        NoNameWithoutLetters(text, output, firstOutput);
        NoVerbInsideName(text, output, firstOutput);
        NoWorkTitle(text, tokenStarts, tokenEnds, output, firstOutput);
        TitleBeforeABodysHead(text, tokenStarts, tokenEnds, output, firstOutput);
        PersonByItsRelativeClause(text, tokenStarts, tokenEnds, output, firstOutput);
        PlaceByItsContext(text, tokenStarts, tokenEnds, output, firstOutput);
        CampusOfAStateUniversity(text, tokenStarts, tokenEnds, output, firstOutput);
        StateAndItsPlace(text, tokenStarts, tokenEnds, output, firstOutput);
        StateByItsContext(text, tokenStarts, tokenEnds, output, firstOutput, context);
        CollegeAndItsTown(text, tokenStarts, tokenEnds, output, firstOutput);
        NoTitlesPluralAlone(text, output, firstOutput);
        RoadNumbers(text, tokenStarts, tokenEnds, output, firstOutput);
    }

    /// <summary>"take the M1 northbound", "the A64 and the A19": a road's letter and number after "the" is the road, a place;
    /// "second language ( L2 )", "in L2 research": a letter and a number the tagger took for a place elsewhere is a label.</summary>
    /// <remarks>Roads are lettered A, B or M (Britain's, Ireland's motorways); "the G7" and "the A380 airliner" are left (no
    /// place's letter, or a lower-case noun after it). A letter and number in brackets after a capitalised name ("York Outer
    /// Ring Road ( A1237 )") is the name's short form and stays.</remarks>
    internal static void RoadNumbers(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        int next = firstOutput;
        for (int t = 0; t < starts.Length; t++)
        {
            if (!IsLetterAndNumber(text, starts[t], ends[t]))
            {
                continue;
            }
            while (next < output.Count && output[next].Span.End <= starts[t])
            {
                next++;
            }
            bool named = next < output.Count && output[next].Span.Start < ends[t];
            bool afterThe = t > 0 && Word(text, starts, ends, t - 1) is "the" or "The";
            if (named)
            {
                bool alone = output[next].Span.Start == starts[t] && output[next].Span.End == ends[t];
                bool shortForm = t > 1 && Word(text, starts, ends, t - 1) is "(" && IsCapitalisedWord(text, starts[t - 2], ends[t - 2]);
                if (alone && output[next].Type == EntityType.Loc && !afterThe && !shortForm)
                {
                    output.RemoveAt(next);
                }
                continue;
            }
            if (afterThe && text[starts[t]] is 'A' or 'B' or 'M'
                && (t + 1 >= starts.Length || !char.IsLower(text[starts[t + 1]]) || IsRoadsNextWord(Word(text, starts, ends, t + 1))))
            {
                output.Insert(next, new EntityMention(new TextSpan(starts[t], ends[t]), EntityType.Loc));
            }
        }
    }

    // One capital letter and one to four digits: "M1", "A1237", "L2".
    private static bool IsLetterAndNumber(string text, int start, int end)
    {
        if (end - start is < 2 or > 5 || !char.IsAsciiLetterUpper(text[start]))
        {
            return false;
        }
        for (int i = start + 1; i < end; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    // What follows a road's number in lower case: its direction, its kind, or a preposition of where it runs.
    private static bool IsRoadsNextWord(ReadOnlySpan<char> w) =>
        w is "northbound" or "southbound" or "eastbound" or "westbound" or "motorway" or "road" or "and" or "or" or "to" or "at"
            or "on" or "near" or "from" or "into" or "towards" or "around" or "between" or "past" or "through";

    /// <summary>"the oath Senators swore", "appealed to Senators", "these three Senators": a title's plural standing alone names
    /// no one (before people's names it is cut from the first, <see cref="IsEdgeNoise"/>), however the tagger read it.</summary>
    internal static void NoTitlesPluralAlone(string text, List<EntityMention> output, int firstOutput)
    {
        for (int m = output.Count - 1; m >= firstOutput; m--)
        {
            var span = output[m].Span;
            if (output[m].Type == EntityType.Person && IsTitlesPlural(text.AsSpan(span.Start, span.Length)))
            {
                output.RemoveAt(m);
            }
        }
    }

    // "Senators", "Generals", "Governors": a capitalised title head's plural.
    private static bool IsTitlesPlural(ReadOnlySpan<char> w) =>
        w.Length > 4 && w[^1] == 's' && char.IsUpper(w[0]) && RoleWords.IsTitleHead(w[..^1]);

    /// <summary>"Trinity College, Cambridge", "Balliol College, Oxford": a college named with its town after a comma, as a
    /// collegiate university's colleges are, is one body, as GUM counts such a name (round 45's convention for a body whose
    /// name holds a comma).</summary>
    /// <remarks>The town is one or two capitalised words: a large city, or a word the gazetteer does not know (no country or
    /// region: "Durham University, United Kingdom" is no college's name anyway) that the tagger did not take for a person and
    /// that is no ordinary word; a comma, a stop or a lower-case word other than "and" or "or" follows ("back in Collins
    /// College, Isabel and I" lists a person). A university's town is left apart ("Harvard University, Cambridge" names the
    /// body and where it is).</remarks>
    internal void CollegeAndItsTown(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var span = output[m].Span;
            if (output[m].Type != EntityType.Org || span.Length < 10 || !text.AsSpan(span.Start, span.Length).EndsWith(" College", StringComparison.Ordinal))
            {
                continue;
            }
            int comma = ends.BinarySearch(span.End) + 1;
            if (comma <= 0 || comma + 1 >= starts.Length || Word(text, starts, ends, comma) is not ",")
            {
                continue;
            }
            int end = comma + 1;
            while (end < starts.Length && end - comma <= 2 && IsTitleCase(Word(text, starts, ends, end)) && (end == comma + 1 || starts[end] == ends[end - 1] + 1))
            {
                end++;
            }
            if (end == comma + 1 || end - comma > 2 && end < starts.Length && IsCapitalisedWord(text, starts[end], ends[end]))
            {
                continue;
            }
            if (end < starts.Length && !(Word(text, starts, ends, end) is "," or "." or ";" or ")"
                    || char.IsLower(text[starts[end]]) && Word(text, starts, ends, end) is not ("and" or "or")))
            {
                continue;
            }
            var town = text.AsSpan(starts[comma + 1], ends[end - 1] - starts[comma + 1]);
            bool city = WorldCities.Contains(town) || Gazetteer.TryLookup(town, out var entry) && entry.Kind == GazetteerKind.Capital;
            if (!city)
            {
                int over = SoleMentionOver(output, firstOutput, starts[comma + 1], ends[end - 1]);
                if (Gazetteer.TryLookup(town, out _) || over != -1 && (over < 0 || output[over].Type == EntityType.Person)
                    || Model.Common.Contains(TextHash.Lower(Word(text, starts, ends, comma + 1))))
                {
                    continue;
                }
            }
            ReplaceInside(output, firstOutput, span.Start, ends[end - 1], EntityType.Org);
        }
    }

    /// <summary>"the Kestan city of Arvel", "the Norwegian town of Lillehammer", "the Valdorian province of Morsk": a state (or
    /// its people's adjective) before a settlement's or a division's noun and "of" is a name of its own, and the name after "of"
    /// is one place, typed as <see cref="PlaceType"/> types places.</summary>
    /// <remarks>The state is typed by the gazetteer when it knows it (GPE, or NORP for "Norwegian"); an unknown one is NORP when
    /// it has a people's adjective's ending ("-ian", "-ean", "-ese", "-ish") and GPE otherwise. Nothing changes where a mention
    /// runs past the phrase's edges; the state must follow "the" or a lower-case word ("Kansas City of …" is a longer name).
    /// The place is not typed GPE for its noun: the scored gold types an unknown town LOC, and so does the rest of the
    /// recogniser.</remarks>
    internal void StateAndItsPlace(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int n = 2; n + 2 < starts.Length; n++)
        {
            // "of" after the noun first: one short word's test passes over most tokens before the nouns' list.
            if (Word(text, starts, ends, n + 1) is not "of")
            {
                continue;
            }
            var noun = Word(text, starts, ends, n);
            bool settlement = noun is "city" or "town" or "village" or "port";
            // Not "district" or "county": "the Karrada district of Baghdad" names the district first and its city after "of".
            if (!settlement && !(noun is "province" or "region" or "state" or "oblast" or "prefecture" or "governorate" or "island"))
            {
                continue;
            }
            if (!IsTitleCase(Word(text, starts, ends, n + 2)))
            {
                continue;
            }
            // The state: one or two capitalised words ("Kestan", "South Korean") right before the noun, after "the" or a
            // lower-case word ("the northern Kestan city of").
            int from = n - 1;
            if (!IsTitleCase(Word(text, starts, ends, from)) || Gazetteer.IsArticle(Word(text, starts, ends, from)))
            {
                continue;
            }
            if (from >= 2 && IsTitleCase(Word(text, starts, ends, from - 1)) && !Gazetteer.IsArticle(Word(text, starts, ends, from - 1)))
            {
                from--;
            }
            if (!(Gazetteer.IsArticle(Word(text, starts, ends, from - 1)) || char.IsLower(text[starts[from - 1]])))
            {
                continue;
            }
            // The place: up to three capitalised words after "of", written with single spaces.
            int end = n + 3;
            while (end < starts.Length && end - n < 5 && starts[end] == ends[end - 1] + 1 && IsTitleCase(Word(text, starts, ends, end)))
            {
                end++;
            }
            int start = starts[from], stop = ends[end - 1];
            bool crosses = false;
            for (int m = firstOutput; m < output.Count && !crosses; m++)
            {
                var span = output[m].Span;
                crosses = span.Start < stop && span.End > start && (span.Start < start || span.End > stop);
            }
            if (crosses)
            {
                continue;
            }
            var state = text.AsSpan(start, ends[n - 1] - start);
            var place = text.AsSpan(starts[n + 2], stop - starts[n + 2]);
            bool known = Gazetteer.TryLookup(state, out var entry);
            // The word before the noun must be a state or its people: a country or a people's adjective the gazetteer knows, or
            // a word it does not know ("Kestan"); before a division's noun an unknown one must have an adjective's ending, and the
            // name after "of" must be no country ("the Tigray region of Ethiopia" names the region first).
            if (known && entry.Kind is not (GazetteerKind.Country or GazetteerKind.Demonym)
                || !settlement && (!known && !IsPeoplesAdjectiveShape(state)
                    || Gazetteer.TryLookup(place, out var after) && after.Kind == GazetteerKind.Country))
            {
                continue;
            }
            // "the Iraqi city of Mosul", which the tagger named whole as re3d's gold does in places, is left as it read it; a
            // people's adjective the gazetteer does not know gets no such reading.
            if (known && entry.Kind == GazetteerKind.Demonym && SoleMentionOver(output, firstOutput, start, stop) >= 0)
            {
                continue;
            }
            var stateType = known ? entry.Type : IsPeoplesAdjectiveShape(state) ? EntityType.Norp : EntityType.Gpe;
            // The place's type as the project types places (GPE only for a country, capital or seat the gazetteer knows).
            var placeType = PlaceType(place);
            ReplaceInside(output, firstOutput, start, stop, placeType);
            // ReplaceInside put one mention over the whole phrase: cut it to the place and put the state before it.
            int at = SoleMentionOver(output, firstOutput, start, stop);
            output[at] = new EntityMention(new TextSpan(starts[n + 2], stop), placeType);
            output.Insert(at, new EntityMention(new TextSpan(start, ends[n - 1]), stateType));
            n = end - 1;
        }
    }

    // "the road to Pell", "fled to Dremmel", "on the way to Orsk": after "to" that follows a verb or a noun of going somewhere
    // ("talked to Ana" is no such place).
    private static bool IsAfterMotionTo(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t) =>
        t >= 2 && Word(text, starts, ends, t - 1) is "to" && IsMotionWord(Word(text, starts, ends, t - 2));

    // "Zarev had been shelled twice", "Tesk was flooded": what "was", "were", "has been" or "had been" shelled, bombed, besieged,
    // flooded or annexed (a person may be captured or struck, so those are left).
    private static bool IsShelled(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t)
    {
        if (t + 2 >= starts.Length)
        {
            return false;
        }
        int verb = Word(text, starts, ends, t + 1) is "was" or "were" ? t + 2
            : Word(text, starts, ends, t + 1) is "has" or "had" && Word(text, starts, ends, t + 2) is "been" && t + 3 < starts.Length ? t + 3 : -1;
        return verb > 0 && Word(text, starts, ends, verb) is "shelled" or "bombed" or "besieged" or "flooded" or "annexed" or "bombarded"
            or "encircled" or "blockaded" or "razed";
    }

    private static bool IsMotionWord(ReadOnlySpan<char> w) =>
        w is "go" or "goes" or "went" or "going" or "gone" or "travel" or "travels" or "travelled" or "traveled" or "travelling"
            or "traveling" or "move" or "moves" or "moved" or "moving" or "flee" or "flees" or "fled" or "fleeing" or "return" or "returns"
            or "returned" or "returning" or "fly" or "flies" or "flew" or "flown" or "flying" or "sail" or "sailed" or "sailing" or "drive"
            or "drove" or "driven" or "driving" or "head" or "heads" or "headed" or "heading" or "walk" or "walked" or "relocated"
            or "emigrated" or "evacuated" or "deported" or "road" or "roads" or "flight" or "flights" or "trip" or "trips" or "journey"
            or "route" or "routes" or "ferry" or "ferries" or "train" or "trains" or "bus" or "buses" or "way" or "march" or "marched"
            or "retreated" or "withdrew" or "advanced" or "commute" or "commuted" or "migrated" or "sent" or "shipped" or "bound";

    /// <summary>"the University of California, Berkeley", "the University of Wisconsin, Madison": a state's or a region's
    /// university followed by a comma and a town (a known city, or a name the gazetteer does not know) is one body, the
    /// campus's; after a country or a region ("the University of Toronto, Canada"), or after a city's university, the comma
    /// opens a place.</summary>
    internal void CampusOfAStateUniversity(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var span = output[m].Span;
            var surface = text.AsSpan(span.Start, span.Length);
            if (output[m].Type != EntityType.Org || !surface.StartsWith("University of ", StringComparison.Ordinal))
            {
                continue;
            }
            var state = surface["University of ".Length..];
            if (!Gazetteer.TryLookup(state, out var entry) || entry.Kind != GazetteerKind.Region || WorldCities.Contains(state))
            {
                continue;
            }
            int comma = ends.BinarySearch(span.End) + 1;
            if (comma <= 0 || comma + 1 >= starts.Length || Word(text, starts, ends, comma) is not ",")
            {
                continue;
            }
            // The town: one to three capitalised words ending in a lower-case letter, ending before a lower-case word, a stop, a
            // comma or a possessive.
            int end = comma + 1;
            while (end < starts.Length && end - comma <= 3 && IsCapitalisedWord(text, starts[end], ends[end]) && char.IsLetter(text[starts[end]])
                && char.IsLower(text[ends[end] - 1]) && !Gazetteer.IsArticle(Word(text, starts, ends, end)))
            {
                end++;
            }
            if (end == comma + 1 || end - comma > 3 || end < starts.Length && IsCapitalisedWord(text, starts[end], ends[end]) && char.IsLetter(text[starts[end]]))
            {
                continue;
            }
            var town = text.AsSpan(starts[comma + 1], ends[end - 1] - starts[comma + 1]);
            // "Fisher v. University of Texas, No. 14-981": a case's number, whatever the tokens; an ordinary word opens no town.
            if (Model.Common.Contains(TextHash.Lower(Word(text, starts, ends, comma + 1))))
            {
                continue;
            }
            if (Gazetteer.TryLookup(town, out var known) && !WorldCities.Contains(town)
                && known.Kind is GazetteerKind.Country or GazetteerKind.Region or GazetteerKind.Demonym or GazetteerKind.Group)
            {
                continue;
            }
            ReplaceInside(output, firstOutput, span.Start, ends[end - 1], EntityType.Org);
        }
    }

    /// <summary>"Doran, who has governed Brenmoor since 2020, …": one capitalised word before ", who" and a clause of what
    /// someone has done or is ("who has led", "who had said", "who was elected", "who founded") is a person, whether the tagger
    /// left it unnamed or took it for a place the gazetteer does not know.</summary>
    /// <remarks>A place takes "which" or "where"; a team ("Wexham, who have won") takes the plural, which is not read. A word
    /// with a capitalised word before it is the end of a longer name the tagger read as a whole or not at all.</remarks>
    internal void PersonByItsRelativeClause(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int t = 2; t + 1 < starts.Length; t++)
        {
            if (ends[t] - starts[t] != 3 || text[starts[t]] != 'w' || !IsBeforeAPersonsClause(text, starts, ends, t - 2))
            {
                continue;
            }
            int n = t - 2;
            var w = Word(text, starts, ends, n);
            // "the Tsar, who had visited", "the Romans, who founded": a title or a people after "the" is no name.
            if (w.Length < 3 || !IsTitleCase(w) || !NewsSpanRules.IsLetters(w) || n > 0 && Word(text, starts, ends, n - 1) is "the" or "The"
                || n > 0 && IsCapitalisedWord(text, starts[n - 1], ends[n - 1]) && !(n == 1 && IsOrdinaryOpener(Word(text, starts, ends, 0))))
            {
                continue;
            }
            int m = firstOutput;
            while (m < output.Count && output[m].Span.End <= starts[n])
            {
                m++;
            }
            bool named = m < output.Count && output[m].Span.Start < ends[n];
            if (named && (output[m].Span.Start != starts[n] || output[m].Span.End != ends[n] || output[m].Type is not (EntityType.Loc or EntityType.Gpe)))
            {
                continue;
            }
            if (Gazetteer.TryLookupToken(w, out _) || RoleWords.IsRoleWord(w) || Model.Common.Contains(TextHash.Lower(w)))
            {
                continue;
            }
            if (named)
            {
                output[m] = output[m] with { Type = EntityType.Person };
            }
            else
            {
                output.Insert(m, new EntityMention(new TextSpan(starts[n], ends[n]), EntityType.Person));
            }
        }
    }

    // Token n stands before ", who" and "has governed", "had said", "was elected", "is expected", "founded": a singular
    // perfect or passive, or a past tense in "-ed" (not "have": a team's or a people's plural).
    private static bool IsBeforeAPersonsClause(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int n)
    {
        int k = n + 3;
        if (k >= starts.Length || Word(text, starts, ends, n + 1) is not "," || Word(text, starts, ends, n + 2) is not "who")
        {
            return false;
        }
        var v = Word(text, starts, ends, k);
        if (v.Length < 2 || !char.IsLower(v[0]))
        {
            return false;
        }
        if (v is "has" or "had" or "was" or "is")
        {
            return k + 1 < starts.Length && ends[k + 1] - starts[k + 1] > 1 && char.IsLower(text[starts[k + 1]]);
        }
        return v.Length > 4 && v.EndsWith("ed", StringComparison.Ordinal) || v is "said" or "led" or "told" or "won" or "ran" or "became";
    }

    /// <summary>"the Tarnow mine", "Grodek regional hospital", "the road to Pell", "Zarev had been shelled": one capitalised
    /// word the tagger took for a person, standing where only a place stands, is a place (<see cref="IsPlaceContext"/>).</summary>
    internal static void PlaceByItsContext(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var span = output[m].Span;
            if (output[m].Type != EntityType.Person || text.AsSpan(span.Start, span.Length).Contains(' '))
            {
                continue;
            }
            int t = starts.BinarySearch(span.Start);
            if (t >= 0 && ends[t] == span.End && IsPlaceContext(text, starts, ends, t))
            {
                output[m] = output[m] with { Type = IsStateContext(text, starts, ends, t, t) ? EntityType.Gpe : EntityType.Loc };
            }
        }
    }

    /// <summary>"Valdoria's capital was quiet", "troops crossed into Valdoria", "the government of Ostland": a capitalised word
    /// the gazetteer does not know, standing where only a state stands (<see cref="IsStateContext"/>), is a state, GPE, where the
    /// tagger left it unnamed or took it for a place; "the Valdorian government": such a word with a people's adjective's ending
    /// before a state's noun is the people's adjective, NORP.</summary>
    /// <remarks>A word the tagger took for a person is left to <see cref="PlaceByItsContext"/> and the document's vote, which
    /// know the document's persons; a body is left alone ("the Acme government contract" is no state's).</remarks>
    internal void StateByItsContext(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput,
        NameContext? context = null)
    {
        int next = firstOutput;
        for (int t = 0; t < starts.Length; t++)
        {
            var w = Word(text, starts, ends, t);
            if (w.Length < 3 || !IsTitleCase(w))
            {
                continue;
            }
            while (next < output.Count && output[next].Span.End <= starts[t])
            {
                next++;
            }
            bool named = next < output.Count && output[next].Span.Start < ends[t];
            // "Kestani officials", "Kestani troops": an unknown word in "-i" before a state's noun, whose stem the document writes
            // as a name elsewhere, is that state's people's adjective ("Pakistani", "Israeli"), however the tagger read it.
            bool demonym = w.Length > 4 && w[^1] == 'i' && context is not null && t + 1 < starts.Length && IsStateNoun(Word(text, starts, ends, t + 1))
                && (context.Of(TextHash.Lower(w[..^1])) & NameContext.CapitalMid) != 0
                || w.Length > 4 && w[^1] == 'n' && context is not null && IsPeoplesAdjectiveOfAName(text, starts, ends, t, w, context);
            if (named && (output[next].Span.Start != starts[t] || output[next].Span.End != ends[t]
                || output[next].Type != EntityType.Loc && !(demonym && output[next].Type is EntityType.Person or EntityType.Org)))
            {
                continue;
            }
            // "Kestavian President Anton Sarrow": a people's adjective before a state's office that a name follows.
            bool beforeOffice = !named && context is not null && IsPeoplesAdjectiveBeforeAnOffice(text, starts, ends, t, w, context);
            // One word alone: no capitalised word after it, nor before it but an ordinary word opening the sentence ("The").
            if (!beforeOffice && t + 1 < starts.Length && IsCapitalisedWord(text, starts[t + 1], ends[t + 1])
                || t > 0 && IsCapitalisedWord(text, starts[t - 1], ends[t - 1]) && (t > 1 || !Model.Common.Contains(TextHash.Lower(Word(text, starts, ends, t - 1)))))
            {
                continue;
            }
            // The context first: its word tests are cheaper than the look-ups, and most lone capitalised words have none.
            EntityType type;
            if (demonym || beforeOffice || IsPeoplesAdjectiveShape(w) && t + 1 < starts.Length && IsStateNoun(Word(text, starts, ends, t + 1)))
            {
                type = EntityType.Norp;
            }
            else if (IsStateContext(text, starts, ends, t, t) || IsStateContextForAnUnnamedWord(text, starts, ends, t, context) || IsDemonymsStem(w, context)
                || IsOfficesPossessor(text, starts, ends, t, context)
                || named && output[next].Type == EntityType.Loc && IsGovernmentOfNoPerson(text, starts, ends, t, context))
            {
                type = EntityType.Gpe;
            }
            else if (!named && IsTownsCue(text, starts, ends, t))
            {
                type = EntityType.Loc;
            }
            else
            {
                continue;
            }
            if (Gazetteer.TryLookupToken(w, out _) || RoleWords.IsRoleWord(w) || !named && Model.Common.Contains(TextHash.Lower(w)))
            {
                continue;
            }
            if (named)
            {
                output[next] = output[next] with { Type = type };
            }
            else
            {
                output.Insert(next, new EntityMention(new TextSpan(starts[t], ends[t]), type));
            }
        }
    }

    // "the president of Kestan", and "the Kestan government" in a document that writes "in Kestan" too: where a word the
    // tagger left unnamed or took for a place stands so, it is a state. A company's president ("the president of Acme") the
    // tagger names as a body; a leader's government ("the Monti government", "the Castro government") is written so too,
    // hence the place the document names besides. The document's vote does not read these (they would retype a person).
    private static bool IsStateContextForAnUnnamedWord(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t, NameContext? context)
    {
        if (t < 1)
        {
            return false;
        }
        return IsGovernmentOfAPlace(text, starts, ends, t, context)
            || Word(text, starts, ends, t - 1) is "of" && t >= 2 && Word(text, starts, ends, t - 2) is "president" or "President";
    }

    // "The Kelmar government rejected the plan" in a document that writes "Kelmar" nowhere else as a person's name (no full
    // name ends or opens with it, no title stands before it): a word the tagger took for a place there is the state, not a
    // leader. Read only where the tagger named a place: a leader's government it reads as a person's ("the Monti
    // government") or leaves unnamed ("open relations with the Castro government").
    // A sentence's opening "The" makes the word a run's last itself, so there only a run's first word or a title tells.
    private static bool IsGovernmentOfNoPerson(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t, NameContext? context)
    {
        if (t < 1 || t + 1 >= starts.Length || context is null || Word(text, starts, ends, t - 1) is not ("the" or "The")
            || Word(text, starts, ends, t + 1) is not "government")
        {
            return false;
        }
        byte of = context.Of(TextHash.Lower(Word(text, starts, ends, t)));
        return (of & (NameContext.RunFirst | NameContext.AfterTitle)) == 0 && ((of & NameContext.RunLast) == 0 || t == 1);
    }

    // "the Kestan government" where the document writes "in Kestan" too (read by the document's vote as well, which retypes
    // the tagger's person there: the tagger reads "the X government" as a leader's as often as a state's).
    private static bool IsGovernmentOfAPlace(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t, NameContext? context) =>
        t >= 1 && t + 1 < starts.Length && context is not null && Word(text, starts, ends, t - 1) is "the" or "The"
        && Word(text, starts, ends, t + 1) is "government"
        && (context.Of(TextHash.Lower(Word(text, starts, ends, t))) & NameContext.AfterPlaceWord) != 0;

    // "Kestan" in a document that writes "Kestani" as a name too: the state of an adjective in "-i" ("Pakistani", "Israeli").
    private static bool IsDemonymsStem(ReadOnlySpan<char> w, NameContext? context)
    {
        if (context is null || w.Length > 30)
        {
            return false;
        }
        Span<char> adjective = stackalloc char[w.Length + 1];
        w.CopyTo(adjective);
        adjective[^1] = 'i';
        return (context.Of(TextHash.Lower(adjective)) & NameContext.CapitalMid) != 0;
    }

    // "Ostrian poultry imports", "Ostrian troops": a word in "-an" before a state's noun or a trade's whose stem ("Ostria") the
    // document writes capitalised mid-sentence is that name's people's adjective, when neither word is a person's first or last
    // name in the document or follows a title. Before other nouns a region's adjective is written so too ("Mesoamerican
    // cultures"), and "-ian" after a consonant makes "Christian" of "Christ".
    private bool IsPeoplesAdjectiveOfAName(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t, ReadOnlySpan<char> w, NameContext context)
    {
        if (t + 1 >= starts.Length)
        {
            return false;
        }
        if (!IsBeforeAStatesOrATradesNoun(text, starts, ends, t))
        {
            return false;
        }
        const byte InAName = NameContext.RunFirst | NameContext.RunLast | NameContext.AfterTitle;
        if ((context.Of(TextHash.Lower(w)) & InAName) != 0)
        {
            return false;
        }
        var stem = w[..^1];
        if (w[^2] != 'a' || Gazetteer.TryLookupToken(stem, out _))
        {
            return false;
        }
        byte ofStem = context.Of(TextHash.Lower(stem));
        return (ofStem & NameContext.CapitalMid) != 0 && (ofStem & InAName) == 0;
    }

    // "Kestavian President Anton Sarrow", "Valdorian Foreign Minister Ivo Kern": a word in "-ian" before a state's office
    // written as a title, a capitalised word after it, whose stem ("Kestavia", "Valdor") the document writes capitalised
    // mid-sentence and which is no word of a person's name there ("Julian", "Brian" are given names).
    private bool IsPeoplesAdjectiveBeforeAnOffice(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t, ReadOnlySpan<char> w,
        NameContext context)
    {
        if (w.Length < 6 || w[^1] != 'n' || w[^2] != 'a' || w[^3] != 'i' || t + 2 >= starts.Length
            || Word(text, starts, ends, t + 1) is not ("President" or "Prime" or "Foreign" or "Defence" or "Defense" or "Interior"
                or "Finance" or "Vice" or "Ambassador")
            || !IsCapitalisedWord(text, starts[t + 2], ends[t + 2]))
        {
            return false;
        }
        const byte InAName = NameContext.RunLast | NameContext.AfterTitle;
        if ((context.Of(TextHash.Lower(w)) & InAName) != 0 || Gazetteer.TryLookupToken(w, out _))
        {
            return false;
        }
        return IsStem(w[..^1], context) || IsStem(w[..^3], context);

        static bool IsStem(ReadOnlySpan<char> stem, NameContext context)
        {
            byte of = context.Of(TextHash.Lower(stem));
            return (of & NameContext.CapitalMid) != 0 && (of & (NameContext.RunFirst | NameContext.RunLast | NameContext.AfterTitle)) == 0;
        }
    }

    // Token t stands before a state's noun ("Ostrian troops") or a trade's, alone or after one lower-case word ("Ostrian
    // imports", "Ostrian poultry imports").
    private static bool IsBeforeAStatesOrATradesNoun(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t)
    {
        if (t + 1 >= starts.Length)
        {
            return false;
        }
        var next = Word(text, starts, ends, t + 1);
        return IsStateNoun(next) || IsTradesNoun(next)
            || t + 2 < starts.Length && next.Length > 2 && char.IsLower(next[0]) && char.IsLetter(next[0]) && IsTradesNoun(Word(text, starts, ends, t + 2));

        static bool IsTradesNoun(ReadOnlySpan<char> w) =>
            w is "imports" or "exports" or "goods" or "products" or "exporters" or "importers" or "passport" or "passports" or "currency";
    }


    // "Varnia's government", "Varnia's army" where the document writes "from Varnia" too: a leader's possessive is written so
    // as well ("Monti's government"), hence the place word besides. Not "president": a university's and a company's are
    // written so after "at Columbia".
    private static bool IsOfficesPossessor(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t, NameContext? context) =>
        context is not null && t + 2 < starts.Length && Word(text, starts, ends, t + 1) is "'s" or "\u2019s"
        && Word(text, starts, ends, t + 2) is "government" or "army" or "military" or "navy"
        && (context.Of(TextHash.Lower(Word(text, starts, ends, t))) & NameContext.AfterPlaceWord) != 0;

    // "in the capital, Vosk", "into central Vosk", "across northern Ostria", "in flooded parts of Ostria", "across Ostria": a
    // word only a place stands after (a capital named in apposition; a part of a place in lower case before it; a place's
    // parts or its breadth), with no capitalised word after it. Not before a possessive ("parts of Hale's plan", "across
    // Hale's desk") nor after a verb that meets someone ("came across Hale").
    private static bool IsTownsCue(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t)
    {
        if (t < 1 || t + 1 < starts.Length && IsCapitalisedWord(text, starts[t + 1], ends[t + 1]))
        {
            return false;
        }
        var before = Word(text, starts, ends, t - 1);
        if (before is "central" or "northern" or "southern" or "eastern" or "western" or "downtown" or "north-eastern" or "north-western"
            or "south-eastern" or "south-western" or "northeastern" or "northwestern" or "southeastern" or "southwestern")
        {
            return true;
        }
        if (before is "of" or "across" && (t + 1 >= starts.Length || Word(text, starts, ends, t + 1) is not ("'s" or "\u2019s")) && t >= 2)
        {
            var twoBefore = Word(text, starts, ends, t - 2);
            return before is "of" ? twoBefore is "parts" : !(twoBefore is "came" or "come" or "comes" or "coming" or "ran" or "run" or "runs"
                or "running" or "stumbled" or "stumble" or "get" or "got" or "put" or "puts");
        }
        return before is "," && t >= 3 && Word(text, starts, ends, t - 2) is "capital" && char.IsLower(text[starts[t - 3]]);
    }

    // "Valdorian", "Ostlandese", "Drenish": the endings of a people's adjective (not "-an", which many states' own names have,
    // "Kestan", nor "-ic", which "Democratic", "Atlantic", "Catholic" have).
    private static bool IsPeoplesAdjectiveShape(ReadOnlySpan<char> w) =>
        w.EndsWith("ian", StringComparison.Ordinal) || w.EndsWith("ean", StringComparison.Ordinal) || w.EndsWith("ese", StringComparison.Ordinal)
        || w.EndsWith("ish", StringComparison.Ordinal);

    // What a state's people's adjective stands before: "the Valdorian government", "Valdorian troops", "the Valdorian border".
    private static bool IsStateNoun(ReadOnlySpan<char> w) =>
        w is "government" or "army" or "military" or "troops" or "forces" or "soldiers" or "ministry" or "minister" or "officials"
            or "authorities" or "border" or "navy" or "president" or "embassy" or "parliament" or "police" or "coastguard" or "diplomats"
            or "ambassador" or "capital" or "state" or "citizens" or "nationals" or "territory" or "airspace" or "presidency";

    // The name over tokens [t, last] stands where only a state stands: it owns what only a state has ("Kestan's foreign
    // ministry", <see cref="IsStatesPossessor"/>), troops cross into it or invade it ("crossed into Valdoria", "invaded Merrow",
    // "the invasion of Merrow"), it has a government or a prime minister "of" it ("the government of Ostland"), or it is "the X
    // parliament", "the X embassy" ("the X government" is not read: news writes a leader's government so, "the Monti
    // government").
    private static bool IsStateContext(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t, int last)
    {
        if (IsStatesPossessor(text, starts, ends, last))
        {
            return true;
        }
        if (t < 1)
        {
            return false;
        }
        var before = Word(text, starts, ends, t - 1);
        if (before is "invaded" or "invade" or "invades" or "invading")
        {
            return true;
        }
        if (before is "the" or "The" && last + 1 < starts.Length && Word(text, starts, ends, last + 1) is "parliament" or "embassy")
        {
            return true;
        }
        if (t < 2)
        {
            return false;
        }
        var twoBefore = Word(text, starts, ends, t - 2);
        if (before is "into")
        {
            return twoBefore is "crossed" or "cross" or "crosses" or "crossing" or "incursion" or "incursions" or "infiltrated";
        }
        return before is "of" && (twoBefore is "government" or "invasion" or "parliament"
            || twoBefore is "minister" && t >= 3 && Word(text, starts, ends, t - 3) is "prime" or "foreign");
    }

    // Token t stands between "the" and a mine's, a bridge's or a port's noun, before a word of local government, after a
    // verb of going and "to", or before "was shelled" and the like (a plant or a refinery, often a company's, is left out).
    private static bool IsPlaceContext(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t) =>
        IsBeforeFacilityOrLocalNoun(text, starts, ends, t) || IsAfterMotionTo(text, starts, ends, t) || IsShelled(text, starts, ends, t)
        || IsStatesPossessor(text, starts, ends, t) || IsTownsCue(text, starts, ends, t);

    // "Kestan's foreign ministry", "Ostland's embassy", "Valdoria's border with …": a possessor of what only a state has
    // (no leader's possessive writes these; "Netanyahu's government" and "Trump's ambassador" are left out for that reason).
    private static bool IsStatesPossessor(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t)
    {
        if (t + 2 >= starts.Length || Word(text, starts, ends, t + 1) is not ("'s" or "\u2019s"))
        {
            return false;
        }
        var next = Word(text, starts, ends, t + 2);
        if (next is "embassy" or "capital" or "parliament" or "border" or "borders" or "coastguard" or "airspace" or "sovereignty")
        {
            return true;
        }
        if (next is "ministry" or "ministries" or "provinces")
        {
            return true;
        }
        if (t + 3 >= starts.Length)
        {
            return false;
        }
        var after = Word(text, starts, ends, t + 3);
        // "Teralia's Varnos province", "Teralia's northern province": a state's province, named or placed. "Valdor's
        // opposition Green Front": a state's opposition party by its name (a leader's is a movement: "Navalny's opposition
        // movement").
        if (after is "province" && next.Length > 2 && char.IsLetter(next[0])
            || next is "opposition" && after.Length > 1 && char.IsUpper(after[0]) && char.IsLetter(after[0]))
        {
            return true;
        }
        // "Ostria's agriculture minister", "Varnia's trade ministry": a portfolio's ministry or minister.
        return next is "foreign" or "defence" or "defense" or "interior" or "central" or "armed" or "coast" && after is "ministry" or "bank" or "forces" or "guard"
            || after is "minister" or "ministry" && next.Length > 2 && char.IsLower(next[0]) && char.IsLetter(next[0]);
    }

    // Whether a mention among output[first..] written as surface stands where PlaceByItsContext reads a place, or right
    // after "in", "at", "near" or "from" and before no possessive or capitalised word ("in Obama's cabinet" says nothing).
    private static bool HasPlaceEvidence(string text, int[] starts, int[] ends, int tokenCount, List<EntityMention> output, int first,
        ReadOnlySpan<char> surface)
    {
        for (int m = first; m < output.Count; m++)
        {
            var span = output[m].Span;
            if (span.Length != surface.Length || !text.AsSpan(span.Start, span.Length).SequenceEqual(surface))
            {
                continue;
            }
            int t = starts.AsSpan(0, tokenCount).BinarySearch(span.Start);
            if (t < 0)
            {
                continue;
            }
            if (IsPlaceContext(text, starts.AsSpan(0, tokenCount), ends.AsSpan(0, tokenCount), t))
            {
                return true;
            }
            if (t >= 1 && Word(text, starts, ends, t - 1) is "in" or "at" or "near" or "from"
                && (t + 1 >= tokenCount || Word(text, starts, ends, t + 1) is not ("'s" or "\u2019s") && !IsCapitalisedWord(text, starts[t + 1], ends[t + 1])))
            {
                return true;
            }
        }
        return false;
    }

    // Whether a mention among output[first..] written as surface stands where only a state stands (IsStateContext), or is
    // typed GPE though the gazetteer does not know it (a rule read a state there).
    private bool ActsAsAState(string text, int[] starts, int[] ends, int tokenCount, List<EntityMention> output, int first,
        ReadOnlySpan<char> surface, NameContext context)
    {
        for (int m = first; m < output.Count; m++)
        {
            var span = output[m].Span;
            // "Kestani officials" (a people's adjective in "-i" StateByItsContext read) says "Kestan" is their state.
            if (span.Length == surface.Length + 1 && output[m].Type == EntityType.Norp && text[span.End - 1] == 'i'
                && text.AsSpan(span.Start, surface.Length).SequenceEqual(surface) && !Gazetteer.TryLookup(surface, out _))
            {
                return true;
            }
            // "Ostrian poultry imports" (read NORP by StateByItsContext) says "Ostria" is their state; a people the gazetteer
            // knows says nothing of a former state or a region ("Persian carpets", "Persia").
            if (output[m].Type == EntityType.Norp && span.Length == surface.Length + 1 && surface[^1] == 'a' && text[span.End - 1] == 'n'
                && text.AsSpan(span.Start, surface.Length).SequenceEqual(surface) && !Gazetteer.TryLookup(surface, out _)
                && !Gazetteer.TryLookup(text.AsSpan(span.Start, span.Length), out _))
            {
                return true;
            }
            // "Valdorian troops", "Valdorian President Ivo Kern" say "Valdor" is their state, under the same guard; before
            // other words an adjective in "-ian" is a thinker's as often ("Freudian analysis").
            if (output[m].Type == EntityType.Norp && span.Length == surface.Length + 3 && text[span.End - 1] == 'n'
                && text.AsSpan(span.End - 3, 3).SequenceEqual("ian") && text.AsSpan(span.Start, surface.Length).SequenceEqual(surface)
                && ends.AsSpan(0, tokenCount).BinarySearch(span.End) is int a && a >= 0 && a + 1 < tokenCount
                && (IsStateNoun(Word(text, starts, ends, a + 1)) || Word(text, starts, ends, a + 1) is "President" or "Prime" or "Foreign")
                && !Gazetteer.TryLookup(surface, out _) && !Gazetteer.TryLookup(text.AsSpan(span.Start, span.Length), out _))
            {
                return true;
            }
            if (span.Length != surface.Length || !text.AsSpan(span.Start, span.Length).SequenceEqual(surface))
            {
                continue;
            }
            if (output[m].Type == EntityType.Gpe && !Gazetteer.TryLookup(surface, out _))
            {
                return true;
            }
            int t = starts.AsSpan(0, tokenCount).BinarySearch(span.Start);
            int last = ends.AsSpan(0, tokenCount).BinarySearch(span.End);
            if (t >= 0 && last >= t && (IsStateContext(text, starts.AsSpan(0, tokenCount), ends.AsSpan(0, tokenCount), t, last)
                || t == last && IsGovernmentOfAPlace(text, starts.AsSpan(0, tokenCount), ends.AsSpan(0, tokenCount), t, context)
                || t == last && IsOfficesPossessor(text, starts.AsSpan(0, tokenCount), ends.AsSpan(0, tokenCount), t, context)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsBeforeFacilityOrLocalNoun(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t)
    {
        if (t + 1 >= starts.Length)
        {
            return false;
        }
        // "Grodek regional hospital", "Vesna district court", "Orlov city council": a word of local government after the name
        // says it is a place's, with or without "the".
        bool local = t + 2 < starts.Length && Word(text, starts, ends, t + 1) is "regional" or "district" or "municipal" or "provincial"
            or "county" or "city" or "town" or "village" && char.IsLower(text[starts[t + 2]]) && char.IsLetter(text[starts[t + 2]]);
        // "Sanvik council called a meeting": a town's council, written after its name in lower case.
        return local || Word(text, starts, ends, t + 1) is "council" or "councillors" or "councilors" or "municipality"
            || t >= 1 && Word(text, starts, ends, t - 1) is "the" or "The" && IsFacilityNoun(Word(text, starts, ends, t + 1));
    }

    private static bool IsFacilityNoun(ReadOnlySpan<char> w) =>
        w is "mine" or "mines" or "bridge" or "dam" or "reservoir" or "airport" or "airfield" or "port" or "harbour" or "harbor"
            or "crossing" or "checkpoint" or "camp" or "prison" or "airbase" or "quarry" or "oilfield" or "colliery" or "pass"
            or "tunnel" or "barracks";

    /// <summary>"Brennick General Hospital", "taken to General Hospital": where the tagger left a title word unnamed before a
    /// body's head ("Hospital") and named the head alone, the title and the capitalised words before it are the body's name.</summary>
    internal void TitleBeforeABodysHead(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var span = output[m].Span;
            if (output[m].Type is not (EntityType.Person or EntityType.Org or EntityType.Loc) || !char.IsUpper(text[span.Start]))
            {
                continue;
            }
            int t = starts.BinarySearch(span.Start);
            int last = ends.BinarySearch(span.End);
            if (t < 1 || last < 0 || !IsBodyHeadAfterTitle(text, starts, ends, t - 1, last + 1)
                || !char.IsUpper(text[starts[t - 1]]) || !RoleWords.IsRoleHead(Word(text, starts, ends, t - 1)))
            {
                continue;
            }
            // Back over the capitalised words before the title, which may be a name of their own ("Brennick").
            int from = t - 1;
            while (from > 0 && IsCapitalisedWord(text, starts[from - 1], ends[from - 1]) && char.IsLetter(text[starts[from - 1]]))
            {
                var w = Word(text, starts, ends, from - 1);
                if (Gazetteer.IsArticle(w) || RoleWords.IsRoleWord(w)
                    || from - 1 == 0 && (IsFunctionWordOpener(w) || Model.Common.Contains(TextHash.Lower(w))))
                {
                    break;
                }
                from--;
            }
            if (ReplaceInside(output, firstOutput, starts[from], span.End, IsHospitalHead(Word(text, starts, ends, last)) ? EntityType.Loc : EntityType.Org))
            {
                m = firstOutput - 1; // the list changed before m; start over (rare)
            }
        }
    }

    /// <summary>"the romantic comedy Chasing Liberty", "the television series Gilmore Girls", "the films New York Minute and
    /// House of Wax": capitalised words right after a lower-case noun for a film, a book, a show or a record are the work's
    /// title, no person, body or place; so are the titles listed after it with "and" or commas.</summary>
    internal static void NoWorkTitle(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            if (output[m].Type is not (EntityType.Person or EntityType.Org or EntityType.Loc))
            {
                continue;
            }
            int t = starts.BinarySearch(output[m].Span.Start);
            if (t < 1 || !char.IsLower(text[starts[t - 1]]) || !IsWorkNoun(Word(text, starts, ends, t - 1)))
            {
                continue;
            }
            int last = m;
            while (last + 1 < output.Count && output[last + 1].Type is EntityType.Person or EntityType.Org or EntityType.Loc
                && ListGap(text, output[last].Span.End, output[last + 1].Span.Start) > 0)
            {
                last++;
            }
            output.RemoveRange(m, last - m + 1);
            m--;
        }
    }

    /// <summary>"the anime movie Ghost in the Shell … Ghost in the Shell opens with": a title of two words or more written
    /// after a noun for a work (capitalised words, with "in", "the", "of" … between them) holds no name wherever the
    /// document writes it ("Shell" is no company there).</summary>
    private static void NoNameInsideWorkTitle(string text, int[] starts, int[] ends, ReadOnlySpan<Sentence> sentences, List<EntityMention> output, int first)
    {
        int tokenCount = sentences.Length > 0 ? sentences[^1].EndToken : 0;
        List<TextSpan>? titles = null;
        for (int t = 0; t + 2 < tokenCount; t++)
        {
            if (!char.IsLower(text[starts[t]]) || !char.IsUpper(text[starts[t + 1]]) || !IsWorkNoun(Word(text, starts, ends, t)))
            {
                continue;
            }
            int last = t + 1;
            for (int k = t + 2; k < tokenCount && k - t <= 8; k++)
            {
                if (char.IsUpper(text[starts[k]]) && char.IsLetter(text[starts[k]]))
                {
                    last = k;
                }
                else if (!(k + 1 < tokenCount && IsFunctionWordInTitle(Word(text, starts, ends, k))))
                {
                    break;
                }
            }
            if (last > t + 1)
            {
                titles = t_workTitles ??= [];
                if (titles.Count == 0 || titles[^1].Start < starts[t + 1])
                {
                    titles.Add(new TextSpan(starts[t + 1], ends[last]));
                }
            }
        }
        if (titles is null)
        {
            return;
        }
        for (int m = output.Count - 1; m >= first; m--)
        {
            var span = output[m].Span;
            if (output[m].Type is not (EntityType.Person or EntityType.Org or EntityType.Loc))
            {
                continue;
            }
            var surface = text.AsSpan(span.Start, span.Length);
            foreach (var title in titles)
            {
                var words = text.AsSpan(title.Start, title.Length);
                int at = words.IndexOf(surface, StringComparison.Ordinal);
                if (at >= 0 && span.Start - at >= 0 && span.Start - at + words.Length <= text.Length
                    && text.AsSpan(span.Start - at, words.Length).SequenceEqual(words))
                {
                    output.RemoveAt(m);
                    break;
                }
            }
        }
        titles.Clear();
    }

    private static bool IsFunctionWordInTitle(ReadOnlySpan<char> w) =>
        w is "in" or "the" or "of" or "and" or "a" or "an" or "on" or "at" or "to" or "for" or "with" or "from";

    private static bool IsWorkNoun(ReadOnlySpan<char> w) =>
        w is "film" or "films" or "movie" or "movies" or "comedy" or "comedies" or "drama" or "dramas" or "thriller" or "thrillers"
            or "series" or "miniseries" or "sitcom" or "documentary" or "documentaries" or "novel" or "novels" or "novella"
            or "album" or "albums" or "song" or "songs" or "opera" or "operas" or "musical" or "musicals" or "telenovela" or "anime";

    private static bool InHeadline(string text, int position)
    {
        int end = text.IndexOf('\n', position);
        var line = text.AsSpan(position, (end < 0 ? text.Length : end) - position).TrimEnd();
        return line.Length > 0 && line[^1] is not ('.' or '!' or '?' or ':' or '"' or '\u201d' or ')');
    }

    // Lower-case words a name may hold: particles of names in many languages and the joining words of bodies' names.
    private static readonly FrozenSet<string> s_inNameWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "of", "for", "and", "the", "on", "in", "at", "upon", "to", "with", "without", "against", "de", "du", "des", "la",
        "le", "les", "van", "von", "der", "den", "ter", "di", "da", "del", "della", "dos", "das", "do", "y", "e", "bin",
        "bint", "al", "el", "ibn", "zu", "am", "an", "sur", "sans", "et", "und", "och", "og", "i", "a", "per", "pour",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_inNameLookup = s_inNameWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"Court orders Vantora to pay": in a headline (a line without a sentence's final stop) a lower-case word
    /// between two capitalised words is its verb, no part of a name; what follows it is the name, and what precedes it is
    /// one only when it is two words or more. In running text such a word may belong to a body's name ("the Food and
    /// Veterinary products Safety Board").</summary>
    internal static void NoVerbInsideName(string text, List<EntityMention> output, int firstOutput)
    {
        for (int m = output.Count - 1; m >= firstOutput; m--)
        {
            var span = output[m].Span;
            var surface = text.AsSpan(span.Start, span.Length);
            // A verb between two words needs two spaces; the line's end is looked for only then.
            int space = surface.IndexOf(' ');
            if (space < 0 || surface[(space + 1)..].IndexOf(' ') < 0 || !InHeadline(text, span.Start))
            {
                continue;
            }
            int at = 0;
            foreach (var range in surface.Split(' '))
            {
                var word = surface[range];
                int start = range.Start.GetOffset(surface.Length);
                if (start > 0 && word.Length > 2 && char.IsLower(word[0]) && !word.Contains('-') && !s_inNameLookup.Contains(word)
                    && start + word.Length + 1 < surface.Length && char.IsUpper(surface[start + word.Length + 1]))
                {
                    at = start;
                    break;
                }
            }
            if (at == 0)
            {
                continue;
            }
            var left = surface[..(at - 1)];
            int rightStart = span.Start + surface[at..].IndexOf(' ') + at + 1;
            var right = new EntityMention(new TextSpan(rightStart, span.End), output[m].Type);
            output[m] = right;
            if (left.Contains(' '))
            {
                output.Insert(m, new EntityMention(new TextSpan(span.Start, span.Start + left.Length), output[m].Type));
            }
        }
    }

    /// <summary>"Washington, D.C.": a place name holding a comma (the gazetteer knows this one whole) is a city and a region,
    /// two places, as the gold conventions count every "City, Region"; the region is LOC unless the gazetteer types it.</summary>
    internal void SplitCityAndRegion(string text, List<EntityMention> output, int firstOutput)
    {
        for (int m = output.Count - 1; m >= firstOutput; m--)
        {
            var mention = output[m];
            if (mention.Type is not (EntityType.Gpe or EntityType.Loc))
            {
                continue;
            }
            var surface = text.AsSpan(mention.Span.Start, mention.Span.Length);
            int comma = surface.IndexOf(',');
            if (comma <= 0 || comma + 2 >= surface.Length || surface[comma + 1] != ' ' || !char.IsUpper(surface[comma + 2]))
            {
                continue;
            }
            int cityEnd = mention.Span.Start + surface[..comma].TrimEnd().Length;
            var region = surface[(comma + 2)..];
            var regionType = Gazetteer.TryLookup(region, out var entry) ? TypeOfEntry(entry) : EntityType.Loc;
            output[m] = new EntityMention(new TextSpan(mention.Span.Start, cityEnd), mention.Type);
            output.Insert(m + 1, new EntityMention(new TextSpan(mention.Span.Start + comma + 2, mention.Span.End), regionType));
        }
    }

    /// <summary>"the Hindu Marriage Act", "the First Amendment", "the Waitangi Treaty": a law or a treaty is none of the
    /// recogniser's types (a person, a body, a place or a group), whatever the tagger made of it.</summary>
    internal static void NoLawName(string text, List<EntityMention> output, int firstOutput)
    {
        for (int m = output.Count - 1; m >= firstOutput; m--)
        {
            var span = output[m].Span;
            var surface = text.AsSpan(span.Start, span.Length);
            int space = surface.LastIndexOf(' ');
            if (space > 0 && surface[^1] is 't' or 's' or 'y' && surface[(space + 1)..] is "Act" or "Acts" or "Amendment" or "Treaty")
            {
                output.RemoveAt(m);
            }
            // "invoked the HEROES Act", "the Hindu Marriage Act": the words the tagger named without the law's head word are
            // the law's name all the same (a state or a people the gazetteer knows keeps its type).
            else if (output[m].Type is EntityType.Org or EntityType.Person or EntityType.Loc && IsLawHeadAt(text, span.End))
            {
                output.RemoveAt(m);
            }
        }
    }

    // " Act", " Acts", " Amendment", " Treaty" at position at, as a whole word ending the name (no capitalised word after it).
    private static bool IsLawHeadAt(string text, int at)
    {
        if (at + 4 > text.Length || text[at] != ' ')
        {
            return false;
        }
        var rest = text.AsSpan(at + 1);
        int length = rest.StartsWith("Amendment", StringComparison.Ordinal) ? 9 : rest.StartsWith("Treaty", StringComparison.Ordinal) ? 6
            : rest.StartsWith("Acts", StringComparison.Ordinal) ? 4 : rest.StartsWith("Act", StringComparison.Ordinal) ? 3 : 0;
        if (length == 0 || length < rest.Length && char.IsLetter(rest[length]))
        {
            return false;
        }
        var after = rest[length..].TrimStart(' ');
        return after.Length == 0 || !char.IsUpper(after[0]);
    }

    /// <summary>"learned Latin", "since last year Halloween", "tested positive for Covid", "El Niño had cut rainfall": a holiday,
    /// a language that names no people, a disease or a weather phenomenon is none of the recogniser's types, whatever the
    /// tagger made of it.</summary>
    internal static void NoHolidayLanguageOrDisease(string text, List<EntityMention> output, int firstOutput)
    {
        for (int m = output.Count - 1; m >= firstOutput; m--)
        {
            var span = output[m].Span;
            if (span.Length is >= 3 and <= 16 && IsHolidayLanguageOrDisease(text.AsSpan(span.Start, span.Length)))
            {
                output.RemoveAt(m);
            }
        }
    }

    private static bool IsHolidayLanguageOrDisease(ReadOnlySpan<char> w) =>
        w is "Christmas" or "Christmas Eve" or "Christmas Day" or "Easter" or "Easter Sunday" or "Halloween" or "Thanksgiving"
            or "Ramadan" or "Diwali" or "Hanukkah" or "Passover" or "Yom Kippur" or "Boxing Day" or "New Year" or "New Year 's Eve" or "New Year's Eve"
            or "Latin" or "Hebrew" or "Sanskrit" or "Esperanto" or "Swahili" or "Yiddish" or "Mandarin" or "Cantonese" or "Aramaic"
            or "COVID" or "Covid" or "COVID-19" or "Covid-19" or "SARS" or "MERS"
            or "El Niño" or "El Nino" or "La Niña" or "La Nina";

    /// <summary>"a blend of Merlot, Cabernet Sauvignon and Petit Verdot", "the Estate Pinot Noir": a grape variety, or a wine
    /// named by its variety, is no person, body or place. Varieties that are also places ("Shiraz", "Champagne",
    /// "Montepulciano", "Muscat") are left to the tagger.</summary>
    internal static void NoGrapeVariety(string text, List<EntityMention> output, int firstOutput)
    {
        for (int m = output.Count - 1; m >= firstOutput; m--)
        {
            var span = output[m].Span;
            if (span.Length < 5 || output[m].Type is not (EntityType.Person or EntityType.Org or EntityType.Loc))
            {
                continue;
            }
            var surface = text.AsSpan(span.Start, span.Length);
            int space = surface.LastIndexOf(' ');
            int before = space > 0 ? surface[..space].LastIndexOf(' ') : -1;
            if (IsGrapeVariety(surface) || space > 0 && IsGrapeVariety(surface[(space + 1)..]) || before > 0 && IsGrapeVariety(surface[(before + 1)..]))
            {
                output.RemoveAt(m);
            }
        }
    }

    private static bool IsGrapeVariety(ReadOnlySpan<char> w) =>
        w is "Chardonnay" or "Merlot" or "Syrah" or "Pinotage" or "Malbec" or "Riesling" or "Zinfandel" or "Grenache" or "Tempranillo"
            or "Sangiovese" or "Nebbiolo" or "Viognier" or "Mourvèdre" or "Mourvedre" or "Cinsault" or "Sémillon" or "Semillon"
            or "Gewürztraminer" or "Gewurztraminer" or "Carmenère" or "Carmenere" or "Gamay" or "Albariño" or "Albarino"
            or "Torrontés" or "Vermentino" or "Primitivo" or "Moscato" or "Cabernet Sauvignon" or "Cabernet Franc"
            or "Sauvignon Blanc" or "Pinot Noir" or "Pinot Grigio" or "Pinot Gris" or "Pinot Blanc" or "Chenin Blanc"
            or "Petit Verdot" or "Grüner Veltliner" or "Gruner Veltliner";

    /// <summary>"Many Tejanos supported", "the Romans, who founded", "about 100 Polaroids": one capitalised word ending
    /// in a plural's "-s" after a word that counts or picks out many is a people or a thing, not a person.</summary>
    /// <remarks>Not a family's name before its noun ("the Williams sisters") or its possessive, nor a word in capitals.</remarks>
    internal static void NoPluralAsPerson(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = output.Count - 1; m >= firstOutput; m--)
        {
            var span = output[m].Span;
            if (output[m].Type != EntityType.Person || !IsPluralShaped(text.AsSpan(span.Start, span.Length))
                || text.AsSpan(span.Start, span.Length).Contains(' '))
            {
                continue;
            }
            int t = starts.BinarySearch(span.Start);
            if (t >= 0 && ends[t] == span.End && IsPluralAfterManyWord(text, starts, ends, t))
            {
                output.RemoveAt(m);
            }
            // "Valdor's Greens pull level", "the Liberals said": a party by its members' plural, as the tagger reads "the
            // Tories" and "the Socialists" (US "Democrats" and "Republicans" are a people's, NORP, in the gazetteer).
            else if (IsPartysMembers(text.AsSpan(span.Start, span.Length)))
            {
                output[m] = output[m] with { Type = EntityType.Org };
            }
        }
    }

    /// <summary>"Greens", "Liberals", "Socialists": a party's members by the plural of its creed, which stands for the party.</summary>
    internal static bool IsPartysMembers(ReadOnlySpan<char> w) =>
        w is "Greens" or "Liberals" or "Socialists" or "Conservatives" or "Communists" or "Nationalists" or "Unionists";

    /// <summary>"the Catedral de San Ildefonso", "a walk to Wat Arun", "Plac Wolności": a name the tagger took for a person that
    /// opens with another language's word for a square, street, church, temple, bay or shore is that place.</summary>
    /// <remarks>Only names of two words or more, so the word alone ("Plaza") is left to the tagger; words that are also given
    /// names ("Rue", "Isla", "Sierra") or open people's names ("Ras", "Abu") are not in the list. "Terre" also closes a place
    /// ("Grande Terre", "Basse Terre").</remarks>
    internal static void ForeignFeatureWordOpensAPlace(string text, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var mention = output[m];
            if (mention.Type != EntityType.Person)
            {
                continue;
            }
            var surface = text.AsSpan(mention.Span.Start, mention.Span.Length);
            int space = surface.IndexOf(' ');
            // "Grande Terre", "Basse - Terre", "Petite Terre": French names a land by "Terre" after its adjective, too.
            if (space >= 3 && space + 1 < surface.Length && (IsForeignFeatureWord(surface[..space]) || surface.EndsWith(" Terre", StringComparison.Ordinal))
                && !IsPeoplesPlural(surface))
            {
                output[m] = mention with { Type = EntityType.Loc };
            }
        }
    }

    /// <summary>"Puerto Ricans", "Costa Ricans": a name whose last word is a people's plural ("-ans", "-ese", "-ers", "-ites")
    /// names the people of a place, not the place, though a feature word opens it.</summary>
    /// <remarks>A name with a particle is left a place ("Château de Villers", "Musée d'Angers": a town after "de" or "d'"),
    /// and so is a word with an accent before "-ans" ("Orléans"). The gazetteer's demonyms of such names ("Costa Ricans",
    /// "Sierra Leoneans") share these endings.</remarks>
    internal static bool IsPeoplesPlural(ReadOnlySpan<char> name)
    {
        int space = name.LastIndexOf(' ');
        var last = name[(space + 1)..];
        if (last.Length < 5)
        {
            return false;
        }
        bool peoples = last.EndsWith("ans", StringComparison.Ordinal) && char.IsAsciiLetterLower(last[^4])
            || last.EndsWith("ese", StringComparison.Ordinal) || last.EndsWith("ers", StringComparison.Ordinal)
            || last.EndsWith("ites", StringComparison.Ordinal);
        if (!peoples)
        {
            return false;
        }
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (word.Length > 0 && (char.IsLower(word[0]) || word.Contains('\'') || word.Contains('\u2019')))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"the collapse of the Soviet Union", "across the Western Hemisphere": a name the tagger typed a body that is a
    /// former country, or a known place of two words or more whole, is that place (a body's head word inside, "Union",
    /// misled the tagger).</summary>
    /// <remarks>A one-word known place is left a body: firms are named after their towns ("Shares of Toyota fell").</remarks>
    internal void KnownPlaceTypedAsBody(string text, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var mention = output[m];
            if (mention.Type != EntityType.Org || mention.Span.Length < 4)
            {
                continue;
            }
            var surface = text.AsSpan(mention.Span.Start, mention.Span.Length);
            if (surface.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            {
                surface = surface[4..];
            }
            // A known place of one word may also name a firm ("Toyota", "Nokia"); one of two words or more is the place.
            if (IsFormerState(surface) || surface.IndexOf(' ') > 0 && KnownPlaces.Contains(surface))
            {
                output[m] = mention with { Type = PlaceType(surface) };
            }
        }
    }

    /// <summary>"the Kurdistan Regional government", "the Quebec Provincial authorities": a body the tagger closed on an
    /// adjective of government before a lower-case noun is no body's name; a known place before the adjective is the place.</summary>
    internal void NoAdjectiveClosingAPlacesBody(string text, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var mention = output[m];
            if (mention.Type != EntityType.Org || mention.Span.Length < 10)
            {
                continue;
            }
            var surface = text.AsSpan(mention.Span.Start, mention.Span.Length);
            int space = surface.LastIndexOf(' ');
            int next = mention.Span.End + 1;
            if (space <= 0 || !IsAdjectiveOfGovernment(surface[(space + 1)..]) || next >= text.Length || text[mention.Span.End] != ' '
                || !char.IsLower(text[next]) || !Gazetteer.TryLookup(surface[..space], out var entry)
                || TypeOfEntry(entry) is not (EntityType.Gpe or EntityType.Loc))
            {
                continue;
            }
            output[m] = new EntityMention(new TextSpan(mention.Span.Start, mention.Span.Start + space), TypeOfEntry(entry));
        }
    }

    private static bool IsAdjectiveOfGovernment(ReadOnlySpan<char> w) =>
        w is "Regional" or "Federal" or "Provincial" or "Autonomous" or "Municipal" or "National" or "Central" or "Metropolitan";

    /// <summary>"Priya Nand of KWU said", "Tom Reyes from NTA": an acronym the tagger left unnamed right after a person and
    /// "of" or "from" is the body the person belongs to.</summary>
    /// <remarks>Two to six capitals, not a known phrase (the gazetteer types those), and no capitalised word after it ("of
    /// NATO Headquarters" is left to the tagger). Looks only after person mentions; no allocation.</remarks>
    internal void AcronymAfterPersonOf(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        int n = starts.Length;
        for (int m = output.Count - 1; m >= firstOutput; m--)
        {
            if (output[m].Type != EntityType.Person)
            {
                continue;
            }
            int t = starts.BinarySearch(output[m].Span.End + 1);
            if (t < 0 || t + 1 >= n || ends[t - 1] != output[m].Span.End || Word(text, starts, ends, t) is not ("of" or "from"))
            {
                continue;
            }
            int a = t + 1;
            var acronym = Word(text, starts, ends, a);
            if (acronym.Length is < 2 or > 6 || !IsAllUpperLetters(acronym) || a + 1 < n && IsCapitalisedWord(text, starts[a + 1], ends[a + 1])
                || m + 1 < output.Count && output[m + 1].Span.Start < ends[a] || Gazetteer.TryLookupToken(acronym, out _))
            {
                continue;
            }
            output.Insert(m + 1, new EntityMention(new TextSpan(starts[a], ends[a]), EntityType.Org));
        }
    }

    /// <summary>"immigrants from Korea", "Korea's exports rose": "Korea" without "North" or "South" names the peninsula, a
    /// place, wherever the tagger made a body or a person of it or left it unnamed (the gazetteer knows only the two states).</summary>
    /// <remarks>Only the word standing alone: not after a capitalised word ("North Korea", "Team Korea") or "of" ("Republic of
    /// Korea"), nor before one ("Korea Herald", "Korea Republic"), nor inside a longer mention. Typed as <see cref="PlaceType"/>
    /// types it (LOC: no country of the gazetteer).</remarks>
    internal void KoreaAlone(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        int m = firstOutput;
        for (int t = 0; t < starts.Length; t++)
        {
            if (ends[t] - starts[t] != 5 || text[starts[t]] != 'K' || !text.AsSpan(starts[t], 5).SequenceEqual("Korea"))
            {
                continue;
            }
            if (t > 0 && (IsCapitalisedWord(text, starts[t - 1], ends[t - 1]) || Word(text, starts, ends, t - 1) is "of")
                || t + 1 < starts.Length && IsCapitalisedWord(text, starts[t + 1], ends[t + 1]))
            {
                continue;
            }
            while (m < output.Count && output[m].Span.End <= starts[t])
            {
                m++;
            }
            if (m < output.Count && output[m].Span.Start < ends[t])
            {
                if (output[m].Span.Start == starts[t] && output[m].Span.End == ends[t] && output[m].Type is EntityType.Org or EntityType.Person)
                {
                    output[m] = output[m] with { Type = PlaceType("Korea") };
                }
                continue;
            }
            output.Insert(m, new EntityMention(new TextSpan(starts[t], ends[t]), PlaceType("Korea")));
        }
    }

    // Countries of the last century that no longer exist, which the gazetteer (today's countries) does not hold.
    private static bool IsFormerState(ReadOnlySpan<char> w) =>
        w is "Soviet Union" or "Union of Soviet Socialist Republics" or "USSR" or "U.S.S.R." or "Yugoslavia" or "Czechoslovakia"
            or "East Germany" or "West Germany" or "German Democratic Republic" or "Federal Republic of Germany" or "Zaire"
            or "Rhodesia" or "Ceylon" or "Siam" or "Persia" or "Burma";

    // Words for a place's feature in Spanish, French, Italian, Portuguese, Polish, Thai, Arabic and Persian, written
    // capitalised at the head of its name.
    private static bool IsForeignFeatureWord(ReadOnlySpan<char> w) =>
        w is "Catedral" or "Iglesia" or "Plaza" or "Calle" or "Avenida" or "Ave" or "Paseo" or "Palacio" or "Castillo" or "Museo"
            or "Parque" or "Puerto" or "Playa" or "Bahía" or "Laguna" or "Cerro" or "Anse" or "Baie" or "Pointe" or "Quai" or "Musée"
            or "Château" or "Chateau" or "Lac" or "Mont" or "Île" or "Plage" or "Piazza" or "Palazzo" or "Chiesa" or "Duomo" or "Lago"
            or "Ponte" or "Isola" or "Castello" or "Basilica" or "Praça" or "Praia" or "Igreja" or "Rua" or "Plac" or "Ulica" or "Rynek"
            or "Wat" or "Masjid" or "Meydan" or "Maidan" or "Wadi" or "Jebel" or "Jabal" or "Souk" or "Qasr" or "Terre" or "Ciudad"
            or "Cabo";

    // Whether the plural-looking word at t (one token, checked by the caller) follows a word that counts or picks out many, and
    // stands before no lower-case word but a verb or a relative, and no possessive.
    private static bool IsPluralAfterManyWord(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t) =>
        t >= 1 && IsManyWord(Word(text, starts, ends, t - 1))
        && !(t + 1 < starts.Length && (char.IsLower(text[starts[t + 1]]) && !IsVerbAfterPlural(Word(text, starts, ends, t + 1))
            || text[starts[t + 1]] is '\'' or '\u2019'));

    private static bool IsPluralShaped(ReadOnlySpan<char> w) =>
        w.Length >= 5 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i') && char.IsLower(w[^2]);

    private static bool IsManyWord(ReadOnlySpan<char> w) =>
        w is "the" or "The" or "many" or "Many" or "most" or "Most" or "some" or "Some" or "all" or "All" or "these" or "These"
            or "those" or "Those" or "several" or "Several" or "other" or "both" or "Both"
        || w.Length > 0 && char.IsAsciiDigit(w[0]);

    // A verb or a relative word a plural subject takes right after it ("the Romans , who", "Tejanos supported").
    private static bool IsVerbAfterPlural(ReadOnlySpan<char> w) =>
        w is "were" or "are" or "have" or "had" or "who" or "which" or "that" or "did" or "do" or "could" or "would" or "will"
        || w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>"could face similar measures by June", "since March": a month's name alone after a word of time is the month,
    /// no person or place, whatever the tagger made of it.</summary>
    internal static void NoMonthAfterTimeWord(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = output.Count - 1; m >= firstOutput; m--)
        {
            var span = output[m].Span;
            if (span.Length is < 3 or > 9 || !IsMonth(text.AsSpan(span.Start, span.Length)))
            {
                continue;
            }
            int t = starts.BinarySearch(span.Start);
            if (t > 0 && Word(text, starts, ends, t - 1) is "by" or "in" or "since" or "until" or "till" or "from" or "before" or "after"
                or "early" or "late" or "mid" or "last" or "next" or "this" or "through" or "during" or "of" or "to" or "between"
                or "mid-" or "Early" or "Late" or "By" or "In" or "Since" or "Until" or "From" or "Before" or "After" or "Last" or "Next" or "This")
            {
                output.RemoveAt(m);
            }
        }
    }

    /// <summary>"On November Ruth moved in", "a Christmas St Nicholas", "Monday Jane Doe said": a weekday, a month that is no
    /// given name or a holiday never opens a person's name; the person is the name after it.</summary>
    /// <remarks>"April", "May", "June" and "August" are given names ("April Osei"), and are left.</remarks>
    internal static void NoDayOpeningAPerson(string text, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var span = output[m].Span;
            if (output[m].Type != EntityType.Person)
            {
                continue;
            }
            var surface = text.AsSpan(span.Start, span.Length);
            int space = surface.IndexOf(' ');
            if (space < 3 || space + 2 >= surface.Length || !char.IsUpper(surface[space + 1]) || !IsDayOrHoliday(surface[..space]))
            {
                continue;
            }
            output[m] = new EntityMention(new TextSpan(span.Start + space + 1, span.End), EntityType.Person);
        }
    }

    private static bool IsDayOrHoliday(ReadOnlySpan<char> w) =>
        NewsSpanRules.IsCalendarWord(w) && w is not ("April" or "May" or "June" or "August")
            || w is "Christmas" or "Easter" or "Halloween" or "Thanksgiving";

    private static bool IsMonth(ReadOnlySpan<char> w) => NewsSpanRules.IsCalendarWord(w) && !w.EndsWith("day", StringComparison.Ordinal);

    /// <summary>"told Caracol Radio", "It was reported by Handelsblatt", "according to Tagesspiegel": a name ending in "Radio",
    /// "TV", "Television" or "News" (or a legal suffix: "Halvard Cable Co", a company), or one word ending as a newspaper's name does in German, Dutch or the Nordic languages
    /// ("-blatt", "-zeitung", "-spiegel", "-bladet", "-posten", "-krant" …), is an outlet, whatever the tagger made of it.</summary>
    internal static void OutletByItsEnding(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var mention = output[m];
            if (mention.Type == EntityType.Org)
            {
                continue;
            }
            int space = text.AsSpan(mention.Span.Start, mention.Span.Length).LastIndexOf(' ');
            var last = space > 0 ? text.AsSpan(mention.Span.Start + space + 1, mention.Span.Length - space - 1) : default;
            // "Regulators fined Halvard Cable Co": so is a name ending in a legal suffix a company.
            if (space > 0 && (last is "Radio" or "TV" or "Television" or "News" or "Co" || IsLegalSuffix(last)))
            {
                output[m] = new EntityMention(mention.Span, EntityType.Org);
            }
        }
        for (int t = 0; t < starts.Length; t++)
        {
            int length = ends[t] - starts[t];
            if (length < 8 || !char.IsUpper(text[starts[t]]) || text[ends[t] - 1] is not ('t' or 'g' or 'l' or 'r' or 'n' or 'd' or 'u'))
            {
                continue;
            }
            var w = text.AsSpan(starts[t], length);
            if (w.EndsWith("blatt", StringComparison.Ordinal) || w.EndsWith("zeitung", StringComparison.Ordinal) || w.EndsWith("spiegel", StringComparison.Ordinal)
                || w.EndsWith("kurier", StringComparison.Ordinal) || w.EndsWith("anzeiger", StringComparison.Ordinal) || w.EndsWith("rundschau", StringComparison.Ordinal)
                || w.EndsWith("bladet", StringComparison.Ordinal) || w.EndsWith("posten", StringComparison.Ordinal) || w.EndsWith("krant", StringComparison.Ordinal)
                || w.EndsWith("dagblad", StringComparison.Ordinal))
            {
                ReplaceInside(output, firstOutput, starts[t], ends[t], EntityType.Org);
            }
        }
    }

    /// <summary>"Harbour Daily - News", "Kelport Gazette – Business": a line of title-case words ending on a press head, then a
    /// dash and a section's name, is the paper's name line; the paper is the words before the dash (an ordinary word among
    /// them, "Harbour", as well), the section none.</summary>
    internal static void PapersNameBeforeASection(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        int n = starts.Length;
        if (n is < 4 or > 7 || ends[n - 2] - starts[n - 2] != 1 || text[starts[n - 2]] is not ('-' or '\u2013' or '\u2014')
            || !EntityHeads.IsPressHead(Word(text, starts, ends, n - 3))
            || Word(text, starts, ends, n - 1) is not ("News" or "Business" or "Sport" or "Sports" or "World" or "Politics" or "Opinion"
                or "Money" or "Technology" or "Tech" or "Health" or "Science" or "Culture" or "Local" or "National" or "Latest" or "Home"))
        {
            return;
        }
        for (int t = 0; t < n - 3; t++)
        {
            if (!IsTitleCaseWord(text, starts[t], ends[t]))
            {
                return;
            }
        }
        output.RemoveRange(firstOutput, output.Count - firstOutput);
        output.Add(new EntityMention(new TextSpan(starts[0], ends[n - 3]), EntityType.Org));
    }

    /// <summary>"the Boston Red Sox", "for the Pittsburgh Pirates", "the New York Knicks": a large city's name before one or two
    /// capitalised words ending in a plural is a team (or a paper: "the Seattle Times"), one organisation, where the tagger
    /// gave a place and a person, or only the plural.</summary>
    /// <remarks>Plurals that end places ("Sand Springs", "Idaho Falls") or name events ("Tokyo Olympics", "Paris Attacks") are
    /// left alone, and so is a sentence with no lower-case word of some length (a title-case headline).</remarks>
    internal static void CityTeam(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        int n = starts.Length;
        bool running = false;
        for (int u = 2; u < n; u++)
        {
            int length = ends[u] - starts[u];
            char lastChar = text[ends[u] - 1];
            if (length < 3 || lastChar is not ('s' or 'x') || text[ends[u] - 2] is 's' or '\'' || !char.IsUpper(text[starts[u]])
                || u + 1 < n && IsCapitalisedWord(text, starts[u + 1], ends[u + 1]) || IsNotATeamPlural(Word(text, starts, ends, u)))
            {
                continue;
            }
            if (!running)
            {
                for (int t = 0; t < n && !running; t++)
                {
                    running = ends[t] - starts[t] > 3 && char.IsLower(text[starts[t]]);
                }
                if (!running)
                {
                    return;
                }
            }
            for (int teamFirst = u; teamFirst >= u - 1 && teamFirst >= 1; teamFirst--)
            {
                if (!IsCapitalisedWord(text, starts[teamFirst], ends[teamFirst]))
                {
                    break;
                }
                int city = -1;
                for (int cityLength = 3; cityLength >= 1 && city < 0; cityLength--)
                {
                    int c = teamFirst - cityLength;
                    if (c >= 0 && IsCapitalisedWord(text, starts[c], ends[c])
                        && WorldCities.Contains(text.AsSpan(starts[c], ends[teamFirst - 1] - starts[c]))
                        && (c == 0 || !IsCapitalisedWord(text, starts[c - 1], ends[c - 1]) || IsOpener(Word(text, starts, ends, c - 1))
                            || Gazetteer.IsArticle(Word(text, starts, ends, c - 1))))
                    {
                        city = c;
                    }
                }
                if (city >= 0)
                {
                    // "by Miri Forbes": the tagger's full person name over the same words is a person, not a team.
                    if (!StartsPerson(output, firstOutput, starts[city]))
                    {
                        ReplaceInside(output, firstOutput, starts[city], ends[u], EntityType.Org);
                    }
                    break;
                }
            }
        }
    }

    /// <summary>"Teresa Ribera, the commission's executive vice-president, said", "Dargahli, the ministry's spokesman, told":
    /// a name the tagger typed a body or a place, opening the sentence or after its reporting verb and set beside a role
    /// held in something ("the ministry's", "its", "Nordvik's") or a role with "a", is a person's.</summary>
    /// <remarks>Only at the sentence's start or after "said": "In Kharkiv, the region's governor, …" sets a scene. A name the
    /// gazetteer knows whole keeps its type.</remarks>
    private void PersonBeforeHeldRole(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        int n = starts.Length;
        if (n < 6)
        {
            return;
        }
        // "Adair, BrightCart's technology chief, told …": a surname alone opening the sentence, which the tagger left unnamed,
        // no ordinary or known word.
        if (Word(text, starts, ends, 1) is "," && IsTitleCaseWord(text, starts[0], ends[0]) && ends[0] - starts[0] > 2
            && (output.Count == firstOutput || output[firstOutput].Span.Start >= ends[0])
            && !Model.Common.Contains(TextHash.Lower(Word(text, starts, ends, 0))) && !IsFunctionWordOpener(Word(text, starts, ends, 0))
            && !RoleWords.IsRoleWord(Word(text, starts, ends, 0)) && !Gazetteer.TryLookupToken(Word(text, starts, ends, 0), out _)
            && IsHeldRole(text, starts, ends, 2))
        {
            output.Insert(firstOutput, new EntityMention(new TextSpan(starts[0], ends[0]), EntityType.Person));
        }
        for (int m = firstOutput; m < output.Count; m++)
        {
            var mention = output[m];
            if (mention.Type is not (EntityType.Org or EntityType.Loc))
            {
                continue;
            }
            int last = ends.BinarySearch(mention.Span.End);
            if (last < 0 || last + 4 >= n || Word(text, starts, ends, last + 1) is not ",")
            {
                continue;
            }
            int from = starts.BinarySearch(mention.Span.Start);
            if (from < 0 || from > 0 && !NewsSpanRules.IsReportingVerb(Word(text, starts, ends, from - 1))
                || Gazetteer.TryMatch(text, starts, ends, from, out var known) && known.TokenCount == last - from + 1)
            {
                continue;
            }
            if (IsHeldRole(text, starts, ends, last + 2))
            {
                output[m] = mention with { Type = EntityType.Person };
            }
        }
    }

    /// <summary>"Tourism Minister Sudan Gurung", "Finance Minister Jordan Whitcombe": a one-word place between a capitalised
    /// title and the surname the tagger named is the person's first name.</summary>
    private static void PlaceFirstNameAfterTitle(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = output.Count - 2; m >= firstOutput; m--)
        {
            var place = output[m];
            var person = output[m + 1];
            if (place.Type is not (EntityType.Gpe or EntityType.Loc) || person.Type != EntityType.Person || person.Span.Start != place.Span.End + 1
                || text.AsSpan(place.Span.Start, place.Span.Length).Contains(' '))
            {
                continue;
            }
            int t = starts.BinarySearch(place.Span.Start);
            if (t > 0 && char.IsUpper(text[starts[t - 1]]) && RoleWords.IsTitleHead(Word(text, starts, ends, t - 1)))
            {
                output[m] = new EntityMention(new TextSpan(place.Span.Start, person.Span.End), EntityType.Person);
                output.RemoveAt(m + 1);
            }
        }
    }

    /// <summary>"the envoy, Sofia Ardent, said", "Sofia Ardent, the UN envoy, declined", "Lima Torvald said": a place of two
    /// words that opens on a place the gazetteer knows and ends on a word it does not, standing where a person stands (before
    /// a verb of saying, or before a comma and a verb of saying or a role with its article), is a person named after the
    /// place.</summary>
    /// <remarks>Not when the second word is a place's, a body's or a paper's head ("Sofia Airport said", "Moscow Times
    /// reported") or an ordinary word, nor when the gazetteer knows the two words whole.</remarks>
    private void PlaceFirstNameBeforeASpeaker(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        int n = starts.Length;
        for (int m = firstOutput; m < output.Count; m++)
        {
            var span = output[m].Span;
            if (output[m].Type is not (EntityType.Loc or EntityType.Gpe))
            {
                continue;
            }
            int t = starts.BinarySearch(span.Start);
            if (t < 0 || t + 2 >= n || ends[t + 1] != span.End)
            {
                continue;
            }
            var next = Word(text, starts, ends, t + 2);
            bool speaks = NewsSpanRules.IsReportingVerb(next)
                || next is "," && t + 3 < n && (NewsSpanRules.IsReportingVerb(Word(text, starts, ends, t + 3)) || IsRoleWithItsArticle(text, starts, ends, t + 3));
            if (!speaks)
            {
                continue;
            }
            var given = Word(text, starts, ends, t);
            var surname = Word(text, starts, ends, t + 1);
            if (!IsTitleCase(given) || !IsTitleCase(surname) || !Gazetteer.TryLookupToken(given, out _) || Gazetteer.TryLookupToken(surname, out _)
                || Gazetteer.TryLookup(text.AsSpan(span.Start, span.Length), out _) || Model.Common.Contains(TextHash.Lower(surname))
                || EntityHeads.IsPlaceHead(surname) || EntityHeads.IsOrganisationHead(surname) || EntityHeads.IsCompanyHead(surname)
                || EntityHeads.IsPressHead(surname) || RoleWords.IsRoleWord(surname))
            {
                continue;
            }
            output[m] = output[m] with { Type = EntityType.Person };
        }
    }

    // From token t: "the UN envoy", "a former minister", "its spokesman": an article or "its", then within four words (a body's
    // capitalised name among them) a role's head in lower case.
    private static bool IsRoleWithItsArticle(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t)
    {
        if (Word(text, starts, ends, t) is not ("the" or "a" or "an" or "its"))
        {
            return false;
        }
        for (int end = Math.Min(starts.Length, t + 5), u = t + 1; u < end; u++)
        {
            var w = Word(text, starts, ends, u);
            if (w.Length == 0 || !char.IsLetter(w[0]))
            {
                return false;
            }
            if (char.IsLower(w[0]) && RoleWords.IsRoleHead(w))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"the Bureau of European Consumer Organisations (BEUC)", "the European Union Mission in Armenia (EUMA)": capitalised
    /// words before an acronym alone in brackets, which the tagger left unnamed or cut, are one body, and the acronym is it,
    /// when a body's head ends them or stands before their "of" (or, where "in" joins them, the acronym spells them).</summary>
    private void BodyBeforeItsAcronym(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        int n = starts.Length;
        for (int t = 2; t + 2 < n; t++)
        {
            if (text[starts[t]] != '(' || text[starts[t + 2]] != ')' || ends[t] - starts[t] != 1 || ends[t + 2] - starts[t + 2] != 1)
            {
                continue;
            }
            var acronym = Word(text, starts, ends, t + 1);
            if (acronym.Length is < 3 or > 8 || !IsAllUpperLetters(acronym) || Gazetteer.TryLookupToken(acronym, out _))
            {
                continue;
            }
            // The run of capitalised words before the bracket, with "of", "for", "and", "on", "in" between them.
            int k = t - 1;
            bool inside = false;
            while (k >= 0)
            {
                var w = Word(text, starts, ends, k);
                if (IsCapitalisedWord(text, starts[k], ends[k]) && !Gazetteer.IsArticle(w))
                {
                    k--;
                    continue;
                }
                if (k > 0 && w is "of" or "for" or "and" or "on" or "in" && k + 1 < t && IsCapitalisedWord(text, starts[k - 1], ends[k - 1]))
                {
                    inside |= w is "in";
                    k--;
                    continue;
                }
                break;
            }
            int from = k + 1;
            if (t - from < 2 || from == 0 && IsFunctionWordOpener(Word(text, starts, ends, 0)))
            {
                continue;
            }
            var run = text.AsSpan(starts[from], ends[t - 1] - starts[from]);
            var last = Word(text, starts, ends, t - 1);
            int of = run.IndexOf(" of ", StringComparison.Ordinal);
            var beforeOf = of > 0 ? run[(run[..of].LastIndexOf(' ') + 1)..of] : default;
            bool spelled = Aliases.NameKey.SpellsInitials(run, acronym);
            bool head = EntityHeads.IsOrganisationHead(last) || of > 0 && EntityHeads.IsOrganisationHead(beforeOf);
            if (inside ? !spelled || !HasOrganisationHead(run) : !head)
            {
                continue;
            }
            // A body the tagger named right before the bracket is left to BodyEdges ("Shares of Bright Harbour Holdings (BHH)"
            // keeps the tagger's edge); nothing is replaced that runs past the words.
            bool named = false;
            for (int m = firstOutput; m < output.Count && !named; m++)
            {
                named = output[m].Span.End == ends[t - 1] && output[m].Type == EntityType.Org;
            }
            if (named)
            {
                continue;
            }
            if (ReplaceInside(output, firstOutput, starts[from], ends[t - 1], EntityType.Org))
            {
                int a = firstOutput;
                while (a < output.Count && output[a].Span.End <= starts[t + 1])
                {
                    a++;
                }
                if (a == output.Count || output[a].Span.Start >= ends[t + 1])
                {
                    output.Insert(a, new EntityMention(new TextSpan(starts[t + 1], ends[t + 1]), EntityType.Org));
                }
            }
        }
    }

    private static bool HasOrganisationHead(ReadOnlySpan<char> run)
    {
        foreach (var range in run.Split(' '))
        {
            if (EntityHeads.IsOrganisationHead(run[range]))
            {
                return true;
            }
        }
        return false;
    }

    // From token t: "the ministry's spokesman", "its general secretary", "Nordvik's technology chief", "a mountain guide": a
    // role held in something, or one with "a", whose head comes within four lower-case words.
    private static bool IsHeldRole(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t)
    {
        int n = starts.Length;
        if (t >= n)
        {
            return false;
        }
        var w = Word(text, starts, ends, t);
        // "Florence Kovač, a mountain guide from Ljubljana,": a role with an indefinite article is the person's too.
        if (w is "its" or "their" or "a" or "an")
        {
            t++;
        }
        else
        {
            if (w is "the")
            {
                t++;
            }
            if (t + 2 >= n || Word(text, starts, ends, t + 1) is not ("'s" or "\u2019s") || !char.IsLetter(text[starts[t]]))
            {
                return false;
            }
            t += 2;
        }
        for (int end = Math.Min(n, t + 4); t < end; t++)
        {
            w = Word(text, starts, ends, t);
            if (w.Length == 0 || !char.IsLower(w[0]))
            {
                return false;
            }
            if (RoleWords.IsRoleHead(w))
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsPerson(List<EntityMention> output, int firstOutput, int start)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            if (output[m].Span.Start == start && output[m].Type == EntityType.Person)
            {
                return true;
            }
        }
        return false;
    }

    // Plurals that end a place's name or an event's, not a team's.
    private static bool IsNotATeamPlural(ReadOnlySpan<char> w) =>
        w is "Springs" or "Falls" or "Heights" or "Hills" or "Islands" or "Isles" or "Gardens" or "Plains" or "Lakes" or "Rapids"
            or "Keys" or "Woods" or "Meadows" or "Oaks" or "Pines" or "Palms" or "Acres" or "Estates" or "Highlands" or "Downs"
            or "Sands" or "Shores" or "Docks" or "Mills" or "Towers" or "Flats" or "Commons" or "Fields" or "Glens" or "Cliffs"
            or "Narrows" or "Banks" or "Olympics" or "Games" or "Talks" or "Accords" or "Agreements" or "Conventions" or "Protocols"
            or "Papers" or "Attacks" or "Bombings" or "Protests" or "Riots" or "Floods" or "Fires" or "Elections" or "Trials"
            or "Hearings" or "Negotiations" or "Summits" or "Marathons" or "Airports" or "Suburbs" or "Streets" or "Docklands";

    /// <summary>"fined the company 1.5 billion reais": whatever a rule or the tagger made of it, a span with no letter
    /// (a number, a sign) names nothing.</summary>
    private static void NoNameWithoutLetters(string text, List<EntityMention> output, int firstOutput)
    {
        for (int m = output.Count - 1; m >= firstOutput; m--)
        {
            var span = output[m].Span;
            bool letter = false;
            for (int i = span.Start; i < span.End && !letter; i++)
            {
                letter = char.IsLetter(text[i]);
            }
            if (!letter)
            {
                output.RemoveAt(m);
            }
        }
    }

    /// <summary>"the Mexican Congress", "Iraqi Army", "Greek Orthodox Church": a demonym before capitalised words that end in
    /// an organisation's head is one organisation (both corpora mark it whole); before a body the gazetteer knows ("Asian
    /// Nikkei", "British Red Cross") it stays two names.</summary>
    internal void DemonymBeforeBody(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var mention = output[m];
            if (mention.Type != EntityType.Norp)
            {
                continue;
            }
            int t = ends.BinarySearch(mention.Span.End);
            if (t < 0 || starts[t] != mention.Span.Start || t + 1 >= starts.Length || starts[t + 1] != ends[t] + 1)
            {
                continue;
            }
            int end = t + 1;
            while (end < starts.Length && end - t <= 4 && IsCapitalisedWord(text, starts[end], ends[end]) && !Gazetteer.IsArticle(Word(text, starts, ends, end))
                && !RoleWords.IsRoleHead(Word(text, starts, ends, end)))
            {
                end++;
            }
            if (end == t + 1 || end - t > 4)
            {
                continue;
            }
            var head = Word(text, starts, ends, end - 1);
            if (!(EntityHeads.IsOrganisationHead(head) || head is "Church" or "Conference")
                || Gazetteer.TryLookup(text, starts, ends, t + 1, end, out _))
            {
                continue;
            }
            bool onlyBodies = true;
            for (int o = m + 1; o < output.Count && output[o].Span.Start < ends[end - 1]; o++)
            {
                onlyBodies &= output[o].Type is EntityType.Org or EntityType.Person or EntityType.Loc && output[o].Span.End <= ends[end - 1];
            }
            if (onlyBodies)
            {
                ReplaceInside(output, firstOutput, starts[t], ends[end - 1], EntityType.Org);
            }
        }
    }

    /// <summary>"the Municipality of Livorno", "County of Maui v. …": a capitalised "Municipality/County of" before a place
    /// is the local government's legal name, an organisation (the lower-case "the county of X" is the place).</summary>
    internal static void LocalGovernmentOfPlace(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int t = 0; t + 2 < starts.Length; t++)
        {
            if (Word(text, starts, ends, t) is not ("Municipality" or "County") || Word(text, starts, ends, t + 1) is not "of"
                || !IsCapitalisedWord(text, starts[t + 2], ends[t + 2]) || Gazetteer.IsArticle(Word(text, starts, ends, t + 2)))
            {
                continue;
            }
            // The place's name: the mention there, or up to three capitalised words the tagger left out.
            int stop = -1;
            for (int m = firstOutput; m < output.Count; m++)
            {
                if (output[m].Span.Start == starts[t + 2])
                {
                    stop = output[m].Type is EntityType.Gpe or EntityType.Loc or EntityType.Person ? output[m].Span.End : -2;
                    break;
                }
            }
            if (stop == -2)
            {
                continue;
            }
            if (stop < 0)
            {
                int end = t + 2;
                while (end < starts.Length && end - t < 5 && IsCapitalisedWord(text, starts[end], ends[end]) && !RoleWords.IsRoleWord(Word(text, starts, ends, end)))
                {
                    end++;
                }
                stop = ends[end - 1];
            }
            ReplaceInside(output, firstOutput, starts[t], stop, EntityType.Org);
        }
    }

    /// <summary>"the State of Pennsylvania", "the City of Cleveland": a capitalised "State/City/Commonwealth of" right before a
    /// place the tagger found is that place's formal name, one place (the gazetteer's type if it knows the whole).</summary>
    internal void StateOfPlace(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var mention = output[m];
            if (mention.Type is not (EntityType.Gpe or EntityType.Loc))
            {
                continue;
            }
            int t = starts.BinarySearch(mention.Span.Start);
            if (t < 2 || Word(text, starts, ends, t - 1) is not "of" || Word(text, starts, ends, t - 2) is not ("State" or "City" or "Commonwealth")
                || m > firstOutput && output[m - 1].Span.End > starts[t - 2])
            {
                continue;
            }
            var whole = text.AsSpan(starts[t - 2], mention.Span.End - starts[t - 2]);
            var type = Gazetteer.TryLookup(whole, out var entry) && entry.Type is EntityType.Gpe or EntityType.Loc ? entry.Type : EntityType.Loc;
            output[m] = new EntityMention(new TextSpan(starts[t - 2], mention.Span.End), type);
        }
    }

    /// <summary>"the Sheikh Lotfollah | Mosque", "Queen | Creek": a place ending in a head that hardly ends a person's name (or
    /// that head alone, taken for a person) right after a capitalised title is named after someone, and the title is part of
    /// the place's name.</summary>
    internal static void TitleOpensAPlace(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var mention = output[m];
            if (mention.Type is not (EntityType.Loc or EntityType.Person))
            {
                continue;
            }
            int t = starts.BinarySearch(mention.Span.Start);
            int last = ends.BinarySearch(mention.Span.End);
            if (t < 1 || last < t || !EntityHeads.IsStrongPlaceHead(Word(text, starts, ends, last)) || !char.IsUpper(text[starts[last]])
                || mention.Type == EntityType.Person && last != t)
            {
                continue;
            }
            var title = Word(text, starts, ends, t - 1);
            if (title.Length < 2 || !char.IsUpper(title[0]) || !RoleWords.IsRoleWord(title) || m > firstOutput && output[m - 1].Span.End > starts[t - 1])
            {
                continue;
            }
            output[m] = new EntityMention(new TextSpan(starts[t - 1], mention.Span.End), EntityType.Loc);
        }
    }

    /// <summary>"the United Nations and Council of Europe", "Untied Nations and United States": an organisation or place span
    /// that ends in "and" and a known name (not itself known whole, like "Antigua and Barbuda") is two names.</summary>
    internal void SplitKnownPair(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var mention = output[m];
            // A cheap test first: most spans hold no "and".
            if (mention.Type is not (EntityType.Org or EntityType.Loc or EntityType.Gpe)
                || !text.AsSpan(mention.Span.Start, mention.Span.Length).Contains(" and ", StringComparison.Ordinal))
            {
                continue;
            }
            int from = starts.BinarySearch(mention.Span.Start);
            int last = ends.BinarySearch(mention.Span.End);
            if (from < 0 || last < 0 || Gazetteer.TryLookup(text, starts, ends, from, last + 1, out _))
            {
                continue;
            }
            for (int t = from + 1; t < last; t++)
            {
                if (Word(text, starts, ends, t) is not "and")
                {
                    continue;
                }
                // Not before an article: "Islamic State of Iraq and the Levant" is one name.
                if (IsCapitalisedWord(text, starts[t + 1], ends[t + 1]) && !Gazetteer.IsArticle(Word(text, starts, ends, t + 1))
                    && Gazetteer.TryLookup(text, starts, ends, t + 1, last + 1, out var right))
                {
                    var leftType = Gazetteer.TryLookup(text, starts, ends, from, t, out var known) ? known.Type : mention.Type;
                    output[m] = new EntityMention(new TextSpan(starts[from], ends[t - 1]), leftType);
                    output.Insert(m + 1, new EntityMention(new TextSpan(starts[t + 1], mention.Span.End), right.Type));
                    m++;
                }
                break;
            }
        }
    }

    /// <summary>"Joe Biden and KAMALA HARRIS", "that JOHN OSSOFF is": where a transcript writes names in capitals, an unknown
    /// word in capitals right before a person's name in capitals is the first name the tagger left out.</summary>
    /// <remarks>Only a run of exactly two words in capitals, so a headline written all in capitals ("SENATE CONFIRMS HARRIS")
    /// is left alone.</remarks>
    internal void JoinCapitalFirstName(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var mention = output[m];
            if (mention.Type != EntityType.Person)
            {
                continue;
            }
            int t = starts.BinarySearch(mention.Span.Start);
            if (t <= 0 || !IsWordInCapitals(Word(text, starts, ends, t)) || (m > firstOutput && output[m - 1].Span.End > starts[t - 1]))
            {
                continue;
            }
            var before = Word(text, starts, ends, t - 1);
            if (before.Length < 3 || !IsWordInCapitals(before) || (t > 1 && IsWordInCapitals(Word(text, starts, ends, t - 2)))
                || RoleWords.IsRoleWord(before) || Model.Common.Contains(TextHash.Lower(before)) || Gazetteer.TryLookupCapitals(before, out _))
            {
                continue;
            }
            output[m] = mention with { Span = new TextSpan(starts[t - 1], mention.Span.End) };
        }
    }

    private static bool IsWordInCapitals(ReadOnlySpan<char> w)
    {
        if (w.Length < 2)
        {
            return false;
        }
        foreach (char c in w)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"the West", "from the Northeast": a compass word after "the", standing alone, names a region (a place);
    /// after a route number ("I-44 West", "US 412 East") it is the direction of travel, no name.</summary>
    internal static void CompassRegions(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        int m = firstOutput;
        for (int t = 1; t < starts.Length; t++)
        {
            var w = Word(text, starts, ends, t);
            if (!IsCompassWord(w))
            {
                continue;
            }
            while (m < output.Count && output[m].Span.End <= starts[t])
            {
                m++;
            }
            bool covered = m < output.Count && output[m].Span.Start < ends[t];
            bool exact = covered && output[m].Span.Start == starts[t] && output[m].Span.End == ends[t];
            var before = Word(text, starts, ends, t - 1);
            if (before is "the" or "The")
            {
                // "the South - East", "the West Bank", "the North Korean": part of a longer name.
                if (t + 1 < starts.Length && (char.IsUpper(text[starts[t + 1]])
                    || (Word(text, starts, ends, t + 1) is "-" or "\u2013" && t + 2 < starts.Length && StartsWithCompassWord(Word(text, starts, ends, t + 2)))))
                {
                    continue;
                }
                if (exact)
                {
                    output[m] = output[m] with { Type = EntityType.Loc };
                }
                else if (!covered && (m == firstOutput || output[m - 1].Span.End <= starts[t]))
                {
                    output.Insert(m, new EntityMention(new TextSpan(starts[t], ends[t]), EntityType.Loc));
                }
            }
            else if (exact && char.IsDigit(before[^1]))
            {
                output.RemoveAt(m);
            }
        }
    }

    private static bool StartsWithCompassWord(ReadOnlySpan<char> w) =>
        w.StartsWith("North") || w.StartsWith("South") || w.StartsWith("East") || w.StartsWith("West");

    private static bool IsCompassWord(ReadOnlySpan<char> w) =>
        w is "North" or "South" or "East" or "West" or "Northeast" or "Northwest" or "Southeast" or "Southwest" or "Midwest";

    /// <summary>"Vinita, OK", "Wichita, KS", "Ocala, Fla.": a US state's postal code or AP abbreviation after a place and a comma is a place.</summary>
    internal static void StateCodeAfterPlace(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            if (output[m].Type is not (EntityType.Loc or EntityType.Gpe))
            {
                continue;
            }
            int t = ends.BinarySearch(output[m].Span.End);
            if (t < 0 || t + 2 >= starts.Length || Word(text, starts, ends, t + 1) is not ",")
            {
                continue;
            }
            var code = Word(text, starts, ends, t + 2);
            if (!(IsStateCode(code) || IsStateAbbreviation(code)) || (m + 1 < output.Count && output[m + 1].Span.Start < ends[t + 2])
                || (t + 3 < starts.Length && char.IsLetterOrDigit(text[starts[t + 3]])))
            {
                continue;
            }
            output.Insert(m + 1, new EntityMention(new TextSpan(starts[t + 2], ends[t + 2]), EntityType.Loc));
        }
    }

    /// <summary>"a boy from Irving, Texas, was arrested", "of Woodbridge, Virginia, died", "the Paramus, NJ corridor": one to
    /// three title-case words before a comma and a state or province (the gazetteer's region, a postal code, an AP
    /// abbreviation such as "Fla.", or "Virginia", "Georgia", "Washington", which the gazetteer leaves out as given names) are
    /// a place, where the tagger named nothing there or a person.</summary>
    /// <remarks>Only after a word that puts a place there ("from", "of", "in", "near", "at", "outside", "to", "the"), or at the
    /// start of a line without lower-case words (an address); the state must end the clause (a comma, a stop, a bracket or
    /// the end), not open a possessive or a list of names ("Holt, Virginia and Tom").</remarks>
    internal void PlaceBeforeItsState(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        int n = starts.Length;
        for (int c = 1; c + 1 < n; c++)
        {
            if (text[starts[c]] != ',' || ends[c] - starts[c] != 1 || !char.IsUpper(text[starts[c + 1]])
                || !IsTitleCaseWord(text, starts[c - 1], ends[c - 1]))
            {
                continue;
            }
            int first = c - 1;
            while (first > 0 && c - first < 3 && IsTitleCaseWord(text, starts[first - 1], ends[first - 1]))
            {
                first--;
            }
            bool opensLine = first == 0;
            if (!opensLine && Word(text, starts, ends, first - 1) is not ("from" or "of" or "in" or "near" or "at" or "outside" or "to" or "the"))
            {
                continue;
            }
            int stateEnd = c + 2;
            var state = Word(text, starts, ends, c + 1);
            if (!(IsStateCode(state) || IsStateAbbreviation(state) || state is "Virginia" or "Georgia" or "Washington"))
            {
                if (!Gazetteer.TryMatch(text, starts, ends, c + 1, out var match) || Gazetteer[match.Entry].Kind != GazetteerKind.Region)
                {
                    continue;
                }
                stateEnd = c + 1 + match.TokenCount;
            }
            if (stateEnd < n && Word(text, starts, ends, stateEnd) is not ("," or "." or ")" or ";" or ":"))
            {
                continue;
            }
            if (opensLine)
            {
                bool prose = false;
                for (int t = 0; t < n && !prose; t++)
                {
                    prose = char.IsLower(text[starts[t]]) && ends[t] - starts[t] > 2;
                }
                if (prose)
                {
                    continue;
                }
            }
            int from = starts[first], to = ends[c - 1];
            int inside = SoleMentionOver(output, firstOutput, from, to);
            if (inside == -2 || inside >= 0 && output[inside].Type != EntityType.Person)
            {
                continue;
            }
            if (inside >= 0)
            {
                output[inside] = output[inside] with { Type = EntityType.Loc };
                continue;
            }
            bool plain = true;
            for (int k = first; k < c && plain; k++)
            {
                var w = Word(text, starts, ends, k);
                plain = !Model.Common.Contains(TextHash.Lower(w)) && !RoleWords.IsRoleWord(w);
            }
            if (plain)
            {
                ReplaceInside(output, firstOutput, from, to, EntityType.Loc);
            }
        }
    }

    // The Associated Press's abbreviations of US states, as datelines and addresses write them.
    private static bool IsStateAbbreviation(ReadOnlySpan<char> w) =>
        w.Length > 2 && w[^1] == '.' && w is "Ala." or "Ariz." or "Ark." or "Calif." or "Colo." or "Conn." or "Del." or "Fla." or "Ga." or "Ill."
            or "Ind." or "Kan." or "Ky." or "La." or "Md." or "Mass." or "Mich." or "Minn." or "Miss." or "Mo." or "Mont." or "Neb."
            or "Nev." or "N.H." or "N.J." or "N.M." or "N.Y." or "N.C." or "N.D." or "Okla." or "Ore." or "Pa." or "R.I." or "S.C."
            or "S.D." or "Tenn." or "Vt." or "Va." or "Wash." or "W.Va." or "Wis." or "Wyo.";

    private static bool IsStateCode(ReadOnlySpan<char> w) =>
        w is "AL" or "AK" or "AZ" or "AR" or "CA" or "CO" or "CT" or "DE" or "FL" or "GA" or "HI" or "ID" or "IL" or "IN"
            or "IA" or "KS" or "KY" or "LA" or "ME" or "MD" or "MA" or "MI" or "MN" or "MS" or "MO" or "MT" or "NE" or "NV"
            or "NH" or "NJ" or "NM" or "NY" or "NC" or "ND" or "OH" or "OK" or "OR" or "PA" or "RI" or "SC" or "SD" or "TN"
            or "TX" or "UT" or "VT" or "VA" or "WA" or "WV" or "WI" or "WY";

    /// <summary>"40 degrees Celsius", "(104 Fahrenheit)": a temperature scale after a number or "degrees" is a unit, not a name.</summary>
    private static void NoTemperatureScale(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = output.Count - 1; m >= firstOutput; m--)
        {
            var w = text.AsSpan(output[m].Span.Start, output[m].Span.Length);
            if (w is not ("Celsius" or "Fahrenheit" or "Kelvin" or "Centigrade"))
            {
                continue;
            }
            int t = starts.BinarySearch(output[m].Span.Start);
            if (t > 0 && (char.IsDigit(text[ends[t - 1] - 1]) || Word(text, starts, ends, t - 1) is "degrees" or "degree" or "°"))
            {
                output.RemoveAt(m);
            }
        }
    }

    /// <summary>"hundreds of Shahed drones", "Leopard tanks": a one-word name right before a weapon noun is the weapon's
    /// model, not a person; the recogniser has no type for it, so it is dropped.</summary>
    private static void NoPersonBeforeMateriel(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = output.Count - 1; m >= firstOutput; m--)
        {
            var mention = output[m];
            if (mention.Type != EntityType.Person || text.AsSpan(mention.Span.Start, mention.Span.Length).Contains(' '))
            {
                continue;
            }
            int t = starts.BinarySearch(mention.Span.Start);
            // Inside a noun phrase only ("of Shahed drones", "sent Leopard tanks"); a subject may be a person before a verb
            // that looks like a plural ("Putin rockets ahead").
            if (t > 0 && t + 1 < starts.Length && ends[t] == mention.Span.End && EntityHeads.IsMaterielNoun(Word(text, starts, ends, t + 1))
                && (char.IsLower(text[starts[t - 1]]) || char.IsDigit(text[starts[t - 1]])))
            {
                output.RemoveAt(m);
            }
        }
    }

    /// <summary>"in the city of Kahramanmaras", "the town of Bakhmut": a name right after a place noun and "of" is a place,
    /// whatever the tagger took it for.</summary>
    internal static void PlaceAfterPlaceNoun(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            if (output[m].Type is not (EntityType.Person or EntityType.Org))
            {
                continue;
            }
            int t = starts.BinarySearch(output[m].Span.Start);
            if (t >= 2 && Word(text, starts, ends, t - 1) is "of" && IsPlaceNounBeforeOf(Word(text, starts, ends, t - 2)))
            {
                output[m] = output[m] with { Type = EntityType.Loc };
            }
        }
        // The tagger may leave such a name out altogether: a capitalised word there that no name holds, and the capitalised
        // words right after it, are a place.
        int next = firstOutput;
        for (int t = 2; t < starts.Length; t++)
        {
            if (!char.IsUpper(text[starts[t]]) || text[starts[t - 1]] != 'o' || Word(text, starts, ends, t - 1) is not "of"
                || !IsPlaceNounBeforeOf(Word(text, starts, ends, t - 2)))
            {
                continue;
            }
            int end = t + 1;
            while (end < starts.Length && end - t < 3 && starts[end] == ends[end - 1] + 1 && IsCapitalisedWord(text, starts[end], ends[end]))
            {
                end++;
            }
            while (next < output.Count && output[next].Span.End <= starts[t])
            {
                next++;
            }
            if (next < output.Count && output[next].Span.Start < ends[end - 1])
            {
                continue;
            }
            output.Insert(next, new EntityMention(new TextSpan(starts[t], ends[end - 1]), EntityType.Loc));
        }
    }

    /// <summary>"the mills of Łódź", "in Jiangsu province": capitalised words the tagger left unnamed that are a large city
    /// or a first-level division and no one's given name (<see cref="KnownPlaces"/>) are that place, when no other
    /// capitalised word stands right before or after them (so "Mark Dayton", "Dayton Daily News" are left alone), other than an
    /// ordinary word opening the sentence.</summary>
    internal void UnnamedKnownPlace(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        int next = firstOutput;
        for (int t = 0; t < starts.Length; t++)
        {
            if (!char.IsUpper(text[starts[t]]))
            {
                continue;
            }
            while (next < output.Count && output[next].Span.End <= starts[t])
            {
                next++;
            }
            if (next < output.Count && output[next].Span.Start < ends[t])
            {
                continue;
            }
            // Only the sentence's first word may be capitalised right before ("In Łódź"), and only an ordinary word.
            if (t > 0 && IsCapitalisedWord(text, starts[t - 1], ends[t - 1])
                && (t > 1 || !Model.Common.Contains(TextHash.Lower(Word(text, starts, ends, t - 1)))))
            {
                continue;
            }
            // The longest run of up to three capitalised words, written with single spaces, that is a known place.
            int run = t + 1;
            while (run < starts.Length && run - t < 3 && starts[run] == ends[run - 1] + 1 && IsCapitalisedWord(text, starts[run], ends[run]))
            {
                run++;
            }
            for (int end = run; end > t; end--)
            {
                if (next < output.Count && output[next].Span.Start < ends[end - 1])
                {
                    continue;
                }
                if (end < starts.Length && IsCapitalisedWord(text, starts[end], ends[end]))
                {
                    continue;
                }
                var phrase = text.AsSpan(starts[t], ends[end - 1] - starts[t]);
                if (end == t + 1 && (Model.Common.Contains(TextHash.Lower(phrase)) || NerFeatures.IsAllUpper(phrase)))
                {
                    continue;
                }
                if (KnownPlaces.Contains(phrase))
                {
                    output.Insert(next, new EntityMention(new TextSpan(starts[t], ends[end - 1]), EntityType.Loc));
                    t = end - 1;
                    break;
                }
            }
        }
    }

    /// <summary>"the Cimarron Turnpike", "along Outer Ring Road", "at Shandao Station": one to three capitalised words the
    /// tagger left unnamed, ending in a strong place head, are a place.</summary>
    /// <remarks>Not in a sentence without a lower-case word of some length (a title-case headline), not after another
    /// capitalised word (the sentence's first word excepted, if it is an ordinary word), and not before a capitalised word or
    /// "of" (a longer name the rule would cut).</remarks>
    internal void UnnamedPlaceWithHead(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        int next = firstOutput;
        bool prose = false;
        for (int t = 0; t < starts.Length && !prose; t++)
        {
            prose = ends[t] - starts[t] >= 4 && char.IsLower(text[starts[t]]);
        }
        if (!prose)
        {
            return;
        }
        for (int h = 1; h < starts.Length; h++)
        {
            // The head: a capitalised word of three or more letters, not in capitals.
            if (ends[h] - starts[h] < 3 || !char.IsUpper(text[starts[h]]) || !char.IsLower(text[starts[h] + 1])
                || !EntityHeads.IsStrongPlaceHead(Word(text, starts, ends, h)))
            {
                continue;
            }
            if (h + 1 < starts.Length && (IsCapitalisedWord(text, starts[h + 1], ends[h + 1]) || Word(text, starts, ends, h + 1) is "of"))
            {
                continue;
            }
            int t = h;
            while (t > 0 && h - t < 3 && IsCapitalisedWord(text, starts[t - 1], ends[t - 1]) && !IsOpener(Word(text, starts, ends, t - 1))
                && Word(text, starts, ends, t - 1) is not ("The" or "A" or "An" or "This" or "That"))
            {
                t--;
            }
            // "HMS Ocean" is a ship.
            if (t == h || IsShipPrefix(Word(text, starts, ends, t)) || t > 0 && IsCapitalisedWord(text, starts[t - 1], ends[t - 1])
                && (t - 1 > 0 || !Model.Common.Contains(TextHash.Lower(Word(text, starts, ends, t - 1)))))
            {
                continue;
            }
            while (next < output.Count && output[next].Span.End <= starts[t])
            {
                next++;
            }
            if (next < output.Count && output[next].Span.Start < ends[h])
            {
                continue;
            }
            output.Insert(next, new EntityMention(new TextSpan(starts[t], ends[h]), EntityType.Loc));
        }
    }

    /// <summary>"Grindavík mayor Fannar Jónasson", "the Ohio governor": a one-word name the tagger took for a person or a
    /// body, right before the head of a place's own government, is that place.</summary>
    internal static void PlaceBeforeItsMayor(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            if (output[m].Type is not (EntityType.Person or EntityType.Org))
            {
                continue;
            }
            int t = starts.BinarySearch(output[m].Span.Start);
            if (t >= 0 && t + 1 < starts.Length && ends[t] == output[m].Span.End
                && Word(text, starts, ends, t + 1) is "mayor" or "governor" or "mayoral" or "gubernatorial")
            {
                output[m] = output[m] with { Type = EntityType.Loc };
            }
        }
    }

    /// <summary>"Operator HS Orka said", "Regulator Ofcom fined": a sentence may open on the common noun that says what
    /// kind of firm the name after it is ("operator Isavia" mid-sentence); the noun is no part of the name, which is an
    /// organisation.</summary>
    internal static void DescriptorOpeningSentence(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        Span<char> lower = stackalloc char[16];
        for (int m = firstOutput; m < output.Count; m++)
        {
            var mention = output[m];
            int t = starts.BinarySearch(mention.Span.Start);
            if (t < 0 || t + 1 >= starts.Length || starts[t + 1] >= mention.Span.End || !IsCapitalisedWord(text, starts[t + 1], ends[t + 1])
                || t > 0 && !(Word(text, starts, ends, t - 1) is "." or "!" or "?" || text.AsSpan(ends[t - 1], starts[t] - ends[t - 1]).Contains('\n')))
            {
                continue;
            }
            var first = Word(text, starts, ends, t);
            if (first.Length > lower.Length || first.ToLowerInvariant(lower) != first.Length || !IsFirmDescriptor(lower[..first.Length]))
            {
                continue;
            }
            output[m] = new EntityMention(new TextSpan(starts[t + 1], mention.Span.End), EntityType.Org);
        }
    }

    // IsFirmDescriptor in any case ("Operator", "operator").
    private static bool IsFirmDescriptorWritten(ReadOnlySpan<char> w)
    {
        Span<char> lower = stackalloc char[16];
        return w.Length <= lower.Length && w.ToLowerInvariant(lower) == w.Length && IsFirmDescriptor(lower[..w.Length]);
    }

    private static bool IsFirmDescriptor(ReadOnlySpan<char> w) =>
        w is "operator" or "carrier" or "regulator" or "broadcaster" or "watchdog" or "airline" or "insurer" or "lender" or "retailer"
            or "manufacturer" or "carmaker" or "automaker" or "chipmaker" or "miner" or "utility" or "shipowner" or "shipbuilder"
            or "drugmaker" or "steelmaker" or "planemaker";

    // "the mayor of Dunmere", "residents of Kolvin", "the outskirts of Tesk": only a place has these.
    private static bool IsPlaceNounBeforeOf(ReadOnlySpan<char> w) =>
        w is "city" or "town" or "village" or "province" or "region" or "port" or "district" or "county" or "state" or "oblast"
            or "municipality" or "island" or "mayor" or "residents" or "inhabitants" or "outskirts" or "suburbs" or "streets";

    /// <summary>"Turkey's disaster agency AFAD", "the rebel group HTS": an unknown all-capital word right after a body's
    /// common noun is that body's name, an organisation.</summary>
    private static void AcronymAfterBodyNoun(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        int m = firstOutput;
        for (int t = 1; t < starts.Length; t++)
        {
            var w = Word(text, starts, ends, t);
            if (w.Length is < 2 or > 6 || !NerFeatures.IsAllUpper(w) || !EntityHeads.IsBodyNoun(Word(text, starts, ends, t - 1))
                || t + 1 < starts.Length && IsCapitalisedWord(text, starts[t + 1], ends[t + 1]))
            {
                continue;
            }
            while (m < output.Count && output[m].Span.End <= starts[t])
            {
                m++;
            }
            if (m < output.Count && output[m].Span.Start < ends[t])
            {
                continue; // already named
            }
            output.Insert(m, new EntityMention(new TextSpan(starts[t], ends[t]), EntityType.Org));
        }
    }

    /// <summary>"New York Post", "Chicago Tribune": a place followed by a newspaper's last word, and nothing capitalised
    /// after it, is the newspaper (one organisation), not a place; so is a place span that already ends in such a word.
    /// So is "the Irish Times": a nationality after "the" and before such a word.</summary>
    /// <remarks>The nationality needs the article: "Asian Nikkei", "Russian Gazprom" stay a group and a known body (the
    /// gazetteer's reading), and "the Asian Nikkei" too, since "Nikkei" is no newspaper's last word. "the American Journal of
    /// Medicine" is left to the tagger ("of" after the word).</remarks>
    internal static void JoinPlaceAndPaper(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = output.Count - 1; m >= firstOutput; m--)
        {
            var place = output[m];
            if (place.Type is not (EntityType.Gpe or EntityType.Loc or EntityType.Norp))
            {
                continue;
            }
            int last = starts.BinarySearch(place.Span.End - 1);
            int head = last >= 0 ? last + 1 : ~last;
            if (place.Type == EntityType.Norp)
            {
                int opening = starts.BinarySearch(place.Span.Start);
                if (opening < 1 || opening != head - 1 || !Gazetteer.IsArticle(Word(text, starts, ends, opening - 1))
                    || head + 1 < starts.Length && Word(text, starts, ends, head + 1) is "of")
                {
                    continue;
                }
            }
            if (head - 1 > 0 && starts[head - 1] > place.Span.Start && EntityHeads.IsPressHead(Word(text, starts, ends, head - 1)))
            {
                // The tagger took the whole title for a place ("Chicago Tribune").
                output[m] = place with { Type = EntityType.Org };
                continue;
            }
            if (head >= starts.Length || starts[head] != place.Span.End + 1 || !EntityHeads.IsPressHead(Word(text, starts, ends, head))
                || (head + 1 < starts.Length && IsCapitalisedWord(text, starts[head + 1], ends[head + 1])))
            {
                continue;
            }
            // The tagger may have named the head word on its own ("Post" as an organisation); the paper replaces it.
            if (m + 1 < output.Count && output[m + 1].Span.Start == starts[head])
            {
                if (output[m + 1].Span.End != ends[head])
                {
                    continue;
                }
                output.RemoveAt(m + 1);
            }
            output[m] = new EntityMention(new TextSpan(place.Span.Start, ends[head]), EntityType.Org);
        }
    }

    /// <summary>"WHO spokesperson Christian Lindmeier": a one-word group name right after a title and right before a
    /// person's name is that person's first name, not a religion or nationality.</summary>
    private static void FirstNameAfterTitle(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = output.Count - 2; m >= firstOutput; m--)
        {
            var group = output[m];
            var person = output[m + 1];
            if (group.Type != EntityType.Norp || person.Type != EntityType.Person || person.Span.Start != group.Span.End + 1
                || text.AsSpan(group.Span.Start, group.Span.Length).Contains(' '))
            {
                continue;
            }
            int t = starts.BinarySearch(group.Span.Start);
            if (t > 0 && RoleWords.IsRoleWord(Word(text, starts, ends, t - 1)) && char.IsLower(text[starts[t - 1]]))
            {
                output[m] = new EntityMention(new TextSpan(group.Span.Start, person.Span.End), EntityType.Person);
                output.RemoveAt(m + 1);
            }
        }
    }

    /// <summary>The one mention in <c>output[firstOutput..]</c> that covers exactly <c>[from, to)</c>; -1 when no mention
    /// touches that span, -2 when one that does is not exactly it or two do.</summary>
    internal static int SoleMentionOver(List<EntityMention> output, int firstOutput, int from, int to)
    {
        int inside = -1;
        for (int m = firstOutput; m < output.Count && output[m].Span.Start < to; m++)
        {
            if (output[m].Span.End <= from)
            {
                continue;
            }
            if (inside >= 0 || output[m].Span.Start != from || output[m].Span.End != to)
            {
                return -2;
            }
            inside = m;
        }
        return inside;
    }

    /// <summary>Puts one mention over <c>[start, stop)</c> in place of the mentions wholly inside it; false, changing nothing,
    /// when a mention runs past either end.</summary>
    internal static bool ReplaceInside(List<EntityMention> output, int firstOutput, int start, int stop, EntityType type)
    {
        int first = output.Count, last = output.Count;
        for (int m = firstOutput; m < output.Count; m++)
        {
            var span = output[m].Span;
            if (span.End <= start || span.Start >= stop)
            {
                continue;
            }
            if (span.Start < start || span.End > stop)
            {
                return false;
            }
            first = Math.Min(first, m);
            last = m;
        }
        int at = first;
        if (first < output.Count)
        {
            output.RemoveRange(first, last - first + 1);
        }
        else
        {
            at = output.Count;
            while (at > firstOutput && output[at - 1].Span.Start >= stop)
            {
                at--;
            }
        }
        output.Insert(at, new EntityMention(new TextSpan(start, stop), type));
        return true;
    }

    /// <summary>"Nordline Shipping", "Halden Motors": capitalised words before a company head that ends hardly any other
    /// name are one organisation, whether the tagger missed them or took the first word for a person. "Pellmark Health",
    /// "Hexley Bio" likewise, where the word before the head is no ordinary word ("Public Health", "Global Health") and no
    /// capitalised word or "&amp;" follows ("Kaiser Health News" runs on, "Oregon Health &amp; Science University" is another name).</summary>
    private void CompanyBeforeHead(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int t = 1; t < starts.Length; t++)
        {
            // "Halvorsen Foods Inc. 20 million", "Brackwater Copper plc": the tokenizer keeps an abbreviation's period, and
            // British style writes "plc" in lower case; the name ends before the period.
            var head = Word(text, starts, ends, t);
            int stop = ends[t];
            if (head.Length > 2 && head[^1] == '.')
            {
                head = head[..^1];
                stop--;
            }
            if (!(IsCapitalisedWord(text, starts[t], ends[t]) || head is "plc") || starts[t] != ends[t - 1] + 1
                || !(EntityHeads.IsCompanyHead(head) || IsOtherCompanyHead(head) || IsCareCompanyHead(text, starts, ends, t, head)))
            {
                continue;
            }
            bool ampersand = t > 1 && Word(text, starts, ends, t - 1) is "&" && IsCapitalisedWord(text, starts[t - 2], ends[t - 2]);
            if (!ampersand && !IsCapitalisedWord(text, starts[t - 1], ends[t - 1]))
            {
                continue;
            }
            int first = ampersand ? t - 2 : t - 1;
            while (first > 0 && t - first < 4 && starts[first] == ends[first - 1] + 1
                && (IsCapitalisedWord(text, starts[first - 1], ends[first - 1]) && !Gazetteer.IsArticle(Word(text, starts, ends, first - 1))
                    // "Mizuho Research & Technologies": an ampersand joins the name's words
                    || first > 1 && Word(text, starts, ends, first - 1) is "&" && IsCapitalisedWord(text, starts[first - 2], ends[first - 2])
                    // "Aceites del Sur SA": so does a Romance particle between capitalised words
                    || first > 1 && t - first < 3 && Word(text, starts, ends, first - 1) is "de" or "del" or "da" or "do" or "di"
                        && IsCapitalisedWord(text, starts[first - 2], ends[first - 2])))
            {
                first--;
            }
            if (Gazetteer.IsArticle(Word(text, starts, ends, first)) || RoleWords.IsRoleWord(Word(text, starts, ends, first)))
            {
                first++;
            }
            if (first >= t)
            {
                continue;
            }
            // "United Kingdom Maritime Trade Operations", "Nordline Shipping Authority": a head inside a longer capitalised
            // run that goes on to a body's head does not end the name; the body's name runs to that head.
            if (stop == ends[t])
            {
                stop = ends[BodyHeadAfter(text, starts, ends, t)];
            }
            ReplaceInside(output, firstOutput, starts[first], stop, EntityType.Org);
        }
    }

    // "Pellmark Health", "Hexley Bio": a care or life-science trade's word after a capitalised word that is no ordinary word
    // and no place the gazetteer knows, at the end of its run.
    private bool IsCareCompanyHead(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t, ReadOnlySpan<char> head)
    {
        if (head is not ("Health" or "Bio") || t + 1 < starts.Length && (IsCapitalisedWord(text, starts[t + 1], ends[t + 1])
            || Word(text, starts, ends, t + 1) is "&"))
        {
            return false;
        }
        var before = Word(text, starts, ends, t - 1);
        return IsTitleCase(before) && !Model.Common.Contains(TextHash.Lower(before)) && !Gazetteer.TryLookupToken(before, out _)
            && !RoleWords.IsRoleWord(before);
    }

    // The last token of one to three capitalised words right after token t that end in a body's head ("Trade Operations",
    // "Safety Authority"); t when none do.
    private static int BodyHeadAfter(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t)
    {
        for (int u = t + 1; u < starts.Length && u <= t + 3 && starts[u] == ends[u - 1] + 1 && IsCapitalisedWord(text, starts[u], ends[u]); u++)
        {
            var w = Word(text, starts, ends, u);
            if (EntityHeads.IsOrganisationHead(w) || w is "Operations")
            {
                return u;
            }
        }
        return t;
    }

    /// <summary>"told Cadena SER radio", "on Onda Cero radio", "speaking to Citizen TV": one to three capitalised words before
    /// "radio", "television", "broadcaster" or "newspaper" (or ending in "TV") name an outlet, whether the tagger missed them
    /// or took them for a person; a country, people or weekday before the medium ("Kenyan radio", "Sunday TV") is no outlet.</summary>
    internal void OutletBeforeMedium(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int t = 1; t < starts.Length; t++)
        {
            var medium = Word(text, starts, ends, t);
            bool inName = medium is "TV";
            if (!inName && medium is not ("radio" or "television" or "broadcaster" or "newspaper"))
            {
                continue;
            }
            int first = t;
            while (first > 0 && t - first < 3 && IsCapitalisedWord(text, starts[first - 1], ends[first - 1])
                && !Gazetteer.IsArticle(Word(text, starts, ends, first - 1)) && !NewsSpanRules.IsCalendarWord(Word(text, starts, ends, first - 1)))
            {
                first--;
            }
            // "State television said", "Local radio reported": an ordinary word opening the sentence is no outlet's name
            // (the word list leaves out "State" and "Public", which open many names, so they are named here).
            if (first == 0 && first < t && (Model.Common.Contains(TextHash.Lower(Word(text, starts, ends, 0)))
                || Word(text, starts, ends, 0) is "State" or "Public" or "Government" or "Official"))
            {
                first++;
            }
            // A capitalised word before the run makes it part of a longer name ("BBC Radio Lancashire", "Voice of America TV").
            if (first == t || first > 0 && IsCapitalisedWord(text, starts[first - 1], ends[first - 1]))
            {
                continue;
            }
            int start = starts[first], stop = inName ? ends[t] : ends[t - 1];
            bool country = false;
            for (int m = firstOutput; m < output.Count && !country; m++)
            {
                var span = output[m].Span;
                country = span.Start < stop && span.End > start && output[m].Type is EntityType.Gpe or EntityType.Norp or EntityType.Org
                    && (output[m].Type != EntityType.Org || span.Start == start && span.End == stop);
            }
            if (!country)
            {
                ReplaceInside(output, firstOutput, start, stop, EntityType.Org);
            }
        }
    }

    /// <summary>"the General Court in Luxembourg", "General Motors": a person the tagger found after a capitalised title
    /// whose last word is a body's or company's head is that body, title and all.</summary>
    internal static void TitleOpensABody(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var mention = output[m];
            if (mention.Type != EntityType.Person)
            {
                continue;
            }
            int t = starts.BinarySearch(mention.Span.Start);
            int last = ends.BinarySearch(mention.Span.End);
            if (t <= 0 || last < t || starts[t] != ends[t - 1] + 1 || !IsCapitalisedWord(text, starts[t - 1], ends[t - 1])
                || !RoleWords.IsRoleHead(Word(text, starts, ends, t - 1)) || m > firstOutput && output[m - 1].Span.End > starts[t - 1])
            {
                continue;
            }
            var head = Word(text, starts, ends, last);
            if (EntityHeads.IsStrongOrganisationHead(head) || EntityHeads.IsCompanyHead(head))
            {
                output[m] = new EntityMention(new TextSpan(starts[t - 1], mention.Span.End), EntityType.Org);
            }
        }
    }

    // "Indra Sistemas", "Bayerische Motoren Werke", "Halberg Chemie": company heads of other languages that English news
    // copies; kept out of EntityHeads, whose company list the attribution tagger reads.
    internal static bool IsForeignCompanyHead(ReadOnlySpan<char> w) =>
        w is "Sistemas" or "Sistemi" or "Industrias" or "Industrie" or "Werke" or "Tecnologías" or "Tecnologie" or "Chemie"
            or "Chimie" or "Logistik" or "Technik" or "Energie" or "Elektronik" or "Stahl" or "Gruppe" or "Versicherung"
            or "Versicherungen" or "Immobilien" or "Farma" or "Química" or "Logística" or "Energia" or "Energía";

    // "Kallidora Maritime", "Velstad Tankers", "Sorel Laboratories", "Korvik Ferries": trades that end many firms' names and hardly a person's
    // or a place's, also kept out of EntityHeads.
    private static bool IsTradeCompanyHead(ReadOnlySpan<char> w) =>
        w is "Maritime" or "Tankers" or "Shipbuilding" or "Freight" or "Laboratories" or "Ventures" or "Trading" or "Minerals"
            or "Metals" or "Textiles" or "Brands" or "Refining" or "Drilling" or "Dredging" or "Carriers" or "Railway" or "Railways"
            or "Railroad" or "Terminals" or "Mining" or "Lines" or "Ferries" or "Cruises";

    /// <summary>A company's head that EntityHeads leaves out: another language's ("Sistemas", "Werke") or a trade's
    /// ("Maritime", "Tankers", "Laboratories").</summary>
    internal static bool IsOtherCompanyHead(ReadOnlySpan<char> w) => IsForeignCompanyHead(w) || IsTradeCompanyHead(w);

    /// <summary>Three shapes where a body's name runs on past what the tagger gave: a place or person holding "Bank" (or a
    /// company head) and ending in a country ("Absa Bank Kenya", a bank's national arm) is the company; a place ending in a
    /// body's head that the text follows with an acronym in brackets ("National Intelligence Centre (CNI)") is the body;
    /// an organisation followed by "Radio", "TV" or "Television" and a number or name ("BBC Radio 4") is that station.</summary>
    internal void BodyNameRunsOn(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var mention = output[m];
            int t = starts.BinarySearch(mention.Span.Start);
            int last = ends.BinarySearch(mention.Span.End);
            if (t < 0 || last < t)
            {
                continue;
            }
            if (mention.Type is EntityType.Loc or EntityType.Gpe or EntityType.Person && last > t + 1
                && Gazetteer.TryLookup(Word(text, starts, ends, last), out var country) && country.Kind == GazetteerKind.Country)
            {
                for (int k = t + 1; k < last; k++)
                {
                    var w = Word(text, starts, ends, k);
                    if (w is "Bank" || EntityHeads.IsCompanyHead(w))
                    {
                        output[m] = new EntityMention(mention.Span, EntityType.Org);
                        break;
                    }
                }
                continue;
            }
            if (mention.Type == EntityType.Loc && last > t && EntityHeads.IsOrganisationHead(Word(text, starts, ends, last))
                && !EntityHeads.IsPlaceHead(Word(text, starts, ends, last)) && last + 3 < starts.Length
                && Word(text, starts, ends, last + 1) is "(" && Word(text, starts, ends, last + 3) is ")"
                && Word(text, starts, ends, last + 2) is { Length: >= 2 and <= 6 } acronym && NerFeatures.IsAllUpper(acronym))
            {
                output[m] = new EntityMention(mention.Span, EntityType.Org);
                continue;
            }
            if (mention.Type == EntityType.Org && last + 2 < starts.Length && starts[last + 1] == ends[last] + 1
                && Word(text, starts, ends, last + 1) is "Radio" or "TV" or "Television"
                && (m + 1 == output.Count || output[m + 1].Span.Start >= ends[last + 2]))
            {
                var next = Word(text, starts, ends, last + 2);
                int stop = starts[last + 2] == ends[last + 1] + 1 && (char.IsDigit(next[0]) || IsCapitalisedWord(text, starts[last + 2], ends[last + 2])
                    && !NewsSpanRules.IsCalendarWord(next)) ? ends[last + 2] : ends[last + 1];
                output[m] = new EntityMention(new TextSpan(mention.Span.Start, stop), EntityType.Org);
            }
        }
    }

    /// <summary>"European Forest | Fire Information System", "Pacific | Tsunami Warning Center": a place or person the
    /// tagger ended right before capitalised words that run on to a body's head is the first part of that body's name.</summary>
    internal static void NameCutBeforeBodyHead(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        int t = 0;
        for (int m = firstOutput; m < output.Count; m++)
        {
            var mention = output[m];
            // A country or demonym before a body is the body's country ("Russian Defense Ministry"), which the alias stage links.
            // An organisation the tagger ended one or more words short ("European Forest Fire Information | System") runs on too.
            if (mention.Type is not (EntityType.Loc or EntityType.Person or EntityType.Org))
            {
                continue;
            }
            while (t < starts.Length && starts[t] < mention.Span.End)
            {
                t++;
            }
            int head = -1;
            for (int k = t; k < starts.Length && k < t + 4; k++)
            {
                if (!IsCapitalisedWord(text, starts[k], ends[k]) || starts[k] != ends[k - 1] + 1 || text[ends[k - 1] - 1] is '.' or ',')
                {
                    break;
                }
                var w = Word(text, starts, ends, k);
                if (EntityHeads.IsStrongOrganisationHead(w) || w is "System" or "Service" or "Network" or "Observatory" || IsHospitalHead(w))
                {
                    head = k;
                }
            }
            // An organisation takes in only words no other name holds ("UN | Security Council" stays two names).
            if (head >= 0 && mention.Type == EntityType.Org && m + 1 < output.Count && output[m + 1].Span.Start < ends[head])
            {
                continue;
            }
            // "Al Nour University | Hospital": a hospital is the place its patients are taken to, as the corpora type it.
            if (head >= 0 && ReplaceInside(output, firstOutput, mention.Span.Start, ends[head],
                    IsHospitalHead(Word(text, starts, ends, head)) ? EntityType.Loc : EntityType.Org))
            {
                t = head + 1;
            }
        }
    }

    private static bool IsHospitalHead(ReadOnlySpan<char> w) => w is "Hospital" or "Infirmary";

    /// <summary>"the Niger Delta", "the Congo Basin", "the Mississippi River": a place right before a word for a natural feature
    /// is that feature's name, one place; "the James Webb Space Telescope", "the Lasker Award": a person whose name runs on
    /// through capitalised words to an instrument or a prize names that thing, which is none of the recogniser's types.</summary>
    internal static void NameBeforeFeatureOrThing(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = output.Count - 1; m >= firstOutput; m--)
        {
            var mention = output[m];
            if (mention.Type is not (EntityType.Gpe or EntityType.Loc or EntityType.Person))
            {
                continue;
            }
            int t = ends.BinarySearch(mention.Span.End) + 1;
            if (t <= 0 || t >= starts.Length || starts[t] != ends[t - 1] + 1 || m + 1 < output.Count && output[m + 1].Span.Start < ends[t])
            {
                continue;
            }
            if (mention.Type != EntityType.Person)
            {
                if (Word(text, starts, ends, t) is "Delta" or "Basin" or "Valley" or "Plateau" or "Highlands" or "Desert" or "Peninsula"
                        or "River" or "Mountains" or "Glacier" or "Archipelago"
                    && (t + 1 == starts.Length || !IsCapitalisedWord(text, starts[t + 1], ends[t + 1])))
                {
                    output[m] = new EntityMention(new TextSpan(mention.Span.Start, ends[t]), EntityType.Loc);
                }
                continue;
            }
            for (int k = t; k < starts.Length && k < t + 3 && IsCapitalisedWord(text, starts[k], ends[k]) && starts[k] == ends[k - 1] + 1; k++)
            {
                if (Word(text, starts, ends, k) is "Telescope" or "Prize" or "Award" or "Medal" or "Trophy")
                {
                    output.RemoveAt(m);
                    break;
                }
            }
        }
    }

    /// <summary>"picks Siemens Energy for the link": a one-word person the tagger ended right before a capitalised word for an
    /// industry ("Energy", "Rail", "Power") that ends the run is a company's name with that word, in prose (not a title-case
    /// headline).</summary>
    internal void PersonBeforeOrdinaryNoun(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = output.Count - 1; m >= firstOutput; m--)
        {
            var mention = output[m];
            if (mention.Type != EntityType.Person || text.AsSpan(mention.Span.Start, mention.Span.Length).Contains(' '))
            {
                continue;
            }
            int t = ends.BinarySearch(mention.Span.End) + 1;
            if (t <= 0 || t >= starts.Length || starts[t] != ends[t - 1] + 1 || ends[t] - starts[t] < 4 || !char.IsUpper(text[starts[t]])
                || !char.IsLower(text[starts[t] + 1]) || m + 1 < output.Count && output[m + 1].Span.Start < ends[t]
                || t + 1 < starts.Length && IsCapitalisedWord(text, starts[t + 1], ends[t + 1]))
            {
                continue;
            }
            if (!IsIndustryWord(Word(text, starts, ends, t)) || !IsProse(text, starts, ends))
            {
                continue;
            }
            output[m] = new EntityMention(new TextSpan(mention.Span.Start, ends[t]), EntityType.Org);
        }
    }

    /// <summary>"Network Rail and the Department for Transport …" opening a sentence: a person or place the tagger found that ends
    /// in an industry's word is a company; where the tagger took the industry's word alone after the sentence's first word,
    /// which it left out as an ordinary one, the company's name starts there.</summary>
    internal void IndustryWordEndsACompany(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var mention = output[m];
            if (mention.Type is not (EntityType.Person or EntityType.Loc))
            {
                continue;
            }
            int last = ends.BinarySearch(mention.Span.End);
            if (last < 0 || !IsIndustryWord(Word(text, starts, ends, last)) || !IsProse(text, starts, ends))
            {
                continue;
            }
            int start = mention.Span.Start;
            if (starts[last] == start)
            {
                // The industry's word alone: only after the sentence's capitalised first word, nothing named before it.
                if (last != 1 || !IsCapitalisedWord(text, starts[0], ends[0]) || starts[1] != ends[0] + 1
                    || Gazetteer.IsArticle(Word(text, starts, ends, 0)) || RoleWords.IsRoleWord(Word(text, starts, ends, 0))
                    || m > firstOutput && output[m - 1].Span.End > starts[0])
                {
                    continue;
                }
                start = starts[0];
            }
            output[m] = new EntityMention(new TextSpan(start, mention.Span.End), EntityType.Org);
        }
    }

    /// <summary>"Professor Ted Maksym of the Woods Hole Oceanographic Institution, who …": capitalised words after a person and
    /// "of the" that end in the head of a research, teaching or care body (or go on from it over "of" to one or two
    /// capitalised words: "the Scripps Institution of Oceanography") are the body the person works for, where the tagger
    /// named nothing there.</summary>
    internal static void BodyOfAPerson(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            if (output[m].Type != EntityType.Person)
            {
                continue;
            }
            int t = ends.BinarySearch(output[m].Span.End) + 1;
            if (t <= 0 || t + 1 >= starts.Length || Word(text, starts, ends, t) is not "of")
            {
                continue;
            }
            // Only after "the": "Alvin Yeung of Civic Party" is a headline's caption, left to the tagger.
            if (Word(text, starts, ends, t + 1) is not "the")
            {
                continue;
            }
            int a = t + 2;
            int end = a, head = -1;
            while (end < starts.Length && end - a < 6 && IsCapitalisedWord(text, starts[end], ends[end]) && char.IsLetter(text[starts[end]])
                && !Gazetteer.IsArticle(Word(text, starts, ends, end)))
            {
                var w = Word(text, starts, ends, end);
                if (IsAffiliationHead(w))
                {
                    head = end;
                }
                end++;
            }
            if (head < 0 || head != end - 1)
            {
                continue; // no head, or capitalised words after it
            }
            if (end + 1 < starts.Length && Word(text, starts, ends, end) is "of" && IsCapitalisedWord(text, starts[end + 1], ends[end + 1]))
            {
                int k = end + 1;
                while (k < starts.Length && k - end <= 2 && IsCapitalisedWord(text, starts[k], ends[k]) && char.IsLetter(text[starts[k]]))
                {
                    k++;
                }
                end = k;
            }
            bool free = true;
            for (int i = firstOutput; i < output.Count && free; i++)
            {
                free = output[i].Span.End <= starts[a] || output[i].Span.Start >= ends[end - 1];
            }
            if (free)
            {
                ReplaceInside(output, firstOutput, starts[a], ends[end - 1], EntityType.Org);
            }
        }
    }

    // Heads of the bodies an expert quoted in the news is "of" (an affiliation); a party's or a ministry's name the tagger
    // types by itself, and a document's vote may type otherwise.
    private static bool IsAffiliationHead(ReadOnlySpan<char> w) =>
        w is "Institution" or "Institute" or "University" or "College" or "Laboratory" or "Observatory" or "Academy" or "Museum"
            or "School" or "Hospital" or "Centre" or "Center" or "Foundation" or "Society" or "Survey" or "Clinic";

    /// <summary>"Friends of the Earth Netherlands", "Knights of Columbus", "Daughters of the American Revolution": a plural for
    /// members written with a capital, then "of" and capitalised words, is a society's name, an organisation, however the tagger
    /// cut or typed it.</summary>
    internal static void FellowshipOfName(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int t = 0; t + 2 < starts.Length; t++)
        {
            if (ends[t] - starts[t] < 4 || !char.IsUpper(text[starts[t]]) || Word(text, starts, ends, t) is not ("Friends" or "Knights" or "Daughters" or "Veterans")
                || Word(text, starts, ends, t + 1) is not "of" || t > 0 && IsCapitalisedWord(text, starts[t - 1], ends[t - 1]) && Word(text, starts, ends, t - 1) is not "The")
            {
                continue;
            }
            int a = Word(text, starts, ends, t + 2) is "the" ? t + 3 : t + 2;
            int end = a;
            while (end < starts.Length && end - a < 4 && IsCapitalisedWord(text, starts[end], ends[end]) && char.IsLetter(text[starts[end]])
                && (end == a || starts[end] == ends[end - 1] + 1))
            {
                end++;
            }
            if (end == a)
            {
                continue;
            }
            ReplaceInside(output, firstOutput, starts[t], ends[end - 1], EntityType.Org);
            t = end - 1;
        }
    }

    /// <summary>"Friends of the Earth Netherlands, known as Milieudefensie": the name a body or place is known by, after a comma
    /// and "known as", is of its kind, however the tagger typed the name alone (a person's name, or a body's taken for a
    /// place).</summary>
    internal static void NameKnownAs(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput + 1; m < output.Count; m++)
        {
            var mention = output[m];
            if (mention.Type is not (EntityType.Person or EntityType.Loc))
            {
                continue;
            }
            int t = starts.BinarySearch(mention.Span.Start);
            if (t < 3 || Word(text, starts, ends, t - 1) is not "as" || Word(text, starts, ends, t - 2) is not "known")
            {
                continue;
            }
            int comma = Word(text, starts, ends, t - 3) is "also" or "locally" or "widely" or "simply" ? t - 4 : t - 3;
            if (comma < 1 || Word(text, starts, ends, comma) is not "," || output[m - 1].Span.End != ends[comma - 1]
                || output[m - 1].Type is not (EntityType.Org or EntityType.Gpe or EntityType.Loc)
                || mention.Type == EntityType.Loc && output[m - 1].Type != EntityType.Org)
            {
                continue;
            }
            output[m] = mention with { Type = output[m - 1].Type };
        }
    }

    // Industries that end many companies' names ("Duke Energy", "Network Rail", "Tata Power") and are no company head in
    // EntityHeads (whose list the attribution tagger reads).
    private static bool IsIndustryWord(ReadOnlySpan<char> w) =>
        w is "Energy" or "Power" or "Rail" or "Water" or "Air" or "Oil" or "Gas" or "Mobile" or "Media" or "Foods" or "Group" or "Electric" or "Solar";

    private static bool IsProse(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        for (int t = 0; t < starts.Length; t++)
        {
            if (ends[t] - starts[t] >= 4 && char.IsLower(text[starts[t]]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Luiz Inácio Lula da Silva", "Rio Grande do Sul": a person or place name goes on over name particles to the
    /// capitalised words after them, which the tagger cut off or typed on their own.</summary>
    private static void JoinAcrossParticles(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = output.Count - 1; m >= firstOutput; m--)
        {
            var name = output[m];
            if (name.Type is not (EntityType.Person or EntityType.Gpe or EntityType.Loc))
            {
                continue;
            }
            int last = starts.BinarySearch(name.Span.End - 1);
            int t = last >= 0 ? last + 1 : ~last;
            int particles = 0;
            while (t < starts.Length && particles < 2 && NameParticles.Contains(Word(text, starts, ends, t))
                && starts[t] == (particles == 0 ? name.Span.End : ends[t - 1]) + 1)
            {
                t++;
                particles++;
            }
            if (particles == 0 || t >= starts.Length || starts[t] != ends[t - 1] + 1)
            {
                continue;
            }
            // The capitalised run after the particles, up to a title word ("Rio Grande do Sul | Governor").
            int end = t;
            while (end < starts.Length && end - t < 3 && IsCapitalisedWord(text, starts[end], ends[end]) && !RoleWords.IsRoleWord(Word(text, starts, ends, end))
                && (end == t || starts[end] == ends[end - 1] + 1))
            {
                end++;
            }
            if (end == t)
            {
                continue;
            }
            int stop = ends[end - 1];
            // Mentions inside the run must lie wholly inside it and be names of people or places.
            int next = m + 1;
            while (next < output.Count && output[next].Span.Start < stop)
            {
                if (output[next].Span.End > stop || output[next].Type is not (EntityType.Person or EntityType.Gpe or EntityType.Loc))
                {
                    next = -1;
                    break;
                }
                next++;
            }
            if (next < 0)
            {
                continue;
            }
            output.RemoveRange(m + 1, next - m - 1);
            output[m] = name with { Span = new TextSpan(name.Span.Start, stop) };
        }
    }

    /// <summary>"Society for General Systems Research", "Office for Democratic Institutions and Human Rights", "Institute for
    /// the Study of War": a body "for" a capitalised purpose is one organisation, however the tagger cut it.</summary>
    /// <remarks>The purpose runs over capitalised words joined by "and", "of", "the" or "&amp;" and ends at its last
    /// capitalised word; not over "in" ("... Research in London" is a body and a place).</remarks>
    /// <summary>The body's head word before the "for" at <paramref name="forAt"/>: right before it ("Society for …"), or
    /// before an "of" phrase of capitalised words ("Court of Arbitration for Sport"); -1 when there is none.</summary>
    private static int BodyHeadBefore(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int forAt)
    {
        int k = forAt - 1;
        if (!IsCapitalisedWord(text, starts[k], ends[k]))
        {
            return -1;
        }
        if (EntityHeads.IsOrganisationHead(Word(text, starts, ends, k)))
        {
            return k;
        }
        while (k > 0 && forAt - k <= 3 && IsCapitalisedWord(text, starts[k], ends[k]))
        {
            k--;
        }
        return k > 0 && Word(text, starts, ends, k) is "of" && IsCapitalisedWord(text, starts[k - 1], ends[k - 1])
            && EntityHeads.IsOrganisationHead(Word(text, starts, ends, k - 1)) ? k - 1 : -1;
    }

    private static void JoinBodyForPurpose(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        int count = starts.Length;
        for (int t = 1; t + 1 < count; t++)
        {
            if (Word(text, starts, ends, t) is not "for")
            {
                continue;
            }
            int bodyHead = BodyHeadBefore(text, starts, ends, t);
            if (bodyHead < 0)
            {
                continue;
            }
            int end = -1;
            for (int k = t + 1; k < count; k++)
            {
                var w = Word(text, starts, ends, k);
                if (w.Length > 0 && char.IsUpper(w[0]) && w is not "The")
                {
                    end = k + 1;
                }
                else if (!(w is "and" or "of" or "the" or "&" && k + 1 < count && IsCapitalisedWord(text, starts[k + 1], ends[k + 1])))
                {
                    break;
                }
            }
            if (end < 0)
            {
                continue;
            }
            int head = bodyHead;
            while (head > 0 && IsCapitalisedWord(text, starts[head - 1], ends[head - 1]) && Word(text, starts, ends, head - 1) is not "The")
            {
                head--;
            }
            // The mentions it replaces must lie inside it; one that runs past either end belongs to another reading.
            if (!ReplaceInside(output, firstOutput, starts[head], ends[end - 1], EntityType.Org))
            {
                continue;
            }
            t = end;
        }
    }

    /// <summary>"Council of Europe", "Government of the Republic of Albania", "General Assembly of the United Nations": a body
    /// named after the place or organisation it belongs to is one organisation, not a body and a place.</summary>
    private static void JoinBodyOfPlace(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = output.Count - 1; m >= firstOutput; m--)
        {
            var place = output[m];
            if (place.Type is EntityType.Person or EntityType.Norp)
            {
                continue;
            }
            int t = starts.BinarySearch(place.Span.Start);
            if (t < 2)
            {
                continue;
            }
            int of = Word(text, starts, ends, t - 1) is "the" ? t - 2 : t - 1;
            if (of < 1 || Word(text, starts, ends, of) is not "of")
            {
                continue;
            }
            int head = of - 1;
            var headWord = Word(text, starts, ends, head);
            if (headWord.Length == 0 || !char.IsUpper(headWord[0]) || !EntityHeads.IsOrganisationHead(headWord))
            {
                continue;
            }
            // "... of X of Y": only the last "of" joins, so the whole name is taken from its first body word.
            int placeEnd = output[m].Span.End;
            int endToken = starts.BinarySearch(place.Span.End - 1);
            int afterPlace = endToken >= 0 ? endToken + 1 : ~endToken;
            if (afterPlace < starts.Length && Word(text, starts, ends, afterPlace) is "of")
            {
                continue;
            }
            int start = starts[head];
            int remove = m;
            if (m > firstOutput && output[m - 1].Span.End == ends[head])
            {
                start = output[m - 1].Span.Start;
                remove = m - 1;
            }
            else
            {
                // The head word alone or after capitalised words the tagger did not name ("Municipality of ...", "Supreme Council of ...").
                while (head > 0 && IsCapitalisedWord(text, starts[head - 1], ends[head - 1]) && Word(text, starts, ends, head - 1) is not "The"
                    && (m == firstOutput || output[m - 1].Span.End <= starts[head - 1]))
                {
                    head--;
                }
                start = starts[head];
            }
            output.RemoveRange(remove, m - remove + 1);
            output.Insert(remove, new EntityMention(new TextSpan(start, placeEnd), EntityType.Org));
            m = remove;
        }
    }

    /// <summary>Finds the names of a whole document: every sentence with the document's <see cref="NameContext"/>, then a
    /// pass that makes repeated names agree (<see cref="Harmonize"/>). Adds to <paramref name="output"/> in text order.</summary>
    public void RecognizeDocument(string text, int[] starts, int[] ends, ReadOnlySpan<Sentence> sentences, List<EntityMention> output,
        NameContext context, CancellationToken cancellationToken = default) =>
        RecognizeDocument(text, starts, ends, sentences, output, context, null, cancellationToken);

    /// <summary>As <see cref="RecognizeDocument(string, int[], int[], ReadOnlySpan{Sentence}, List{EntityMention}, NameContext, CancellationToken)"/>,
    /// with the wire dateline the reader found (<c>ArticleMetadata.DatelineSpan</c>); without one, a dateline opening one of the
    /// document's first lines is looked for (<see cref="DatelinePlaces"/>).</summary>
    public void RecognizeDocument(string text, int[] starts, int[] ends, ReadOnlySpan<Sentence> sentences, List<EntityMention> output,
        NameContext context, TextSpan? dateline, CancellationToken cancellationToken = default)
    {
        context.Clear();
        foreach (var sentence in sentences)
        {
            context.Add(text, starts, ends, sentence.FirstToken, sentence.TokenCount);
        }
        int first = output.Count;
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Recognize(text, starts, ends, sentence.FirstToken, sentence.TokenCount, output, context);
        }
        DatelinePlaces(text, starts, ends, sentences, output, first, dateline);
        CompanyByWhatItHas(text, starts, ends, sentences, output, first);
        SplitCoordinatedPlaces(text, output, first);
        Harmonize(text, starts, ends, sentences, output, first, context);
        PeoplesAdjectiveOfAState(text, starts, ends, sentences, output, first);
        // After the repeats Harmonize adds, which may name the plural again.
        NoCommonPluralOfAPlace(text, starts, ends, sentences, output, first, context);
    }

    /// <summary>"Kestavia and Morland have agreed …": a place of three words, two one-word names and "and" between them, is
    /// the two places where the document writes each of the two without the other elsewhere ("Morland's foreign minister",
    /// "said Kestavia had"), however the tagger read them there.</summary>
    /// <remarks>A place named so whole ("Brighton and Hove", "Tyne and Wear") that the gazetteer does not know stays whole
    /// where the document does not name both of its words alone.</remarks>
    private void SplitCoordinatedPlaces(string text, List<EntityMention> output, int first)
    {
        for (int m = first; m < output.Count; m++)
        {
            var span = output[m].Span;
            if (output[m].Type is not (EntityType.Loc or EntityType.Gpe) || span.Length < 9)
            {
                continue;
            }
            var surface = text.AsSpan(span.Start, span.Length);
            int and = surface.IndexOf(" and ", StringComparison.Ordinal);
            if (and < 3)
            {
                continue;
            }
            var left = surface[..and];
            var right = surface[(and + 5)..];
            if (right.Length < 3 || left.Contains(' ') || right.Contains(' ') || !IsTitleCase(left) || !IsTitleCase(right)
                || Gazetteer.TryLookup(surface, out _))
            {
                continue;
            }
            int whole = Occurrences(text, surface);
            if (Occurrences(text, left) <= whole || Occurrences(text, right) <= whole)
            {
                continue;
            }
            var type = output[m].Type;
            output[m] = new EntityMention(new TextSpan(span.Start, span.Start + and), type);
            output.Insert(m + 1, new EntityMention(new TextSpan(span.Start + and + 5, span.End), type));
            m++;
        }

        // How often the words stand in the text as whole words (a name inside a longer word is not counted).
        static int Occurrences(string text, ReadOnlySpan<char> words)
        {
            int count = 0;
            var rest = text.AsSpan();
            int offset = 0;
            for (int at = rest.IndexOf(words, StringComparison.Ordinal); at >= 0; at = rest.IndexOf(words, StringComparison.Ordinal))
            {
                int start = offset + at, end = start + words.Length;
                if ((start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    count++;
                }
                offset = end;
                rest = text.AsSpan(offset);
            }
            return count;
        }
    }

    /// <summary>"KELM - Ostria's agriculture minister … Ostrian poultry imports": a one-word person in "-an" before a state's or
    /// a trade's noun is the people's adjective (NORP) of a state the document names without it ("Ostria" typed GPE, unknown to
    /// the gazetteer), where the stem opens sentences only and <see cref="StateByItsContext"/> could not read it.</summary>
    private void PeoplesAdjectiveOfAState(string text, int[] starts, int[] ends, ReadOnlySpan<Sentence> sentences, List<EntityMention> output, int first)
    {
        int tokenCount = sentences.Length == 0 ? 0 : sentences[^1].FirstToken + sentences[^1].TokenCount;
        for (int m = first; m < output.Count; m++)
        {
            var span = output[m].Span;
            if (output[m].Type != EntityType.Person || span.Length < 5 || text[span.End - 1] != 'n' || text[span.End - 2] != 'a')
            {
                continue;
            }
            var stem = text.AsSpan(span.Start, span.Length - 1);
            int t = starts.AsSpan(0, tokenCount).BinarySearch(span.Start);
            if (t < 0 || ends[t] != span.End || !IsBeforeAStatesOrATradesNoun(text, starts.AsSpan(0, tokenCount), ends.AsSpan(0, tokenCount), t)
                || Gazetteer.TryLookup(stem, out _))
            {
                continue;
            }
            for (int s = first; s < output.Count; s++)
            {
                if (output[s].Type == EntityType.Gpe && output[s].Span.Length == stem.Length && text.AsSpan(output[s].Span.Start, stem.Length).SequenceEqual(stem))
                {
                    output[m] = output[m] with { Type = EntityType.Norp };
                    break;
                }
            }
        }
    }

    /// <summary>"VELMORA - The city's …", "ARVEL, Kestan (Baltic Wire) - …", "NEW HALMSTAD, Kestan -": the words of a wire
    /// dateline's place slot, and of its region slot after the comma, are each one place, whatever the tagger took them for:
    /// the gazetteer's type when it knows them, a state (GPE) otherwise, since a dateline names the town the copy was filed
    /// from and its country or state.</summary>
    /// <remarks>The dateline is the one the reader found, or one <see cref="DatelineParser"/> finds opening the document's
    /// first sentence or a sentence that opens one of its first lines. A slot that is an ordinary word ("UPDATE -",
    /// "BREAKING -") or a body the gazetteer knows is left alone.</remarks>
    private void DatelinePlaces(string text, int[] starts, int[] ends, ReadOnlySpan<Sentence> sentences, List<EntityMention> output, int first,
        TextSpan? given)
    {
        TextSpan dateline = default;
        bool found = given is { } g && g.Length > 0;
        if (found)
        {
            dateline = given!.Value;
        }
        for (int i = 0; !found && i < sentences.Length && i < 4; i++)
        {
            int start = sentences[i].Span.Start;
            if (sentences[i].TokenCount > 2 && (i == 0 || start > 0 && text.AsSpan(0, start).TrimEnd(' ').EndsWith("\n", StringComparison.Ordinal)))
            {
                found = DatelineParser.TryFind(text, sentences[i].Span, out dateline);
            }
        }
        if (!found)
        {
            return;
        }
        // "JAKE TAPPER: Donald Trump released …": a transcript's speaker before a colon, with no region, date or bracket.
        var line = text.AsSpan(dateline.Start, dateline.Length);
        var after = text.AsSpan(dateline.End).TrimStart(' ');
        if (after.Length > 0 && after[0] == ':' && line.IndexOfAny(',', '(', '[') < 0)
        {
            return;
        }
        int tokenCount = sentences.Length > 0 ? sentences[^1].EndToken : 0;
        int t = TokenAt(starts, tokenCount, dateline.Start);
        if (t < 0 || t >= tokenCount || starts[t] != dateline.Start)
        {
            return;
        }
        // Running text follows a dateline in its sentence ("— SENATE S65" under a page's heading is no story).
        int sentenceEnd = tokenCount;
        foreach (var sentence in sentences)
        {
            if (sentence.FirstToken <= t && t < sentence.EndToken)
            {
                sentenceEnd = sentence.EndToken;
                break;
            }
        }
        bool running = false;
        for (int k = TokenAt(starts, tokenCount, dateline.End); k < sentenceEnd && k < t + 24 && !running; k++)
        {
            running = ends[k] - starts[k] >= 3 && char.IsLower(text[starts[k]]);
        }
        if (!running)
        {
            return;
        }
        // The place slot up to the first comma or bracket, then at most one region slot after a comma, before a date.
        for (int slot = 0; slot < 2 && t < tokenCount && starts[t] < dateline.End; slot++)
        {
            int end = t;
            while (end < tokenCount && ends[end] <= dateline.End && end - t < 4 && Word(text, starts, ends, end) is not ("," or "(" or "["))
            {
                end++;
            }
            if (end == t || !DatelineSlotIsAPlace(text, starts, ends, t, end, out var type, out bool known))
            {
                break;
            }
            if (!known)
            {
                type = BodysTypeOfDatelinePlace(text, output, first, dateline, starts[t], ends[end - 1], type);
            }
            PutPlace(output, first, starts[t], ends[end - 1], dateline, type);
            if (end >= tokenCount || Word(text, starts, ends, end) is not "," || end + 1 >= tokenCount)
            {
                break;
            }
            t = end + 1;
        }
    }

    /// <summary>"Halvard said it would cut jobs … Halvard shares fell", "Dalstrom's chief executive": a one-word name that has
    /// shares, shareholders or a chief executive is a company, wherever else the document names it; a person has none of them.</summary>
    /// <remarks>"a Halvard spokeswoman" counts only in a story that says "company" or "firm": a politician has a spokeswoman too.
    /// The word is unknown to the gazetteer and no ordinary word ("Bank shares", "Tech stocks"), stands alone (no title-case
    /// word before it) and no fuller person's name of the document holds it.</remarks>
    private void CompanyByWhatItHas(string text, int[] starts, int[] ends, ReadOnlySpan<Sentence> sentences, List<EntityMention> output, int first)
    {
        int tokenCount = sentences.Length > 0 ? sentences[^1].EndToken : 0;
        // Whether the story says "company" or "firm" (-1: not yet looked for): only a spokesperson's cue asks, so most
        // documents never scan for it.
        int companyStory = -1;
        for (int k = 0; k + 1 < tokenCount; k++)
        {
            var w = Word(text, starts, ends, k);
            if (w.Length < 3 || !IsTitleCase(w) || !IsCompanysCue(text, starts, ends, tokenCount, k, ref companyStory)
                || k > 0 && IsTitleCase(Word(text, starts, ends, k - 1)) && !IsArticle(Word(text, starts, ends, k - 1))
                || Model.Common.Contains(TextHash.Lower(w)) || RoleWords.IsRoleWord(w) || Gazetteer.TryLookupToken(w, out _))
            {
                continue;
            }
            // No fuller person of the document holds the word ("Lars Okland … Okland's board" is his).
            bool ofAPerson = false;
            for (int m = first; m < output.Count && !ofAPerson; m++)
            {
                var surface = text.AsSpan(output[m].Span.Start, output[m].Span.Length);
                ofAPerson = output[m].Type == EntityType.Person && surface.Length > w.Length && surface.Contains(' ')
                    && (surface.EndsWith(w, StringComparison.Ordinal) && surface[surface.Length - w.Length - 1] == ' '
                        || surface.StartsWith(w, StringComparison.Ordinal) && surface[w.Length] == ' ');
            }
            if (ofAPerson)
            {
                continue;
            }
            bool named = false;
            int at = first;
            for (int m = first; m < output.Count; m++)
            {
                var span = output[m].Span;
                if (span.End <= starts[k])
                {
                    at = m + 1;
                }
                if (span.Start < ends[k] && span.End > starts[k])
                {
                    named = true;
                }
                // Every mention of the very word alone is the company.
                if (output[m].Type is EntityType.Person && span.Length == w.Length && text.AsSpan(span.Start, span.Length).SequenceEqual(w))
                {
                    output[m] = output[m] with { Type = EntityType.Org };
                }
            }
            if (!named)
            {
                output.Insert(at, new EntityMention(new TextSpan(starts[k], ends[k]), EntityType.Org));
            }
        }

        static bool IsArticle(ReadOnlySpan<char> w) => w is "A" or "The" or "An";
    }

    // The words after a name that only a company owns: "X shares", "X's shareholders", "X's chief executive", and in a
    // company's story "a X spokeswoman".
    private static bool IsCompanysCue(string text, int[] starts, int[] ends, int tokenCount, int k, ref int companyStory)
    {
        var next = Word(text, starts, ends, k + 1);
        if (next is "shares" or "shareholders" or "stockholders")
        {
            return true;
        }
        if (next is "'s" or "’s" && k + 2 < tokenCount)
        {
            var owned = Word(text, starts, ends, k + 2);
            return owned is "shares" or "shareholders" or "stockholders"
                || owned is "chief" && k + 3 < tokenCount && Word(text, starts, ends, k + 3) is "executive" or "financial";
        }
        if (!(next is "spokeswoman" or "spokesman" or "spokesperson" && k > 0 && Word(text, starts, ends, k - 1) is "a" or "A"))
        {
            return false;
        }
        if (companyStory < 0)
        {
            companyStory = 0;
            for (int t = 0; t < tokenCount && companyStory == 0; t++)
            {
                companyStory = Word(text, starts, ends, t) is "company" or "firm" ? 1 : 0;
            }
        }
        return companyStory == 1;
    }

    // Tokens [from, to) of a dateline's slot: capitalised words (a place's "ST." too), no month or day (a date's slot), not
    // only ordinary words ("UPDATE", "BREAKING", "CONGRESSIONAL RECORD") and no body the gazetteer knows; typed the
    // gazetteer's way, or GPE for an unknown place.
    private bool DatelineSlotIsAPlace(string text, int[] starts, int[] ends, int from, int to, out EntityType type, out bool known)
    {
        type = EntityType.Gpe;
        known = true;
        int length = ends[to - 1] - starts[from];
        if (length > 40)
        {
            return false;
        }
        bool unusual = false;
        for (int k = from; k < to; k++)
        {
            var w = Word(text, starts, ends, k);
            if (!char.IsUpper(w[0]) || NewsSpanRules.IsCalendarWord(w) || IsNewsLabel(w))
            {
                return false;
            }
            unusual |= !Model.Common.Contains(TextHash.Lower(w));
        }
        // The gazetteer holds "New Halmstad", not "NEW HALMSTAD": each word title-cased into one buffer.
        Span<char> title = stackalloc char[length];
        text.AsSpan(starts[from], length).ToLowerInvariant(title);
        for (int k = from; k < to; k++)
        {
            title[starts[k] - starts[from]] = char.ToUpperInvariant(title[starts[k] - starts[from]]);
        }
        // "Calif.", "N.H.": a US state, typed as the gazetteer types the states it knows.
        if (to - from == 1 && IsStateAbbreviation(Word(text, starts, ends, from)))
        {
            type = EntityType.Loc;
            return true;
        }
        if (Gazetteer.TryLookup(text.AsSpan(starts[from], length), out var entry) || Gazetteer.TryLookup(title, out entry))
        {
            type = entry.Type;
            return type is EntityType.Gpe or EntityType.Loc;
        }
        // An unknown place has a word that is no ordinary word ("CONGRESSIONAL RECORD —" heads a page).
        known = false;
        return unusual;
    }

    // "ARVEL, Kestan - … ferries out of Arvel": an unknown dateline place the story names again in title case is that place,
    // typed as the story types it (an unknown town is a LOC there), so the capitals and the title case make one entity of one type.
    private static EntityType BodysTypeOfDatelinePlace(string text, List<EntityMention> output, int first, TextSpan dateline, int start, int stop,
        EntityType type)
    {
        var name = text.AsSpan(start, stop - start);
        for (int m = first; m < output.Count; m++)
        {
            var mention = output[m];
            if (mention.Span.Start >= dateline.End && mention.Type is EntityType.Loc or EntityType.Gpe && mention.Span.Length == name.Length
                && !NerFeatures.IsAllUpper(text.AsSpan(mention.Span.Start, mention.Span.Length))
                && text.AsSpan(mention.Span.Start, mention.Span.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return mention.Type;
            }
        }
        return type;
    }

    // The labels a page sets before a headline or a story as a dateline stands ("EXCLUSIVE –", "UPDATE -", "WATCH:").
    private static bool IsNewsLabel(ReadOnlySpan<char> w) =>
        w is "EXCLUSIVE" or "BREAKING" or "UPDATE" or "UPDATED" or "WATCH" or "LISTEN" or "OPINION" or "ANALYSIS" or "EDITORIAL"
            or "COMMENTARY" or "REVIEW" or "LIVE" or "VIDEO" or "PHOTOS" or "CORRECTION" or "EXPLAINER" or "INTERVIEW" or "FACT"
            or "URGENT" or "FLASH" or "ALERT" or "NEWS" or "SPECIAL" or "REPORT" or "Exclusive" or "Breaking" or "Update"
            or "Watch" or "Opinion" or "Analysis" or "Editorial" or "Commentary" or "Review" or "Live" or "Video" or "Correction";

    // Puts a place over [start, stop) in place of the mentions that overlap it, unless one runs past the dateline.
    private static void PutPlace(List<EntityMention> output, int first, int start, int stop, TextSpan dateline, EntityType type)
    {
        int at = first;
        while (at < output.Count && output[at].Span.End <= start)
        {
            at++;
        }
        int last = at;
        while (last < output.Count && output[last].Span.Start < stop)
        {
            if (output[last].Span.Start < dateline.Start || output[last].Span.End > dateline.End)
            {
                return;
            }
            last++;
        }
        if (last == at + 1 && output[at].Span.Start == start && output[at].Span.End == stop && output[at].Type == type)
        {
            return;
        }
        output.RemoveRange(at, last - at);
        output.Insert(at, new EntityMention(new TextSpan(start, stop), type));
    }

    /// <summary>Document-level agreement over <c>output[first..]</c>: a name the tagger typed differently in different
    /// sentences takes its most frequent type, and a surname or single-word name found once is found again where it
    /// stands alone.</summary>
    /// <remarks>Known phrases keep the gazetteer's type. Runs once per document; the dictionaries are per call.</remarks>
    public void Harmonize(string text, int[] starts, int[] ends, ReadOnlySpan<Sentence> sentences, List<EntityMention> output, int first,
        NameContext context)
    {
        if (output.Count - first == 0)
        {
            return;
        }
        JoinSplitNames(text, output, first);
        NoStormNameAlone(text, starts, ends, sentences, output, first);
        NoShipName(text, starts, ends, output, first);
        NoThingAsPerson(text, starts, ends, output, first);
        NoNameInsideWorkTitle(text, starts, ends, sentences, output, first);
        NoTermAcronym(text, starts, ends, sentences, output, first);
        NoHeadlineWordAsPerson(text, starts, ends, output, first, context);
        NoOpeningWordOfARole(text, starts, ends, sentences, output, first);
        NoFieldWordBeforeAnExpert(text, starts, ends, sentences, output, first, context);
        RegnalNameBeforeItsNumeral(text, starts, ends, output, first);
        AcronymBeforeRole(text, starts, ends, sentences, output, first);
        OpeningWordOfABodyThatSpeaks(text, starts, ends, sentences, output, first);
        // Votes per surface (exact text), counted only for names the gazetteer does not type.
        var votes = t_votes ??= [];
        votes.Clear();
        if (t_known is null || t_known.Length < output.Count - first)
        {
            t_known = new bool[Math.Max(256, output.Count - first)];
        }
        var known = t_known;
        int tokenCount = sentences.Length > 0 ? sentences[^1].EndToken : 0;
        for (int m = first; m < output.Count; m++)
        {
            var mention = output[m];
            var surface = text.AsSpan(mention.Span.Start, mention.Span.Length);
            known[m - first] = mention.Type is not (EntityType.Person or EntityType.Org or EntityType.Loc)
                || IsKnown(text, starts, ends, tokenCount, mention.Span);
            if (known[m - first])
            {
                continue;
            }
            ulong key = TextHash.Exact(surface);
            var v = votes.GetValueOrDefault(key);
            votes[key] = mention.Type switch
            {
                EntityType.Person => (v.Person + 1, v.Org, v.Loc),
                EntityType.Org => (v.Person, v.Org + 1, v.Loc),
                _ => (v.Person, v.Org, v.Loc + 1),
            };
        }
        // "Mérida is the capital of Yucatán", "Preston, a suburb of Melbourne": a name the document defines as a place
        // is a place wherever the tagger took it for a person.
        var definedPlaces = t_definedPlaces ??= [];
        definedPlaces.Clear();
        for (int m = first; m < output.Count; m++)
        {
            // Any type: the defining mention may be typed a place already and a later one a person.
            if (!known[m - first] && output[m].Type is EntityType.Person or EntityType.Loc
                && (IsDefinedAsPlace(text, starts, ends, tokenCount, output[m].Span) || IsCoordinatedWithPlace(text, output, first, m)))
            {
                definedPlaces.Add(TextHash.Exact(text.AsSpan(output[m].Span.Start, output[m].Span.Length)));
            }
            // "the Greek island of Kalvos", which the tagger may name whole (as re3d's gold does "Iraqi city of Mosul"), defines
            // "Kalvos" alone as a place.
            else if (output[m].Type == EntityType.Loc && output[m].Span.Length > 8)
            {
                var surface = text.AsSpan(output[m].Span.Start, output[m].Span.Length);
                int of = surface.IndexOf(" of ", StringComparison.Ordinal);
                int noun = of > 0 ? surface[..of].LastIndexOf(' ') : -1;
                if (noun > 0 && IsPlaceNounBeforeOf(surface[(noun + 1)..of]) && of + 4 < surface.Length && char.IsUpper(surface[of + 4]))
                {
                    definedPlaces.Add(TextHash.Exact(surface[(of + 4)..]));
                }
                else
                {
                    AddFeaturesName(surface, definedPlaces);
                }
            }
        }
        PlacesAfterPrepositions(text, starts, ends, tokenCount, output, first, known, context, definedPlaces);
        PeopleByTheirDeeds(text, starts, ends, tokenCount, output, first, known, definedPlaces, votes);
        // "Shares in Nordic Sealink fell", "Nordic Sealink chief executive Ingrid Halvorsen": a name the document puts in a
        // company's context is a company wherever the tagger took it for a person or a place ("A cyberattack on Nordic
        // Sealink" alone says nothing).
        var companies = t_companies ??= [];
        companies.Clear();
        var firmShortNames = t_firmShortNames ??= [];
        firmShortNames.Clear();
        for (int m = first; m < output.Count; m++)
        {
            if (!known[m - first]
                && (IsInCompanyContext(text, starts, ends, tokenCount, output[m].Span) || IsDefinedAsBody(text, starts, ends, tokenCount, output[m].Span)
                    || output[m].Type == EntityType.Org && IsBeforePartyNoun(text, starts, ends, tokenCount, output[m].Span)
                    || output[m].Type == EntityType.Person && IsOneWordStatement(text, starts, ends, tokenCount, output[m].Span)
                        && !IsWordOfFullPerson(text, output, first, output[m].Span)))
            {
                companies.Add(TextHash.Exact(text.AsSpan(output[m].Span.Start, output[m].Span.Length)));
            }
        }
        // "Shares in Nordwind Energie AG fell … Nordwind said": a company's name without its legal suffix, and its first
        // word, name the company wherever the tagger took them for a person or a place.
        for (int m = first; m < output.Count; m++)
        {
            var mention = output[m];
            if (mention.Type != EntityType.Org)
            {
                continue;
            }
            var surface = text.AsSpan(mention.Span.Start, mention.Span.Length);
            int space = surface.LastIndexOf(' ');
            if (space > 0 && IsLegalSuffix(surface[(space + 1)..]))
            {
                companies.Add(TextHash.Exact(surface[..space]));
                int firstSpace = surface.IndexOf(' ');
                if (firstSpace < space && !Gazetteer.TryLookup(surface[..firstSpace], out _))
                {
                    companies.Add(TextHash.Exact(surface[..firstSpace]));
                }
                // "Ashby Vale Logistics Ltd … Ashby Vale said": so is the name less its head word too.
                var bare = surface[..space];
                int headSpace = bare.LastIndexOf(' ');
                if (headSpace > firstSpace && (EntityHeads.IsOrganisationHead(bare[(headSpace + 1)..]) || IsOtherCompanyHead(bare[(headSpace + 1)..]))
                    && !Gazetteer.TryLookup(bare[..headSpace], out _))
                {
                    companies.Add(TextHash.Exact(bare[..headSpace]));
                }
            }
            // "Fjordane Maritime … Fjordane did not respond", "Laboratoires Sorel … Sorel said": a firm's name less its company
            // head, or less the foreign word for a firm that opens it, names the firm where the tagger took it for a person,
            // unless a full person's name of the document holds it (a place keeps its type: "Southwest" of "Southwest Airlines").
            else if (space > 0)
            {
                int firstSpace = surface.IndexOf(' ');
                int from = mention.Span.Start, to = mention.Span.Start + space;
                if (!(EntityHeads.IsCompanyHead(surface[(space + 1)..]) || IsOtherCompanyHead(surface[(space + 1)..])))
                {
                    if (!NewsSpanRules.IsBodyOpener(surface[..firstSpace]))
                    {
                        continue;
                    }
                    from = mention.Span.Start + firstSpace + 1;
                    to = mention.Span.End;
                }
                var bare = text.AsSpan(from, to - from);
                if (!Gazetteer.TryLookup(bare, out _) && !Model.Common.Contains(TextHash.Lower(bare))
                    && !IsWordOfFullPerson(text, output, first, new TextSpan(from, to)))
                {
                    firmShortNames.Add(TextHash.Exact(bare));
                }
            }
        }
        if (companies.Count > 0 || firmShortNames.Count > 0)
        {
            for (int m = first; m < output.Count; m++)
            {
                var mention = output[m];
                if (!known[m - first] && (mention.Type is EntityType.Person or EntityType.Loc
                        && companies.Contains(TextHash.Exact(text.AsSpan(mention.Span.Start, mention.Span.Length)))
                    || mention.Type == EntityType.Person && firmShortNames.Contains(TextHash.Exact(text.AsSpan(mention.Span.Start, mention.Span.Length)))))
                {
                    output[m] = mention with { Type = EntityType.Org };
                    var surface = text.AsSpan(mention.Span.Start, mention.Span.Length);
                    var key = TextHash.Exact(surface);
                    var v = votes[key];
                    votes[key] = (0, v.Person + v.Org + v.Loc, 0);
                }
            }
        }
        // The words of the document's full person names ("Andrew Jackson"), whose city namesakes alone are the person.
        var personWords = t_personWords ??= [];
        personWords.Clear();
        var surnames = t_surnames ??= [];
        surnames.Clear();
        for (int m = first; m < output.Count; m++)
        {
            var mention = output[m];
            if (mention.Type != EntityType.Person)
            {
                continue;
            }
            var rest = text.AsSpan(mention.Span.Start, mention.Span.Length);
            for (int space = rest.IndexOf(' '); space > 0; space = rest.IndexOf(' '))
            {
                personWords.Add(TextHash.Exact(rest[..space]));
                rest = rest[(space + 1)..];
                if (rest.IndexOf(' ') < 0)
                {
                    personWords.Add(TextHash.Exact(rest));
                    if (rest.Length > 1 && char.IsUpper(rest[0]) && !RoleWords.IsRoleWord(rest))
                    {
                        surnames.Add(TextHash.Exact(rest));
                    }
                }
            }
        }
        // "Valeska Paris … Paris was born in Switzerland", "Foreign Minister Luis Montenegro … Montenegro said": a known place
        // that is the surname of a full person name in the document is that person where it stands alone, unless the document
        // writes it after "in/at/near/from" or after a title, or defines it as a place.
        if (surnames.Count > 0)
        {
            for (int m = first; m < output.Count; m++)
            {
                var mention = output[m];
                if (mention.Type is not (EntityType.Gpe or EntityType.Loc) || !known[m - first])
                {
                    continue;
                }
                var surface = text.AsSpan(mention.Span.Start, mention.Span.Length);
                if (surface.IndexOf(' ') < 0 && surnames.Contains(TextHash.Exact(surface)) && !definedPlaces.Contains(TextHash.Exact(surface))
                    && (context.Of(TextHash.Lower(surface)) & (NameContext.AfterPlaceWord | NameContext.AfterTitle)) == 0
                    && !BeforeItsRegion(text, output, m))
                {
                    output[m] = mention with { Type = EntityType.Person };
                }
            }
        }
        // Surnames: the last word of a person's full name, and single-word names, with the type they end up with.
        var repeats = t_repeats ??= [];
        repeats.Clear();
        for (int m = first; m < output.Count; m++)
        {
            if (known[m - first])
            {
                continue;
            }
            var mention = output[m];
            var surface = text.AsSpan(mention.Span.Start, mention.Span.Length);
            var v = votes[TextHash.Exact(surface)];
            var type = mention.Type;
            int best = Math.Max(v.Person, Math.Max(v.Org, v.Loc));
            int top = (v.Person == best ? 1 : 0) + (v.Org == best ? 1 : 0) + (v.Loc == best ? 1 : 0);
            int space = surface.LastIndexOf(' ');
            if (top == 1)
            {
                type = v.Person == best ? EntityType.Person : v.Org == best ? EntityType.Org : EntityType.Loc;
            }
            // "the Tarnow mine … Tarnow said", "Grodek regional hospital … Grodek has": a one-word name read once as a person and
            // once as a place is the place where the document gives a place's evidence for it (after "in/at/near/from", or
            // where PlaceByItsContext reads one), unless a person's full name in the document holds the word, the document
            // writes it after a title, or it is a plural after "the" (a people: "the Velans remain"). The tagger's place
            // reading alone is no evidence ("Obama's cabinet").
            else if (v.Person == 1 && v.Loc == 1 && v.Org == 0 && space < 0
                && !personWords.Contains(TextHash.Exact(surface))
                && (context.Of(TextHash.Lower(surface)) & (surface[^1] == 's' ? NameContext.AfterTitle | NameContext.AfterThe : NameContext.AfterTitle)) == 0
                && HasPlaceEvidence(text, starts, ends, tokenCount, output, first, surface))
            {
                type = EntityType.Loc;
            }
            if (type == EntityType.Person && definedPlaces.Count > 0 && definedPlaces.Contains(TextHash.Exact(surface)))
            {
                type = EntityType.Loc;
            }
            // "Kestan has shipped drones … Kestan's foreign ministry said", "Valdoria said … troops crossed into Valdoria": a
            // name that stands somewhere where only a state stands (or that a rule typed a state) is the state however the
            // tagger read it, unless the document names a person with the word or writes it after a title; a person's name
            // only as one word.
            else if (type is EntityType.Person or EntityType.Loc or EntityType.Org && (space < 0 || type != EntityType.Person)
                && !personWords.Contains(TextHash.Exact(surface))
                && (context.Of(TextHash.Lower(surface)) & NameContext.AfterTitle) == 0
                && ActsAsAState(text, starts, ends, tokenCount, output, first, surface, context))
            {
                type = EntityType.Gpe;
            }
            // "Cities served are Sand Springs and Broken Arrow", "the bazaar in Isfahan": a large city's name the tagger took for a
            // person is the city. A one-word one ("Tyler", "Austin" are given names too) only if the document writes it after
            // "in/at/near/from" somewhere and never after a title, and names no person with that word ("Andrew Jackson").
            if (type == EntityType.Person && WorldCities.Contains(surface)
                && (space > 0 || !personWords.Contains(TextHash.Exact(surface))
                    && (context.Of(TextHash.Lower(surface)) & (NameContext.AfterPlaceWord | NameContext.AfterTitle)) == NameContext.AfterPlaceWord))
            {
                type = EntityType.Loc;
            }
            // "the bazaar in Isfahan", "flights to Jiangsu": a large city or a province that is no one's given name is the place
            // without further evidence, unless the document writes it after a title, ends a person's full name with it ("Mark
            // Dayton"; no given name is such a place, so only the surname counts) or cites it as an author ("Santos ( 1989 )").
            else if (type == EntityType.Person && KnownPlaces.Contains(surface) && !Model.Common.Contains(TextHash.Lower(surface))
                && !(space < 0 && NewsSpanRules.NamedAfterKin(text, mention.Span.Start))
                && !(space < 0 && IsBeforeAPersonsClause(text, starts.AsSpan(0, tokenCount), ends.AsSpan(0, tokenCount), TokenAt(starts, tokenCount, mention.Span.Start)))
                && (space > 0 || !surnames.Contains(TextHash.Exact(surface))
                    && (context.Of(TextHash.Lower(surface)) & NameContext.AfterTitle) == 0)
                && !Citations.OpensAYear(text, starts.AsSpan(0, tokenCount), ends.AsSpan(0, tokenCount), TokenAt(starts, tokenCount, mention.Span.End)))
            {
                type = EntityType.Loc;
            }
            // "Daniel Bernoulli … the work of Bernoulli": the surname of a full person name in the document, which the tagger
            // took alone for a place or a body, is the person, unless the document defines it as a place or writes it after
            // "in/at/near/from" ("Andrew Jackson … in Jackson").
            if (type is EntityType.Loc or EntityType.Org && space < 0 && surnames.Contains(TextHash.Exact(surface))
                && !definedPlaces.Contains(TextHash.Exact(surface))
                && (context.Of(TextHash.Lower(surface)) & NameContext.AfterPlaceWord) == 0)
            {
                type = EntityType.Person;
            }
            if (type != mention.Type)
            {
                output[m] = mention with { Type = type };
            }
            if (type == EntityType.Person && space > 0)
            {
                var last = surface[(space + 1)..];
                int before = surface[..space].LastIndexOf(' ');
                if (before > 0 && NameShapes.IsGenerationSuffix(last))
                {
                    last = surface[(before + 1)..space]; // "Brenner" of "Harold Brenner Jr."
                }
                if (last.Length > 1 && char.IsUpper(last[0]) && !RoleWords.IsRoleWord(last))
                {
                    repeats.TryAdd(TextHash.Exact(last), EntityType.Person);
                }
                else if (NewsSpanRules.IsArticledSurname(last))
                {
                    // "Haider al-Abadi … Carter thanked Abadi": news drops the article of an Arabic surname when it repeats it.
                    repeats.TryAdd(TextHash.Exact(last[(last.IndexOf('-') + 1)..]), EntityType.Person);
                }
            }
            else if (space < 0 && surface.Length > 1 && (v.Person + v.Org + v.Loc >= 2 || type == EntityType.Org && EntityHeads.IsStrongOrganisationHead(surface)))
            {
                // A single word the tagger named twice is a name of this document, not a one-off guess; so is a club or
                // body named by its head word alone ("Wanderers", "Rovers"; ordinary words like "Court" are left out below).
                repeats.TryAdd(TextHash.Exact(surface), type);
            }
        }
        TeamsByTheirScores(text, starts, ends, tokenCount, output, first, repeats);
        // "the Chatham Islands … flights to the Chathams", "the Catskill Mountains … hiking in the Catskills": a group of
        // islands or a range the document names whole is also written as its first word's plural, which the tagger leaves
        // unnamed as often as not.
        for (int m = first; m < output.Count; m++)
        {
            if (output[m].Type == EntityType.Loc && output[m].Span.Length > 10
                && GroupPlural(text.AsSpan(output[m].Span.Start, output[m].Span.Length), out ulong plural))
            {
                repeats.TryAdd(plural, EntityType.Loc);
            }
        }
        if (repeats.Count == 0)
        {
            return;
        }
        int count = output.Count;
        int next = first;
        foreach (var sentence in sentences)
        {
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                int start = starts[t], end = ends[t];
                while (next < count && output[next].Span.End <= start)
                {
                    next++;
                }
                if (next < count && output[next].Span.Start < end)
                {
                    continue;
                }
                var word = text.AsSpan(start, end - start);
                if (word.Length < 2 || !char.IsUpper(word[0]) || !repeats.TryGetValue(TextHash.Exact(word), out var type)
                    || Model.Common.Contains(TextHash.Lower(word)) || RoleWords.IsRoleWord(word) || IsCompassWord(word)
                    || type == EntityType.Person && IsTitlesPlural(word)
                    || NewsSpanRules.IsBodyWordBeforeGroup(this, text, starts, ends, t))
                {
                    continue;
                }
                // Only a word standing alone: "Smith" but not "Smith College"; opening a sentence only if the
                // document never writes it in lower case.
                bool opens = t == sentence.FirstToken || IsOpener(text.AsSpan(starts[t - 1], ends[t - 1] - starts[t - 1]));
                if (opens && (context.Of(TextHash.Lower(word)) & NameContext.LowerSeen) != 0)
                {
                    continue;
                }
                // "When Bush proposed …", "Only Galois' brother …": an ordinary word capitalised only because it opens the
                // sentence is no part of the name, as a title or a rank is not ("Doctor Spock" is left whole).
                if (t > sentence.FirstToken && !opens && IsCapitalisedWord(text, starts[t - 1], ends[t - 1])
                    && !RoleWords.IsRoleHead(Word(text, starts, ends, t - 1))
                    && !(t - 1 == sentence.FirstToken && IsOrdinaryOpener(Word(text, starts, ends, t - 1))))
                {
                    continue;
                }
                if (t + 1 < sentence.EndToken && IsCapitalisedWord(text, starts[t + 1], ends[t + 1]))
                {
                    continue;
                }
                // "The Polaroids were …": a plural after a word of many is no person here either (see NoPluralAsPerson).
                if (type == EntityType.Person && IsPluralShaped(word) && IsPluralAfterManyWord(text,
                        starts.AsSpan(sentence.FirstToken, sentence.TokenCount), ends.AsSpan(sentence.FirstToken, sentence.TokenCount), t - sentence.FirstToken))
                {
                    continue;
                }
                output.Add(new EntityMention(new TextSpan(start, end), type));
            }
        }
        if (output.Count > count)
        {
            output.Sort(first, output.Count - first, MentionOrder.Instance);
        }
        // Last, so that a name cut from its choice's letter does not vote on the document's other mentions of the word.
        NoAnswerLetterInName(text, starts, ends, sentences, output, first);
    }

    // "Unions" of "the Federation of Trade Unions": the word closes a name of several words the document writes.
    private static bool EndsALongerName(string text, List<EntityMention> output, int first, ReadOnlySpan<char> w)
    {
        for (int o = first; o < output.Count; o++)
        {
            var span = output[o].Span;
            if (span.Length > w.Length + 1 && text[span.End - w.Length - 1] == ' ' && text.AsSpan(span.End - w.Length, w.Length).SequenceEqual(w))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Unions in Valdora have threatened …", "Farmers across Normandy …": an ordinary plural opening a sentence
    /// before "in", "of", "across" … is a group of people there, capitalised only because it opens the sentence; the tagger,
    /// or a name of the document that holds the word ("Federation of Trade Unions"), can make it a name.</summary>
    /// <remarks>Ordinary: a word usually written in lower case, one the document writes so, or the head word of a longer
    /// name of the document; not a team's name alone ("Rangers in Glasgow" when the document names no "Glasgow Rangers").</remarks>
    private void NoCommonPluralOfAPlace(string text, int[] starts, int[] ends, ReadOnlySpan<Sentence> sentences, List<EntityMention> output, int first,
        NameContext context)
    {
        int m = first;
        foreach (var sentence in sentences)
        {
            int t = sentence.FirstToken;
            while (m < output.Count && output[m].Span.Start < starts[t])
            {
                m++;
            }
            if (m >= output.Count || output[m].Span.Start != starts[t] || output[m].Span.End != ends[t] || output[m].Type == EntityType.Norp
                || t + 1 >= sentence.EndToken || Word(text, starts, ends, t + 1) is not ("in" or "of" or "across" or "from" or "around"
                    or "near" or "outside" or "throughout"))
            {
                continue;
            }
            var w = Word(text, starts, ends, t);
            if (IsPluralShaped(w) && (Model.Common.Contains(TextHash.Lower(w)) || (context.Of(TextHash.Lower(w)) & NameContext.LowerSeen) != 0
                || EndsALongerName(text, output, first, w)))
            {
                output.RemoveAt(m);
            }
        }
    }

    /// <summary>"Pachomius called on him … Pachomius refused to grant … Pachomius gave Theodorus control": a one-word name the
    /// tagger took for a place, which the document makes the subject of a person's deed (said, told, refused, gave, died …)
    /// twice or more, or names after a noun of kin ("their child, Gloria"), is a person wherever it stands.</summary>
    /// <remarks>Not a name the gazetteer or the list of known places has, nor one the document defines as a place or writes
    /// right after "in", "at", "near", "into" or "across". Looks at the other mentions only for a candidate.</remarks>
    private static void PeopleByTheirDeeds(string text, int[] starts, int[] ends, int tokenCount, List<EntityMention> output, int first,
        bool[] known, HashSet<ulong> definedPlaces, Dictionary<ulong, (int Person, int Org, int Loc)> votes)
    {
        for (int m = first; m < output.Count; m++)
        {
            var mention = output[m];
            if (known[m - first] || mention.Type != EntityType.Loc || mention.Span.Length < 3)
            {
                continue;
            }
            int t = TokenAt(starts, tokenCount, mention.Span.Start);
            if (t + 1 >= tokenCount || ends[t] != mention.Span.End
                || !IsPersonsDeed(Word(text, starts, ends, t + 1)) && !NewsSpanRules.NamedAfterKin(text, mention.Span.Start))
            {
                continue;
            }
            var surface = text.AsSpan(mention.Span.Start, mention.Span.Length);
            ulong key = TextHash.Exact(surface);
            var v = votes.GetValueOrDefault(key);
            if (v.Person + v.Org + v.Loc < 2 || definedPlaces.Contains(key) || KnownPlaces.Contains(surface) || WorldCities.Contains(surface))
            {
                continue;
            }
            // A second deed, or a mention of the name after a noun of kin ("their nine-month-old child, Gloria"), and no mention
            // of the name after a preposition of place.
            int deeds = 0;
            bool placed = false, kin = false;
            for (int k = first; k < output.Count && !placed; k++)
            {
                if (output[k].Span.Length != mention.Span.Length || !text.AsSpan(output[k].Span.Start, output[k].Span.Length).SequenceEqual(surface))
                {
                    continue;
                }
                int u = TokenAt(starts, tokenCount, output[k].Span.Start);
                placed = u > 0 && Word(text, starts, ends, u - 1) is "in" or "at" or "near" or "into" or "across";
                if (u + 1 < tokenCount && IsPersonsDeed(Word(text, starts, ends, u + 1)))
                {
                    deeds++;
                }
                kin |= NewsSpanRules.NamedAfterKin(text, output[k].Span.Start);
            }
            if (placed || deeds < 2 && !kin)
            {
                continue;
            }
            for (int k = first; k < output.Count; k++)
            {
                if (output[k].Type == EntityType.Loc && !known[k - first] && output[k].Span.Length == mention.Span.Length
                    && text.AsSpan(output[k].Span.Start, output[k].Span.Length).SequenceEqual(surface))
                {
                    output[k] = output[k] with { Type = EntityType.Person };
                }
            }
            votes[key] = (v.Person + v.Org + v.Loc, 0, 0);
        }
    }

    /// <summary>"Tunisia lost 1 – 2 to England … England had more of the ball", "Group B — Wales 2 – 0 Scotland": a place
    /// the document sets against another place across a match's score is a team, a body, wherever it is not written after
    /// "in", "at", "from", "near", "into" or "across".</summary>
    /// <remarks>Two sides are needed: a place right before the score, or before a verb of a result ("beat", "lost", …) that
    /// stands before it, and one right after it or after "to", "against", "over" or "with". A known country or capital stays a
    /// country (the gold conventions make it the actor); a person's name keeps its type. Scans the tokens once for a digit
    /// and a dash; the mentions are looked at only where a score stands.</remarks>
    private static void TeamsByTheirScores(string text, int[] starts, int[] ends, int tokenCount, List<EntityMention> output, int first,
        Dictionary<ulong, EntityType> repeats)
    {
        HashSet<ulong>? teams = null;
        for (int t = 1; t + 1 < tokenCount; t++)
        {
            int last = ScoreEnd(text, starts, ends, tokenCount, t);
            if (last < 0)
            {
                continue;
            }
            int left = MentionEndingAt(output, first, ends[t - 1]);
            if (left < 0 && t >= 2 && IsResultVerb(Word(text, starts, ends, t - 1)))
            {
                left = MentionEndingAt(output, first, ends[t - 2]); // "Tunisia lost 1 – 2 to England"
            }
            int after = last + 1;
            if (after < tokenCount && Word(text, starts, ends, after) is "to" or "against" or "over" or "with")
            {
                after++;
            }
            int right = after < tokenCount ? MentionStartingAt(output, first, starts[after]) : -1;
            // "Sweden defeated South Korea 1 – 0": the side before the score is the beaten one, the subject before the verb the other.
            if (right < 0 && left >= 0)
            {
                int verb = TokenAt(starts, tokenCount, output[left].Span.Start) - 1;
                if (verb >= 1 && IsResultVerb(Word(text, starts, ends, verb)))
                {
                    right = left;
                    left = MentionEndingAt(output, first, ends[verb - 1]);
                }
            }
            if (left < 0 || right < 0 || left == right)
            {
                continue;
            }
            teams ??= [];
            foreach (int side in (ReadOnlySpan<int>)[left, right])
            {
                if (output[side].Type is EntityType.Loc or EntityType.Gpe)
                {
                    teams.Add(TextHash.Exact(text.AsSpan(output[side].Span.Start, output[side].Span.Length)));
                }
            }
        }
        if (teams is null || teams.Count == 0)
        {
            return;
        }
        for (int m = first; m < output.Count; m++)
        {
            var mention = output[m];
            if (mention.Type != EntityType.Loc)
            {
                continue;
            }
            ulong key = TextHash.Exact(text.AsSpan(mention.Span.Start, mention.Span.Length));
            int u = TokenAt(starts, tokenCount, mention.Span.Start);
            if (teams.Contains(key) && !(u > 0 && Word(text, starts, ends, u - 1) is "in" or "at" or "from" or "near" or "into" or "across"))
            {
                output[m] = mention with { Type = EntityType.Org };
            }
        }
        // The team's name found again where the tagger left it unnamed is the team too.
        foreach (ulong key in teams)
        {
            if (repeats.TryGetValue(key, out var type) && type == EntityType.Loc)
            {
                repeats[key] = EntityType.Org;
            }
        }
    }

    // The last token of a match's score that opens at token t ("2-1" as one token, "1 – 0" as three), or -1. One or two
    // digits a side: goals, points or sets, not years or a page range.
    private static int ScoreEnd(string text, int[] starts, int[] ends, int tokenCount, int t)
    {
        int start = starts[t], end = ends[t];
        if (!char.IsAsciiDigit(text[start]))
        {
            return -1;
        }
        if (IsScoreNumber(text, start, end))
        {
            return t + 2 < tokenCount && ends[t + 1] - starts[t + 1] == 1 && IsDash(text[starts[t + 1]])
                && IsScoreNumber(text, starts[t + 2], ends[t + 2]) ? t + 2 : -1;
        }
        int dash = start + (char.IsAsciiDigit(text[start + 1]) ? 2 : 1);
        return end - start is >= 3 and <= 5 && IsDash(text[dash]) && IsScoreNumber(text, dash + 1, end) ? t : -1;
    }

    private static bool IsDash(char c) => c is '-' or '\u2013' or '\u2014';

    private static bool IsScoreNumber(string text, int start, int end) =>
        end - start is 1 or 2 && char.IsAsciiDigit(text[start]) && char.IsAsciiDigit(text[end - 1]);

    // Verbs of a match's result, written between a side and the score or between the two sides.
    private static bool IsResultVerb(ReadOnlySpan<char> w) =>
        w is "beat" or "beats" or "defeated" or "defeat" or "lost" or "loses" or "lose" or "drew" or "draw" or "won" or "wins"
            or "edged" or "thrashed" or "routed" or "overcame" or "downed";

    private static int MentionEndingAt(List<EntityMention> output, int first, int end)
    {
        for (int m = first; m < output.Count; m++)
        {
            if (output[m].Span.End == end)
            {
                return m;
            }
        }
        return -1;
    }

    private static int MentionStartingAt(List<EntityMention> output, int first, int start)
    {
        for (int m = first; m < output.Count; m++)
        {
            if (output[m].Span.Start == start)
            {
                return m;
            }
        }
        return -1;
    }

    // Past-tense verbs only a person does, right after its subject.
    private static bool IsPersonsDeed(ReadOnlySpan<char> w) =>
        w.Length is >= 4 and <= 9 && w is "said" or "told" or "asked" or "replied" or "refused" or "agreed" or "decided" or "wanted"
            or "tried" or "gave" or "called" or "appointed" or "married" or "wrote" or "died" or "thought" or "believed" or "knew"
            or "felt" or "recalled" or "admitted" or "taught" or "studied" or "smiled" or "laughed";

    /// <summary>"A ferry sank off Kalvos … rescued near Kalvos … hospitals in Kalvos": a one-word name the tagger took for a
    /// person, which the document writes after "in", "near", "off" or "outside", is a place (added to
    /// <paramref name="places"/>) when no mention of it says a person: none after a title, as the subject of a verb of
    /// saying, or as a word of a full person's name.</summary>
    /// <remarks>Looks at the other mentions only for a candidate, which is rare; no allocation.</remarks>
    private static void PlacesAfterPrepositions(string text, int[] starts, int[] ends, int tokenCount, List<EntityMention> output, int first,
        bool[] known, NameContext context, HashSet<ulong> places)
    {
        HashSet<ulong>? afterPrepositions = null;
        for (int m = first; m < output.Count; m++)
        {
            var mention = output[m];
            if (mention.Type != EntityType.Person || known[m - first] || mention.Span.Length < 3)
            {
                continue;
            }
            int t = TokenAt(starts, tokenCount, mention.Span.Start);
            if (t >= tokenCount || ends[t] != mention.Span.End)
            {
                continue;
            }
            var surface = text.AsSpan(mention.Span.Start, mention.Span.Length);
            ulong key = TextHash.Exact(surface);
            // "sank off Kalvos … its Piraeus–Kalvos route": the tagger may have named only a mention without the preposition,
            // so every place the document writes the word counts.
            if (!AfterPlacePreposition(text, starts, ends, tokenCount, t))
            {
                afterPrepositions ??= WordsAfterPlacePrepositions(text, starts, ends, tokenCount);
                if (!afterPrepositions.Contains(key))
                {
                    continue;
                }
            }
            if (places.Contains(key) || (context.Of(TextHash.Lower(surface)) & NameContext.AfterTitle) != 0
                || IsWordOfFullPerson(text, output, first, mention.Span))
            {
                continue;
            }
            bool person = false;
            for (int o = first; o < output.Count && !person; o++)
            {
                var other = output[o].Span;
                if (other.Length != surface.Length || !text.AsSpan(other.Start, other.Length).SequenceEqual(surface))
                {
                    continue;
                }
                int next = TokenAt(starts, tokenCount, other.End);
                person = next < tokenCount && NewsSpanRules.IsReportingVerb(Word(text, starts, ends, next));
            }
            if (!person)
            {
                places.Add(key);
            }
        }
    }

    // "in Moreau's view", "in Moreau and Lind's study", "in Moreau (2004)" are about a person or by one.
    private static bool AfterPlacePreposition(string text, int[] starts, int[] ends, int tokenCount, int t) =>
        t > 0 && t + 1 < tokenCount && Word(text, starts, ends, t - 1) is "in" or "near" or "off" or "outside"
        && !(Word(text, starts, ends, t + 1) is "'s" or "\u2019s" or "and" or "&" or "et" or "(");

    /// <summary>The capitalised words the document writes after "in", "near", "off" or "outside" (see
    /// <see cref="AfterPlacePreposition"/>), built once per document and only when a candidate needs it.</summary>
    private static HashSet<ulong> WordsAfterPlacePrepositions(string text, int[] starts, int[] ends, int tokenCount)
    {
        var words = t_afterPrepositions ??= [];
        words.Clear();
        for (int t = 1; t < tokenCount; t++)
        {
            if (ends[t] > starts[t] && char.IsUpper(text[starts[t]]) && AfterPlacePreposition(text, starts, ends, tokenCount, t))
            {
                words.Add(TextHash.Exact(Word(text, starts, ends, t)));
            }
        }
        return words;
    }

    /// <summary>"Stone Bridge said it was reviewing the contract": where the tagger named only the second word of a sentence
    /// whose first word is capitalised, and the two say what a body is doing (<see cref="IsOneWordStatement"/>), the first word
    /// opens the name; a preposition, a conjunction, a day or a title opening the sentence does not.</summary>
    private void OpeningWordOfABodyThatSpeaks(string text, int[] starts, int[] ends, ReadOnlySpan<Sentence> sentences, List<EntityMention> output,
        int first)
    {
        int tokenCount = sentences.Length > 0 ? sentences[^1].EndToken : 0;
        int m = first;
        foreach (var sentence in sentences)
        {
            if (sentence.TokenCount < 6)
            {
                continue;
            }
            int opener = sentence.FirstToken;
            while (m < output.Count && output[m].Span.Start < ends[opener])
            {
                m++;
            }
            if (m >= output.Count || output[m].Span.Start != starts[opener + 1] || output[m].Type is not (EntityType.Person or EntityType.Org)
                || !IsTitleCaseWord(text, starts[opener], ends[opener]) || m > first && output[m - 1].Span.End > starts[opener])
            {
                continue;
            }
            var word = Word(text, starts, ends, opener);
            if (IsFunctionWordOpener(word) || NewsSpanRules.IsCalendarWord(word) || RoleWords.IsRoleWord(word) || Gazetteer.TryLookupToken(word, out _)
                || IsKnown(text, starts, ends, tokenCount, output[m].Span))
            {
                continue;
            }
            var joined = new TextSpan(starts[opener], output[m].Span.End);
            if (IsOneWordStatement(text, starts, ends, tokenCount, joined))
            {
                output[m] = new EntityMention(joined, EntityType.Org);
            }
        }
    }

    // "Mount Kelaro … permits for Kelaro", "the Varna River … along the Varna", "Velmora Island … ferries to Velmora": a
    // mountain's, lake's, river's, island's or peninsula's name of two words defines its other word alone as that place.
    private static void AddFeaturesName(ReadOnlySpan<char> surface, HashSet<ulong> definedPlaces)
    {
        int space = surface.IndexOf(' ');
        if (space <= 0 || surface[(space + 1)..].Contains(' '))
        {
            return;
        }
        var head = surface[..space];
        var tail = surface[(space + 1)..];
        if (head is "Mount" or "Mt" or "Mt." or "Lake" && tail.Length > 2 && char.IsUpper(tail[0]))
        {
            definedPlaces.Add(TextHash.Exact(tail));
        }
        else if (tail is "River" or "Lake" or "Island" or "Peninsula" && head.Length > 2 && char.IsUpper(head[0]))
        {
            definedPlaces.Add(TextHash.Exact(head));
        }
        else if (GroupPlural(surface, out ulong plural))
        {
            definedPlaces.Add(plural);
        }
    }

    // The hash of "Chathams" for "Chatham Islands", "Catskills" for "Catskill Mountains": a title-case first word not already
    // a plural, and "Islands", "Isles" or "Mountains" after it.
    private static bool GroupPlural(ReadOnlySpan<char> surface, out ulong plural)
    {
        plural = 0;
        int space = surface.IndexOf(' ');
        if (space < 3 || space > 30 || surface[(space + 1)..] is not ("Islands" or "Isles" or "Mountains") || !char.IsUpper(surface[0])
            || !char.IsLower(surface[space - 1]) || surface[space - 1] == 's' || surface[..space].Contains('-'))
        {
            return false;
        }
        Span<char> buffer = stackalloc char[32];
        surface[..space].CopyTo(buffer);
        buffer[space] = 's';
        plural = TextHash.Exact(buffer[..(space + 1)]);
        return true;
    }

    private static bool IsTitleCaseWord(string text, int start, int end) =>
        end - start > 1 && char.IsUpper(text[start]) && char.IsLower(text[end - 1]);

    // Words that open a sentence and never a name: prepositions, conjunctions, greetings, "See" of a citation.
    private static bool IsFunctionWordOpener(ReadOnlySpan<char> w) =>
        w is "In" or "Within" or "At" or "On" or "From" or "With" or "By" or "For" or "Into" or "Inside" or "Outside" or "Near"
            or "After" or "Before" or "During" or "Since" or "Until" or "Unlike" or "Like" or "Despite" or "Without" or "Across"
            or "Among" or "Through" or "Throughout" or "When" or "While" or "Whereas" or "Although" or "Though" or "Because" or "If"
            or "Unless" or "But" or "And" or "Or" or "So" or "Yet" or "Then" or "Also" or "Even" or "Only" or "Hey" or "Hi" or "Hello"
            or "Thanks" or "See" or "Meanwhile" or "However" or "Thus" or "Indeed" or "Perhaps" or "Maybe";

    // An ordinary word capitalised as it opens a sentence ("When", "Only"), not a title or a noun for a person ("Doctor").
    private bool IsOrdinaryOpener(ReadOnlySpan<char> w)
    {
        if (w.Length is < 2 or > 24 || !Model.Common.Contains(TextHash.Lower(w)) || RoleWords.IsRoleWord(w))
        {
            return false;
        }
        Span<char> lower = stackalloc char[w.Length];
        w.ToLowerInvariant(lower);
        return !NewsSpanRules.IsLowerCasePersonWord(lower);
    }

    private static bool IsLegalSuffix(ReadOnlySpan<char> w) =>
        w.Length is >= 2 and <= 4
        && w is "AG" or "plc" or "PLC" or "Inc" or "Ltd" or "SA" or "GmbH" or "NV" or "SpA" or "ASA" or "AB" or "Oyj" or "LLC" or "Corp";

    /// <summary>"Storm Imelda battered Galicia … Imelda will weaken": a storm's name, which the sentence rule drops after
    /// "Storm", "Hurricane" or "Typhoon", is no person where a later sentence writes it alone; nor is a one-word ship's name
    /// the document writes after a ship prefix ("FS Forbin … said the commander of Forbin").</summary>
    /// <remarks>Once per document; allocates only when the document names a storm or a ship.</remarks>
    private static void NoStormNameAlone(string text, int[] starts, int[] ends, ReadOnlySpan<Sentence> sentences, List<EntityMention> output, int first)
    {
        HashSet<ulong>? storms = null;
        foreach (var sentence in sentences)
        {
            for (int t = sentence.FirstToken; t + 1 < sentence.EndToken; t++)
            {
                if (text[starts[t]] is 'S' or 'H' or 'T' or 'C' && NewsSpanRules.IsStormWord(Word(text, starts, ends, t))
                    && IsCapitalisedWord(text, starts[t + 1], ends[t + 1]))
                {
                    (storms ??= []).Add(TextHash.Exact(Word(text, starts, ends, t + 1)));
                }
                else if (ends[t] - starts[t] is >= 2 and <= 5 && char.IsUpper(text[starts[t] + 1]) && IsShipPrefix(Word(text, starts, ends, t)) && IsCapitalisedWord(text, starts[t + 1], ends[t + 1])
                    && (t + 2 >= sentence.EndToken || !IsCapitalisedWord(text, starts[t + 2], ends[t + 2])))
                {
                    (storms ??= []).Add(TextHash.Exact(Word(text, starts, ends, t + 1)));
                }
            }
        }
        if (storms is null)
        {
            return;
        }
        for (int m = output.Count - 1; m >= first; m--)
        {
            var mention = output[m];
            var surface = text.AsSpan(mention.Span.Start, mention.Span.Length);
            if (mention.Type == EntityType.Person && surface.IndexOf(' ') < 0 && storms.Contains(TextHash.Exact(surface)))
            {
                output.RemoveAt(m);
            }
        }
    }

    /// <summary>"the bulk carrier Astra Mira", "the tanker Nordic Star", "the Astra Mira, a Liberian-flagged ship": a name right
    /// after a vessel's noun, or set off by a comma before "a" and a vessel's noun, is a ship's, which is none of our types;
    /// it is no name wherever the document repeats it as a person, a body or a place (a known place keeps its name).</summary>
    /// <remarks>Once per document, one look at the tokens around each person or body; allocates only when a ship is
    /// named.</remarks>
    private void NoShipName(string text, int[] starts, int[] ends, List<EntityMention> output, int first)
    {
        HashSet<ulong>? ships = null;
        for (int m = first; m < output.Count; m++)
        {
            var mention = output[m];
            if (mention.Type is not (EntityType.Person or EntityType.Org or EntityType.Loc))
            {
                continue;
            }
            int t = starts.AsSpan().BinarySearch(mention.Span.Start);
            int e = ends.AsSpan().BinarySearch(mention.Span.End);
            if (t < 0 || e < t)
            {
                continue;
            }
            // "the ship Maersk operates" names the operator: after a vessel's noun, only a name that a stop, a comma or a
            // word that goes on about the ship follows.
            bool ship = t > 0 && IsVesselNoun(text, starts, ends, t - 1) && !RoleWords.IsRoleWord(Word(text, starts, ends, t))
                && (e + 1 >= starts.Length || !char.IsLetter(text[starts[e + 1]]) || IsWordAfterShip(Word(text, starts, ends, e + 1)));
            // "the vessel, the Astra Mira, was hit": a name in apposition to a vessel's noun, set off by commas.
            ship = ship || t > 2 && e + 1 < starts.Length && Word(text, starts, ends, t - 1) is "the" && Word(text, starts, ends, t - 2) is ","
                && IsVesselNoun(text, starts, ends, t - 3) && Word(text, starts, ends, e + 1) is ",";
            if (!ship && e + 3 < starts.Length && Word(text, starts, ends, e + 1) is "," && Word(text, starts, ends, e + 2) is "a" or "an")
            {
                // "the Astra Mira, a Liberian-flagged ship": the noun within the next four words, none of them a name.
                for (int k = e + 3; k < starts.Length && k <= e + 6 && !ship; k++)
                {
                    if (text[starts[k]] is ',' or '.' or ';')
                    {
                        break;
                    }
                    ship = IsVesselNoun(text, starts, ends, k);
                }
            }
            if (ship && !Gazetteer.TryLookup(text.AsSpan(mention.Span.Start, mention.Span.Length), out _))
            {
                (ships ??= []).Add(TextHash.Exact(text.AsSpan(mention.Span.Start, mention.Span.Length)));
            }
        }
        if (ships is null)
        {
            return;
        }
        for (int m = output.Count - 1; m >= first; m--)
        {
            if (output[m].Type is EntityType.Person or EntityType.Org or EntityType.Loc && ships.Contains(TextHash.Exact(text.AsSpan(output[m].Span.Start, output[m].Span.Length))))
            {
                output.RemoveAt(m);
            }
        }
    }

    /// <summary>"Stardrift is a NASA probe that …", "the Odyssey spacecraft", "Lumen, a photo app,": a name the document
    /// writes as a craft, a device, a program or a drug is no person anywhere in the document (the tagger reads a one-word
    /// product or mission as a given name).</summary>
    /// <remarks>Two shapes: the name right before such a noun after an article or a possessive ("the Odyssey spacecraft",
    /// "NASA's Ada probe"; "Smith vaccine" alone could be a person's), and the name before "is a", "was
    /// an" or ", a" and up to four words ending in such a noun that heads its phrase ("is a NASA space capsule that …"; not
    /// "is a rocket scientist", where another noun follows, nor "is a member of the mission"). Only person mentions are
    /// dropped ("the UN mission" defines nothing a person is named), and not a known phrase. A thing named after a person of
    /// the document is that person's where the name stands alone ("Jonas Salk … the Salk vaccine … Salk said").</remarks>
    private void NoThingAsPerson(string text, int[] starts, int[] ends, List<EntityMention> output, int first)
    {
        HashSet<ulong>? things = null;
        int n = starts.Length;
        for (int m = first; m < output.Count; m++)
        {
            // Any type defines: the tagger may have typed the defining mention a place or a body and a later one a person.
            var mention = output[m];
            if (mention.Type is not (EntityType.Person or EntityType.Org or EntityType.Loc))
            {
                continue;
            }
            int e = ends.AsSpan().BinarySearch(mention.Span.End);
            if (e < 0 || e + 1 >= n)
            {
                continue;
            }
            bool thing = false;
            if (e + 3 < n && Word(text, starts, ends, e + 1) is "is" or "was" or ","
                && Word(text, starts, ends, e + 2) is "a" or "an")
            {
                for (int k = e + 3; k < n && k <= e + 6; k++)
                {
                    var w = Word(text, starts, ends, k);
                    if (w.Length == 0 || !char.IsLetter(w[0]) || IsFunctionWordInPhrase(w))
                    {
                        break;
                    }
                    if (IsThingNoun(w))
                    {
                        thing = IsEndOfThingPhrase(text, starts, ends, k + 1);
                        break;
                    }
                }
            }
            if (thing)
            {
                (things ??= []).Add(TextHash.Exact(text.AsSpan(mention.Span.Start, mention.Span.Length)));
            }
        }
        // "the Ada probe reached …", "NASA's Ada probe": a capitalised word between an article or a possessive and such a noun
        // names the thing, whatever follows ("the Ada probe team") and whether the tagger named it there or not.
        for (int k = 2; k < n; k++)
        {
            if (char.IsLower(text[starts[k]]) && IsThingNoun(Word(text, starts, ends, k)) && IsCapitalisedWord(text, starts[k - 1], ends[k - 1])
                && Word(text, starts, ends, k - 2) is "the" or "The" or "a" or "an" or "its" or "their" or "'s" or "\u2019s"
                && !WrittenAsSurname(text, output, first, Word(text, starts, ends, k - 1)))
            {
                (things ??= []).Add(TextHash.Exact(Word(text, starts, ends, k - 1)));
            }
        }
        if (things is null)
        {
            return;
        }
        for (int m = output.Count - 1; m >= first; m--)
        {
            if (output[m].Type == EntityType.Person && things.Contains(TextHash.Exact(text.AsSpan(output[m].Span.Start, output[m].Span.Length)))
                && !Gazetteer.TryLookup(text.AsSpan(output[m].Span.Start, output[m].Span.Length), out _))
            {
                output.RemoveAt(m);
            }
        }
    }

    // Nouns for a made thing a name may stand for: craft, devices, software, drugs.
    private static bool IsThingNoun(ReadOnlySpan<char> w) =>
        w is "spacecraft" or "probe" or "capsule" or "satellite" or "rover" or "lander" or "orbiter" or "telescope" or "rocket"
            or "mission" or "missile" or "drone" or "aircraft" or "airliner" or "helicopter" or "submarine" or "warship"
            or "app" or "browser" or "software" or "chatbot" or "robot" or "smartphone" or "console" or "camera" or "device"
            or "drug" or "vaccine" or "pill" or "pesticide" or "herbicide";

    // The noun heads its phrase when no noun follows it: a stop, the sentence's end or a word that goes on about the thing.
    private static bool IsEndOfThingPhrase(string text, int[] starts, int[] ends, int t) =>
        t >= starts.Length || !char.IsLetter(text[starts[t]])
        || Word(text, starts, ends, t) is "that" or "which" or "is" or "was" or "will" or "has" or "had" or "launched" or "built"
            or "made" or "designed" or "developed" or "used" or "for" or "from" or "of" or "in" or "on" or "to" or "with" or "by"
            or "and" or "or" or "at" or "into";

    private static bool IsFunctionWordInPhrase(ReadOnlySpan<char> w) =>
        w is "of" or "for" or "with" or "in" or "at" or "on" or "to" or "from" or "by" or "who" or "that" or "which" or "and" or "or";

    private static bool IsWordAfterShip(ReadOnlySpan<char> w) =>
        w is "was" or "is" or "has" or "had" or "were" or "which" or "that" or "in" or "off" or "on" or "at" or "near" or "from" or "to"
            or "and" or "with" or "carrying" or "sank" or "docked" or "sailed" or "arrived" or "left" or "when" or "after" or "as"
            or "for" or "by" or "under" or "came" or "ran" or "reached" or "been";

    // A lower-case noun for a ship ("tanker", "frigate", "the bulk carrier"): "carrier" alone is also an airline or a telecoms
    // firm, so it counts only after a word that makes it a ship's.
    private static bool IsVesselNoun(string text, int[] starts, int[] ends, int t)
    {
        var w = Word(text, starts, ends, t);
        if (w.Length < 4 || !char.IsLower(w[0]))
        {
            return false;
        }
        if (w is "carrier")
        {
            return t > 0 && Word(text, starts, ends, t - 1) is "bulk" or "aircraft" or "container" or "gas" or "car" or "ore" or "LNG"
                or "helicopter" or "vehicle" or "crude" or "oil" or "chemical";
        }
        return w is "ship" or "vessel" or "tanker" or "freighter" or "frigate" or "destroyer" or "cruiser" or "submarine" or "yacht"
            or "superyacht" or "ferry" or "trawler" or "warship" or "liner" or "dredger" or "icebreaker" or "corvette" or "containership"
            or "supertanker" or "barge" or "schooner" or "tugboat" or "boat" or "gunboat" or "minesweeper" or "flagship"
            or "bulker" or "lifeboat" or "steamer" or "steamship";
    }

    /// <summary>"Glacier collapse buries Alpine hamlet": a title-case headline capitalises its nouns and adjectives, and the
    /// tagger takes one of them alone for a person. A one-word person in a headline before a lower-case word is no name
    /// when it is an ordinary word the document writes in lower case elsewhere ("a glacier collapsed"), or a place's
    /// adjective ("Alpine", "Andean") after a lower-case word.</summary>
    private void NoHeadlineWordAsPerson(string text, int[] starts, int[] ends, List<EntityMention> output, int first, NameContext context)
    {
        for (int m = output.Count - 1; m >= first; m--)
        {
            var span = output[m].Span;
            if (output[m].Type != EntityType.Person)
            {
                continue;
            }
            int t = starts.AsSpan().BinarySearch(span.Start);
            if (t < 0 || ends[t] != span.End || t + 1 >= starts.Length || !char.IsLower(text[starts[t + 1]])
                || text.AsSpan(ends[t], starts[t + 1] - ends[t]).Contains('\n'))
            {
                continue;
            }
            var w = text.AsSpan(span.Start, span.Length);
            bool ordinary = (context.Of(TextHash.Lower(w)) & NameContext.LowerSeen) != 0 && Model.Common.Contains(TextHash.Lower(w));
            bool adjective = w.Length >= 5 && (w.EndsWith("ine", StringComparison.Ordinal) || w.EndsWith("ean", StringComparison.Ordinal))
                && t > 0 && char.IsLower(text[starts[t - 1]]) && !text.AsSpan(ends[t - 1], starts[t] - ends[t - 1]).Contains('\n');
            // The line is read to its end only for such a word: a person before a lower-case word is common in any sentence.
            if ((ordinary || adjective) && InHeadline(text, span.Start))
            {
                output.RemoveAt(m);
            }
        }
    }

    /// <summary>"Coast guard spokesman Nikos Alexiou told …": a one-word person opening a sentence before lower-case words that
    /// end on a role ("guard spokesman") is the first word of that role, capitalised only because it opens the sentence.</summary>
    private static void NoOpeningWordOfARole(string text, int[] starts, int[] ends, ReadOnlySpan<Sentence> sentences, List<EntityMention> output, int first)
    {
        int m = first;
        foreach (var sentence in sentences)
        {
            int t = sentence.FirstToken;
            while (m < output.Count && output[m].Span.Start < starts[t])
            {
                m++;
            }
            if (m >= output.Count || output[m].Span.Start != starts[t] || output[m].Span.End != ends[t] || output[m].Type != EntityType.Person
                || t + 1 >= sentence.EndToken || IsRoleModifier(Word(text, starts, ends, t + 1))
                || OpensAnotherName(text, output, first, m, Word(text, starts, ends, t + 1)))
            {
                continue;
            }
            for (int k = t + 1; k < sentence.EndToken && k <= t + 2 && ends[k] > starts[k] && char.IsLower(text[starts[k]]); k++)
            {
                if (RoleWords.IsRoleHead(Word(text, starts, ends, k)))
                {
                    output.RemoveAt(m);
                    break;
                }
            }
        }
    }

    /// <summary>"Cybersecurity analyst Rui Tanaka said …": a one-word body or place opening a sentence before a lower-case
    /// expert's noun and a person's name is the field the expert works in, capitalised only because it opens the sentence,
    /// where it is an ordinary word or has a field's ending ("-ity", "-ics", "-ogy", "-ion", "-ism") or the document writes it
    /// in lower case, the gazetteer does not know it and the document never writes it capitalised mid-sentence.</summary>
    /// <remarks>A firm's analyst is written so too ("Jefferies analyst Sam Hale"): a name, not a field, hence the word
    /// tests. A spokesman or a chief is a body's own, and not read.</remarks>
    private void NoFieldWordBeforeAnExpert(string text, int[] starts, int[] ends, ReadOnlySpan<Sentence> sentences, List<EntityMention> output,
        int first, NameContext context)
    {
        int m = first;
        foreach (var sentence in sentences)
        {
            int t = sentence.FirstToken;
            while (m < output.Count && output[m].Span.Start < starts[t])
            {
                m++;
            }
            if (m + 1 >= output.Count || output[m].Span.Start != starts[t] || output[m].Span.End != ends[t]
                || output[m].Type is not (EntityType.Org or EntityType.Loc) || t + 2 >= sentence.EndToken
                || !IsExpertsNoun(Word(text, starts, ends, t + 1)) || output[m + 1].Type != EntityType.Person || output[m + 1].Span.Start != starts[t + 2])
            {
                continue;
            }
            var w = Word(text, starts, ends, t);
            byte of = context.Of(TextHash.Lower(w));
            if ((of & NameContext.CapitalMid) != 0 || Gazetteer.TryLookupToken(w, out _)
                || !(Model.Common.Contains(TextHash.Lower(w)) || (of & NameContext.LowerSeen) != 0 || HasFieldsEnding(w)))
            {
                continue;
            }
            output.RemoveAt(m);
        }

        static bool IsExpertsNoun(ReadOnlySpan<char> w) =>
            w is "analyst" or "expert" or "researcher" or "specialist" or "consultant" or "economist" or "strategist" or "scientist"
                or "commentator" or "adviser" or "advisor";

        static bool HasFieldsEnding(ReadOnlySpan<char> w) =>
            w.Length > 6 && (w.EndsWith("ity", StringComparison.Ordinal) || w.EndsWith("ics", StringComparison.Ordinal)
                || w.EndsWith("ogy", StringComparison.Ordinal) || w.EndsWith("ion", StringComparison.Ordinal) || w.EndsWith("ism", StringComparison.Ordinal));
    }

    /// <summary>"A. Anasazi", "B. Cherokee", "C. Aztec": a capital letter with a full stop that opens a sentence, where another
    /// sentence of the document opens with the letter before or after it, labels a choice in a list, not a person's initial;
    /// a name the tagger opened on it is the name after it.</summary>
    private static void NoAnswerLetterInName(string text, int[] starts, int[] ends, ReadOnlySpan<Sentence> sentences, List<EntityMention> output, int first)
    {
        int m = first;
        foreach (var sentence in sentences)
        {
            int t = sentence.FirstToken;
            while (m < output.Count && output[m].Span.Start < starts[t])
            {
                m++;
            }
            if (m >= output.Count || output[m].Span.Start != starts[t] || output[m].Span.End <= ends[t] || !IsAnswerLetter(text, starts[t], ends[t]))
            {
                continue;
            }
            char letter = text[starts[t]];
            bool listed = false;
            foreach (var other in sentences)
            {
                int o = other.FirstToken;
                if (other.TokenCount > 0 && IsAnswerLetter(text, starts[o], ends[o]) && Math.Abs(text[starts[o]] - letter) == 1)
                {
                    listed = true;
                    break;
                }
            }
            if (listed && t + 1 < sentence.FirstToken + sentence.TokenCount)
            {
                output[m] = new EntityMention(new TextSpan(starts[t + 1], output[m].Span.End), output[m].Type);
            }
        }
    }

    private static bool IsAnswerLetter(string text, int start, int end) =>
        end - start == 2 && text[start] is >= 'A' and <= 'H' && text[start + 1] == '.';

    /// <summary>"The Carlos III Health Institute", "the Pius XII Hospital": a name never opens on a Roman numeral; where the
    /// tagger's name does, the capitalised word before it, named by nothing else, is the ruler's name the numeral belongs to.</summary>
    private static void RegnalNameBeforeItsNumeral(string text, int[] starts, int[] ends, List<EntityMention> output, int first)
    {
        for (int m = first; m < output.Count; m++)
        {
            var span = output[m].Span;
            int t = starts.AsSpan().BinarySearch(span.Start);
            if (t < 1 || !IsRomanNumeral(Word(text, starts, ends, t)) || ends[t - 1] + 1 != starts[t]
                || !IsTitleCaseWord(text, starts[t - 1], ends[t - 1]) || IsFunctionWordOpener(Word(text, starts, ends, t - 1))
                || m > first && output[m - 1].Span.End > starts[t - 1])
            {
                continue;
            }
            output[m] = output[m] with { Span = new TextSpan(starts[t - 1], span.End) };
        }
    }

    // "II" to "XXX" in capitals; "I" alone is the pronoun, and a lone "X" or "V" a letter.
    private static bool IsRomanNumeral(ReadOnlySpan<char> w)
    {
        if (w.Length is < 2 or > 5)
        {
            return false;
        }
        foreach (char c in w)
        {
            if (c is not ('I' or 'V' or 'X'))
            {
                return false;
            }
        }
        return true;
    }

    // "Sunrise managing director V. K. Reddy", "Tesla chief executive …": a body's name before its officer's role.
    private static bool IsRoleModifier(ReadOnlySpan<char> w) =>
        w is "chief" or "managing" or "deputy" or "senior" or "executive" or "general" or "vice" or "acting" or "interim" or "former"
            or "head" or "finance" or "operating";

    // "Sunrise Formulations Ltd … Sunrise managing director": the first word of a longer name in the document is that name;
    // "Coast Guard … Coast guard spokesman" writes the same two words, the name's own, lower-cased as a role.
    private static bool OpensAnotherName(string text, List<EntityMention> output, int first, int m, ReadOnlySpan<char> next)
    {
        var word = text.AsSpan(output[m].Span.Start, output[m].Span.Length);
        for (int o = first; o < output.Count; o++)
        {
            var span = output[o].Span;
            if (o == m || span.Length <= word.Length + 1 || text[span.Start + word.Length] != ' ' || !text.AsSpan(span.Start, word.Length).SequenceEqual(word))
            {
                continue;
            }
            var rest = text.AsSpan(span.Start + word.Length + 1, span.End - span.Start - word.Length - 1);
            int space = rest.IndexOf(' ');
            if (!(space < 0 ? rest : rest[..space]).Equals(next, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"sea surface salinity ( SSS )", "gross domestic product (GDP)": an acronym the document defines by words in
    /// lower case, whose initials spell it, is a term, not a name, wherever the tagger named it; so is one spelled by
    /// capitalised words after "a" or "an" ("a System Under Test ( SUT )", <see cref="IsSpelledAfterIndefinite"/>).</summary>
    /// <remarks>Once per document; allocates only when the document defines such a term. A known acronym (the gazetteer's)
    /// keeps its name.</remarks>
    private void NoTermAcronym(string text, int[] starts, int[] ends, ReadOnlySpan<Sentence> sentences, List<EntityMention> output, int first)
    {
        HashSet<ulong>? terms = null;
        foreach (var sentence in sentences)
        {
            for (int t = sentence.FirstToken + 2; t + 2 < sentence.EndToken; t++)
            {
                if (ends[t] - starts[t] != 1 || text[starts[t]] != '(' || ends[t + 2] - starts[t + 2] != 1 || text[starts[t + 2]] != ')')
                {
                    continue;
                }
                var acronym = Word(text, starts, ends, t + 1);
                if (!IsAllUpperLetters(acronym) && acronym.Length > 2 && acronym[^1] == 's')
                {
                    acronym = acronym[..^1]; // "non-governmental organisations (NGOs)"
                }
                if (acronym.Length is >= 2 and <= 6 && IsAllUpperLetters(acronym) && !Gazetteer.TryLookup(acronym, out _)
                    && (IsSpelledBefore(text, starts, ends, sentence.FirstToken, t, acronym)
                        || IsSpelledAfterIndefinite(text, starts, ends, sentence.FirstToken, sentence.EndToken, t, acronym)))
                {
                    (terms ??= []).Add(TextHash.Exact(acronym));
                }
            }
        }
        if (terms is null)
        {
            return;
        }
        for (int m = output.Count - 1; m >= first; m--)
        {
            var surface = text.AsSpan(output[m].Span.Start, output[m].Span.Length);
            if (surface.Length > 1 && surface[^1] == 's')
            {
                var bare = surface[..^1];
                if (IsAllUpperLetters(bare) && terms.Contains(TextHash.Exact(bare)))
                {
                    output.RemoveAt(m);
                    continue;
                }
            }
            if (surface.Length <= 6 && terms.Contains(TextHash.Exact(surface)))
            {
                output.RemoveAt(m);
            }
        }
    }

    /// <summary>"The Nordic Ferry Association warned … NFA chairman Lars Dahl said": an acronym in capitals that stands before a
    /// role in lower case and spells the initials of a body the document names is that body, where the tagger named nothing.</summary>
    /// <remarks>Once per document; looks only where the document names a body of two words or more.</remarks>
    private static void AcronymBeforeRole(string text, int[] starts, int[] ends, ReadOnlySpan<Sentence> sentences, List<EntityMention> output, int first)
    {
        bool anyBody = false;
        for (int m = first; m < output.Count && !anyBody; m++)
        {
            anyBody = output[m].Type == EntityType.Org && text.AsSpan(output[m].Span.Start, output[m].Span.Length).Contains(' ');
        }
        if (!anyBody)
        {
            return;
        }
        int next = first; // the first mention that does not end before the token
        foreach (var sentence in sentences)
        {
            for (int t = sentence.FirstToken; t + 1 < sentence.EndToken; t++)
            {
                int length = ends[t] - starts[t];
                if (length is < 2 or > 6 || text[starts[t]] is < 'A' or > 'Z')
                {
                    continue;
                }
                var acronym = Word(text, starts, ends, t);
                var role = Word(text, starts, ends, t + 1);
                if (!IsAllUpperLetters(acronym) || !char.IsLower(role[0]) || !RoleWords.IsRoleWord(role))
                {
                    continue;
                }
                while (next < output.Count && output[next].Span.End <= starts[t])
                {
                    next++;
                }
                if (next < output.Count && output[next].Span.Start < ends[t])
                {
                    continue; // already named, or inside a name
                }
                for (int m = first; m < output.Count; m++)
                {
                    var body = output[m];
                    var surface = text.AsSpan(body.Span.Start, body.Span.Length);
                    if (body.Type == EntityType.Org && surface.Contains(' ') && Aliases.NameKey.SpellsInitials(surface, acronym))
                    {
                        output.Insert(next, new EntityMention(new TextSpan(starts[t], ends[t]), EntityType.Org));
                        next++;
                        break;
                    }
                }
            }
        }
    }

    /// <summary>Whether the words in lower case right before token <paramref name="bracket"/> have the acronym's letters as
    /// their initials (a spaced hyphen between them is skipped: "low - frequency").</summary>
    private static bool IsSpelledBefore(string text, int[] starts, int[] ends, int sentenceFirst, int bracket, ReadOnlySpan<char> acronym)
    {
        int letter = acronym.Length - 1;
        for (int w = bracket - 1; w >= sentenceFirst && letter >= 0; w--)
        {
            var word = Word(text, starts, ends, w);
            if (word is "-")
            {
                continue;
            }
            if (!char.IsLower(word[0]) || char.ToUpperInvariant(word[0]) != acronym[letter])
            {
                return false;
            }
            letter--;
        }
        return letter < 0;
    }

    /// <summary>"introducing errors into a System Under Test ( SUT ) .": capitalised words after "a" or "an", each opening with
    /// one of the acronym's letters, spell a kind of thing, not a body, when the acronym heads its phrase (no word follows the
    /// bracket but a stop or a function word: "a Rapid Support Forces ( RSF ) commander" names the body).</summary>
    private static bool IsSpelledAfterIndefinite(string text, int[] starts, int[] ends, int sentenceFirst, int sentenceEnd, int bracket,
        ReadOnlySpan<char> acronym)
    {
        int close = bracket + 2;
        if (close + 1 < sentenceEnd)
        {
            var after = Word(text, starts, ends, close + 1);
            if (char.IsLetter(after[0]) && !IsFunctionWordInPhrase(after) && after is not ("is" or "are" or "was" or "were"))
            {
                return false;
            }
        }
        int w = bracket - 1;
        for (int letter = acronym.Length - 1; letter >= 0; letter--, w--)
        {
            if (w < sentenceFirst)
            {
                return false;
            }
            var word = Word(text, starts, ends, w);
            if (word.Length < 2 || !char.IsUpper(word[0]) || word[0] != acronym[letter])
            {
                return false;
            }
        }
        return w >= sentenceFirst && Word(text, starts, ends, w) is "a" or "an";
    }

    /// <summary>"Washington , D.C.", "Paris, France": the mention is followed by a comma and a place, as a city by its region.</summary>
    private static bool BeforeItsRegion(string text, List<EntityMention> output, int m)
    {
        if (m + 1 >= output.Count || output[m + 1].Type is not (EntityType.Gpe or EntityType.Loc))
        {
            return false;
        }
        var gap = text.AsSpan(output[m].Span.End, Math.Max(0, output[m + 1].Span.Start - output[m].Span.End));
        return gap.Trim() is ",";
    }

    /// <summary>Whether the word is only the capitals A to Z, at least one.</summary>
    internal static bool IsAllUpperLetters(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }
        return w.Length > 0;
    }

    /// <summary>"X is a city of", "X, a town in", "the suburb of X": the mention is defined as a place by the words around it.</summary>
    private static bool IsDefinedAsPlace(string text, int[] starts, int[] ends, int tokenCount, TextSpan span)
    {
        int from = starts.AsSpan(0, tokenCount).BinarySearch(span.Start);
        int last = ends.AsSpan(0, tokenCount).BinarySearch(span.End);
        if (from < 0 || last < 0)
        {
            return false;
        }
        if (from >= 2 && Word(text, starts, ends, from - 1) is "of" && IsPlaceNoun(Word(text, starts, ends, from - 2)))
        {
            return true;
        }
        if (IsListedAfterPlacesNoun(text, starts, ends, tokenCount, from, last))
        {
            return true;
        }
        int t = last + 1;
        if (t >= tokenCount || Word(text, starts, ends, t) is not ("is" or "was" or ","))
        {
            return false;
        }
        t++;
        // "Turkana is one of the poorest counties in Kenya".
        bool oneOf = t + 2 < tokenCount && Word(text, starts, ends, t) is "one" && Word(text, starts, ends, t + 1) is "of" && Word(text, starts, ends, t + 2) is "the";
        if (oneOf)
        {
            t += 3;
        }
        else if (t < tokenCount && Word(text, starts, ends, t) is "a" or "an" or "the")
        {
            t++;
        }
        for (int k = 0; k < 3 && t < tokenCount; k++, t++)
        {
            var w = Word(text, starts, ends, t);
            if (oneOf && w is "cities" or "towns" or "villages" or "counties" or "provinces" or "districts" or "regions" or "ports" or "islands")
            {
                return true;
            }
            if (IsPlaceNoun(w))
            {
                if (t + 1 >= tokenCount)
                {
                    return true;
                }
                var next = Word(text, starts, ends, t + 1);
                return !char.IsLetter(next[0]) && next is not ("'s" or "\u2019s")
                    || next is "of" or "in" or "on" or "near" or "north" or "south" or "east" or "west" or "that" or "which"
                        or "where" or "with" or "and" or "known" or "located" or "famous";
            }
            if (w.Length == 0 || !char.IsLower(w[0]))
            {
                return false;
            }
        }
        return false;
    }

    // "the islands Marelle, Petite Vanne and Cap Sorel", "villages such as Brenzio and Valcorta": a name listed after a plural
    // noun for a kind of place (NameCues' list, which types it there) defines it as a place for the whole document. Right after
    // the noun, without "of", "such as", "including" or ":", the name must be one of a list of two or more.
    private static bool IsListedAfterPlacesNoun(string text, int[] starts, int[] ends, int tokenCount, int from, int last)
    {
        int b = from - 1;
        bool listed = false;
        while (b >= 0 && from - b < 24)
        {
            var w = Word(text, starts, ends, b);
            if (w is "," or "and" or "or")
            {
                listed = true;
            }
            else if (!(IsCapitalisedWord(text, starts[b], ends[b]) || w is "-" || b > 0 && NameCues.IsPlaceParticle(w)
                && IsCapitalisedWord(text, starts[b - 1], ends[b - 1])))
            {
                break;
            }
            b--;
        }
        if (b < 1 || from - b >= 24)
        {
            return false;
        }
        var link = Word(text, starts, ends, b);
        bool linked = true;
        if (link is "of" or "including" or ":")
        {
            b--;
        }
        else if (link is "as" && Word(text, starts, ends, b - 1) is "such")
        {
            b -= 2;
        }
        else
        {
            linked = false;
        }
        if (b < 0 || !NameCues.IsPlacesNoun(Word(text, starts, ends, b)))
        {
            return false;
        }
        return linked || listed
            || last + 2 < tokenCount && Word(text, starts, ends, last + 1) is "," or "and" && IsCapitalisedWord(text, starts[last + 2], ends[last + 2]);
    }

    /// <summary>A name the tagger cut short where the document writes it whole elsewhere ("hits Tana Minerals" in a headline
    /// found as "Tana", or as "Tana" and "Minerals", beside "Tana Minerals shares fell"; "Mantis" after "Silver" beside "Silver
    /// Mantis") is the whole name.</summary>
    /// <remarks>Once per document; quadratic in its mentions, each pair turned down on its first letter (a name that begins a
    /// longer one) or, for people and bodies that begin none, its last letter (a name that ends one).</remarks>
    private void JoinSplitNames(string text, List<EntityMention> output, int first)
    {
        for (int m = first; m < output.Count; m++)
        {
            var span = output[m].Span;
            var surface = text.AsSpan(span.Start, span.Length);
            int longest = span.Length;
            var type = output[m].Type;
            char opening = text[span.Start];
            // Every mention against every other: the first letter is tested first, as it rules out nearly all pairs.
            var mentions = CollectionsMarshal.AsSpan(output);
            for (int o = first; o < mentions.Length; o++)
            {
                var other = mentions[o].Span;
                int length = other.Length;
                if (text[other.Start] != opening || length <= longest || span.Start + length > text.Length || text[other.Start + span.Length] != ' '
                    || !text.AsSpan(other.Start, span.Length).SequenceEqual(surface)
                    || !text.AsSpan(span.Start, length).SequenceEqual(text.AsSpan(other.Start, length))
                    || span.Start + length < text.Length && char.IsLetterOrDigit(text[span.Start + length]))
                {
                    continue;
                }
                longest = length;
                type = mentions[o].Type;
            }
            if (longest == span.Length)
            {
                JoinToLongerEnd(text, output, first, m);
                continue;
            }
            int end = span.Start + longest;
            int inside = m + 1;
            while (inside < output.Count && output[inside].Span.Start < end && output[inside].Span.End <= end)
            {
                inside++;
            }
            if (inside < output.Count && output[inside].Span.Start < end)
            {
                continue; // a name running on past the whole one: leave both
            }
            output[m] = output[m] with { Span = new TextSpan(span.Start, end), Type = type };
            output.RemoveRange(m + 1, inside - m - 1);
        }
    }

    /// <summary>"Mantis" where the document writes "Silver Mantis" elsewhere and the words before it here are "Silver": the
    /// tagger left out an ordinary word that opens the name, and the mention is the whole name, with its type.</summary>
    private void JoinToLongerEnd(string text, List<EntityMention> output, int first, int m)
    {
        var span = output[m].Span;
        var surface = text.AsSpan(span.Start, span.Length);
        if (output[m].Type is not (EntityType.Person or EntityType.Org))
        {
            return;
        }
        char closing = surface[^1];
        int floor = m > first ? output[m - 1].Span.End : 0;
        var mentions = CollectionsMarshal.AsSpan(output);
        for (int o = first; o < mentions.Length; o++)
        {
            var other = mentions[o].Span;
            int extra = other.Length - span.Length;
            if (text[other.End - 1] != closing || extra < 2 || span.Start - extra < floor || text[other.End - span.Length - 1] != ' '
                || mentions[o].Type is not (EntityType.Org or EntityType.Person)
                || !text.AsSpan(other.End - span.Length, span.Length).SequenceEqual(surface)
                || !text.AsSpan(span.Start - extra, extra).SequenceEqual(text.AsSpan(other.Start, extra))
                || span.Start - extra > 0 && char.IsLetterOrDigit(text[span.Start - extra - 1]))
            {
                continue;
            }
            // "Canada" of "Fan Expo Canada" is the country wherever the text writes it: a known name stays what it is.
            if (!Gazetteer.TryLookup(surface, out _))
            {
                output[m] = new EntityMention(new TextSpan(span.Start - extra, span.End), mentions[o].Type);
            }
            return;
        }
    }

    /// <summary>"between Oslo and Kiel", "Kiel or Hamburg": a one-word name joined by "and"/"or" to a place is a place,
    /// unless the document also writes it as the surname of a longer name.</summary>
    private static bool IsCoordinatedWithPlace(string text, List<EntityMention> output, int first, int m)
    {
        var span = output[m].Span;
        var surface = text.AsSpan(span.Start, span.Length);
        if (IsListedWithPlaces(text, output, first, m))
        {
            return !WrittenAsSurname(text, output, first, surface);
        }
        if (surface.Contains(' '))
        {
            return false;
        }
        // Only a pair after a lower-case word and before no capital ("attacks on Aleppo and Daraya"), not names inside
        // titles ("Secretary of State Kerry and U.S. Secretary of Defense Ash Carter").
        bool placeBefore = m > first && output[m - 1].Type is EntityType.Gpe or EntityType.Loc
            && text.AsSpan(output[m - 1].Span.End, span.Start - output[m - 1].Span.End) is " and " or " or "
            && AfterLowerWord(text, output[m - 1].Span.Start) && !BeforeCapital(text, span.End);
        bool placeAfter = m + 1 < output.Count && output[m + 1].Type is EntityType.Gpe or EntityType.Loc
            && text.AsSpan(span.End, output[m + 1].Span.Start - span.End) is " and " or " or "
            && AfterLowerWord(text, span.Start) && !BeforeCapital(text, output[m + 1].Span.End);
        return (placeBefore || placeAfter) && !WrittenAsSurname(text, output, first, surface);
    }

    /// <summary>Whether a person's name among <paramref name="output"/> from <paramref name="first"/> on ends in the word
    /// <paramref name="surface"/> ("Andrew Jackson" for "Jackson").</summary>
    internal static bool WrittenAsSurname(string text, List<EntityMention> output, int first, ReadOnlySpan<char> surface)
    {
        for (int o = first; o < output.Count; o++)
        {
            var other = text.AsSpan(output[o].Span.Start, output[o].Span.Length);
            if (output[o].Type == EntityType.Person && other.Length > surface.Length + 1 && other.EndsWith(surface, StringComparison.Ordinal)
                && other[other.Length - surface.Length - 1] == ' ')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Cities served are Tulsa, Sand Springs, Sapulpa, Jenks, and Broken Arrow": a name in a list of three or more
    /// names closed by "and"/"or", of which at least two others are places, is a place.</summary>
    private static bool IsListedWithPlaces(string text, List<EntityMention> output, int first, int m)
    {
        int to = m;
        bool closed = false;
        int gap;
        while (to + 1 < output.Count && (gap = ListGap(text, output[to].Span.End, output[to + 1].Span.Start)) > 0)
        {
            to++;
            if (gap == 2)
            {
                closed = true;
                break;
            }
        }
        int from = m;
        if (!closed && m > first && ListGap(text, output[m - 1].Span.End, output[m].Span.Start) == 2)
        {
            closed = true; // the last member
            from--;
        }
        // Commas only on the left: an earlier "and" closes another list.
        while (from > first && ListGap(text, output[from - 1].Span.End, output[from].Span.Start) == 1)
        {
            from--;
        }
        if (!closed || to - from < 2)
        {
            return false;
        }
        int places = 0;
        for (int o = from; o <= to; o++)
        {
            if (o != m && output[o].Type is EntityType.Gpe or EntityType.Loc)
            {
                places++;
            }
        }
        return places >= 2;
    }

    /// <summary>1 for a comma between two names, 2 for "and"/"or" (after a comma or not), 0 for anything else.</summary>
    private static int ListGap(string text, int end, int start)
    {
        if (start <= end || start - end > 8)
        {
            return 0;
        }
        var gap = text.AsSpan(end, start - end).Trim();
        return gap switch
        {
            "," => 1,
            "and" or "or" or ", and" or ",and" or ", or" or ",or" => 2,
            _ => 0,
        };
    }

    private static bool AfterLowerWord(string text, int start)
    {
        int p = start - 1;
        while (p >= 0 && text[p] == ' ')
        {
            p--;
        }
        while (p > 0 && char.IsLetter(text[p - 1]))
        {
            p--;
        }
        return p >= 0 && char.IsLower(text[p]);
    }

    private static bool BeforeCapital(string text, int end)
    {
        int p = end;
        while (p < text.Length && text[p] == ' ')
        {
            p++;
        }
        return p < text.Length && char.IsUpper(text[p]);
    }

    /// <summary>"Datatilsynet, the Norwegian data protection authority,": a name set off by a comma before "the/a" and a
    /// noun for a body is that body.</summary>
    private static bool IsDefinedAsBody(string text, int[] starts, int[] ends, int tokenCount, TextSpan span)
    {
        int last = ends.AsSpan(0, tokenCount).BinarySearch(span.End);
        if (last < 0 || last + 3 >= tokenCount || Word(text, starts, ends, last + 1) is not "," || Word(text, starts, ends, last + 2) is not ("the" or "a" or "an"))
        {
            return false;
        }
        for (int t = last + 3; t < tokenCount && t < last + 8; t++)
        {
            var w = Word(text, starts, ends, t);
            // "Anna Berg, a spokeswoman at the agency": the phrase's head comes before its preposition, and a body's noun
            // after it is where the person works.
            if (w.Length == 0 || !char.IsLetter(w[0]) || w is "at" or "of" or "with" or "for" or "in" or "from" or "on" or "to" or "within"
                || NewsSpanRules.IsLowerCasePersonWord(w))
            {
                return false;
            }
            if (EntityHeads.IsBodyNoun(w) || w is "authority" or "agency" or "regulator")
            {
                // "Dargahli, the ministry's spokesman,": a body in the possessive holds the phrase's head, which comes after.
                if (t + 1 < tokenCount && Word(text, starts, ends, t + 1) is "'s" or "\u2019s")
                {
                    return false;
                }
                return t + 1 >= tokenCount || !char.IsLetter(Word(text, starts, ends, t + 1)[0])
                    || Word(text, starts, ends, t + 1) is "that" or "which" or "for" or "of" or "in";
            }
        }
        return false;
    }

    // "the ruling Moldovan Harvest party … Moldovan Harvest said": a body named before "party" or "movement" is that party
    // wherever the tagger took its name for a person or a place.
    private static bool IsBeforePartyNoun(string text, int[] starts, int[] ends, int tokenCount, TextSpan span)
    {
        int last = ends.AsSpan(0, tokenCount).BinarySearch(span.End);
        return last >= 0 && last + 1 < tokenCount && span.Length > 4 && NameShapes.IsPartyNoun(Word(text, starts, ends, last + 1));
    }

    /// <summary>"Shares in X", "stake in X", "X shares fell", "X's shareholders", "X chief executive", "X's chairman": words
    /// that only a company stands beside.</summary>
    private static bool IsInCompanyContext(string text, int[] starts, int[] ends, int tokenCount, TextSpan span)
    {
        int from = starts.AsSpan(0, tokenCount).BinarySearch(span.Start);
        int last = ends.AsSpan(0, tokenCount).BinarySearch(span.End);
        if (from < 0 || last < 0)
        {
            return false;
        }
        if (from >= 2 && Word(text, starts, ends, from - 1) is "in" or "of" && Word(text, starts, ends, from - 2) is "Shares" or "shares" or "stake" or "Stake")
        {
            return true;
        }
        int t = last + 1;
        bool possessive = t < tokenCount && Word(text, starts, ends, t) is "'s" or "\u2019s";
        if (possessive)
        {
            t++;
        }
        if (t >= tokenCount)
        {
            return false;
        }
        var w = Word(text, starts, ends, t);
        if (w is "shareholders" or "chairman" or "chairwoman" or "CEO" || possessive && w is "shares" or "stock" or "share")
        {
            return true;
        }
        if (t + 1 >= tokenCount)
        {
            return false;
        }
        var next = Word(text, starts, ends, t + 1);
        // "shares" after a name is a verb as often as a noun ("Halvorsen shares the concern"); before a market verb it is stock.
        return w is "chief" && next is "executive" or "financial" or "operating"
            || w is "shares" && next is "fell" or "rose" or "jumped" or "dropped" or "slid" or "climbed" or "plunged" or "tumbled" or "gained" or "were"
            || !possessive && IsPercentageMove(text, starts, ends, tokenCount, t);
    }

    /// <summary>"Paks said in a statement", "Kestrel said it had grounded its fleet", "Norrvik said it was reviewing the
    /// claims": one word (or two, see below) that speaks in a statement, or that says what "it" has done, will do or is doing,
    /// and that no fuller person name of the document holds ("Smith said in a statement" after "Anna Smith") is a body's or
    /// company's name.</summary>
    private bool IsOneWordStatement(string text, int[] starts, int[] ends, int tokenCount, TextSpan span)
    {
        int last = ends.AsSpan(0, tokenCount).BinarySearch(span.End);
        if (last < 0 || last + 4 >= tokenCount || Word(text, starts, ends, last + 1) is not ("said" or "says"))
        {
            return false;
        }
        // "Arden Farms said it was examining …": two capitalised words as well, when one of them is an ordinary word, as
        // few persons' names have one, and nothing before them makes them a person ("Spokeswoman Anna Lindqvist said it
        // was …" speaks for a body named earlier; so may "Anna Lindqvist" alone, whose words are no ordinary ones).
        bool two = last > 0 && starts[last - 1] == span.Start
            && (Model.Common.Contains(TextHash.Lower(Word(text, starts, ends, last))) || Model.Common.Contains(TextHash.Lower(Word(text, starts, ends, last - 1)))
                || IsIndustryWord(Word(text, starts, ends, last)) || IsOtherCompanyHead(Word(text, starts, ends, last)) || EntityHeads.IsCompanyHead(Word(text, starts, ends, last)));
        if (starts[last] != span.Start && !(two && (last == 1 || !IsPersonsCue(Word(text, starts, ends, last - 2)))))
        {
            return false;
        }
        if (Word(text, starts, ends, last + 2) is "in" && Word(text, starts, ends, last + 3) is "a"
            && Word(text, starts, ends, last + 4) is "statement" or "filing" or "release")
        {
            return true;
        }
        int it = Word(text, starts, ends, last + 2) is "that" ? last + 3 : last + 2;
        return it + 2 < tokenCount && Word(text, starts, ends, it) is "it"
            && (IsItsDeed(text, starts, ends, it + 1) || IsItsDoing(text, starts, ends, tokenCount, it + 1));
    }

    // A word before a name that makes it a person's: a title or role ("Spokeswoman"), a person's noun, or a comma or
    // bracket of an apposition ("the firm's spokeswoman, Anna Lindqvist, said").
    private static bool IsPersonsCue(ReadOnlySpan<char> w) =>
        w is "," or "(" || RoleWords.IsRoleWord(w) || NewsSpanRules.IsLowerCasePersonWord(w);

    // "it was reviewing the claims", "it is working with the police", "it was aware of", "it was disappointed by": what a
    // body is doing or how it stands. A person's "it" is a thing or the weather ("it was raining", "it was getting worse",
    // "it was disappointing that …"), so an "-ing" word counts only before what it acts on (an article, a possessive, a
    // preposition of dealing), and of other words only those that need someone to feel them.
    private static bool IsItsDoing(string text, int[] starts, int[] ends, int tokenCount, int t)
    {
        if (Word(text, starts, ends, t) is not ("was" or "is") || t + 2 >= tokenCount)
        {
            return false;
        }
        var next = Word(text, starts, ends, t + 1);
        if (next is "not" or "also" or "now" or "still" or "already" or "currently" or "actively" or "closely")
        {
            next = Word(text, starts, ends, ++t + 1);
            if (t + 2 >= tokenCount)
            {
                return false;
            }
        }
        if (next is "aware" or "unaware" or "disappointed" or "saddened" or "confident" or "pleased" or "surprised" or "committed")
        {
            return true;
        }
        if (next.Length < 6 || !next.EndsWith("ing", StringComparison.Ordinal) || !char.IsLower(next[0])
            || next is "going" or "getting" or "becoming" or "being" or "raining" or "snowing" or "starting" or "beginning" or "nothing" or "something")
        {
            return false;
        }
        return Word(text, starts, ends, t + 2) is "the" or "a" or "an" or "its" or "all" or "any" or "every" or "this" or "these" or "those"
            or "with" or "into" or "whether" or "how" or "legal" or "options" or "reports" or "claims";
    }

    // "it had cancelled", "it would refund", "it plans to": what a body did or will do. A person's "it" is a thing judged
    // ("he said it was a mistake", "it would be wrong", "it had been a hard year"), so "was", "is" and a following "be" or
    // "been" do not count.
    private static bool IsItsDeed(string text, int[] starts, int[] ends, int t)
    {
        var verb = Word(text, starts, ends, t);
        if (verb is "plans" or "planned" or "expects" or "expected" or "intends" or "intended" or "aims" or "hopes" or "hoped")
        {
            return true;
        }
        if (verb is not ("had" or "has" or "would" or "will" or "could" or "can" or "may"))
        {
            return false;
        }
        var next = Word(text, starts, ends, t + 1);
        return next.Length > 2 && char.IsLower(next[0]) && next is not ("be" or "been" or "not" or "never" or "no" or "a" or "the" or "to");
    }

    private static bool IsWordOfFullPerson(string text, List<EntityMention> output, int first, TextSpan span)
    {
        var word = text.AsSpan(span.Start, span.Length);
        for (int m = first; m < output.Count; m++)
        {
            var other = output[m];
            if (other.Type != EntityType.Person || other.Span.Length <= span.Length)
            {
                continue;
            }
            var rest = text.AsSpan(other.Span.Start, other.Span.Length);
            for (int space = rest.IndexOf(' '); ; space = rest.IndexOf(' '))
            {
                if ((space < 0 ? rest : rest[..space]).SequenceEqual(word))
                {
                    return true;
                }
                if (space < 0)
                {
                    break;
                }
                rest = rest[(space + 1)..];
            }
        }
        return false;
    }

    // "X was up 1.5 percent", "X fell 3%", "X gained 2.4 per cent": a name that moves by a percentage is a listed company's.
    private static bool IsPercentageMove(string text, int[] starts, int[] ends, int tokenCount, int t)
    {
        var verb = Word(text, starts, ends, t);
        int number = t + 1;
        if (verb is "was" or "were" or "closed" or "ended" or "finished" or "traded")
        {
            if (Word(text, starts, ends, t + 1) is not ("up" or "down" or "higher" or "lower"))
            {
                return false;
            }
            number++;
        }
        else if (verb is not ("rose" or "fell" or "gained" or "lost" or "jumped" or "slid" or "dropped" or "climbed" or "tumbled" or "plunged" or "slumped" or "surged" or "soared" or "sank" or "edged"))
        {
            return false;
        }
        if (number + 1 >= tokenCount || !char.IsDigit(text[starts[number]]))
        {
            return false;
        }
        var unit = Word(text, starts, ends, number + 1);
        return unit is "percent" or "%" or "per" || text[ends[number] - 1] == '%';
    }

    private static bool IsPlaceNoun(ReadOnlySpan<char> w) =>
        w is "city" or "town" or "village" or "capital" or "port" or "suburb" or "district" or "province" or "county"
            or "municipality" or "island" or "hamlet" or "borough" or "neighbourhood" or "neighborhood" or "settlement"
            or "river" or "lake" or "resort" or "oblast" or "parish";

    /// <summary>Whether a mention's tokens are a known phrase (without allocating, unlike the text look-up).</summary>
    private bool IsKnown(string text, int[] starts, int[] ends, int tokenCount, TextSpan span)
    {
        int from = starts.AsSpan(0, tokenCount).BinarySearch(span.Start);
        if (from < 0)
        {
            return false;
        }
        int to = from;
        while (to < tokenCount && ends[to] <= span.End)
        {
            to++;
        }
        // "Korea" alone is typed a place by KoreaAlone, as a known phrase would be: the document's context does not retype it.
        return to > from && ends[to - 1] == span.End
            && (Gazetteer.TryLookup(text, starts, ends, from, to, out _) || to == from + 1 && Word(text, starts, ends, from) is "Korea");
    }

    private static bool IsBodyWordAlone(ReadOnlySpan<char> w) =>
        w is "Army" or "Navy" or "Party" or "Parliament" or "Congress" or "Senate" or "Government" or "Regime" or "Corps" or "Brigade"
            or "Battalion" or "Regiment" or "Fleet" or "Coalition" or "Alliance" or "Cabinet" or "Academy" or "Ministry" or "Council"
            or "Committee" or "Agency" or "Police" or "University" or "Federation" or "Commission";

    private static bool IsShipPrefix(ReadOnlySpan<char> w) =>
        w is "USS" or "USNS" or "HMS" or "HMAS" or "HMCS" or "HMNZS" or "FS" or "INS" or "RFS" or "ROKS" or "JS" or "TCG" or "ARA"
            or "MV" or "MT" or "KM" or "RV" or "FV"; // motor vessel, motor tanker, Indonesian "kapal motor", research and fishing vessels

    // Legal forms written before a company's name: Indonesian "PT", Russian and Ukrainian joint-stock forms.
    internal static bool IsLegalPrefix(ReadOnlySpan<char> w) => w is "PT" or "PJSC" or "JSC" or "OJSC" or "PAO" or "OAO" or "AO" or "OOO" or "ZAO";

    /// <summary>The first of the document's tokens that starts at or after character <paramref name="at"/>.</summary>
    private static int TokenAt(int[] starts, int tokenCount, int at)
    {
        int t = starts.AsSpan(0, tokenCount).BinarySearch(at);
        return t >= 0 ? t : ~t;
    }

    internal static bool IsCapitalisedWord(string text, int start, int end) => end > start && char.IsUpper(text[start]);

    /// <summary>The type a mention of a known phrase takes.</summary>
    public static EntityType TypeOfEntry(GazetteerEntry entry) => entry.Type;

    /// <summary>The type of a place span: GPE when it is a known country, capital or seat of power, LOC otherwise.</summary>
    public EntityType PlaceType(ReadOnlySpan<char> span) =>
        Gazetteer.TryLookup(span, out var entry) && entry.Type == EntityType.Gpe ? EntityType.Gpe : EntityType.Loc;

    /// <summary>The next known phrase at or after token <paramref name="from"/>, as the features already found it (no second look-up).</summary>
    private static int FindGazetteer(NerFeatures features, ReadOnlySpan<int> starts, int from, out GazetteerMatch match)
    {
        var lengths = features.GazetteerLengths;
        for (int j = from; j < lengths.Length; j++)
        {
            if (lengths[j] > 0)
            {
                match = new GazetteerMatch(j, lengths[j], starts[j], features.GazetteerEnds[j], features.GazetteerEntries[j]);
                return j;
            }
        }
        match = default;
        return int.MaxValue;
    }

    private static int SpanEnd(ReadOnlySpan<int> labels, int begin)
    {
        int end = begin + 1;
        while (end < labels.Length && NerLabels.IsInside(labels[end]) && NerLabels.ClassOf(labels[end]) == NerLabels.ClassOf(labels[begin]))
        {
            end++;
        }
        return end;
    }

    private void Emit(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int from, int to, int cls, List<EntityMention> output)
    {
        // Names never run through an address or a link.
        for (int t = from; t < to; t++)
        {
            var w = Word(text, starts, ends, t);
            if (w.Contains('@') || w.Contains("://", StringComparison.Ordinal))
            {
                to = t;
                break;
            }
        }
        // "Sheikh Lotfollah Mosque", "Queen Creek": a "person" ending in a head that hardly ends a person's name is a place,
        // and a title in it is part of the place's name, not a role to cut.
        bool placeByHead = cls == 0 && to - from > 1 && EntityHeads.IsStrongPlaceHead(Word(text, starts, ends, to - 1)) && char.IsUpper(text[starts[to - 1]]);
        if (placeByHead)
        {
            cls = 2;
        }
        // "Marston General Hospital", "the Attorney General Office": a title word inside a name that ends in a body's head is
        // part of the body's name, not a role that leaves the head alone as a person.
        bool bodyByHead = !placeByHead && to - from > 1 && IsBodyHeadAfterTitle(text, starts, ends, from, to);
        if (bodyByHead && cls == 0)
        {
            cls = IsHospitalHead(Word(text, starts, ends, to - 1)) ? 2 : 1;
        }
        // A title inside a span splits it: "US President Joe Biden" is the country and the person,
        // "Pentagon Press Secretary" is the Pentagon and a role.
        int lastHead = -1;
        if (!placeByHead && cls != 0 && to < starts.Length && to - from > 1 && RoleWords.IsRoleHead(Word(text, starts, ends, to))
            && RoleWords.IsRoleWord(Word(text, starts, ends, to - 1)))
        {
            // The tagger stopped one word short of the title ("Pentagon Press" of "Pentagon Press Secretary").
            int firstRole = to;
            while (firstRole > from + 1 && RoleWords.IsRoleWord(Word(text, starts, ends, firstRole - 1)))
            {
                firstRole--;
            }
            to = firstRole;
        }
        for (int t = from; t < to && !placeByHead && !bodyByHead; t++)
        {
            if (RoleWords.IsRoleHead(Word(text, starts, ends, t)))
            {
                lastHead = t;
            }
        }
        int cut = -1;
        if (lastHead >= 0)
        {
            int firstRole = lastHead;
            while (firstRole > from && RoleWords.IsRoleWord(Word(text, starts, ends, firstRole - 1)))
            {
                firstRole--;
            }
            // "US Department of Justice", "Commission for Justice": a title word after "of" or "for" ends the
            // body's name, it does not start a role; a name never ends in such a word.
            // "Martin Luther King Jr": a title word before a generation's suffix alone is the person's surname.
            if (!(firstRole > from && IsNameConnective(Word(text, starts, ends, firstRole - 1)))
                && !(to - lastHead == 2 && lastHead > from && NameShapes.IsGenerationSuffix(Word(text, starts, ends, to - 1))))
            {
                cut = firstRole;
            }
        }
        if (cut >= 0)
        {
            int firstRole = cut;
            if (lastHead == to - 1)
            {
                EmitCore(text, starts, ends, from, firstRole, cls == 0 ? -1 : cls, output);
                return;
            }
            if (AllCapitalised(text, starts, ends, lastHead + 1, to) && (cls != 1 || to - lastHead - 1 >= 2))
            {
                EmitCore(text, starts, ends, from, firstRole, cls == 0 ? -1 : cls, output);
                EmitCore(text, starts, ends, lastHead + 1, to, 0, output);
                return;
            }
        }
        // "United Nations Vassily Nebenzia": a known body or country, then two words that look like a person's name.
        if (cls != 0 && to - from >= 3 && Gazetteer.TryMatch(text, starts, ends, from, out var known)
            && known.End == ends[from + known.TokenCount - 1] && to - from - known.TokenCount == 2
            && LooksLikePersonName(text, starts, ends, from + known.TokenCount, to))
        {
            EmitCore(text, starts, ends, from, from + known.TokenCount, cls, output);
            EmitCore(text, starts, ends, from + known.TokenCount, to, 0, output);
            return;
        }
        EmitCore(text, starts, ends, from, to, cls, output);
    }

    // The span's last word is a body's head ("Hospital", "Office") and a title word stands before it inside the span.
    private static bool IsBodyHeadAfterTitle(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int from, int to)
    {
        var last = Word(text, starts, ends, to - 1);
        if (!char.IsUpper(last[0]) || !(IsAffiliationHead(last) || EntityHeads.IsStrongOrganisationHead(last)) || RoleWords.IsRoleWord(last))
        {
            return false;
        }
        for (int t = from; t < to - 1; t++)
        {
            if (RoleWords.IsRoleHead(Word(text, starts, ends, t)))
            {
                return true;
            }
        }
        return false;
    }

    // Letters a person's name is followed by for a rank, an office or an honour.
    private static bool IsPostNominal(ReadOnlySpan<char> w) =>
        w is "KC" or "QC" or "SC" or "MP" or "MEP" or "MSP" or "OBE" or "MBE" or "CBE" or "KBE" or "DBE" or "PhD";

    // Lower-case words that join a body's name to its field ("Department of Justice", "Commissioner for Justice").
    private static bool IsNameConnective(ReadOnlySpan<char> w) => w is "of" or "for";

    /// <summary>Emits one span after trimming; <paramref name="cls"/> -1 keeps it only if the gazetteer knows it.</summary>
    private void EmitCore(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int from, int to, int cls, List<EntityMention> output)
    {
        // Trim articles, titles (for people) and punctuation from the edges; what is left must look like a name. A legal
        // form ("PT") is the company's, however the tagger typed the span.
        while (from < to && !(to - from > 1 && IsLegalPrefix(Word(text, starts, ends, from))) && IsEdgeNoise(Word(text, starts, ends, from), cls, to - from))
        {
            from++;
        }
        // "Negotiator Lars Okland said": a capitalised noun for what a person does, opening the sentence before a full name,
        // is the person's role (the alias stage's), not the name's first word. A firm's ("Operator Nordvik Energi") is left
        // to DescriptorOpeningSentence, which makes the name after it a body.
        if (cls == 0 && from == 0 && to - from > 2 && char.IsUpper(text[starts[0]])
            && RoleWords.IsAgentNoun(Word(text, starts, ends, 0), Model.Common) && IsCapitalisedWord(text, starts[1], ends[1])
            && !IsFirmDescriptorWritten(Word(text, starts, ends, 0)))
        {
            from++;
        }
        // "Within Fort Lee, …", "In Carrano & Biewener's study", "Hey Steve": a preposition, a conjunction or a greeting that
        // opens the sentence is capitalised for that alone and opens no name.
        if (from == 0 && to - from > 1 && IsFunctionWordOpener(Word(text, starts, ends, from)))
        {
            from++;
        }
        while (to > from && IsTrailingNoise(Word(text, starts, ends, to - 1)))
        {
            to--;
        }
        // "Rupert Aldane KC", "Helen Marsh MP": letters of rank or honour after a person's name are not part of it ("Jr" is).
        while (cls == 0 && to - from > 1 && IsPostNominal(Word(text, starts, ends, to - 1)))
        {
            to--;
        }
        if (to <= from)
        {
            return;
        }
        // "USS Hopper", "HMS Ocean": ships are neither people nor organisations, whether or not the span holds the prefix.
        if (to - from > 1 && IsShipPrefix(Word(text, starts, ends, from)) || from > 0 && IsShipPrefix(Word(text, starts, ends, from - 1)))
        {
            return;
        }
        // "PT | Samudra Lintas director …": a legal form the tagger left out still opens the company's name.
        if (from > 0 && IsLegalPrefix(Word(text, starts, ends, from - 1)))
        {
            if (output.Count > 0 && output[^1].Span.Start == starts[from - 1] && output[^1].Span.End == ends[from - 1])
            {
                output.RemoveAt(output.Count - 1); // the tagger named the form alone ("PJSC | Volga Energo")
            }
            if (output.Count == 0 || output[^1].Span.End <= starts[from - 1])
            {
                from--;
            }
        }
        // "leader Kim Jong Un" tagged from "Jong": a capitalised, unknown word just before a person's name belongs to it.
        if (cls == 0)
        {
            int limit = output.Count > 0 ? output[^1].Span.End : 0;
            while (from > 1 && starts[from - 1] >= limit && IsNamePart(text, starts, ends, from - 1))
            {
                from--;
            }
        }
        var span = new TextSpan(starts[from], ends[to - 1]);
        var surface = text.AsSpan(span.Start, span.End - span.Start);
        if (!LooksLikeName(text, starts, ends, from, to) || OnlyRoleWords(text, starts, ends, from, to))
        {
            return;
        }
        EntityType type;
        if (Gazetteer.TryLookup(text, starts, ends, from, to, out var entry))
        {
            type = entry.Type;
        }
        else if (cls < 0)
        {
            return;
        }
        else
        {
            // A capitalised ordinary word opening a sentence ("With", "Both") is not a name by itself, nor one the tagger cut
            // from the name it begins ("World" of "World Cup").
            if (to - from == 1 && (from == 0 || IsOpener(Word(text, starts, ends, from - 1))
                    || (to < starts.Length && IsCapitalisedWord(text, starts[to], ends[to])))
                && Model.Common.Contains(TextHash.Lower(surface)))
            {
                return;
            }
            type = NerLabels.TypeOf(cls);
            if (type is EntityType.Person or EntityType.Gpe && to - from > 1 && EntityHeads.IsStrongOrganisationHead(Word(text, starts, ends, to - 1)))
            {
                type = EntityType.Org;
            }
            else if (type == EntityType.Person && to - from == 1 && IsBodyWordAlone(Word(text, starts, ends, from))
                && !NewsSpanRules.IsBodyWordBeforeGroup(this, text, starts, ends, from))
            {
                // "the Army said", "the Party": a body's head word alone names the body, never a person ("Party officials" is
                // no name at all, which a later rule settles).
                type = EntityType.Org;
            }
            else if (type == EntityType.Person && to - from > 1 && EntityHeads.IsStrongPlaceHead(Word(text, starts, ends, to - 1)))
            {
                type = EntityType.Loc;
            }
            else if (type == EntityType.Person && IsBeforeKnownPlace(text, starts, ends, to))
            {
                // "Aberdeenshire , Scotland", "Vinita , Oklahoma": a name standing before ", <region>" is a place in it.
                type = EntityType.Loc;
            }
            else if (type is EntityType.Gpe or EntityType.Org && EntityHeads.IsPlaceHead(Word(text, starts, ends, to - 1)))
            {
                type = EntityType.Loc;
            }
            else if (type == EntityType.Gpe)
            {
                type = EntityType.Loc;
            }
            else if (type == EntityType.Norp)
            {
                // A group name the gazetteer does not know is kept only as one word ("Olondrian"), never as a phrase.
                if (to - from > 1)
                {
                    return;
                }
            }
            if (type != EntityType.Person && output.Count > 0 && output[^1].Type == EntityType.Person && output[^1].Span.End + 1 < span.Start
                && OnlyParticlesBetween(text, output[^1].Span.End, span.Start))
            {
                type = EntityType.Person; // "Ana van der | Berg": particles between say the rest of a person's name follows
            }
            if (to - from > 1 && IsLegalPrefix(Word(text, starts, ends, from)))
            {
                type = EntityType.Org; // "PT Samudra Lintas": whatever the words after it look like
            }
        }
        Add(text, output, span, type);
    }

    // "Investigators", "Firefighters", "Protesters", "Scientists", "Technicians", "Residents": nine letters or more (surnames
    // such as "Chambers", "Sanders" are shorter) and a plural ending of a noun for a person.
    internal static bool IsPluralAgentNoun(ReadOnlySpan<char> w) =>
        w.Length >= 9 && char.IsLower(w[^2]) && (w.EndsWith("ers", StringComparison.Ordinal) || w.EndsWith("ors", StringComparison.Ordinal)
            || w.EndsWith("ists", StringComparison.Ordinal) || w.EndsWith("ians", StringComparison.Ordinal) || w.EndsWith("ants", StringComparison.Ordinal)
            || w.EndsWith("ents", StringComparison.Ordinal));

    private static bool IsRouteNumber(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int start, int next)
    {
        if (text.AsSpan(start) is not ['U', 'S', ..] || next >= starts.Length || ends[next - 1] - start != 2)
        {
            return false;
        }
        var w = Word(text, starts, ends, next);
        if (w is "-" && next + 1 < starts.Length)
        {
            w = Word(text, starts, ends, next + 1);
        }
        return w.Length > 0 && char.IsAsciiDigit(w[0]);
    }

    private bool IsBeforeKnownPlace(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int to)
    {
        if (to + 1 >= starts.Length || Word(text, starts, ends, to) is not "," || !Gazetteer.TryMatch(text, starts, ends, to + 1, out var match)
            || Gazetteer[match.Entry].Kind is not (GazetteerKind.Country or GazetteerKind.Region))
        {
            return false;
        }
        int after = to + 1 + match.TokenCount;
        if (after >= starts.Length)
        {
            return true;
        }
        // Not a list of actors ("Trump , Russia , China"): the place must close the phrase.
        var w = Word(text, starts, ends, after);
        return w is "." or ")" or ";" or "(" or "-" or "\u2013" or "\u2014" or ":"
            || (w.Length > 0 && char.IsLower(w[0]) && w is not "and" and not "or" && w is not "'s" and not "\u2019s");
    }

    internal static ReadOnlySpan<char> Word(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t) =>
        text.AsSpan(starts[t], ends[t] - starts[t]);

    /// <summary>A word of two letters or more opening on a capital and ending on a lower-case letter ("Velmora", "McCain").</summary>
    internal static bool IsTitleCase(ReadOnlySpan<char> w) => w.Length > 1 && char.IsUpper(w[0]) && char.IsLower(w[^1]);

    private static bool OnlyRoleWords(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (!RoleWords.IsRoleWord(Word(text, starts, ends, t)))
            {
                return false;
            }
        }
        return true;
    }

    private static bool AllCapitalised(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            var w = Word(text, starts, ends, t);
            if (w.Length == 0 || !char.IsUpper(w[0]))
            {
                return false;
            }
        }
        return to > from;
    }

    private bool LooksLikePersonName(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            var w = Word(text, starts, ends, t);
            if (w.Length < 2 || !char.IsUpper(w[0]) || !char.IsLower(w[^1]) || EntityHeads.IsOrganisationHead(w) || EntityHeads.IsPlaceHead(w)
                || Model.Common.Contains(TextHash.Lower(w)) || Gazetteer.TryLookupToken(w, out _))
            {
                return false;
            }
        }
        return true;
    }

    internal bool IsNamePart(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t)
    {
        var w = Word(text, starts, ends, t);
        return w.Length > 1 && char.IsUpper(w[0]) && char.IsLower(w[^1]) && !RoleWords.IsRoleWord(w) && !Gazetteer.IsArticle(w)
            && !Pronouns.IsPronoun(w) && !Model.Common.Contains(TextHash.Lower(w)) && !Gazetteer.TryLookupToken(w, out _)
            && (t == 0 || !IsOpener(Word(text, starts, ends, t - 1)));
    }

    internal static bool IsOpener(ReadOnlySpan<char> w) =>
        w is "\"" or "\u201C" or "\u2018" or "'" or "(" or ":" or "-" or "\u2013" or "\u2014" or "[" or "," or ";";

    private static void Add(string text, List<EntityMention> output, TextSpan span, EntityType type)
    {
        if (output.Count > 0 && output[^1].Span.Overlaps(span))
        {
            return;
        }
        // Two person spans with only a space or name particles between are one name the tagger split ("Kim" + "Jong-un",
        // "Ana" + "van der" + "Berg").
        if (type == EntityType.Person && output.Count > 0 && output[^1].Type == EntityType.Person
            && OnlyParticlesBetween(text, output[^1].Span.End, span.Start))
        {
            output[^1] = output[^1] with { Span = new TextSpan(output[^1].Span.Start, span.End) };
            return;
        }
        output.Add(new EntityMention(span, type));
    }

    private static bool OnlyParticlesBetween(string text, int from, int to)
    {
        if (to <= from || to - from > 12 || text[from] != ' ' || text[to - 1] != ' ')
        {
            return false;
        }
        if (to - from == 1)
        {
            return true;
        }
        var between = text.AsSpan(from + 1, to - from - 2);
        foreach (var range in between.Split(' '))
        {
            var word = between[range];
            if (word.Length > 0 && !NameParticles.Contains(word))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsEdgeNoise(ReadOnlySpan<char> word, int cls, int length)
    {
        if (word.Length == 0 || !char.IsLetterOrDigit(word[0]) || length > 1 && IsLowerCaseCompound(word))
        {
            return true;
        }
        // "Insurers' association | Kovra Assur": a lower-case noun for a body before the name says what the body is, as
        // "association" does in "the association Kovra Assur"; it describes the name, and is no part of it.
        if (Gazetteer.IsArticle(word) || length > 1 && char.IsLower(word[0]) && EntityHeads.IsBodyNoun(word))
        {
            return true;
        }
        // "Senators Ann Lowe and Bill Carr", "Generals Tomas Ruel and …": a title's plural before two people's names is theirs.
        return cls == 0 && length > 1 && char.IsUpper(word[0]) && (RoleWords.IsRoleWord(word) || IsPersonNounWritten(word) || IsTitlesPlural(word));
    }

    // "the centre-right Forward Slovenia party", "the state-run Orvane Telecom": a lower-case compound opening a name describes
    // it; a name particle before the hyphen ("al-Qaeda", "el-Sisi") opens the name itself.
    private static bool IsLowerCaseCompound(ReadOnlySpan<char> word)
    {
        int hyphen = word.IndexOf('-');
        if (hyphen < 3 || hyphen + 2 >= word.Length || !char.IsLower(word[0]) || NameParticles.Contains(word[..hyphen]))
        {
            return false;
        }
        foreach (char c in word)
        {
            if (!char.IsLower(c) && c != '-')
            {
                return false;
            }
        }
        return true;
    }

    // "Survivor Siti Rahmawati": a capitalised noun for a person before the name is what the person is, as a title is.
    private static bool IsPersonNounWritten(ReadOnlySpan<char> word) =>
        word.Length is >= 4 and <= 16 && char.IsLower(word[^1]) && NewsSpanRules.IsPresenceNoun(word);

    private static bool IsTrailingNoise(ReadOnlySpan<char> word) =>
        word.Length == 0 || word is "'s" or "\u2019s" or "'" or "\u2019" || !char.IsLetterOrDigit(word[^1]) && word[^1] != '.';

    private static bool LooksLikeName(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int from, int to)
    {
        bool capital = false;
        for (int t = from; t < to; t++)
        {
            var w = text.AsSpan(starts[t], ends[t] - starts[t]);
            if (w.Length > 0 && (char.IsUpper(w[0]) || char.IsDigit(w[0]) && t > from))
            {
                capital |= char.IsUpper(w[0]);
            }
            if (to - from == 1 && Pronouns.IsPronoun(w))
            {
                return false;
            }
        }
        return capital;
    }
}
