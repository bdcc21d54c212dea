using Dossier.Core;
using Dossier.Core.Articles;
using Dossier.Storage.Ingestion;
using Dossier.Storage.Sqlite;
using Dossier.TestSupport;
using Dossier.Text.Dedup;
using Dossier.Text.Reading;

namespace Dossier.Storage.Tests;

public class SqliteDossierStoreTests
{
    private static IngestReport AddSamples(SqliteDossierStore store, params string[] ids)
    {
        var paths = ids.Length == 0 ? [RepoPaths.Samples] : ids.Select(AnswerKey.SamplePath).ToArray();
        return new DossierIngestor(store, new SourceReader(new ReaderOptions()), new RepeatOptions()).Add(paths);
    }

    [Fact]
    public void Open_NewFile_MigratesToTheLatestSchema()
    {
        using var dir = new TempDir();
        using var store = SqliteDossierStore.Open(dir.File("d.db"));
        Assert.True(store.SchemaVersion >= 1);
        Assert.Equal(0, store.ArticleCount);
    }

    [Fact]
    public void Open_FileThatIsNotADatabase_NamesTheFileAndReason()
    {
        using var dir = new TempDir();
        var path = dir.Write("notes.db", "just some text, not SQLite");
        var ex = Assert.Throws<StoreException>(() => SqliteDossierStore.Open(path));
        Assert.Contains(path, ex.Message);
        Assert.Contains("not a database", ex.Message);
    }

    [Fact]
    public void Open_ReadOnlyWhereNoDossierExists_SaysHowToStart()
    {
        using var dir = new TempDir();
        var ex = Assert.Throws<StoreException>(() => SqliteDossierStore.Open(dir.File("missing.db"), readOnly: true));
        Assert.Contains("dossier add", ex.Message);
    }

    [Fact]
    public void SaveAndLoad_SampleArticle_RoundTripsTextMetadataParagraphsAndDebris()
    {
        using var dir = new TempDir();
        using var store = SqliteDossierStore.Open(dir.File("d.db"));
        AddSamples(store);
        var doc = store.Load("003_cff7c289fec4e0ce")!;
        Assert.Equal("North Korea could have sent up to 5 million artillery shells to Russia, Seoul says", doc.Metadata.Title);
        Assert.Equal(new DateOnly(2024, 6, 14), doc.Metadata.Published);
        Assert.Equal(new TimeOnly(12, 26), doc.Metadata.PublishedTime);
        Assert.Contains(doc.Removed, r => r.Text == "Edit post");
        Assert.All(doc.Paragraphs, p => Assert.False(doc.Slice(p.Span).Contains("min read", StringComparison.Ordinal)));
        Assert.Equal(File.ReadAllText(AnswerKey.SamplePath("003_cff7c289fec4e0ce")), doc.Text);
    }

    [Fact]
    public void Add_SameFilesTwice_SecondTimeIsANoOp()
    {
        using var dir = new TempDir();
        using var store = SqliteDossierStore.Open(dir.File("d.db"));
        var first = AddSamples(store);
        var second = AddSamples(store);
        Assert.Equal(5, first.Added.Count);
        Assert.Empty(second.Added);
        Assert.Equal(5, second.AlreadyPresent.Count);
        Assert.Equal(5, store.ArticleCount);
    }

    [Fact]
    public void Add_InTwoRuns_LinksRepeatsToArticlesStoredEarlier()
    {
        using var dir = new TempDir();
        var path = dir.File("d.db");
        using (var store = SqliteDossierStore.Open(path))
        {
            AddSamples(store, "000_ebdbca7da4fdca52");
        }
        using (var store = SqliteDossierStore.Open(path))
        {
            var report = AddSamples(store, "001_06f09f0d443472d3");
            Assert.Equal(10, report.Added.Single().Repeats);
            var doc = store.Load("001_06f09f0d443472d3")!;
            Assert.All(doc.Paragraphs.Where(p => p.RepeatOf is not null), p => Assert.Equal("000_ebdbca7da4fdca52", p.RepeatOf!.Value.ArticleId));
        }
    }

    [Fact]
    public void Add_SameNameFromAnotherFolder_GetsAFreshId()
    {
        using var dir = new TempDir();
        dir.Write("a/report.txt", "A first report\nThe ministry said on Monday that talks would resume next week in the capital.");
        dir.Write("b/report.txt", "A second report\nFarmers protested outside parliament over fuel prices for the third day running.");
        using var store = SqliteDossierStore.Open(dir.File("d.db"));
        var report = new DossierIngestor(store, new SourceReader(new ReaderOptions()), new RepeatOptions()).Add([dir.File("a"), dir.File("b")]);
        Assert.Equal(["report", "report-2"], report.Added.Select(a => a.Id));
    }

    [Fact]
    public void Save_FailingHalfway_LeavesNoTraceOfTheArticle()
    {
        using var dir = new TempDir();
        using var store = SqliteDossierStore.Open(dir.File("d.db"));
        var doc = new Document("broken", "A short text.");
        doc.Metadata.ContentHash = "abc";
        // The second paragraph points past the text: the save fails after the article row is written.
        doc.Paragraphs = [new Paragraph(0, new TextSpan(0, 13), ParagraphKind.Title), new Paragraph(1, new TextSpan(5, 500), ParagraphKind.Body)];
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => store.Save(doc, new MarkResult([], [], [])));
        Assert.False(store.Contains("broken"));
        Assert.Equal(0, store.ArticleCount);
    }

    [Fact]
    public void Search_Phrase_FindsEachRepeatedTextOnce()
    {
        using var dir = new TempDir();
        using var store = SqliteDossierStore.Open(dir.File("d.db"));
        AddSamples(store);
        var hits = store.Search("\"Prism Foreign Policy Council\"", 10);
        Assert.Equal("000_ebdbca7da4fdca52", Assert.Single(hits).ArticleId);
    }

    [Fact]
    public void Search_MalformedQuery_IsAStoreErrorNotACrash()
    {
        using var dir = new TempDir();
        using var store = SqliteDossierStore.Open(dir.File("d.db"));
        Assert.Throws<StoreException>(() => store.Search("\"unterminated", 10));
    }
}
