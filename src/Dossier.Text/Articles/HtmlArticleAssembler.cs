using Dossier.Core;
using Dossier.Core.Articles;
using Dossier.Text.Html;
using Dossier.Text.Normalization;
using Dossier.Text.Paragraphs;
using Dossier.Text.Reading;

namespace Dossier.Text.Articles;

/// <summary>Assembles an article whose body is HTML: main-text extraction first, then the same cleaning as plain text.</summary>
/// <remarks>
/// The document's text is the extracted main text, one block per line, so spans index that text rather than the
/// markup. What the source states outside the page (flags, sidecar, JSON fields) beats the page's own metadata.
/// </remarks>
internal static class HtmlArticleAssembler
{
    /// <exception cref="HtmlExtractionException">The page is binary or too large to be an article.</exception>
    public static Document Assemble(RawArticle raw)
    {
        var page = HtmlArticleExtractor.Extract(raw.Body, raw.Url);
        var title = raw.Title ?? page.Title;
        var lines = new List<string>(page.Blocks.Count + 1);
        var blockKinds = new List<ParagraphKind?>(page.Blocks.Count + 1);
        bool titleInBlocks = false;
        foreach (var block in page.Blocks)
        {
            titleInBlocks |= block.Kind == ParagraphKind.Title;
        }
        if (!titleInBlocks && title is not null)
        {
            lines.Add(title);
            blockKinds.Add(ParagraphKind.Title);
        }
        foreach (var block in page.Blocks)
        {
            lines.Add(block.Text);
            blockKinds.Add(block.Kind == ParagraphKind.Body ? null : block.Kind);
        }

        var (text, _) = TextNormalizer.Normalize(string.Join('\n', lines));
        var document = new Document(raw.Id, text);
        ArticleAssembler.CopySourceMetadata(raw, document);
        var meta = document.Metadata;
        meta.Title = title;
        meta.Outlet ??= page.Outlet;
        meta.Url ??= page.Url;
        if (meta.Published is null && page.Published is not null)
        {
            meta.Published = page.Published;
            meta.PublishedTime = page.PublishedTime;
            meta.PublishedFrom = page.PublishedFrom;
        }
        document.Removed.AddRange(page.Dropped);

        var spans = LineParagraphSplitter.Lines(text);
        var kinds = new ParagraphKind?[spans.Count];
        // Blocks are single lines, so spans and blocks pair up unless a block was blank after normalising.
        if (spans.Count == blockKinds.Count)
        {
            blockKinds.CopyTo(kinds);
        }
        ArticleAssembler.Build(document, spans, kinds, title);
        if (meta.Standfirst is null && page.Standfirst is not null)
        {
            meta.Standfirst = page.Standfirst;
        }
        return document;
    }
}
