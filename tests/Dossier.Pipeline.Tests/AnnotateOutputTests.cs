using System.Text.Json;
using Dossier.Streaming;
using Dossier.TestSupport;

namespace Dossier.Pipeline.Tests;

public class AnnotateOutputTests
{
    private static readonly Lazy<DossierAnnotator> s_annotator = new(() => DossierAnnotator.Create());

    private static string[] SampleLines()
    {
        var lines = new List<string>();
        foreach (var id in AnswerKey.ArticleIds())
        {
            var text = File.ReadAllText(AnswerKey.SamplePath(id));
            lines.Add(JsonSerializer.Serialize(new { id, text }));
        }
        return [.. lines];
    }

    private static List<string> Run(IEnumerable<string> lines, int threads, Annotations layers = Annotations.All)
    {
        var runner = new JsonLinesAnnotator(s_annotator.Value, new StreamOptions { Threads = threads, Output = layers, BlockSize = 3 });
        var output = new StringWriter();
        runner.RunJsonLines(new StringReader(string.Join('\n', lines)), output);
        return [.. output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }

    [Fact]
    public void Annotate_SampleCorpusAndBadLines_EveryLineMatchesTheSchema()
    {
        using var schemaDoc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "annotate.schema.json")));
        var validator = new SchemaValidator(schemaDoc.RootElement);
        var lines = SampleLines().Concat(["{not json", "[1,2]", "{\"id\": \"x\"}", "{\"id\": 7, \"text\": \"On Monday, 12 officials said so.\", \"published\": \"someday\"}",
            "{\"id\": \"ok\", \"text\": \"Reuters reported that up to 40 ships left the port on Monday.\", \"published\": \"2024-05-06\", \"title\": \"Ships\"}"]);
        var output = Run(lines, threads: 2);
        Assert.Equal(10, output.Count);
        foreach (var line in output)
        {
            using var doc = JsonDocument.Parse(line);
            var errors = validator.Validate(doc.RootElement);
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)) + "\nin: " + line[..Math.Min(line.Length, 300)]);
        }
    }

    [Fact]
    public void Annotate_BadLine_GetsAnErrorObjectAndTheStreamGoesOn()
    {
        var output = Run(["{\"id\": \"a\", \"text\": \"One.\"}", "{broken", "{\"id\": \"c\", \"text\": \"Three.\"}"], threads: 2);
        Assert.Equal(3, output.Count);
        using var bad = JsonDocument.Parse(output[1]);
        Assert.Equal(2, bad.RootElement.GetProperty("line").GetInt32());
        Assert.StartsWith("malformed JSON", bad.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("c", JsonDocument.Parse(output[2]).RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public void Annotate_OneOrTwoThreads_WriteIdenticalOutput()
    {
        var lines = SampleLines();
        var many = Enumerable.Range(0, 6).SelectMany(_ => lines).ToArray();
        Assert.Equal(Run(many, threads: 1), Run(many, threads: 2));
    }

    [Fact]
    public void Annotate_OnlyEntities_WritesNoOtherLayer()
    {
        var line = Assert.Single(Run([SampleLines()[0]], threads: 1, Annotations.Entities));
        using var doc = JsonDocument.Parse(line);
        var names = doc.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["id", "published", "sentences", "mentions", "entities"], names);
    }

    [Fact]
    public void Annotate_Offsets_PointAtTheTextTheyQuote()
    {
        var text = File.ReadAllText(AnswerKey.SamplePath("004_30532a4c2225b4c3"));
        var line = Run([JsonSerializer.Serialize(new { id = "004", text, published = "2022-11-02" })], threads: 1).Single();
        using var doc = JsonDocument.Parse(line);
        foreach (var layer in new[] { "mentions", "times", "quantities" })
        {
            foreach (var item in doc.RootElement.GetProperty(layer).EnumerateArray())
            {
                int start = item.GetProperty("start").GetInt32(), end = item.GetProperty("end").GetInt32();
                Assert.Equal(item.GetProperty("text").GetString(), text[start..end]);
            }
        }
        foreach (var s in doc.RootElement.GetProperty("statements").EnumerateArray())
        {
            var content = s.GetProperty("content");
            Assert.Equal(content.GetProperty("text").GetString(), text[content.GetProperty("start").GetInt32()..content.GetProperty("end").GetInt32()]);
        }
    }

    [Fact]
    public void Process_FromManyThreads_GivesTheSameAnnotations()
    {
        var text = File.ReadAllText(AnswerKey.SamplePath("001_06f09f0d443472d3"));
        var expected = Summary(s_annotator.Value.Process(text));
        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = Summary(s_annotator.Value.Process(text)));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    private static string Summary(Core.Document d) =>
        $"{d.Sentences.Length}|{string.Join(",", d.Mentions.Select(m => m.Span))}|{string.Join(",", d.Times.Select(t => t.ValueText))}|" +
        $"{string.Join(",", d.Statements.Select(s => s.Speaker?.Name + ":" + s.Content))}|{string.Join(",", d.Quantities.Select(q => q.Value))}";
}
