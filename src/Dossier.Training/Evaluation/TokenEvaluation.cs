using Dossier.Core;
using Dossier.Text.Tokens;
using Dossier.Training.Conllu;

namespace Dossier.Training.Evaluation;

/// <summary>Measures tokenizer agreement with treebank words: exact span F1 on raw text rebuilt from CoNLL-U.</summary>
public static class TokenEvaluation
{
    /// <summary>Span F1 of the tokenizer against the gold words of <paramref name="documents"/>.</summary>
    /// <param name="errors">When given, receives each disagreement (gold word missed or token invented) with its count.</param>
    /// <param name="joinHyphenated">Compare against <see cref="JoinHyphenated"/> gold words, leaving out that one convention difference.</param>
    public static F1Score Score(IEnumerable<RebuiltDocument> documents, bool joinHyphenated, Dictionary<string, int>? errors = null)
    {
        var total = default(F1Score);
        var builder = new TokenBuilder();
        foreach (var document in documents)
        {
            builder.Clear();
            foreach (var paragraph in document.Paragraphs)
            {
                Tokenizer.Tokenize(document.Text.AsSpan(paragraph.Start, paragraph.Length), paragraph.Start, builder);
            }
            var predicted = new TextSpan[builder.Count];
            for (int i = 0; i < builder.Count; i++)
            {
                predicted[i] = new TextSpan(builder.StartOf(i), builder.EndOf(i));
            }
            var gold = joinHyphenated ? JoinHyphenated(document.Text, document.Words) : document.Words;
            total = total.Add(Compare(document.Text, predicted, gold, errors));
        }
        return total;
    }

    /// <summary>The gold words with hyphen-split compounds ("15", "-", "year") joined back into one span, as Dossier keeps them.</summary>
    public static List<TextSpan> JoinHyphenated(string text, IReadOnlyList<TextSpan> words)
    {
        var joined = new List<TextSpan>(words.Count);
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            while (i + 2 < words.Count && words[i + 1].Length == 1 && text[words[i + 1].Start] == '-'
                && words[i + 1].Start == w.End && words[i + 2].Start == words[i + 1].End
                && char.IsLetterOrDigit(text[w.End - 1]) && char.IsLetterOrDigit(text[words[i + 2].Start]))
            {
                w = new TextSpan(w.Start, words[i + 2].End);
                i += 2;
            }
            joined.Add(w);
        }
        return joined;
    }

    /// <summary>Exact matches between two span lists sorted by start.</summary>
    public static F1Score Compare(string text, IReadOnlyList<TextSpan> predicted, IReadOnlyList<TextSpan> gold, Dictionary<string, int>? errors)
    {
        int matched = 0, p = 0, g = 0;
        while (p < predicted.Count && g < gold.Count)
        {
            var a = predicted[p];
            var b = gold[g];
            if (a == b)
            {
                matched++;
                p++;
                g++;
            }
            else if (a.End <= b.End)
            {
                Note(errors, "+ ", text, a);
                p++;
                if (a.End == b.End)
                {
                    Note(errors, "- ", text, b);
                    g++;
                }
            }
            else
            {
                Note(errors, "- ", text, b);
                g++;
            }
        }
        for (; p < predicted.Count; p++)
        {
            Note(errors, "+ ", text, predicted[p]);
        }
        for (; g < gold.Count; g++)
        {
            Note(errors, "- ", text, gold[g]);
        }
        return new F1Score(matched, predicted.Count, gold.Count);
    }

    private static void Note(Dictionary<string, int>? errors, string sign, string text, TextSpan span)
    {
        if (errors is null)
        {
            return;
        }
        var key = sign + text.Substring(span.Start, span.Length);
        errors[key] = errors.GetValueOrDefault(key) + 1;
    }
}
