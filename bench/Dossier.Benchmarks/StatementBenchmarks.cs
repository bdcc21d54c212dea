using BenchmarkDotNet.Attributes;
using Dossier.Core;
using Dossier.Statements;
using Dossier.Text.Paragraphs;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Benchmarks;

/// <summary>Statements + quantities over tokenized, sentence-split news text (the five sample reports, 20 times over).</summary>
/// <remarks>Sentences per second = <see cref="SentenceCount"/> / mean time; the setup prints the count.</remarks>
[MemoryDiagnoser]
public class StatementBenchmarks
{
    private readonly StatementStage _statements = new();
    private readonly QuantityStage _quantities = new();
    private List<Document> _documents = [];

    public int SentenceCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var samples = Path.Combine(FindRoot(), "samples", "dprk-artillery");
        var texts = Directory.GetFiles(samples, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        _documents = [];
        for (int copy = 0; copy < 20; copy++)
        {
            foreach (var text in texts)
            {
                var doc = new Document("b", text) { Paragraphs = LineParagraphSplitter.Split(text) };
                new TokenizerStage().Process(doc, default);
                new SentenceStage().Process(doc, default);
                _documents.Add(doc);
                SentenceCount += doc.Sentences.Length;
            }
        }
        Console.WriteLine($"// {SentenceCount} sentences per operation");
    }

    [Benchmark]
    public int StatementsAndQuantities()
    {
        int n = 0;
        foreach (var doc in _documents)
        {
            _statements.Process(doc, default);
            _quantities.Process(doc, default);
            n += doc.Statements.Count + doc.Quantities.Count;
        }
        return n;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Dossier.slnx not found above " + AppContext.BaseDirectory);
    }
}
