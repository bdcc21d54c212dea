using System.Collections.Frozen;
using Dossier.Core.Statements;

namespace Dossier.Statements.Lexicon;

/// <summary>General English word lists for attribution, hedging and counting; nothing here knows a particular story.</summary>
internal static class StatementLexicon
{
    public static readonly FrozenDictionary<string, CueInfo> Cues = BuildCues();

    public static readonly FrozenDictionary<string, CueInfo>.AlternateLookup<ReadOnlySpan<char>> CueLookup =
        Cues.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that may stand between a subject and its reporting verb and belong to the cue ("has since denied").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = Set(
        "has", "have", "had", "will", "would", "could", "may", "might", "should", "shall", "must", "can",
        "does", "did", "do", "not", "n't", "never", "also", "since", "previously", "repeatedly", "publicly",
        "reportedly", "later", "then", "again", "already", "once", "recently", "openly", "privately", "further",
        "is", "was", "are", "were", "been", "be", "being", "just", "still", "firmly", "flatly", "strongly", "categorically",
        "always", "consistently", "vehemently", "strenuously", "emphatically", "immediately", "quickly",
        "swiftly", "formally", "officially", "separately", "subsequently", "initially", "angrily", "loudly", "vigorously",
        "first", "originally", "earlier", "now");

    /// <summary>A country's body abroad, named by where it sits ("the Russian embassy in Lisbon"); it speaks for its country.</summary>
    public static bool IsMissionAbroad(ReadOnlySpan<char> w) => s_missions.Contains(w);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_missions = Set(
        "embassy", "embassies", "consulate", "consulates", "mission", "legation", "delegation");

