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

    /// <summary>Adds every article in <paramref name="paths"/> (files, folders, or "-" for standard input).</summary>
    /// <param name="progress">Called after each file with (files done, files in all).</param>
    public IngestReport Add(IEnumerable<string> paths, Action<int, int>? progress = null, CancellationToken cancellationToken = default)
    {
        var report = new IngestReport();
        var problems = new List<ReadProblem>();
        var files = reader.Expand(paths, problems, out int skipped);
        report.SkippedFiles = skipped;
        Sort(problems, report);

        var index = store.LoadRepeatIndex();
        var marker = new RepeatMarker(index, repeatOptions);
        var hashesThisBatch = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int f = 0; f < files.Count; f++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            problems.Clear();
            var raws = reader.Read(files[f], problems);
            Sort(problems, report);
            foreach (var raw in raws)
            {
                if (AddOne(raw, marker, hashesThisBatch, report))
                {
                    continue;
                }
                // A failed save leaves the in-memory index ahead of the file: rebuild it from what was stored.
                marker = new RepeatMarker(store.LoadRepeatIndex(), repeatOptions);
            }
            progress?.Invoke(f + 1, files.Count);
        }
        return report;
    }

    /// <returns>False when the index must be rebuilt because a save failed after marking.</returns>
    private bool AddOne(RawArticle raw, RepeatMarker marker, Dictionary<string, string> batchHashes, IngestReport report)
    {
        string where = raw.SourcePath == raw.Id ? raw.Id : $"{raw.SourcePath} ({raw.Id})";
        var existing = store.FindByHash(raw.ContentHash);
        if (existing is not null || batchHashes.TryGetValue(raw.ContentHash, out existing))
        {
            report.AlreadyPresent.Add((where, existing));
            return true;
        }

        var id = store.UniqueId(raw.Id);
        Document document;
        try
        {
            document = _assembler.Assemble(id == raw.Id ? raw : raw with { Id = id });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            report.Rejected.Add(new ReadProblem(where, "could not be cleaned: " + ex.Message));
            return true;
        }
        if (document.Paragraphs.Length == 0)
        {
            report.Rejected.Add(new ReadProblem(where, "no article text left after removing web debris"));
            return true;
        }

        var prints = marker.Mark(document);
        try
        {
            store.Save(document, prints);
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or IOException)
        {
            report.Rejected.Add(new ReadProblem(where, "could not be stored: " + ex.Message));
            return false;
        }
        batchHashes[raw.ContentHash] = id;
        int repeats = 0;
        foreach (var p in document.Paragraphs)
        {
            repeats += p.RepeatOf is null ? 0 : 1;
        }
        report.Added.Add(new AddedArticle(id, raw.SourcePath, document.Metadata.Title,
            document.Metadata.Published?.ToString("yyyy-MM-dd"), document.Paragraphs.Length, repeats, document.Removed.Count, document.DuplicateOf));
        return true;
    }

    private static void Sort(List<ReadProblem> problems, IngestReport report)
    {
        foreach (var p in problems)
        {
            (p.IsWarning ? report.Warnings : report.Rejected).Add(p);
        }
    }
}
