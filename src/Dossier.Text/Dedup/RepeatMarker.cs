using Dossier.Core;
using Dossier.Core.Articles;

namespace Dossier.Text.Dedup;

/// <summary>Marks each paragraph that repeats an earlier one (in the same article or an earlier one) and whole-article copies.</summary>
/// <remarks>
/// Documents must be passed in a stable order: the first occurrence is the one seen first.
/// A paragraph is a repeat when its folded words equal an earlier paragraph's (and it has at least
/// <see cref="RepeatOptions.MinExactWords"/> words), or when an earlier paragraph proposed by LSH or a shared sentence
/// passes the exact shingle containment check. An article is a copy of an earlier one when most of its words sit in
/// paragraphs that repeat that one article.
/// </remarks>
public sealed class RepeatMarker(RepeatIndex index, RepeatOptions options)
{
    public RepeatIndex Index { get; } = index;

    public RepeatOptions Options { get; } = options;

    /// <summary>Fingerprints every paragraph of <paramref name="document"/> (null for date lines and wordless ones).</summary>
    /// <remarks>Pure and thread-safe: a batch fingerprints documents in parallel, then marks them in order.</remarks>
    public static ParagraphFingerprint?[] Fingerprint(Document document)
    {
        var paragraphs = document.Paragraphs;
        var prints = new ParagraphFingerprint?[paragraphs.Length];
        for (int i = 0; i < paragraphs.Length; i++)
        {
            if (paragraphs[i].Kind is not ParagraphKind.DateLine)
            {
                var print = Fingerprinter.Compute(document[paragraphs[i].Span]);
                prints[i] = print.Words == 0 ? null : print;
            }
        }
        return prints;
    }

    /// <summary>Marks repeats in <paramref name="document"/> and indexes its first occurrences.</summary>
    /// <param name="prints">The document's fingerprints from <see cref="Fingerprint"/>, when already computed.</param>
    /// <returns>The fingerprints this document added to the index, for a store to save.</returns>
    public MarkResult Mark(Document document, ParagraphFingerprint?[]? prints = null)
    {
        prints ??= Fingerprint(document);
        var added = new List<(ParagraphRef, ParagraphFingerprint)>();
        var paragraphs = document.Paragraphs;
        int totalWords = 0;
        Dictionary<string, int>? wordsBySource = null;
        for (int i = 0; i < paragraphs.Length; i++)
        {
            var paragraph = paragraphs[i];
            if (prints[i] is not { } print)
            {
                continue;
            }
            if (paragraph.Kind is not ParagraphKind.Title)
            {
                totalWords += print.Words;
            }
            ParagraphRef first = default;
            bool repeat = false;
            if (print.Words >= Options.MinExactWords && Index.TryExact(print.Exact, out first))
            {
                paragraphs[i] = paragraph with { RepeatOf = first, Repeat = RepeatKind.Exact };
                repeat = true;
            }
            else if (print.Words >= Options.MinNearWords && Index.TryNear(print, Options.Containment, Options.MinSizeRatio, out first, out _))
            {
                paragraphs[i] = paragraph with { RepeatOf = first, Repeat = RepeatKind.Near };
                repeat = true;
            }
            if (repeat)
            {
                if (paragraph.Kind is not ParagraphKind.Title && first.ArticleId != document.Id)
                {
                    wordsBySource ??= new Dictionary<string, int>(StringComparer.Ordinal);
                    wordsBySource[first.ArticleId] = wordsBySource.GetValueOrDefault(first.ArticleId) + print.Words;
                }
                continue;
            }
            var self = new ParagraphRef(document.Id, i);
            Index.AddParagraph(self, print);
            added.Add((self, print));
        }

        document.DuplicateOf = null;
        if (wordsBySource is not null && totalWords >= Options.MinNearWords)
        {
            foreach (var (source, words) in wordsBySource)
            {
                if (words >= Options.ArticleShare * totalWords)
                {
                    document.DuplicateOf = source;
                    break;
                }
            }
        }
        return new MarkResult(added);
    }
}
