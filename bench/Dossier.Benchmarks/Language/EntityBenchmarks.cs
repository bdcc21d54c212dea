using BenchmarkDotNet.Attributes;
using Dossier.Core;
using Dossier.Language.Entities;
using Dossier.Text.Paragraphs;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Benchmarks.Language;

/// <summary>Name recognition on the sample corpus, tokens and sentences already made; tokens/s = TokenCount / mean time.</summary>
/// <remarks>Run: <c>dotnet run -c Release --project bench/Dossier.Benchmarks -- --filter *EntityBenchmarks*</c>.</remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 8)]
public class EntityBenchmarks
{
    private readonly TokenizerStage _tokens = new();
    private readonly SentenceStage _sentences = new();
    private EntityStage _entities = null!;
    private Document _tokenized = null!;
    private string _text = "";

    /// <summary>Tokens in the benchmark text, printed once so that tokens/s can be computed from the mean.</summary>
    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = NewsCorpus.Joined();
        _entities = new EntityStage(EntityRecognizer.Default);
        _tokenized = NewDocument();
        _tokens.Process(_tokenized, CancellationToken.None);
        _sentences.Process(_tokenized, CancellationToken.None);
        TokenCount = _tokenized.Tokens.Count;
        Console.WriteLine($"// benchmark text: {_text.Length} chars, {TokenCount} tokens, {_tokenized.Sentences.Length} sentences");
    }

    /// <summary>The entity stage alone (features, Viterbi, gazetteer, span rules) over a tokenised document.</summary>
    [Benchmark(Baseline = true)]
    public int EntitiesOnly()
    {
        _entities.Process(_tokenized, CancellationToken.None);
        return _tokenized.Mentions.Count;
    }

    /// <summary>Tokenize, split sentences and recognise names from raw text.</summary>
    [Benchmark]
    public int TokenizeSentencesEntities()
    {
        var document = NewDocument();
        _tokens.Process(document, CancellationToken.None);
        _sentences.Process(document, CancellationToken.None);
        _entities.Process(document, CancellationToken.None);
        return document.Mentions.Count;
    }

    private Document NewDocument() => new("bench", _text) { Paragraphs = LineParagraphSplitter.Split(_text) };
}
