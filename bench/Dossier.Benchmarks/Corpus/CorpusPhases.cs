using System.Diagnostics;
using System.Globalization;
using Dossier.Core;
using Dossier.Text.Articles;
using Dossier.Text.Dedup;
using Dossier.Text.Reading;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Benchmarks.Corpus;

/// <summary>Runs the foundation's stages one after another on one thread and reports the CPU time each takes per article.</summary>
/// <remarks>
/// CPU time rather than wall time, so the split stays meaningful on a busy machine. Each stage runs over the whole
/// corpus before the next, so its figure includes the garbage collections its own allocations cause.
/// </remarks>
public static class CorpusPhases
{
    public static int Run(string[] args)
    {
        int count = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 5_000;
        var articles = new SyntheticCorpus().NextArticles(count);
        // Two passes: the first warms the JIT, the second is reported.
        for (int pass = 0; pass < 2; pass++)
        {
            var times = Measure(articles);
            if (pass == 1)
            {
                double total = 0;
                long allocated = 0;
                foreach (var (name, seconds, bytes) in times)
                {
                    total += seconds;
                    allocated += bytes;
                    Console.WriteLine($"{name,-14} {seconds * 1e6 / count,8:0.0} µs/article {bytes / 1024.0 / count,8:0.0} KB allocated/article");
                }
                Console.WriteLine($"{"allocated",-14} {allocated / 1024.0 / count,8:0.0} KB/article");
                Console.WriteLine($"{"total",-14} {total * 1e6 / count,8:0.0} µs/article = {count / total:N0} articles/s per core");
            }
        }
        return 0;
    }

    private static List<(string, double, long)> Measure(byte[][] articles)
    {
        var reader = new SourceReader(new ReaderOptions());
        var assembler = new ArticleAssembler();
        var tokens = new TokenizerStage();
        var sentences = new SentenceStage();
        var marker = new RepeatMarker(new RepeatIndex(), new RepeatOptions());
        var raws = new RawArticle[articles.Length];
        var documents = new Document[articles.Length];
        var prints = new ParagraphFingerprint?[articles.Length][];
        var times = new List<(string, double, long)>();
        var problems = new List<ReadProblem>();

        Time(times, "read", () =>
        {
            for (int i = 0; i < articles.Length; i++)
            {
                raws[i] = reader.ReadBytes($"a{i}.txt", articles[i], problems)[0];
            }
        });
        Time(times, "clean+paras", () =>
        {
            for (int i = 0; i < raws.Length; i++)
            {
                documents[i] = assembler.Assemble(raws[i]);
            }
        });
        Time(times, "tokenize", () =>
        {
            foreach (var d in documents)
            {
                tokens.Process(d, CancellationToken.None);
            }
        });
        Time(times, "sentences", () =>
        {
            foreach (var d in documents)
            {
                sentences.Process(d, CancellationToken.None);
            }
        });
        Time(times, "fingerprint", () =>
        {
            for (int i = 0; i < documents.Length; i++)
            {
                prints[i] = RepeatMarker.Fingerprint(documents[i]);
            }
        });
        Time(times, "mark", () =>
        {
            for (int i = 0; i < documents.Length; i++)
            {
                marker.Mark(documents[i], prints[i]);
            }
        });
        return times;
    }

    private static void Time(List<(string, double, long)> times, string name, Action action)
    {
        GC.Collect();
        var process = System.Diagnostics.Process.GetCurrentProcess();
        process.Refresh();
        var before = process.TotalProcessorTime;
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        action();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        times.Add((name, (process.TotalProcessorTime - before).TotalSeconds, allocated));
    }
}
