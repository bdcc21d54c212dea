using BenchmarkDotNet.Attributes;
using Dossier.Core;
using Dossier.Language.Entities;
using Dossier.Language.PartsOfSpeech;
using Dossier.Text.Paragraphs;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Benchmarks.Language;

/// <summary>Tokenize, split sentences, tag parts of speech and names on the sample corpus; tokens/s = TokenCount / mean time.</summary>
/// <remarks>Run: <c>dotnet run -c Release --project bench/Dossier.Benchmarks -- --filter *LanguageCore*</c>.</remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 8)]
public class LanguageCoreBenchmarks
{
    private readonly TokenizerStage _tokens = new();
    private readonly SentenceStage _sentences = new();
    private PartOfSpeechStage _pos = null!;
    private EntityStage _entities = null!;
    private string _text = "";
    private Document _tokenized = null!;

    /// <summary>Tokens in the benchmark text, printed once so that tokens/s can be computed from the mean.</summary>
    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = NewsCorpus.Joined();
        _pos = new PartOfSpeechStage(PartOfSpeechTagger.Load());
        _entities = new EntityStage(EntityRecognizer.Default);
        _tokenized = NewDocument();
        _tokens.Process(_tokenized, CancellationToken.None);
        _sentences.Process(_tokenized, CancellationToken.None);
        TokenCount = _tokenized.Tokens.Count;
        Console.WriteLine($"// benchmark text: {_text.Length} chars, {TokenCount} tokens, {_tokenized.Sentences.Length} sentences");
    }

    [Benchmark]
    public int Tokenize()
    {
        var document = NewDocument();
        _tokens.Process(document, CancellationToken.None);
        return document.Tokens.Count;
    }

    [Benchmark]
    public int TokenizeAndSentences()
    {
        var document = NewDocument();
        _tokens.Process(document, CancellationToken.None);
        _sentences.Process(document, CancellationToken.None);
        return document.Sentences.Length;
    }

    [Benchmark]
    public int PartsOfSpeechOnly()
    {
        _pos.Process(_tokenized, CancellationToken.None);
        return _tokenized.Tokens.Count;
    }

    [Benchmark(Baseline = true)]
    public int TokenizeSentencesPartsOfSpeech()
    {
        var document = NewDocument();
        _tokens.Process(document, CancellationToken.None);
        _sentences.Process(document, CancellationToken.None);
        _pos.Process(document, CancellationToken.None);
        return document.Tokens.Count;
    }

    /// <summary>The measure: tokenize, sentences, parts of speech and names, from raw text.</summary>
    [Benchmark]
    public int TokenizeSentencesPartsOfSpeechEntities()
    {
        var document = NewDocument();
        _tokens.Process(document, CancellationToken.None);
        _sentences.Process(document, CancellationToken.None);
        _pos.Process(document, CancellationToken.None);
        _entities.Process(document, CancellationToken.None);
        return document.Mentions.Count;
    }

    /// <summary>Reading the embedded part-of-speech model into a ready tagger.</summary>
    [Benchmark]
    public PartOfSpeechTagger LoadPartOfSpeechModel() => PartOfSpeechTagger.Load();

    private Document NewDocument() => new("bench", _text) { Paragraphs = LineParagraphSplitter.Split(_text) };
}
