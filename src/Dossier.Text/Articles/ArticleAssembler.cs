using Dossier.Core;
using Dossier.Core.Articles;
using Dossier.Text.Cleaning;
using Dossier.Text.Metadata;
using Dossier.Text.Normalization;
using Dossier.Text.Paragraphs;
using Dossier.Text.Reading;

namespace Dossier.Text.Articles;

/// <summary>Turns a raw article into a clean <see cref="Document"/>: normalised text, debris removed, paragraphs and metadata.</summary>
/// <remarks>This is the read → clean → split part of the pipeline; it never throws on odd text.</remarks>
public sealed class ArticleAssembler
{
    public Document Assemble(RawArticle raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (raw.BodyIsHtml)
        {
            return HtmlArticleAssembler.Assemble(raw);
        }

        var (text, map) = TextNormalizer.Normalize(raw.Body);
        if (raw.BodyIsMarkdown)
        {
            (text, map) = MarkdownInline.Strip(text, map);
        }
        var document = new Document(raw.Id, text) { SourceMap = map };
        CopySourceMetadata(raw, document);

        var lines = LineParagraphSplitter.Lines(text);
        var kinds = new ParagraphKind?[lines.Count];
        string? title = raw.Title;
        if (raw.BodyIsMarkdown)
        {
            for (int i = 0; i < lines.Count; i++)
            {
                (lines[i], kinds[i]) = MarkdownLine.Strip(text, lines[i]);
            }
            title ??= MarkdownFrontMatter.Take(document, lines, ref kinds);
        }
        Build(document, lines, kinds, title);
        return document;
    }

    /// <summary>Classifies <paramref name="lines"/> and writes paragraphs, removed debris and text metadata.</summary>
    /// <param name="kinds">A kind the source format already gave a line (Markdown heading, HTML list item), or null.</param>
    internal static void Build(Document document, List<TextSpan> lines, ParagraphKind?[] kinds, string? knownTitle)
    {
        var text = document.Text;
        var classes = LineClassifier.Classify(text, lines, knownTitle);
        var paragraphs = new List<Paragraph>(lines.Count);
        (DateOnly MonthFirst, DateOnly DayFirst, TimeOnly? Time, TextSpan Line)? eitherWay = null;
        var meta = document.Metadata;
        for (int i = 0; i < lines.Count; i++)
        {
            var span = lines[i];
            var verdict = classes[i];
            if (verdict.IsDebris)
            {
                document.Removed.Add(new RemovedText(span, span.Slice(text), verdict.Reason!));
                continue;
            }
            var kind = verdict.Kind;
            if (kinds[i] is { } given && kind is ParagraphKind.Body or ParagraphKind.Heading)
            {
                kind = given;
            }
            switch (kind)
            {
                case ParagraphKind.Title when meta.Title is null || meta.TitleSpan is null:
                    meta.Title = span.Slice(text);
                    meta.TitleSpan = span;
                    break;
                case ParagraphKind.DateLine when meta.PublishedSpan is null:
                    if (PublicationDateParser.TryParse(span.Slice(text), out var date, out var time))
                    {
                        if (meta.Published is null)
                        {
                            meta.Published = date;
                            meta.PublishedTime = time;
                            meta.PublishedFrom = "text";
                        }
                        meta.PublishedSpan = span;
                        // "Velmora Today | October 22, 2025": the label before the date names the outlet.
                        meta.Outlet ??= OutletNames.LabelBeforeDate(span.Slice(text));
                    }
                    else if (PublicationDateParser.TryParseEitherWay(span.Slice(text), out var monthFirst, out var dayFirst, out var either))
                    {
                        eitherWay = (monthFirst, dayFirst, either, span);
                    }
                    break;
                case ParagraphKind.Standfirst when meta.Standfirst is null:
                    meta.Standfirst = span.Slice(text);
                    meta.StandfirstSpan = span;
                    break;
                case ParagraphKind.Body when meta.Dateline is null && DatelineParser.TryFind(text, span, out var dateline, out var agency):
                    meta.Dateline = dateline.Slice(text);
                    meta.DatelineSpan = dateline;
                    meta.Outlet ??= agency; // wire copy signed in its dateline: "ANKARA, Feb 7 (Reuters) -"
                    break;
            }
            paragraphs.Add(new Paragraph(paragraphs.Count, span, kind));
        }
        if (eitherWay is var (first, second, at, line) && meta.Published is null && meta.PublishedSpan is null)
        {
            // "Posted: 05/10/2026" over "LISBON, May 10 (AP) -": the dateline's day says which number is the month; with no
            // such dateline the article's other dates may ("14/03/2025" or "14 March" in the text put the day first), as the
            // time stage reads the same date in the text. Nothing deciding, the date stays unread: no order is guessed.
            DateOnly? chosen = null;
            if (meta.Dateline is not null && DatelineParser.TryMonthDay(meta.Dateline, out int month, out int day))
            {
                chosen = first.Month == month && first.Day == day ? first : second.Month == month && second.Day == day ? second : null;
            }
            else if (NumericDateOrder.Decide(text, out _) is var order && order != DateOrder.Unknown)
            {
                chosen = order == DateOrder.MonthFirst ? first : second;
            }
            if (chosen is DateOnly published)
            {
                meta.Published = published;
                meta.PublishedTime = at;
                meta.PublishedFrom = "text";
                meta.PublishedSpan = line;
            }
        }
        if (meta.Published is null && meta.Dateline is not null && DatelineParser.TryDate(meta.Dateline, out var filed))
        {
            // "PARIS, March 3, 2025 (Reuters) -" and no other date: the wire states the day it filed the copy.
            meta.Published = filed;
            meta.PublishedFrom = "dateline";
            meta.PublishedSpan = meta.DatelineSpan;
        }
        if (meta.Outlet is null)
        {
            // Nothing else named the outlet: the page's copyright footer does ("© 2025 Velmora Today"); the last one
            // removed is the footer's, where a photo's credit higher up carries no year.
            for (int i = document.Removed.Count - 1; i >= 0 && meta.Outlet is null; i--)
            {
                meta.Outlet = OutletNames.CopyrightOwner(document.Removed[i].Text);
            }
        }
        meta.Title ??= knownTitle;
        document.Paragraphs = [.. paragraphs];
        document.Present |= Layers.Paragraphs;
    }

    internal static void CopySourceMetadata(RawArticle raw, Document document)
    {
        var meta = document.Metadata;
        meta.SourcePath = raw.SourcePath;
        meta.Format = raw.Format;
        meta.ContentHash = raw.ContentHash;
        meta.Url = raw.Url;
        meta.Outlet = raw.Outlet;
        meta.Published = raw.Published;
        meta.PublishedTime = raw.PublishedTime;
        meta.PublishedFrom = raw.PublishedFrom;
        if (raw.Title is not null)
        {
            meta.Title = raw.Title.Trim();
        }
    }
}
