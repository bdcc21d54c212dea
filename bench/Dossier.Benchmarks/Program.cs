using BenchmarkDotNet.Running;
using Dossier.Benchmarks.Corpus;

// "corpus [count]", "annotate [lines] [paragraphs|articles] [threads]", "time-throughput [sentences]", "language-throughput [rounds]" and "statements-throughput [rounds]"
// run corpus measurements; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "corpus")
{
    return CorpusThroughput.Run(args[1..]);
}
if (args.Length > 0 && args[0] == "corpus-phases")
{
    return CorpusPhases.Run(args[1..]);
}
if (args.Length > 0 && args[0] == "annotate")
{
    return AnnotateThroughput.Run(args[1..]);
}
if (args.Length > 0 && args[0] == "time-throughput")
{
    return Dossier.Benchmarks.TimeThroughput.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000);
}
if (args.Length > 0 && args[0] == "language-throughput")
{
    return Dossier.Benchmarks.LanguageThroughput.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200);
}
if (args.Length > 0 && args[0] == "statements-throughput")
{
    return Dossier.Benchmarks.StatementThroughput.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100,
        useTagger: !(args.Length > 2 && args[2] == "rules"));
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
