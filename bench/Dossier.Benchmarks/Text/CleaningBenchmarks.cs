using BenchmarkDotNet.Attributes;
using Dossier.Core;
using Dossier.Text.Articles;
using Dossier.Text.Dedup;
using Dossier.Text.Reading;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Benchmarks.Text;

/// <summary>Per-article cost of the foundation stages on a realistic generated article.</summary>
[MemoryDiagnoser]
public class CleaningBenchmarks
{
    private RawArticle _raw = null!;
    private Document _assembled = null!;
    private readonly ArticleAssembler _assembler = new();
    private readonly TokenizerStage _tokens = new();
    private readonly SentenceStage _sentences = new();

    [GlobalSetup]
    public void Setup()
    {
        var bytes = new Corpus.SyntheticCorpus().NextArticle();
        _raw = new SourceReader(new ReaderOptions()).ReadBytes("bench.txt", bytes, new List<ReadProblem>())[0];
        _assembled = _assembler.Assemble(_raw);
        _tokens.Process(_assembled, CancellationToken.None);
    }

    [Benchmark(Description = "normalise + clean + paragraphs")]
    public Document Clean() => _assembler.Assemble(_raw);

    [Benchmark(Description = "tokenize")]
    public void Tokenize() => _tokens.Process(_assembled, CancellationToken.None);

    [Benchmark(Description = "sentences")]
    public void Sentences() => _sentences.Process(_assembled, CancellationToken.None);

    [Benchmark(Description = "fingerprint + mark repeats")]
    public MarkResult Dedup() => new RepeatMarker(new RepeatIndex(), new RepeatOptions()).Mark(_assembled);
}
