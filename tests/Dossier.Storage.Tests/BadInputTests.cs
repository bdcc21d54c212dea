using System.Text;
using Dossier.Storage.Ingestion;
using Dossier.Storage.Sqlite;
using Dossier.TestSupport;
using Dossier.Text.Dedup;
using Dossier.Text.Reading;

namespace Dossier.Storage.Tests;

/// <summary>Each kind of bad input gets one clear line naming the file and reason, and the rest of the batch goes on.</summary>
public sealed class BadInputTests : IDisposable
{
    private const string GoodStory = "Ministers meet over fuel prices\nThe finance minister said on Monday that fuel taxes would be cut from next month, after weeks of protests.";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private IngestReport Add(ReaderOptions? options = null, params string[] paths)
    {
        using var store = SqliteDossierStore.Open(_dir.File("d.db"));
        return new DossierIngestor(store, new SourceReader(options ?? new ReaderOptions()), new RepeatOptions()).Add(paths);
    }

    private void AssertOneRejection(IngestReport report, string file, string reason)
    {
        var problem = Assert.Single(report.Rejected, p => p.Source.StartsWith(file, StringComparison.Ordinal));
        Assert.Contains(reason, problem.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(report.Added, a => a.Id == "good");
    }

    [Fact]
    public void Add_BinaryFile_IsRejectedAndTheBatchGoesOn()
    {
        var bin = _dir.Write("in/image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A, 0x00, 0x01]);
        _dir.Write("in/good.txt", GoodStory);
        AssertOneRejection(Add(null, _dir.File("in")), bin, "binary");
    }

    [Fact]
    public void Add_EmptyAndBlankFiles_AreRejected()
    {
        var empty = _dir.Write("in/empty.txt", "");
        var blank = _dir.Write("in/blank.md", "  \n\n \t ");
        _dir.Write("in/good.txt", GoodStory);
        var report = Add(null, _dir.File("in"));
        AssertOneRejection(report, empty, "empty");
        AssertOneRejection(report, blank, "white space");
    }

    [Fact]
    public void Add_FileOverTheSizeLimit_IsRejectedWithoutReadingIt()
    {
        var huge = _dir.File("in/huge.txt");
        Directory.CreateDirectory(_dir.File("in"));
        using (var stream = File.Create(huge))
        {
            stream.SetLength(200L * 1024 * 1024);
        }
        _dir.Write("in/good.txt", GoodStory);
        AssertOneRejection(Add(null, _dir.File("in")), huge, "too large");
    }

    [Fact]
    public void Add_DamagedUtf8_IsReadWithAWarning()
    {
        var bytes = Encoding.UTF8.GetBytes("A report — with a dash\nThe minister’s statement came late on Monday evening after a long meeting.");
        bytes[30] = 0xFF;
        var damaged = _dir.Write("in/damaged.txt", bytes);
        _dir.Write("in/good.txt", GoodStory);
        var report = Add(null, _dir.File("in"));
        Assert.Contains(report.Warnings, w => w.Source == damaged && w.Reason.Contains("invalid UTF-8", StringComparison.Ordinal));
        Assert.Contains(report.Added, a => a.Id == "damaged");
    }

    [Fact]
    public void Add_Windows1252File_IsDecodedAsSuch()
    {
        var bytes = Encoding.Latin1.GetBytes("Caf\u00e9 owners protest\nThe owners said they were \u0001 angry about new rules on Monday.");
        bytes[Array.IndexOf(bytes, (byte)1)] = 0x93; // a Windows-1252 left double quote
        _dir.Write("in/legacy.txt", bytes);
        var report = Add(null, _dir.File("in"));
        Assert.Empty(report.Rejected);
        using var store = SqliteDossierStore.Open(_dir.File("d.db"));
        var doc = store.Load("legacy")!;
        Assert.Contains("Café", doc.Text, StringComparison.Ordinal);
        Assert.Contains("\u201C", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_Utf16WithBom_IsDecoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(GoodStory.Replace("fuel", "grain", StringComparison.Ordinal))).ToArray();
        _dir.Write("in/wide.txt", bytes);
        var report = Add(null, _dir.File("in"));
        Assert.Equal("Ministers meet over grain prices", Assert.Single(report.Added).Title);
    }

    [Fact]
    public void Add_MalformedJsonLines_RejectsOnlyTheBadLines()
    {
        var path = _dir.Write("in/feed.jsonl",
            "{\"id\": \"a1\", \"title\": \"First\", \"text\": \"The council voted on Tuesday to approve the new budget for schools.\", \"published\": \"2024-03-05\"}\n" +
            "{\"id\": \"a2\", \"title\": \"Broken\", \"text\": \"unterminated\n" +
            "[1, 2, 3]\n" +
            "{\"id\": \"a3\", \"headline\": \"Third\", \"body\": \"Police said the road would reopen on Friday after repairs were finished.\"}\n");
        _dir.Write("in/good.txt", GoodStory);
        var report = Add(null, _dir.File("in"));
        Assert.Contains(report.Rejected, p => p.Source == path + ":2" && p.Reason.Contains("malformed JSON", StringComparison.Ordinal));
        Assert.Contains(report.Rejected, p => p.Source == path + ":3" && p.Reason.Contains("expected a JSON object", StringComparison.Ordinal));
        Assert.Equal(["a1", "a3", "good"], report.Added.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal("2024-03-05", report.Added.Single(a => a.Id == "a1").Published);
    }

    [Fact]
    public void Add_MalformedJsonDocument_IsRejectedWithItsLine()
    {
        var path = _dir.Write("in/article.json", "{\n  \"title\": \"x\",\n  \"text\": \n}");
        _dir.Write("in/good.txt", GoodStory);
        AssertOneRejection(Add(null, _dir.File("in")), path, "malformed JSON (line 4)");
    }

    [Fact]
    public void Add_MissingPathAndBrokenLink_AreNamed()
    {
        _dir.Write("in/good.txt", GoodStory);
        var link = _dir.File("dangling.txt");
        File.CreateSymbolicLink(link, _dir.File("nowhere.txt"));
        var report = Add(null, _dir.File("in"), _dir.File("missing.txt"), link);
        Assert.Contains(report.Rejected, p => p.Source == _dir.File("missing.txt") && p.Reason == "no such file or folder");
        Assert.Contains(report.Rejected, p => p.Source == link);
        Assert.Contains(report.Added, a => a.Id == "good");
    }

    [Fact]
    public void Add_OnlyDebris_IsRejectedAsHavingNoText()
    {
        var path = _dir.Write("in/chrome.txt", "Edit post\n2 min read\nMost popular\n");
        _dir.Write("in/good.txt", GoodStory);
        AssertOneRejection(Add(null, _dir.File("in")), path, "no article text");
    }

    [Fact]
    public void Add_MalformedFeed_IsRejected()
    {
        var path = _dir.Write("in/news.rss", "<rss version=\"2.0\"><channel><title>X</title><item><title>A</item></channel>");
        _dir.Write("in/good.txt", GoodStory);
        AssertOneRejection(Add(null, _dir.File("in")), path, "malformed feed XML");
    }

    [Fact]
    public void Add_RssFeedWithFullContent_AddsEachItemWithItsDate()
    {
        _dir.Write("in/news.rss", """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel><title>Daily Ledger</title>
                <item><title>Bridge closes</title><link>https://example.org/a</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
                  <content:encoded><![CDATA[<p>The old bridge closed on Monday for repairs expected to last six weeks.</p>]]></content:encoded></item>
                <item><title>Schools reopen</title><pubDate>Wed, 06 Mar 2024 08:00:00 GMT</pubDate>
                  <description>Schools reopened on Wednesday after the storm damage was repaired.</description></item>
              </channel>
            </rss>
            """);
        var report = Add(null, _dir.File("in"));
        Assert.Empty(report.Rejected);
        Assert.Equal(["2024-03-05", "2024-03-06"], report.Added.Select(a => a.Published));
        using var store = SqliteDossierStore.Open(_dir.File("d.db"));
        Assert.Equal("Daily Ledger", store.List()[0].Outlet);
    }

    [Fact]
    public void Add_WithSidecarAndFlags_UsesTheUsersDateAndOutlet()
    {
        _dir.Write("in/good.txt", GoodStory);
        _dir.Write("in/good.meta.json", "{\"published\": \"2023-10-13\", \"outlet\": \"The Courier\"}");
        _dir.Write("in/notes.bin", "not an article");
        var report = Add(null, _dir.File("in"));
        Assert.Equal("2023-10-13", Assert.Single(report.Added).Published);
        // The sidecar is read with its article; only the unknown file counts as skipped.
        Assert.Equal(1, report.SkippedFiles);
        using var dir2 = new TempDir();
        dir2.Write("x.txt", GoodStory);
        using var store = SqliteDossierStore.Open(dir2.File("d.db"));
        var flagged = new DossierIngestor(store, new SourceReader(new ReaderOptions { Published = new DateOnly(2020, 1, 2), Outlet = "Flagged" }), new RepeatOptions())
            .Add([dir2.File("x.txt")]);
        Assert.Equal("2020-01-02", Assert.Single(flagged.Added).Published);
        Assert.Equal("Flagged", store.List()[0].Outlet);
    }

    [Fact]
    public void Add_DeeplyNestedHtml_DoesNotStopTheBatch()
    {
        var deep = string.Concat(Enumerable.Repeat("<div>", 50_000)) + "The council approved the plan on Monday after a long debate about costs." + string.Concat(Enumerable.Repeat("</div>", 50_000));
        _dir.Write("in/deep.html", "<html><body>" + deep + "</body></html>");
        _dir.Write("in/good.txt", GoodStory);
        var report = Add(null, _dir.File("in"));
        Assert.Contains(report.Added, a => a.Id == "good");
        Assert.True(report.Added.Any(a => a.Id == "deep") || report.Rejected.Any(r => r.Source.Contains("deep.html", StringComparison.Ordinal)));
    }

    [Fact]
    public void Add_HtmlPage_KeepsTheStoryAndDropsThePageChrome()
    {
        _dir.Write("in/page.html", """
            <html><head><title>Port strike ends - The Harbour Times</title>
            <meta property="og:site_name" content="The Harbour Times">
            <meta property="article:published_time" content="2023-05-04T09:30:00+02:00"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
            <article><h1>Port strike ends</h1>
            <p>Dock workers returned to work on Thursday after the union accepted a pay offer worth 6 percent over two years.</p>
            <p>“We got what we came for,” the union's chairwoman told reporters outside the port gates, adding that members had voted by a large margin.</p>
            </article>
            <aside><h3>Most popular</h3><ul><li><a href="/a">Ten things to do this weekend</a></li></ul></aside>
            <footer>© 2023 The Harbour Times. All rights reserved.</footer></body></html>
            """);
        var report = Add(null, _dir.File("in"));
        var added = Assert.Single(report.Added);
        Assert.Equal("Port strike ends", added.Title);
        Assert.Equal("2023-05-04", added.Published);
        using var store = SqliteDossierStore.Open(_dir.File("d.db"));
        var doc = store.Load("page")!;
        Assert.Equal("The Harbour Times", doc.Metadata.Outlet);
        Assert.Contains("Dock workers returned", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ten things to do", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", doc.Text, StringComparison.Ordinal);
    }
}
