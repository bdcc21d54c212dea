using System.Diagnostics;
using Dossier.Core;
using Dossier.Statements;

namespace Dossier.Benchmarks;

/// <summary>"statements-throughput [rounds] [rules]": statements + quantities over the sample reports, as wall-clock and CPU sentences per second.</summary>
/// <remarks>CPU time is reported too because the shared machine's load makes wall-clock figures swing several-fold.</remarks>
public static class StatementThroughput
{
    public static int Run(int rounds, bool useTagger = true)
    {
        var documents = NewsCorpus.Prepared(1);
        int sentences = 0;
        foreach (var doc in documents)
        {
            sentences += doc.Sentences.Length;
        }
        var statements = new StatementStage(useTagger);
        var quantities = new QuantityStage();
        void Once()
        {
            foreach (var doc in documents)
            {
                statements.Process(doc, default);
                quantities.Process(doc, default);
            }
        }
        for (int i = 0; i < 20; i++)
        {
            Once();
        }
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < rounds; i++)
        {
            Once();
        }
        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpu0;
        double total = (double)sentences * rounds;
        Console.WriteLine($"{total:F0} sentences: wall {total / clock.Elapsed.TotalSeconds:F0}/s, CPU {total / cpu.TotalSeconds:F0}/s");
        return 0;
    }
}
