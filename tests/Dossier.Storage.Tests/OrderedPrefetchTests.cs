using Dossier.Core.Parallelism;
using Dossier.Storage.Ingestion;
using Dossier.Storage.Sqlite;
using Dossier.TestSupport;
using Dossier.Text.Dedup;
using Dossier.Text.Reading;

namespace Dossier.Storage.Tests;

public sealed class OrderedPrefetchTests
{
    [Fact]
    public void ForEach_ConsumesEveryItemOnceInOrderOnOneThread()
    {
        var items = Enumerable.Range(0, 1000).ToArray();
        var seen = new List<(int Index, int Value)>();
        var threads = new HashSet<int>();
        OrderedPrefetch.ForEach(items, 64, i => i * 3, (index, item, prepared) =>
        {
            threads.Add(Environment.CurrentManagedThreadId);
            seen.Add((index, prepared - 2 * item));
        });
        Assert.Equal(items.Select(i => (i, i)), seen);
        Assert.Single(threads);
    }

    [Fact]
    public void ForEach_AFailingConsumer_StopsTheRunAndSurfacesItsError()
    {
        int consumed = 0;
        var error = Assert.Throws<InvalidOperationException>(() => OrderedPrefetch.ForEach(Enumerable.Range(0, 500).ToArray(), 16, i => i,
            (_, item, _) =>
            {
                if (item == 100)
                {
                    throw new InvalidOperationException("stop at 100");
                }
                consumed++;
            }));
        Assert.Equal("stop at 100", error.Message);
        Assert.Equal(100, consumed);
    }

    [Fact]
    public void Add_ManyFilesAcrossBlocks_LinksEveryRepeatToItsFirstOccurrenceInFileOrder()
    {
        using var dir = new TempDir();
        // Each report repeats the previous report's own paragraph, so links cross every block boundary.
        for (int i = 0; i < 150; i++)
        {
            string own = $"Officials in district {i} said on Tuesday that {i + 7} families had been moved to shelters after the river rose overnight.";
            string previous = $"Officials in district {i - 1} said on Tuesday that {i + 6} families had been moved to shelters after the river rose overnight.";
            dir.Write($"r/report{i:D3}.txt", i == 0 ? $"Report {i}\n{own}" : $"Report {i}\n{own}\n{previous}");
        }
        using var store = SqliteDossierStore.Open(dir.File("d.db"));
        var report = new DossierIngestor(store, new SourceReader(new ReaderOptions()), new RepeatOptions()).Add([dir.File("r")]);
        Assert.Equal(150, report.Added.Count);
        for (int i = 1; i < 150; i++)
        {
            var doc = store.Load($"report{i:D3}")!;
            var repeat = Assert.Single(doc.Paragraphs, p => p.RepeatOf is not null);
            Assert.Equal($"report{i - 1:D3}", repeat.RepeatOf!.Value.ArticleId);
        }
    }
}
