using System.Diagnostics;
using System.Globalization;
using Dossier.Core;
using Dossier.Core.Parallelism;
using Dossier.Text.Dedup;
using Dossier.Text.Preparation;
using Dossier.Text.Reading;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Benchmarks.Corpus;

/// <summary>Measures read + clean + split + de-duplicate over a generated corpus: articles/s, MB/s and memory as it grows.</summary>
/// <remarks>
/// Articles are generated into memory first, so the timing excludes disk and generation. Reading, cleaning, splitting and
/// fingerprinting run on every core a block ahead (the same <c>OrderedPrefetch</c> and <c>ArticlePreparer</c> as
/// <c>dossier add</c>); marking repeats runs in order, as it must, on the calling thread. Memory is sampled after a full
/// GC at each quarter: what remains is the de-duplication index, the only state that must grow with the dossier.
/// </remarks>
public static class CorpusThroughput
{
    public static int Run(string[] args)
    {
        int count = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 10_000;
        var articles = new SyntheticCorpus().NextArticles(count);
        long bytes = 0;
        foreach (var article in articles)
        {
            bytes += article.Length;
        }

        // Warm up the JIT on a separate index so the timed run starts cold only in data, not in code.
        Process(articles.AsSpan(0, Math.Min(3000, count)), new RepeatMarker(new RepeatIndex(), new RepeatOptions()), null);

        // The timed run takes no heap samples: a full collection stops every thread, and the work running ahead of the
        // ordered step would make pausing the clock around it unfair.
        GC.Collect();
        var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var stats = Process(articles, new RepeatMarker(new RepeatIndex(), new RepeatOptions()), _ => { });
        stopwatch.Stop();
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        // A second, untimed run samples the retained heap at each quarter.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long baseline = GC.GetTotalMemory(forceFullCollection: true);
        var marker = new RepeatMarker(new RepeatIndex(), new RepeatOptions());
        var checkpoints = new List<(int Articles, long Heap, int Indexed)>();
        Process(articles, marker, (done) =>
        {
            if (done % Math.Max(1, count / 4) == 0)
            {
                checkpoints.Add((done, GC.GetTotalMemory(forceFullCollection: true) - baseline, marker.Index.ParagraphCount));
            }
        });

        double seconds = stopwatch.Elapsed.TotalSeconds;
        Console.WriteLine($"articles:            {count:N0} ({bytes / 1048576.0:0.0} MB, {stats.Paragraphs:N0} paragraphs, {stats.Sentences:N0} sentences)");
        Console.WriteLine($"repeats found:       {stats.Repeats:N0} paragraphs, {stats.Duplicates:N0} whole-article copies");
        Console.WriteLine($"time:                {seconds:0.000} s (read + clean + split + de-duplicate, in memory)");
        Console.WriteLine($"ordered marking:     {stats.MarkSeconds:0.000} s of it on the calling thread, overlapping the parallel read + clean + split + fingerprint");
        Console.WriteLine($"throughput:          {count / seconds:N0} articles/s, {bytes / 1048576.0 / seconds:0.0} MB/s");
        Console.WriteLine($"cpu time:            {cpu.TotalSeconds:0.000} s ({cpu.TotalSeconds * 1e6 / count:0} µs per article on all threads)");
        foreach (var (done, heap, indexed) in checkpoints)
        {
            Console.WriteLine($"heap after {done,7:N0}:  {heap / 1048576.0:0.0} MB retained ({(double)heap / Math.Max(1, indexed):0} bytes per indexed paragraph)");
        }
        Console.WriteLine($"peak working set:    {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB (includes the generated corpus held in memory)");
        return 0;
    }

    /// <summary>Reads, cleans, splits and fingerprints on every core a block ahead while marking repeats in order: what <c>dossier add</c> does, without the store.</summary>
    private static (long Paragraphs, long Sentences, long Repeats, long Duplicates, double MarkSeconds) Process(ReadOnlySpan<byte[]> articles, RepeatMarker marker, Action<int>? progress)
    {
        const int Block = 256;
        var reader = new SourceReader(new ReaderOptions());
        var preparer = new ArticlePreparer();
        var tokens = new TokenizerStage();
        var sentences = new SentenceStage();
        var source = articles.ToArray();
        var names = new int[source.Length];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = i;
        }
        long paragraphs = 0, sentenceCount = 0, repeats = 0, duplicates = 0;
        long markTicks = 0;
        OrderedPrefetch.ForEach(names, Block, i =>
        {
            var problems = new List<ReadProblem>();
            var raws = reader.ReadBytes($"a{i}.txt", source[i], problems);
            if (raws.Count == 0)
            {
                return null;
            }
            var prepared = preparer.Prepare(raws[0]);
            if (prepared.Document is { } document)
            {
                // The "split" includes sentences, which `add` itself leaves to later stages.
                tokens.Process(document, CancellationToken.None);
                sentences.Process(document, CancellationToken.None);
            }
            return prepared;
        }, (index, _, prepared) =>
        {
            if (prepared?.Document is not { } document)
            {
                return;
            }
            long m0 = Stopwatch.GetTimestamp();
            marker.Mark(document, prepared.Prints);
            markTicks += Stopwatch.GetTimestamp() - m0;
            paragraphs += document.Paragraphs.Length;
            sentenceCount += document.Sentences.Length;
            foreach (var p in document.Paragraphs)
            {
                repeats += p.RepeatOf is null ? 0 : 1;
            }
            duplicates += document.DuplicateOf is null ? 0 : 1;
            progress?.Invoke(index + 1);
        });
        return (paragraphs, sentenceCount, repeats, duplicates, Stopwatch.GetElapsedTime(0, markTicks).TotalSeconds);
    }
}
