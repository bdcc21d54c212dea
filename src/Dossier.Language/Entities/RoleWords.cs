using System.Collections.Frozen;

namespace Dossier.Language.Entities;

/// <summary>Titles, ranks and role nouns that stand before or around a person's name ("General", "spokesman", "Defense Minister").</summary>
/// <remarks>General English vocabulary of office and rank; matched case-insensitively, with or without an abbreviation period.</remarks>
public static class RoleWords
{
    private static readonly FrozenSet<string> s_words = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend",
        "president", "vice", "prime", "minister", "premier", "chancellor", "king", "queen", "prince", "princess",
        "emperor", "pope", "cardinal", "bishop", "archbishop", "sheikh", "emir", "sultan", "ayatollah", "imam",
        "general", "gen", "lieutenant", "lt", "colonel", "col", "major", "maj", "captain", "capt", "admiral", "adm",
        "sergeant", "sgt", "corporal", "cpl", "private", "pvt", "brigadier", "brig", "commander", "cmdr", "marshal",
        "field", "rear", "officer", "chairman", "chairwoman", "chair", "chairperson", "secretary", "senator", "sen",
        "representative", "rep", "congressman", "congresswoman", "governor", "gov", "mayor", "ambassador", "amb",
        "envoy", "consul", "judge", "justice", "attorney", "prosecutor", "director", "chief", "head", "leader",
        "spokesman", "spokeswoman", "spokesperson", "coordinator", "adviser", "advisor", "counselor", "councillor",
        "deputy", "assistant", "undersecretary", "under-secretary", "secretary-general", "commissioner", "diplomat",
        "official", "officials", "expert", "analyst", "correspondent", "reporter", "journalist", "editor", "founder",
        "ceo", "chairman", "executive", "researcher", "scientist", "spy", "agent", "counterpart", "dictator",
        "ruler", "monarch", "lawmaker", "legislator", "politician", "candidate", "nominee", "speaker", "press",
        "defense", "defence", "foreign", "interior", "finance", "state", "national", "security", "strategic",
        "communications", "intelligence", "military", "top", "senior", "former", "acting", "then", "chiefs",
        "staff", "joint", "supreme", "deputy", "first", "lady", "crown", "grand", "duke", "duchess",
        "spc", "specialist", "pfc", "cpt", "ssgt", "petty", "commodore", "ensign", "airman", "seaman",
        "director-general", "attorney-general", "governor-general", "solicitor-general", "inspector-general",
        "auditor-general", "surgeon-general", "commander-in-chief", "editor-in-chief",
    ]);

    private static readonly FrozenSet<string> s_heads = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend",
        "president", "minister", "premier", "chancellor", "king", "queen", "prince", "princess", "emperor", "pope",
        "cardinal", "bishop", "archbishop", "sheikh", "emir", "sultan", "ayatollah", "imam", "general", "gen",
        "lieutenant", "lt", "colonel", "col", "major", "maj", "captain", "capt", "admiral", "adm", "sergeant", "sgt",
        "corporal", "cpl", "private", "pvt", "brigadier", "brig", "commander", "cmdr", "marshal", "officer",
        "chairman", "chairwoman", "chair", "chairperson", "secretary", "senator", "sen", "representative", "rep",
        "congressman", "congresswoman", "governor", "gov", "mayor", "ambassador", "amb", "envoy", "consul", "judge",
        "justice", "attorney", "prosecutor", "director", "chief", "head", "leader", "spokesman", "spokeswoman",
        "spokesperson", "coordinator", "adviser", "advisor", "counselor", "deputy", "commissioner", "diplomat",
        "official", "expert", "analyst", "correspondent", "reporter", "journalist", "editor", "founder", "ceo",
        "executive", "researcher", "scientist", "counterpart", "dictator", "ruler", "monarch", "lawmaker",
        "legislator", "politician", "candidate", "nominee", "speaker", "duke", "duchess", "undersecretary",
        "secretary-general", "spc", "specialist", "pfc", "cpt", "commodore", "ensign", "director-general",
        "attorney-general", "governor-general", "solicitor-general", "inspector-general", "auditor-general",
        "surgeon-general", "commander-in-chief", "editor-in-chief",
    ]);

    // Professions news writes before a name ("MET meteorologist Kari Hansen", "striker Erik Dalen"): roles and role heads,
    // but not titles, which the name tagger was trained with (its labelling and its after-a-title feature read titles
    // only, so that the committed model is what `train ner` writes).
    private static readonly FrozenSet<string> s_professions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "meteorologist", "forecaster", "climatologist", "seismologist", "volcanologist", "epidemiologist", "virologist",
        "economist", "strategist", "historian", "lawyer", "physician", "surgeon", "engineer", "architect", "pilot",
        "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "winger", "activist", "campaigner",
        "chemist", "physicist", "pharmacist", "psychiatrist", "columnist", "novelist",
        "cllr", "councilor", "alderman", "alderwoman", // "Cllr Alan Lamb", a British councillor's abbreviated title
        "sheriff", "coroner", "constable", "superintendent", "warden", "magistrate", "paramedic", "firefighter",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_professionLookup = s_professions.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_wordLookup = s_words.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_headLookup = s_heads.GetAlternateLookup<ReadOnlySpan<char>>();

    // Most words asked about are none of these; the filters turn them down before hashing.
    private static readonly WordFilter s_professionFilter = new(s_professions, ignoreCase: true);
    private static readonly WordFilter s_wordFilter = new(s_words, ignoreCase: true);
    private static readonly WordFilter s_headFilter = new(s_heads, ignoreCase: true);

    /// <summary>True for any word that can be part of a title or role phrase ("Defense", "Minister", "spokesman", "striker").</summary>
    public static bool IsRoleWord(ReadOnlySpan<char> word) => IsTitleWord(word) || IsProfession(Trim(word));

    /// <summary>True for a word that can head a role by itself ("Minister", "spokesman", "General", "Dr.", "economist").</summary>
    public static bool IsRoleHead(ReadOnlySpan<char> word) => IsTitleHead(word) || IsProfession(Trim(word));

    /// <summary>As <see cref="IsRoleWord"/>, titles and offices only (no professions): what the name tagger's training labels and features read.</summary>
    public static bool IsTitleWord(ReadOnlySpan<char> word) => Contains(s_wordFilter, s_wordLookup, Trim(word));

    /// <summary>As <see cref="IsRoleHead"/>, titles and offices only (no professions).</summary>
    public static bool IsTitleHead(ReadOnlySpan<char> word) => Contains(s_headFilter, s_headLookup, Trim(word));

    // The listed professions, and the suffixes that only make one ("hydrologist", "statistician", "photographer"): an
    // open class, as every science names its own practitioners.
    private static bool IsProfession(ReadOnlySpan<char> word) =>
        Contains(s_professionFilter, s_professionLookup, word)
        || word.Length > 8 && (word.EndsWith("ologist", StringComparison.OrdinalIgnoreCase) || word.EndsWith("grapher", StringComparison.OrdinalIgnoreCase))
        || word.Length > 7 && word.EndsWith("ician", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Negotiator", "Mediator", "Organiser": a noun for what a person does by its agent ending, opening a sentence
    /// before a name (<see cref="IsRoleWord"/> lists offices; these are an open class).</summary>
    /// <remarks>"-ator" alone only when longer than "Senator" (a nickname "Katherinator" is no sentence's opener before a
    /// full name); "-er", "-or", "-ist", "-ant" only for a word usually written in lower case (<paramref name="common"/>),
    /// as "Hunter", "Victor" or "Grant" open persons' names.</remarks>
    internal static bool IsAgentNoun(ReadOnlySpan<char> word, CommonWords? common)
    {
        // "Another", "Neither", "However", "Whatever": pronouns and conjunctions, no doers; titles ("Former") are IsRoleWord's.
        if (word.Length < 6 || !char.IsLower(word[^1]) || word.EndsWith("ther", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("ever", StringComparison.OrdinalIgnoreCase) || IsTitleWord(word))
        {
            return false;
        }
        if (word.Length > 7 && word.EndsWith("ator", StringComparison.Ordinal))
        {
            return true;
        }
        return common is not null && (word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("or", StringComparison.Ordinal)
            || word.EndsWith("ist", StringComparison.Ordinal) || word.EndsWith("ant", StringComparison.Ordinal))
            && common.Contains(TextHash.Lower(word));
    }

    private static bool Contains(WordFilter filter, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> word) =>
        filter.MayContain(word) && lookup.Contains(word);

    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> word) => word.Length > 1 && word[^1] == '.' ? word[..^1] : word;
}
