using Dossier.Core.Entities;
using Dossier.Language.Entities;

namespace Dossier.Training.Ner;

/// <summary>Scores the full recogniser (tagger + gazetteer) on held-out sentences: exact span and type.</summary>
internal static class NerEvaluation
{
    public static SpanScore Score(EntityRecognizer recognizer, IEnumerable<NerSentence> sentences)
    {
        var score = new SpanScore();
        var mentions = new List<EntityMention>();
        var contexts = Contexts(sentences);
        foreach (var s in sentences)
        {
            mentions.Clear();
            recognizer.Recognize(s.Text, s.Starts, s.Ends, 0, s.Count, mentions, contexts[s.Document]);
            var predicted = new List<(int, int, EntityType)>(mentions.Count);
            foreach (var m in mentions)
            {
                predicted.Add((m.Span.Start, m.Span.End, m.Type));
            }
            var gold = Gold(recognizer, s);
            score.Add(gold, predicted);
        }
        return score;
    }

    /// <summary>Writes every sentence with a missed or spurious span: gold and predicted spans side by side.</summary>
    public static void DumpErrors(EntityRecognizer recognizer, IEnumerable<NerSentence> sentences, TextWriter writer)
    {
        var mentions = new List<EntityMention>();
        var contexts = Contexts(sentences);
        foreach (var s in sentences)
        {
            mentions.Clear();
            recognizer.Recognize(s.Text, s.Starts, s.Ends, 0, s.Count, mentions, contexts[s.Document]);
            var predicted = new List<(int Start, int End, EntityType Type)>(mentions.Count);
            foreach (var m in mentions)
            {
                predicted.Add((m.Span.Start, m.Span.End, m.Type));
            }
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
