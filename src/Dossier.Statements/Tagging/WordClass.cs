namespace Dossier.Statements.Tagging;

/// <summary>Bits of a word's lexical classes in WordNet (lexicographer files), stored per word form in the attribution model.</summary>
/// <remarks>
/// "Commonest" is the word's first sense in WordNet's index, which lists senses by frequency; "other" is any later one.
/// Synsets of named instances (people, places, bodies) are left out, so the bits say what kind of common word it is.
/// </remarks>
internal static class WordClass
{
    /// <summary>The commonest verb sense is one of speaking (verb.communication: say, warn, hint, acknowledge).</summary>
    public const byte CommunicationVerb = 1;

    /// <summary>A later verb sense is one of speaking.</summary>
    public const byte OtherCommunicationVerb = 2;

    /// <summary>The commonest verb sense is one of thinking (verb.cognition: believe, think, conclude).</summary>
    public const byte CognitionVerb = 4;

    /// <summary>The commonest noun sense is a message (noun.communication: statement, report, interview).</summary>
    public const byte CommunicationNoun = 8;

    /// <summary>The commonest noun sense is a person (noun.person: official, spokesman, analyst).</summary>
    public const byte PersonNoun = 16;

    /// <summary>The commonest noun sense is a group (noun.group: government, agency, ministry).</summary>
    public const byte GroupNoun = 32;

    /// <summary>A later noun sense is a person or a group.</summary>
    public const byte OtherPersonOrGroupNoun = 64;

    /// <summary>A later noun sense is a message.</summary>
    public const byte OtherCommunicationNoun = 128;

    /// <summary>The bits that make a word a likely speech or thought verb for the distance features.</summary>
    public const byte SpeechVerb = CommunicationVerb | CognitionVerb;
}
