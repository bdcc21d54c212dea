using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Dossier.Streaming;
using Dossier.Text.Tokens;

namespace Dossier.Benchmarks.Corpus;

/// <summary>Measures <c>dossier annotate</c>'s streaming path: documents/s, tokens/s and memory over a long generated stream.</summary>
/// <remarks>
/// Input lines are generated on demand by a reader, never held together, so retained memory after each block is what the
/// annotator itself keeps. "paragraphs" mode streams one paragraph per line (short documents, many lines); "articles" mode
/// streams whole generated articles.
/// </remarks>
public static class AnnotateThroughput
{
    public static int Run(string[] args)
    {
        int lines = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 10_000;
        bool articles = args.Length > 1 && args[1] == "articles";
        int threads = args.Length > 2 && int.TryParse(args[2], CultureInfo.InvariantCulture, out var t) ? t : Environment.ProcessorCount;

        var annotator = DossierAnnotator.Create(new AnnotatorOptions { Annotations = Annotations.All & ~Annotations.Tokens });
        var runner = new JsonLinesAnnotator(annotator, new StreamOptions { Threads = threads });
        // Warm-up: JIT and model pages.
        runner.RunJsonLines(new GeneratedLines(200, articles, seed: 7), TextWriter.Null);

        var input = new GeneratedLines(lines, articles, seed: 42);
        var output = new CountingWriter();
        var memory = new List<(long Lines, double Megabytes)>();
        var stopwatch = Stopwatch.StartNew();
        input.Checkpoint = Math.Max(1, lines / 5);
        input.OnCheckpoint = done => memory.Add((done, GC.GetTotalMemory(forceFullCollection: false) / 1048576.0));
        var totals = runner.RunJsonLines(input, output);
        stopwatch.Stop();

        double seconds = stopwatch.Elapsed.TotalSeconds;
        Console.WriteLine($"input:        {totals.Lines:N0} {(articles ? "articles" : "paragraphs")} as JSON lines, {input.Characters / 1048576.0:0.0} M chars, {input.Tokens:N0} tokens; {threads} threads");
        Console.WriteLine($"time:         {seconds:0.00} s (annotate: sentences, entities, time, statements, quantities; JSON out)");
        Console.WriteLine($"throughput:   {totals.Lines / seconds:N0} documents/s, {input.Tokens / seconds:N0} tokens/s, {output.Bytes / 1048576.0 / seconds:0.0} MB/s of JSON");
        foreach (var (done, mb) in memory)
        {
            Console.WriteLine($"managed heap after {done,9:N0} lines: {mb:0.0} MB");
        }
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB; errors: {totals.Errors}");
        return 0;
    }

    /// <summary>A reader that generates JSON lines as they are read.</summary>
    private sealed class GeneratedLines(int count, bool articles, int seed) : TextReader
    {
        private readonly SyntheticCorpus _corpus = new(seed);
        private readonly Queue<string> _pending = new();
        private readonly TokenBuilder _tokens = new();
        private int _produced;

        public long Characters { get; private set; }

        public long Tokens { get; private set; }

        public int Checkpoint { get; set; } = int.MaxValue;

        public Action<int>? OnCheckpoint { get; set; }

        public override string? ReadLine()
        {
            if (_produced >= count)
            {
                return null;
            }
            if (_pending.Count == 0)
            {
                var article = Encoding.UTF8.GetString(_corpus.NextArticle());
                if (articles)
                {
                    _pending.Enqueue(article);
                }
                else
                {
                    foreach (var paragraph in article.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                    {
                        _pending.Enqueue(paragraph);
                    }
                }
            }
            var text = _pending.Dequeue();
            _produced++;
            Characters += text.Length;
            _tokens.Clear();
            Tokenizer.Tokenize(text, 0, _tokens);
            Tokens += _tokens.Count;
            if (_produced % Checkpoint == 0)
            {
                OnCheckpoint?.Invoke(_produced);
            }
            return JsonSerializer.Serialize(new { id = _produced.ToString(CultureInfo.InvariantCulture), text, published = "2024-06-14" });
        }
    }

    private sealed class CountingWriter : TextWriter
    {
        public long Bytes { get; private set; }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Bytes++;

        public override void Write(string? value) => Bytes += value?.Length ?? 0;

        public override void WriteLine(string? value) => Bytes += (value?.Length ?? 0) + 1;
    }
}
