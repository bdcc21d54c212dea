using System.Text;
using Dossier.Core.Tokens;
using Dossier.Language.PartsOfSpeech;
using Dossier.Training.Conllu;

namespace Dossier.Training.PartsOfSpeech;

/// <summary>Turns CoNLL-U sentences into <see cref="TaggedSentence"/>s for training and scoring the tagger.</summary>
public static class TaggedCorpus
{
    public static TaggedSentence FromConllu(ConlluSentence sentence)
    {
        var words = sentence.Words;
        var forms = new string[words.Count];
        var tags = new PartOfSpeech[words.Count];
        var lemmas = new string[words.Count];
        var spaceAfter = new bool[words.Count];
        for (int i = 0; i < words.Count; i++)
        {
            forms[i] = words[i].Form;
            tags[i] = TagSet.Parse(words[i].Upos);
            lemmas[i] = words[i].Lemma;
        }
        foreach (var token in sentence.Tokens)
        {
            spaceAfter[token.FirstWord + token.WordCount - 1] = token.SpaceAfter;
        }
        return Build(forms, tags, lemmas, spaceAfter);
    }

    public static List<TaggedSentence> FromConllu(IEnumerable<ConlluSentence> sentences)
    {
        var list = new List<TaggedSentence>();
        foreach (var s in sentences)
        {
            list.Add(FromConllu(s));
        }
        return list;
    }

    /// <summary>
    /// The sentence with hyphen-split compounds ("15", "-", "year") joined into one word, as Dossier's tokenizer keeps
    /// them; the joined word takes the tag of its last part. Null when the sentence has no such compound.
    /// </summary>
    public static TaggedSentence? JoinHyphenated(TaggedSentence sentence)
    {
        var forms = new List<string>();
        var tags = new List<PartOfSpeech>();
        var lemmas = new List<string>();
        bool joined = false;
        for (int i = 0; i < sentence.Count; i++)
        {
            string form = sentence.Word(i);
            string lemma = sentence.Lemmas[i];
            var tag = sentence.Tags[i];
            while (i + 2 < sentence.Count && sentence.Word(i + 1) == "-" && sentence.Starts[i + 1] == sentence.Ends[i]
                && sentence.Starts[i + 2] == sentence.Ends[i + 1] && char.IsLetterOrDigit(form[^1])
                && char.IsLetterOrDigit(sentence.Text[sentence.Starts[i + 2]]) && sentence.Tags[i + 2] != PartOfSpeech.PUNCT)
            {
                string next = sentence.Word(i + 2);
                form = form + "-" + next;
                lemma = (tag == PartOfSpeech.PROPN ? form[..(form.Length - next.Length)] : form[..(form.Length - next.Length)].ToLowerInvariant())
                    + sentence.Lemmas[i + 2];
                tag = sentence.Tags[i + 2];
                i += 2;
                joined = true;
            }
            forms.Add(form);
            tags.Add(tag);
            lemmas.Add(lemma);
        }
        return joined ? Build([.. forms], [.. tags], [.. lemmas], null) : null;
    }

    /// <summary>Lays words out as the raw text had them (or separated by spaces); the tagger sees only offsets.</summary>
    private static TaggedSentence Build(string[] forms, PartOfSpeech[] tags, string[] lemmas, bool[]? spaceAfter)
    {
        var text = new StringBuilder();
        var starts = new int[forms.Length];
        var ends = new int[forms.Length];
        for (int i = 0; i < forms.Length; i++)
        {
            if (i > 0 && (spaceAfter is null || spaceAfter[i - 1]))
            {
                text.Append(' ');
            }
            starts[i] = text.Length;
            text.Append(forms[i]);
            ends[i] = text.Length;
        }
        return new TaggedSentence(text.ToString(), starts, ends, tags, lemmas);
    }
}
