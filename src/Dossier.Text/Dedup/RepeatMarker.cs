using Dossier.Core;
using Dossier.Core.Articles;

namespace Dossier.Text.Dedup;

/// <summary>Marks each paragraph that repeats an earlier one (in the same article or an earlier one) and whole-article copies.</summary>
/// <remarks>
/// Documents must be passed in a stable order: the first occurrence is the one seen first.
/// A paragraph is a repeat when its folded words are identical to an earlier paragraph's (and it has at least
/// <see cref="RepeatOptions.MinExactWords"/> words), or when LSH proposes an earlier paragraph and the exact
/// shingle containment check confirms it.
/// </remarks>
public sealed class RepeatMarker(RepeatIndex index, RepeatOptions options)
{
    public RepeatIndex Index { get; } = index;

    public RepeatOptions Options { get; } = options;

    /// <summary>Marks repeats in <paramref name="document"/> and indexes its first occurrences.</summary>
    /// <returns>The fingerprints this document added to the index, for a store to save.</returns>
    public MarkResult Mark(Document document)
    {
        var added = new List<(ParagraphRef, ParagraphFingerprint)>();
        var paragraphs = document.Paragraphs;
        var articleShingles = new List<uint>();
        for (int i = 0; i < paragraphs.Length; i++)
        {
            var paragraph = paragraphs[i];
            if (paragraph.Kind == ParagraphKind.DateLine)
            {
                continue;
            }
            var print = Fingerprinter.Compute(document[paragraph.Span]);
            articleShingles.AddRange(print.Shingles);
            if (print.Words == 0)
            {
                continue;
            }
            var self = new ParagraphRef(document.Id, i);
            if (print.Words >= Options.MinExactWords && Index.TryExact(print.Exact, out var first))
            {
                paragraphs[i] = paragraph with { RepeatOf = first, Repeat = RepeatKind.Exact };
                continue;
            }
            if (print.Words >= Options.MinNearWords
                && Index.TryNear(print, Options.Containment, Options.MinSizeRatio, out first, out _))
            {
                paragraphs[i] = paragraph with { RepeatOf = first, Repeat = RepeatKind.Near };
                continue;
            }
            Index.AddParagraph(self, print);
            added.Add((self, print));
        }

        var all = articleShingles.ToArray();
        Array.Sort(all);
        all = Distinct(all);
        var bands = Fingerprinter.BandKeys(all);
        if (all.Length >= Options.MinNearWords)
        {
            document.DuplicateOf = Index.FindDuplicateArticle(all, bands, Options.ArticleJaccard);
        }
        Index.AddArticle(document.Id, all, bands);
        return new MarkResult(added, all, bands);
    }

    private static uint[] Distinct(uint[] sorted)
    {
        if (sorted.Length == 0)
        {
            return sorted;
        }
        int n = 1;
        for (int i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] != sorted[n - 1])
            {
                sorted[n++] = sorted[i];
            }
        }
        return sorted[..n];
    }
}
