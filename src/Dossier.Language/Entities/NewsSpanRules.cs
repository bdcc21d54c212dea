using System.Collections.Frozen;
using Dossier.Core;
using Dossier.Core.Entities;
using static Dossier.Language.Entities.EntityRecognizer;

namespace Dossier.Language.Entities;

/// <summary>Span rules for the shapes of names in news text that the tagger gets wrong: names in apposition after a role
/// noun, initials, particles before a surname, Arabic "al-" surnames, sports federations, storms, newspapers, acronyms
/// defined in brackets.</summary>
/// <remarks>Each rule reads one sentence's tokens and the mentions found in it (<c>output[firstOutput..]</c>, in text
/// order) and keeps that order. No allocation: the word lists are frozen sets read through span look-ups.</remarks>
internal static class NewsSpanRules
{
    // "Athletics Kenya", "Cricket Australia", "Hockey Canada": a sport before a country names its national federation.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_sports = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Athletics", "Cycling", "Swimming", "Rowing", "Hockey", "Rugby", "Football", "Cricket", "Tennis", "Basketball",
        "Netball", "Golf", "Gymnastics", "Triathlon", "Sailing", "Boxing", "Volleyball", "Badminton", "Judo", "Archery",
        "Equestrian", "Canoe", "Skate", "Ski", "Snowsport", "Softball", "Baseball", "Taekwondo", "Wrestling", "Fencing",
        "Weightlifting", "Diving", "Squash", "Bowls", "Surfing", "Climbing", "Biathlon", "Handball", "Lacrosse", "Karate",
        "Shooting", "Swim", "Athletic", "Paralympics",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] s_presenceWords =
    [
        "survivor", "witness", "eyewitness", "resident", "passenger", "villager", "farmer", "driver", "student", "shopkeeper",
        "fisherman", "volunteer", "protester", "rescuer", "firefighter", "paramedic", "neighbour", "neighbor",
    ];

    // Lower-case nouns for a person that a name in apposition follows ("His lawyer, Grace Otieno, said"), besides role heads.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_personNouns = FrozenSet.Create(StringComparer.Ordinal,
    [
        "lawyer", "lawyers", "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "partner",
        "colleague", "friend", "coach", "manager", "owner", "boss", "teacher", "doctor", "successor", "predecessor",
        "deputy", "aide", "rival", "opponent", "challenger", "widow", "uncle", "aunt", "nephew", "niece", "cousin",
        "grandson", "granddaughter", "fiancee", "fiancé", "girlfriend", "boyfriend", "victim", "suspect", "defendant",
        "chief", "economist", "banker", "activist", "campaigner", "organiser", "organizer",
        "meteorologist", "forecaster", "climatologist", "seismologist", "volcanologist", "epidemiologist", "virologist",
        "strategist", "historian", "physician", "surgeon", "nurse", "engineer", "architect", "pilot", "striker",
        "midfielder", "defender", "goalkeeper", "winger", .. s_presenceWords,
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    // People a disaster or court story quotes by what they were there ("Survivor Siti Rahmawati, 34, said"): written before
    // a name, never part of it, unlike kinship and religious forms of address ("Brother Newton", "Mother Teresa"). Any case,
    // as the word opens the name the tagger found.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_presenceNouns =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, s_presenceWords).GetAlternateLookup<ReadOnlySpan<char>>();

    // Nouns for a publication or broadcaster that its one-word title follows ("the Danish newspaper Børsen").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_pressNouns = FrozenSet.Create(StringComparer.Ordinal,
    [
        "newspaper", "daily", "tabloid", "weekly", "magazine", "broadcaster", "paper", "website", "outlet", "channel",
        "newsweekly", "journal",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    // First words of organisations named in Spanish, Portuguese, French, Italian or German ("Movimiento Ciudadano Unido",
    // "Partido Liberal", "Rassemblement National", "Vereinigung Cockpit"), which no person's or place's name starts with.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_bodyOpeners = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Movimiento", "Partido", "Frente", "Alianza", "Unión", "Consejo", "Instituto", "Universidad", "Banco", "Comisión",
        "Fundación", "Asociación", "Federación", "Confederación", "Partito", "Movimento", "Parti", "Mouvement",
        "Rassemblement", "Front", "Coalición", "Convergencia", "Fuerza", "Cambio", "Congreso",
        "Caja", "Caixa", "Banca", "Caisse", "Grupo", "Compañía", "Companhia", "Sociedad", "Sociedade", "Empresa",
        "Vereinigung", "Verband", "Bundesverband", "Gewerkschaft", "Stiftung", "Verein",
        "Laboratoires", "Laboratorios", "Laboratori", "Laboratórios", "Groupe", "Compagnie", "Société", "Industrias",
        "Sporting", "Olympique", "Atlético", "Atletico", "Dinamo", "Dynamo", // sports clubs ("Sporting Braga", "Dynamo Kyiv")
        "Universidade", "Université", "Universität", "Università", "Universiteit", "Conservatoire", "Conservatorio", "Istituto",
        "Institut", "Escuela", "Escola", "École", "Hochschule", // schools ("Universidade Federal de Santa Catarina", "Conservatoire de Paris")
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A Spanish, Portuguese, French, Italian or German word for a body or a firm that opens its name ("Partido",
    /// "Laboratoires", "Grupo").</summary>
    internal static bool IsBodyOpener(ReadOnlySpan<char> w) => s_bodyOpeners.Contains(w);

    public static void Apply(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        // One cheap pass finds which rules have anything to look at; most sentences wake none or one of them.
        var cues = Cues.None;
        for (int t = 0; t < starts.Length; t++)
        {
            char c = text[starts[t]];
            int length = ends[t] - starts[t];
            if (c == ',')
            {
                cues |= Cues.Comma;
            }
            else if (c == '(')
            {
                cues |= Cues.Bracket;
            }
            else if (c == '°')
            {
                cues |= Cues.Degree;
            }
            else if (c == '&' && length == 1)
            {
                cues |= Cues.Ampersand;
            }
            else if (c is '\'' or '\u2019' && t > 0)
            {
                cues |= Cues.Apostrophe;
            }
            else if (c is '"' or '\u201C' && length == 1)
            {
                cues |= Cues.Quote;
            }
            else if (char.IsUpper(c))
            {
                cues |= length == 2 && text[starts[t] + 1] == '.' ? Cues.Initial : Cues.Capital;
                if (t > 0 && char.IsLower(text[starts[t - 1]]))
                {
                    cues |= Cues.CapitalAfterLower;
                }
                var w = Word(text, starts, ends, t);
                if (IsStormWord(w))
                {
                    cues |= Cues.Storm;
                }
                else if (length >= 4 && w[2] == '-' || length >= 5 && w[3] == '-')
                {
                    cues |= Cues.Particle;
                }
            }
            else if (char.IsLower(c))
            {
                if (length <= 4 || text.AsSpan(starts[t], length).IndexOf('-') is 2 or 3)
                {
                    cues |= Cues.Particle; // "van", "de la", "bin", "al-Nuaimi"
                }
                cues |= Cues.Lower;
            }
        }
        if ((cues & (Cues.Capital | Cues.Initial)) == 0)
        {
            return;
        }
        if ((cues & Cues.Storm) != 0)
        {
            NoStormName(text, starts, ends, output, firstOutput);
        }
        SportFederation(recognizer.Gazetteer, text, starts, ends, output, firstOutput);
        PersonInAPersonsSlot(recognizer, text, starts, ends, output, firstOutput);
        BylineAuthors(recognizer, text, starts, ends, output, firstOutput);
        if ((cues & Cues.Particle) != 0)
        {
            ParticlesBeforeSurname(recognizer, text, starts, ends, output, firstOutput);
            ArabicSurnameAfterName(text, starts, ends, output, firstOutput);
            NamesBeforeArticledSurname(recognizer, text, starts, ends, output, firstOutput);
        }
        if ((cues & Cues.Comma) != 0)
        {
            NameInAppositionAfterPersonNoun(recognizer, recognizer.Gazetteer, text, starts, ends, output, firstOutput);
            PlacesListedWithAPlace(text, starts, ends, output, firstOutput);
        }
        if ((cues & Cues.Initial) != 0)
        {
            InitialsBeforeSurname(recognizer, text, starts, ends, output, firstOutput);
        }
        if ((cues & Cues.CapitalAfterLower) != 0)
        {
            TitleAfterPressNoun(recognizer, text, starts, ends, output, firstOutput);
            TitleBeforePressNoun(recognizer.Gazetteer, text, starts, ends, output, firstOutput);
            LongerNameBeforeKnownBody(recognizer.Gazetteer, text, starts, ends, output, firstOutput);
        }
        NoNameBeforeGroupNoun(recognizer, text, starts, ends, output, firstOutput);
        if ((cues & Cues.Apostrophe) != 0)
        {
            PluralPossessiveInsideName(text, starts, ends, output, firstOutput);
            PossessiveFirmUnnamed(text, starts, ends, output, firstOutput);
        }
        if ((cues & Cues.Bracket) != 0)
        {
            LongFormBeforeBracketedAcronym(recognizer.Gazetteer, text, starts, ends, output, firstOutput);
        }
        if ((cues & Cues.Lower) != 0)
        {
            CompanyByItsContext(recognizer, text, starts, ends, output, firstOutput);
        }
        ForeignBodyOpener(text, output, firstOutput);
        SurnameBeforeReportingVerb(recognizer, text, starts, ends, output, firstOutput);
        if ((cues & Cues.CapitalAfterLower) != 0)
        {
            NameAfterInvertedCue(recognizer, text, starts, ends, output, firstOutput);
        }
        if ((cues & Cues.Lower) != 0)
        {
            PlaceBeforePlaceNoun(text, starts, ends, output, firstOutput);
            UnnamedPlaceBeforePlaceNoun(recognizer, text, starts, ends, output, firstOutput);
        }
        NoPortfolioBeforeTitle(recognizer.Gazetteer, text, starts, ends, output, firstOutput);
        DatelinePlace(recognizer.Gazetteer, text, starts, ends, output, firstOutput);
        if ((cues & Cues.Bracket) != 0)
        {
            DatelineOutlet(recognizer.Gazetteer, text, starts, ends, output, firstOutput);
        }
        BodyNamedByItsHead(recognizer.Gazetteer, text, starts, ends, output, firstOutput);
        if ((cues & Cues.Apostrophe) != 0)
        {
            BodyAfterPossessiveWhole(text, starts, ends, output, firstOutput);
        }
        AcronymAfterThe(recognizer.Gazetteer, text, starts, ends, output, firstOutput);
        DescribedBodies.Apply(recognizer, text, starts, ends, output, firstOutput, (cues & Cues.Comma) != 0, (cues & Cues.Apostrophe) != 0);
        NameBeforeItsPlaceHead(text, starts, ends, output, firstOutput);
        FirmByItsFirstWord(recognizer, text, starts, ends, output, firstOutput);
        SpeakingPlaceIsABody(text, starts, ends, output, firstOutput);
        if ((cues & Cues.Lower) != 0)
        {
            HomeOfResidents(text, starts, ends, output, firstOutput);
        }
        if ((cues & Cues.Degree) != 0)
        {
            Coordinates.Apply(text, starts, ends, output, firstOutput);
        }
        if ((cues & (Cues.Ampersand | Cues.Lower)) == (Cues.Ampersand | Cues.Lower))
        {
            AmpersandName(text, starts, ends, output, firstOutput);
        }
        NoPlaceFromOpeningAdjective(recognizer, text, starts, ends, output, firstOutput);
        ClubWordAloneAndCupNames(text, starts, ends, output, firstOutput);
        if ((cues & Cues.Quote) != 0)
        {
            NicknameInsideName(recognizer, text, starts, ends, output, firstOutput);
        }
        PersonAfterOpeningNoun(recognizer.Gazetteer, text, starts, ends, output, firstOutput);
        NoPoliceRankInName(text, starts, ends, output, firstOutput);
        FirmAndInstituteNames(text, starts, ends, output, firstOutput);
        NoStockIndex(text, starts, ends, output, firstOutput);
        TownClubInAScore(recognizer.Gazetteer, text, starts, ends, output, firstOutput);
        RegionalAdjectiveOpensAPlace(text, output, firstOutput);
        PersonOfAFirm(recognizer, text, starts, ends, output, firstOutput);
        if ((cues & Cues.Comma) != 0)
        {
            SurnameBeforeRoleApposition(recognizer.Gazetteer, text, starts, ends, output, firstOutput);
        }
    }

    /// <summary>"said Daisuke Arakawa of Tenryu Research &amp; Technologies": one body's span that opens with a person's name and
    /// "of" before a firm's name is two names, the person and the firm ("Bank of America", "Friends of the Earth" keep
    /// theirs: a body's head or opener before "of", or no firm's head after it).</summary>
    private static void PersonOfAFirm(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            if (output[m].Type != EntityType.Org)
            {
                continue;
            }
            int first = TokenAt(starts, output[m].Span.Start);
            int last = LastToken(starts, output[m].Span);
            if (first < 0 || last - first < 3)
            {
                continue;
            }
            int of = first + 2;
            if (Word(text, starts, ends, of) is not "of")
            {
                of = first + 3;
                if (of >= last || Word(text, starts, ends, of) is not "of")
                {
                    continue;
                }
            }
            bool firm = false;
            for (int k = of + 1; k <= last && !firm; k++)
            {
                var w = Word(text, starts, ends, k);
                firm = EntityHeads.IsCompanyHead(w) || EntityHeads.IsOrganisationHead(w) || w is "&";
            }
            if (!firm || !CouldBeAPersonsName(recognizer, text, starts, ends, first, of - 1)
                || recognizer.Model.Common.Contains(TextHash.Lower(Word(text, starts, ends, first))))
            {
                continue;
            }
            var span = output[m].Span;
            output[m] = new EntityMention(new TextSpan(span.Start, ends[of - 1]), EntityType.Person);
            output.Insert(m + 1, new EntityMention(new TextSpan(starts[of + 1], span.End), EntityType.Org));
            m++;
        }
    }

    /// <summary>"Central Sulawesi", "North Kivu", "Upper Nile": a name of two or more words opening with an adjective for a
    /// part of a land is a place, which no person's name opens with; so is one opening with a noun for a kind of place that
    /// is no title ("Port Hutt", "Fort Lee", "Mount Kenya", "Cape Horn").</summary>
    private static void RegionalAdjectiveOpensAPlace(string text, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var mention = output[m];
            if (mention.Type != EntityType.Person || text[mention.Span.Start] is not ('C' or 'N' or 'S' or 'E' or 'W' or 'U' or 'P' or 'F' or 'M'))
            {
                continue;
            }
            var surface = text.AsSpan(mention.Span.Start, mention.Span.Length);
            int space = surface.IndexOf(' ');
            if (space > 0 && surface[..space] is "Central" or "North" or "South" or "East" or "West" or "Northern" or "Southern"
                or "Eastern" or "Western" or "Upper" or "Port" or "Fort" or "Mount" or "Cape")
            {
                output[m] = mention with { Type = EntityType.Loc };
            }
        }
    }

    /// <summary>"Lawyer Peter Ochieng, who represented them, said", "Activist Amina Yusuf told": a noun for a person opening
    /// the sentence, then two to four capitalised words the tagger left unnamed before a comma or a lower-case word, is a
    /// person's title and name.</summary>
    private static void PersonAfterOpeningNoun(Gazetteer gazetteer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        if (starts.Length < 4)
        {
            return;
        }
        var opener = Word(text, starts, ends, 0);
        if (opener.Length < 3 || opener.Length > 16 || !char.IsUpper(opener[0]) || !char.IsLower(opener[1]))
        {
            return;
        }
        Span<char> lower = stackalloc char[opener.Length];
        opener.ToLowerInvariant(lower);
        if (!s_personNouns.Contains(lower))
        {
            return;
        }
        int end = 1;
        while (end < starts.Length && end < 5 && IsTitleCase(Word(text, starts, ends, end)) && !RoleWords.IsRoleWord(Word(text, starts, ends, end)))
        {
            end++;
        }
        if (end < 3 || end >= starts.Length || end == 5)
        {
            return;
        }
        var after = Word(text, starts, ends, end);
        if (!(after is "," || after.Length > 1 && char.IsLower(after[0])) || gazetteer.TryLookup(text, starts, ends, 1, end, out _))
        {
            return;
        }
        for (int i = firstOutput; i < output.Count; i++)
        {
            if (output[i].Span.End > starts[0] && output[i].Span.Start < ends[end - 1] && output[i].Type != EntityType.Person)
            {
                return;
            }
        }
        EntityRecognizer.ReplaceInside(output, firstOutput, starts[1], ends[end - 1], EntityType.Person);
    }

    [Flags]
    private enum Cues
    {
        None = 0,
        Comma = 1,
        Bracket = 2,
        Initial = 4,
        Capital = 8,
        CapitalAfterLower = 16,
        Storm = 32,
        Particle = 128,
        Lower = 256,
        Degree = 512,
        Ampersand = 1024,
        Apostrophe = 2048,
        Quote = 4096,
    }

    /// <summary>A lower-case noun for a person that a name may stand in apposition to ("lawyer", "wife", "coach").</summary>
    internal static bool IsPersonNoun(ReadOnlySpan<char> w) => s_personNouns.Contains(w);

    /// <summary>A noun, in any case, for what a person was at an event ("survivor", "Witness"), which a name never opens with.</summary>
    internal static bool IsPresenceNoun(ReadOnlySpan<char> w) => s_presenceNouns.Contains(w);

    private static int TokenAt(ReadOnlySpan<int> starts, int position)
    {
        int t = starts.BinarySearch(position);
        return t >= 0 ? t : ~t;
    }

    /// <summary>"Typhoon Agaton", "Hurricane Maria", "Cyclone Freddy": a storm is neither a person nor a place (the
    /// recogniser has no type for it), so a name opening with or right after a storm word is dropped.</summary>
    private static void NoStormName(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = output.Count - 1; m >= firstOutput; m--)
        {
            int t = TokenAt(starts, output[m].Span.Start);
            if (t < starts.Length && (IsStormWord(Word(text, starts, ends, t)) && ends[t] < output[m].Span.End
                || t > 0 && IsStormWord(Word(text, starts, ends, t - 1)) && char.IsUpper(text[starts[t - 1]])))
            {
                output.RemoveAt(m);
            }
        }
    }

    /// <summary>"Typhoon", "Hurricane", "Cyclone", "Storm": a capitalised word that opens a storm's name.</summary>
    internal static bool IsStormWord(ReadOnlySpan<char> w) => w is "Typhoon" or "Hurricane" or "Cyclone" or "Storm" or "Supertyphoon";

    /// <summary>"Athletics Kenya", "Cricket Australia and Rugby Australia": a sport right before a known country or region is
    /// that country's federation for the sport, one organisation; a span that ran over two of them is split.</summary>
    private static void SportFederation(Gazetteer gazetteer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int t = 0; t + 1 < starts.Length; t++)
        {
            if (!char.IsUpper(text[starts[t]]) || starts[t + 1] != ends[t] + 1 || !s_sports.Contains(Word(text, starts, ends, t))
                || !gazetteer.TryMatch(text, starts, ends, t + 1, out var match)
                || gazetteer[match.Entry].Kind is not (GazetteerKind.Country or GazetteerKind.Region))
            {
                continue;
            }
            int stop = t + 1 + match.TokenCount;
            // Nothing capitalised goes on after it ("Football Australia Cup" is some other name).
            if (stop < starts.Length && starts[stop] == ends[stop - 1] + 1 && EntityRecognizer.IsCapitalisedWord(text, starts[stop], ends[stop]))
            {
                continue;
            }
            int from = starts[t], to = ends[stop - 1];
            // A span the tagger ran over "X and Y" federations is cut to the parts outside this one.
            for (int m = firstOutput; m < output.Count; m++)
            {
                var span = output[m].Span;
                if (span.End <= from || span.Start >= to || (span.Start >= from && span.End <= to))
                {
                    continue;
                }
                output.RemoveAt(m);
                int before = TokenAt(starts, from) - 1;
                while (before >= 0 && starts[before] >= span.Start && !EntityRecognizer.IsCapitalisedWord(text, starts[before], ends[before]))
                {
                    before--;
                }
                int after = stop;
                while (after < starts.Length && ends[after] <= span.End && !EntityRecognizer.IsCapitalisedWord(text, starts[after], ends[after]))
                {
                    after++;
                }
                int at = m;
                if (before >= 0 && starts[before] >= span.Start)
                {
                    output.Insert(at++, new EntityMention(new TextSpan(span.Start, ends[before]), EntityType.Org));
                }
                if (after < starts.Length && ends[after] <= span.End)
                {
                    output.Insert(at, new EntityMention(new TextSpan(starts[after], span.End), EntityType.Org));
                }
                m = firstOutput - 1; // start over: the list changed
            }
            EntityRecognizer.ReplaceInside(output, firstOutput, from, to, EntityType.Org);
            t = stop - 1;
        }
    }

    /// <summary>"Pieter van den Broek", "Mr van den Broek", "Van den Broek told": particles right before a person's surname
    /// belong to the name, and so does a first name before them that the tagger left out.</summary>
    private static void ParticlesBeforeSurname(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var person = output[m];
            int start = person.Span.Start;
            if (person.Type != EntityType.Person || start < 3 || text[start - 1] != ' ' || !char.IsLower(text[start - 2]))
            {
                continue; // no lower-case particle right before it
            }
            int t = TokenAt(starts, start);
            int limit = m > firstOutput ? output[m - 1].Span.End : -1;
            int k = t;
            while (k > 0 && t - k < 3 && starts[k - 1] > limit && ends[k - 1] + 1 == starts[k] && NameParticles.Contains(Word(text, starts, ends, k - 1)))
            {
                k--;
            }
            if (k == t)
            {
                // "De Boer said", "Van Rijn told": a capitalised particle alone before the surname opens the name, unless a
                // capitalised word before it makes it part of something else.
                if (t > 0 && starts[t - 1] > limit && ends[t - 1] + 1 == starts[t]
                    && Word(text, starts, ends, t - 1) is "De" or "Da" or "Di" or "Du" or "Del" or "Della" or "Van" or "Von" or "Le" or "Dos" or "Das"
                    && (t == 1 || !char.IsUpper(text[starts[t - 2]])))
                {
                    output[m] = person with { Span = new TextSpan(starts[t - 1], person.Span.End) };
                }
                continue;
            }
            if (k > 0 && starts[k - 1] > limit && ends[k - 1] + 1 == starts[k])
            {
                var before = Word(text, starts, ends, k - 1);
                // A particle written with a capital opens the name ("Van den Broek", "De la Cruz").
                if (IsCapitalisedParticle(before))
                {
                    k--;
                }
                // The sentence's first word too ("Elena de la Cruz, an analyst, said"), when it is no common word.
                else if (recognizer.IsNamePart(text, starts, ends, k - 1))
                {
                    k--;
                    if (k > 0 && starts[k - 1] > limit && ends[k - 1] + 1 == starts[k] && recognizer.IsNamePart(text, starts, ends, k - 1))
                    {
                        k--;
                    }
                }
            }
            output[m] = person with { Span = new TextSpan(starts[k], person.Span.End) };
        }
    }

    private static bool IsCapitalisedParticle(ReadOnlySpan<char> w)
    {
        if (w.Length is < 2 or > 8 || !char.IsUpper(w[0]))
        {
            return false;
        }
        Span<char> lower = stackalloc char[8];
        w.CopyTo(lower);
        lower[0] = char.ToLowerInvariant(w[0]);
        return NameParticles.Contains(lower[..w.Length]);
    }

    /// <summary>"Faisal bin Rashid al-Nuaimi", "Omar al-Farouq": an Arabic "al-" surname after a name belongs to it, and a
    /// name with "bin", "ibn" or "bint" inside is a person's, whatever the tagger took it for.</summary>
    private static void ArabicSurnameAfterName(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var name = output[m];
            int end = name.Span.End;
            if (name.Type is not (EntityType.Person or EntityType.Loc or EntityType.Gpe)
                || !(end + 4 < text.Length && text[end] == ' ' && (text[end + 3] == '-' || text[end + 4] == '-')) && name.Type == EntityType.Person)
            {
                continue; // neither "al-…" after it nor a place that might hold "bin"
            }
            int last = LastToken(starts, name.Span);
            if (last < starts.Length && ends[last] == name.Span.End && last + 1 < starts.Length && starts[last + 1] == ends[last] + 1
                && IsArticledSurname(Word(text, starts, ends, last + 1)) && (m + 1 == output.Count || output[m + 1].Span.Start >= ends[last + 1]))
            {
                name = name with { Span = new TextSpan(name.Span.Start, ends[last + 1]) };
            }
            var surface = text.AsSpan(name.Span.Start, name.Span.Length);
            if (name.Type != EntityType.Person && surface.Length > 8 && (surface.Contains(" bin ", StringComparison.Ordinal) || surface.Contains(" ibn ", StringComparison.Ordinal)
                || surface.Contains(" bint ", StringComparison.Ordinal)))
            {
                name = name with { Type = EntityType.Person };
            }
            if (name != output[m])
            {
                output[m] = name;
            }
        }
    }

    /// <summary>"Police arrested Youssef al-Tamimi", "Khalid al-Mansouri said": one to three capitalised words the tagger left
    /// unnamed, right before an Arabic articled surname that no name holds either, are with it a person's name. Not before a
    /// capitalised word ("the Ezzedine al-Qassam Brigades" is a body's name), nor when a word of the run is an ordinary word,
    /// a title or a name the gazetteer knows ("Syria al-Assad", "Minister al-Harbi").</summary>
    private static void NamesBeforeArticledSurname(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int t = 1; t < starts.Length; t++)
        {
            // The particle cue is set by any short lower-case word, so most sentences come here: test the first letter first.
            if (ends[t] - starts[t] < 5 || text[starts[t]] is not ('a' or 'e' or 'A' or 'E') || !IsArticledSurname(Word(text, starts, ends, t))
                || t + 1 < starts.Length && char.IsUpper(text[starts[t + 1]]) && !IsArticledSurname(Word(text, starts, ends, t + 1)))
            {
                continue;
            }
            int first = t;
            while (first > 0 && t - first < 3 && IsTitleCase(Word(text, starts, ends, first - 1)))
            {
                first--;
            }
            if (first == t)
            {
                continue;
            }
            bool plain = true;
            for (int k = first; k < t && plain; k++)
            {
                var w = Word(text, starts, ends, k);
                plain = !RoleWords.IsRoleWord(w) && !recognizer.Gazetteer.TryLookupToken(w, out _)
                    && !recognizer.Model.Common.Contains(TextHash.Lower(w));
            }
            int stop = t + 1 < starts.Length && IsArticledSurname(Word(text, starts, ends, t + 1)) ? t + 1 : t;
            if (plain && !Overlaps(output, firstOutput, starts[first], ends[stop]))
            {
                EntityRecognizer.ReplaceInside(output, firstOutput, starts[first], ends[stop], EntityType.Person);
            }
            t = stop;
        }
    }

    private static bool Overlaps(List<EntityMention> output, int firstOutput, int start, int stop)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            if (output[m].Span.Start < stop && output[m].Span.End > start)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"al-Nuaimi", "el-Sisi", "Al-Harbi": an Arabic article joined to a capitalised surname.</summary>
    internal static bool IsArticledSurname(ReadOnlySpan<char> w)
    {
        int dash = w.IndexOf('-');
        return dash is 2 or 3 && dash + 2 < w.Length && char.IsUpper(w[dash + 1]) && char.IsLower(w[^1])
            && w[..dash] is "al" or "el" or "Al" or "El" or "ad" or "as" or "ash" or "at" or "ar" or "az" or "an";
    }

    /// <summary>"His lawyer, Grace Otieno, said", "the minister, K. Selvaraj,": capitalised words set off by commas right after
    /// a noun for a person are that person's name; after a noun for a body ("The union, Hava-İş,"), that body's.</summary>
    private static void NameInAppositionAfterPersonNoun(EntityRecognizer recognizer, Gazetteer gazetteer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int t = 2; t + 2 < starts.Length; t++)
        {
            if (Word(text, starts, ends, t - 1) is not ",")
            {
                continue;
            }
            var noun = Word(text, starts, ends, t - 2);
            bool body = EntityHeads.IsBodyNoun(noun);
            if (noun.Length == 0 || !char.IsLower(noun[0]) || !(RoleWords.IsRoleHead(noun) || s_personNouns.Contains(noun) || body))
            {
                continue;
            }
            // "His wife, Ewa, said", "her son, Florence,": one word after a noun of kin is a given name, even one a place has.
            bool kin = IsKin(noun);
            int end = t;
            int capitals = 0;
            while (end < starts.Length && end - t < 5)
            {
                var w = Word(text, starts, ends, end);
                if (IsTitleCase(w) && !RoleWords.IsRoleWord(w) && !Gazetteer.IsArticle(w) && !Pronouns.IsPronoun(w) || IsInitial(w))
                {
                    capitals++;
                }
                else if (body && end == t && w.Length is >= 2 and <= 8 && NerFeatures.IsAllUpper(w) && end + 1 < starts.Length && Word(text, starts, ends, end + 1) is ",")
                {
                    capitals = 2; // "The EU's cybersecurity agency, ENISA, said": the body's acronym
                    end++;
                    break;
                }
                else if (!(NameParticles.Contains(w) || IsArticledSurname(w)) || end == t)
                {
                    break;
                }
                end++;
            }
            // One word only when it is no common word ("The agency's head, Suharyanto, said"; "The union, Hava-İş, said").
            if (capitals == 1 && end == t + 1 && !recognizer.Model.Common.Contains(TextHash.Lower(Word(text, starts, ends, t))))
            {
                capitals = 2;
            }
            if (capitals < 2 || end >= starts.Length || Word(text, starts, ends, end) is not ("," or "." or ")" or ";")
                || !EntityRecognizer.IsCapitalisedWord(text, starts[end - 1], ends[end - 1]) && !IsArticledSurname(Word(text, starts, ends, end - 1))
                || !(kin && end == t + 1) && gazetteer.TryLookup(text, starts, ends, t, end, out _))
            {
                continue;
            }
            // Only where the tagger saw no name, or part of one as a person.
            bool free = true;
            for (int i = firstOutput; i < output.Count; i++)
            {
                var mention = output[i];
                if (mention.Span.End > starts[t] && mention.Span.Start < ends[end - 1] && mention.Type != (body ? EntityType.Org : EntityType.Person)
                    && !(body && end == t + 1 && mention.Type == EntityType.Loc && NerFeatures.IsAllUpper(Word(text, starts, ends, t)))
                    && !(kin && end == t + 1 && mention.Type is EntityType.Loc or EntityType.Gpe))
                {
                    free = false;
                    break;
                }
            }
            if (free)
            {
                EntityRecognizer.ReplaceInside(output, firstOutput, starts[t], ends[end - 1], body ? EntityType.Org : EntityType.Person);
            }
            t = end;
        }
    }

    /// <summary>"His wife, Ewa, said": whether the name at <paramref name="start"/> follows a noun of kin and a comma.</summary>
    internal static bool NamedAfterKin(string text, int start)
    {
        int comma = start - 2;
        if (comma < 1 || text[comma] != ',' || text[comma + 1] != ' ')
        {
            return false;
        }
        // A space before the comma too, as tokenised text writes it ("their child , Gloria").
        int end = comma > 1 && text[comma - 1] == ' ' ? comma - 1 : comma;
        int first = end;
        while (first > 0 && char.IsLetter(text[first - 1]))
        {
            first--;
        }
        return IsKin(text.AsSpan(first, end - first));
    }

    private static bool IsKin(ReadOnlySpan<char> w) =>
        w is "wife" or "husband" or "son" or "daughter" or "brother" or "sister" or "mother" or "father" or "widow" or "widower"
            or "fiancee" or "fiancé" or "girlfriend" or "boyfriend" or "cousin" or "uncle" or "aunt" or "nephew" or "niece"
            or "grandson" or "granddaughter" or "grandmother" or "grandfather" or "stepson" or "stepdaughter" or "child" or "baby"
            or "infant" or "toddler";

    private static bool IsInitial(ReadOnlySpan<char> w) => w.Length == 2 && char.IsUpper(w[0]) && w[1] == '.';

    /// <summary>"K. Annamalai", "V. K. Reddy": one to three initials before a capitalised word that is no common word are a
    /// person's name.</summary>
    private static void InitialsBeforeSurname(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int t = 0; t + 1 < starts.Length; t++)
        {
            if (!IsInitial(Word(text, starts, ends, t)) || t > 0 && IsInitial(Word(text, starts, ends, t - 1)))
            {
                continue;
            }
            int k = t;
            while (k < starts.Length && k - t < 3 && IsInitial(Word(text, starts, ends, k)) && (k == t || starts[k] == ends[k - 1] + 1))
            {
                k++;
            }
            if (k >= starts.Length || starts[k] != ends[k - 1] + 1)
            {
                continue;
            }
            var surname = Word(text, starts, ends, k);
            if (!IsTitleCase(surname) || RoleWords.IsRoleWord(surname) || Gazetteer.IsArticle(surname) || Pronouns.IsPronoun(surname)
                || recognizer.Model.Common.Contains(TextHash.Lower(surname)) || recognizer.Gazetteer.TryLookupToken(surname, out _))
            {
                continue;
            }
            int stop = ends[k];
            for (int i = firstOutput; i < output.Count; i++)
            {
                var mention = output[i];
                // A person span that already holds the surname and goes on keeps its end ("V. K. Reddy Jr.").
                if (mention.Type == EntityType.Person && mention.Span.Start <= starts[k] && mention.Span.End > stop)
                {
                    stop = mention.Span.End;
                }
            }
            EntityRecognizer.ReplaceInside(output, firstOutput, starts[t], stop, EntityType.Person);
            t = k;
        }
    }

    /// <summary>"the Danish newspaper Børsen", "the German group Rhein-Klinikum AG", "the state news agency Anadolu", "published in
    /// Nature": capitalised words right after a noun for a publication or a body, or after "published in", are its name, an
    /// organisation.</summary>
    private static void TitleAfterPressNoun(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int t = 1; t < starts.Length; t++)
        {
            var w = Word(text, starts, ends, t);
            if (w.Length < 2 || !char.IsUpper(w[0]) || !char.IsLower(text[starts[t - 1]]))
            {
                continue;
            }
            var noun = Word(text, starts, ends, t - 1);
            // "The results were published in Nature": a journal's title, however ordinary its word.
            bool journal = noun is "in" && t > 1 && Word(text, starts, ends, t - 2) is "published";
            // "Portuguese newspaper Record reported": one ordinary word after a noun for a paper, then a verb of reporting, is
            // the paper's title.
            journal |= s_pressNouns.Contains(noun) && t + 1 < starts.Length
                && (IsReportingVerb(Word(text, starts, ends, t + 1)) || Word(text, starts, ends, t + 1) is "reported" or "reports");
            if (!(journal || s_pressNouns.Contains(noun) || EntityHeads.IsBodyNoun(noun) || noun is "station" && IsBroadcastStation(text, starts, ends, t)
                    || noun is "club" or "side" && IsTeamNoun(text, starts, ends, t - 1))
                || IsCalendarWord(w)
                || RoleWords.IsRoleWord(w)
                || !journal && recognizer.Model.Common.Contains(TextHash.Lower(w)) && !NerFeatures.IsAllUpper(w))
            {
                continue;
            }
            int end = t + 1;
            while (end < starts.Length && end - t < 4 && starts[end] == ends[end - 1] + 1 && EntityRecognizer.IsCapitalisedWord(text, starts[end], ends[end]))
            {
                end++;
            }
            bool free = true;
            for (int i = firstOutput; i < output.Count; i++)
            {
                var mention = output[i];
                if (mention.Span.End > starts[t] && mention.Span.Start < ends[end - 1] && (mention.Span.Start < starts[t] || mention.Span.End > ends[end - 1]))
                {
                    free = false;
                }
            }
            if (free && !recognizer.Gazetteer.TryLookup(text, starts, ends, t, end, out _))
            {
                EntityRecognizer.ReplaceInside(output, firstOutput, starts[t], ends[end - 1], EntityType.Org);
            }
            t = end - 1;
        }
    }

    // "the Portuguese club Vitória Guimarães", "Belgian side Club Brugge", "the MLS side San Jose Earthquakes": "club" after an
    // article or a capitalised word, "side" only after a capitalised word ("on the other side Smith ..." is no team).
    private static bool IsTeamNoun(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t) =>
        t > 0 && (char.IsUpper(text[starts[t - 1]]) && text[ends[t - 1] - 1] != '.' || Word(text, starts, ends, t) is "club" && Word(text, starts, ends, t - 1) is "the" or "a");

    /// <summary>"told the Asahi newspaper", "the Kommersant daily": one or two capitalised words between "the" and a noun for a
    /// publication are its title, an organisation, whatever the tagger made of them.</summary>
    private static void TitleBeforePressNoun(Gazetteer gazetteer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int n = 2; n < starts.Length; n++)
        {
            var noun = Word(text, starts, ends, n);
            if (noun.Length is < 5 or > 11 || !char.IsLower(noun[0])
                || !(noun is "newspaper" or "daily" or "tabloid" or "weekly" or "magazine" or "broadcaster" or "network" or "channel"))
            {
                continue;
            }
            int first = n - 1;
            while (first > 0 && n - first < 3 && EntityRecognizer.IsCapitalisedWord(text, starts[first - 1], ends[first - 1])
                && !Gazetteer.IsArticle(Word(text, starts, ends, first - 1)))
            {
                first--;
            }
            if (first < 1 || !EntityRecognizer.IsCapitalisedWord(text, starts[n - 1], ends[n - 1]) || !(Word(text, starts, ends, first - 1) is "the" or "The")
                || gazetteer.TryLookup(text, starts, ends, first, n, out var known) && known.Type != EntityType.Org)
            {
                continue; // "the French newspaper": a demonym or place says whose paper, not its title
            }
            bool org = false, other = false;
            for (int i = firstOutput; i < output.Count; i++)
            {
                var m = output[i];
                if (m.Span.End > starts[first] && m.Span.Start < ends[n - 1])
                {
                    org |= m.Type == EntityType.Org;
                    other |= m.Type is EntityType.Norp or EntityType.Gpe;
                }
            }
            if (!org && !other)
            {
                EntityRecognizer.ReplaceInside(output, firstOutput, starts[first], ends[n - 1], EntityType.Org);
            }
        }
    }

    /// <summary>"Party officials told …", "Army sources said": a capitalised common noun opening a sentence before a plural
    /// of people is their body's word, not a person's name.</summary>
    private static void NoNameBeforeGroupNoun(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        if (output.Count == firstOutput || starts.Length < 2 || output[firstOutput].Type != EntityType.Person
            || output[firstOutput].Span.Start != starts[0] || output[firstOutput].Span.End != ends[0]
            || !IsBodyWordBeforeGroup(recognizer, text, starts, ends, 0))
        {
            return;
        }
        output.RemoveAt(firstOutput);
    }

    /// <summary>Whether the word at <paramref name="t"/> is a common or body word ("Party", "Army") right before a plural of
    /// people ("officials", "sources"): a modifier, not a name ("Biden officials" keeps Biden).</summary>
    internal static bool IsBodyWordBeforeGroup(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t)
    {
        if (t + 1 >= starts.Length || !(Word(text, starts, ends, t + 1) is "officials" or "sources" or "leaders" or "members" or "chiefs" or "staff"
            or "workers" or "lawmakers" or "insiders" or "officers"))
        {
            return false;
        }
        var w = Word(text, starts, ends, t);
        return recognizer.Model.Common.Contains(TextHash.Lower(w)) || EntityHeads.IsOrganisationHead(w);
    }

    /// <summary>"the governing Liberal Democratic Party": capitalised words right before a body the gazetteer knows belong to
    /// a longer name, another body's; the known one's link would merge two parties of two countries.</summary>
    private static void LongerNameBeforeKnownBody(Gazetteer gazetteer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var mention = output[m];
            int t = TokenAt(starts, mention.Span.Start);
            if (mention.Type != EntityType.Org || t < 2 || starts[t] != ends[t - 1] + 1 || !IsTitleCase(Word(text, starts, ends, t - 1))
                || m > firstOutput && output[m - 1].Span.End > starts[t - 1]
                || !gazetteer.TryLookup(text.AsSpan(mention.Span.Start, mention.Span.Length), out _))
            {
                continue;
            }
            var before = Word(text, starts, ends, t - 1);
            if (gazetteer.TryLookupToken(before, out _) || RoleWords.IsRoleWord(before) || Gazetteer.IsArticle(before) || IsCalendarWord(before)
                || !char.IsLower(text[starts[t - 2]]) && !Gazetteer.IsArticle(Word(text, starts, ends, t - 2)))
            {
                continue; // "US Democratic Party", "Senate Democratic leader": a country or a title before it is no part of its name
            }
            output[m] = mention with { Span = new TextSpan(starts[t - 1], mention.Span.End) };
        }
    }

    /// <summary>"the radio station France Inter", "local station KTVA": after "station" only a broadcaster's name is taken,
    /// where a word for broadcasting comes before it or the name is a call sign (three to five capitals); "the police station
    /// Brixton" is no organisation.</summary>
    private static bool IsBroadcastStation(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int t)
    {
        var w = Word(text, starts, ends, t);
        if (w.Length is >= 3 and <= 5 && NerFeatures.IsAllUpper(w))
        {
            return true;
        }
        return t >= 2 && Word(text, starts, ends, t - 2) is "radio" or "television" or "TV" or "local" or "news" or "public" or "state" or "broadcast"
            or "commercial" or "regional";
    }

    /// <summary>"operated by Polar Ridge Cargo", "Polar Ridge Cargo said in a statement", "Polar Ridge Cargo chief executive
    /// Maria Delgado": capitalised words the tagger left unnamed after "operated by", before "said in a statement" or before
    /// a lower-case title and a name are a company (a person there is named by the tagger; a lone word only if uncommon).</summary>
    private static void CompanyByItsContext(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        // The contexts are found first (a lower-case word after a capital is cheap to test), and only then the run of
        // capitalised words beside them.
        for (int r = 1; r < starts.Length; r++)
        {
            char c = text[starts[r]];
            if (!char.IsLower(c))
            {
                continue;
            }
            int a, end;
            // "Shares in Nordlys Ferries fell", "a stake in …": what has shares is a company, whatever the tagger typed.
            bool shares = Word(text, starts, ends, r) is "in" or "of" && Word(text, starts, ends, r - 1) is "Shares" or "shares" or "stake"
                || Word(text, starts, ends, r) is "at" && Word(text, starts, ends, r - 1) is "Analysts" or "analysts" or "Economists" or "economists"
                    or "Strategists" or "strategists" or "analyst" or "economist" or "strategist"; // "Analysts at Nordhavn said": where analysts work is a firm
            if (shares || Word(text, starts, ends, r) is "by" && Word(text, starts, ends, r - 1) is "operated" or "owned")
            {
                a = r + 1;
                end = a;
                while (end < starts.Length && end - a < 4 && (end == a || starts[end] == ends[end - 1] + 1) && IsCompanyWord(Word(text, starts, ends, end)))
                {
                    end++;
                }
                if (end == a || end < starts.Length && starts[end] == ends[end - 1] + 1 && char.IsUpper(text[starts[end]]))
                {
                    continue; // the run goes on with a word that is no company's
                }
            }
            else if (char.IsUpper(text[starts[r - 1]]) && starts[r] == ends[r - 1] + 1
                && (IsStatement(text, starts, ends, r) || IsTitleBeforeName(text, starts, ends, r) || (shares = IsSharePriceMove(text, starts, ends, r))))
            {
                end = r;
                a = r;
                while (a > 0 && end - a < 4 && (a == end || starts[a] == ends[a - 1] + 1) && IsCompanyWord(Word(text, starts, ends, a - 1)))
                {
                    a--;
                }
                if (a == end || a > 0 && starts[a] == ends[a - 1] + 1 && IsCompanyWord(Word(text, starts, ends, a - 1)))
                {
                    continue; // nothing, or more than four capitalised words
                }
                // "Smith said in a statement" may be a surname.
                if (end - a == 1 && Word(text, starts, ends, r) is "said")
                {
                    continue;
                }
            }
            else
            {
                continue;
            }
            if (end - a == 1 && recognizer.Model.Common.Contains(TextHash.Lower(Word(text, starts, ends, a))))
            {
                continue; // "Local chief executive" is no name
            }
            bool free = true;
            for (int i = firstOutput; i < output.Count; i++)
            {
                if (output[i].Span.End > starts[a] && output[i].Span.Start < ends[end - 1]
                    && !(shares && output[i].Span.Start == starts[a] && output[i].Span.End == ends[end - 1] && output[i].Type is EntityType.Loc or EntityType.Person)
                    && !IsCutFromRun(recognizer, text, starts, ends, a, end, output[i], shares))
                {
                    free = false;
                    break;
                }
            }
            if (free && !recognizer.Gazetteer.TryLookup(text, starts, ends, a, end, out _))
            {
                EntityRecognizer.ReplaceInside(output, firstOutput, starts[a], ends[end - 1], EntityType.Org);
            }
        }
    }

    /// <summary>"Silver | Fjord said in a statement", "Tarn | Ferries": a name the tagger cut from the company's run of words
    /// (wholly inside it, shorter). Where shares are traded that is enough; elsewhere a word of the run it left out must be
    /// an ordinary word, which no given name or surname is ("Anna | Smith said in a statement" stays the person).</summary>
    private static bool IsCutFromRun(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int a, int end,
        EntityMention mention, bool shares)
    {
        if (mention.Span.Start < starts[a] || mention.Span.End > ends[end - 1] || mention.Span.Length == ends[end - 1] - starts[a]
            || mention.Type is not (EntityType.Person or EntityType.Org or EntityType.Loc))
        {
            return false;
        }
        if (shares)
        {
            return true;
        }
        for (int k = a; k < end; k++)
        {
            if ((ends[k] <= mention.Span.Start || starts[k] >= mention.Span.End)
                && recognizer.Model.Common.Contains(TextHash.Lower(Word(text, starts, ends, k))))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Tana Minerals shares fell": the words before "shares" and a verb of a price's move name what is traded, a company.</summary>
    private static bool IsSharePriceMove(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int r) =>
        r + 1 < starts.Length && Word(text, starts, ends, r) is "shares" && Word(text, starts, ends, r + 1) is "fell" or "rose" or "jumped"
            or "slumped" or "dropped" or "climbed" or "tumbled" or "gained" or "plunged" or "surged" or "sank" or "soared" or "slid" or "lost"
            or "rallied" or "slipped" or "dipped" or "edged";

    private static bool IsStatement(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int r) =>
        r + 3 < starts.Length && Word(text, starts, ends, r) is "said" && Word(text, starts, ends, r + 1) is "in"
            && Word(text, starts, ends, r + 2) is "a" && Word(text, starts, ends, r + 3) is "statement";

    // "chief executive Maria Delgado": lower-case role words with a head, then a capitalised name.
    private static bool IsTitleBeforeName(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int r)
    {
        bool head = false;
        int k = r;
        while (k < starts.Length && k - r < 3 && char.IsLower(text[starts[k]]) && RoleWords.IsRoleWord(Word(text, starts, ends, k)))
        {
            head |= RoleWords.IsRoleHead(Word(text, starts, ends, k));
            k++;
        }
        return head && k < starts.Length && IsTitleCase(Word(text, starts, ends, k));
    }

    private static bool IsCompanyWord(ReadOnlySpan<char> w) => IsTitleCase(w) && !IsNeverAName(w);

    // A title, an article, a pronoun or a calendar word: capitalised, it still opens or joins no name.
    private static bool IsNeverAName(ReadOnlySpan<char> w) =>
        RoleWords.IsRoleWord(w) || Gazetteer.IsArticle(w) || Pronouns.IsPronoun(w) || IsCalendarWord(w);

    /// <summary>"National Disaster Risk Reduction and Management Council (NDRRMC)": the capitalised words whose initials spell
    /// a bracketed acronym after them are one organisation's name, however the tagger cut or typed them.</summary>
    private static void LongFormBeforeBracketedAcronym(Gazetteer gazetteer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int open = 2; open + 2 < starts.Length; open++)
        {
            if (Word(text, starts, ends, open) is not "(" || Word(text, starts, ends, open + 2) is not ")")
            {
                continue;
            }
            var acronym = Word(text, starts, ends, open + 1);
            if (acronym.Length is < 2 or > 8 || !NerFeatures.IsAllUpper(acronym))
            {
                continue;
            }
            int end = open; // one past the long form's last word
            if (!EntityRecognizer.IsCapitalisedWord(text, starts[end - 1], ends[end - 1]))
            {
                continue;
            }
            int found = -1;
            int lower = 0; // "Medicines and Healthcare products Regulatory Agency (MHRA)": one lower-case word the acronym skips
            for (int k = end - 1; k >= 0 && end - k <= 12; k--)
            {
                var w = Word(text, starts, ends, k);
                if (EntityRecognizer.IsCapitalisedWord(text, starts[k], ends[k]))
                {
                    if (w is "The")
                    {
                        break;
                    }
                    if (Aliases.NameKey.SpellsInitials(text.AsSpan(starts[k], ends[end - 1] - starts[k]), acronym))
                    {
                        found = k;
                        break;
                    }
                }
                else if (w is not ("and" or "of" or "for" or "the" or "&" or "on" or "de" or "del" or "la" or "des" or "du" or "y" or "-")
                    && !(char.IsLower(w[0]) && w.Length > 3 && ++lower == 1 && k < end - 1))
                {
                    break;
                }
            }
            if (found < 0 || end - found < 2 || gazetteer.TryLookup(text, starts, ends, found, end, out _))
            {
                continue;
            }
            // A person's name with an acronym ("Mohammed bin Salman (MBS)") stays a person.
            bool person = false;
            for (int i = firstOutput; i < output.Count; i++)
            {
                var mention = output[i];
                if (mention.Type == EntityType.Person && mention.Span.Start == starts[found] && mention.Span.End == ends[end - 1]
                    && (text.AsSpan(mention.Span.Start, mention.Span.Length).Contains(" bin ", StringComparison.Ordinal)
                        || text.AsSpan(mention.Span.Start, mention.Span.Length).Contains(" al-", StringComparison.Ordinal)))
                {
                    person = true;
                }
            }
            if (!person)
            {
                EntityRecognizer.ReplaceInside(output, firstOutput, starts[found], ends[end - 1], EntityType.Org);
            }
        }
    }

    // Verbs of saying that news text puts right after a person's surname ("Korolenko said", "Selvaraj told reporters").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_reportingVerbs = FrozenSet.Create(StringComparer.Ordinal,
    [
        "said", "says", "told", "tells", "added", "warned", "argued", "insisted", "denied", "confirmed", "wrote", "noted",
        "stressed", "urged", "replied", "acknowledged", "praised", "explained", "countered", "conceded", "admitted",
        "hinted", "recalled", "testified", "complained", "quipped", "joked", "remarked", "vowed",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"said", "told", "warned": a verb of saying, which no title holds.</summary>
    internal static bool IsReportingVerb(ReadOnlySpan<char> word) => s_reportingVerbs.Contains(word);

    /// <summary>"Korolenko said", "Dizon-Santos told reporters": an unknown capitalised word that opens a sentence right
    /// before a verb of saying is a person's surname (a later article of a dossier names people by surname alone); a plural
    /// of a common noun or a role there ("Analysts said") is no person, whatever the tagger took it for.</summary>
    private static void SurnameBeforeReportingVerb(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        int t = 0;
        while (t < starts.Length - 1 && EntityRecognizer.IsOpener(Word(text, starts, ends, t)))
        {
            t++;
        }
        if (t + 1 >= starts.Length || !s_reportingVerbs.Contains(Word(text, starts, ends, t + 1)))
        {
            return;
        }
        if (output.Count > firstOutput && output[firstOutput].Span.Start < ends[t])
        {
            // "Analysts said", "Witnesses told": the plural of a common noun or a role is no one's name.
            if (output[firstOutput].Type == EntityType.Person && output[firstOutput].Span.Start == starts[t] && output[firstOutput].Span.End == ends[t]
                && IsCommonPlural(recognizer, Word(text, starts, ends, t)))
            {
                output.RemoveAt(firstOutput);
            }
            return;
        }
        var w = Word(text, starts, ends, t);
        if (!IsCompanyWord(w) || recognizer.Model.Common.Contains(TextHash.Lower(w)) || recognizer.Gazetteer.TryLookupToken(w, out _)
            || IsCommonPlural(recognizer, w))
        {
            return;
        }
        output.Insert(firstOutput, new EntityMention(new TextSpan(starts[t], ends[t]), EntityType.Person));
    }

    /// <summary>'…," said Saisuke Sakai of Mizuho', "…, said Collin Koh, a research fellow": two or three capitalised words
    /// right after an inverted reporting verb, none a title, article or date and together no known place or body, are a
    /// person's name, where the tagger found none or took it for a place.</summary>
    private static void NameAfterInvertedCue(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int t = 2; t + 1 < starts.Length; t++)
        {
            // The one-character test first: most tokens are not two after a comma or a closing quotation mark.
            if (ends[t - 2] - starts[t - 2] != 1 || text[starts[t - 2]] is not (',' or '\u201D' or '"' or '\'' or '\u2019')
                || !s_reportingVerbs.Contains(Word(text, starts, ends, t - 1)))
            {
                continue;
            }
            int k = t;
            while (k < starts.Length && k - t < 3 && IsTitleCase(Word(text, starts, ends, k)) && !RoleWords.IsRoleWord(Word(text, starts, ends, k))
                && !Gazetteer.IsArticle(Word(text, starts, ends, k)) && !Pronouns.IsPronoun(Word(text, starts, ends, k)) && !IsCalendarWord(Word(text, starts, ends, k)))
            {
                k++;
            }
            if (k - t < 2 || k < starts.Length && !(Word(text, starts, ends, k) is "," or "." or "of" or "who" or "at" or "from" or "in")
                || recognizer.Gazetteer.TryLookup(text, starts, ends, t, k, out _))
            {
                continue;
            }
            bool named = false;
            for (int i = firstOutput; i < output.Count; i++)
            {
                var m = output[i];
                if (m.Span.End > starts[t] && m.Span.Start < ends[k - 1] && m.Type is not (EntityType.Loc or EntityType.Person))
                {
                    named = true; // "said Human Rights Watch": the tagger's organisation stands
                }
            }
            if (!named)
            {
                EntityRecognizer.ReplaceInside(output, firstOutput, starts[t], ends[k - 1], EntityType.Person);
            }
        }
    }

    /// <summary>"Indonesia's Sulawesi island", "Cagayan province": a one-word name right before a lower-case noun for a
    /// place is that place, not a person.</summary>
    private static void PlaceBeforePlaceNoun(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            int end = output[m].Span.End;
            if (output[m].Type is EntityType.Loc or EntityType.Gpe)
            {
                WholePlaceBeforePlaceNoun(text, starts, ends, output, firstOutput, m);
                continue;
            }
            if (output[m].Type is not (EntityType.Person or EntityType.Org) || end + 1 >= text.Length || text[end] != ' ' || !char.IsLower(text[end + 1]))
            {
                continue;
            }
            int t = TokenAt(starts, output[m].Span.Start);
            // "Enugu state governor", "the Kano state government": a state with a government is a place, not a body.
            if (t + 2 < starts.Length && ends[t] == end && Word(text, starts, ends, t + 1) is "state"
                && Word(text, starts, ends, t + 2) is "governor" or "government" or "governments" or "assembly" or "legislature" or "police" or "capital" or "commissioner" or "governorship")
            {
                output[m] = output[m] with { Type = EntityType.Loc };
                continue;
            }
            if (output[m].Type != EntityType.Person)
            {
                continue;
            }
            if (t + 1 < starts.Length && ends[t] == end
                && Word(text, starts, ends, t + 1) is "island" or "province" or "city" or "town" or "village" or "region" or "district"
                    or "county" or "river" or "valley" or "peninsula" or "mountains" or "prefecture" or "municipality")
            {
                output[m] = output[m] with { Type = EntityType.Loc };
            }
        }
    }

    /// <summary>"Iceland's Reykjanes peninsula", "Keflavik international airport", "the Sumy region": one capitalised word
    /// no name holds, no common word, right before a lower-case noun for a region or a landform (or "international airport"),
    /// is that place's name.</summary>
    private static void UnnamedPlaceBeforePlaceNoun(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int t = 0; t + 1 < starts.Length; t++)
        {
            if (!char.IsUpper(text[starts[t]]) || !IsTitleCase(Word(text, starts, ends, t)) || !char.IsLower(text[starts[t + 1]]))
            {
                continue;
            }
            var next = Word(text, starts, ends, t + 1);
            bool airport = next is "international" && t + 2 < starts.Length && Word(text, starts, ends, t + 2) is "airport";
            if (!airport && !(next is "peninsula" or "region" or "province" or "oblast" or "district" or "county" or "valley" or "glacier"
                or "volcano" or "airport" or "island" or "archipelago" or "desert" or "plateau" or "gorge" or "fjord"))
            {
                continue;
            }
            // One word only: "Blue Lagoon spa" or "the Upper Nile region" are longer names this does not guess.
            if (t > 0 && char.IsUpper(text[starts[t - 1]]) && IsTitleCase(Word(text, starts, ends, t - 1)))
            {
                continue;
            }
            var word = Word(text, starts, ends, t);
            if (recognizer.Model.Common.Contains(TextHash.Lower(word)) || RoleWords.IsRoleWord(word) || Pronouns.IsPronoun(word))
            {
                continue;
            }
            if (!Overlaps(output, firstOutput, starts[t], ends[t]))
            {
                EntityRecognizer.ReplaceInside(output, firstOutput, starts[t], ends[t], EntityType.Loc);
            }
        }
    }

    /// <summary>"Sudan's Blue Nile state", "in Upper Nile state": a known place ("Nile") right before a lower-case noun for a
    /// region takes in the capitalised words before it that no name holds; the region is named after the place.</summary>
    private static void WholePlaceBeforePlaceNoun(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput, int m)
    {
        var span = output[m].Span;
        int t = TokenAt(starts, span.Start);
        int last = LastToken(starts, span);
        if (t < 2 || last + 1 >= starts.Length
            || Word(text, starts, ends, last + 1) is not ("state" or "province" or "region" or "district" or "county" or "governorate" or "prefecture"))
        {
            return;
        }
        int from = t;
        // Not the sentence's first word, which is capitalised anyway; nothing another name holds.
        while (from > 1 && starts[from] == ends[from - 1] + 1 && (m == firstOutput || output[m - 1].Span.End <= starts[from - 1]))
        {
            var w = Word(text, starts, ends, from - 1);
            if (!IsTitleCase(w) || RoleWords.IsRoleWord(w) || IsCalendarWord(w) || Gazetteer.IsArticle(w))
            {
                break;
            }
            from--;
        }
        if (from < t)
        {
            output[m] = output[m] with { Span = new TextSpan(starts[from], span.End), Type = EntityType.Loc };
        }
    }

    /// <summary>"Social Affairs Minister Tri Rismaharini", "EU Competition Commissioner Margrethe Vestager": the field of a
    /// title ("Social Affairs", "Competition") that the tagger named as a body is no name; a known name it opens with
    /// ("EU") stays.</summary>
    private static void NoPortfolioBeforeTitle(Gazetteer gazetteer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = output.Count - 1; m >= firstOutput; m--)
        {
            int last = LastToken(starts, output[m].Span);
            if (output[m].Type != EntityType.Org || last < 0 || last + 1 >= starts.Length || !char.IsUpper(text[starts[last + 1]])
                || !RoleWords.IsRoleHead(Word(text, starts, ends, last + 1)) || !IsPortfolio(Word(text, starts, ends, last)))
            {
                continue;
            }
            int first = TokenAt(starts, output[m].Span.Start);
            output.RemoveAt(m);
            for (int known = last; known > first; known--)
            {
                if (gazetteer.TryLookup(text, starts, ends, first, known, out var entry))
                {
                    output.Insert(m, new EntityMention(new TextSpan(starts[first], ends[known - 1]), entry.Type));
                    break;
                }
            }
        }
    }

    // The fields of ministries and commissioners' portfolios, as titles write them before "Minister" or "Commissioner".
    private static bool IsPortfolio(ReadOnlySpan<char> w) =>
        w is "Affairs" or "Competition" or "Trade" or "Finance" or "Defence" or "Defense" or "Health" or "Energy" or "Justice"
            or "Education" or "Transport" or "Environment" or "Interior" or "Agriculture" or "Labour" or "Labor" or "Economy"
            or "Industry" or "Climate" or "Enlargement" or "Migration";

    /// <summary>"Portugal's National Cybersecurity Centre", "The National Flood Warning Centre said": capitalised words that end
    /// in the head of a body, after a country's possessive or after "the" where the phrase speaks, are that body, where the
    /// tagger named nothing.</summary>
    private static void BodyNamedByItsHead(Gazetteer gazetteer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int p = 0; p + 2 < starts.Length; p++)
        {
            var opener = Word(text, starts, ends, p);
            bool possessive = opener is "'s" or "\u2019s" && p > 0 && EndsGpe(output, firstOutput, ends[p - 1]);
            if (!possessive && opener is not ("the" or "The"))
            {
                continue;
            }
            int first = p + 1;
            int last = first;
            while (last < starts.Length && last - first < 5 && IsTitleCase(Word(text, starts, ends, last)) && !EntityHeads.IsOrganisationHead(Word(text, starts, ends, last)))
            {
                last++;
            }
            if (last == first || last >= starts.Length || !EntityHeads.IsOrganisationHead(Word(text, starts, ends, last))
                || !possessive && (last + 1 >= starts.Length || !IsReportingVerb(Word(text, starts, ends, last + 1)))
                || Covered(output, firstOutput, starts[first], ends[last]) || gazetteer.TryLookup(text, starts, ends, first, last + 1, out _))
            {
                continue;
            }
            ReplaceCovering(output, firstOutput, starts[first], ends[last], EntityType.Org);
        }
    }

    /// <summary>"The UK's Natural Environment Research Council": a body's name that the tagger began one to four capitalised
    /// words after a place's possessive begins right after it (the words between open the name).</summary>
    private static void BodyAfterPossessiveWhole(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput + 1; m < output.Count; m++)
        {
            var mention = output[m];
            if (mention.Type != EntityType.Org)
            {
                continue;
            }
            int a = starts.BinarySearch(mention.Span.Start);
            int p = a - 1;
            while (p > 0 && a - p <= 4 && IsTitleCase(Word(text, starts, ends, p)) && !IsNeverAName(Word(text, starts, ends, p)))
            {
                p--;
            }
            var surface = text.AsSpan(mention.Span.Start, mention.Span.Length);
            if (a < 2 || p == a - 1 || Word(text, starts, ends, p) is not ("'s" or "\u2019s") || output[m - 1].Span.End != ends[p - 1]
                || output[m - 1].Type != EntityType.Gpe || !EntityHeads.IsOrganisationHead(surface[(surface.LastIndexOf(' ') + 1)..]))
            {
                continue;
            }
            output[m] = new EntityMention(new TextSpan(starts[p + 1], mention.Span.End), EntityType.Org);
        }
    }

    /// <summary>Whether a country, city or state the rules or tagger found ends at <paramref name="end"/>.</summary>
    internal static bool EndsGpe(List<EntityMention> output, int firstOutput, int end)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            if (output[m].Span.End == end && output[m].Type == EntityType.Gpe)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Nordhavn now expects …" after "container line Nordhavn Shipping": the first word of a company named earlier in
    /// the document, alone and left unnamed by the tagger, is that company (news shortens a firm's name after its first
    /// mention).</summary>
    private static void FirmByItsFirstWord(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        if (firstOutput == 0)
        {
            return;
        }
        for (int t = 0; t < starts.Length; t++)
        {
            var w = Word(text, starts, ends, t);
            if (w.Length < 3 || !IsTitleCase(w) || t + 1 < starts.Length && IsTitleCase(Word(text, starts, ends, t + 1))
                || t > 0 && IsTitleCase(Word(text, starts, ends, t - 1)) || Covered(output, firstOutput, starts[t], ends[t])
                || recognizer.Model.Common.Contains(TextHash.Lower(w)) || recognizer.Gazetteer.TryLookupToken(w, out _)
                || !NamesAFirmBefore(text, output, firstOutput, w))
            {
                continue;
            }
            ReplaceCovering(output, firstOutput, starts[t], ends[t], EntityType.Org);
        }
    }

    private static bool NamesAFirmBefore(string text, List<EntityMention> output, int firstOutput, ReadOnlySpan<char> word)
    {
        for (int m = 0; m < firstOutput; m++)
        {
            if (output[m].Type != EntityType.Org)
            {
                continue;
            }
            var name = text.AsSpan(output[m].Span.Start, output[m].Span.Length);
            int space = name.IndexOf(' ');
            int last = name.LastIndexOf(' ');
            if (space == word.Length && name.StartsWith(word, StringComparison.Ordinal) && EntityHeads.IsCompanyHead(name[(last + 1)..]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Kamiti Maximum Security | Prison", "Evin | Prison": a name the tagger stopped right before a capitalised head
    /// that hardly ends anything but a place ends there, and is that place.</summary>
    private static void NameBeforeItsPlaceHead(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            int last = LastToken(starts, output[m].Span);
            int head = last + 1;
            if (last < 0 || head >= starts.Length || starts[head] != ends[last] + 1 || !EntityHeads.IsStrongPlaceHead(Word(text, starts, ends, head))
                || !char.IsUpper(text[starts[head]]) || m + 1 < output.Count && output[m + 1].Span.Start < ends[head]
                || head + 1 < starts.Length && IsTitleCase(Word(text, starts, ends, head + 1)))
            {
                continue;
            }
            output[m] = new EntityMention(new TextSpan(output[m].Span.Start, ends[head]), EntityType.Loc);
        }
    }

    /// <summary>"the CNCS said", "according to the NHS,": an unknown word in capitals after "the", before a verb or a stop,
    /// is a body's acronym (news writes "the" before the acronyms of bodies, not of people or places).</summary>
    private static void AcronymAfterThe(Gazetteer gazetteer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        Span<char> lower = stackalloc char[6];
        for (int t = 1; t + 1 < starts.Length; t++)
        {
            var w = Word(text, starts, ends, t);
            if (w.Length is < 3 or > 6 || !IsLetters(w) || !NerFeatures.IsAllUpper(w) || Word(text, starts, ends, t - 1) is not ("the" or "The")
                || !IsAfterAcronymWord(Word(text, starts, ends, t + 1)) || Covered(output, firstOutput, starts[t], ends[t])
                || NerFeatures.IsAllUpper(Word(text, starts, ends, t - 1)) || t + 2 < starts.Length && NerFeatures.IsAllUpper(Word(text, starts, ends, t + 2)) && IsLetters(Word(text, starts, ends, t + 2)))
            {
                continue;
            }
            w.ToLowerInvariant(lower);
            if (gazetteer.TryLookup(w, out _) || RoleWords.IsRoleWord(lower[..w.Length]) || s_commonAcronyms.Contains(lower[..w.Length]))
            {
                continue;
            }
            ReplaceCovering(output, firstOutput, starts[t], ends[t], EntityType.Org);
        }
    }

    // Acronyms of things and of kinds of body, not of one body ("the GDP", "the NGO said").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_commonAcronyms = FrozenSet.Create(StringComparer.Ordinal,
    [
        "gdp", "gnp", "cpi", "dna", "rna", "hiv", "aids", "covid", "sars", "mers", "gps", "usb", "atm", "suv", "ufo", "mri", "icu",
        "vip", "faq", "pdf", "api", "vpn", "ipo", "ngo", "ngos", "mps", "tv", "eu", "pin", "sim", "led", "lng", "lpg", "ied", "ieds",
        "rpg", "apc", "apcs", "uav", "uavs", "atms", "ceo", "ceos", "cfo", "coo", "cto", "ai", "agm", "faqs",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when every character of <paramref name="w"/> is a letter.</summary>
    internal static bool IsLetters(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }
        return true;
    }

    internal static bool Covered(List<EntityMention> output, int firstOutput, int start, int end)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            if (output[m].Span.Start < end && output[m].Span.End > start)
            {
                return true;
            }
        }
        return false;
    }

    // What follows a body's acronym as a subject or at a phrase's end: a stop, a verb of saying or an auxiliary ("the POV of
    // the rocket", "the GDP in 2020" are no bodies, so no preposition).
    private static bool IsAfterAcronymWord(ReadOnlySpan<char> w) =>
        w is "," or "." or ";" or ":" or ")" or "has" or "had" or "have" or "is" or "was" or "will" or "would" or "did" or "does" or "also"
            or "and"
        || IsReportingVerb(w);

    /// <summary>"The National Cybersecurity Centre said": a name the tagger typed a place that speaks is a body; people "in"
    /// or "from" a place speak with its name before the verb ("residents of Gaza City said"), so those stay places.</summary>
    private static void SpeakingPlaceIsABody(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            if (output[m].Type != EntityType.Loc)
            {
                continue;
            }
            int first = TokenAt(starts, output[m].Span.Start);
            int last = LastToken(starts, output[m].Span);
            if (first < 0 || last + 1 >= starts.Length || !IsReportingVerb(Word(text, starts, ends, last + 1))
                || !EntityHeads.IsOrganisationHead(Word(text, starts, ends, last)))
            {
                continue;
            }
            int before = first - 1;
            if (before >= 0 && Word(text, starts, ends, before) is "the" or "The")
            {
                before--;
            }
            if (before >= 0 && IsPlacePreposition(Word(text, starts, ends, before)))
            {
                continue;
            }
            output[m] = output[m] with { Type = EntityType.Org };
        }
    }

    private static bool IsPlacePreposition(ReadOnlySpan<char> w) =>
        w is "in" or "of" or "from" or "at" or "near" or "across" or "around" or "outside" or "inside" or "on" or "to" or "into";

    /// <summary>"ISTANBUL - A court in Istanbul": an all-capital name opening a sentence before a dash is the dateline's
    /// place, whatever the tagger took it for.</summary>
    private static void DatelinePlace(Gazetteer gazetteer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        // "NAIROBI — Thousands of …": a capital or known city in capitals before the dash, which the tagger did not name.
        if ((output.Count == firstOutput || output[firstOutput].Span.Start != starts[0]) && starts.Length > 2 && ends[0] - starts[0] is >= 3 and <= 24
            && Word(text, starts, ends, 1) is "-" or "\u2013" or "\u2014" or "," && NerFeatures.IsAllUpper(Word(text, starts, ends, 0)))
        {
            if (gazetteer.TryLookupCapitals(Word(text, starts, ends, 0), out var entry) && entry.Type is EntityType.Gpe or EntityType.Loc)
            {
                output.Insert(firstOutput, new EntityMention(new TextSpan(starts[0], ends[0]), entry.Type));
            }
            return;
        }
        // "NEW YORK -", "SAN JOSE, Calif. -": two or three words in capitals before the dash, which the tagger cut or left.
        if (starts.Length > 3 && NerFeatures.IsAllUpper(Word(text, starts, ends, 0)) && NerFeatures.IsAllUpper(Word(text, starts, ends, 1)))
        {
            int dash = Word(text, starts, ends, 2) is "-" or "\u2013" or "\u2014" or "," ? 2
                : NerFeatures.IsAllUpper(Word(text, starts, ends, 2)) && Word(text, starts, ends, 3) is "-" or "\u2013" or "\u2014" or "," ? 3 : 0;
            if (dash > 0 && ends[dash - 1] - starts[0] <= 32 && ReplaceByKnownPlaceInCapitals(gazetteer, text, starts, ends, dash, output, firstOutput))
            {
                return;
            }
        }
        if (output.Count == firstOutput || output[firstOutput].Span.Start != starts[0] || output[firstOutput].Type is EntityType.Gpe or EntityType.Loc)
        {
            return;
        }
        int last = LastToken(starts, output[firstOutput].Span);
        if (last + 1 < starts.Length && Word(text, starts, ends, last + 1) is "-" or "\u2013" or "\u2014"
            && NerFeatures.IsAllUpper(text.AsSpan(output[firstOutput].Span.Start, output[firstOutput].Span.Length)))
        {
            output[firstOutput] = output[firstOutput] with { Type = EntityType.Loc };
        }
        // "ABUJA, Oct 2 (Reuters) -": a known place in capitals before a comma and a date ("NATO, the alliance" is no dateline).
        else if (last == 0 && last + 2 < starts.Length && Word(text, starts, ends, 1) is "," && IsMonthWord(Word(text, starts, ends, 2))
            && gazetteer.TryLookupCapitals(Word(text, starts, ends, 0), out var place) && place.Type is EntityType.Gpe or EntityType.Loc)
        {
            output[firstOutput] = output[firstOutput] with { Type = place.Type };
        }
    }

    /// <summary>"OSLO (Baltic Herald) —", "SAN JOSE, Calif., Dec 6 (Bay Wire) -": the words in brackets between a dateline's
    /// place in capitals and its dash name the outlet that filed the report, an organisation, whatever the tagger took them
    /// for.</summary>
    private static void DatelineOutlet(Gazetteer gazetteer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        if (starts.Length < 5 || ends[0] - starts[0] < 2 || !NerFeatures.IsAllUpper(Word(text, starts, ends, 0)))
        {
            return;
        }
        int open = 1;
        while (open < starts.Length && open < 9 && Word(text, starts, ends, open) is not "(")
        {
            var w = Word(text, starts, ends, open);
            if (!(w is "," or "." || char.IsUpper(w[0]) || char.IsDigit(w[0])))
            {
                return; // a lower-case word: running text, no dateline
            }
            open++;
        }
        int close = open + 1;
        while (close < starts.Length && close - open <= 5 && Word(text, starts, ends, close) is not ")")
        {
            var w = Word(text, starts, ends, close);
            if (!(char.IsUpper(w[0]) || w is "&" or "of" or "the" or "de"))
            {
                return;
            }
            close++;
        }
        if (close == open + 1 || close + 1 >= starts.Length || Word(text, starts, ends, close) is not ")"
            || Word(text, starts, ends, close + 1) is not ("-" or "\u2013" or "\u2014"))
        {
            return;
        }
        EntityRecognizer.ReplaceInside(output, firstOutput, starts[open + 1], ends[close - 1], EntityType.Org);
        // "OSLO (Baltic Herald) —": the place right before the bracket, which the dash rule above does not reach. A dateline
        // names where the report was filed, so a word the gazetteer does not know ("BERGEN") is a place all the same.
        if (open == 1 && (output.Count == firstOutput || output[firstOutput].Span.Start != starts[0]) && ends[0] - starts[0] >= 3)
        {
            var type = gazetteer.TryLookupCapitals(Word(text, starts, ends, 0), out var entry) ? entry.Type : EntityType.Loc;
            if (type is EntityType.Gpe or EntityType.Loc)
            {
                output.Insert(firstOutput, new EntityMention(new TextSpan(starts[0], ends[0]), type));
            }
        }
    }

    private static bool ReplaceByKnownPlaceInCapitals(Gazetteer gazetteer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int count,
        List<EntityMention> output, int firstOutput)
    {
        // The gazetteer holds "New York", not "NEW YORK": each word title-cased into one buffer.
        int stop = ends[count - 1];
        Span<char> title = stackalloc char[stop - starts[0]];
        text.AsSpan(starts[0], title.Length).ToLowerInvariant(title);
        for (int t = 0; t < count; t++)
        {
            title[starts[t] - starts[0]] = char.ToUpperInvariant(title[starts[t] - starts[0]]);
        }
        if (!gazetteer.TryLookup(title, out var entry) || entry.Type is not (EntityType.Gpe or EntityType.Loc))
        {
            return false;
        }
        return EntityRecognizer.ReplaceInside(output, firstOutput, starts[0], stop, entry.Type);
    }

    /// <summary>"SK Engineering &amp; Construction said", "shares of Procter &amp; Gamble": capitalised words joined by an
    /// ampersand in running text are one organisation's name (firms, partnerships, brands), however the tagger cut them.</summary>
    private static void AmpersandName(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        // A headline in title case capitalises every word ("Storms &amp; Floods Hit Coast"), so only a sentence with a
        // lower-case word of some length is read as running text.
        bool running = false;
        for (int t = 0; t < starts.Length && !running; t++)
        {
            running = ends[t] - starts[t] > 3 && char.IsLower(text[starts[t]]);
        }
        if (!running)
        {
            return;
        }
        for (int t = 1; t + 1 < starts.Length; t++)
        {
            if (ends[t] - starts[t] != 1 || text[starts[t]] != '&' || !IsNameWord(Word(text, starts, ends, t - 1))
                || !IsNameWord(Word(text, starts, ends, t + 1)))
            {
                continue;
            }
            int first = t - 1;
            while (first > 0 && t - first < 3 && IsNameWord(Word(text, starts, ends, first - 1)))
            {
                first--;
            }
            int last = t + 1;
            while (last + 1 < starts.Length && last - t < 3 && IsNameWord(Word(text, starts, ends, last + 1)))
            {
                last++;
            }
            // "(Dye & Bavelier, 2010)", "Polio & Gass (1997)", "(Baron & Beresford 2014)", "Carrano & Biewener [7]": authors
            // of a reference, whom the citation rule names.
            bool citation = last + 2 < starts.Length && text[starts[last + 1]] is ',' or '(' or '[' && char.IsDigit(text[starts[last + 2]])
                || last + 1 < starts.Length && ends[last + 1] - starts[last + 1] == 4 && char.IsDigit(text[starts[last + 1]]);
            if (!citation)
            {
                EntityRecognizer.ReplaceInside(output, firstOutput, starts[first], ends[last], EntityType.Org);
            }
            t = last;
        }
    }

    // A word that can be part of a firm's name: capitalised or an acronym, and no article, title or pronoun.
    private static bool IsNameWord(ReadOnlySpan<char> w) => w.Length > 0 && char.IsUpper(w[0]) && !IsNeverAName(w);

    /// <summary>"Rovers travel to …", "Albion were beaten": a club's last word written alone is the club, not a person;
    /// "the FA Cup", "the Africa Cup of Nations": a name right before "Cup" or after "Cup of" is part of a competition's name, which the
    /// recogniser has no type for, so it is dropped.</summary>
    private static void ClubWordAloneAndCupNames(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = output.Count - 1; m >= firstOutput; m--)
        {
            var mention = output[m];
            int last = LastToken(starts, mention.Span);
            int first = TokenAt(starts, mention.Span.Start);
            if (last + 1 < starts.Length && text[starts[last + 1]] == 'C' && Word(text, starts, ends, last + 1) is "Cup"
                || first >= 2 && text[starts[first - 2]] == 'C' && Word(text, starts, ends, first - 2) is "Cup" && Word(text, starts, ends, first - 1) is "of")
            {
                output.RemoveAt(m);
                continue;
            }
            if (mention.Type == EntityType.Person && text[mention.Span.Start] is 'R' or 'W' or 'A' or 'H'
                && text.AsSpan(mention.Span.Start, mention.Span.Length) is "Rovers" or "Wanderers" or "Albion" or "Hotspur" or "Athletic")
            {
                output[m] = mention with { Type = EntityType.Org };
            }
        }
    }

    /// <summary>"Detective Inspector Samira Khan", "Chief Superintendent Alan Pike": a police rank the tagger took into a
    /// person's name is cut off (the ranks are no role words, so nothing else removes them).</summary>
    private static void NoPoliceRankInName(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var mention = output[m];
            if (mention.Type != EntityType.Person || text[mention.Span.Start] is not ('I' or 'C' or 'S' or 'D'))
            {
                continue;
            }
            int t = TokenAt(starts, mention.Span.Start);
            int last = LastToken(starts, mention.Span);
            int from = t;
            while (from < last - 1 && Word(text, starts, ends, from) is "Inspector" or "Constable" or "Superintendent" or "Detective"
                or "Sergeant" or "Chief" or "Commissioner")
            {
                from++;
            }
            if (from > t)
            {
                output[m] = mention with { Span = new TextSpan(starts[from], mention.Span.End) };
            }
        }
    }

    /// <summary>'Piotr "The Hammer" Kowalczyk', 'Thiago "Tico" Mendes': a first name, a nickname of one to three capitalised
    /// words in quotation marks and a surname are one person, though the quotation marks break the tagger's run.</summary>
    private static void NicknameInsideName(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int q = 1; q + 3 < starts.Length; q++)
        {
            if (ends[q] - starts[q] != 1 || text[starts[q]] is not ('"' or '\u201C'))
            {
                continue;
            }
            int close = q + 1;
            while (close < starts.Length && close <= q + 4 && char.IsUpper(text[starts[close]]))
            {
                close++;
            }
            int surname = close + 1;
            if (close == q + 1 || close > q + 4 || surname >= starts.Length || ends[close] - starts[close] != 1
                || text[starts[close]] is not ('"' or '\u201D'))
            {
                continue;
            }
            var common = recognizer.Model.Common;
            var first = Word(text, starts, ends, q - 1);
            var last = Word(text, starts, ends, surname);
            if (!IsTitleCase(first) || !IsTitleCase(last) || common.Contains(TextHash.Lower(first)) || common.Contains(TextHash.Lower(last))
                || !CouldBeAPersonsName(recognizer, text, starts, ends, q - 1, q - 1)
                || !CouldBeAPersonsName(recognizer, text, starts, ends, surname, surname))
            {
                continue;
            }
            ReplaceCovering(output, firstOutput, starts[q - 1], ends[surname], EntityType.Person);
            q = surname;
        }
    }

    /// <summary>"Residents of Varnavas said": where residents or villagers live is a place, though the tagger took the
    /// one word for a person.</summary>
    private static void HomeOfResidents(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var mention = output[m];
            int t = TokenAt(starts, mention.Span.Start);
            if (mention.Type == EntityType.Person && t >= 2 && LastToken(starts, mention.Span) == t && Word(text, starts, ends, t - 1) is "of" or "in"
                && Word(text, starts, ends, t - 2) is "Residents" or "residents" or "Villagers" or "villagers" or "Inhabitants" or "inhabitants"
                    or "Locals" or "locals" or "mayor" or "Mayor" or "outskirts")
            {
                output[m] = mention with { Type = EntityType.Loc };
            }
        }
    }

    /// <summary>"in Lucena, Cabra and Baena": names listed after a place preposition with a place first are places too,
    /// though the tagger took the later one-word ones for people.</summary>
    private static void PlacesListedWithAPlace(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m + 1 < output.Count; m++)
        {
            var place = output[m];
            int t = TokenAt(starts, place.Span.Start);
            if (place.Type is not (EntityType.Loc or EntityType.Gpe) || t < 1
                || Word(text, starts, ends, t - 1) is not ("in" or "at" or "near" or "from" or "across" or "between" or "around"))
            {
                continue;
            }
            int last = LastToken(starts, place.Span);
            int n = m + 1;
            while (n < output.Count)
            {
                int next = TokenAt(starts, output[n].Span.Start);
                int gap = next - last - 1;
                bool listed = gap == 1 && Word(text, starts, ends, last + 1) is "," or "and" or "or"
                    || gap == 2 && Word(text, starts, ends, last + 1) is "," && Word(text, starts, ends, last + 2) is "and" or "or";
                if (!listed)
                {
                    break;
                }
                int nextLast = LastToken(starts, output[n].Span);
                if (output[n].Type == EntityType.Person && nextLast == next)
                {
                    output[n] = output[n] with { Type = place.Type == EntityType.Gpe ? EntityType.Loc : place.Type };
                }
                else if (output[n].Type is not (EntityType.Loc or EntityType.Gpe))
                {
                    break;
                }
                last = nextLast;
                n++;
            }
            m = n - 1;
        }
    }

    private static int LastToken(ReadOnlySpan<int> starts, TextSpan span)
    {
        int t = starts.BinarySearch(span.End - 1);
        return t >= 0 ? t : ~t - 1;
    }

    /// <summary>"Central bank holds rates", "Northern farmers brace for drought": a common word or an adjective opening a
    /// sentence (a headline most often) right before a lower-case word is no place, though the document's "European Central
    /// Bank" made the tagger take it for one.</summary>
    private static void NoPlaceFromOpeningAdjective(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        if (output.Count == firstOutput || starts.Length < 2 || output[firstOutput].Type is not (EntityType.Loc or EntityType.Gpe)
            || output[firstOutput].Span.Start != starts[0] || output[firstOutput].Span.End != ends[0] || !char.IsLower(text[starts[1]]))
        {
            return;
        }
        var w = Word(text, starts, ends, 0);
        if (recognizer.Gazetteer.TryLookupToken(w, out _))
        {
            return;
        }
        // An adjective's ending ("Central", "Northern") counts only in a headline (no full stop), where a town would be rarer
        // than in a sentence ("Bhopal residents said").
        var lastWord = Word(text, starts, ends, starts.Length - 1);
        bool headline = lastWord is not ("." or "!" or "?" or "\"" or "\u201D" or "'" or "\u2019");
        if (recognizer.Model.Common.Contains(TextHash.Lower(w))
            || headline && w.Length > 4 && (w.EndsWith("al", StringComparison.Ordinal) || w.EndsWith("ern", StringComparison.Ordinal)))
        {
            output.RemoveAt(firstOutput);
        }
    }

    // "Analysts", "Witnesses": the plural of a common noun or a role (the lists hold the singular).
    // "Unions": a body noun's plural too, though news capitalises "Union" often enough to keep it off the common list.
    private static bool IsCommonPlural(EntityRecognizer recognizer, ReadOnlySpan<char> w)
    {
        if (w.Length <= 3 || w.Length > 32 || w[^1] != 's')
        {
            return false;
        }
        Span<char> singular = stackalloc char[w.Length - 1];
        w[..^1].ToLowerInvariant(singular);
        return recognizer.Model.Common.Contains(TextHash.Lower(w[..^1])) || RoleWords.IsRoleWord(w[..^1]) || EntityHeads.IsBodyNoun(singular)
            || w[^2] == 'e' && recognizer.Model.Common.Contains(TextHash.Lower(w[..^2])) || EntityRecognizer.IsPluralAgentNoun(w);
    }

    private static bool IsMonthWord(ReadOnlySpan<char> w) =>
        w is "Jan" or "Feb" or "Mar" or "Apr" or "Aug" or "Sep" or "Sept" or "Oct" or "Nov" or "Dec"
            or "Jan." or "Feb." or "Mar." or "Apr." or "Aug." or "Sep." or "Sept." or "Oct." or "Nov." or "Dec."
            || IsCalendarWord(w) && !w.EndsWith("day", StringComparison.Ordinal);

    /// <summary>A weekday's or a month's name, written out and capitalised ("Monday", "June").</summary>
    internal static bool IsCalendarWord(ReadOnlySpan<char> w) =>
        w is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday" or "January" or "February"
            or "March" or "April" or "May" or "June" or "July" or "August" or "September" or "October" or "November" or "December";

    /// <summary>"The Football Supporters' Association", "the UN Children's Fund", "the Workers' Party": a plural's possessive
    /// followed by a capitalised body's head is inside one body's name, which the tagger cut at the apostrophe. A singular's
    /// possessive ("Britain's Competition Authority", "the company's Board") is left alone.</summary>
    private static void PluralPossessiveInsideName(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int t = 1; t + 1 < starts.Length; t++)
        {
            var mark = Word(text, starts, ends, t);
            var plural = Word(text, starts, ends, t - 1);
            bool possessive = mark is "'" or "\u2019" && plural.Length > 3 && plural[^1] == 's' && starts[t] == ends[t - 1]
                || mark is "'s" or "\u2019s" && plural is "Children" or "Women" or "Men" or "People";
            if (!possessive || !IsTitleCase(plural) || !EntityRecognizer.IsCapitalisedWord(text, starts[t + 1], ends[t + 1]))
            {
                continue;
            }
            // The name goes on over capitalised words and "of/for/and" between them; it must end in a body's head.
            int end = t + 1, lastHead = -1;
            while (end < starts.Length && end - t < 6)
            {
                var w = Word(text, starts, ends, end);
                if (EntityRecognizer.IsCapitalisedWord(text, starts[end], ends[end]) && !IsCalendarWord(w))
                {
                    if (EntityHeads.IsOrganisationHead(w) || IsMembersBodyHead(w))
                    {
                        lastHead = end;
                    }
                }
                else if (!(w is "of" or "for" or "and" && end + 1 < starts.Length && EntityRecognizer.IsCapitalisedWord(text, starts[end + 1], ends[end + 1])))
                {
                    break;
                }
                end++;
            }
            if (lastHead < 0)
            {
                continue;
            }
            int from = t - 1;
            while (from > 0 && EntityRecognizer.IsCapitalisedWord(text, starts[from - 1], ends[from - 1]) && !Gazetteer.IsArticle(Word(text, starts, ends, from - 1))
                && !(from - 1 == 0 && Word(text, starts, ends, 0) is "A" or "An"))
            {
                from--;
            }
            // A name that runs across the edges is some other name's; the names inside are parts of this one.
            bool free = true;
            for (int i = firstOutput; i < output.Count; i++)
            {
                var mention = output[i];
                if (mention.Span.End > starts[from] && mention.Span.Start < ends[lastHead] && (mention.Span.Start < starts[from] || mention.Span.End > ends[lastHead]))
                {
                    free = false;
                    break;
                }
            }
            if (free)
            {
                ReplaceCovering(output, firstOutput, starts[from], ends[lastHead], EntityType.Org);
            }
            t = lastHead;
        }
    }

    // Heads of members' bodies that EntityHeads leaves out ("the European Patients' Forum", "the Nurses' League").
    private static bool IsMembersBodyHead(ReadOnlySpan<char> w) =>
        w is "Forum" or "League" or "Guild" or "Chamber" or "Confederation" or "Caucus" or "Collective" or "Cooperative"
            or "Co-operative" or "Platform" or "Syndicate" or "Conference" or "Lobby";

    /// <summary>"Vestager, the EU's competition chief, has also opened …": a capitalised word opening the sentence, set off
    /// by a comma before an apposition that a determiner opens and a person's role or noun ends at the next comma, is that
    /// person's surname, where the tagger named nothing.</summary>
    private static void SurnameBeforeRoleApposition(Gazetteer gazetteer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        if (starts.Length < 6 || Word(text, starts, ends, 1) is not ",")
        {
            return;
        }
        var w = Word(text, starts, ends, 0);
        if (!IsTitleCase(w) || RoleWords.IsRoleWord(w) || IsCalendarWord(w) || Gazetteer.IsArticle(w) || Pronouns.IsPronoun(w)
            || gazetteer.TryLookupToken(w, out _) || Covered(output, firstOutput, starts[0], ends[0])
            || Word(text, starts, ends, 2) is not ("the" or "a" or "an" or "its" or "his" or "her" or "their"))
        {
            return;
        }
        for (int k = 3; k < starts.Length && k <= 10; k++)
        {
            var x = Word(text, starts, ends, k);
            if (x is ",")
            {
                // The role ends the apposition ("a former director of the agency" is left: the document pass reads the
                // agency's name into it).
                var head = Word(text, starts, ends, k - 1);
                if (k > 3 && char.IsLower(head[0]) && (RoleWords.IsRoleHead(head) || s_personNouns.Contains(head)))
                {
                    ReplaceCovering(output, firstOutput, starts[0], ends[0], EntityType.Person);
                }
                return;
            }
            if (x is "." or ";" or ":" or "\"" or "\u201C" or "(")
            {
                return;
            }
        }
    }

    // Removes every mention overlapping [start, stop) and inserts one of the type there, in text order.
    private static void ReplaceCovering(List<EntityMention> output, int firstOutput, int start, int stop, EntityType type)
    {
        int at = output.Count;
        for (int m = output.Count - 1; m >= firstOutput; m--)
        {
            var span = output[m].Span;
            if (span.End > start && span.Start < stop)
            {
                output.RemoveAt(m);
                at = m;
            }
            else if (span.Start >= stop)
            {
                at = m;
            }
        }
        output.Insert(at, new EntityMention(new TextSpan(Math.Min(start, stop), stop), type));
    }

    /// <summary>"chairman Rodrigo de la Cruz", "Mr de la Cruz", "the prime minister, Luís Montenegro, said", "Claudia Buch, chair
    /// of the board, said", "By Sofia Andrade, Banking Correspondent": a name the tagger typed a place or a body, standing where
    /// only a person stands (after a lower-case title or a courtesy title, in apposition to a role, or in a byline), is a
    /// person's when it is neither a known place or body as a whole nor holds the head of one.</summary>
    private static void PersonInAPersonsSlot(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var mention = output[m];
            if (mention.Type is not (EntityType.Loc or EntityType.Org or EntityType.Gpe))
            {
                continue;
            }
            int first = TokenAt(starts, mention.Span.Start);
            int last = LastToken(starts, mention.Span);
            if (first < 0 || last - first > 3)
            {
                continue;
            }
            // "Mr de la Cruz": a courtesy title before the particles makes even one word a surname.
            int before = first - 1;
            while (before >= 0 && NameParticles.Contains(Word(text, starts, ends, before)))
            {
                before--;
            }
            bool slot = before >= 0 && IsCourtesyTitle(Word(text, starts, ends, before));
            if (!slot && last > first)
            {
                slot = first > 0 && IsLowerCasePersonWord(Word(text, starts, ends, first - 1))
                    || first > 1 && Word(text, starts, ends, first - 1) is "," && IsLowerCasePersonWord(Word(text, starts, ends, first - 2))
                        && last + 1 < starts.Length && Word(text, starts, ends, last + 1) is "," or "." or ";"
                    || first == 1 && Word(text, starts, ends, 0) is "By" && (last + 1 == starts.Length || Word(text, starts, ends, last + 1) is ",")
                    || (first == 0 || Word(text, starts, ends, first - 1) is ",") && IsRoleInAppositionAfter(text, starts, ends, last + 1);
            }
            // The slot is a few word compares; the name test (a dozen look-ups per word) only where a slot is found.
            if (slot && CouldBeAPersonsName(recognizer, text, starts, ends, first, last))
            {
                output[m] = mention with { Type = EntityType.Person };
            }
        }
    }

    /// <summary>"By Sofia Marques | March 5, 2025", "By Ana Costa and Lena Park": the names of a byline are people, even where
    /// a first name is also a city's ("Sofia") and the tagger stopped there.</summary>
    private static void BylineAuthors(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        if (starts.Length < 3 || Word(text, starts, ends, 0) is not "By")
        {
            return;
        }
        int first = 1;
        while (first < starts.Length)
        {
            int last = first;
            // "By Aisha al-Mahdi": a surname with its Arabic article is a name word too.
            while (last + 1 < starts.Length && last - first < 3 && (IsTitleCase(Word(text, starts, ends, last + 1)) || IsArticledSurname(Word(text, starts, ends, last + 1))))
            {
                last++;
            }
            bool closed = last + 1 == starts.Length || Word(text, starts, ends, last + 1) is "," or "and" or "|" or "·" or "•" or "—" or "–" or "-";
            if (last == first || !closed || !CouldBeAPersonsName(recognizer, text, starts, ends, first, last))
            {
                return;
            }
            ReplaceCovering(output, firstOutput, starts[first], ends[last], EntityType.Person);
            if (last + 2 >= starts.Length || Word(text, starts, ends, last + 1) is not "and")
            {
                return;
            }
            first = last + 2;
        }
    }

    // Every word a capitalised name word or a particle, no word the head of a body or a place, no role or calendar word, and
    // the whole no name the gazetteer knows.
    internal static bool CouldBeAPersonsName(EntityRecognizer recognizer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int first, int last)
    {
        for (int t = first; t <= last; t++)
        {
            var w = Word(text, starts, ends, t);
            if (NameParticles.Contains(w) && t > first && t < last || IsArticledSurname(w))
            {
                continue;
            }
            if (!IsTitleCase(w) || RoleWords.IsRoleWord(w) || IsCalendarWord(w) || EntityHeads.IsOrganisationHead(w) || EntityHeads.IsPlaceHead(w)
                || EntityHeads.IsCompanyHead(w) || EntityRecognizer.IsOtherCompanyHead(w) || EntityHeads.IsPressHead(w) || s_bodyOpeners.Contains(w)
                || t == last && t > first && w is "Health" or "Bio") // "Pellmark Health": no person's name ends so
            {
                return false;
            }
        }
        return !recognizer.Gazetteer.TryLookup(text, starts, ends, first, last + 1, out _);
    }

    private static bool IsCourtesyTitle(ReadOnlySpan<char> w) =>
        w is "Mr" or "Mr." or "Mrs" or "Mrs." or "Ms" or "Ms." or "Miss" or "Dr" or "Dr." or "Sir" or "Dame" or "Prof." or "Professor";

    // "chairman", "governor", "lawyer", "manager": a lower-case title or noun for a person.
    internal static bool IsLowerCasePersonWord(ReadOnlySpan<char> w)
    {
        // "chairman-designate", "minister-elect": the title before the hyphen.
        int hyphen = w.IndexOf('-');
        if (hyphen > 2 && w[(hyphen + 1)..] is "designate" or "elect")
        {
            w = w[..hyphen];
        }
        return w.Length > 2 && char.IsLower(w[0]) && (RoleWords.IsRoleHead(w) || s_personNouns.Contains(w));
    }

    // ", chair of the board", ", an analyst at …", ", the former president,": after the comma at most an article and two
    // lower-case words, then a title or a noun for a person.
    private static bool IsRoleInAppositionAfter(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int comma)
    {
        if (comma + 1 >= starts.Length || Word(text, starts, ends, comma) is not ",")
        {
            return false;
        }
        int t = comma + 1;
        if (Word(text, starts, ends, t) is "a" or "an" or "the")
        {
            t++;
        }
        for (int k = t; k < starts.Length && k - t < 3; k++)
        {
            var w = Word(text, starts, ends, k);
            if (w.Length == 0 || !char.IsLower(w[0]) || IsReportingVerb(w))
            {
                return false;
            }
            if (IsLowerCasePersonWord(w))
            {
                return k + 1 == starts.Length || Word(text, starts, ends, k + 1) is "of" or "at" or "for" or "to" or "," or "." or "in" or "with";
            }
        }
        return false;
    }

    /// <summary>"Movimiento Ciudadano Unido", "Partido Liberal": a name of two or more words opening with a Spanish,
    /// Portuguese, French, Italian or German word for a body is an organisation.</summary>
    private static void ForeignBodyOpener(string text, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var surface = text.AsSpan(output[m].Span.Start, output[m].Span.Length);
            int space = surface.IndexOf(' ');
            if (output[m].Type != EntityType.Org && output[m].Type != EntityType.Norp && space > 0 && s_bodyOpeners.Contains(surface[..space]))
            {
                output[m] = output[m] with { Type = EntityType.Org };
            }
        }
    }

    // Firms named in the possessive, which the tokeniser splits before "'s" ("Moody's", "Sainsbury's"): general knowledge.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_possessiveFirms = FrozenSet.Create(StringComparer.Ordinal,
        "Moody", "Sainsbury", "Macy", "Kellogg", "Lloyd", "Domino", "Denny", "Dillard", "Kohl", "Sotheby", "Hardee", "Bloomingdale").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"Moody's said", "BBC Radio Lancashire", "a specialist at the Stimson Center": a firm named in the possessive
    /// keeps its "'s" and is an organisation; "Radio" and a capitalised word after "BBC" belong to the station's name; a
    /// "Center" or "Institute" where a specialist, fellow or researcher works is a body, not a place.</summary>
    private static void FirmAndInstituteNames(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = firstOutput; m < output.Count; m++)
        {
            var mention = output[m];
            int last = LastToken(starts, mention.Span);
            if (last + 1 >= starts.Length)
            {
                continue;
            }
            char next = text[starts[last + 1]];
            if (next is '\'' or '\u2019' && starts[last + 1] == ends[last] && last == TokenAt(starts, mention.Span.Start)
                && Word(text, starts, ends, last + 1) is "'s" or "\u2019s" && s_possessiveFirms.Contains(Word(text, starts, ends, last))
                && !(last + 2 < starts.Length && EntityRecognizer.IsCapitalisedWord(text, starts[last + 2], ends[last + 2])))
            {
                // "Moody's Investors Service" is left to the tagger; "Lloyd's" alone is the market, "Lloyd's car" a person's.
                if (mention.Type == EntityType.Org || last + 2 >= starts.Length || !char.IsLetter(text[starts[last + 2]])
                    || IsReportingVerb(Word(text, starts, ends, last + 2)) || IsFirmVerb(Word(text, starts, ends, last + 2)))
                {
                    output[m] = mention with { Span = new TextSpan(mention.Span.Start, ends[last + 1]), Type = EntityType.Org };
                }
                continue;
            }
            if (next == 'R' && mention.Type == EntityType.Org && last + 2 < starts.Length && Word(text, starts, ends, last + 1) is "Radio"
                && text.AsSpan(mention.Span.Start, mention.Span.Length) is "BBC"
                && EntityRecognizer.IsCapitalisedWord(text, starts[last + 2], ends[last + 2]))
            {
                // "BBC Radio 4", "BBC Radio Lancashire": the station, one name.
                output[m] = mention with { Span = new TextSpan(mention.Span.Start, ends[last + 2]) };
                if (m + 1 < output.Count && output[m + 1].Span.Start < ends[last + 2])
                {
                    output.RemoveAt(m + 1);
                }
                continue;
            }
            if (mention.Type is EntityType.Loc or EntityType.Gpe && last > 0 && text[starts[last]] is 'C' or 'I'
                && Word(text, starts, ends, last) is "Center" or "Centre" or "Institute" && IsWorkplaceSlot(text, starts, ends, TokenAt(starts, mention.Span.Start)))
            {
                output[m] = mention with { Type = EntityType.Org };
            }
        }
    }

    // "Moody's cut", "Sainsbury's raised": verbs that follow a firm's name, not a person's possession.
    private static bool IsFirmVerb(ReadOnlySpan<char> w) =>
        w is "cut" or "raised" or "lowered" or "downgraded" or "upgraded" or "rated" or "rates" or "expects" or "reported" or "posted"
            or "has" or "had" or "is" or "was" or "will" or "would" or "on" or "and" or "in" or "last" or "also";

    // "specialist at the …", "a fellow at …", "researcher at …": the words before the name say someone works there.
    private static bool IsWorkplaceSlot(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int first)
    {
        int t = first - 1;
        if (t >= 0 && Word(text, starts, ends, t) is "the")
        {
            t--;
        }
        if (t < 1 || Word(text, starts, ends, t) is not ("at" or "of" or "with"))
        {
            return false;
        }
        var noun = Word(text, starts, ends, t - 1);
        return noun is "specialist" or "fellow" or "researcher" or "scholar" or "analyst" or "expert" or "economist" or "director"
            or "professor" or "associate" or "scientist" or "head" or "president" or "chair" or "spokesperson" or "spokesman"
            or "spokeswoman";
    }

    /// <summary>"Moody's said", "Sainsbury's raised prices": a firm named in the possessive that the tagger left unnamed
    /// before a verb is an organisation.</summary>
    private static void PossessiveFirmUnnamed(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        int m = firstOutput;
        for (int t = 0; t + 2 < starts.Length; t++)
        {
            if (!char.IsUpper(text[starts[t]]) || text[starts[t + 1]] is not ('\'' or '\u2019') || starts[t + 1] != ends[t]
                || Word(text, starts, ends, t + 1) is not ("'s" or "\u2019s") || !s_possessiveFirms.Contains(Word(text, starts, ends, t)))
            {
                continue;
            }
            var verb = Word(text, starts, ends, t + 2);
            if (!IsReportingVerb(verb) && !IsFirmVerb(verb))
            {
                continue;
            }
            while (m < output.Count && output[m].Span.End <= starts[t])
            {
                m++;
            }
            if (m < output.Count && output[m].Span.Start < ends[t + 1])
            {
                continue; // named already; the other rule mends it
            }
            output.Insert(m, new EntityMention(new TextSpan(starts[t], ends[t + 1]), EntityType.Org));
        }
    }

    /// <summary>"The DAX fell", "the FTSE 100 rose", "the CAC 40": a stock index is no organisation (the exchange that
    /// lists it is, under its own name); "Nikkei" only before a figure, since the newspaper shares its name.</summary>
    private static void NoStockIndex(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput)
    {
        for (int m = output.Count - 1; m >= firstOutput; m--)
        {
            var span = output[m].Span;
            if (text[span.Start] is not ('D' or 'F' or 'C' or 'S' or 'K' or 'N' or 'H'))
            {
                continue;
            }
            int first = TokenAt(starts, span.Start);
            int last = LastToken(starts, span);
            var head = Word(text, starts, ends, first);
            bool figureAfter = last + 1 < starts.Length && char.IsDigit(text[starts[last + 1]])
                || last > first && char.IsDigit(text[starts[last]]);
            bool index = head is "DAX" or "CAC" or "Sensex" or "Kospi" or "Stoxx" or "STOXX" or "FTSE" && (last == first || last == first + 1 && char.IsDigit(text[starts[last]]))
                || head is "Nikkei" && figureAfter && last <= first + 1
                || head is "Hang" && last == first + 1 && Word(text, starts, ends, last) is "Seng";
            if (index)
            {
                output.RemoveAt(m);
            }
        }
    }

    /// <summary>"Ellesmere Town beat Whitby Town 2-0": in a sentence with a score, a place and "Town" is the place's club.</summary>
    private static void TownClubInAScore(Gazetteer gazetteer, string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends,
        List<EntityMention> output, int firstOutput)
    {
        int town = -1;
        bool score = false;
        for (int t = 1; t < starts.Length; t++)
        {
            char c = text[starts[t]];
            if (c == 'T' && Word(text, starts, ends, t) is "Town" && EntityRecognizer.IsCapitalisedWord(text, starts[t - 1], ends[t - 1]))
            {
                town = t;
            }
            else if (char.IsDigit(c) && ends[t] - starts[t] is >= 3 and <= 5)
            {
                var w = Word(text, starts, ends, t);
                int dash = w.IndexOfAny('-', '\u2013');
                score |= dash > 0 && dash < w.Length - 1 && char.IsDigit(w[^1]) && w.Length - dash <= 3;
            }
        }
        if (town < 0 || !score)
        {
            return;
        }
        int m = firstOutput;
        for (int t = 1; t < starts.Length; t++)
        {
            if (text[starts[t]] != 'T' || Word(text, starts, ends, t) is not "Town" || !EntityRecognizer.IsCapitalisedWord(text, starts[t - 1], ends[t - 1]))
            {
                continue;
            }
            while (m < output.Count && output[m].Span.End <= starts[t - 1])
            {
                m++;
            }
            // "Cape Town" is a city the gazetteer knows, whatever the sentence is about.
            if (gazetteer.TryLookup(text, starts, ends, t - 1, t + 1, out _))
            {
                continue;
            }
            if (m < output.Count && output[m].Span.Start <= starts[t - 1])
            {
                var mention = output[m];
                if (mention.Span.End == ends[t] && mention.Type is EntityType.Loc or EntityType.Gpe)
                {
                    output[m] = mention with { Type = EntityType.Org };
                }
                // "Oswestry | Town": the tagger named the place and left "Town" out.
                else if (mention.Span.End == ends[t - 1] && mention.Type is EntityType.Loc or EntityType.Gpe or EntityType.Person
                    && (m + 1 == output.Count || output[m + 1].Span.Start >= ends[t]))
                {
                    output[m] = new EntityMention(new TextSpan(mention.Span.Start, ends[t]), EntityType.Org);
                }
                continue;
            }
            if (m < output.Count && output[m].Span.Start < ends[t])
            {
                continue;
            }
            output.Insert(m, new EntityMention(new TextSpan(starts[t - 1], ends[t]), EntityType.Org));
        }
    }
}
