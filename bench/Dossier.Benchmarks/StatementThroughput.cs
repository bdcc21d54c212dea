using System.Diagnostics;
using Dossier.Core;
using Dossier.Statements;

namespace Dossier.Benchmarks;

/// <summary>"statements-throughput [rounds] [rules]": statements + quantities over the sample reports, as wall-clock and CPU sentences per second.</summary>
/// <remarks>CPU time is reported too because the shared machine's load makes wall-clock figures swing several-fold. The
/// CPU time includes the tiered JIT's background compiles, still running for several seconds after the warm-up rounds;
/// the second line gives their share.</remarks>
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
        var jit0 = System.Runtime.JitInfo.GetCompilationTime();
        long methods0 = System.Runtime.JitInfo.GetCompiledMethodCount();
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
        // The tiered JIT is still compiling the stages' code well after the warm-up rounds, on its own thread, which the
        // CPU figure counts: say how much, so that a change in compile work is not read as one in the stages' speed.
        var jit = System.Runtime.JitInfo.GetCompilationTime() - jit0;
        long methods = System.Runtime.JitInfo.GetCompiledMethodCount() - methods0;
        Console.WriteLine($"JIT during the timed rounds: {methods} methods compiled, {jit.TotalSeconds:F2} s in the compiler (wall-clock, all threads); CPU {cpu.TotalSeconds:F2} s in all");
        return 0;
    }
}
