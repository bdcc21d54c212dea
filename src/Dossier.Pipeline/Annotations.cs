namespace Dossier;

/// <summary>The annotations a caller can ask for; each brings in the stages it needs.</summary>
[Flags]
public enum Annotations
{
    None = 0,
    /// <summary>Sentence boundaries (always computed: everything else stands on them).</summary>
    Sentences = 1,
    /// <summary>Tokens with part of speech and lemma.</summary>
    Tokens = 2,
    /// <summary>Named-entity mentions resolved to canonical entities.</summary>
    Entities = 4,
    /// <summary>Time expressions with calendar values.</summary>
    Time = 8,
    /// <summary>Attributed statements: speaker, cue, content, relays, stance, certainty.</summary>
    Statements = 16,
    /// <summary>Numbers as value intervals with the thing counted.</summary>
    Quantities = 32,
    All = Sentences | Tokens | Entities | Time | Statements | Quantities,
}
