using BenchmarkDotNet.Attributes;
using Dossier.Core;
using Dossier.Time;

namespace Dossier.Benchmarks;

/// <summary>The time stage over the five sample reports (tokens and sentences prepared beforehand): recognition, tense, resolution, window.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class TimeStageBenchmarks
{
    private List<Document> _docs = [];
    private readonly TimeStage _stage = new();

    /// <summary>Sentences in one pass, to turn the mean time into sentences per second.</summary>
    public int Sentences { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _docs = NewsCorpus.Prepared(1);
        Sentences = _docs.Sum(d => d.Sentences.Length);
    }

    [Benchmark(Description = "time stage, 5 sample reports")]
    public int TimeStage()
    {
        int n = 0;
        foreach (var d in _docs)
        {
            _stage.Process(d, CancellationToken.None);
            n += d.Times.Count;
        }
        return n;
    }
}
