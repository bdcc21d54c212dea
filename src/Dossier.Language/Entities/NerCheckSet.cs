using Dossier.Core.Entities;
using Dossier.Text.Tokens;

namespace Dossier.Language.Entities;

/// <summary>A small hand-written check set (<c>ner-check.txt</c>, embedded): sentences with names marked <c>[text|TYPE]</c>.</summary>
/// <remarks>The trainer records the model's score on it in the manifest; a test re-measures it, so a model that drifts fails.</remarks>
public static class NerCheckSet
{
    private const string ResourceName = "Dossier.Language.Entities.ner-check.txt";

    /// <summary>The check sentences: plain text and gold spans.</summary>
    public static IReadOnlyList<(string Text, List<(int Start, int End, EntityType Type)> Gold)> Load()
    {
        using var stream = typeof(NerCheckSet).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new FileNotFoundException("embedded NER check set is missing", ResourceName);
        using var reader = new StreamReader(stream);
        var result = new List<(string, List<(int, int, EntityType)>)>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            result.Add(Parse(line));
        }
        return result;
    }

    /// <summary>Scores a recogniser on the check set (exact span and type).</summary>
    public static SpanScore Score(EntityRecognizer recognizer)
    {
        var score = new SpanScore();
        var mentions = new List<EntityMention>();
        foreach (var (text, gold) in Load())
        {
            var builder = new TokenBuilder();
            Tokenizer.Tokenize(text, 0, builder);
            var layer = builder.ToLayer();
            mentions.Clear();
            recognizer.Recognize(text, layer.Starts, layer.Ends, 0, layer.Count, mentions);
            var predicted = new List<(int, int, EntityType)>();
            foreach (var m in mentions)
            {
                predicted.Add((m.Span.Start, m.Span.End, m.Type));
            }
            score.Add(gold, predicted);
        }
        return score;
    }

    private static (string, List<(int, int, EntityType)>) Parse(string line)
    {
        var text = new System.Text.StringBuilder();
        var gold = new List<(int, int, EntityType)>();
        int i = 0;
        while (i < line.Length)
        {
            int open = line.IndexOf('[', i);
            if (open < 0)
            {
                text.Append(line, i, line.Length - i);
                break;
            }
            int bar = line.IndexOf('|', open);
            int close = bar < 0 ? -1 : line.IndexOf(']', bar);
            if (close < 0)
            {
                text.Append(line, i, line.Length - i);
                break;
            }
            text.Append(line, i, open - i);
            int start = text.Length;
            text.Append(line, open + 1, bar - open - 1);
            var type = line.AsSpan(bar + 1, close - bar - 1) switch
            {
                "PERSON" => EntityType.Person,
                "ORG" => EntityType.Org,
                "GPE" => EntityType.Gpe,
                "LOC" => EntityType.Loc,
                "NORP" => EntityType.Norp,
                var other => throw new InvalidDataException($"unknown entity type '{other}' in NER check set"),
            };
            gold.Add((start, text.Length, type));
            i = close + 1;
        }
        return (text.ToString(), gold);
    }
}
