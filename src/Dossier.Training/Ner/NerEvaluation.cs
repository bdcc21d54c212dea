using Dossier.Core;
using Dossier.Core.Entities;
using Dossier.Core.Tokens;
using Dossier.Language.Entities;

namespace Dossier.Training.Ner;

/// <summary>Scores the full recogniser (tagger + gazetteer) on held-out sentences: exact span and type.</summary>
internal static class NerEvaluation
{
    public static SpanScore Score(EntityRecognizer recognizer, IEnumerable<NerSentence> sentences)
    {
        var score = new SpanScore();
        foreach (var (s, predicted) in Predict(recognizer, sentences))
        {
            var gold = Gold(recognizer, s);
            score.Add(gold, predicted);
        }
        return score;
    }

    /// <summary>Writes every sentence with a missed or spurious span: gold and predicted spans side by side.</summary>
    public static void DumpErrors(EntityRecognizer recognizer, IEnumerable<NerSentence> sentences, TextWriter writer)
    {
        foreach (var (s, predicted) in Predict(recognizer, sentences))
        {
            var gold = Gold(recognizer, s);
            var missed = gold.Where(g => !predicted.Contains(g)).ToList();
            var spurious = predicted.Where(p => !gold.Contains(p)).ToList();
            if (missed.Count == 0 && spurious.Count == 0)
            {
                continue;
            }
            writer.WriteLine($"# {s.Source}: {s.Text}");
            foreach (var g in missed)
            {
                writer.WriteLine($"  MISS {g.Type,-6} [{s.Text[g.Start..g.End]}]");
            }
            foreach (var p in spurious)
            {
                writer.WriteLine($"  FP   {p.Type,-6} [{s.Text[p.Start..p.End]}]");
            }
        }
    }

    /// <summary>The recogniser's spans for each sentence, found document by document as the pipeline finds them
    /// (<see cref="EntityRecognizer.RecognizeDocument"/>): a document's sentences are joined into one text.</summary>
    public static IEnumerable<(NerSentence Sentence, List<(int Start, int End, EntityType Type)> Predicted)> Predict(
        EntityRecognizer recognizer, IEnumerable<NerSentence> sentences)
    {
        var context = new NameContext();
        var group = new List<NerSentence>();
        foreach (var s in sentences)
        {
            if (group.Count > 0 && group[0].Document != s.Document)
            {
                foreach (var r in PredictDocument(recognizer, group, context))
                {
                    yield return r;
                }
                group.Clear();
            }
            group.Add(s);
        }
        if (group.Count > 0)
        {
            foreach (var r in PredictDocument(recognizer, group, context))
            {
                yield return r;
            }
        }
    }

    private static List<(NerSentence, List<(int, int, EntityType)>)> PredictDocument(EntityRecognizer recognizer, List<NerSentence> group,
        NameContext context)
    {
        var text = new System.Text.StringBuilder();
        int tokens = group.Sum(s => s.Count);
        var starts = new int[tokens];
        var ends = new int[tokens];
        var sentences = new Sentence[group.Count];
        var offsets = new int[group.Count];
        int t = 0;
        for (int i = 0; i < group.Count; i++)
        {
            var s = group[i];
            offsets[i] = text.Length;
            for (int k = 0; k < s.Count; k++)
            {
                starts[t + k] = s.Starts[k] + offsets[i];
                ends[t + k] = s.Ends[k] + offsets[i];
            }
            sentences[i] = new Sentence(new TextSpan(offsets[i], offsets[i] + s.Text.Length), t, s.Count, i);
            t += s.Count;
            text.Append(s.Text).Append('\n');
        }
        var mentions = new List<EntityMention>();
        recognizer.RecognizeDocument(text.ToString(), starts, ends, sentences, mentions, context);
        var result = new List<(NerSentence, List<(int, int, EntityType)>)>(group.Count);
        int m = 0;
        for (int i = 0; i < group.Count; i++)
        {
            var predicted = new List<(int, int, EntityType)>();
            int end = offsets[i] + group[i].Text.Length;
            while (m < mentions.Count && mentions[m].Span.Start < end)
            {
                predicted.Add((mentions[m].Span.Start - offsets[i], mentions[m].Span.End - offsets[i], mentions[m].Type));
                m++;
            }
            result.Add((group[i], predicted));
        }
        return result;
    }

    /// <summary>One <see cref="NameContext"/> per document, built from all of its sentences.</summary>
    public static Dictionary<string, NameContext> Contexts(IEnumerable<NerSentence> sentences)
    {
        var contexts = new Dictionary<string, NameContext>(StringComparer.Ordinal);
        var seen = new HashSet<NerSentence>(ReferenceEqualityComparer.Instance);
        foreach (var s in sentences)
        {
            // re3d training sentences are listed twice; a document's words are counted once either way (bits only accumulate).
            if (!seen.Add(s))
            {
                continue;
            }
            if (!contexts.TryGetValue(s.Document, out var context))
            {
                contexts[s.Document] = context = new NameContext();
            }
            context.Add(s.Text, s.Starts, s.Ends, 0, s.Count);
        }
        return contexts;
    }

    /// <summary>The gold spans of a sentence, places split into GPE and LOC by the same gazetteer rule the recogniser uses.</summary>
    public static List<(int Start, int End, EntityType Type)> Gold(EntityRecognizer recognizer, NerSentence s)
    {
        var gold = new List<(int, int, EntityType)>();
        for (int i = 0; i < s.Count; i++)
        {
            if (!NerLabels.IsBegin(s.Labels[i]))
            {
                continue;
            }
            int cls = NerLabels.ClassOf(s.Labels[i]);
            int end = i + 1;
            while (end < s.Count && NerLabels.IsInside(s.Labels[end]))
            {
                end++;
            }
            var span = s.Text.AsSpan(s.Starts[i], s.Ends[end - 1] - s.Starts[i]);
            var type = NerLabels.TypeOf(cls);
            if (cls == 2)
            {
                type = recognizer.PlaceType(span);
            }
            gold.Add((s.Starts[i], s.Ends[end - 1], type));
        }
        return gold;
    }
}
