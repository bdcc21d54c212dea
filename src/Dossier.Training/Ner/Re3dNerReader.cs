using System.Text.Json;
using Dossier.Text.Paragraphs;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Training.Ner;

/// <summary>Reads re3d (documents.json + entities.json per source folder) into name-tagging sentences, tokenized by our own tokenizer.</summary>
/// <remarks>
/// Person, Organisation, Location and Nationality spans become PER, ORG, PLACE and NORP. re3d also marks descriptions
/// ("U.S. service members", "the regime"); spans whose last word is not capitalised are dropped, articles and titles trimmed.
/// Every fifth document of each source (by id) is held out.
/// </remarks>
internal static class Re3dNerReader
{
    public static (List<NerSentence> Train, List<NerSentence> Dev) Read(string folder, bool tune = false)
    {
        var train = new List<NerSentence>();
        var dev = new List<NerSentence>();
        foreach (var source in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            var docsPath = Path.Combine(source, "documents.json");
            var entsPath = Path.Combine(source, "entities.json");
            if (!File.Exists(docsPath) || !File.Exists(entsPath))
            {
                continue;
            }
            var docs = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(docsPath))
            {
                if (line.Trim().Length == 0)
                {
                    continue;
                }
                using var json = JsonDocument.Parse(line);
                docs[json.RootElement.GetProperty("_id").GetString()!] = json.RootElement.GetProperty("text").GetString()!;
            }
            var entities = new Dictionary<string, List<(int Begin, int End, int Class)>>();
            foreach (var line in File.ReadLines(entsPath))
            {
                if (line.Trim().Length == 0)
                {
                    continue;
                }
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                int cls = root.GetProperty("type").GetString() switch
                {
                    "Person" => 0,
                    "Organisation" => 1,
                    "Location" => 2,
                    "Nationality" => 3,
                    _ => -1,
                };
                if (cls < 0)
                {
                    continue;
                }
                var id = root.GetProperty("documentId").GetString()!;
                if (!entities.TryGetValue(id, out var list))
                {
                    entities[id] = list = [];
                }
                list.Add((root.GetProperty("begin").GetInt32(), root.GetProperty("end").GetInt32(), cls));
            }
            int index = 0;
            foreach (var (id, text) in docs)
            {
                // Tuning holds out another fifth of the training documents and never reads the held-out ones.
                int part = index++ % 5;
                if (tune && part == 0)
                {
                    continue;
                }
                var target = part == (tune ? 1 : 0) ? dev : train;
                target.AddRange(Sentences(text, entities.GetValueOrDefault(id) ?? [], Path.GetFileName(source), id));
            }
        }
        return (train, dev);
    }

    private static IEnumerable<NerSentence> Sentences(string text, List<(int Begin, int End, int Class)> entities, string source, string id)
    {
        var paragraphs = LineParagraphSplitter.Split(text);
        var builder = new TokenBuilder();
        foreach (var p in paragraphs)
        {
            Tokenizer.Tokenize(text.AsSpan(p.Span.Start, p.Span.Length), p.Span.Start, builder);
        }
        var layer = builder.ToLayer();
        var sentences = RuleSentenceSplitter.Split(text, layer, paragraphs);
        foreach (var s in sentences)
        {
            if (s.TokenCount == 0)
            {
                continue;
            }
            var tokens = new List<string>(s.TokenCount);
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                tokens.Add(text[layer.Starts[t]..layer.Ends[t]]);
            }
            var labels = new int[s.TokenCount];
            foreach (var e in entities.OrderByDescending(e => e.End - e.Begin).ThenBy(e => e.Begin))
            {
                if (e.Begin < s.Span.Start || e.End > s.Span.End)
                {
                    continue;
                }
                int from = -1, to = -1;
                for (int t = s.FirstToken; t < s.EndToken; t++)
                {
                    if (layer.Starts[t] == e.Begin)
                    {
                        from = t - s.FirstToken;
                    }
                    if (layer.Ends[t] == e.End)
                    {
                        to = t - s.FirstToken + 1;
                    }
                }
                if (from >= 0 && to > from)
                {
                    NerLabelling.Label(labels, tokens, from, to, e.Class);
                }
            }
            var sentence = NerSentence.FromTokens(tokens, labels, source, "re3d/" + source + "/" + id);
            NerLabelling.AddGroups(labels, sentence);
            yield return sentence;
        }
    }
}
