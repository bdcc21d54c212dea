using System.Diagnostics;
using System.Globalization;
using Dossier.Core;
using Dossier.Text.Articles;
using Dossier.Text.Dedup;
using Dossier.Text.Reading;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Benchmarks.Corpus;

/// <summary>Measures read + clean + split + de-duplicate over a generated corpus: articles/s, MB/s and memory as it grows.</summary>
/// <remarks>
/// Articles are generated into memory first, so the timing excludes disk and generation. Reading, cleaning, splitting and
/// fingerprinting run on every core in blocks; marking repeats runs in order, as it must. Memory is sampled after a full
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
        Process(articles.AsSpan(0, Math.Min(3000, count)), new RepeatMarker(new RepeatIndex(), new RepeatOptions()), null);

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

    /// <summary>Reads, cleans, splits and fingerprints a block of articles on every core, then marks repeats in order.</summary>
    private static (long Paragraphs, long Sentences, long Repeats, long Duplicates) Process(ReadOnlySpan<byte[]> articles, RepeatMarker marker, Action<int>? progress)
    {
        const int Block = 512;
        var reader = new SourceReader(new ReaderOptions());
        var assembler = new ArticleAssembler();
        var tokens = new TokenizerStage();
        var sentences = new SentenceStage();
        var documents = new Document?[Block];
        var prints = new ParagraphFingerprint?[Block][];
        var source = articles.ToArray();
        long paragraphs = 0, sentenceCount = 0, repeats = 0, duplicates = 0;
        long parallelTicks = 0, markTicks = 0;
        for (int start = 0; start < source.Length; start += Block)
        {
            int count = Math.Min(Block, source.Length - start);
            long t0 = Stopwatch.GetTimestamp();
            Parallel.For(0, count, i =>
            {
                var problems = new List<ReadProblem>();
                var raws = reader.ReadBytes($"a{start + i}.txt", source[start + i], problems);
                if (raws.Count == 0)
                {
                    documents[i] = null;
                    return;
                }
                var document = assembler.Assemble(raws[0]);
                tokens.Process(document, CancellationToken.None);
                sentences.Process(document, CancellationToken.None);
                documents[i] = document;
                prints[i] = RepeatMarker.Fingerprint(document);
            });
            long t1 = Stopwatch.GetTimestamp();
            for (int i = 0; i < count; i++)
            {
                if (documents[i] is not { } document)
                {
                    continue;
                }
                marker.Mark(document, prints[i]);
                paragraphs += document.Paragraphs.Length;
                sentenceCount += document.Sentences.Length;
                foreach (var p in document.Paragraphs)
                {
                    repeats += p.RepeatOf is null ? 0 : 1;
                }
                duplicates += document.DuplicateOf is null ? 0 : 1;
                progress?.Invoke(start + i + 1);
            }
            long t2 = Stopwatch.GetTimestamp();
            parallelTicks += t1 - t0;
            markTicks += t2 - t1;
            Array.Clear(documents);
        }
        if (progress is not null)
        {
            Console.WriteLine($"phases:              read+clean+split+fingerprint (parallel) {Stopwatch.GetElapsedTime(0, parallelTicks).TotalSeconds:0.00} s, "
                + $"mark repeats (in order) {Stopwatch.GetElapsedTime(0, markTicks).TotalSeconds:0.00} s");
        }
        return (paragraphs, sentenceCount, repeats, duplicates);
    }
}
