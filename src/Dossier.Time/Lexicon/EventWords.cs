using System.Collections.Frozen;

namespace Dossier.Time.Lexicon;

/// <summary>Nouns of news events a time can be counted from ("ten days before the shooting", "the day after his death"),
/// and the nouns and verbs that tell the same event with its date ("was shot to death last Oct. 23").</summary>
/// <remarks>Each word maps to its event's group; a noun and a verb of one group name the same kind of event. The nouns
/// after "before / after" are <see cref="Nouns"/>; any word of the group may date it.</remarks>
internal static class EventWords
{
    private const int Death = 1, Attack = 2, Crash = 3, Quake = 4, Fire = 5, Vote = 6, Arrest = 7, Storm = 8, Wedding = 9, Theft = 10;

    /// <summary>Event nouns that can follow "before / after the (his, her ...)".</summary>
    public static readonly FrozenDictionary<string, int> Nouns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["death"] = Death, ["killing"] = Death, ["slaying"] = Death, ["murder"] = Death, ["assassination"] = Death,
        ["shooting"] = Death, ["stabbing"] = Death,
        ["attack"] = Attack, ["attacks"] = Attack, ["bombing"] = Attack, ["bombings"] = Attack, ["blast"] = Attack,
        ["explosion"] = Attack, ["raid"] = Attack,
        ["crash"] = Crash, ["collision"] = Crash, ["derailment"] = Crash,
        ["earthquake"] = Quake, ["quake"] = Quake,
        ["fire"] = Fire, ["blaze"] = Fire,
        ["election"] = Vote, ["referendum"] = Vote, ["vote"] = Vote,
        ["arrest"] = Arrest,
        ["storm"] = Storm, ["hurricane"] = Storm, ["typhoon"] = Storm, ["flood"] = Storm, ["floods"] = Storm, ["flooding"] = Storm,
        ["wedding"] = Wedding,
        ["robbery"] = Theft, ["heist"] = Theft, ["burglary"] = Theft, ["theft"] = Theft, ["kidnapping"] = Theft, ["abduction"] = Theft,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every word that tells an event of a group: its nouns and the verb forms news writes it with.</summary>
    public static readonly FrozenDictionary<string, int> Words = BuildWords();

    private static FrozenDictionary<string, int> BuildWords()
    {
        var words = new Dictionary<string, int>(Nouns, StringComparer.OrdinalIgnoreCase)
        {
            ["killed"] = Death, ["slain"] = Death, ["murdered"] = Death, ["assassinated"] = Death, ["died"] = Death,
            ["shot"] = Death, ["stabbed"] = Death, ["gunned"] = Death, ["killings"] = Death, ["slayings"] = Death, ["murders"] = Death, ["shootings"] = Death,
            ["attacked"] = Attack, ["bombed"] = Attack, ["exploded"] = Attack, ["raided"] = Attack, ["blasts"] = Attack, ["explosions"] = Attack,
            ["crashed"] = Crash, ["collided"] = Crash, ["derailed"] = Crash,
            ["quakes"] = Quake, ["earthquakes"] = Quake,
            ["burned"] = Fire, ["burnt"] = Fire, ["fires"] = Fire,
            ["elections"] = Vote, ["voted"] = Vote, ["elected"] = Vote,
            ["arrested"] = Arrest, ["arrests"] = Arrest,
            ["flooded"] = Storm, ["storms"] = Storm,
            ["married"] = Wedding,
            ["robbed"] = Theft, ["robberies"] = Theft, ["stolen"] = Theft, ["stole"] = Theft, ["kidnapped"] = Theft, ["abducted"] = Theft,
        };
        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
