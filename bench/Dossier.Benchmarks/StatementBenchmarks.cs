using BenchmarkDotNet.Attributes;
using Dossier.Core;
using Dossier.Statements;

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
        _documents = NewsCorpus.Prepared(20);
        foreach (var doc in _documents)
        {
            SentenceCount += doc.Sentences.Length;
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
}
