namespace Dossier.Time.Recognition;

/// <summary>The kinds of words a sentence holds that can start a time expression; patterns run only when their cue is present.</summary>
[Flags]
internal enum Cue : ushort
{
    None = 0,
    Digit = 1 << 0,
    Month = 1 << 1,
    Weekday = 1 << 2,
    Unit = 1 << 3,
    Reference = 1 << 4,
    Season = 1 << 5,
    Set = 1 << 6,
    PartOfDay = 1 << 7,
    Quarter = 1 << 8,
    Holiday = 1 << 9,
    /// <summary>"then", which is a time only after a preposition ("until then"); its own bit keeps the other patterns off the many sentences that hold it.</summary>
    Then = 1 << 10,
    /// <summary>"thousand", "millions", "billion": counts of years far back ("4.5 billion years ago"), rare enough for a bit of their own.</summary>
    Large = 1 << 11,
    /// <summary>"before", "after", "following": a time counted from an event ("the day after his death"), rare enough for a bit
    /// of its own so the event patterns skip the many sentences with a unit word and no such word.</summary>
    Side = 1 << 12,
    /// <summary>"while", "time": a length of no stated unit ("for a while", "for some time"); both words are common, so they
    /// wake only that one pattern.</summary>
    Vague = 1 << 13,
}
