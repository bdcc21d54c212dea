namespace Dossier.Storage.Sqlite;

/// <summary>The store's schema as an ordered list of migrations; <c>PRAGMA user_version</c> records how many have run.</summary>
/// <remarks>Never edit a migration that has shipped: add a new one.</remarks>
internal static class Migrations
{
    public static readonly string[] Steps =
    [
        // 1: articles, paragraphs, removed debris, fingerprints for de-duplication, full-text search.
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            title TEXT, title_start INTEGER, title_end INTEGER,
            standfirst TEXT,
            dateline TEXT, dateline_start INTEGER, dateline_end INTEGER,
            published TEXT, published_time TEXT, published_from TEXT, published_start INTEGER, published_end INTEGER,
            outlet TEXT, url TEXT, source_path TEXT, format TEXT,
            duplicate_of TEXT,
            text TEXT NOT NULL,
            source_map BLOB,
            seq INTEGER NOT NULL,
            added_at TEXT NOT NULL
        );
        CREATE TABLE paragraphs (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            kind TEXT NOT NULL,
            repeat_of_article TEXT,
            repeat_of_paragraph INTEGER,
            repeat_kind TEXT,
            PRIMARY KEY (article_id, idx)
        ) WITHOUT ROWID;
        CREATE TABLE removed (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER,
            end INTEGER,
            text TEXT NOT NULL,
            reason TEXT NOT NULL,
            PRIMARY KEY (article_id, idx)
        ) WITHOUT ROWID;
        CREATE TABLE paragraph_prints (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            exact INTEGER NOT NULL,
            words INTEGER NOT NULL,
            shingles BLOB NOT NULL,
            bands BLOB NOT NULL,
            PRIMARY KEY (article_id, idx)
        ) WITHOUT ROWID;
        CREATE TABLE article_prints (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            shingles BLOB NOT NULL,
            bands BLOB NOT NULL
        ) WITHOUT ROWID;
        CREATE VIRTUAL TABLE paragraph_search USING fts5(
            text, article_id UNINDEXED, idx UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');
        """,
    ];
}
