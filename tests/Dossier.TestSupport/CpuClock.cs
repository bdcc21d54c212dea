using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Dossier.TestSupport;

/// <summary>Measures the processor time the calling thread spends, so linearity guards hold on a loaded machine.</summary>
/// <remarks>
/// Wall-clock guards failed whenever a training run shared the two cores: the work under test had not grown, the
/// machine had. The calling thread's own processor time only grows with the work it does. Where the platform offers no
/// per-thread clock (not Linux), the wall clock stands in.
/// </remarks>
public readonly partial struct CpuClock
{
    private readonly double _startMs;

    private CpuClock(double startMs) => _startMs = startMs;

    /// <summary>Starts a clock on the calling thread; read it from the same thread.</summary>
    public static CpuClock StartNew() => new(NowMs());

    /// <summary>Processor milliseconds this thread spent since the clock started.</summary>
    public double ElapsedMilliseconds => NowMs() - _startMs;

    /// <summary>The least of three runs of <paramref name="action"/>, in this thread's processor milliseconds.</summary>
    public static double BestOf(Action action, int runs = 3)
    {
        double best = double.MaxValue;
        for (int i = 0; i < runs; i++)
        {
            var clock = StartNew();
            action();
            best = Math.Min(best, clock.ElapsedMilliseconds);
        }
        return best;
    }

    private const int ClockThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    private static double NowMs()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTime, out var time) == 0)
        {
            return time.Seconds * 1_000.0 + time.Nanoseconds / 1_000_000.0;
        }
        return Stopwatch.GetTimestamp() * 1_000.0 / Stopwatch.Frequency;
    }
}
