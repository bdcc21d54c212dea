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
        if (_model.LemmaKeys.TryGet(LemmaKey(word, tag), out int index))
        {
            return _model.Lemma(index);
        }
        return Unlisted(word, tag);
    }

    /// <summary>Writes the lemma of each token of a sentence (offsets into <paramref name="text"/>, tags given) to
    /// <paramref name="lemmas"/>: the same strings <see cref="Lemma"/> gives one at a time.</summary>
    /// <remarks>
    /// The lemma table is read at random, a cache miss a word and another for the lemma's slot, so the look-ups go in
    /// passes over a block of tokens (prefetch every key's entry, then find each and prefetch its slot, then read them)
    /// and their misses overlap instead of following one another.
    /// </remarks>
    internal void Lemmas(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<PartOfSpeech> tags, Span<string?> lemmas)
    {
        const int Block = 64;
        Span<ulong> keys = stackalloc ulong[Block];
        Span<int> found = stackalloc int[Block];
        var table = _model.LemmaKeys;
        for (int from = 0; from < starts.Length; from += Block)
        {
            int count = Math.Min(Block, starts.Length - from);
            for (int j = 0; j < count; j++)
            {
                int i = from + j;
                ulong key = LemmaKey(text[starts[i]..ends[i]], tags[i]);
                keys[j] = key;
                table.Prefetch(key);
            }
            for (int j = 0; j < count; j++)
            {
                if (table.TryGet(keys[j], out int index))
                {
                    found[j] = index;
                    _model.PrefetchLemma(index);
                }
                else
                {
                    found[j] = -1;
                }
            }
            for (int j = 0; j < count; j++)
            {
                int i = from + j;
                var word = text[starts[i]..ends[i]];
                lemmas[i] = word.IsEmpty ? "" : found[j] >= 0 ? _model.Lemma(found[j]) : Unlisted(word, tags[i]);
            }
        }
    }

    /// <summary>The lemma of a word the table lacks: kept as written, or by the longest suffix rule, else lower-cased.</summary>
    private string Unlisted(ReadOnlySpan<char> word, PartOfSpeech tag)
    {
        int cls = tag == PartOfSpeech.None ? TagSet.ClassOf(PartOfSpeech.X) : TagSet.ClassOf(tag);
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
