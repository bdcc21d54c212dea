using System.Globalization;
using System.Runtime.InteropServices;
using Dossier.Core;
using Dossier.Core.Articles;
using Dossier.Text.Dedup;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

/// <summary>The embedded store: one SQLite file per dossier holding articles, paragraphs, debris, fingerprints and a search index.</summary>
/// <remarks>
/// Each article is written in one transaction, so the file never holds half an article.
/// Not thread-safe: one store per command; SQLite itself guards the file between processes.
/// </remarks>
public sealed class SqliteDossierStore : IDisposable
{
    public const string DefaultPath = "dossier.db";

    private readonly SqliteConnection _connection;

    private SqliteDossierStore(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    public string Path { get; }

    /// <summary>The schema version the file is at after opening.</summary>
    public int SchemaVersion { get; private set; }

    /// <summary>Opens (creating and migrating as needed) the store at <paramref name="path"/>.</summary>
    /// <param name="readOnly">Open an existing store without creating or migrating it.</param>
    /// <exception cref="StoreException">The file is not a Dossier store, is newer than this program, or cannot be opened.</exception>
    public static SqliteDossierStore Open(string path, bool readOnly = false)
    {
        if (readOnly && !File.Exists(path))
        {
            throw new StoreException($"{path}: no dossier here yet (run 'dossier add <files>' first, or pass --db)");
        }
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = false,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            var store = new SqliteDossierStore(path, connection);
            store.Execute("PRAGMA busy_timeout = 5000;");
            if (!readOnly)
            {
                store.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
            }
            store.Migrate(readOnly);
            return store;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StoreException($"{path}: cannot open as a dossier store ({ex.Message.TrimEnd('.')})", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private void Migrate(bool readOnly)
    {
        int version = Convert.ToInt32(Scalar("PRAGMA user_version;"), CultureInfo.InvariantCulture);
        if (version > Migrations.Steps.Length)
        {
            throw new StoreException($"{Path}: made by a newer Dossier (schema {version}; this one knows up to {Migrations.Steps.Length})");
        }
        if (version > 0 && Scalar("SELECT count(*) FROM sqlite_master WHERE name = 'articles'") is 0L)
        {
            throw new StoreException($"{Path}: an SQLite file, but not a Dossier store");
        }
        if (version == 0 && Convert.ToInt64(Scalar("SELECT count(*) FROM sqlite_master"), CultureInfo.InvariantCulture) > 0)
        {
            throw new StoreException($"{Path}: an SQLite file, but not a Dossier store");
        }
        if (readOnly)
        {
            SchemaVersion = version;
            if (version < Migrations.Steps.Length)
            {
                throw new StoreException($"{Path}: schema {version} needs upgrading; run any writing command (such as 'dossier add') once");
            }
            return;
        }
        for (int step = version; step < Migrations.Steps.Length; step++)
        {
            using var tx = _connection.BeginTransaction();
            Execute(Migrations.Steps[step], tx);
            Execute($"PRAGMA user_version = {step + 1};", tx);
            tx.Commit();
        }
        SchemaVersion = Migrations.Steps.Length;
    }

    /// <summary>The id of the article already stored with this content hash, or null.</summary>
    public string? FindByHash(string contentHash) =>
        Scalar("SELECT id FROM articles WHERE content_hash = $h", ("$h", contentHash)) as string;

    /// <summary>The content hash of every stored article.</summary>
    public IReadOnlySet<string> ContentHashes()
    {
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        using var cmd = Command("SELECT content_hash FROM articles");
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            hashes.Add(reader.GetString(0));
        }
        return hashes;
    }

    public bool Contains(string id) => Scalar("SELECT 1 FROM articles WHERE id = $id", ("$id", id)) is not null;

    /// <summary><paramref name="id"/>, or with "-2", "-3"… appended when another article already has it.</summary>
    public string UniqueId(string id, ISet<string>? reserved = null)
    {
        string candidate = id;
        for (int n = 2; Contains(candidate) || (reserved?.Contains(candidate) ?? false); n++)
        {
            candidate = $"{id}-{n}";
        }
        return candidate;
    }

    public int ArticleCount => Convert.ToInt32(Scalar("SELECT count(*) FROM articles"), CultureInfo.InvariantCulture);

    /// <summary>Writes one article with its paragraphs, debris, fingerprints and search rows, all or nothing.</summary>
    public void Save(Document document, MarkResult prints)
    {
        using var tx = _connection.BeginTransaction();
        var m = document.Metadata;
        long seq = Convert.ToInt64(Scalar("SELECT coalesce(max(seq), 0) + 1 FROM articles", tx), CultureInfo.InvariantCulture);
        Execute("""
            INSERT INTO articles (id, content_hash, title, title_start, title_end, standfirst, dateline, dateline_start, dateline_end,
                published, published_time, published_from, published_start, published_end, outlet, url, source_path, format,
                duplicate_of, text, source_map, seq, added_at)
            VALUES ($id, $hash, $title, $ts, $te, $standfirst, $dateline, $ds, $de, $published, $ptime, $pfrom, $ps, $pe,
                $outlet, $url, $path, $format, $dup, $text, $map, $seq, $added)
            """, tx,
            ("$id", document.Id), ("$hash", m.ContentHash ?? throw new ArgumentException("article has no content hash", nameof(document))),
            ("$title", m.Title), ("$ts", m.TitleSpan?.Start), ("$te", m.TitleSpan?.End), ("$standfirst", m.Standfirst),
            ("$dateline", m.Dateline), ("$ds", m.DatelineSpan?.Start), ("$de", m.DatelineSpan?.End),
            ("$published", m.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("$ptime", m.PublishedTime?.ToString("HH:mm", CultureInfo.InvariantCulture)), ("$pfrom", m.PublishedFrom),
            ("$ps", m.PublishedSpan?.Start), ("$pe", m.PublishedSpan?.End), ("$outlet", m.Outlet), ("$url", m.Url),
            ("$path", m.SourcePath), ("$format", m.Format), ("$dup", document.DuplicateOf), ("$text", document.Text),
            ("$map", document.SourceMap is null ? null : SourceMapBytes(document.SourceMap)), ("$seq", seq),
            ("$added", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));

        using (var insert = Command("""
            INSERT INTO paragraphs (article_id, idx, start, end, kind, repeat_of_article, repeat_of_paragraph, repeat_kind)
            VALUES ($a, $i, $s, $e, $k, $ra, $rp, $rk)
            """, tx))
        using (var search = Command("INSERT INTO paragraph_search (text, article_id, idx) VALUES ($t, $a, $i)", tx))
        {
            foreach (var p in document.Paragraphs)
            {
                Bind(insert, ("$a", document.Id), ("$i", p.Index), ("$s", p.Span.Start), ("$e", p.Span.End), ("$k", Name(p.Kind)),
                    ("$ra", p.RepeatOf?.ArticleId), ("$rp", p.RepeatOf?.Paragraph), ("$rk", p.RepeatOf is null ? null : Name(p.Repeat)));
                insert.ExecuteNonQuery();
                if (p.RepeatOf is null)
                {
                    Bind(search, ("$t", document.Slice(p.Span)), ("$a", document.Id), ("$i", p.Index));
                    search.ExecuteNonQuery();
                }
            }
        }

        using (var removed = Command("INSERT INTO removed (article_id, idx, start, end, text, reason) VALUES ($a, $i, $s, $e, $t, $r)", tx))
        {
            for (int i = 0; i < document.Removed.Count; i++)
            {
                var r = document.Removed[i];
                Bind(removed, ("$a", document.Id), ("$i", i), ("$s", r.Span?.Start), ("$e", r.Span?.End), ("$t", r.Text), ("$r", r.Reason));
                removed.ExecuteNonQuery();
            }
        }

        using (var print = Command("INSERT INTO paragraph_prints (article_id, idx, exact, words, shingles, bands, sentences) VALUES ($a, $i, $x, $w, $s, $b, $n)", tx))
        {
            foreach (var (reference, fingerprint) in prints.Paragraphs)
            {
                Bind(print, ("$a", document.Id), ("$i", reference.Paragraph), ("$x", unchecked((long)fingerprint.Exact)), ("$w", fingerprint.Words),
                    ("$s", Bytes<uint>(fingerprint.Shingles)), ("$b", Bytes<ulong>(fingerprint.Bands)), ("$n", Bytes<ulong>(fingerprint.Sentences)));
                print.ExecuteNonQuery();
            }
        }
        tx.Commit();
    }

    /// <summary>Rebuilds the de-duplication index from every stored fingerprint, in the order articles were added.</summary>
    public RepeatIndex LoadRepeatIndex()
    {
        var index = new RepeatIndex();
        using var cmd = Command("""
            SELECT p.article_id, p.idx, p.exact, p.words, p.shingles, p.bands, p.sentences
            FROM paragraph_prints p JOIN articles a ON a.id = p.article_id ORDER BY a.seq, p.idx
            """);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var print = new ParagraphFingerprint(unchecked((ulong)reader.GetInt64(2)), reader.GetInt32(3),
                MemoryMarshal.Cast<byte, uint>((byte[])reader[4]).ToArray(), MemoryMarshal.Cast<byte, ulong>((byte[])reader[5]).ToArray(),
                MemoryMarshal.Cast<byte, ulong>((byte[])reader[6]).ToArray());
            index.AddParagraph(new ParagraphRef(reader.GetString(0), reader.GetInt32(1)), print);
        }
        return index;
    }

    /// <summary>Every stored article in the order it was added.</summary>
    public IReadOnlyList<ArticleSummary> List()
    {
        var list = new List<ArticleSummary>();
        using var cmd = Command("""
            SELECT a.id, a.title, a.published, a.published_from, a.outlet,
                (SELECT count(*) FROM paragraphs p WHERE p.article_id = a.id),
                (SELECT count(*) FROM paragraphs p WHERE p.article_id = a.id AND p.repeat_of_article IS NOT NULL),
                (SELECT count(*) FROM removed r WHERE r.article_id = a.id),
                a.duplicate_of, a.source_path
            FROM articles a ORDER BY a.seq
            """);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new ArticleSummary(reader.GetString(0), Str(reader, 1), Str(reader, 2), Str(reader, 3), Str(reader, 4),
                reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), Str(reader, 8), Str(reader, 9)));
        }
        return list;
    }

    /// <summary>Ids of every stored article in the order they were added.</summary>
    public IReadOnlyList<string> Ids()
    {
        var ids = new List<string>();
        using var cmd = Command("SELECT id FROM articles ORDER BY seq");
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }

    /// <summary>Loads a stored article back into a document: text, metadata, paragraphs and removed debris.</summary>
    public Document? Load(string id)
    {
        Document document;
        using (var cmd = Command("""
            SELECT text, title, title_start, title_end, standfirst, dateline, dateline_start, dateline_end, published, published_time,
                published_from, published_start, published_end, outlet, url, source_path, format, content_hash, duplicate_of, source_map
            FROM articles WHERE id = $id
            """, null, ("$id", id)))
        using (var r = cmd.ExecuteReader())
        {
            if (!r.Read())
            {
                return null;
            }
            document = new Document(id, r.GetString(0));
            var m = document.Metadata;
            m.Title = Str(r, 1);
            m.TitleSpan = SpanOf(r, 2);
            m.Standfirst = Str(r, 4);
            m.Dateline = Str(r, 5);
            m.DatelineSpan = SpanOf(r, 6);
            m.Published = Str(r, 8) is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            m.PublishedTime = Str(r, 9) is { } t ? TimeOnly.ParseExact(t, "HH:mm", CultureInfo.InvariantCulture) : null;
            m.PublishedFrom = Str(r, 10);
            m.PublishedSpan = SpanOf(r, 11);
            m.Outlet = Str(r, 13);
            m.Url = Str(r, 14);
            m.SourcePath = Str(r, 15);
            m.Format = Str(r, 16);
            m.ContentHash = Str(r, 17);
            document.DuplicateOf = Str(r, 18);
            if (!r.IsDBNull(19))
            {
                document.SourceMap = new OffsetMap(MemoryMarshal.Cast<byte, int>((byte[])r[19]).ToArray());
            }
        }

        var paragraphs = new List<Paragraph>();
        using (var cmd = Command("SELECT idx, start, end, kind, repeat_of_article, repeat_of_paragraph, repeat_kind FROM paragraphs WHERE article_id = $id ORDER BY idx", null, ("$id", id)))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                ParagraphRef? repeatOf = r.IsDBNull(4) ? null : new ParagraphRef(r.GetString(4), r.GetInt32(5));
                paragraphs.Add(new Paragraph(r.GetInt32(0), new TextSpan(r.GetInt32(1), r.GetInt32(2)),
                    Enum.Parse<ParagraphKind>(r.GetString(3), ignoreCase: true), repeatOf,
                    r.IsDBNull(6) ? RepeatKind.None : Enum.Parse<RepeatKind>(r.GetString(6), ignoreCase: true)));
            }
        }
        document.Paragraphs = [.. paragraphs];
        document.Present |= Layers.Paragraphs;

        using (var cmd = Command("SELECT start, end, text, reason FROM removed WHERE article_id = $id ORDER BY idx", null, ("$id", id)))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                document.Removed.Add(new RemovedText(SpanOf(r, 0), r.GetString(2), r.GetString(3)));
            }
        }
        return document;
    }

    /// <summary>Full-text search over first-occurrence paragraphs (repeats are indexed once, where they first appear).</summary>
    /// <remarks>Snippets mark matched words with U+0002 … U+0003, characters news text never holds.</remarks>
    /// <exception cref="StoreException">The query is not valid FTS5 syntax.</exception>
    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        var hits = new List<SearchHit>();
        try
        {
            using var cmd = Command("""
                SELECT article_id, idx, snippet(paragraph_search, 0, char(2), char(3), '…', 24), rank
                FROM paragraph_search WHERE paragraph_search MATCH $q ORDER BY rank LIMIT $n
                """, null, ("$q", query), ("$n", limit));
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                hits.Add(new SearchHit(r.GetString(0), Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture), r.GetString(2), r.GetDouble(3)));
            }
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 1)
        {
            throw new StoreException($"search query '{query}' is not valid: {ex.Message.Replace("SQLite Error 1: ", "", StringComparison.Ordinal).TrimEnd('.')} (quote phrases with \"...\")", ex);
        }
        return hits;
    }

    public void Dispose() => _connection.Dispose();

    private static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static byte[] Bytes<T>(T[] values) where T : unmanaged => MemoryMarshal.AsBytes(values.AsSpan()).ToArray();

    private static byte[] SourceMapBytes(OffsetMap map)
    {
        var offsets = new int[map.Length + 1];
        for (int i = 0; i <= map.Length; i++)
        {
            offsets[i] = map.ToOriginal(i);
        }
        return Bytes(offsets);
    }

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static TextSpan? SpanOf(SqliteDataReader r, int i) => r.IsDBNull(i) || r.IsDBNull(i + 1) ? null : new TextSpan(r.GetInt32(i), r.GetInt32(i + 1));

    private SqliteCommand Command(string sql, SqliteTransaction? tx = null, params (string Name, object? Value)[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        Bind(cmd, parameters);
        return cmd;
    }

    private static void Bind(SqliteCommand cmd, params (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            if (cmd.Parameters.Contains(name))
            {
                cmd.Parameters[name].Value = value ?? DBNull.Value;
            }
            else
            {
                cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }
        }
    }

    private void Execute(string sql, SqliteTransaction? tx = null, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(sql, tx, parameters);
        cmd.ExecuteNonQuery();
    }

    private object? Scalar(string sql, params (string Name, object? Value)[] parameters) => Scalar(sql, null, parameters);

    private object? Scalar(string sql, SqliteTransaction? tx, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(sql, tx, parameters);
        return cmd.ExecuteScalar();
    }
}
