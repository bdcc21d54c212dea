using System.Diagnostics;
using System.Globalization;
using Dossier.Text.Articles;
using Dossier.Text.Dedup;
using Dossier.Text.Reading;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Benchmarks.Corpus;

/// <summary>Measures read + clean + split + de-duplicate over a generated corpus: articles/s, MB/s and memory as it grows.</summary>
/// <remarks>
/// Articles are generated into memory first, so the timing excludes disk and generation. Memory is sampled after a full
/// GC at each quarter: what remains is the de-duplication index, the only state that must grow with the dossier.
/// </remarks>
public static class CorpusThroughput
{
    public static int Run(string[] args)
    {
        int count = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 10_000;
        var corpus = new SyntheticCorpus();
        var articles = new byte[count][];
        long bytes = 0;
        for (int i = 0; i < count; i++)
        {
            articles[i] = corpus.NextArticle();
            bytes += articles[i].Length;
        }

        // Warm up the JIT on a separate index so the timed run starts cold only in data, not in code.
        Process(articles.AsSpan(0, Math.Min(200, count)), new RepeatMarker(new RepeatIndex(), new RepeatOptions()), null);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long baseline = GC.GetTotalMemory(forceFullCollection: true);
        var marker = new RepeatMarker(new RepeatIndex(), new RepeatOptions());
        var checkpoints = new List<(int Articles, long Heap)>();
        var stopwatch = Stopwatch.StartNew();
        var stats = Process(articles, marker, (done) =>
        {
            if (done % Math.Max(1, count / 4) == 0)
            {
                stopwatch.Stop();
                checkpoints.Add((done, GC.GetTotalMemory(forceFullCollection: true) - baseline));
                stopwatch.Start();
            }
        });
        stopwatch.Stop();

        double seconds = stopwatch.Elapsed.TotalSeconds;
        Console.WriteLine($"articles:            {count:N0} ({bytes / 1048576.0:0.0} MB, {stats.Paragraphs:N0} paragraphs, {stats.Sentences:N0} sentences)");
        Console.WriteLine($"repeats found:       {stats.Repeats:N0} paragraphs, {stats.Duplicates:N0} whole-article copies");
        Console.WriteLine($"time:                {seconds:0.000} s (read + clean + split + de-duplicate, in memory)");
        Console.WriteLine($"throughput:          {count / seconds:N0} articles/s, {bytes / 1048576.0 / seconds:0.0} MB/s");
        foreach (var (done, heap) in checkpoints)
        {
            Console.WriteLine($"heap after {done,7:N0}:  {heap / 1048576.0:0.0} MB retained ({(double)heap / Math.Max(1, marker.Index.ParagraphCount):0} bytes per indexed paragraph)");
        }
        Console.WriteLine($"peak working set:    {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB (includes the generated corpus held in memory)");
        return 0;
    }

    private static (long Paragraphs, long Sentences, long Repeats, long Duplicates) Process(ReadOnlySpan<byte[]> articles, RepeatMarker marker, Action<int>? progress)
    {
        var reader = new SourceReader(new ReaderOptions());
        var assembler = new ArticleAssembler();
        var tokens = new TokenizerStage();
        var sentences = new SentenceStage();
        var problems = new List<ReadProblem>();
        long paragraphs = 0, sentenceCount = 0, repeats = 0, duplicates = 0;
        long readTicks = 0, splitTicks = 0, markTicks = 0;
        for (int i = 0; i < articles.Length; i++)
        {
            long t0 = Stopwatch.GetTimestamp();
            foreach (var raw in reader.ReadBytes($"a{i}.txt", articles[i], problems))
            {
                var document = assembler.Assemble(raw);
                long t1 = Stopwatch.GetTimestamp();
                tokens.Process(document, CancellationToken.None);
                sentences.Process(document, CancellationToken.None);
                long t2 = Stopwatch.GetTimestamp();
                marker.Mark(document);
                long t3 = Stopwatch.GetTimestamp();
                readTicks += t1 - t0;
                splitTicks += t2 - t1;
                markTicks += t3 - t2;
                t0 = t3;
                paragraphs += document.Paragraphs.Length;
                sentenceCount += document.Sentences.Length;
                foreach (var p in document.Paragraphs)
                {
                    repeats += p.RepeatOf is null ? 0 : 1;
                }
                duplicates += document.DuplicateOf is null ? 0 : 1;
            }
            progress?.Invoke(i + 1);
        }
        if (progress is not null)
        {
            Console.WriteLine($"phases:              read+clean {Stopwatch.GetElapsedTime(0, readTicks).TotalSeconds:0.00} s, "
                + $"tokens+sentences {Stopwatch.GetElapsedTime(0, splitTicks).TotalSeconds:0.00} s, de-duplicate {Stopwatch.GetElapsedTime(0, markTicks).TotalSeconds:0.00} s");
        }
        return (paragraphs, sentenceCount, repeats, duplicates);
    }
}
