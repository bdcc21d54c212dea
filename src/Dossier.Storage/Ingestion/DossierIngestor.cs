using Dossier.Core;
using Dossier.Storage.Sqlite;
using Dossier.Text.Articles;
using Dossier.Text.Dedup;
using Dossier.Text.Reading;

namespace Dossier.Storage.Ingestion;

/// <summary>Adds sources to a dossier: read → clean → split → de-duplicate → store, one article per transaction.</summary>
/// <remarks>
/// A bad file or item is reported and skipped; the batch goes on. Re-adding content already stored
/// (same SHA-256) is a no-op reported as "already present".
/// </remarks>
public sealed class DossierIngestor(SqliteDossierStore store, SourceReader reader, RepeatOptions repeatOptions)
{
    private readonly ArticleAssembler _assembler = new();

    /// <summary>Files read, cleaned and fingerprinted together before their articles are marked and saved in order.</summary>
    private const int Block = 64;

    /// <summary>Adds every article in <paramref name="paths"/> (files, folders, or "-" for standard input).</summary>
    /// <param name="progress">Called as files finish with (files done, files in all).</param>
    /// <remarks>
    /// Reading, cleaning and fingerprinting run on every core a block of files at a time; checking hashes, choosing
    /// ids, marking repeats and saving run in file order, so the result never depends on thread timing.
    /// </remarks>
    public IngestReport Add(IEnumerable<string> paths, Action<int, int>? progress = null, CancellationToken cancellationToken = default)
    {
        var report = new IngestReport();
        var problems = new List<ReadProblem>();
        var files = reader.Expand(paths, problems, out int skipped);
        report.SkippedFiles = skipped;
        Sort(problems, report);

        var marker = new RepeatMarker(store.LoadRepeatIndex(), repeatOptions);
        var batchHashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        for (int start = 0; start < files.Count; start += Block)
        {
            int count = Math.Min(Block, files.Count - start);
            var read = new (IReadOnlyList<RawArticle> Articles, List<ReadProblem> Problems)[count];
            Parallel.For(0, count, parallel, i =>
            {
                var fileProblems = new List<ReadProblem>();
                read[i] = (reader.Read(files[start + i], fileProblems), fileProblems);
            });

            var work = new List<Work>();
            var reserved = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (articles, fileProblems) in read)
            {
                Sort(fileProblems, report);
                foreach (var raw in articles)
                {
                    string where = Where(raw);
                    var existing = store.FindByHash(raw.ContentHash);
                    if (existing is not null || batchHashes.TryGetValue(raw.ContentHash, out existing))
                    {
                        report.AlreadyPresent.Add((where, existing));
                        continue;
                    }
                    var id = store.UniqueId(raw.Id, reserved);
                    reserved.Add(id);
                    batchHashes[raw.ContentHash] = id;
                    work.Add(new Work(id == raw.Id ? raw : raw with { Id = id }, where));
                }
            }

            Parallel.For(0, work.Count, parallel, i => work[i].Prepare(_assembler));

            foreach (var item in work)
            {
                if (!Save(item, ref marker, report))
                {
                    batchHashes.Remove(item.Raw.ContentHash);
                }
            }
            progress?.Invoke(start + count, files.Count);
        }
        return report;
    }

    /// <returns>False when the article was not stored.</returns>
    private bool Save(Work item, ref RepeatMarker marker, IngestReport report)
    {
        if (item.Error is not null)
        {
            report.Rejected.Add(new ReadProblem(item.Where, item.Error));
            return false;
        }
        var document = item.Document!;
        var prints = marker.Mark(document, item.Prints);
        try
        {
            store.Save(document, prints);
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or IOException)
        {
            report.Rejected.Add(new ReadProblem(item.Where, "could not be stored: " + ex.Message));
            // The index already holds this article's paragraphs; rebuild it from what was stored.
            marker = new RepeatMarker(store.LoadRepeatIndex(), repeatOptions);
            return false;
        }
        int repeats = 0;
        foreach (var p in document.Paragraphs)
        {
            repeats += p.RepeatOf is null ? 0 : 1;
        }
        report.Added.Add(new AddedArticle(document.Id, item.Raw.SourcePath, document.Metadata.Title,
            document.Metadata.Published?.ToString("yyyy-MM-dd"), document.Paragraphs.Length, repeats, document.Removed.Count, document.DuplicateOf));
        return true;
    }

    private static string Where(RawArticle raw) => raw.SourcePath == raw.Id ? raw.Id : $"{raw.SourcePath} ({raw.Id})";

    /// <summary>One article on its way into the store: cleaned and fingerprinted in parallel, then marked and saved in order.</summary>
    private sealed class Work(RawArticle raw, string where)
    {
        public RawArticle Raw { get; } = raw;

        public string Where { get; } = where;

        public Document? Document { get; private set; }

        public ParagraphFingerprint?[]? Prints { get; private set; }

        public string? Error { get; private set; }

        public void Prepare(ArticleAssembler assembler)
        {
            try
            {
                var document = assembler.Assemble(Raw);
                if (document.Paragraphs.Length == 0)
                {
                    Error = "no article text left after removing web debris";
                    return;
                }
                Document = document;
                Prints = RepeatMarker.Fingerprint(document);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                Error = "could not be cleaned: " + ex.Message;
            }
        }
    }

    private static void Sort(List<ReadProblem> problems, IngestReport report)
    {
        foreach (var p in problems)
        {
            (p.IsWarning ? report.Warnings : report.Rejected).Add(p);
        }
    }
}
