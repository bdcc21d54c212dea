using Dossier.Text.Html;

namespace Dossier.Text.Tests.Html;

public class HtmlMetadataTests
{
    private static string Page(string head, string body = "") =>
        $"<html><head>{head}</head><body>{body}<article><p>{HtmlArticleExtractorTests.Prose(1)}</p><p>{HtmlArticleExtractorTests.Prose(2)}</p></article></body></html>";

    [Fact]
    public void Extract_OgTags_GiveTitleOutletUrlAndDate()
    {
        var article = HtmlArticleExtractor.Extract(Page("""
            <meta property="og:title" content="Rail strike called off">
            <meta property="og:site_name" content="Northern Courier">
            <meta property="og:url" content="https://example.org/rail">
            <meta property="article:published_time" content="2022-11-02T14:05:00+09:00">
            """));

        Assert.Equal("Rail strike called off", article.Title);
        Assert.Equal("Northern Courier", article.Outlet);
        Assert.Equal("https://example.org/rail", article.Url);
        Assert.Equal(new DateOnly(2022, 11, 2), article.Published);
        Assert.Equal(new TimeOnly(14, 5), article.PublishedTime);
        Assert.Equal("html-meta", article.PublishedFrom);
    }

    [Fact]
    public void Extract_ASiteNameAfterTheTitlesBar_IsTheOutlet_WhenNoMetadataNamesOne()
    {
        var article = HtmlArticleExtractor.Extract(Page("<title>Freed climber tells of night on the ridge | The Alpine Herald</title>"));

        Assert.Equal("The Alpine Herald", article.Outlet);
        Assert.Equal("Freed climber tells of night on the ridge", article.Title);
    }

    [Fact]
    public void Extract_WordsOfTheHeadlineAfterADash_AreNoOutlet()
    {
        var article = HtmlArticleExtractor.Extract(Page("<title>Storm batters the northern coast - live updates</title>"));

        Assert.Null(article.Outlet);
    }

    [Theory]
    [InlineData("<p class=\"meta\">Published 15 May 2025 · 4 min read</p>", 2025, 5, 15)]
    [InlineData("<div class=\"post-meta\">By Ana Costa | March 4, 2024</div>", 2024, 3, 4)]
    public void Extract_AMetaOrBylineLineTheCleanerDrops_StillGivesTheDate(string line, int year, int month, int day)
    {
        var article = HtmlArticleExtractor.Extract(Page("<title>Bridge closed after cracks found</title>", line));

        Assert.Equal(new DateOnly(year, month, day), article.Published);
        Assert.Equal("html-text", article.PublishedFrom);
    }

    [Fact]
    public void Extract_AMetaLineOnlyUpdated_GivesNoPublicationDate()
    {
        var article = HtmlArticleExtractor.Extract(Page("<title>Bridge closed after cracks found</title>", "<p class=\"meta\">Updated 2 hours ago · 3 min read</p>"));

        Assert.Null(article.Published);
    }

    [Fact]
    public void Extract_JsonLdGraph_GivesDateAndPublisher()
    {
        var article = HtmlArticleExtractor.Extract(Page("""
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","@id":"#site","name":"Site"},
              {"@type":"Organization","@id":"#org","name":"Harbour Times"},
              {"@type":["NewsArticle"],"headline":"Port reopens","datePublished":"2024-06-14T12:26:00Z","publisher":{"@id":"#org"}}
            ]}
            </script>
            """));

        Assert.Equal(new DateOnly(2024, 6, 14), article.Published);
        Assert.Equal("json-ld", article.PublishedFrom);
        Assert.Equal("Harbour Times", article.Outlet);
        Assert.Equal("Port reopens", article.Title);
    }

    [Fact]
    public void Extract_ReportageNewsArticle_InArray_IsRead()
    {
        var article = HtmlArticleExtractor.Extract(Page("""
            <script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"ReportageNewsArticle","datePublished":"2023-09-13","publisher":{"@type":"Organization","name":"Wire Desk"}}]</script>
            """));

        Assert.Equal(new DateOnly(2023, 9, 13), article.Published);
        Assert.Null(article.PublishedTime);
        Assert.Equal("Wire Desk", article.Outlet);
    }

    [Fact]
    public void Extract_BrokenJsonLd_IsIgnored()
    {
        var article = HtmlArticleExtractor.Extract(Page("""<script type="application/ld+json">{"@type":"NewsArticle", "datePublished": </script>"""));

        Assert.Null(article.Published);
        Assert.Contains("The committee met", article.Text);
    }

    [Fact]
    public void Extract_TimeElementInArticle_GivesDate()
    {
        var html = $"<html><body><article><h1>Budget passes</h1><time datetime=\"2021-03-04T09:00\">March 4</time><p>{HtmlArticleExtractorTests.Prose(1)}</p><p>{HtmlArticleExtractorTests.Prose(2)}</p></article></body></html>";

        var article = HtmlArticleExtractor.Extract(html);

        Assert.Equal(new DateOnly(2021, 3, 4), article.Published);
        Assert.Equal("html-time", article.PublishedFrom);
        Assert.Equal("Budget passes", article.Title);
    }

    [Fact]
    public void Extract_TitleElement_LosesSiteSuffix()
    {
        var article = HtmlArticleExtractor.Extract(Page("<title>Flood barriers tested ahead of winter | Valley Gazette</title>"));

        Assert.Equal("Flood barriers tested ahead of winter", article.Title);
    }

    [Fact]
    public void Extract_MetaNameDate_IsRead()
    {
        var article = HtmlArticleExtractor.Extract(Page("<meta name=\"dc.date\" content=\"2019-01-11\">"));

        Assert.Equal(new DateOnly(2019, 1, 11), article.Published);
    }

    [Fact]
    public void Extract_CanonicalLink_WinsOverGivenUrl()
    {
        var article = HtmlArticleExtractor.Extract(Page("<link rel=\"canonical\" href=\"https://example.org/a\">"), "file:///tmp/a.html");

        Assert.Equal("https://example.org/a", article.Url);
    }

    [Fact]
    public void Extract_Description_IsStandfirstOnlyWhenItReadsAsALede()
    {
        var lede = HtmlArticleExtractor.Extract(Page("<meta property=\"og:type\" content=\"article\"><meta name=\"description\" content=\"Engineers said the new barriers held back the river during the first full test.\">"));
        var site = HtmlArticleExtractor.Extract(Page("<meta property=\"og:type\" content=\"website\"><meta name=\"description\" content=\"The best local news, sport and weather from across the valley every day.\">"));

        Assert.Equal("Engineers said the new barriers held back the river during the first full test.", lede.Standfirst);
        Assert.Null(site.Standfirst);
    }
}
