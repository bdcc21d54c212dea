using BenchmarkDotNet.Running;
using Dossier.Benchmarks.Corpus;

// "corpus [count]" runs the corpus throughput measurement; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "corpus")
{
    return CorpusThroughput.Run(args[1..]);
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
