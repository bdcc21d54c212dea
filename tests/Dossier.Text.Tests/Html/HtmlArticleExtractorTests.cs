using Dossier.Core.Articles;
using Dossier.Text.Html;

namespace Dossier.Text.Tests.Html;

public class HtmlArticleExtractorTests
{
    private const string NewsPage = """
        <!doctype html>
        <html><head><title>Ceasefire talks resume in Geneva - The Daily Ledger</title></head>
        <body>
          <header class="site-header"><a href="/">The Daily Ledger</a>
            <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business news and markets</a></li></ul></nav>
          </header>
          <div class="layout">
            <article class="story">
              <h1>Ceasefire talks resume in Geneva</h1>
              <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
              <div class="story-body">
                <p>Negotiators from both sides returned to Geneva on Monday, officials said, after a pause of almost three weeks.</p>
                <p>The talks, hosted by the Swiss foreign ministry, are expected to last until Friday, according to a statement.</p>
                <h2>What is on the table</h2>
                <p>Diplomats said the first item would be an exchange of prisoners, followed by the opening of two crossings.</p>
                <ul><li>An exchange of prisoners held since the spring</li><li>Two humanitarian crossings in the north</li></ul>
                <blockquote><p>We are cautiously hopeful that this round will hold, the mediator told reporters.</p></blockquote>
                <p>Subscribe to our newsletter for the latest updates</p>
                <p>The previous round collapsed in March, when shelling resumed near the border, witnesses said.</p>
              </div>
            </article>
            <aside class="sidebar"><h3>Most popular</h3><ol><li><a href="/a">Markets tumble as rates rise again across the region</a></li><li><a href="/b">Storm warnings issued for the whole coast this weekend</a></li></ol></aside>
          </div>
          <section class="related-stories"><h2>Related</h2><ul><li><a href="/c">Earlier talks in Vienna ended without an agreement between the parties</a></li></ul></section>
          <div id="comments"><p>Great article, thanks for writing it, I learned a lot from this piece today.</p></div>
          <footer><p>Copyright 2024 The Daily Ledger. All rights reserved. Contact us at the newsroom.</p></footer>
          <script>var x = "Negotiators never see this script text";</script>
        </body></html>
        """;

    private static string Text(HtmlArticle article) => article.Text;

    [Fact]
    public void Extract_NewsPage_KeepsParagraphsInOrder()
    {
        var text = Text(HtmlArticleExtractor.Extract(NewsPage));

        int first = text.IndexOf("Negotiators from both sides", StringComparison.Ordinal);
        int second = text.IndexOf("The talks, hosted by", StringComparison.Ordinal);
        int third = text.IndexOf("Diplomats said the first item", StringComparison.Ordinal);
        int last = text.IndexOf("The previous round collapsed", StringComparison.Ordinal);
        Assert.True(first >= 0 && first < second && second < third && third < last, text);
    }

    [Fact]
    public void Extract_NewsPage_DropsNavigationSidebarRelatedCommentsFooterAndScripts()
    {
        var text = Text(HtmlArticleExtractor.Extract(NewsPage));

        Assert.DoesNotContain("Business news and markets", text);
        Assert.DoesNotContain("Markets tumble", text);
        Assert.DoesNotContain("Most popular", text);
        Assert.DoesNotContain("Earlier talks in Vienna", text);
        Assert.DoesNotContain("Great article", text);
        Assert.DoesNotContain("All rights reserved", text);
        Assert.DoesNotContain("never see this script", text);
        Assert.DoesNotContain("Share on Facebook", text);
        Assert.DoesNotContain("Subscribe to our newsletter", text);
    }

    [Fact]
    public void Extract_NewsPage_GivesBlockKinds()
    {
        var blocks = HtmlArticleExtractor.Extract(NewsPage).Blocks;

        Assert.Contains(blocks, b => b.Kind == ParagraphKind.Title && b.Text == "Ceasefire talks resume in Geneva");
        Assert.Contains(blocks, b => b.Kind == ParagraphKind.Heading && b.Text == "What is on the table");
        Assert.Contains(blocks, b => b.Kind == ParagraphKind.ListItem && b.Text == "Two humanitarian crossings in the north");
        Assert.Contains(blocks, b => b.Kind == ParagraphKind.Quote && b.Text.StartsWith("We are cautiously hopeful", StringComparison.Ordinal));
        Assert.Contains(blocks, b => b.Kind == ParagraphKind.Body && b.Text.StartsWith("Negotiators from both sides", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_NewsPage_ListsDroppedLinesWithReasons()
    {
        var article = HtmlArticleExtractor.Extract(NewsPage);

        Assert.Contains(article.Dropped, d => d.Text.Contains("Great article", StringComparison.Ordinal) && d.Reason == "comments");
        Assert.Contains(article.Dropped, d => d.Text.Contains("Subscribe to our newsletter", StringComparison.Ordinal));
        Assert.All(article.Dropped, d => Assert.Null(d.Span));
    }

    [Fact]
    public void Extract_DroppedList_IsBounded()
    {
        var links = string.Concat(Enumerable.Range(0, 5000).Select(i => $"<li><a href='/{i}'>Headline number {i} about something</a></li>"));
        var html = $"<html><body><nav><ul>{links}</ul></nav><article><p>{Prose(3)}</p></article></body></html>";

        var article = HtmlArticleExtractor.Extract(html);

        Assert.True(article.Dropped.Count <= HtmlExtractorOptions.Default.MaxDropped);
        Assert.Contains("The committee met", article.Text);
    }

    [Fact]
    public void Extract_LinkListInsideArticle_IsDropped()
    {
        var html = $"""
            <html><body><div class="content">
            <p>{Prose(1)}</p>
            <p><a href="/x">Another story entirely</a> | <a href="/y">Yet another headline here</a></p>
            <p>{Prose(2)}</p>
            </div></body></html>
            """;

        var text = HtmlArticleExtractor.Extract(html).Text;

        Assert.DoesNotContain("Another story entirely", text);
        Assert.Contains("The committee met", text);
    }

    [Fact]
    public void Extract_PageWithoutMarkers_FindsTheProse()
    {
        var html = $"""
            <html><body>
            <div><a href="/">Home</a> <a href="/about">About</a> <a href="/contact">Contact</a></div>
            <div><div><p>{Prose(1)}</p><p>{Prose(2)}</p><p>{Prose(3)}</p></div></div>
            <div><a href="/terms">Terms of use</a> <a href="/privacy">Privacy policy</a></div>
            </body></html>
            """;

        var text = HtmlArticleExtractor.Extract(html).Text;

        Assert.Contains("The committee met", text);
        Assert.DoesNotContain("Privacy policy", text);
        Assert.DoesNotContain("Contact", text);
    }

    [Fact]
    public void Extract_BrSeparatedText_BecomesSeparateBlocks()
    {
        var html = "<html><body><div class='post'>First line of the post, long enough to count as prose here.<br>Second line of the post, also long enough to count as prose.</div></body></html>";

        var blocks = HtmlArticleExtractor.Extract(html).Blocks;

        Assert.Equal(2, blocks.Count);
    }

    internal static string Prose(int n) =>
        $"The committee met for the {n} time on Tuesday, its chair said, and agreed to publish the report, with minor changes, by the end of the month.";
}
