using AngleSharp.Html.Parser;
using Dossier.Core.Articles;

namespace Dossier.Text.Html;

/// <summary>Extracts an article's main text (headings, paragraphs, list items, quotes, in order) and its metadata from an HTML page.</summary>
/// <remarks>
/// Site-independent: lines are scored by length, commas and link density, containers by where the prose gathers
/// and by tag and class/id hints (article, main, itemprop=articleBody vs nav, footer, sidebar, comments, share,
/// related, promo). Thread-safe and stateless. Never throws on odd markup; throws
/// <see cref="HtmlExtractionException"/> only for input that is not a page at all (binary, over the size limit).
/// </remarks>
public static class HtmlArticleExtractor
{
    /// <summary>Extracts the article from <paramref name="html"/>.</summary>
    /// <param name="url">Where the page came from, used when the page names no address of its own.</param>
    /// <exception cref="HtmlExtractionException">The input is binary, too large or cannot be parsed.</exception>
    public static HtmlArticle Extract(string? html, string? url = null, HtmlExtractorOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        options ??= HtmlExtractorOptions.Default;
        if (string.IsNullOrWhiteSpace(html))
        {
            return HtmlArticle.Empty with { Url = url };
        }
        if (html.Length > options.MaxInputChars)
        {
            throw new HtmlExtractionException(
                $"page is {html.Length:N0} characters, over the limit of {options.MaxInputChars:N0}");
        }
        if (LooksBinary(html))
        {
            throw new HtmlExtractionException("not HTML: the content is binary");
        }
        AngleSharp.Html.Dom.IHtmlDocument document;
        try
        {
            var bounded = HtmlNestingLimiter.Limit(html, options.MaxDepth, cancellationToken);
            var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
            document = parser.ParseDocument(bounded);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            throw new HtmlExtractionException("the HTML parser failed: " + e.Message, e);
        }
        using (document)
        {
            ExpandTemplates(document, options);
            var page = HtmlPage.Build(document, cancellationToken);
            var runs = HtmlRunCollector.Collect(page, cancellationToken);
            var containers = HtmlContentSelector.Select(page, runs);
            var (blocks, dropped) = HtmlBlockFilter.Filter(page, runs, containers, options);
            string? heading = null;
            foreach (var block in blocks)
            {
                if (block.Kind == ParagraphKind.Title)
                {
                    heading = block.Text;
                    break;
                }
            }
            var headings = new List<string>();
            foreach (var run in runs)
            {
                if (headings.Count < 8 && run.Kind == ParagraphKind.Heading && page.Elements[run.Owner].LocalName == "h1"
                    && run.ExcludedBy is null or "page header" or "byline")
                {
                    headings.Add(run.Text);
                }
            }
            var meta = HtmlMetadataReader.Read(page, containers, heading, headings, url);
            return new HtmlArticle(meta.Title, meta.Published, meta.PublishedTime, meta.PublishedFrom, meta.Outlet,
                meta.Url, meta.Standfirst, blocks, dropped);
        }
    }

    /// <summary>Some blogs ship the post as markup inside <c>&lt;script type="text/template"&gt;</c>; read it as markup.</summary>
    private static void ExpandTemplates(AngleSharp.Html.Dom.IHtmlDocument document, HtmlExtractorOptions options)
    {
        int expanded = 0;
        foreach (var script in document.QuerySelectorAll("script[type]"))
        {
            var type = script.GetAttribute("type")!;
            if (!type.Contains("template", StringComparison.OrdinalIgnoreCase) && !type.Contains("text/html", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var markup = script.TextContent;
            if (markup.Length < 200 || !markup.Contains("<p", StringComparison.OrdinalIgnoreCase) || script.Parent is null || ++expanded > 16)
            {
                continue;
            }
            var holder = document.CreateElement("div");
            holder.InnerHtml = HtmlNestingLimiter.Limit(markup, options.MaxDepth);
            script.Parent.ReplaceChild(holder, script);
        }
    }

    /// <summary>NUL or many other control characters in the first few kilobytes mark binary content, not text.</summary>
    internal static bool LooksBinary(string text)
    {
        int n = Math.Min(text.Length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++)
        {
            char c = text[i];
            if (c == '\0')
            {
                return true;
            }
            if (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f') || c == '\uFFFD')
            {
                control++;
            }
        }
        return n > 0 && control > n / 10;
    }
}
