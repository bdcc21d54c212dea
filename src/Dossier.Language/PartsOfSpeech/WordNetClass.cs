namespace Dossier.Language.PartsOfSpeech;

/// <summary>The bits of a word's WordNet classes as the tagger's lexicon stores them (shifted by <see cref="PartOfSpeechTagger.WordNetShift"/>).</summary>
/// <remarks>
/// Built at training time from WordNet 3.0 (Princeton WordNet licence, see <c>models/pos/NOTICE</c>); the tagger needs
/// only these bits, carried in the committed model. Inflected forms get the inflection's bit, not their base's classes,
/// unless they are lemmas themselves ("building" is a noun and a verb's -ing form).
/// </remarks>
internal static class WordNetClass
{
    /// <summary>A common noun (written lower case in some noun synset).</summary>
    public const int Noun = 1;

    /// <summary>A noun written only capitalised: a name (Paris, Einstein).</summary>
    public const int ProperNoun = 2;

    public const int Verb = 4;

    public const int Adjective = 8;

    public const int Adverb = 16;

    /// <summary>A regular or listed plural of a noun.</summary>
    public const int Plural = 32;

    /// <summary>A verb's third-person -s form.</summary>
    public const int VerbS = 64;

    /// <summary>A verb's past or past participle (-ed or listed irregular).</summary>
    public const int VerbEd = 128;

    /// <summary>A verb's -ing form.</summary>
    public const int VerbIng = 256;

    /// <summary>A listed comparative or superlative of an adjective or adverb.</summary>
    public const int Comparative = 512;

    /// <summary>Two bits: which class has most tagged senses when there are several (0 none, 1 noun, 2 verb, 3 adjective or adverb).</summary>
    public const int DominantShift = 10;

    public const int All = (1 << 12) - 1;
}
