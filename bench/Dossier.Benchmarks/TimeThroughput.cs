using System.Diagnostics;
using System.Globalization;
using Dossier.Time;

namespace Dossier.Benchmarks;

/// <summary>Corpus run for the time stage: sentences per second on one thread over copies of the sample reports.</summary>
internal static class TimeThroughput
{
    public static int Run(int copies)
    {
        var docs = NewsCorpus.Prepared(copies);
        long sentences = docs.Sum(d => (long)d.Sentences.Length);
        var stage = new TimeStage();
        foreach (var d in docs.Take(50))
        {
            stage.Process(d, CancellationToken.None); // warm up the regexes and tables
        }
        var best = double.MaxValue;
        for (int round = 0; round < 3; round++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var d in docs)
            {
                stage.Process(d, CancellationToken.None);
            }
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }
        long times = docs.Sum(d => (long)d.Times.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"time stage: {docs.Count} documents, {sentences} sentences, {times} expressions; best of 3: {best:F3} s = {sentences / best:N0} sentences/s, {docs.Count / best:N0} documents/s (one thread)"));
        return 0;
    }
}
