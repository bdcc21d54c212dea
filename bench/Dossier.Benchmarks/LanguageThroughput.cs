using System.Diagnostics;
using Dossier.Core;
using Dossier.Language.Entities;
using Dossier.Language.PartsOfSpeech;
using Dossier.Text.Paragraphs;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Benchmarks;

/// <summary>"language-throughput [rounds]": tokenize, sentences, parts of speech and names on fresh copies of the sample reports, tokens/s per stage and in all.</summary>
/// <remarks>
/// Each round builds new documents from raw text, as the pipeline does, so no stage sees a document another run warmed.
/// Stage times are thread CPU time summed over rounds; wall-clock is printed too, but on the shared machine only CPU
/// time is worth comparing.
/// </remarks>
public static class LanguageThroughput
{
    private const int Stages = 4;

    public static int Run(int rounds)
    {
        var texts = NewsCorpus.Texts();
        var tokenizer = new TokenizerStage();
        var splitter = new SentenceStage();
        var tagger = new PartOfSpeechStage(PartOfSpeechTagger.Load());
        var names = new EntityStage(EntityRecognizer.Default);
        var spent = new long[Stages];
        long tokens = 0;
        void Once(bool count)
        {
            foreach (var text in texts)
            {
                var doc = new Document("bench", text) { Paragraphs = LineParagraphSplitter.Split(text) };
                long t0 = ThreadCpu.Ticks();
                tokenizer.Process(doc, CancellationToken.None);
                long t1 = ThreadCpu.Ticks();
                splitter.Process(doc, CancellationToken.None);
                long t2 = ThreadCpu.Ticks();
                tagger.Process(doc, CancellationToken.None);
                long t3 = ThreadCpu.Ticks();
                names.Process(doc, CancellationToken.None);
                long t4 = ThreadCpu.Ticks();
                if (count)
                {
                    spent[0] += t1 - t0;
                    spent[1] += t2 - t1;
                    spent[2] += t3 - t2;
                    spent[3] += t4 - t3;
                    tokens += doc.Tokens.Count;
                }
            }
        }
        for (int i = 0; i < 30; i++)
        {
            Once(count: false);
        }
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < rounds; i++)
        {
            Once(count: true);
        }
        clock.Stop();
        string[] labels = ["tokenize", "sentences", "parts of speech", "names"];
        long all = 0;
        for (int s = 0; s < Stages; s++)
        {
            all += spent[s];
            Console.WriteLine($"{labels[s],-16} {spent[s] / 1e6 / rounds,8:F3} ms/round  {tokens / (spent[s] / 1e9),14:N0} tokens/s CPU");
        }
        Console.WriteLine($"{"all four",-16} {all / 1e6 / rounds,8:F3} ms/round  {tokens / (all / 1e9),14:N0} tokens/s CPU, {tokens / clock.Elapsed.TotalSeconds:N0} tokens/s wall ({tokens / rounds} tokens a round)");
        return 0;
    }
}

/// <summary>CPU time of the calling thread, in nanoseconds (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>; elsewhere the process's).</summary>
internal static partial class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    public static long Ticks()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTime, out var ts) == 0)
        {
            return ts.Seconds * 1_000_000_000L + ts.Nanoseconds;
        }
        return (long)(Process.GetCurrentProcess().TotalProcessorTime.Ticks * 100);
    }

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
