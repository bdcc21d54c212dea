using Dossier.TestSupport;

namespace Dossier.Text.Tests;

public class CpuClockTests
{
    [Fact]
    public void Sleeping_IsNotCounted_WorkingIs()
    {
        // The linearity guards read this clock so that a busy machine cannot fail them: time spent waiting must not count.
        var sleeping = CpuClock.StartNew();
        Thread.Sleep(300);
        double slept = sleeping.ElapsedMilliseconds;

        var working = CpuClock.StartNew();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        long sum = 0;
        while (clock.ElapsedMilliseconds < 300)
        {
            sum += sum * 31 + 7;
        }
        double worked = working.ElapsedMilliseconds;

        Assert.True(sum != 1);
        Assert.True(worked > 0, $"300 ms of work read as {worked:F1} ms");
        if (OperatingSystem.IsLinux())
        {
            Assert.True(slept < 100, $"300 ms of sleep read as {slept:F1} ms of processor time");
        }
    }
}