    /// <summary>Subject pronouns that can be a speaker and need resolving.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectPronouns = Set(
        "he", "she", "they", "we", "i", "it", "you");

    /// <summary>Words that end a subject noun phrase when scanning left from a cue.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LeftStops = Set(
        "that", "which", "who", "whom", "whose", "but", "or", "nor", "as", "while", "because", "if", "when", "where",
        "since", "after", "before", "than", "so", "then", "in", "on", "at", "for", "with", "from", "by", "to",
        "into", "over", "under", "about", "against", "between", "through", "during", "without", "within",
        "is", "was", "are", "were", "be", "been", "being", "am", "not", "also", "however", "meanwhile", "although",
        "though", "whether", "what", "how", "why", "says", "said", "say", "told", "reported", "and", "yet",
        "there", "here", "it", "him", "them", "me", "us", "why", "until", "unless",
        "once", "upon", "via", "per", "like", "unlike", "despite", "amid", "towards", "toward", "across");

    /// <summary>Words that end a noun phrase when scanning right from a cue or a number.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RightStops = Set(
        "that", "which", "who", "whom", "whose", "but", "or", "nor", "as", "while", "because", "if", "when", "where",
        "since", "after", "before", "than", "so", "then", "in", "on", "at", "for", "with", "from", "by", "to",
        "into", "over", "under", "about", "against", "between", "through", "during", "without", "within", "and",
        "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "may",
        "might", "can", "should", "must", "not", "also", "said", "says", "told", "reported", "being", "were",
        "do", "does", "did", "yet", "until", "once", "upon", "via", "per", "like", "unlike", "despite", "amid",
        "toward", "towards", "across", "each", "last", "next", "this", "these", "those", "it", "they", "he", "she",
        "we", "i", "you", "there", "here", "launched", "sent", "fired", "shipped", "delivered", "supplied",
        "provided", "including", "included", "plus", "among", "around", "near", "nearly", "almost", "up", "out",
        "down", "off", "away", "back", "ago", "later", "earlier", "already", "still", "now", "today", "yesterday");

    /// <summary>Words that open a phrase of time, place, medium or relay after a cue ("said on Friday", "told reporters").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TailStarters = Set(
        "on", "in", "at", "outside", "inside", "during", "to", "after", "before", "last", "this", "earlier", "later", "yesterday", "today",
        "tonight", "recently", "as", "citing", "according", "via", "through", "from", "while", "when", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "late", "early", "shortly", "previously",
        "also", "again", "repeatedly", "publicly", "privately", "separately", "ahead", "following", "over", "by",
        "reporters", "journalists", "the", "a", "an");

    /// <summary>Nouns for a person that are not titles: an unnamed source with one of these heads is someone ("a source", "one witness").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonNouns = Set(
        "source", "witness", "resident", "person", "man", "woman", "soldier", "survivor", "worker", "employee", "member",
        "neighbor", "neighbour", "friend", "relative", "student", "teacher", "voter", "volunteer", "rescuer", "nurse",
        "farmer", "driver", "pilot", "engineer", "activist", "protester", "lawmaker", "legislator", "insider", "observer",
        "passenger", "juror", "patient", "parent", "mother", "father", "fan", "shopper", "customer", "tourist", "visitor",
        "commuter", "pensioner", "tenant", "motorist", "traveller", "traveler", "spectator", "onlooker", "mourner", "evacuee",
        "refugee", "migrant", "homeowner");

    /// <summary>Nouns of speech or stance whose speaker follows "from" ("criticism from rivals", "support from voters").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StanceNouns = Set(
        "criticism", "criticisms", "complaint", "complaints", "backing", "support", "opposition", "fire", "advice", "allegation",
        "allegations", "accusation", "accusations", "praise", "concern", "concerns", "warning", "warnings", "condemnation",
        "pushback", "backlash", "pressure", "objections", "rebuke", "endorsement", "endorsements", "calls", "demands", "pledges",
        "threats", "protests", "questions", "quote", "remarks", "comments");

    /// <summary>Documents that carry someone's words: "according to a statement from X" is X's statement.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DocumentNouns = Set(
        "statement", "statements", "report", "release", "letter", "document", "documents", "filing", "filings", "transcript",
        "memo", "note", "notice", "assessment", "summary", "post", "announcement", "communique", "communiqué", "bulletin",
        "indictment", "complaint", "lawsuit", "ruling", "order", "affidavit", "records", "review", "analysis", "study", "survey",
        "audit", "investigation", "estimate", "estimates", "data", "figures", "tally", "tallies", "count", "calculations", "database",
        "tracker", "screenshot", "screenshots", "email", "emails", "recording", "recordings", "letters", "memos", "copy", "copies",
        "readings");

    /// <summary>Base forms of verbs of saying, asking and blaming after "continue to" ("continued to call for", "continue to insist").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbs = Set(
        "call", "urge", "demand", "press", "push", "insist", "argue", "claim", "say", "deny", "warn", "criticize", "criticise",
        "question", "ask", "accuse", "blame", "maintain", "dispute", "reject", "condemn", "defend", "tout", "cite", "describe",
        "emphasize", "emphasise", "stress", "express", "plot", "vow", "pledge", "promise", "complain", "protest", "attack",
        "suggest", "point", "talk", "speak", "tell", "write", "report", "predict", "signal", "hint");

    /// <summary>People who speak for themselves or stay unnamed, not for their country ("Ukrainian security sources", "Russian analysts").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnofficialNouns = Set(
        "source", "sources", "people", "person", "insider", "insiders", "analyst", "analysts", "expert", "experts", "observer",
        "observers", "witness", "witnesses", "resident", "residents", "voter", "voters", "citizen", "citizens", "activist",
        "activists", "journalist", "journalists", "commentator", "commentators", "blogger", "bloggers", "critic", "critics",
        "user", "users", "scholar", "scholars", "economist", "economists", "researcher", "researchers", "household",
        "households", "family", "families", "consumer", "consumers", "adult", "adults", "worker", "workers", "parent", "parents",
        "student", "students", "respondent", "respondents", "shopper", "shoppers", "owner", "owners", "investor", "investors",
        "doctor", "doctors", "nurse", "nurses", "medic", "medics", "teacher", "teachers", "farmer", "farmers", "survivor",
        "survivors", "relative", "relatives", "volunteer", "volunteers", "aid workers", "locals", "villagers", "villager",
        "scientist", "scientists", "epidemiologist", "epidemiologists", "strategist", "strategists");

    /// <summary>What a court or an office grants or refuses: "denied his request for bail" is a ruling, not a denial.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RequestNouns = Set(
        "request", "requests", "application", "applications", "bail", "permission", "access", "entry", "visa", "visas",
        "motion", "motions", "appeal", "appeals", "petition", "petitions", "parole", "bid", "bids", "asylum", "license",
        "licence", "permit", "permits", "admission");

    /// <summary>Things said or written: "posted a comment", "continued his remarks".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechNouns = Set(
        "comment", "comments", "message", "messages", "remark", "remarks", "statement", "tweet", "tweets", "video", "letter",
        "speech", "criticism", "attack", "attacks", "warning", "warnings", "claim", "claims", "denial", "appeal", "plea");

    /// <summary>Hearers a speaker addresses ("addressing the crowd"): who listened, not what was said.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AudienceNouns = Set(
        "crowd", "crowds", "rally", "supporters", "audience", "nation", "troops", "students", "delegates", "assembly",
        "gathering", "protesters", "demonstrators", "congregation", "mourners", "fans", "graduates");

    /// <summary>Words that hedge a number in a subject ("Only 52 percent", "nearly 40 senators").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberHedges = Set(
        "only", "just", "nearly", "almost", "about", "around", "some", "roughly", "approximately", "over", "more", "than",
        "fewer", "less", "at", "least", "most", "up", "to", "another", "all", "the", "a", "an", "those", "these");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = Set(
        "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your", "such",
        "any", "some", "no", "every", "each", "another", "other", "both", "all", "many", "several", "most", "few");

    /// <summary>Verbs a refusal names after "declined to" / "refused to": what the speaker would not do in words.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeakingVerbs = Set(
        "comment", "say", "discuss", "elaborate", "confirm", "answer", "speak", "respond", "give", "provide", "disclose",
        "reveal", "identify", "specify", "detail", "name", "explain", "address", "talk", "divulge", "speculate");

    /// <summary>Nouns for what a statement was, which a story sets after it as a comment ("…, a warning the government heeded").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SummingNouns = Set(
        "warning", "claim", "charge", "accusation", "allegation", "assertion", "position", "view", "threat", "prediction",
        "promise", "pledge", "statement", "remark", "comment", "figure", "estimate", "forecast", "assessment", "argument",
        "suggestion", "demand", "denial", "admission", "reference", "signal", "message");

    /// <summary>A noun for what a statement was, or its plural ("claim", "allegations"): <see cref="SummingNouns"/> in either number.</summary>
    public static bool IsSummingNounOrPlural(ReadOnlySpan<char> w) =>
        SummingNouns.Contains(w) || w.Length > 3 && w[^1] == 's' && SummingNouns.Contains(w[..^1]);

    /// <summary>Words a clause cannot end on: articles, possessive determiners, prepositions, conjunctions.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Dangling = Set(
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "of", "by", "for", "to", "in", "on", "at",
        "with", "from", "about", "into", "onto", "over", "under", "between", "against", "than", "and", "or", "but",
        "that", "which", "whose", "whether", "if", "because", "although", "while");

    /// <summary>Titles and role nouns that come before a person's name ("Defense Minister", "Brigadier General").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleWords = Set(
        "president", "vice", "minister", "secretary", "ambassador", "spokesman", "spokeswoman", "spokesperson",
        "chairman", "chairwoman", "chair", "coordinator", "director", "chief", "senator", "sen.", "governor", "gov.",
        "prime", "deputy", "admiral", "adm.", "colonel", "col.", "brigadier", "general", "gen.", "lieutenant", "lt.",
        "major", "maj.", "captain", "capt.", "sergeant", "sgt.", "commander", "mayor", "representative", "rep.",
        "congressman", "congresswoman", "dr.", "mr.", "mrs.", "ms.", "judge", "justice", "king", "queen", "prince",
        "princess", "pope", "leader", "premier", "chancellor", "envoy", "diplomat", "official", "officer", "adviser",
        "advisor", "analyst", "expert", "head", "attorney", "prosecutor", "professor", "prof.", "spokesman", "press",
        "correspondent", "reporter", "editor", "founder", "ceo", "executive", "manager", "counsel", "aide", "agent",
        "assistant", "councillor", "councilor", "commissioner", "inspector", "marshal", "sheriff", "superintendent",
        "undersecretary", "under-secretary", "emir", "sheikh", "president-elect", "nominee", "candidate", "chairperson",
        "strategist", "economist", "researcher", "scientist", "doctor", "lawyer", "speaker", "whip", "chief-of-staff",
        "general-secretary", "secretary-general", "communications", "strategic", "national", "security", "defense",
        "defence", "foreign", "interior", "finance", "justice", "state", "staff", "affairs", "intelligence", "council",
        "army", "navy", "air", "force", "military", "joint", "chiefs", "house", "white", "pentagon", "general's",
        "ministry", "department", "office", "agency", "author", "co-author");

    /// <summary>Head words that make a name an organisation or a group rather than a person.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrgWords = Set(
        "house", "council", "service", "ministry", "government", "department", "agency", "times", "press", "news",
        "post", "office", "committee", "party", "union", "nations", "states", "kremlin", "pentagon", "administration",
        "intelligence", "command", "forces", "army", "navy", "military", "police", "court", "parliament", "congress",
        "senate", "bank", "fund", "organization", "organisation", "institute", "university", "company", "corporation",
        "group", "media", "journal", "guardian", "telegraph", "agency", "bureau", "commission", "authority", "board",
        "authorities", "officials", "sources", "prosecutors", "journalists", "reporters", "experts", "analysts",
        "diplomats", "lawmakers", "leaders", "citizens", "residents", "people", "world", "republic", "kingdom",
        "federation", "center", "centre", "foundation", "association", "network", "channel", "tv", "radio", "daily",
        "herald", "tribune", "review", "monitor", "observer", "independent", "economist", "reuters", "bloomberg");

    /// <summary>Plural and group heads: an unnamed source made of these is "they", not "he".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GroupPronouns = Set("they", "we");

    /// <summary>Words of a sentence that shade its certainty, with the level each sets.</summary>
    public static readonly FrozenDictionary<string, Certainty>.AlternateLookup<ReadOnlySpan<char>> Hedges =
        new Dictionary<string, Certainty>(StringComparer.OrdinalIgnoreCase)
        {
            ["could"] = Certainty.Possible, ["may"] = Certainty.Possible, ["might"] = Certainty.Possible,
            ["possibly"] = Certainty.Possible, ["possible"] = Certainty.Possible, ["perhaps"] = Certainty.Possible,
            ["maybe"] = Certainty.Possible, ["potentially"] = Certainty.Possible, ["potential"] = Certainty.Possible,
            ["alleged"] = Certainty.Possible, ["allegedly"] = Certainty.Possible, ["purportedly"] = Certainty.Possible,
            ["supposedly"] = Certainty.Possible, ["rumored"] = Certainty.Possible, ["rumoured"] = Certainty.Possible,
            ["rumors"] = Certainty.Possible, ["rumours"] = Certainty.Possible, ["unconfirmed"] = Certainty.Possible,
            ["likely"] = Certainty.Probable, ["probably"] = Certainty.Probable, ["probable"] = Certainty.Probable,
            ["reportedly"] = Certainty.Probable, ["apparently"] = Certainty.Probable, ["expected"] = Certainty.Probable,
            ["presumably"] = Certainty.Probable, ["seemingly"] = Certainty.Probable, ["would"] = Certainty.Probable,
            ["understood"] = Certainty.Probable, // "the club is understood to have accepted": the reporter's hedge on what sources say
            ["suspected"] = Certainty.Possible, ["suspicions"] = Certainty.Possible, ["suspicion"] = Certainty.Possible,
            ["unlikely"] = Certainty.Doubtful, ["doubt"] = Certainty.Doubtful, ["doubts"] = Certainty.Doubtful,
            ["doubtful"] = Certainty.Doubtful, ["skeptical"] = Certainty.Doubtful, ["sceptical"] = Certainty.Doubtful,
            ["questionable"] = Certainty.Doubtful, ["uncertain"] = Certainty.Doubtful, ["unclear"] = Certainty.Doubtful,
            ["believes"] = Certainty.Belief, ["believe"] = Certainty.Belief, ["believed"] = Certainty.Belief,
            ["thinks"] = Certainty.Belief, ["assesses"] = Certainty.Belief, ["assessed"] = Certainty.Belief,
            ["estimates"] = Certainty.Belief, ["estimated"] = Certainty.Belief,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Finite verbs of a change in amount ("Inflation rose", "exports fell"): what a figure did, never what anyone
    /// said. "declined" (to comment), "doubled" (down), "dropped" (a plan) and "jumped" (on a remark) are left out, since
    /// each also opens a stance, and so are the base forms ("giving rise to").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChangeVerbs = Set(
        "rose", "rises", "risen", "fell", "falls", "fallen", "increased", "increases", "decreased", "decreases", "climbed",
        "climbs", "surged", "surges", "soared", "soars", "slumped", "slumps", "plunged", "plunges", "grew", "grows", "shrank",
        "shrinks", "tumbled", "tumbles", "slipped", "slips", "edged", "dipped", "dips", "tripled", "halved", "spiked", "slid");

    /// <summary>Finite verbs of doing ("Officials evacuated 300 homes", "Police arrested four", "The board hired 20 nurses"):
    /// what someone did to people or things, never what anyone said, so never a cue. Only the inflected forms, whose
    /// nouns ("arrests", "opens") are rare as cues too; "attacked", "fired", "signed" and "released" are left out, since
    /// each also reports words (an attack in words, a fired-off letter, a signed or released statement).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DoingVerbs = Set(
        "evacuated", "evacuates", "rescued", "rescues", "arrested", "arrests", "detained", "detains", "seized", "seizes",
        "abandoned", "abandons",
        "searched", "searches", "raided", "raids", "hired", "hires", "built", "builds", "deployed", "deploys", "vaccinated",
        "vaccinates", "killed", "kills", "injured", "injures", "wounded", "donated", "donates", "distributed", "distributes",
        "delivered", "delivers", "repaired", "repairs", "demolished", "demolishes", "installed", "installs", "destroyed",
        "destroys", "evicted", "evicts", "towed", "tows", "dredged", "dismantled", "dismantles", "bulldozed", "sandbagged",
        "treated", "treats", "rebuilt", "rebuilds", "shipped", "ships", "loaded", "loads", "unloaded", "drilled", "drills",
        "planted", "plants", "harvested", "paid", "pays", "bought", "buys", "sold", "sells", "spent", "spends", "evacuating",
        "rescuing", "arresting", "vaccinating", "imposed", "imposes", "lifted", "suspended", "banned", "fined", "halted",
        "postponed", "cancelled", "canceled", "reopened", "closed", "breached", "hacked", "stole", "stolen", "encrypted", "launched",
        "launches", "overturned", "overturns", "examined", "examines", "examining", "inspected", "inspects", "inspecting",
        "investigated", "investigates", "investigating", "voted", "reached", "reaches");

    /// <summary>Things on which words are written or shown, which a story lets speak ("The sign on the gate read: …", "a
    /// banner outside the station read …"); the place after them says where they hang, not who speaks.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WrittenThings = Set(
        "sign", "signs", "notice", "notices", "note", "notes", "label", "labels", "poster", "posters", "banner", "banners",
        "placard", "placards", "plaque", "plaques", "inscription", "message", "messages", "caption", "headline", "text",
        "sticker", "stickers", "leaflet", "leaflets", "flyer", "flyers", "billboard", "graffiti", "screen", "screens",
        "noticeboard", "letter", "slogan", "writing");

    /// <summary>What an offer says rather than gives ("offered condolences", "offered no explanation"): offering these is
    /// speech; offering anything else ("a reward", "customers a free review", "a 3% rise") is doing.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OfferedWords = Set(
        "condolences", "condolence", "apology", "apologies", "sympathy", "sympathies", "thoughts", "prayers", "praise",
        "assurance", "assurances", "reassurance", "explanation", "explanations", "details", "detail", "comment", "comments",
        "view", "views", "opinion", "opinions", "advice", "congratulations", "thanks", "words", "criticism", "evidence",
        "proof", "insight", "insights", "analysis", "assessment", "defence", "defense", "argument", "arguments", "reasons",
        "reason", "theory", "suggestion", "suggestions", "guidance", "warning", "warnings", "support", "backing",
        "prediction", "forecast", "estimate", "account", "version", "glimpse", "tribute", "tributes", "testimony",
        "statement", "response", "answer", "answers", "reply", "rebuttal", "remarks", "clues", "hint", "hints", "idea", "ideas",
        "plan", "plans", "proposal", "proposals", "solution", "solutions", "vision", "policy", "policies", "alternative",
        "alternatives", "promise", "promises", "pledge", "what", "how", "why", "hope", "optimism", "reassurances", "information",
        "data", "figures", "numbers", "facts", "specifics", "update", "updates", "timeline", "estimates", "clarity", "clarification");

    /// <summary>Words that turn "called X ..." into a denial ("another fake thing", "a lie").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DenialWords = Set(
        "fake", "false", "lie", "lies", "untrue", "baseless", "groundless", "nonsense", "fabricated", "fabrication",
        "hoax", "absurd", "ridiculous", "unfounded", "slander", "propaganda", "disinformation", "misinformation",
        "fiction", "speculation", "rumors", "rumours", "bogus", "wrong", "incorrect", "inaccurate");

    /// <summary>Common nouns of a settled place or of a site people work or stay at ("the town of X", "the hospital in X").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WhereaboutsNouns = Set(
        "town", "village", "city", "region", "province", "district", "county", "island", "port", "capital", "suburb",
        "neighbourhood", "neighborhood", "municipality", "commune", "hospital", "clinic", "school", "camp", "prison", "plant",
        "factory", "mine", "airport", "university", "shelter", "morgue", "base", "station", "harbour", "harbor");

    /// <summary>News outlets and agencies, by the names the press commonly uses (general knowledge).</summary>
    public static readonly FrozenDictionary<string, string> Outlets = BuildOutlets();

    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> OutletLookup =
        Outlets.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Common nouns for a medium or outlet that relays a statement ("correspondent", "media").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PressWords = Set(
        "media", "newspaper", "paper", "agency", "correspondent", "correspondents", "reporter", "reporters",
        "journalist", "journalists", "press", "outlet", "outlets", "broadcaster", "channel", "daily", "tabloid",
        "magazine", "website", "publication", "columnist", "editorial", "wire", "television", "tv", "radio",
        "broadcasters", "newspapers", "newsletter", "podcast");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Months = Set(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.", "jun", "jun.", "jul", "jul.", "aug",
        "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.");

    /// <summary>Words of a time phrase that can stand between a subject and its cue ("X on Thursday evening said").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DayWords = Set(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon",
        "evening", "night", "day");

    /// <summary>A weekday's name as written in running text ("Monday", not "monday").</summary>
    public static bool IsWeekdayName(ReadOnlySpan<char> w) =>
        w is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday";

    /// <summary>An American station's call sign: four capitals opened by K or W ("KCRA", "WKBN").</summary>
    public static bool IsCallSign(ReadOnlySpan<char> w)
    {
        if (w.Length != 4 || w[0] is not ('K' or 'W'))
        {
            return false;
        }
        foreach (char c in w)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A word that says what a person is: a role word here, a role head of the language core ("hydrologist"), or its
    /// noun for a person ("shopkeeper", "resident").</summary>
    public static bool NamesAPersonsRole(ReadOnlySpan<char> word) =>
        RoleWords.Contains(word) || Dossier.Language.Entities.RoleWords.IsRoleHead(word) || Dossier.Language.Entities.NewsSpanRules.IsPersonNoun(word);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, CueInfo> BuildCues()
    {
        var d = new Dictionary<string, CueInfo>(StringComparer.OrdinalIgnoreCase);
        void Add(SpeechAct act, CueClass cls, Certainty hedge, string words, bool nounToo = false)
        {
            foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                d[w] = new CueInfo(act, cls, hedge, nounToo);
            }
        }
        Add(SpeechAct.Assert, CueClass.Verb, Certainty.Certain,
            "said say says saying stated declared declares declaring added adds adding announced announces announcing " +
            "explained explains explaining noted stressed stresses emphasized emphasised emphasizes emphasises " +
            "insisted insists argued argues arguing asserted asserts maintained maintains acknowledged acknowledges " +
            "admitted admits revealed reveals disclosed discloses mentioned commented remarked replied responded " +
            "answered continued recalled recalls testified tweeted wrote writes posted described describes concluded " +
            "observed pointed underlined underscored reiterated reiterates repeated " +
            "specified clarified boasted bragged conceded vowed pledged promised assured assures contended contends " +
            "questioned noting countered counters retorted retorts rebutted");
        Add(SpeechAct.Assert, CueClass.Object, Certainty.Certain, "told tells telling informed asked asks");
        Add(SpeechAct.Assert, CueClass.Verb, Certainty.Certain, "urged urges urging");
        Add(SpeechAct.Assert, CueClass.Verb, Certainty.Certain, "claims notes states", nounToo: true);
        Add(SpeechAct.Assert, CueClass.Verb, Certainty.Possible, "claimed claiming");
        Add(SpeechAct.Assert, CueClass.Verb, Certainty.Possible,
            "hinted hints suggested suggests suggesting implied implies signaled signalled signals indicated indicates");
        Add(SpeechAct.Assert, CueClass.Report, Certainty.Certain, "reported writes wrote cites");
        Add(SpeechAct.Assert, CueClass.Report, Certainty.Certain, "reports", nounToo: true);
        Add(SpeechAct.Confirm, CueClass.Verb, Certainty.Certain, "confirmed confirms confirming verified");
        Add(SpeechAct.Predict, CueClass.Verb, Certainty.Probable,
            "predicted predicts forecast forecasts expects expected anticipates anticipated projected projects expect predict anticipate");
        Add(SpeechAct.Deny, CueClass.Verb, Certainty.Certain,
            "denied denies deny denying rejected rejects rejecting dismissed dismisses refuted refutes disputed " +
            "rebuffed contradicted");
        Add(SpeechAct.Doubt, CueClass.Verb, Certainty.Doubtful, "doubted doubts questioned questions", nounToo: true);
        Add(SpeechAct.Condemn, CueClass.Verb, Certainty.Certain,
            "condemned condemns condemning criticized criticised criticizes criticises slammed blasted denounced " +
            "denounces decried");
        Add(SpeechAct.Believe, CueClass.Verb, Certainty.Belief,
            "believes believe believed thinks think thought assesses assessed feels felt suspects suspected " +
            "fears feared concluded judged reckons considers");
        Add(SpeechAct.Believe, CueClass.Verb, Certainty.Belief, "estimates estimated", nounToo: true);
        Add(SpeechAct.Accuse, CueClass.Object, Certainty.Certain,
            "accused accuses accusing blamed blames charged alleged alleges alleging");
        Add(SpeechAct.Warn, CueClass.Verb, Certainty.Certain, "warned warns cautioned warn caution");
        // Base forms after a plural subject or "do not" ("analysts argue", "did not deny").
        Add(SpeechAct.Assert, CueClass.Verb, Certainty.Certain,
            "argue insist acknowledge admit maintain contend stress emphasize emphasise explain declare announce reveal concede");
        Add(SpeechAct.Assert, CueClass.Verb, Certainty.Possible, "suggest allege");
        Add(SpeechAct.Confirm, CueClass.Verb, Certainty.Certain, "confirm");
        Add(SpeechAct.Deny, CueClass.Verb, Certainty.Certain, "reject dispute dismiss");
        Add(SpeechAct.Condemn, CueClass.Verb, Certainty.Certain, "condemn criticize criticise denounce");
        Add(SpeechAct.Accuse, CueClass.Object, Certainty.Certain, "accuse blame");
        Add(SpeechAct.Warn, CueClass.Verb, Certainty.Certain, "warning", nounToo: true);
        Add(SpeechAct.Assert, CueClass.Object, Certainty.Certain, "called calls calling");
        // Verbs that say how something was said ("quipped", "echoed"): speech as much as "said" is.
        Add(SpeechAct.Assert, CueClass.Verb, Certainty.Certain,
            "joked jokes quipped quips lamented laments mused muses opined opines wondered wonders " +
            "complained complains echoed echoes exclaimed exclaims shouted shouts yelled yells proclaimed proclaims");
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenDictionary<string, string> BuildOutlets()
    {
        string[] names =
        [
            "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "Bloomberg", "BBC", "CNN", "PBS", "NPR",
            "Al Jazeera", "Guardian", "New York Times", "Washington Post", "Wall Street Journal", "Financial Times",
            "Nikkei", "Yonhap", "KCNA", "TASS", "RIA Novosti", "Interfax", "Xinhua", "Kyodo", "NHK", "CBS", "NBC",
            "ABC", "Fox News", "Sky News", "Telegraph", "Independent", "Politico", "Axios", "USA Today", "Le Monde",
            "Der Spiegel", "Spiegel", "Ukrinform", "Ukrainska Pravda", "Economist", "Newsweek", "The Hill",
            "Breitbart", "Huffington Post", "HuffPost", "CNBC", "Deutsche Welle", "DW", "Euronews", "Kyiv Independent",
            "Meduza", "RT", "Sputnik", "Atlantic", "Vox", "BuzzFeed", "Los Angeles Times", "Times", "Daily Mail",
            "Mirror", "Sun", "Haaretz", "Times of Israel", "Asahi", "Yomiuri", "Mainichi", "Korea Herald",
            "Korea Times", "JoongAng", "Chosun Ilbo", "Dong-A Ilbo", "NK News", "Radio Free Europe", "RFE/RL",
            "Voice of America", "VOA", "Kommersant", "Izvestia", "Interfax-Ukraine", "UNIAN", "RBC", "Le Figaro",
            "El Pais", "Corriere della Sera", "Frankfurter Allgemeine", "Süddeutsche Zeitung", "Die Welt", "Bild",
            "Washington Examiner", "New York Post", "Daily Beast", "Business Insider", "Forbes", "Fortune",
            "Christian Science Monitor", "South China Morning Post", "Straits Times", "Times of India", "Hindustan Times",
            "Dawn", "Al Arabiya", "Anadolu", "France 24", "ITV", "Channel 4", "CBC", "ABC News", "NBC News", "CBS News",
            "MSNBC", "Newsmax", "Semafor", "Vice", "Wired", "ProPublica", "Kyiv Post", "Novaya Gazeta", "Rossiyskaya Gazeta",
        ];
        var d = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var n in names)
        {
            d[n] = n;
            d["The " + n] = n;
        }
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
