using System.Text;
using Dossier.Text.Html;
using Dossier.TestSupport;

namespace Dossier.Text.Tests.Html;

public class HtmlRobustnessTests
{
    [Fact]
    public void Extract_FiftyThousandDeepNesting_DoesNotOverflowAndKeepsText()
    {
        var html = new StringBuilder("<html><body>");
        html.Insert(html.Length, "<div>", 50_000);
        html.Append("<p>").Append(HtmlArticleExtractorTests.Prose(1)).Append("</p>");
        html.Insert(html.Length, "</div>", 50_000);
        html.Append("</body></html>");
        var clock = CpuClock.StartNew();

        var article = HtmlArticleExtractor.Extract(html.ToString());

        Assert.Contains("The committee met", article.Text);
        Assert.True(clock.ElapsedMilliseconds < 10_000, $"took {clock.ElapsedMilliseconds:F0} ms of processor time");
    }

    [Fact]
    public void Extract_DeepUnclosedInlineTags_DoesNotOverflow()
    {
        var html = "<html><body><p>" + string.Concat(Enumerable.Repeat("<span><b><i>", 20_000)) + HtmlArticleExtractorTests.Prose(1);

        var article = HtmlArticleExtractor.Extract(html);

        Assert.Contains("The committee met", article.Text);
    }

    [Theory]
    [InlineData("<html><body><p>Unclosed paragraph with enough words, commas, and text to count as prose<div><p>Second, also long enough, to be considered real prose here")]
    [InlineData("<<<>>><p <p <p>>> </div></div></span><table><td>cell text, with commas, and words enough</td></table></html></html><body>")]
    [InlineData("<html><head><title>Only a head</title></head></html>")]
    [InlineData("<p>No html or body element, but a paragraph with plenty of words, commas, and length.</p>")]
    [InlineData("<!-- unterminated comment <p>text")]
    [InlineData("<script>never closed <p>not text")]
    [InlineData("<p title='unclosed attribute>text that follows, long enough to count as prose, maybe")]
    [InlineData("plain text without any markup at all, which is still a page of sorts, with words")]
    [InlineData("<svg><p>foreign content</svg><math><mi>x</mi></math><p>after, with enough words to count, as prose here</p>")]
    public void Extract_MalformedHtml_DoesNotThrow(string html)
    {
        var article = HtmlArticleExtractor.Extract(html);

        Assert.NotNull(article.Blocks);
        Assert.All(article.Blocks, b => Assert.False(string.IsNullOrWhiteSpace(b.Text)));
    }

    [Fact]
    public void Extract_MalformedParagraphs_KeepsTheirText()
    {
        var article = HtmlArticleExtractor.Extract("<html><body><div class=content><p>First paragraph, unclosed, with enough words to be prose<p>Second paragraph, also unclosed, with enough words</div>");

        Assert.Contains("First paragraph", article.Text);
        Assert.Contains("Second paragraph", article.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Extract_Empty_ReturnsEmptyArticle(string? html)
    {
        var article = HtmlArticleExtractor.Extract(html, "https://example.org/x");

        Assert.Empty(article.Blocks);
        Assert.Equal("https://example.org/x", article.Url);
    }

    [Fact]
    public void Extract_BinaryGarbage_ThrowsHtmlExtractionException()
    {
        var random = new Random(7);
        var bytes = new byte[20_000];
        random.NextBytes(bytes);
        var garbage = Encoding.Latin1.GetString(bytes);

        var e = Assert.Throws<HtmlExtractionException>(() => HtmlArticleExtractor.Extract(garbage));
        Assert.Contains("binary", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_OverSizeLimit_ThrowsHtmlExtractionException()
    {
        var options = new HtmlExtractorOptions { MaxInputChars = 1000 };

        Assert.Throws<HtmlExtractionException>(() => HtmlArticleExtractor.Extract(new string('a', 1001), options: options));
    }

    [Fact]
    public void Extract_HugePage_CompletesQuickly()
    {
        var html = new StringBuilder("<html><body><article>");
        for (int i = 0; i < 20_000; i++)
        {
            html.Append("<p>").Append(HtmlArticleExtractorTests.Prose(i)).Append("</p>");
        }
        html.Append("</article></body></html>");
        var clock = CpuClock.StartNew();

        var article = HtmlArticleExtractor.Extract(html.ToString());

        Assert.Equal(20_000, article.Blocks.Count);
        Assert.True(clock.ElapsedMilliseconds < 20_000, $"took {clock.ElapsedMilliseconds:F0} ms of processor time");
    }

    [Fact]
    public void Extract_ControlCharactersInText_AreNotKept()
    {
        var article = HtmlArticleExtractor.Extract($"<html><body><article><p>Bell\u0007 and escape\u001b in text, with enough words, commas, and length to count.</p></article></body></html>");

        Assert.DoesNotContain('\u0007', article.Text);
        Assert.Contains("Bell and escape", article.Text);
    }

    [Fact]
    public void LimitNesting_ShallowPage_IsReturnedUnchanged()
    {
        const string html = "<html><body><div><p>text</p></div></body></html>";

        Assert.Same(html, HtmlNestingLimiter.Limit(html, 512));
    }
}
