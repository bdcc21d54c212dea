using Dossier.Core.Tokens;
using Dossier.Language.PartsOfSpeech;

namespace Dossier.Training.PartsOfSpeech;

/// <summary>Tag and lemma accuracy of a tagger on gold-tokenized sentences.</summary>
public readonly record struct TaggerScore(int Words, int TagsRight, int LemmasRight, int LemmaWords)
{
    public double TagAccuracy => Words == 0 ? 0 : (double)TagsRight / Words;

    public double LemmaAccuracy => LemmaWords == 0 ? 0 : (double)LemmasRight / LemmaWords;

    /// <summary>Scores <paramref name="tagger"/>; lemmas are compared case-insensitively where the gold has one.</summary>
    /// <param name="confusions">When given, counts each (gold, predicted) tag pair that differs.</param>
    public static TaggerScore Measure(PartOfSpeechTagger tagger, IEnumerable<TaggedSentence> sentences,
        Dictionary<(PartOfSpeech Gold, PartOfSpeech Predicted), int>? confusions = null)
    {
        int words = 0, tagsRight = 0, lemmasRight = 0, lemmaWords = 0;
        foreach (var s in sentences)
        {
            var tags = new PartOfSpeech[s.Count];
            tagger.Tag(s.Text, s.Starts, s.Ends, tags);
            for (int i = 0; i < s.Count; i++)
            {
                words++;
                if (tags[i] == s.Tags[i])
                {
                    tagsRight++;
                }
                else if (confusions is not null)
                {
                    var key = (s.Tags[i], tags[i]);
                    confusions[key] = confusions.GetValueOrDefault(key) + 1;
                }
                if (s.Lemmas[i] is { Length: > 0 } gold && gold != "_")
                {
                    lemmaWords++;
                    var lemma = tagger.Lemmatizer.Lemma(s.Text.AsSpan(s.Starts[i], s.Ends[i] - s.Starts[i]), s.Tags[i]);
                    if (string.Equals(lemma, gold, StringComparison.OrdinalIgnoreCase))
                    {
                        lemmasRight++;
                    }
                }
            }
        }
        return new TaggerScore(words, tagsRight, lemmasRight, lemmaWords);
    }
}
