using Dossier.Core.Tokens;

namespace Dossier.Language.PartsOfSpeech;

/// <summary>Gives a word's lemma for its part of speech: from the table learned on the treebanks, else by learned suffix rules.</summary>
/// <remarks>
/// Known words return a string the model already holds, so lemmatizing running text allocates only for unseen words.
/// Proper nouns keep their spelling ("Pyongyang"); other lemmas are lower case ("said" → "say", "shells" → "shell").
/// </remarks>
public sealed class Lemmatizer
{
    /// <summary>The longest word ending a suffix rule looks at.</summary>
    internal const int MaxSuffix = 4;

    private readonly PartOfSpeechModel _model;

    internal Lemmatizer(PartOfSpeechModel model) => _model = model;

    public string Lemma(ReadOnlySpan<char> word, PartOfSpeech tag)
    {
        if (word.IsEmpty)
        {
            return "";
        }
        int cls = tag == PartOfSpeech.None ? TagSet.ClassOf(PartOfSpeech.X) : TagSet.ClassOf(tag);
        if (_model.LemmaKeys.TryGet(LemmaKey(word, tag), out int index))
        {
            return _model.Lemma(index);
        }
        if (tag == PartOfSpeech.PROPN || !HasLetter(word))
        {
            return word.ToString();
        }
        for (int length = Math.Min(MaxSuffix, word.Length - 1); length >= 0; length--)
        {
            if (_model.RuleKeys.TryGet(RuleKey(cls, word[^length..]), out int rule))
            {
                int strip = _model.RuleStrip[rule];
                var append = _model.RuleAppend[rule];
                if (strip >= word.Length)
                {
                    break;
                }
                return Apply(word, strip, append);
            }
        }
        return Lower(word);
    }

    internal static ulong LemmaKey(ReadOnlySpan<char> word, PartOfSpeech tag) => tag == PartOfSpeech.PROPN
        ? FeatureHash.Feature(90, FeatureHash.Exact(word), (ulong)tag)
        : FeatureHash.Feature(91, FeatureHash.Lower(word), (ulong)tag);

    internal static ulong RuleKey(int cls, ReadOnlySpan<char> suffix) =>
        FeatureHash.Feature(92 + suffix.Length, FeatureHash.Lower(suffix), (ulong)cls);

    private static string Apply(ReadOnlySpan<char> word, int strip, string append)
    {
        int keep = word.Length - strip;
        Span<char> buffer = keep + append.Length <= 256 ? stackalloc char[keep + append.Length] : new char[keep + append.Length];
        word[..keep].ToLowerInvariant(buffer);
        append.AsSpan().CopyTo(buffer[keep..]);
        return new string(buffer);
    }

    private static string Lower(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(buffer);
        return new string(buffer);
    }

    private static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }
}
