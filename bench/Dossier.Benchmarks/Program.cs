using BenchmarkDotNet.Running;
using Dossier.Benchmarks;

// "time-throughput" runs the quick corpus measurement; anything else goes to BenchmarkDotNet's switcher.
if (args.Length > 0 && args[0] == "time-throughput")
{
    return TimeThroughput.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000);
}
BenchmarkSwitcher.FromAssembly(typeof(TimeStageBenchmarks).Assembly).Run(args);
return 0;
