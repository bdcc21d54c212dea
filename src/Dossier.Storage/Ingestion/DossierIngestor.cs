using Dossier.Core.Parallelism;
using Dossier.Storage.Sqlite;
using Dossier.Text.Dedup;
using Dossier.Text.Preparation;
using Dossier.Text.Reading;

namespace Dossier.Storage.Ingestion;

/// <summary>Adds sources to a dossier: read → clean → split → de-duplicate → store, one article per transaction.</summary>
/// <remarks>
/// A bad file or item is reported and skipped; the batch goes on. Re-adding content already stored
/// (same SHA-256) is a no-op reported as "already present".
/// </remarks>
public sealed class DossierIngestor(SqliteDossierStore store, SourceReader reader, RepeatOptions repeatOptions)
{
    private readonly ArticlePreparer _preparer = new();

    /// <summary>Files read, cleaned and fingerprinted together while the previous block is marked and saved.</summary>
    private const int Block = 64;

    /// <summary>Adds every article in <paramref name="paths"/> (files, folders, or "-" for standard input).</summary>
    /// <param name="progress">Called as files finish with (files done, files in all).</param>
    /// <remarks>
    /// Reading, cleaning and fingerprinting run on every core a block of files ahead; checking hashes, choosing ids,
    /// marking repeats and saving run on this thread in file order, so the result never depends on thread timing.
    /// </remarks>
    public IngestReport Add(IEnumerable<string> paths, Action<int, int>? progress = null, CancellationToken cancellationToken = default)
    {
        var report = new IngestReport();
        var problems = new List<ReadProblem>();
        var files = reader.Expand(paths, problems, out int skipped);
        report.SkippedFiles = skipped;
        Sort(problems, report);

        var marker = new RepeatMarker(store.LoadRepeatIndex(), repeatOptions);
        // Content already stored is not worth cleaning; the ordered step below still decides what is a re-add.
        var stored = store.ContentHashes();
        OrderedPrefetch.ForEach(files, Block, file => Read(file, stored), (index, _, read) =>
        {
            Sort(read.Problems, report);
            for (int i = 0; i < read.Articles.Count; i++)
            {
                var raw = read.Articles[i];
                string where = Where(raw);
                if (store.FindByHash(raw.ContentHash) is { } existing)
                {
                    report.AlreadyPresent.Add((where, existing));
                    continue;
                }
                var prepared = read.Prepared[i] ?? _preparer.Prepare(raw);
                var id = store.UniqueId(raw.Id);
                if (id != raw.Id)
                {
                    // Ids are only known in order; a clash is rare, so re-preparing under the new id is cheap.
                    prepared = _preparer.Prepare(raw with { Id = id });
                }
                Save(prepared, where, ref marker, report);
            }
            progress?.Invoke(index + 1, files.Count);
        }, cancellationToken);
        return report;
    }

    private FileRead Read(string file, IReadOnlySet<string> stored)
    {
        var problems = new List<ReadProblem>();
        var articles = reader.Read(file, problems);
        var prepared = new PreparedArticle?[articles.Count];
        for (int i = 0; i < articles.Count; i++)
        {
            prepared[i] = stored.Contains(articles[i].ContentHash) ? null : _preparer.Prepare(articles[i]);
        }
        return new FileRead(articles, prepared, problems);
    }

    /// <summary>One file's articles, each prepared unless its content is already stored, and what went wrong reading it.</summary>
    private sealed record FileRead(IReadOnlyList<RawArticle> Articles, PreparedArticle?[] Prepared, List<ReadProblem> Problems);

    private void Save(PreparedArticle item, string where, ref RepeatMarker marker, IngestReport report)
    {
        if (item.Error is not null)
        {
            report.Rejected.Add(new ReadProblem(where, item.Error));
            return;
        }
        var document = item.Document!;
        var prints = marker.Mark(document, item.Prints);
        try
        {
            store.Save(document, prints);
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or IOException)
        {
            report.Rejected.Add(new ReadProblem(where, "could not be stored: " + ex.Message));
            // The index already holds this article's paragraphs; rebuild it from what was stored.
            marker = new RepeatMarker(store.LoadRepeatIndex(), repeatOptions);
            return;
        }
        int repeats = 0;
        foreach (var p in document.Paragraphs)
        {
            repeats += p.RepeatOf is null ? 0 : 1;
        }
        report.Added.Add(new AddedArticle(document.Id, item.Raw.SourcePath, document.Metadata.Title,
            document.Metadata.Published?.ToString("yyyy-MM-dd"), document.Paragraphs.Length, repeats, document.Removed.Count, document.DuplicateOf));
    }

    private static string Where(RawArticle raw) => raw.SourcePath == raw.Id ? raw.Id : $"{raw.SourcePath} ({raw.Id})";

    private static void Sort(List<ReadProblem> problems, IngestReport report)
    {
        foreach (var p in problems)
        {
            (p.IsWarning ? report.Warnings : report.Rejected).Add(p);
        }
    }
}
